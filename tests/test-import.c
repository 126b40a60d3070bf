/* test-import.c: importing updates into the user database, its layering
 * over the shipped one, and what happens to damaged files
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include "lc-export.h"
#include "lc-import.h"
#include "lc-import-private.h"
#include "lc-store.h"
#include "lc-user-db.h"

typedef struct
{
  char    *dir;
  char    *user_path;
  LcStore *store;
} Fixture;

static char *
fixture_path (const char *kind,
              const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", kind, name, NULL);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *shipped = lc_store_get_default_path ();

  fixture->dir = g_dir_make_tmp ("lc-import-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->user_path = g_build_filename (fixture->dir, "data", "user.db", NULL);
  fixture->store = lc_store_open_with_user_data (shipped, fixture->user_path, &error);
  g_assert_no_error (error);
  g_assert_null (lc_store_get_user_problem (fixture->store));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->user_path);
}

static LcImportReport *
import (Fixture     *fixture,
        const char  *path,
        GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_path_get_basename (path);

  return lc_import_file (fixture->store, fixture->user_path, file, name, error);
}

static void
import_good (Fixture    *fixture,
             const char *name)
{
  g_autofree char *path = fixture_path ("good", name);
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = import (fixture, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (lc_store_reload (fixture->store, &error));
  g_assert_no_error (error);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static LcCity *
find_city (GListModel *cities,
           const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);

      if (g_strcmp0 (lc_city_get_id (city), id) == 0)
        return city;
    }
  return NULL;
}

/* A valid update: added cities and a changed one appear in the one model
 * the map and the list share, in search, and in queries. */
static void
test_import_valid_csv (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = fixture_path ("good", "update.csv");
  g_autoptr(GListModel) cities = lc_store_get_cities (fixture->store);
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GError) error = NULL;
  guint n_before = g_list_model_get_n_items (cities);
  LcQuery query = LC_QUERY_INIT;
  g_autoptr(GListModel) europe = NULL;
  LcCity *city;
  LcQuote *quote;
  LcInitiative *initiative;

  g_assert_cmpint (lc_city_get_year (lc_store_get_city (fixture->store, "abuja")), ==, 2017);

  report = import (fixture, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 2);
  g_assert_cmpuint (report->n_changed, ==, 1);
  g_assert_cmpuint (report->n_unchanged, ==, 0);
  g_assert_cmpuint (report->lines->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (report->lines, 0), ==, "changed: abuja (Abuja, NG): year, sources");
  g_assert_cmpstr (g_ptr_array_index (report->lines, 1), ==, "added: new-town (New Town, GB)");
  g_assert_cmpstr (g_ptr_array_index (report->lines, 2), ==, "added: cidade-nova (Cidade Nova, BR)");

  g_assert_true (lc_store_reload (fixture->store, &error));
  g_assert_no_error (error);

  /* The same model object, now with two more cities. */
  g_assert_cmpuint (g_list_model_get_n_items (cities), ==, n_before + 2);
  city = find_city (cities, "new-town");
  g_assert_nonnull (city);
  g_assert_true (lc_store_get_city (fixture->store, "new-town") == city);
  g_assert_cmpstr (lc_city_get_name (city), ==, "New Town");
  g_assert_cmpint (lc_city_get_year (city), ==, 2024);
  g_assert_cmpint (lc_city_get_region (city), ==, LC_REGION_EUROPE_NORTH_AMERICA);
  g_assert_true (lc_city_has_location (city));
  /* Rounded to four decimals, like the shipped data. */
  g_assert_cmpfloat_with_epsilon (lc_city_get_longitude (city), -0.1235, 1e-9);
  g_assert_cmpstr (lc_city_get_alt_names (city)[1], ==, "Nova Town");

  g_assert_true (lc_store_load_details (fixture->store, city, &error));
  g_assert_cmpuint (lc_city_get_quotes (city)->len, ==, 1);
  quote = g_ptr_array_index (lc_city_get_quotes (city), 0);
  g_assert_cmpstr (quote->text, ==, "We learn, \"together\".");
  g_assert_cmpstr (quote->speaker, ==, "Jane Doe");
  g_assert_cmpuint (lc_city_get_initiatives (city)->len, ==, 1);
  initiative = g_ptr_array_index (lc_city_get_initiatives (city), 0);
  g_assert_cmpstr (initiative->text, ==, "A festival of learning,\r\nevery spring");

  city = lc_store_get_city (fixture->store, "cidade-nova");
  g_assert_false (lc_city_has_location (city));
  g_assert_cmpint (lc_city_get_year_from (city), ==, 2022);
  g_assert_cmpint (lc_city_get_year_to (city), ==, 2024);

  /* The changed city keeps what the CSV cannot say: its story. */
  city = lc_store_get_city (fixture->store, "abuja");
  g_assert_cmpint (lc_city_get_year (city), ==, 2019);
  g_assert_cmpstr (lc_city_get_sources (city)[1], ==, "https://example.org/abuja-2019");
  g_assert_cmpuint (lc_store_count_cities (fixture->store), ==, n_before + 2);
  g_assert_cmpuint (lc_store_count_cities_in_year (fixture->store, 2024),
                    >=, 1);

  found = lc_store_search_ids (fixture->store, "nova town", &error);
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (found, "new-town"));

  query.regions = LC_REGION_BIT (LC_REGION_EUROPE_NORTH_AMERICA);
  query.year_from = 2024;
  query.year_to = 2024;
  europe = lc_store_query (fixture->store, &query, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_city (europe, "new-town"));
}

static void
test_import_valid_json (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = fixture_path ("good", "update.json");
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  LcCity *city;

  report = import (fixture, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 1);
  g_assert_true (lc_store_reload (fixture->store, &error));

  city = lc_store_get_city (fixture->store, "json-town");
  g_assert_nonnull (city);
  g_assert_cmpstr (lc_city_get_country_code (city), ==, "KR");
  g_assert_cmpstr (lc_city_get_location_note (city), ==, "hand-placed");
  g_assert_cmpstr (lc_city_get_notes (city), ==, "from a JSON update");
}

/* Importing the same file again changes nothing, not even the file. */
static void
test_import_twice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path ("good", "update.csv");
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  import_good (fixture, "update.csv");
  before = read_bytes (fixture->user_path);

  report = import (fixture, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 0);
  g_assert_cmpuint (report->n_changed, ==, 0);
  g_assert_cmpuint (report->n_unchanged, ==, 3);
  g_assert_cmpuint (report->lines->len, ==, 0);

  after = read_bytes (fixture->user_path);
  g_assert_true (g_bytes_equal (before, after));
}

/* The shipped data as `--list` prints it imports as "no change": the
 * columns are the same and what a row cannot hold is kept. */
static void
test_import_list_output (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GListModel) cities = lc_store_get_cities (fixture->store);
  g_autofree char *csv = lc_export_cities (cities, LC_EXPORT_CSV);
  g_autoptr(LcCountries) countries = lc_countries_get_default (NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  records = lc_import_parse ("list.csv", csv, strlen (csv), countries, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, g_list_model_get_n_items (cities));

  report = lc_import_apply (fixture->store, fixture->user_path, records, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 0);
  g_assert_cmpuint (report->n_changed, ==, 0);
  g_assert_cmpuint (report->n_unchanged, ==, g_list_model_get_n_items (cities));
  g_assert_false (g_file_test (fixture->user_path, G_FILE_TEST_EXISTS));
}

/* A text such as "'); DROP TABLE cities;--" in a name is a name: bound
 * parameters store it as it is, and every table is still there. */
static void
test_import_injection_is_text (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GListModel) cities = lc_store_get_cities (fixture->store);
  guint n = g_list_model_get_n_items (cities);
  LcCity *city;

  import_good (fixture, "injection-name.csv");
  city = lc_store_get_city (fixture->store, "bobby-tables");
  g_assert_cmpstr (lc_city_get_name (city), ==, "Robert'); DROP TABLE cities;--");
  g_assert_cmpuint (g_list_model_get_n_items (cities), ==, n + 1);
  g_assert_cmpuint (lc_store_count_cities (fixture->store), ==, n + 1);
}

/* Search over the merged data: an imported city is found, and FTS syntax
 * in the text is plain text that never errors or changes the result. */
static void
test_import_search_syntax (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char * const same[] = {
    "\"new town\"", "new* town", "new:town", "^new town", "new -town", "(new) town", "new AND town",
    "'new' town", "new town;--", "{new} town",
  };
  static const char * const safe[] = {
    "\"", "*", "NEAR(new town)", "new OR", "NOT", "-", ":", "^", "\"\"\"", "' OR 1=1 --",
  };
  g_autoptr(GHashTable) plain = NULL;
  g_autoptr(GError) error = NULL;

  import_good (fixture, "update.csv");
  plain = lc_store_search_ids (fixture->store, "new town", &error);
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (plain, "new-town"));

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autoptr(GHashTable) found = lc_store_search_ids (fixture->store, same[i], &error);
      GHashTableIter iter;
      gpointer id;

      g_test_message ("%s", same[i]);
      g_assert_no_error (error);
      g_assert_nonnull (found);
      /* "AND" is a word here, so it may narrow, never widen. */
      g_hash_table_iter_init (&iter, found);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        g_assert_true (g_hash_table_contains (plain, id));
      if (strstr (same[i], "AND") == NULL)
        g_assert_cmpuint (g_hash_table_size (found), ==, g_hash_table_size (plain));
    }

  for (guint i = 0; i < G_N_ELEMENTS (safe); i++)
    {
      g_autoptr(GHashTable) found = lc_store_search_ids (fixture->store, safe[i], &error);

      g_test_message ("%s", safe[i]);
      g_assert_no_error (error);
      /* Never "everything": syntax is not an operator. */
      if (found != NULL)
        g_assert_cmpuint (g_hash_table_size (found), <, lc_store_count_cities (fixture->store));
    }
}

static const struct
{
  const char *file;
  const char *message;  /* @LAST@ is this year */
} bad_files[] = {
  { "empty.csv", "empty.csv: the file is empty" },
  { "only-bom.csv", "only-bom.csv: the file is empty" },
  { "image-renamed.csv", "image-renamed.csv: this is a PNG image, not a CSV or JSON file" },
  { "nul-bytes.csv", "nul-bytes.csv:3: this is a binary file (it holds NUL bytes), not a CSV or JSON file" },
  { "latin1.csv", "latin1.csv:2: not valid UTF-8 text: save the file as UTF-8" },
  { "latin1.json", "latin1.json:7: not valid UTF-8 text: save the file as UTF-8" },
  { "utf16.csv", "utf16.csv: this is UTF-16 text: save the file as UTF-8" },
  { "header-only.csv", "header-only.csv: no cities: the file holds only a header" },
  { "missing-column.csv", "missing-column.csv:1: missing column \"sources\"" },
  { "unknown-column.csv", "unknown-column.csv:1: unknown column \"population\"" },
  { "duplicate-column.csv", "duplicate-column.csv:1: column \"name\" appears twice" },
  { "wrong-field-count.csv", "wrong-field-count.csv:2: 14 fields where the header has 15" },
  { "unterminated-quote.csv", "unterminated-quote.csv:2: name: a quoted field that starts on this line never ends" },
  { "stray-quote.csv", "stray-quote.csv:2: name: a quote inside a field that does not start with one "
                       "(quote the whole field and double the quotes inside)" },
  { "huge-field.csv", "huge-field.csv:2: name: longer than 10000 bytes" },
  { "control-character.csv", "control-character.csv:2: name: holds a control character (0x01)" },
  { "name-on-two-lines.csv", "name-on-two-lines.csv:2: name: must be on one line" },
  { "duplicate-id.csv", "duplicate-id.csv:3: id: duplicate id \"new-town\" (first at line 2)" },
  { "id-not-slug.csv", "id-not-slug.csv:2: id: \"New Town\" is not a slug (a-z, 0-9 and single inner hyphens)" },
  { "injection-id.csv", "injection-id.csv:2: id: \"'); DROP TABLE cities;--\" is not a slug "
                        "(a-z, 0-9 and single inner hyphens)" },
  { "injection-country.csv", "injection-country.csv:2: country_code: unknown country "
                             "\"GB'; DELETE FROM cities; --\" (expected an ISO 3166-1 alpha-2 code such as \"KR\")" },
  { "injection-year.csv", "injection-year.csv:2: year: \"2020 OR 1=1\" is not a year" },
  { "latitude-out-of-range.csv", "latitude-out-of-range.csv:2: latitude: 91.5 is out of range (-90..90)" },
  { "longitude-out-of-range.csv", "longitude-out-of-range.csv:2: longitude: -181 is out of range (-180..180)" },
  { "latitude-not-a-number.csv", "latitude-not-a-number.csv:2: latitude: \"nan\" is not a number" },
  { "latitude-without-longitude.csv", "latitude-without-longitude.csv:2: longitude: missing while latitude is given" },
  { "year-1850.csv", "year-1850.csv:2: year: 1850 is outside 2013..@LAST@" },
  { "year-2099.csv", "year-2099.csv:2: year: 2099 is outside 2013..@LAST@" },
  { "year-not-a-number.csv", "year-not-a-number.csv:2: year: \"twenty\" is not a year" },
  { "year-range-not-inferred.csv", "year-range-not-inferred.csv:2: year_inferred: must be true for a year range" },
  { "year-and-range.csv", "year-and-range.csv:2: year_from: must be empty when year is set" },
  { "unknown-region.csv", "unknown-region.csv:2: region: unknown region \"Antarctica\" (expected one of Africa, "
                          "Arab States, Asia and the Pacific, Europe and North America, Latin America and the Caribbean)" },
  { "unknown-status.csv", "unknown-status.csv:2: status: unknown value \"expelled\" "
                          "(expected one of member, lapsed, readmitted)" },
  { "unknown-location-method.csv", "unknown-location-method.csv:2: location_method: unknown value \"guess\" "
                                   "(expected one of geonames-name, geonames-admin, override, unknown)" },
  { "bad-url.csv", "bad-url.csv:2: sources: \"javascript:alert(1)\" is not an http(s) URL with a host" },
  { "url-without-host.csv", "url-without-host.csv:2: sources: \"https://\" is not an http(s) URL with a host" },
  { "no-sources.csv", "no-sources.csv:2: sources: at least one source URL is required" },
  { "quote-without-speaker.csv", "quote-without-speaker.csv:2: quote_speaker: required with quote" },
  { "quote-bad-date.csv", "quote-bad-date.csv:2: quote_date: \"2024-13-01\" is not a date "
                          "(YYYY, YYYY-MM or YYYY-MM-DD)" },
  { "initiative-without-source.csv", "initiative-without-source.csv:2: initiative_source: required with initiative" },
  { "truncated.json", "truncated.json:14:29: Parse error: unexpected character `,', expected string constant" },
  { "wrong-format.json", "wrong-format.json:2: format: \"learning-cities/stories\" where "
                         "\"learning-cities/cities\" was expected" },
  { "not-an-object.json", "not-an-object.json:1: the file must hold one JSON object" },
  { "empty-list.json", "empty-list.json: no cities: the list is empty" },
  { "deep-nesting.json", "deep-nesting.json:1: JSON nested more than 32 levels deep" },
  /* A carriage return in a one-line field rewrote the terminal line it was
   * printed on; control characters in a quoted header name set the title
   * and cleared the screen (reliability review F10). */
  { "cr-in-name.csv", "cr-in-name.csv:2: name: must be on one line" },
  { "del-in-name.csv", "del-in-name.csv:2: name: holds a control character (0x7f)" },
  { "c1-in-name.csv", "c1-in-name.csv:2: name: holds a control character (0x9b)" },
  { "header-escape.csv", "header-escape.csv:1: unknown column \"alt_names\\x1b]0;pwned\\x07\\x1b[2J\"\n"
                         "header-escape.csv:1: missing column \"alt_names\"" },
  { "duplicate-id.json", "duplicate-id.json:32: id: duplicate id \"new-town\" (first at line 6)" },
  /* json-glib keeps the last of the two: this was Lisbon, replaced (F8). */
  { "duplicate-key.json", "duplicate-key.json:7: \"id\" appears twice in one object (first at line 6)" },
  /* json-glib stored a lone surrogate as bytes that are not UTF-8 (F7),
   * cut a name at \u0000 and let an escape sequence through (F8). */
  { "lone-surrogate.json", "lone-surrogate.json:7: a lone UTF-16 surrogate (\\uD800 to \\uDFFF) is not text" },
  { "nul-escape.json", "nul-escape.json:7: a control character (\\u00XX) is not allowed in text" },
  { "escape-control.json", "escape-control.json:7: a control character (\\u00XX) is not allowed in text" },
  { "injection-id.json", "injection-id.json:6: id: \"x'); DROP TABLE cities;--\" is not a slug "
                         "(a-z, 0-9 and single inner hyphens)" },
  { "year-2099.json", "year-2099.json:11: year: 2099 is outside 2013..@LAST@" },
  { "latitude-out-of-range.json", "latitude-out-of-range.json:22: location.lat: -95 is out of range (-90..90)" },
};

/* Every malformed file is refused with its own precise message, and the
 * user database stays byte for byte what it was. */
static void
test_import_bad_files (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *last = g_strdup_printf ("%d", g_date_time_get_year (now));
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *bad_dir = fixture_path ("bad", "");
  const char *name;
  guint n_files = 0;

  import_good (fixture, "update.csv");
  before = read_bytes (fixture->user_path);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = fixture_path ("bad", bad_files[i].file);
      g_autoptr(GString) expected = g_string_new (bad_files[i].message);
      g_autoptr(LcImportReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) after = NULL;

      g_string_replace (expected, "@LAST@", last, 0);
      g_test_message ("%s", bad_files[i].file);
      report = import (fixture, path, &error);
      g_assert_null (report);
      g_assert_error (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, expected->str);

      after = read_bytes (fixture->user_path);
      g_assert_true (g_bytes_equal (before, after));
    }

  /* Every fixture has its expected message. */
  dir = g_dir_open (bad_dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
        listed |= g_str_equal (name, bad_files[i].file);
      if (!listed)
        g_error ("tests/fixtures/import/bad/%s has no expected message", name);
      n_files++;
    }
  g_assert_cmpuint (n_files, >=, 30);
}

/* Comments and single-quoted strings, which json-glib 1.6 accepts, once
 * hid a '"' from the depth check: 80 000 brackets behind one then
 * overflowed the stack in json-glib (reliability review F1). Both are
 * refused, with the line, before json-glib sees the file. */
static void
test_import_json_strict (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct {
    const char *file;
    const char *before_brackets;
    const char *after_brackets;
    const char *message;
  } crafted[] = {
    { "deep-bypass-comment.json", "\n/* \" */ \"cities\": ", "}\n",
      "deep-bypass-comment.json:2: comments are not allowed in JSON" },
    { "deep-bypass-single-quote.json", "\"cities\": [\n'\"', ", "]}\n",
      "deep-bypass-single-quote.json:2: single quotes are not allowed in JSON: use double quotes" },
  };
  const guint depth = 80000;
  g_autoptr(GBytes) before = NULL;

  import_good (fixture, "update.csv");
  before = read_bytes (fixture->user_path);

  for (guint i = 0; i < G_N_ELEMENTS (crafted); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, crafted[i].file, NULL);
      g_autoptr(GString) text = g_string_new ("{\"format\": \"learning-cities/cities\", \"version\": 1, ");
      g_autoptr(LcImportReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) after = NULL;

      g_string_append (text, crafted[i].before_brackets);
      for (guint j = 0; j < depth; j++)
        g_string_append_c (text, '[');
      for (guint j = 0; j < depth; j++)
        g_string_append_c (text, ']');
      g_string_append (text, crafted[i].after_brackets);
      g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));

      report = import (fixture, path, &error);
      g_assert_null (report);
      g_assert_error (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, crafted[i].message);
      after = read_bytes (fixture->user_path);
      g_assert_true (g_bytes_equal (before, after));
    }
}

/* Every problem of a file at once, so one round of fixes is enough. */
static void
test_import_all_problems (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char csv[] =
    LC_EXPORT_CSV_COLUMNS "\n"
    "a,A,,,GB,Africa,1850,,,false,member,,,,https://example.org\n"
    "b,B,,,ZZ,Africa,2020,,,false,member,,,,https://example.org\n"
    "c,C,,,GB,Africa,2020,,,false,member,100,0,override,ftp://example.org\n";
  g_autoptr(LcCountries) countries = lc_countries_get_default (NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  records = lc_import_parse ("x.csv", csv, strlen (csv), countries, &error);
  g_assert_null (records);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[0], "x.csv:2: year: 1850"));
  g_assert_true (g_str_has_prefix (lines[1], "x.csv:3: country_code: unknown country \"ZZ\""));
  g_assert_true (g_str_has_prefix (lines[2], "x.csv:4: latitude: 100 is out of range"));
  g_assert_true (g_str_has_prefix (lines[3], "x.csv:4: sources: \"ftp://example.org\""));
}

static void
test_import_limits (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *big = g_build_filename (fixture->dir, "big.csv", NULL);
  g_autofree char *rows = g_build_filename (fixture->dir, "rows.csv", NULL);
  g_autoptr(GString) text = g_string_new (LC_EXPORT_CSV_COLUMNS "\n");
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  FILE *file;

  /* 51 MB, sparse: refused by its size before it is read. */
  file = fopen (big, "w");
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), 51 * 1024 * 1024), ==, 0);
  fclose (file);
  report = import (fixture, big, &error);
  g_assert_error (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "big.csv: the file is 53.5\u00a0MB; an import may be at most 50 MB");
  g_clear_error (&error);

  for (guint i = 0; i <= LC_IMPORT_MAX_ROWS; i++)
    g_string_append_printf (text, "c%u,C,,,GB,Africa,2020,,,false,member,,,,https://example.org\n", i);
  g_file_set_contents (rows, text->str, text->len, &error);
  g_assert_no_error (error);
  report = import (fixture, rows, &error);
  g_assert_error (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "rows.csv:100002: more than 100000 rows: split the file");
  g_assert_false (g_file_test (fixture->user_path, G_FILE_TEST_EXISTS));
}

/* --export-user-data's CSV imports back to the same cities. */
static void
test_import_export_round_trip (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GListModel) user_cities = NULL;
  g_autoptr(LcCountries) countries = lc_countries_get_default (NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *moved = NULL;

  import_good (fixture, "update.csv");
  user_cities = lc_store_get_user_cities (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (user_cities), ==, 3);
  first = lc_import_write_csv (user_cities);
  g_clear_object (&user_cities);

  /* Into an empty user database: the same three cities come back. */
  moved = lc_user_db_move_aside (fixture->user_path, "removed", &error);
  g_assert_no_error (error);
  g_assert_true (lc_store_reload (fixture->store, &error));
  g_assert_cmpint (lc_city_get_year (lc_store_get_city (fixture->store, "abuja")), ==, 2017);
  g_assert_null (lc_store_get_city (fixture->store, "new-town"));

  records = lc_import_parse ("export.csv", first, strlen (first), countries, &error);
  g_assert_no_error (error);
  report = lc_import_apply (fixture->store, fixture->user_path, records, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 2);
  g_assert_cmpuint (report->n_changed, ==, 1);
  g_assert_true (lc_store_reload (fixture->store, &error));

  user_cities = lc_store_get_user_cities (fixture->store);
  second = lc_import_write_csv (user_cities);
  g_assert_cmpstr (first, ==, second);
}

/* Cells a spreadsheet would run as formulas leave with a "'" before them
 * and come back without (reliability review F9); numbers such as a
 * southern latitude stay numbers. As in a spreadsheet, a "'" before a
 * formula in a file read is that mark, not part of the text. */
static void
test_import_export_formulas (Fixture       *fixture,
                             gconstpointer  data)
{
  static const char csv[] =
    "id,name,alt_names,country,country_code,region,year,year_from,year_to,year_inferred,status,"
    "latitude,longitude,location_method,sources\n"
    "formula-a,\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"Click\"\")\",+cmd|' /C calc'!A0;@SUM(1+1),"
    "Brazil,BR,Latin America and the Caribbean,2022,,,false,member,-23.5,-46.6,override,https://example.org/a\n"
    "formula-b,''=twice,-minus,Brazil,BR,Latin America and the Caribbean,2022,,,false,member,"
    ",,unknown,https://example.org/b\n";
  g_autoptr(LcCountries) countries = lc_countries_get_default (NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GListModel) user_cities = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *again = NULL;
  LcCity *city;

  records = lc_import_parse ("formulas.csv", csv, strlen (csv), countries, &error);
  g_assert_no_error (error);
  report = lc_import_apply (fixture->store, fixture->user_path, records, &error);
  g_assert_no_error (error);
  g_assert_true (lc_store_reload (fixture->store, &error));
  city = lc_store_get_city (fixture->store, "formula-a");
  g_assert_cmpstr (lc_city_get_name (city), ==, "=HYPERLINK(\"http://evil.example/\",\"Click\")");
  g_assert_cmpstr (lc_city_get_name (lc_store_get_city (fixture->store, "formula-b")), ==, "'=twice");

  user_cities = lc_store_get_user_cities (fixture->store);
  exported = lc_import_write_csv (user_cities);
  g_test_message ("%s", exported);
  g_assert_nonnull (strstr (exported, ",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Click\"\")\","));
  g_assert_nonnull (strstr (exported, ",'+cmd|' /C calc'!A0; @SUM(1+1),"));
  g_assert_nonnull (strstr (exported, ",''=twice,'-minus,"));
  g_assert_nonnull (strstr (exported, ",-23.5000,-46.6000,"));
  g_assert_null (strstr (exported, ",=HYPERLINK"));

  /* Read back, the same cities: nothing changes. */
  g_clear_pointer (&records, g_ptr_array_unref);
  g_clear_pointer (&report, lc_import_report_free);
  records = lc_import_parse ("exported.csv", exported, strlen (exported), countries, &error);
  g_assert_no_error (error);
  report = lc_import_apply (fixture->store, fixture->user_path, records, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 0);
  g_assert_cmpuint (report->n_changed, ==, 0);
  g_assert_true (lc_store_reload (fixture->store, &error));
  g_clear_object (&user_cities);
  user_cities = lc_store_get_user_cities (fixture->store);
  again = lc_import_write_csv (user_cities);
  g_assert_cmpstr (again, ==, exported);
}

/* A write that fails half-way, inside the transaction, leaves the user
 * database as it was, byte for byte. */
static void
test_import_interrupted (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(LcCountries) countries = lc_countries_get_default (NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GString) csv = g_string_new (LC_EXPORT_CSV_COLUMNS "\n");

  import_good (fixture, "injection-name.csv");
  before = read_bytes (fixture->user_path);

  for (guint i = 0; i < 10; i++)
    g_string_append_printf (csv, "town-%u,Town %u,,,GB,Africa,2020,,,false,member,1,%u,override,https://example.org\n",
                            i, i, i);
  records = lc_import_parse ("ten.csv", csv->str, csv->len, countries, &error);
  g_assert_no_error (error);

  _lc_import_set_interrupt (LC_IMPORT_INTERRUPT_ERROR, 5);
  report = lc_import_apply (fixture->store, fixture->user_path, records, &error);
  _lc_import_set_interrupt (LC_IMPORT_INTERRUPT_NONE, 0);
  g_assert_null (report);
  g_assert_error (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "Nothing was imported: "));

  after = read_bytes (fixture->user_path);
  g_assert_true (g_bytes_equal (before, after));
  g_clear_error (&error);
  g_assert_true (lc_store_reload (fixture->store, &error));
  g_assert_null (lc_store_get_city (fixture->store, "town-0"));
  g_assert_nonnull (lc_store_get_city (fixture->store, "bobby-tables"));
}

/* The process dies in the middle of the transaction, after SQLite wrote
 * pages to the file: the next open rolls the journal back. */
static void
test_import_crash (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *shipped = lc_store_get_default_path ();
  g_autoptr(LcStore) reopened = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(LcCountries) countries = lc_countries_get_default (NULL);
      g_autoptr(GString) csv = g_string_new (LC_EXPORT_CSV_COLUMNS "\n");
      g_autoptr(GPtrArray) records = NULL;
      const char *user_path = g_getenv ("LC_TEST_USER_DB");
      g_autoptr(LcStore) store = lc_store_open_with_user_data (shipped, user_path, NULL);

      for (guint i = 0; i < 2000; i++)
        g_string_append_printf (csv, "town-%u,Town %u,,,GB,Africa,2020,,,false,member,1,1,override,"
                                "https://example.org/%u\n", i, i, i);
      records = lc_import_parse ("many.csv", csv->str, csv->len, countries, NULL);
      _lc_import_set_interrupt (LC_IMPORT_INTERRUPT_ABORT, 1000);
      lc_import_apply (store, user_path, records, NULL);
      g_assert_not_reached ();
    }

  import_good (fixture, "update.csv");
  before = read_bytes (fixture->user_path);

  g_setenv ("LC_TEST_USER_DB", fixture->user_path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  /* The crash left a journal; opening the database rolls it back. */
  journal = g_strconcat (fixture->user_path, "-journal", NULL);
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));
  reopened = lc_store_open_with_user_data (shipped, fixture->user_path, &error);
  g_assert_no_error (error);
  g_assert_null (lc_store_get_user_problem (reopened));
  g_assert_null (lc_store_get_city (reopened, "town-0"));
  g_assert_nonnull (lc_store_get_city (reopened, "new-town"));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));

  after = read_bytes (fixture->user_path);
  g_assert_true (g_bytes_equal (before, after));
}

static char *
find_moved (Fixture    *fixture,
            const char *why)
{
  g_autofree char *dir_path = g_path_get_dirname (fixture->user_path);
  g_autofree char *prefix = g_strdup_printf ("user.db.%s-", why);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && !g_str_has_suffix (name, "-journal"))
      return g_build_filename (dir_path, name, NULL);
  return NULL;
}

/* A damaged user database: the app shows the shipped data, says so, and
 * keeps the file, renamed with the date. */
static void
check_damaged (Fixture    *fixture,
               GBytes     *contents,
               const char *reason)
{
  g_autofree char *shipped = lc_store_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (fixture->user_path);
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *moved = NULL;
  g_autoptr(GBytes) kept = NULL;
  const char *problem;

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (fixture->user_path, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents), &error);
  g_assert_no_error (error);

  store = lc_store_open_with_user_data (shipped, fixture->user_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpuint (lc_store_count_cities (store), ==, lc_store_count_cities (fixture->store));
  g_assert_cmpint (lc_city_get_year (lc_store_get_city (store, "abuja")), ==, 2017);

  problem = lc_store_get_user_problem (store);
  g_assert_nonnull (problem);
  g_test_message ("%s", problem);
  g_assert_nonnull (strstr (problem, reason));
  g_assert_false (g_file_test (fixture->user_path, G_FILE_TEST_EXISTS));

  moved = find_moved (fixture, "corrupt");
  g_assert_nonnull (moved);
  g_assert_nonnull (strstr (problem, moved));
  g_assert_true (g_regex_match_simple ("user\\.db\\.corrupt-[0-9]{8}-[0-9]{6}$", moved, 0, 0));
  kept = read_bytes (moved);
  g_assert_true (g_bytes_equal (kept, contents));
  g_unlink (moved);
}

static void
test_user_db_corrupt (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GBytes) garbage = g_bytes_new_static ("this is not a database, just text\n" "0123456789abcdef"
                                                  "0123456789abcdef0123456789abcdef0123456789abcdef", 98);
  g_autoptr(GBytes) valid = NULL;
  g_autoptr(GBytes) truncated = NULL;
  g_autoptr(GBytes) header_only = NULL;

  check_damaged (fixture, garbage, "file is not a database");

  import_good (fixture, "update.csv");
  valid = read_bytes (fixture->user_path);
  g_clear_object (&fixture->store);
  g_unlink (fixture->user_path);
  {
    g_autofree char *shipped = lc_store_get_default_path ();

    fixture->store = lc_store_open (shipped, NULL);
  }

  /* Cut in the middle of a page, and cut after the header only. */
  truncated = g_bytes_new_from_bytes (valid, 0, g_bytes_get_size (valid) / 2 + 100);
  check_damaged (fixture, truncated, "is damaged");
  header_only = g_bytes_new_from_bytes (valid, 0, 100);
  check_damaged (fixture, header_only, "is damaged");
}

/* A user database that cannot be opened this time (here a folder where the
 * file should be; a permission or I/O error alike) is not "corrupt": it
 * stays where it is, and the app says why it shows the shipped data
 * (reliability review F16). */
static void
test_user_db_unopenable (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *shipped = lc_store_get_default_path ();
  g_autofree char *inside = g_build_filename (fixture->user_path, "kept", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *data_dir = g_path_get_dirname (fixture->user_path);
  const char *name;

  g_assert_cmpint (g_mkdir_with_parents (fixture->user_path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "mine", -1, NULL));

  store = lc_store_open_with_user_data (shipped, fixture->user_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lc_store_get_user_problem (store));
  g_assert_nonnull (strstr (lc_store_get_user_problem (store), "The app shows the shipped data"));
  g_assert_null (strstr (lc_store_get_user_problem (store), "moved"));
  g_assert_cmpuint (lc_store_count_cities (store), ==, lc_store_count_cities (fixture->store));

  /* Nothing was renamed. */
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  dir = g_dir_open (data_dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, "user.db.corrupt"));
}

/* A link in place of the user database is neither followed for writing
 * (a dangling one made the import create its target elsewhere) nor read
 * (reliability review F12). */
static void
test_user_db_symlink (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *data_dir = g_path_get_dirname (fixture->user_path);
  g_autofree char *elsewhere = g_build_filename (fixture->dir, "elsewhere.db", NULL);
  g_autofree char *update = fixture_path ("good", "update.csv");
  g_autofree char *shipped = lc_store_get_default_path ();
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  g_assert_cmpint (symlink (elsewhere, fixture->user_path), ==, 0);

  report = import (fixture, update, &error);
  g_assert_null (report);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "is not a regular file"));
  g_assert_false (g_file_test (elsewhere, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fixture->user_path, G_FILE_TEST_IS_SYMLINK));

  /* Opened to read: the shipped data, and why. */
  g_clear_error (&error);
  store = lc_store_open_with_user_data (shipped, fixture->user_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (lc_store_get_user_problem (store), "is not a regular file"));
  g_assert_false (g_file_test (elsewhere, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fixture->user_path, G_FILE_TEST_IS_SYMLINK));
}

static void
test_user_db_newer (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GBytes) contents = NULL;
  sqlite3 *db = NULL;

  import_good (fixture, "update.csv");
  g_clear_object (&fixture->store);
  g_assert_cmpint (sqlite3_open (fixture->user_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  contents = read_bytes (fixture->user_path);
  g_unlink (fixture->user_path);
  {
    g_autofree char *shipped = lc_store_get_default_path ();

    fixture->store = lc_store_open (shipped, NULL);
  }

  check_damaged (fixture, contents, "was written by a newer version of Learning Cities (schema 99; this version reads 1)");
}

/* Another process holds the write lock: the shipped data is shown and the
 * file is left alone, since the other process is using it. */
static void
test_user_db_locked (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *shipped = lc_store_get_default_path ();
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *path = fixture_path ("good", "update.json");
  g_autoptr(LcImportReport) report = NULL;
  sqlite3 *db = NULL;

  import_good (fixture, "update.csv");
  before = read_bytes (fixture->user_path);

  g_assert_cmpint (sqlite3_open (fixture->user_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  store = lc_store_open_with_user_data (shipped, fixture->user_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (lc_store_get_user_problem (store), "is in use by another program"));
  g_assert_null (lc_store_get_city (store, "new-town"));
  g_assert_true (g_file_test (fixture->user_path, G_FILE_TEST_EXISTS));
  g_assert_null (find_moved (fixture, "corrupt"));

  /* An import waits briefly, then gives up without writing. */
  report = import (fixture, path, &error);
  g_assert_null (report);
  g_assert_error (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "is in use by another program"));

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  after = read_bytes (fixture->user_path);
  g_assert_true (g_bytes_equal (before, after));
}

static int
user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

/* From every earlier user_version to the current one. Version 0 is an
 * empty file (as left by a crash before the first import committed). */
static void
test_user_db_migrations (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (fixture->user_path);
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_mkdir_with_parents (dir, 0700);
  for (int from = 0; from < LC_USER_DB_SCHEMA_VERSION; from++)
    {
      g_unlink (fixture->user_path);
      /* Only v0 exists so far: an empty file. */
      g_assert_cmpint (from, ==, 0);
      g_file_set_contents (fixture->user_path, "", 0, &error);
      g_assert_no_error (error);

      /* Read-only it is no user data, and no problem. */
      g_assert_true (lc_store_reload (fixture->store, &error));
      g_assert_null (lc_store_get_user_problem (fixture->store));

      db = lc_user_db_open (fixture->user_path, TRUE, &error);
      g_assert_no_error (error);
      sqlite3_close (db);
      g_assert_cmpint (user_version (fixture->user_path), ==, LC_USER_DB_SCHEMA_VERSION);

      import_good (fixture, "update.csv");
      g_assert_nonnull (lc_store_get_city (fixture->store, "new-town"));
    }

  /* A version-0 file that has tables is someone else's database. */
  g_unlink (fixture->user_path);
  g_assert_cmpint (sqlite3_open (fixture->user_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE other (x)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_null (lc_user_db_open (fixture->user_path, TRUE, &error));
  g_assert_error (error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_CORRUPT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/csv/valid", test_import_valid_csv);
  ADD ("/import/json/valid", test_import_valid_json);
  ADD ("/import/twice", test_import_twice);
  ADD ("/import/list-output", test_import_list_output);
  ADD ("/import/injection-is-text", test_import_injection_is_text);
  ADD ("/import/search-syntax", test_import_search_syntax);
  ADD ("/import/bad-files", test_import_bad_files);
  ADD ("/import/json/strict", test_import_json_strict);
  ADD ("/import/all-problems", test_import_all_problems);
  ADD ("/import/limits", test_import_limits);
  ADD ("/import/export-round-trip", test_import_export_round_trip);
  ADD ("/import/export-formulas", test_import_export_formulas);
  ADD ("/import/interrupted", test_import_interrupted);
  ADD ("/import/crash", test_import_crash);
  ADD ("/user-db/corrupt", test_user_db_corrupt);
  ADD ("/user-db/newer", test_user_db_newer);
  ADD ("/user-db/unopenable", test_user_db_unopenable);
  ADD ("/user-db/symlink", test_user_db_symlink);
  ADD ("/user-db/locked", test_user_db_locked);
  ADD ("/user-db/migrations", test_user_db_migrations);
#undef ADD

  return g_test_run ();
}
