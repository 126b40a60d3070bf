/* lc-city-filter.c: the one filter behind the map, the legend and the list
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-city-filter"

#include "config.h"

#include "lc-city-filter.h"

struct _LcCityFilter
{
  GtkFilter   parent_instance;

  LcStore    *store;

  guint       regions;
  int         year_from;
  int         year_to;
  char       *country;
  guint       country_index;
  char       *search_text;
  GHashTable *search_ids;
  guint       hidden_cohorts;
  gboolean    include_inferred;
};

G_DEFINE_FINAL_TYPE (LcCityFilter, lc_city_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_STORE,
  PROP_REGIONS,
  PROP_YEAR_FROM,
  PROP_YEAR_TO,
  PROP_COUNTRY,
  PROP_SEARCH_TEXT,
  PROP_HIDDEN_COHORTS,
  PROP_INCLUDE_INFERRED,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A set of bits grows (stricter when the bits hide things) or shrinks. */
static GtkFilterChange
compare_bits (guint old_bits,
              guint new_bits)
{
  if ((old_bits & new_bits) == old_bits)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if ((old_bits & new_bits) == new_bits)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

static void
changed (LcCityFilter    *self,
         GtkFilterChange  change,
         GParamSpec      *pspec)
{
  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

static gboolean
lc_city_filter_match (GtkFilter *filter,
                      gpointer   item)
{
  return lc_city_filter_matches (LC_CITY_FILTER (filter), LC_CITY (item));
}

static GtkFilterMatch
lc_city_filter_get_strictness (GtkFilter *filter)
{
  LcCityFilter *self = LC_CITY_FILTER (filter);

  if (!lc_city_filter_is_active (self))
    return GTK_FILTER_MATCH_ALL;

  return GTK_FILTER_MATCH_SOME;
}

static void
lc_city_filter_finalize (GObject *object)
{
  LcCityFilter *self = (LcCityFilter *) object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search_ids, g_hash_table_unref);

  G_OBJECT_CLASS (lc_city_filter_parent_class)->finalize (object);
}

static void
lc_city_filter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LcCityFilter *self = LC_CITY_FILTER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_REGIONS:
      g_value_set_uint (value, self->regions);
      break;
    case PROP_YEAR_FROM:
      g_value_set_int (value, self->year_from);
      break;
    case PROP_YEAR_TO:
      g_value_set_int (value, self->year_to);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_HIDDEN_COHORTS:
      g_value_set_uint (value, self->hidden_cohorts);
      break;
    case PROP_INCLUDE_INFERRED:
      g_value_set_boolean (value, self->include_inferred);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, lc_city_filter_is_active (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_city_filter_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LcCityFilter *self = LC_CITY_FILTER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_REGIONS:
      lc_city_filter_set_regions (self, g_value_get_uint (value));
      break;
    case PROP_YEAR_FROM:
      lc_city_filter_set_years (self, g_value_get_int (value), self->year_to);
      break;
    case PROP_YEAR_TO:
      lc_city_filter_set_years (self, self->year_from, g_value_get_int (value));
      break;
    case PROP_COUNTRY:
      lc_city_filter_set_country (self, g_value_get_string (value));
      break;
    case PROP_SEARCH_TEXT:
      lc_city_filter_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_HIDDEN_COHORTS:
      lc_city_filter_set_hidden_cohorts (self, g_value_get_uint (value));
      break;
    case PROP_INCLUDE_INFERRED:
      lc_city_filter_set_include_inferred (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_city_filter_class_init (LcCityFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = lc_city_filter_finalize;
  object_class->get_property = lc_city_filter_get_property;
  object_class->set_property = lc_city_filter_set_property;

  filter_class->match = lc_city_filter_match;
  filter_class->get_strictness = lc_city_filter_get_strictness;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Bit (1 << LcRegion) per region shown; 0 shows every region. */
  properties[PROP_REGIONS] =
    g_param_spec_uint ("regions", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* 0: no bound. A city with a year range matches when the ranges overlap. */
  properties[PROP_YEAR_FROM] =
    g_param_spec_int ("year-from", NULL, NULL,
                      0, 9999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR_TO] =
    g_param_spec_int ("year-to", NULL, NULL,
                      0, 9999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* ISO 3166-1 alpha-2, or NULL for every country. */
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* LC_CITY_FILTER_COHORT_BIT per cohort hidden (the legend's toggles), and
   * LC_CITY_FILTER_RANGE_BIT to hide cities known only by a year range. */
  properties[PROP_HIDDEN_COHORTS] =
    g_param_spec_uint ("hidden-cohorts", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Whether cities whose year was inferred rather than stated are shown. */
  properties[PROP_INCLUDE_INFERRED] =
    g_param_spec_boolean ("include-inferred", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_city_filter_init (LcCityFilter *self)
{
  self->include_inferred = TRUE;
  self->country_index = LC_CITY_FACTS_OTHER_COUNTRY;
}

/**
 * lc_city_filter_new:
 * @store: (nullable): the store that answers text searches
 *
 * Returns: (transfer full): a filter that lets every city through
 */
LcCityFilter *
lc_city_filter_new (LcStore *store)
{
  return g_object_new (LC_TYPE_CITY_FILTER, "store", store, NULL);
}

guint
lc_city_filter_get_regions (LcCityFilter *self)
{
  g_return_val_if_fail (LC_IS_CITY_FILTER (self), 0);

  return self->regions;
}

void
lc_city_filter_set_regions (LcCityFilter *self,
                            guint         regions)
{
  GtkFilterChange change;

  g_return_if_fail (LC_IS_CITY_FILTER (self));

  if (self->regions == regions)
    return;

  /* 0 means all regions, the loosest choice. */
  if (self->regions == 0)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (regions == 0)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = compare_bits (regions, self->regions);

  self->regions = regions;
  changed (self, change, properties[PROP_REGIONS]);
}

void
lc_city_filter_get_years (LcCityFilter *self,
                          int          *year_from,
                          int          *year_to)
{
  g_return_if_fail (LC_IS_CITY_FILTER (self));

  if (year_from != NULL)
    *year_from = self->year_from;
  if (year_to != NULL)
    *year_to = self->year_to;
}

void
lc_city_filter_set_years (LcCityFilter *self,
                          int           year_from,
                          int           year_to)
{
  int old_from, old_to, new_from, new_to;
  GtkFilterChange change;

  g_return_if_fail (LC_IS_CITY_FILTER (self));

  if (self->year_from == year_from && self->year_to == year_to)
    return;

  /* Compare as closed intervals, an open bound reaching as far as it can. */
  old_from = self->year_from ? self->year_from : G_MININT;
  old_to = self->year_to ? self->year_to : G_MAXINT;
  new_from = year_from ? year_from : G_MININT;
  new_to = year_to ? year_to : G_MAXINT;

  if (new_from >= old_from && new_to <= old_to)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (new_from <= old_from && new_to >= old_to)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->year_from != year_from)
    {
      self->year_from = year_from;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR_FROM]);
    }
  if (self->year_to != year_to)
    {
      self->year_to = year_to;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR_TO]);
    }
  gtk_filter_changed (GTK_FILTER (self), change);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
lc_city_filter_get_country (LcCityFilter *self)
{
  g_return_val_if_fail (LC_IS_CITY_FILTER (self), NULL);

  return self->country;
}

void
lc_city_filter_set_country (LcCityFilter *self,
                            const char   *country)
{
  GtkFilterChange change;

  g_return_if_fail (LC_IS_CITY_FILTER (self));

  if (country != NULL && *country == '\0')
    country = NULL;
  if (g_strcmp0 (self->country, country) == 0)
    return;

  if (self->country == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (country == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->country);
  self->country = g_strdup (country);
  self->country_index = lc_city_facts_country_index (country);
  changed (self, change, properties[PROP_COUNTRY]);
}

const char *
lc_city_filter_get_search_text (LcCityFilter *self)
{
  g_return_val_if_fail (LC_IS_CITY_FILTER (self), NULL);

  return self->search_text;
}

void
lc_city_filter_set_search_text (LcCityFilter *self,
                                const char   *text)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GError) error = NULL;
  GtkFilterChange change;
  g_autofree char *stripped = NULL;

  g_return_if_fail (LC_IS_CITY_FILTER (self));

  stripped = g_strstrip (g_strdup (text ? text : ""));
  if (*stripped == '\0')
    g_clear_pointer (&stripped, g_free);

  if (g_strcmp0 (self->search_text, stripped) == 0)
    return;

  if (stripped != NULL && self->store != NULL)
    {
      ids = lc_store_search_ids (self->store, stripped, &error);
      /* The store escapes user text, so this is a database failure. */
      if (ids == NULL)
        {
          g_warning ("Search for “%s” failed: %s", stripped, error->message);
          ids = g_hash_table_new (g_str_hash, g_str_equal);
        }
    }

  /* Typing on (a longer prefix of the same text) can only narrow. */
  if (self->search_text == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (stripped == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->search_text);
  self->search_text = g_steal_pointer (&stripped);
  g_clear_pointer (&self->search_ids, g_hash_table_unref);
  self->search_ids = g_steal_pointer (&ids);
  changed (self, change, properties[PROP_SEARCH_TEXT]);
}

guint
lc_city_filter_get_hidden_cohorts (LcCityFilter *self)
{
  g_return_val_if_fail (LC_IS_CITY_FILTER (self), 0);

  return self->hidden_cohorts;
}

void
lc_city_filter_set_hidden_cohorts (LcCityFilter *self,
                                   guint         hidden)
{
  GtkFilterChange change;

  g_return_if_fail (LC_IS_CITY_FILTER (self));

  if (self->hidden_cohorts == hidden)
    return;

  change = compare_bits (self->hidden_cohorts, hidden);
  self->hidden_cohorts = hidden;
  changed (self, change, properties[PROP_HIDDEN_COHORTS]);
}

/**
 * lc_city_filter_toggle_cohort:
 * @self: a #LcCityFilter
 * @cohort: a palette cohort index, or -1 for the cities known only by a
 *   year range
 *
 * Hides the cities of @cohort if they are shown, and shows them if hidden:
 * what a click on a legend entry does.
 */
void
lc_city_filter_toggle_cohort (LcCityFilter *self,
                              int           cohort)
{
  guint bit;

  g_return_if_fail (LC_IS_CITY_FILTER (self));
  g_return_if_fail (cohort >= -1 && cohort < 31);

  bit = cohort < 0 ? LC_CITY_FILTER_RANGE_BIT : LC_CITY_FILTER_COHORT_BIT (cohort);
  lc_city_filter_set_hidden_cohorts (self, self->hidden_cohorts ^ bit);
}

gboolean
lc_city_filter_get_include_inferred (LcCityFilter *self)
{
  g_return_val_if_fail (LC_IS_CITY_FILTER (self), TRUE);

  return self->include_inferred;
}

void
lc_city_filter_set_include_inferred (LcCityFilter *self,
                                     gboolean      include)
{
  g_return_if_fail (LC_IS_CITY_FILTER (self));

  include = !!include;
  if (self->include_inferred == include)
    return;

  self->include_inferred = include;
  changed (self,
           include ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT,
           properties[PROP_INCLUDE_INFERRED]);
}

/**
 * lc_city_filter_is_active:
 * @self: a #LcCityFilter
 *
 * Returns: %TRUE if any part of the filter hides cities
 */
gboolean
lc_city_filter_is_active (LcCityFilter *self)
{
  g_return_val_if_fail (LC_IS_CITY_FILTER (self), FALSE);

  return self->regions != 0
         || self->year_from != 0
         || self->year_to != 0
         || self->country != NULL
         || self->search_text != NULL
         || self->hidden_cohorts != 0
         || !self->include_inferred;
}

/**
 * lc_city_filter_reset:
 * @self: a #LcCityFilter
 *
 * Shows every city again (what "Reset Filters" does).
 */
void
lc_city_filter_reset (LcCityFilter *self)
{
  g_return_if_fail (LC_IS_CITY_FILTER (self));

  if (!lc_city_filter_is_active (self))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  self->regions = 0;
  self->year_from = 0;
  self->year_to = 0;
  g_clear_pointer (&self->country, g_free);
  self->country_index = LC_CITY_FACTS_OTHER_COUNTRY;
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search_ids, g_hash_table_unref);
  self->hidden_cohorts = 0;
  self->include_inferred = TRUE;
  for (guint i = PROP_REGIONS; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * lc_city_facts_country_index:
 * @code: (nullable): an ISO 3166-1 alpha-2 code, in either case
 *
 * Returns: the code's index in LcCityFacts.country, or
 *   %LC_CITY_FACTS_OTHER_COUNTRY when it is not two letters
 */
guint
lc_city_facts_country_index (const char *code)
{
  if (code == NULL
      || !g_ascii_isalpha (code[0]) || !g_ascii_isalpha (code[1]) || code[2] != '\0')
    return LC_CITY_FACTS_OTHER_COUNTRY;

  return (g_ascii_toupper (code[0]) - 'A') * 26 + (g_ascii_toupper (code[1]) - 'A');
}

/**
 * lc_city_facts_init:
 * @facts: the facts to fill in
 * @city: a #LcCity
 */
void
lc_city_facts_init (LcCityFacts *facts,
                    LcCity      *city)
{
  g_return_if_fail (facts != NULL);
  g_return_if_fail (LC_IS_CITY (city));

  facts->year_min = (gint16) CLAMP (lc_city_get_year_min (city), 0, G_MAXINT16);
  facts->year_max = (gint16) CLAMP (lc_city_get_year_max (city), 0, G_MAXINT16);
  facts->country = (guint16) lc_city_facts_country_index (lc_city_get_country_code (city));
  facts->cohort = (gint8) CLAMP (lc_city_get_cohort (city), -1, G_MAXINT8);
  facts->region = (guint8) lc_city_get_region (city);
  facts->inferred = lc_city_get_year_inferred (city) != FALSE;
}

/**
 * lc_city_filter_matches_facts:
 * @self: a #LcCityFilter
 * @facts: @city's facts (lc_city_facts_init())
 * @city: the city, asked only for what the facts do not hold
 *
 * The filter's one test; lc_city_filter_matches() fills in the facts.
 * It agrees with lc_query_matches(), the store's own test, on every part
 * they share (tests/test-city-filter.c).
 *
 * Returns: %TRUE if @city passes every part of the filter
 */
gboolean
lc_city_filter_matches_facts (LcCityFilter      *self,
                              const LcCityFacts *facts,
                              LcCity            *city)
{
  if (!self->include_inferred && facts->inferred)
    return FALSE;

  if (self->hidden_cohorts != 0)
    {
      if (facts->cohort < 0 && (self->hidden_cohorts & LC_CITY_FILTER_RANGE_BIT))
        return FALSE;
      if (facts->cohort >= 0 && (self->hidden_cohorts & LC_CITY_FILTER_COHORT_BIT (facts->cohort)))
        return FALSE;
    }

  if (self->regions != 0 && !(self->regions & LC_REGION_BIT (facts->region)))
    return FALSE;
  if (self->year_from != 0 && facts->year_max < self->year_from)
    return FALSE;
  if (self->year_to != 0 && facts->year_min > self->year_to)
    return FALSE;

  if (self->country != NULL)
    {
      if (self->country_index != LC_CITY_FACTS_OTHER_COUNTRY)
        {
          if (facts->country != self->country_index)
            return FALSE;
        }
      else if (g_ascii_strcasecmp (self->country, lc_city_get_country_code (city)) != 0)
        return FALSE;
    }

  if (self->search_ids != NULL && !g_hash_table_contains (self->search_ids, lc_city_get_id (city)))
    return FALSE;

  return TRUE;
}

/**
 * lc_city_filter_matches:
 * @self: a #LcCityFilter
 * @city: a #LcCity
 *
 * Returns: %TRUE if @city passes every part of the filter
 */
gboolean
lc_city_filter_matches (LcCityFilter *self,
                        LcCity       *city)
{
  LcCityFacts facts;

  g_return_val_if_fail (LC_IS_CITY_FILTER (self), FALSE);
  g_return_val_if_fail (LC_IS_CITY (city), FALSE);

  lc_city_facts_init (&facts, city);
  return lc_city_filter_matches_facts (self, &facts, city);
}
