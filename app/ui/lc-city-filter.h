/* lc-city-filter.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-store.h"

G_BEGIN_DECLS

/* The bit for cities whose admission year is only known as a range, next to
 * one bit per palette cohort in LcCityFilter:hidden-cohorts. */
#define LC_CITY_FILTER_RANGE_BIT (1u << 31)
#define LC_CITY_FILTER_COHORT_BIT(cohort) (1u << (cohort))

/* LcCityFacts.country for a code that is not two letters. */
#define LC_CITY_FACTS_OTHER_COUNTRY G_MAXUINT16

/**
 * LcCityFacts:
 *
 * What the filter looks at of a city, apart from its id for text searches,
 * packed: a filter change at 100 000 cities then reads 12 bytes a city in
 * one array rather than a dozen fields scattered over memory.
 */
typedef struct
{
  gint16  year_min;
  gint16  year_max;
  guint16 country;     /* (A..Z) × 26 + (A..Z), or LC_CITY_FACTS_OTHER_COUNTRY */
  gint8   cohort;      /* palette cohort, or -1 for a year range */
  guint8  region;      /* LcRegion */
  guint8  inferred;
} LcCityFacts;

void          lc_city_facts_init                  (LcCityFacts       *facts,
                                                   LcCity            *city);
guint         lc_city_facts_country_index         (const char        *code);

#define LC_TYPE_CITY_FILTER (lc_city_filter_get_type ())

G_DECLARE_FINAL_TYPE (LcCityFilter, lc_city_filter, LC, CITY_FILTER, GtkFilter)

LcCityFilter *lc_city_filter_new                  (LcStore      *store);

guint         lc_city_filter_get_regions          (LcCityFilter *self);
void          lc_city_filter_set_regions          (LcCityFilter *self,
                                                   guint         regions);
void          lc_city_filter_get_years            (LcCityFilter *self,
                                                   int          *year_from,
                                                   int          *year_to);
void          lc_city_filter_set_years            (LcCityFilter *self,
                                                   int           year_from,
                                                   int           year_to);
const char   *lc_city_filter_get_country          (LcCityFilter *self);
void          lc_city_filter_set_country          (LcCityFilter *self,
                                                   const char   *country);
const char   *lc_city_filter_get_search_text      (LcCityFilter *self);
void          lc_city_filter_set_search_text      (LcCityFilter *self,
                                                   const char   *text);
guint         lc_city_filter_get_hidden_cohorts   (LcCityFilter *self);
void          lc_city_filter_set_hidden_cohorts   (LcCityFilter *self,
                                                   guint         hidden);
void          lc_city_filter_toggle_cohort        (LcCityFilter *self,
                                                   int           cohort);
gboolean      lc_city_filter_get_include_inferred (LcCityFilter *self);
void          lc_city_filter_set_include_inferred (LcCityFilter *self,
                                                   gboolean      include);
gboolean      lc_city_filter_is_active            (LcCityFilter *self);
void          lc_city_filter_reset                (LcCityFilter *self);
gboolean      lc_city_filter_matches              (LcCityFilter *self,
                                                   LcCity       *city);
gboolean      lc_city_filter_matches_facts        (LcCityFilter      *self,
                                                   const LcCityFacts *facts,
                                                   LcCity            *city);

G_END_DECLS
