/* lc-sidebar.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-city-filter.h"
#include "lc-city-page.h"
#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_SIDEBAR (lc_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (LcSidebar, lc_sidebar, LC, SIDEBAR, GtkBox)

void            lc_sidebar_set_models       (LcSidebar          *self,
                                             LcStore            *store,
                                             LcCityFilter       *filter,
                                             GtkSingleSelection *selection);
const char     *lc_sidebar_get_sort_by      (LcSidebar          *self);
void            lc_sidebar_set_sort_by      (LcSidebar          *self,
                                             const char         *sort_by);
void            lc_sidebar_focus_search     (LcSidebar          *self);
const char     *lc_sidebar_get_visible_page (LcSidebar          *self);
void            lc_sidebar_show_city        (LcSidebar          *self,
                                             LcCity             *city);
void            lc_sidebar_show_results     (LcSidebar          *self);
LcCityPage     *lc_sidebar_get_city_page    (LcSidebar          *self);
GtkSearchEntry *lc_sidebar_get_search_entry (LcSidebar          *self);
GtkListView    *lc_sidebar_get_list_view    (LcSidebar          *self);
const char     *lc_sidebar_get_count_text   (LcSidebar          *self);

G_END_DECLS
