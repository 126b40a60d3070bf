/* lc-dataset-writer-private.h: writing cities into a database of the
 * shipped schema, shared by the compiler and the importer
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "lc-city.h"
#include "lc-countries.h"

G_BEGIN_DECLS

typedef struct _LcCityWriter LcCityWriter;

gboolean      _lc_dataset_writer_create_schema (sqlite3       *db,
                                                GError       **error);

LcCityWriter *_lc_city_writer_new              (sqlite3       *db,
                                                LcCountries   *countries,
                                                GError       **error);
gboolean      _lc_city_writer_write            (LcCityWriter  *self,
                                                LcCity        *city,
                                                GError       **error);
gboolean      _lc_city_writer_delete           (LcCityWriter  *self,
                                                const char    *id,
                                                GError       **error);
void          _lc_city_writer_free             (LcCityWriter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcCityWriter, _lc_city_writer_free)

G_END_DECLS
