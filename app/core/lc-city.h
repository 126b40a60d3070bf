/* lc-city.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lc-region.h"
#include "lc-story.h"

G_BEGIN_DECLS

#define LC_TYPE_CITY (lc_city_get_type ())
G_DECLARE_FINAL_TYPE (LcCity, lc_city, LC, CITY, GObject)

const char         *lc_city_get_id              (LcCity *self);
const char         *lc_city_get_name            (LcCity *self);
const char * const *lc_city_get_alt_names       (LcCity *self);
const char         *lc_city_get_country_code    (LcCity *self);
const char         *lc_city_get_country_name    (LcCity *self);
LcRegion            lc_city_get_region          (LcCity *self);
int                 lc_city_get_year            (LcCity *self);
int                 lc_city_get_year_from       (LcCity *self);
int                 lc_city_get_year_to         (LcCity *self);
int                 lc_city_get_year_min        (LcCity *self);
int                 lc_city_get_year_max        (LcCity *self);
int                 lc_city_get_cohort          (LcCity *self);
gboolean            lc_city_get_year_inferred   (LcCity *self);
const char         *lc_city_get_year_reason     (LcCity *self);
const char         *lc_city_get_status          (LcCity *self);
const char         *lc_city_get_status_reason   (LcCity *self);
gboolean            lc_city_has_location        (LcCity *self);
double              lc_city_get_latitude        (LcCity *self);
double              lc_city_get_longitude       (LcCity *self);
const char         *lc_city_get_location_method (LcCity *self);
gint64              lc_city_get_geonameid       (LcCity *self);
const char         *lc_city_get_location_note   (LcCity *self);
const char         *lc_city_get_notes           (LcCity *self);
const char * const *lc_city_get_sources         (LcCity *self);

gboolean            lc_city_overlaps_years      (LcCity *self,
                                                 int     from,
                                                 int     to);

gboolean            lc_city_has_details         (LcCity *self);
GPtrArray          *lc_city_get_awards          (LcCity *self);
GPtrArray          *lc_city_get_initiatives     (LcCity *self);
GPtrArray          *lc_city_get_quotes          (LcCity *self);
GPtrArray          *lc_city_get_disputes        (LcCity *self);

G_END_DECLS
