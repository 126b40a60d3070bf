/* lc-city.c: one member city of the network
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-city"

#include "config.h"

#include <math.h>

#include "lc-city-private.h"
#include "lc-palette.h"

struct _LcCity
{
  GObject    parent_instance;

  char      *id;
  char      *name;
  char     **alt_names;
  char      *country_code;
  char      *country_name;
  LcRegion   region;
  int        year;
  int        year_from;
  int        year_to;
  gboolean   year_inferred;
  char      *year_reason;
  char      *status;
  char      *status_reason;
  double     latitude;
  double     longitude;
  char      *location_method;
  gint64     geonameid;
  char      *location_note;
  char      *notes;
  char     **sources;

  /* Loaded on demand by the store; NULL until then. */
  GPtrArray *awards;
  GPtrArray *initiatives;
  GPtrArray *quotes;
  GPtrArray *disputes;
};

G_DEFINE_FINAL_TYPE (LcCity, lc_city, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ALT_NAMES,
  PROP_COUNTRY_CODE,
  PROP_COUNTRY_NAME,
  PROP_REGION,
  PROP_YEAR,
  PROP_YEAR_FROM,
  PROP_YEAR_TO,
  PROP_YEAR_INFERRED,
  PROP_YEAR_REASON,
  PROP_STATUS,
  PROP_STATUS_REASON,
  PROP_HAS_LOCATION,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_LOCATION_METHOD,
  PROP_GEONAMEID,
  PROP_LOCATION_NOTE,
  PROP_NOTES,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lc_city_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  LcCity *self = LC_CITY (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ALT_NAMES: g_value_set_boxed (value, self->alt_names); break;
    case PROP_COUNTRY_CODE: g_value_set_string (value, self->country_code); break;
    case PROP_COUNTRY_NAME: g_value_set_string (value, self->country_name); break;
    case PROP_REGION: g_value_set_enum (value, self->region); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_YEAR_FROM: g_value_set_int (value, self->year_from); break;
    case PROP_YEAR_TO: g_value_set_int (value, self->year_to); break;
    case PROP_YEAR_INFERRED: g_value_set_boolean (value, self->year_inferred); break;
    case PROP_YEAR_REASON: g_value_set_string (value, self->year_reason); break;
    case PROP_STATUS: g_value_set_string (value, self->status); break;
    case PROP_STATUS_REASON: g_value_set_string (value, self->status_reason); break;
    case PROP_HAS_LOCATION: g_value_set_boolean (value, lc_city_has_location (self)); break;
    case PROP_LATITUDE: g_value_set_double (value, self->latitude); break;
    case PROP_LONGITUDE: g_value_set_double (value, self->longitude); break;
    case PROP_LOCATION_METHOD: g_value_set_string (value, self->location_method); break;
    case PROP_GEONAMEID: g_value_set_int64 (value, self->geonameid); break;
    case PROP_LOCATION_NOTE: g_value_set_string (value, self->location_note); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_SOURCES: g_value_set_boxed (value, self->sources); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_city_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  LcCity *self = LC_CITY (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_NAME: self->name = g_value_dup_string (value); break;
    case PROP_ALT_NAMES: self->alt_names = g_value_dup_boxed (value); break;
    case PROP_COUNTRY_CODE: self->country_code = g_value_dup_string (value); break;
    case PROP_COUNTRY_NAME: self->country_name = g_value_dup_string (value); break;
    case PROP_REGION: self->region = g_value_get_enum (value); break;
    case PROP_YEAR: self->year = g_value_get_int (value); break;
    case PROP_YEAR_FROM: self->year_from = g_value_get_int (value); break;
    case PROP_YEAR_TO: self->year_to = g_value_get_int (value); break;
    case PROP_YEAR_INFERRED: self->year_inferred = g_value_get_boolean (value); break;
    case PROP_YEAR_REASON: self->year_reason = g_value_dup_string (value); break;
    case PROP_STATUS: self->status = g_value_dup_string (value); break;
    case PROP_STATUS_REASON: self->status_reason = g_value_dup_string (value); break;
    case PROP_LOCATION_METHOD: self->location_method = g_value_dup_string (value); break;
    case PROP_GEONAMEID: self->geonameid = g_value_get_int64 (value); break;
    case PROP_LOCATION_NOTE: self->location_note = g_value_dup_string (value); break;
    case PROP_NOTES: self->notes = g_value_dup_string (value); break;
    case PROP_SOURCES: self->sources = g_value_dup_boxed (value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_city_constructed (GObject *object)
{
  LcCity *self = LC_CITY (object);

  G_OBJECT_CLASS (lc_city_parent_class)->constructed (object);

  if (self->alt_names == NULL)
    self->alt_names = g_new0 (char *, 1);
  if (self->sources == NULL)
    self->sources = g_new0 (char *, 1);
  if (self->status == NULL)
    self->status = g_strdup ("member");
}

static void
lc_city_finalize (GObject *object)
{
  LcCity *self = LC_CITY (object);

  g_free (self->id);
  g_free (self->name);
  g_strfreev (self->alt_names);
  g_free (self->country_code);
  g_free (self->country_name);
  g_free (self->year_reason);
  g_free (self->status);
  g_free (self->status_reason);
  g_free (self->location_method);
  g_free (self->location_note);
  g_free (self->notes);
  g_strfreev (self->sources);
  g_clear_pointer (&self->awards, g_ptr_array_unref);
  g_clear_pointer (&self->initiatives, g_ptr_array_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_clear_pointer (&self->disputes, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_city_parent_class)->finalize (object);
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int_param (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, 0, G_MAXINT, 0,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
double_param (const char *name,
              double      limit)
{
  return g_param_spec_double (name, NULL, NULL, -limit, limit, 0.0,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
lc_city_class_init (LcCityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = lc_city_get_property;
  object_class->set_property = lc_city_set_property;
  object_class->constructed = lc_city_constructed;
  object_class->finalize = lc_city_finalize;

  properties[PROP_ID] = string_param ("id");
  properties[PROP_NAME] = string_param ("name");
  properties[PROP_ALT_NAMES] = g_param_spec_boxed ("alt-names", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_COUNTRY_CODE] = string_param ("country-code");
  properties[PROP_COUNTRY_NAME] = string_param ("country-name");
  properties[PROP_REGION] = g_param_spec_enum ("region", NULL, NULL,
                                               LC_TYPE_REGION, LC_REGION_AFRICA, flags);
  /* 0 when not known: a city has either a year or a year range. */
  properties[PROP_YEAR] = int_param ("year");
  properties[PROP_YEAR_FROM] = int_param ("year-from");
  properties[PROP_YEAR_TO] = int_param ("year-to");
  properties[PROP_YEAR_INFERRED] = g_param_spec_boolean ("year-inferred", NULL, NULL, FALSE, flags);
  properties[PROP_YEAR_REASON] = string_param ("year-reason");
  properties[PROP_STATUS] = string_param ("status");
  properties[PROP_STATUS_REASON] = string_param ("status-reason");
  properties[PROP_HAS_LOCATION] = g_param_spec_boolean ("has-location", NULL, NULL, FALSE,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* NAN (set in init) when the city has no coordinates yet. */
  properties[PROP_LATITUDE] = double_param ("latitude", 90.0);
  properties[PROP_LONGITUDE] = double_param ("longitude", 180.0);
  properties[PROP_LOCATION_METHOD] = string_param ("location-method");
  properties[PROP_GEONAMEID] = g_param_spec_int64 ("geonameid", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_LOCATION_NOTE] = string_param ("location-note");
  properties[PROP_NOTES] = string_param ("notes");
  properties[PROP_SOURCES] = g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_city_init (LcCity *self)
{
  self->latitude = NAN;
  self->longitude = NAN;
}

const char *
lc_city_get_id (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->id;
}

const char *
lc_city_get_name (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->name;
}

/**
 * lc_city_get_alt_names:
 * @self: a #LcCity
 *
 * Returns: (transfer none): other names users may search for, possibly none
 */
const char * const *
lc_city_get_alt_names (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return (const char * const *) self->alt_names;
}

const char *
lc_city_get_country_code (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->country_code;
}

const char *
lc_city_get_country_name (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->country_name;
}

LcRegion
lc_city_get_region (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), LC_REGION_AFRICA);
  return self->region;
}

/**
 * lc_city_get_year:
 * @self: a #LcCity
 *
 * Returns: the admission year, or 0 when only a range is known
 */
int
lc_city_get_year (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), 0);
  return self->year;
}

int
lc_city_get_year_from (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), 0);
  return self->year_from;
}

int
lc_city_get_year_to (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), 0);
  return self->year_to;
}

/**
 * lc_city_get_year_min:
 * @self: a #LcCity
 *
 * Returns: the earliest possible admission year: the year, or the start of
 *   the range
 */
int
lc_city_get_year_min (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), 0);
  return self->year != 0 ? self->year : self->year_from;
}

/**
 * lc_city_get_year_max:
 * @self: a #LcCity
 *
 * Returns: the latest possible admission year: the year, or the end of the
 *   range
 */
int
lc_city_get_year_max (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), 0);
  return self->year != 0 ? self->year : self->year_to;
}

/**
 * lc_city_get_cohort:
 * @self: a #LcCity
 *
 * The cohort decides a city's colour on the map and its entry in the
 * legend. A city whose year is only known as a range has none: it could
 * belong to several.
 *
 * Returns: the palette index of the cohort @self was admitted in, or -1
 *   when its year is a range or falls in no cohort
 */
int
lc_city_get_cohort (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), -1);

  if (self->year == 0)
    return -1;

  return lc_palette_cohort_for_year (self->year);
}

gboolean
lc_city_get_year_inferred (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), FALSE);
  return self->year_inferred;
}

const char *
lc_city_get_year_reason (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->year_reason;
}

/**
 * lc_city_get_status:
 * @self: a #LcCity
 *
 * Returns: "member", "lapsed" or "readmitted"
 */
const char *
lc_city_get_status (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->status;
}

const char *
lc_city_get_status_reason (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->status_reason;
}

gboolean
lc_city_has_location (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), FALSE);
  return !isnan (self->latitude) && !isnan (self->longitude);
}

double
lc_city_get_latitude (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NAN);
  return self->latitude;
}

double
lc_city_get_longitude (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NAN);
  return self->longitude;
}

const char *
lc_city_get_location_method (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->location_method;
}

gint64
lc_city_get_geonameid (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), 0);
  return self->geonameid;
}

const char *
lc_city_get_location_note (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->location_note;
}

const char *
lc_city_get_notes (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->notes;
}

/**
 * lc_city_get_sources:
 * @self: a #LcCity
 *
 * Returns: (transfer none): the URLs that state or support the membership
 */
const char * const *
lc_city_get_sources (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return (const char * const *) self->sources;
}

/**
 * lc_city_overlaps_years:
 * @self: a #LcCity
 * @from: first year, or 0 for no lower bound
 * @to: last year, or 0 for no upper bound
 *
 * A city known only by a year range matches when its range overlaps.
 *
 * Returns: %TRUE if the city may have been admitted between @from and @to
 */
gboolean
lc_city_overlaps_years (LcCity *self,
                        int     from,
                        int     to)
{
  g_return_val_if_fail (LC_IS_CITY (self), FALSE);

  if (from != 0 && lc_city_get_year_max (self) < from)
    return FALSE;
  if (to != 0 && lc_city_get_year_min (self) > to)
    return FALSE;
  return TRUE;
}

/**
 * lc_city_has_details:
 * @self: a #LcCity
 *
 * Returns: %TRUE once awards, initiatives, quotes and disputes are loaded
 *   (lc_store_load_details())
 */
gboolean
lc_city_has_details (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), FALSE);
  return self->awards != NULL;
}

/**
 * lc_city_get_awards:
 * @self: a #LcCity
 *
 * Returns: (transfer none) (element-type LcAward) (nullable): the Learning
 *   City Awards, or %NULL until the details are loaded
 */
GPtrArray *
lc_city_get_awards (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->awards;
}

/**
 * lc_city_get_initiatives:
 * @self: a #LcCity
 *
 * Returns: (transfer none) (element-type LcInitiative) (nullable): the
 *   initiatives, or %NULL until the details are loaded
 */
GPtrArray *
lc_city_get_initiatives (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->initiatives;
}

/**
 * lc_city_get_quotes:
 * @self: a #LcCity
 *
 * Returns: (transfer none) (element-type LcQuote) (nullable): the quotes,
 *   or %NULL until the details are loaded
 */
GPtrArray *
lc_city_get_quotes (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->quotes;
}

/**
 * lc_city_get_disputes:
 * @self: a #LcCity
 *
 * Returns: (transfer none) (element-type LcDispute) (nullable): where
 *   sources disagree, or %NULL until the details are loaded
 */
GPtrArray *
lc_city_get_disputes (LcCity *self)
{
  g_return_val_if_fail (LC_IS_CITY (self), NULL);
  return self->disputes;
}

void
_lc_city_set_location (LcCity *self,
                       double  latitude,
                       double  longitude)
{
  g_return_if_fail (LC_IS_CITY (self));

  self->latitude = latitude;
  self->longitude = longitude;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATITUDE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LONGITUDE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_LOCATION]);
}

void
_lc_city_set_details (LcCity    *self,
                      GPtrArray *awards,
                      GPtrArray *initiatives,
                      GPtrArray *quotes,
                      GPtrArray *disputes)
{
  g_return_if_fail (LC_IS_CITY (self));

  g_clear_pointer (&self->awards, g_ptr_array_unref);
  g_clear_pointer (&self->initiatives, g_ptr_array_unref);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);
  g_clear_pointer (&self->disputes, g_ptr_array_unref);
  self->awards = g_ptr_array_ref (awards);
  self->initiatives = g_ptr_array_ref (initiatives);
  self->quotes = g_ptr_array_ref (quotes);
  self->disputes = g_ptr_array_ref (disputes);
}
