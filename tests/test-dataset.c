/* test-dataset.c: the dataset parser, validator and compiler
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "lc-countries.h"
#include "lc-dataset.h"
#include "lc-dataset-writer.h"
#include "lc-store.h"

/* Each fixture breaks one record of the good fixture set; the loader must
 * name the file, the line and the field. @YEAR@ is the current year. */
static const struct {
  const char *file;
  const char *expected;
} bad_fixtures[] = {
  { "cities-unknown-region.json", "57: region: unknown region \"Europe\" (expected one of Africa, Arab States, Asia and the Pacific, Europe and North America, Latin America and the Caribbean)" },
  { "cities-unknown-country.json", "56: country: unknown country \"XR\" (expected an ISO 3166-1 alpha-2 code such as \"KR\")" },
  { "cities-year-too-early.json", "12: year: 2012 is outside 2013..@YEAR@" },
  { "cities-year-in-future.json", "40: year_to: 2099 is outside 2013..@YEAR@" },
  { "cities-latitude-out-of-range.json", "23: location.lat: 100.4603 is out of range (-90..90)" },
  { "cities-too-many-decimals.json", "70: location.lon: 21.88925 has more than 4 decimals" },
  { "cities-no-source.json", "45: sources: at least one source URL is required" },
  { "cities-source-not-http.json", "66: sources[0]: \"ftp://example.org/resita\" is not an http(s) URL with a host" },
  { "cities-source-without-host.json", "20: sources[0]: \"https:///cao-lanh\" is not an http(s) URL with a host" },
  { "cities-duplicate-id.json", "33: id: duplicate id \"cao-lanh\" (first at line 7)" },
  { "cities-id-not-slug.json", "33: id: \"Da_Nang\" is not a slug (a-z, 0-9 and single inner hyphens)" },
  { "cities-inferred-without-reason.json", "42: year_reason: required when year_inferred is true" },
  { "cities-unknown-key.json", "55: alt_name: unknown key" },
  { "cities-missing-name.json", "32: name: missing" },
  { "cities-dispute-unknown-field.json", "77: disputes[0].field: unknown value \"population\" (expected one of year, status, name, country, region, membership)" },
  { "stories-story-names-no-city.json", "6: id: \"atlantis\" names no city in @CITIES@" },
  { "stories-quote-bad-date.json", "20: quotes[0].date: \"c. 2025\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)" },
  { "stories-quote-without-gloss.json", "17: quotes[0].gloss: an English gloss is required for a quote in \"ro\"" },
  { "stories-award-not-a-round.json", "8: awards[0].year: 2023 is not a Learning City Award round" },
  { "cohorts-cohort-bad-date.json", "19: announced: \"2025-13-04\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)" },
  { "cohorts-cohort-duplicate-year.json", "18: year: duplicate cohort 2022 (first at line 6)" },
};

static LcDataset *
load_dataset (const char  *cohorts,
              const char  *cities,
              const char  *stories,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(LcCountries) countries = lc_countries_get_default (&local_error);
  g_autoptr(LcDataset) dataset = NULL;

  g_assert_no_error (local_error);
  dataset = lc_dataset_new (countries);
  lc_dataset_load (dataset, cohorts, cities, stories, error);
  return g_steal_pointer (&dataset);
}

static char *
good_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "dataset", "good", name, NULL);
}

static void
test_dataset_fixture_valid (void)
{
  g_autofree char *cohorts = good_path ("cohorts.json");
  g_autofree char *cities = good_path ("cities.json");
  g_autofree char *stories = good_path ("stories.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(LcDataset) dataset = load_dataset (cohorts, cities, stories, &error);
  LcCity *resita;
  LcQuote *quote;

  g_assert_no_error (error);
  g_assert_cmpuint (lc_dataset_get_cities (dataset)->len, ==, 3);
  g_assert_cmpuint (lc_dataset_get_cohorts (dataset)->len, ==, 2);

  resita = g_ptr_array_index (lc_dataset_get_cities (dataset), 2);
  g_assert_cmpstr (lc_city_get_name (resita), ==, "Reșița");
  g_assert_cmpstr (lc_city_get_country_name (resita), ==, "Romania");
  g_assert_cmpint (lc_city_get_region (resita), ==, LC_REGION_EUROPE_NORTH_AMERICA);
  g_assert_cmpfloat_with_epsilon (lc_city_get_latitude (resita), 45.3008, 1e-9);
  g_assert_cmpuint (lc_city_get_quotes (resita)->len, ==, 1);
  quote = g_ptr_array_index (lc_city_get_quotes (resita), 0);
  g_assert_cmpstr (quote->gloss, ==, "We learn all our lives.");
  g_assert_cmpuint (lc_city_get_disputes (resita)->len, ==, 1);
}

static void
test_dataset_bad_records (void)
{
  g_autofree char *last_year = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  last_year = g_strdup_printf ("%d", g_date_time_get_year (now));

  for (guint i = 0; i < G_N_ELEMENTS (bad_fixtures); i++)
    {
      g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "fixtures", "dataset", "bad",
                                                    bad_fixtures[i].file, NULL);
      g_autofree char *cohorts = good_path ("cohorts.json");
      g_autofree char *cities = good_path ("cities.json");
      g_autofree char *stories = good_path ("stories.json");
      g_autoptr(GString) expected = g_string_new (bad_fixtures[i].expected);
      g_autoptr(GError) error = NULL;
      g_autoptr(LcDataset) dataset = NULL;
      const char * const *problems;
      g_autofree char *message = NULL;

      if (g_str_has_prefix (bad_fixtures[i].file, "cities-"))
        {
          g_free (cities);
          cities = g_strdup (bad);
        }
      else if (g_str_has_prefix (bad_fixtures[i].file, "stories-"))
        {
          g_free (stories);
          stories = g_strdup (bad);
        }
      else
        {
          g_free (cohorts);
          cohorts = g_strdup (bad);
        }

      g_string_replace (expected, "@YEAR@", last_year, 0);
      g_string_replace (expected, "@CITIES@", cities, 0);
      g_string_prepend (expected, ":");
      g_string_prepend (expected, bad);

      g_test_message ("%s", bad_fixtures[i].file);
      dataset = load_dataset (cohorts, cities, stories, &error);
      g_assert_error (error, LC_DATASET_ERROR, LC_DATASET_ERROR_INVALID);

      /* Exactly one problem: the broken record, and no follow-up noise. */
      problems = lc_dataset_get_problems (dataset);
      message = g_strjoinv ("\n", (char **) problems);
      g_assert_cmpstr (message, ==, expected->str);
      g_assert_cmpstr (error->message, ==, expected->str);
    }
}

static void
test_dataset_syntax_error (void)
{
  g_autofree char *cohorts = good_path ("cohorts.json");
  g_autofree char *stories = good_path ("stories.json");
  g_autofree char *dir = g_dir_make_tmp ("lc-dataset-XXXXXX", NULL);
  g_autofree char *cities = g_build_filename (dir, "cities.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcDataset) dataset = NULL;
  g_autofree char *prefix = g_strconcat (cities, ":3:", NULL);

  g_assert_true (g_file_set_contents (cities, "{\n  \"format\": \"learning-cities/cities\",\n  \"version\" 1\n}\n", -1, NULL));
  dataset = load_dataset (cohorts, cities, stories, &error);
  g_assert_error (error, LC_DATASET_ERROR, LC_DATASET_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, prefix));

  g_unlink (cities);
  g_rmdir (dir);
}

/* The dataset shipped in data/cities/ must always compile. */
static void
test_dataset_shipped_valid (void)
{
  const char *dir = g_getenv ("LC_DATASET_DIR");
  g_autofree char *cohorts = NULL, *cities = NULL, *stories = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcDataset) dataset = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("lc-dataset-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (tmp, "learning-cities.db", NULL);
  g_autoptr(LcStore) store = NULL;

  g_assert_nonnull (dir);
  cohorts = g_build_filename (dir, "cohorts.json", NULL);
  cities = g_build_filename (dir, "cities.json", NULL);
  stories = g_build_filename (dir, "stories.json", NULL);

  dataset = load_dataset (cohorts, cities, stories, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_dataset_get_cities (dataset)->len, >=, 300);

  g_assert_true (lc_dataset_write_database (dataset, db, &error));
  g_assert_no_error (error);
  store = lc_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_store_count_cities (store), ==, lc_dataset_get_cities (dataset)->len);

  g_clear_object (&store);
  g_unlink (db);
  g_rmdir (tmp);
}

/* The fixture set through the compiler and back out of the store. */
static void
test_dataset_fixture_roundtrip (void)
{
  g_autofree char *cohorts = good_path ("cohorts.json");
  g_autofree char *cities = good_path ("cities.json");
  g_autofree char *stories = good_path ("stories.json");
  g_autofree char *tmp = g_dir_make_tmp ("lc-dataset-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (tmp, "fixture.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcDataset) dataset = load_dataset (cohorts, cities, stories, &error);
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(LcCity) second = NULL;
  LcCity *resita, *da_nang;
  LcInitiative *initiative;
  LcDispute *dispute;

  g_assert_no_error (error);
  g_assert_true (lc_dataset_write_database (dataset, db, &error));
  store = lc_store_open (db, &error);
  g_assert_no_error (error);

  /* Sorted by folded name: Cao Lãnh, Đà Nẵng, Reșița. */
  all = lc_store_get_cities (store);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  da_nang = lc_store_get_city (store, "da-nang");
  second = g_list_model_get_item (all, 1);
  g_assert_true (second == da_nang);
  g_assert_cmpint (lc_city_get_year (da_nang), ==, 0);
  g_assert_cmpint (lc_city_get_year_from (da_nang), ==, 2016);
  g_assert_cmpint (lc_city_get_year_to (da_nang), ==, 2019);
  g_assert_true (lc_city_get_year_inferred (da_nang));
  g_assert_false (lc_city_has_location (da_nang));

  /* Đ folds to d: "da nang" finds it although unicode61 keeps Đ. */
  ids = lc_store_search_ids (store, "da nang", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (ids), ==, 1);
  g_assert_true (g_hash_table_contains (ids, "da-nang"));
  g_clear_pointer (&ids, g_hash_table_unref);

  /* Initiative text is searchable too. */
  ids = lc_store_search_ids (store, "steelwork", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (ids), ==, 1);
  g_assert_true (g_hash_table_contains (ids, "resita"));
  g_clear_pointer (&ids, g_hash_table_unref);

  resita = lc_store_get_city (store, "resita");
  g_assert_false (lc_city_has_details (resita));
  g_assert_true (lc_store_load_details (store, resita, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lc_city_get_awards (resita)->len, ==, 1);
  g_assert_cmpint (((LcAward *) g_ptr_array_index (lc_city_get_awards (resita), 0))->year, ==, 2024);
  initiative = g_ptr_array_index (lc_city_get_initiatives (resita), 0);
  g_assert_cmpstr (initiative->sources[0], ==, "https://example.org/initiative");
  g_assert_null (initiative->sources[1]);
  dispute = g_ptr_array_index (lc_city_get_disputes (resita), 0);
  g_assert_cmpstr (dispute->alternative, ==, "2024");
  g_assert_cmpstr (dispute->sources[0], ==, "https://example.org/resita-dispute");
  g_assert_cmpstr (lc_city_get_location_note (resita), ==, "Fixture, with a comma, and \"quotes\"");
  g_assert_cmpstr (lc_city_get_alt_names (resita)[0], ==, "Resicabánya");

  g_assert_cmpuint (lc_store_count_countries (store), ==, 2);
  g_assert_cmpuint (lc_store_count_cities_in_year (store, 2022), ==, 1);
  g_assert_cmpint (lc_cohort_get_total_cities_after (lc_store_get_latest_cohort (store)), ==, 425);
  g_assert_cmpuint (lc_cohort_get_n_cities (lc_store_get_latest_cohort (store)), ==, 1);

  g_clear_object (&store);
  g_unlink (db);
  g_rmdir (tmp);
}

static void
test_store_open_errors (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("lc-store-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (tmp, "missing.db", NULL);
  g_autofree char *garbage = g_build_filename (tmp, "garbage.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;

  store = lc_store_open (missing, &error);
  g_assert_null (store);
  g_assert_error (error, LC_STORE_ERROR, LC_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (garbage, "not a database, just text\n", -1, NULL));
  store = lc_store_open (garbage, &error);
  g_assert_null (store);
  g_assert_error (error, LC_STORE_ERROR, LC_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  g_unlink (garbage);
  g_rmdir (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset/fixture/valid", test_dataset_fixture_valid);
  g_test_add_func ("/dataset/fixture/bad-records", test_dataset_bad_records);
  g_test_add_func ("/dataset/fixture/syntax-error", test_dataset_syntax_error);
  g_test_add_func ("/dataset/fixture/roundtrip", test_dataset_fixture_roundtrip);
  g_test_add_func ("/dataset/shipped/valid", test_dataset_shipped_valid);
  g_test_add_func ("/store/open/errors", test_store_open_errors);

  return g_test_run ();
}
