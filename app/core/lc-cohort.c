/* lc-cohort.c: one admission round of the network
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-cohort"

#include "config.h"

#include "lc-cohort.h"

struct _LcCohort
{
  GObject   parent_instance;

  int       year;
  char     *announced;
  int       new_cities;
  int       new_countries;
  int       total_cities_after;
  int       total_countries_after;
  char     *note;
  char    **sources;
  guint     n_cities;
};

G_DEFINE_FINAL_TYPE (LcCohort, lc_cohort, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_ANNOUNCED,
  PROP_NEW_CITIES,
  PROP_NEW_COUNTRIES,
  PROP_TOTAL_CITIES_AFTER,
  PROP_TOTAL_COUNTRIES_AFTER,
  PROP_NOTE,
  PROP_SOURCES,
  PROP_N_CITIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lc_cohort_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LcCohort *self = LC_COHORT (object);

  switch (prop_id)
    {
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_ANNOUNCED: g_value_set_string (value, self->announced); break;
    case PROP_NEW_CITIES: g_value_set_int (value, self->new_cities); break;
    case PROP_NEW_COUNTRIES: g_value_set_int (value, self->new_countries); break;
    case PROP_TOTAL_CITIES_AFTER: g_value_set_int (value, self->total_cities_after); break;
    case PROP_TOTAL_COUNTRIES_AFTER: g_value_set_int (value, self->total_countries_after); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_SOURCES: g_value_set_boxed (value, self->sources); break;
    case PROP_N_CITIES: g_value_set_uint (value, self->n_cities); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_cohort_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LcCohort *self = LC_COHORT (object);

  switch (prop_id)
    {
    case PROP_YEAR: self->year = g_value_get_int (value); break;
    case PROP_ANNOUNCED: self->announced = g_value_dup_string (value); break;
    case PROP_NEW_CITIES: self->new_cities = g_value_get_int (value); break;
    case PROP_NEW_COUNTRIES: self->new_countries = g_value_get_int (value); break;
    case PROP_TOTAL_CITIES_AFTER: self->total_cities_after = g_value_get_int (value); break;
    case PROP_TOTAL_COUNTRIES_AFTER: self->total_countries_after = g_value_get_int (value); break;
    case PROP_NOTE: self->note = g_value_dup_string (value); break;
    case PROP_SOURCES: self->sources = g_value_dup_boxed (value); break;
    case PROP_N_CITIES: self->n_cities = g_value_get_uint (value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_cohort_finalize (GObject *object)
{
  LcCohort *self = LC_COHORT (object);

  g_free (self->announced);
  g_free (self->note);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (lc_cohort_parent_class)->finalize (object);
}

static GParamSpec *
count_param (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, -1, G_MAXINT, -1,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
}

static void
lc_cohort_class_init (LcCohortClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = lc_cohort_get_property;
  object_class->set_property = lc_cohort_set_property;
  object_class->finalize = lc_cohort_finalize;

  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_ANNOUNCED] = g_param_spec_string ("announced", NULL, NULL, NULL, flags);
  properties[PROP_NEW_CITIES] = count_param ("new-cities");
  properties[PROP_NEW_COUNTRIES] = count_param ("new-countries");
  properties[PROP_TOTAL_CITIES_AFTER] = count_param ("total-cities-after");
  properties[PROP_TOTAL_COUNTRIES_AFTER] = count_param ("total-countries-after");
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_SOURCES] = g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, flags);
  /* How many cities of the dataset were admitted in this cohort's year. */
  properties[PROP_N_CITIES] = g_param_spec_uint ("n-cities", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_cohort_init (LcCohort *self)
{
  self->new_cities = -1;
  self->new_countries = -1;
  self->total_cities_after = -1;
  self->total_countries_after = -1;
}

int
lc_cohort_get_year (LcCohort *self)
{
  g_return_val_if_fail (LC_IS_COHORT (self), 0);
  return self->year;
}

/**
 * lc_cohort_get_announced:
 * @self: a #LcCohort
 *
 * Returns: the announcement date: YYYY-MM-DD, YYYY-MM or YYYY
 */
const char *
lc_cohort_get_announced (LcCohort *self)
{
  g_return_val_if_fail (LC_IS_COHORT (self), NULL);
  return self->announced;
}

int
lc_cohort_get_new_cities (LcCohort *self)
{
  g_return_val_if_fail (LC_IS_COHORT (self), -1);
  return self->new_cities;
}

int
lc_cohort_get_new_countries (LcCohort *self)
{
  g_return_val_if_fail (LC_IS_COHORT (self), -1);
  return self->new_countries;
}

int
lc_cohort_get_total_cities_after (LcCohort *self)
{
  g_return_val_if_fail (LC_IS_COHORT (self), -1);
  return self->total_cities_after;
}

int
lc_cohort_get_total_countries_after (LcCohort *self)
{
  g_return_val_if_fail (LC_IS_COHORT (self), -1);
  return self->total_countries_after;
}

const char *
lc_cohort_get_note (LcCohort *self)
{
  g_return_val_if_fail (LC_IS_COHORT (self), NULL);
  return self->note;
}

/**
 * lc_cohort_get_sources:
 * @self: a #LcCohort
 *
 * Returns: (transfer none): the URLs that announce the cohort
 */
const char * const *
lc_cohort_get_sources (LcCohort *self)
{
  static const char *none[] = { NULL };

  g_return_val_if_fail (LC_IS_COHORT (self), NULL);
  return self->sources != NULL ? (const char * const *) self->sources : none;
}

/**
 * lc_cohort_get_n_cities:
 * @self: a #LcCohort
 *
 * Returns: the number of cities of the dataset with this admission year
 *   (cities known only by a year range are not counted)
 */
guint
lc_cohort_get_n_cities (LcCohort *self)
{
  g_return_val_if_fail (LC_IS_COHORT (self), 0);
  return self->n_cities;
}
