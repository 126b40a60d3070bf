/* lc-city-row.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-city.h"

G_BEGIN_DECLS

#define LC_TYPE_CITY_ROW (lc_city_row_get_type ())

G_DECLARE_FINAL_TYPE (LcCityRow, lc_city_row, LC, CITY_ROW, GtkWidget)

GtkWidget *lc_city_row_new         (void);
void       lc_city_row_set_city    (LcCityRow  *self,
                                    LcCity     *city,
                                    const char *query);
LcCity    *lc_city_row_get_city    (LcCityRow  *self);

char      *lc_city_format_year     (LcCity     *city);
char      *lc_city_format_country  (LcCity     *city);
void       lc_city_style_year_chip (GtkWidget  *chip,
                                    LcCity     *city);

G_END_DECLS
