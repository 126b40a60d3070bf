/* lc-city-layer.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define LC_TYPE_CITY_LAYER (lc_city_layer_get_type ())

G_DECLARE_FINAL_TYPE (LcCityLayer, lc_city_layer, LC, CITY_LAYER, ShumateLayer)

LcCityLayer        *lc_city_layer_new                (ShumateViewport    *viewport,
                                                      GtkSingleSelection *selection);

GtkSingleSelection *lc_city_layer_get_selection      (LcCityLayer        *self);

guint               lc_city_layer_get_n_cities       (LcCityLayer        *self);
guint               lc_city_layer_get_n_clusters     (LcCityLayer        *self);
guint               lc_city_layer_get_n_drawn        (LcCityLayer        *self);
guint               lc_city_layer_pick_city          (LcCityLayer        *self,
                                                      double              x,
                                                      double              y,
                                                      guint              *n_members);
gboolean            lc_city_layer_activate_at        (LcCityLayer        *self,
                                                      double              x,
                                                      double              y);
void                lc_city_layer_select_relative    (LcCityLayer        *self,
                                                      int                 step);

G_END_DECLS
