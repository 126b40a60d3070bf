/* lc-city-page.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_CITY_PAGE (lc_city_page_get_type ())

G_DECLARE_FINAL_TYPE (LcCityPage, lc_city_page, LC, CITY_PAGE, GtkBox)

GtkWidget *lc_city_page_new      (void);
void       lc_city_page_set_city (LcCityPage *self,
                                  LcStore    *store,
                                  LcCity     *city);
LcCity    *lc_city_page_get_city (LcCityPage *self);

G_END_DECLS
