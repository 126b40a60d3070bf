/* lc-dataset.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lc-countries.h"

G_BEGIN_DECLS

#define LC_DATASET_ERROR (lc_dataset_error_quark ())

typedef enum
{
  LC_DATASET_ERROR_INVALID,
} LcDatasetError;

#define LC_DATASET_FIRST_YEAR 2013

/* Learning City Award rounds. */
#define LC_DATASET_AWARD_ROUNDS 2015, 2017, 2019, 2021, 2024

#define LC_TYPE_DATASET (lc_dataset_get_type ())
G_DECLARE_FINAL_TYPE (LcDataset, lc_dataset, LC, DATASET, GObject)

GQuark              lc_dataset_error_quark  (void);

LcDataset          *lc_dataset_new          (LcCountries  *countries);
gboolean            lc_dataset_load         (LcDataset    *self,
                                             const char   *cohorts_path,
                                             const char   *cities_path,
                                             const char   *stories_path,
                                             GError      **error);
gboolean            lc_dataset_load_cities_data (LcDataset  *self,
                                                 const char *path,
                                                 const char *data,
                                                 gsize       length,
                                                 GError    **error);
const char * const *lc_dataset_get_problems (LcDataset    *self);
GPtrArray          *lc_dataset_get_cities   (LcDataset    *self);
GPtrArray          *lc_dataset_get_cohorts  (LcDataset    *self);
const char         *lc_dataset_get_credits  (LcDataset    *self);
LcCountries        *lc_dataset_get_countries (LcDataset   *self);

G_END_DECLS
