/* lc-window.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <shumate/shumate.h>

#include "lc-city-filter.h"
#include "lc-city-layer.h"
#include "lc-filter-popover.h"
#include "lc-legend.h"
#include "lc-query.h"
#include "lc-sidebar.h"
#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_WINDOW (lc_window_get_type ())

G_DECLARE_FINAL_TYPE (LcWindow, lc_window, LC, WINDOW, AdwApplicationWindow)

LcWindow         *lc_window_new      (GtkApplication  *application,
                                      gboolean         remember_state);
ShumateSimpleMap *lc_window_get_map  (LcWindow        *self);
gboolean          lc_window_is_drawn (LcWindow        *self,
                                      char           **pending);

LcStore            *lc_window_get_store     (LcWindow *self);
LcCityFilter       *lc_window_get_filter    (LcWindow *self);
GtkSingleSelection *lc_window_get_selection (LcWindow *self);
LcCityLayer        *lc_window_get_city_layer (LcWindow *self);
LcLegend           *lc_window_get_legend     (LcWindow *self);
LcSidebar          *lc_window_get_sidebar        (LcWindow *self);
LcFilterPopover    *lc_window_get_filter_popover (LcWindow *self);
gboolean            lc_window_is_narrow          (LcWindow *self);
void                lc_window_open_state         (LcWindow      *self,
                                                  const LcQuery *query,
                                                  const char    *city_id);

G_END_DECLS
