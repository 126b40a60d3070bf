/* test-cli.c: --list and --stats of the real executable, without a display
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "lc-store.h"
#include "lc-test-util.h"

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += (*p == '\n');
  return n;
}

static LcStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = lc_store_get_default_path ();
  LcStore *store = lc_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
test_cli_list_csv (void)
{
  g_autoptr(LcStore) store = open_store ();
  LcTestRun result = { 0 };

  lc_test_run_app_headless (&result, NULL, "--list", NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_str_has_prefix (result.out,
                                   "id,name,alt_names,country,country_code,region,year,year_from,year_to,"
                                   "year_inferred,status,latitude,longitude,location_method,sources\r\n"));
  /* Every city once, plus the header; no field holds a line break. */
  g_assert_cmpuint (count_lines (result.out), ==, lc_store_count_cities (store) + 1);
  g_assert_nonnull (strstr (result.out, "\r\ncao-lanh,Cao Lãnh,"));
  g_assert_nonnull (strstr (result.out, "\r\nresita,Reșița,"));
  lc_test_run_clear (&result);

  lc_test_run_app_headless (&result, NULL, "--list", "--format=csv", "--search=resita", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpuint (count_lines (result.out), ==, 2);
  g_assert_nonnull (strstr (result.out, "\r\nresita,Reșița,"));
  lc_test_run_clear (&result);
}

static void
test_cli_list_filters (void)
{
  g_autoptr(LcStore) store = open_store ();
  LcQuery query = LC_QUERY_INIT;
  g_autoptr(GListModel) expected = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  LcTestRun result = { 0 };
  JsonArray *array;

  query.regions = LC_REGION_BIT (LC_REGION_AFRICA) | LC_REGION_BIT (LC_REGION_ARAB_STATES);
  query.year_from = 2019;
  query.year_to = 2022;
  expected = lc_store_query (store, &query, &error);
  g_assert_no_error (error);

  lc_test_run_app_headless (&result, NULL, "--list", "--region=africa", "--region=Arab States", "--years=2019-2022",
           "--format=json", NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  json_parser_load_from_data (parser, result.out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, g_list_model_get_n_items (expected));
  g_assert_cmpuint (json_array_get_length (array), >, 10);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *city = json_array_get_object_element (array, i);
      const char *region = json_object_get_string_member (city, "region");

      g_assert_true (g_str_equal (region, "Africa") || g_str_equal (region, "Arab States"));
    }
  lc_test_run_clear (&result);

  /* A country by code in any case, or by name. */
  lc_test_run_app_headless (&result, NULL, "--list", "--country=vn", "--format=geojson", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "\"FeatureCollection\""));
  g_assert_nonnull (strstr (result.out, "\"Cao Lãnh\""));
  g_assert_null (strstr (result.out, "\"Reșița\""));
  lc_test_run_clear (&result);

  lc_test_run_app_headless (&result, NULL, "--list", "--country=Turkey", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, ",Türkiye,TR,"));
  lc_test_run_clear (&result);
}

static void
test_cli_stats (void)
{
  g_autoptr(LcStore) store = open_store ();
  g_autofree char *coverage = NULL;
  LcTestRun result = { 0 };

  lc_test_run_app_headless (&result, NULL, "--stats", NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  coverage = g_strdup_printf ("Coverage: %u of 425 member cities", lc_store_count_members (store));
  g_assert_nonnull (strstr (result.out, coverage));
  g_assert_nonnull (strstr (result.out, "\n2025     2025-12-04"));
  g_assert_nonnull (strstr (result.out, "\nLatin America and the Caribbean "));
  lc_test_run_clear (&result);
}

static void
test_cli_bad_arguments (void)
{
  static const char *bad[][3] = {
    { "--list", "--region=mars", NULL },
    { "--list", "--years=2020", "--years=twenty" },
    { "--list", "--years=2024-2019", NULL },
    { "--list", "--format=xml", NULL },
    { "--list", "--country=XX", NULL },
    { "--format=csv", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      LcTestRun result = { 0 };

      lc_test_run_app_headless (&result, NULL, bad[i][0], bad[i][1], bad[i][2], NULL);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_cmpstr (result.out, ==, "");
      /* One clear line. */
      g_assert_true (g_str_has_prefix (result.err, "learning-cities: "));
      g_assert_cmpuint (count_lines (result.err), ==, 1);
      lc_test_run_clear (&result);
    }
}

static void
test_cli_missing_database (void)
{
  LcTestRun result = { 0 };

  lc_test_run_app_headless (&result, "/nonexistent/learning-cities.db", "--list", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_cmpstr (result.err, ==,
                   "learning-cities: The city database /nonexistent/learning-cities.db is missing\n");
  lc_test_run_clear (&result);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/list/csv", test_cli_list_csv);
  g_test_add_func ("/cli/list/filters", test_cli_list_filters);
  g_test_add_func ("/cli/stats", test_cli_stats);
  g_test_add_func ("/cli/bad-arguments", test_cli_bad_arguments);
  g_test_add_func ("/cli/missing-database", test_cli_missing_database);

  return g_test_run ();
}
