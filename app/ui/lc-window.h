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

G_END_DECLS
