/* test-store.c: the shipped database against the JSON it was compiled from
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "lc-export.h"
#include "lc-store.h"

static LcStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = lc_store_get_default_path ();
  LcStore *store;

  g_assert_nonnull (g_getenv ("LC_DATABASE"));
  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

/* The cities of data/cities/cities.json, read here with json-glib alone so
 * that the store is checked against an independent count. */
static JsonArray *
load_json_cities (JsonParser *parser)
{
  g_autofree char *path = g_build_filename (g_getenv ("LC_DATASET_DIR"), "cities.json", NULL);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "cities");
}

static const char *
json_string_or_null (JsonObject *object,
                     const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? json_node_get_string (node) : NULL;
}

static void
test_store_counts_match_json (void)
{
  g_autoptr(LcStore) store = open_store ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *cities = load_json_cities (parser);
  g_autoptr(GHashTable) per_year = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) countries = g_hash_table_new (g_str_hash, g_str_equal);
  guint per_region[LC_REGION_N_REGIONS] = { 0 };
  guint ranges = 0, lapsed = 0;
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < json_array_get_length (cities); i++)
    {
      JsonObject *city = json_array_get_object_element (cities, i);
      JsonNode *year = json_object_get_member (city, "year");
      LcRegion region;

      g_assert_true (lc_region_from_string (json_object_get_string_member (city, "region"), &region));
      per_region[region]++;
      g_hash_table_add (countries, (gpointer) json_object_get_string_member (city, "country"));
      if (JSON_NODE_HOLDS_NULL (year))
        ranges++;
      else
        {
          int y = (int) json_node_get_int (year);

          g_hash_table_insert (per_year, GINT_TO_POINTER (y),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_year, GINT_TO_POINTER (y))) + 1));
        }
      if (g_strcmp0 (json_string_or_null (city, "status"), "lapsed") == 0)
        lapsed++;
    }

  g_assert_cmpuint (lc_store_count_cities (store), ==, json_array_get_length (cities));
  g_assert_cmpuint (lc_store_count_members (store), ==, json_array_get_length (cities) - lapsed);
  g_assert_cmpuint (lc_store_count_countries (store), ==, g_hash_table_size (countries));
  g_assert_cmpuint (lc_store_count_cities_with_range (store), ==, ranges);
  for (guint r = 0; r < LC_REGION_N_REGIONS; r++)
    g_assert_cmpuint (lc_store_count_cities_in_region (store, r), ==, per_region[r]);

  g_hash_table_iter_init (&iter, per_year);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LcQuery query = LC_QUERY_INIT;
      g_autoptr(GListModel) model = NULL;
      g_autoptr(GError) error = NULL;
      guint with_range = 0;
      g_autoptr(GListModel) all = lc_store_get_cities (store);

      g_assert_cmpuint (lc_store_count_cities_in_year (store, GPOINTER_TO_INT (key)), ==,
                        GPOINTER_TO_UINT (value));

      /* A year query also keeps the cities whose range covers the year. */
      query.year_from = query.year_to = GPOINTER_TO_INT (key);
      model = lc_store_query (store, &query, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(LcCity) city = g_list_model_get_item (all, i);

          if (lc_city_get_year (city) == 0 && lc_city_overlaps_years (city, query.year_from, query.year_to))
            with_range++;
        }
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, GPOINTER_TO_UINT (value) + with_range);
    }
}

static void
test_store_cohorts (void)
{
  g_autoptr(LcStore) store = open_store ();
  LcCohort *latest = lc_store_get_latest_cohort (store);

  g_assert_nonnull (latest);
  g_assert_cmpint (lc_cohort_get_year (latest), ==, 2025);
  g_assert_cmpstr (lc_cohort_get_announced (latest), ==, "2025-12-04");
  g_assert_cmpint (lc_cohort_get_total_cities_after (latest), ==, 425);
  g_assert_cmpint (lc_cohort_get_total_countries_after (latest), ==, 91);
  g_assert_cmpuint (lc_cohort_get_n_cities (latest), ==, lc_store_count_cities_in_year (store, 2025));
}

static void
assert_search_finds (LcStore    *store,
                     const char *text,
                     const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) ids = lc_store_search_ids (store, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ids);
  if (!g_hash_table_contains (ids, id))
    g_error ("searching “%s” did not find %s", text, id);
}

static void
test_store_search_diacritics (void)
{
  g_autoptr(LcStore) store = open_store ();
  LcCity *hanoi = lc_store_get_city (store, "hanoi");

  assert_search_finds (store, "lanh", "cao-lanh");
  assert_search_finds (store, "LÃNH", "cao-lanh");
  assert_search_finds (store, "resita", "resita");
  assert_search_finds (store, "Reșița", "resita");
  g_assert_cmpstr (lc_city_get_name (lc_store_get_city (store, "resita")), ==, "Reșița");
  g_assert_cmpstr (lc_city_get_name (lc_store_get_city (store, "cao-lanh")), ==, "Cao Lãnh");

  /* The dataset records "Ha Noi" as an alternative name of Hanoi. */
  g_assert_nonnull (hanoi);
  g_assert_true (g_strv_contains (lc_city_get_alt_names (hanoi), "Ha Noi"));
  assert_search_finds (store, "Ha Noi", "hanoi");
  assert_search_finds (store, "ha no", "hanoi");
  assert_search_finds (store, "Hà Nội", "hanoi");

  /* Country names: iso-codes' and the common one. */
  assert_search_finds (store, "viet nam", "hanoi");
  assert_search_finds (store, "Vietnam", "hanoi");
}

static void
test_store_search_syntax (void)
{
  static const char *inputs[] = {
    "\"", "\"\"", "*", "lanh*", "NEAR(cao lanh)", "cao NEAR lanh", "-cork", "name:cork", "^cork",
    "cork AND", "OR cork", "(", ")", "{name}: x", "'", "a\"b\"c", "cork -- drop table cities;",
  };
  g_autoptr(LcStore) store = open_store ();

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GHashTable) ids = lc_store_search_ids (store, inputs[i], &error);
      LcQuery query = LC_QUERY_INIT;
      g_autoptr(GListModel) model = NULL;

      g_assert_no_error (error);
      query.text = inputs[i];
      model = lc_store_query (store, &query, &error);
      g_assert_no_error (error);
      g_assert_nonnull (model);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                        ids != NULL ? g_hash_table_size (ids) : lc_store_count_cities (store));
    }

  /* Syntax is just text: "-cork" and "cork:" find Cork like "cork". */
  assert_search_finds (store, "-cork", "cork");
  assert_search_finds (store, "cork:", "cork");
  assert_search_finds (store, "\"cork\"", "cork");
  assert_search_finds (store, "^cork*", "cork");
}

/* lc_store_query() (SQL) and lc_query_matches() (the UI's filter) agree. */
static void
test_store_query_matches_filter (void)
{
  g_autoptr(LcStore) store = open_store ();
  g_autoptr(GListModel) all = lc_store_get_cities (store);
  const LcQuery queries[] = {
    { LC_REGION_BIT (LC_REGION_AFRICA), 0, 0, NULL, NULL },
    { LC_REGION_BIT (LC_REGION_ARAB_STATES) | LC_REGION_BIT (LC_REGION_ASIA_PACIFIC), 2016, 2020, NULL, NULL },
    { 0, 2024, 0, NULL, NULL },
    { 0, 0, 2016, "KR", NULL },
    { 0, 0, 0, "vn", "ha" },
    { 0, 2015, 2019, NULL, "learning" },
  };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) model = lc_store_query (store, &queries[q], &error);
      g_autoptr(GHashTable) ids = NULL;
      guint expected = 0;

      g_assert_no_error (error);
      if (queries[q].text != NULL)
        ids = lc_store_search_ids (store, queries[q].text, &error);
      g_assert_no_error (error);

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(LcCity) city = g_list_model_get_item (all, i);

          expected += lc_query_matches (&queries[q], city, ids);
        }
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected);
      g_assert_cmpuint (expected, >, 0);
    }
}

/* RFC 4180 reader for the round trip: quoted fields, doubled quotes, CRLF. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          p++;
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else
        g_string_append_c (field, *p);
    }

  g_assert_false (quoted);
  g_assert_cmpuint (row->len, ==, 0);
  g_assert_cmpuint (field->len, ==, 0);
  g_ptr_array_unref (row);
  return rows;
}

static const char *
cell (GPtrArray *row,
      guint      column)
{
  return g_ptr_array_index (row, column);
}

static void
test_export_csv_roundtrip (void)
{
  g_autoptr(LcStore) store = open_store ();
  g_autoptr(GListModel) all = lc_store_get_cities (store);
  g_autofree char *csv = lc_export_cities (all, LC_EXPORT_CSV);
  g_autoptr(GPtrArray) rows = parse_csv (csv);
  g_auto(GStrv) header = g_strsplit (LC_EXPORT_CSV_COLUMNS, ",", -1);
  GPtrArray *first = g_ptr_array_index (rows, 0);

  g_assert_true (g_str_has_prefix (LC_EXPORT_CSV_COLUMNS, "id,name,"));
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (all) + 1);
  for (guint c = 0; header[c] != NULL; c++)
    g_assert_cmpstr (cell (first, c), ==, header[c]);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (all, i);
      GPtrArray *row = g_ptr_array_index (rows, i + 1);
      g_autofree char *year = lc_city_get_year (city) ? g_strdup_printf ("%d", lc_city_get_year (city)) : g_strdup ("");
      g_autofree char *alt = g_strjoinv ("; ", (char **) lc_city_get_alt_names (city));
      g_auto(GStrv) sources = g_strsplit (cell (row, 14), " ", -1);

      g_assert_cmpuint (row->len, ==, g_strv_length (header));
      g_assert_cmpstr (cell (row, 0), ==, lc_city_get_id (city));
      g_assert_cmpstr (cell (row, 1), ==, lc_city_get_name (city));
      g_assert_cmpstr (cell (row, 2), ==, alt);
      g_assert_cmpstr (cell (row, 3), ==, lc_city_get_country_name (city));
      g_assert_cmpstr (cell (row, 4), ==, lc_city_get_country_code (city));
      g_assert_cmpstr (cell (row, 5), ==, lc_region_to_string (lc_city_get_region (city)));
      g_assert_cmpstr (cell (row, 6), ==, year);
      g_assert_cmpstr (cell (row, 9), ==, lc_city_get_year_inferred (city) ? "true" : "false");
      g_assert_cmpstr (cell (row, 10), ==, lc_city_get_status (city));
      if (lc_city_has_location (city))
        {
          g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cell (row, 11), NULL), lc_city_get_latitude (city), 1e-6);
          g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cell (row, 12), NULL), lc_city_get_longitude (city), 1e-6);
        }
      else
        g_assert_cmpstr (cell (row, 11), ==, "");
      g_assert_true (g_strv_equal ((const char * const *) sources, lc_city_get_sources (city)));
    }
}

static void
test_export_geojson (void)
{
  g_autoptr(LcStore) store = open_store ();
  g_autoptr(GListModel) all = lc_store_get_cities (store);
  g_autofree char *text = lc_export_cities (all, LC_EXPORT_GEOJSON);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *features;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "type"), ==, "FeatureCollection");
  features = json_object_get_array_member (root, "features");
  g_assert_cmpuint (json_array_get_length (features), ==, g_list_model_get_n_items (all));

  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (all, i);
      JsonObject *feature = json_array_get_object_element (features, i);
      JsonObject *properties = json_object_get_object_member (feature, "properties");
      JsonNode *geometry = json_object_get_member (feature, "geometry");

      g_assert_cmpstr (json_object_get_string_member (feature, "type"), ==, "Feature");
      g_assert_cmpstr (json_object_get_string_member (properties, "id"), ==, lc_city_get_id (city));
      g_assert_cmpstr (json_object_get_string_member (properties, "name"), ==, lc_city_get_name (city));
      g_assert_cmpstr (json_object_get_string_member (properties, "country_code"), ==,
                       lc_city_get_country_code (city));
      if (lc_city_has_location (city))
        {
          JsonObject *point = json_node_get_object (geometry);
          JsonArray *coordinates = json_object_get_array_member (point, "coordinates");

          g_assert_cmpstr (json_object_get_string_member (point, "type"), ==, "Point");
          /* GeoJSON order: longitude first. */
          g_assert_cmpfloat_with_epsilon (json_array_get_double_element (coordinates, 0),
                                          lc_city_get_longitude (city), 1e-9);
          g_assert_cmpfloat_with_epsilon (json_array_get_double_element (coordinates, 1),
                                          lc_city_get_latitude (city), 1e-9);
        }
      else
        g_assert_true (JSON_NODE_HOLDS_NULL (geometry));
    }
}

static void
test_export_json (void)
{
  g_autoptr(LcStore) store = open_store ();
  LcQuery query = LC_QUERY_INIT;
  g_autoptr(GListModel) model = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  query.country = "VN";
  model = lc_store_query (store, &query, &error);
  g_assert_no_error (error);
  text = lc_export_cities (model, LC_EXPORT_JSON);
  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, i), "country"),
                     ==, "Vietnam");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/counts/match-json", test_store_counts_match_json);
  g_test_add_func ("/store/cohorts", test_store_cohorts);
  g_test_add_func ("/store/search/diacritics", test_store_search_diacritics);
  g_test_add_func ("/store/search/syntax", test_store_search_syntax);
  g_test_add_func ("/store/query/matches-filter", test_store_query_matches_filter);
  g_test_add_func ("/export/csv/roundtrip", test_export_csv_roundtrip);
  g_test_add_func ("/export/geojson", test_export_geojson);
  g_test_add_func ("/export/json", test_export_json);

  return g_test_run ();
}
