/* lc-city-filter-model.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-city-filter.h"

G_BEGIN_DECLS

#define LC_TYPE_CITY_FILTER_MODEL (lc_city_filter_model_get_type ())

G_DECLARE_FINAL_TYPE (LcCityFilterModel, lc_city_filter_model, LC, CITY_FILTER_MODEL, GObject)

LcCityFilterModel *lc_city_filter_model_new                  (GListModel        *source,
                                                              LcCityFilter      *filter);
GListModel        *lc_city_filter_model_get_source           (LcCityFilterModel *self);
LcCityFilter      *lc_city_filter_model_get_filter           (LcCityFilterModel *self);
const guint       *lc_city_filter_model_get_source_positions (LcCityFilterModel *self,
                                                              guint             *n_positions);
guint              lc_city_filter_model_get_n_countries      (LcCityFilterModel *self);

G_END_DECLS
