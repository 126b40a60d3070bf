/* lc-export.c: cities as CSV, JSON or GeoJSON, and coverage statistics
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-export"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lc-csv.h"
#include "lc-export.h"

static char *
export_csv (GListModel *cities)
{
  g_autoptr(GString) out = g_string_new (LC_EXPORT_CSV_COLUMNS "\r\n");
  guint n = g_list_model_get_n_items (cities);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);

      lc_csv_append_city (out, city, TRUE);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_year (JsonBuilder *builder,
          const char  *name,
          int          year)
{
  json_builder_set_member_name (builder, name);
  if (year != 0)
    json_builder_add_int_value (builder, year);
  else
    json_builder_add_null_value (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_coordinate (JsonBuilder *builder,
                const char  *name,
                LcCity      *city,
                double       value)
{
  json_builder_set_member_name (builder, name);
  if (lc_city_has_location (city))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_city_members (JsonBuilder *builder,
                  LcCity      *city)
{
  add_string (builder, "id", lc_city_get_id (city));
  add_string (builder, "name", lc_city_get_name (city));
  add_strv (builder, "alt_names", lc_city_get_alt_names (city));
  add_string (builder, "country", lc_city_get_country_name (city));
  add_string (builder, "country_code", lc_city_get_country_code (city));
  add_string (builder, "region", lc_region_to_string (lc_city_get_region (city)));
  add_year (builder, "year", lc_city_get_year (city));
  add_year (builder, "year_from", lc_city_get_year_from (city));
  add_year (builder, "year_to", lc_city_get_year_to (city));
  json_builder_set_member_name (builder, "year_inferred");
  json_builder_add_boolean_value (builder, lc_city_get_year_inferred (city));
  add_string (builder, "status", lc_city_get_status (city));
  add_coordinate (builder, "latitude", city, lc_city_get_latitude (city));
  add_coordinate (builder, "longitude", city, lc_city_get_longitude (city));
  add_string (builder, "location_method", lc_city_get_location_method (city));
  add_strv (builder, "sources", lc_city_get_sources (city));
}

static char *
generate (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}

static char *
export_json (GListModel *cities)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = g_list_model_get_n_items (cities);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);

      json_builder_begin_object (builder);
      add_city_members (builder, city);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return generate (builder);
}

static char *
export_geojson (GListModel *cities)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = g_list_model_get_n_items (cities);

  json_builder_begin_object (builder);
  add_string (builder, "type", "FeatureCollection");
  json_builder_set_member_name (builder, "features");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);

      json_builder_begin_object (builder);
      add_string (builder, "type", "Feature");
      add_string (builder, "id", lc_city_get_id (city));

      /* GeoJSON allows a null geometry: a city not yet geocoded stays listed. */
      json_builder_set_member_name (builder, "geometry");
      if (lc_city_has_location (city))
        {
          json_builder_begin_object (builder);
          add_string (builder, "type", "Point");
          json_builder_set_member_name (builder, "coordinates");
          json_builder_begin_array (builder);
          json_builder_add_double_value (builder, lc_city_get_longitude (city));
          json_builder_add_double_value (builder, lc_city_get_latitude (city));
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      else
        json_builder_add_null_value (builder);

      json_builder_set_member_name (builder, "properties");
      json_builder_begin_object (builder);
      add_city_members (builder, city);
      json_builder_end_object (builder);

      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return generate (builder);
}

/**
 * lc_export_format_from_string:
 * @text: "csv", "json" or "geojson"
 * @format: (out): the format
 *
 * Returns: %TRUE if @text names a format
 */
gboolean
lc_export_format_from_string (const char     *text,
                              LcExportFormat *format)
{
  static const char * const names[] = { "csv", "json", "geojson" };

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (text, names[i]) == 0)
        {
          *format = (LcExportFormat) i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * lc_export_cities:
 * @cities: a #GListModel of #LcCity
 * @format: the format
 *
 * CSV follows RFC 4180 (CRLF line ends, fields quoted where needed) with the
 * header %LC_EXPORT_CSV_COLUMNS; alternative names are joined with "; ",
 * sources with a space. JSON is an array of objects with the same names;
 * GeoJSON a FeatureCollection of Points with those as properties.
 *
 * Returns: (transfer full): the text
 */
char *
lc_export_cities (GListModel     *cities,
                  LcExportFormat  format)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (cities), NULL);

  switch (format)
    {
    case LC_EXPORT_CSV:
      return export_csv (cities);
    case LC_EXPORT_JSON:
      return export_json (cities);
    case LC_EXPORT_GEOJSON:
      return export_geojson (cities);
    default:
      g_return_val_if_reached (NULL);
    }
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return GPOINTER_TO_INT (a) - GPOINTER_TO_INT (b);
}

static char *
format_count (int value)
{
  /* Translators: a count no source states */
  return value >= 0 ? g_strdup_printf ("%d", value) : g_strdup (_("?"));
}

/**
 * lc_export_stats:
 * @store: a #LcStore
 *
 * Coverage of the dataset, per cohort and per region, against UNESCO's
 * official counts.
 *
 * Returns: (transfer full): the text, for a terminal
 */
char *
lc_export_stats (LcStore *store)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GListModel) cohorts = lc_store_get_cohorts (store);
  g_autoptr(GListModel) cities = lc_store_get_cities (store);
  g_autoptr(GHashTable) cohort_years = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) other_years = g_hash_table_new (NULL, NULL);
  g_autoptr(GList) years = NULL;
  LcCohort *latest = lc_store_get_latest_cohort (store);
  guint n_cities = lc_store_count_cities (store);
  guint n_members = lc_store_count_members (store);
  guint n_cohorts = g_list_model_get_n_items (cohorts);
  int total = latest != NULL ? lc_cohort_get_total_cities_after (latest) : -1;
  int total_countries = latest != NULL ? lc_cohort_get_total_countries_after (latest) : -1;

  g_string_append_printf (out, "%-8s %-11s %8s %9s %14s %16s\n",
                          _("Cohort"), _("Announced"), _("Dataset"), _("Official"),
                          _("Cities after"), _("Countries after"));

  for (guint i = 0; i < n_cohorts; i++)
    {
      g_autoptr(LcCohort) cohort = g_list_model_get_item (cohorts, i);
      g_autofree char *official = format_count (lc_cohort_get_new_cities (cohort));
      g_autofree char *after = format_count (lc_cohort_get_total_cities_after (cohort));
      g_autofree char *countries = format_count (lc_cohort_get_total_countries_after (cohort));

      g_hash_table_add (cohort_years, GINT_TO_POINTER (lc_cohort_get_year (cohort)));
      g_string_append_printf (out, "%-8d %-11s %8u %9s %14s %16s\n",
                              lc_cohort_get_year (cohort), lc_cohort_get_announced (cohort),
                              lc_cohort_get_n_cities (cohort), official, after, countries);
    }

  /* Years the sources give that are no cohort's year (a city can be
   * admitted between announcements). */
  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
      int year = lc_city_get_year (city);

      if (year != 0 && !g_hash_table_contains (cohort_years, GINT_TO_POINTER (year)))
        g_hash_table_add (other_years, GINT_TO_POINTER (year));
    }
  years = g_hash_table_get_keys (other_years);
  years = g_list_sort (years, compare_years);
  for (GList *l = years; l != NULL; l = l->next)
    {
      int year = GPOINTER_TO_INT (l->data);

      g_string_append_printf (out, "%-8d %-11s %8u %9s\n", year, _("(no cohort)"),
                              lc_store_count_cities_in_year (store, year), "-");
    }

  g_string_append_printf (out, "%-20s %8u\n", _("Year range only"),
                          lc_store_count_cities_with_range (store));

  g_string_append_c (out, '\n');
  g_string_append_printf (out, "%-33s %8s\n", _("Region"), _("Dataset"));
  for (guint r = 0; r < LC_REGION_N_REGIONS; r++)
    g_string_append_printf (out, "%-33s %8u\n", lc_region_to_string (r),
                            lc_store_count_cities_in_region (store, r));

  g_string_append_c (out, '\n');
  if (total > 0)
    g_string_append_printf (out, _("Coverage: %u of %d member cities, %u of %d countries (UNESCO, %s)\n"),
                            n_members, total, lc_store_count_countries (store),
                            total_countries, lc_cohort_get_announced (latest));
  else
    g_string_append_printf (out, _("Coverage: %u member cities in %u countries\n"),
                            n_members, lc_store_count_countries (store));
  if (n_cities > n_members)
    g_string_append_printf (out, _("Listed as lapsed: %u\n"), n_cities - n_members);
  g_string_append_printf (out, _("With coordinates: %u of %u\n"),
                          lc_store_count_cities_located (store), n_cities);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
