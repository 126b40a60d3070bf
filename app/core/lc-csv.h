/* lc-csv.h: the city CSV that --list --format=csv and the import share
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lc-city.h"

G_BEGIN_DECLS

const char *lc_csv_field_value  (const char *field);
void  lc_csv_append_field       (GString    *out,
                                 const char *text,
                                 gboolean    last);
void  lc_csv_append_city        (GString    *out,
                                 LcCity     *city,
                                 gboolean    last);
char *lc_csv_format_coordinate  (LcCity     *city,
                                 double      value);

G_END_DECLS
