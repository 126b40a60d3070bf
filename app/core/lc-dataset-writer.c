/* lc-dataset-writer.c: compiling a validated dataset into SQLite
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-dataset-writer"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "lc-city.h"
#include "lc-cohort.h"
#include "lc-dataset-writer.h"
#include "lc-dataset-writer-private.h"
#include "lc-store.h"
#include "lc-text.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* The schema the store reads. Change it together with
 * LC_STORE_SCHEMA_VERSION and lc-store.c. */
static const char schema[] =
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
  "CREATE TABLE regions (id INTEGER PRIMARY KEY, short_name TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL);"
  "CREATE TABLE countries (code TEXT PRIMARY KEY, alpha3 TEXT, numeric TEXT,"
  "  name TEXT NOT NULL, iso_name TEXT NOT NULL, official_name TEXT, flag TEXT);"
  "CREATE TABLE cohorts (year INTEGER PRIMARY KEY, announced TEXT NOT NULL,"
  "  new_cities INTEGER, new_countries INTEGER, total_cities_after INTEGER,"
  "  total_countries_after INTEGER, note TEXT);"
  "CREATE TABLE cohort_sources (cohort_year INTEGER NOT NULL REFERENCES cohorts (year),"
  "  position INTEGER NOT NULL, url TEXT NOT NULL);"
  "CREATE TABLE cities (id TEXT PRIMARY KEY, name TEXT NOT NULL, sort_key TEXT NOT NULL,"
  "  country TEXT NOT NULL REFERENCES countries (code),"
  "  region INTEGER NOT NULL REFERENCES regions (id),"
  "  year INTEGER, year_from INTEGER, year_to INTEGER,"
  "  year_min INTEGER NOT NULL, year_max INTEGER NOT NULL,"
  "  year_inferred INTEGER NOT NULL, year_reason TEXT,"
  "  status TEXT NOT NULL, status_reason TEXT,"
  "  latitude REAL, longitude REAL, location_method TEXT, geonameid INTEGER,"
  "  location_note TEXT, notes TEXT);"
  "CREATE TABLE alt_names (city_id TEXT NOT NULL REFERENCES cities (id),"
  "  position INTEGER NOT NULL, name TEXT NOT NULL);"
  /* Every URL a city's facts rest on; kind is membership, initiative or
   * dispute, and ref the initiative's or dispute's rowid. */
  "CREATE TABLE sources (city_id TEXT NOT NULL REFERENCES cities (id), kind TEXT NOT NULL,"
  "  ref INTEGER, position INTEGER NOT NULL, url TEXT NOT NULL);"
  "CREATE TABLE awards (city_id TEXT NOT NULL REFERENCES cities (id), year INTEGER NOT NULL,"
  "  source TEXT NOT NULL);"
  "CREATE TABLE initiatives (id INTEGER PRIMARY KEY, city_id TEXT NOT NULL REFERENCES cities (id),"
  "  position INTEGER NOT NULL, text TEXT NOT NULL);"
  "CREATE TABLE quotes (id INTEGER PRIMARY KEY, city_id TEXT NOT NULL REFERENCES cities (id),"
  "  position INTEGER NOT NULL, text TEXT NOT NULL, lang TEXT NOT NULL, gloss TEXT,"
  "  speaker TEXT NOT NULL, role TEXT, date TEXT NOT NULL, date_note TEXT, note TEXT,"
  "  reported INTEGER NOT NULL, source TEXT NOT NULL);"
  "CREATE TABLE disputes (id INTEGER PRIMARY KEY, city_id TEXT NOT NULL REFERENCES cities (id),"
  "  position INTEGER NOT NULL, field TEXT NOT NULL, chosen TEXT NOT NULL,"
  "  alternative TEXT NOT NULL, reason TEXT NOT NULL);"
  "CREATE INDEX alt_names_city ON alt_names (city_id);"
  "CREATE INDEX sources_city ON sources (city_id, kind);"
  "CREATE INDEX awards_city ON awards (city_id);"
  "CREATE INDEX initiatives_city ON initiatives (city_id);"
  "CREATE INDEX quotes_city ON quotes (city_id);"
  "CREATE INDEX disputes_city ON disputes (city_id);"
  /* unicode61 removes most diacritics; the folded column adds what it does
   * not know (Đ, ø, ı, ł, ß) and so makes "Ha Noi" or "resita" match too. */
  "CREATE VIRTUAL TABLE city_search USING fts5 (id UNINDEXED, name, alt_names, country,"
  "  initiatives, folded, tokenize = 'unicode61 remove_diacritics 2');";

static gboolean
fail (sqlite3     *db,
      GError     **error,
      const char  *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

static sqlite3_stmt *
prepare (sqlite3     *db,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      fail (db, error, sql);
      return NULL;
    }
  return stmt;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_count (sqlite3_stmt *stmt,
            int           index,
            int           count)
{
  if (count >= 0)
    sqlite3_bind_int (stmt, index, count);
  else
    sqlite3_bind_null (stmt, index);
}

static void
bind_year (sqlite3_stmt *stmt,
           int           index,
           int           year)
{
  if (year != 0)
    sqlite3_bind_int (stmt, index, year);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
step (sqlite3       *db,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return fail (db, error, sqlite3_sql (stmt));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return TRUE;
}

static gboolean
write_sources (sqlite3             *db,
               sqlite3_stmt        *stmt,
               const char          *city_id,
               const char          *kind,
               sqlite3_int64        ref,
               const char * const  *urls,
               GError             **error)
{
  for (guint i = 0; urls != NULL && urls[i] != NULL; i++)
    {
      bind_text (stmt, 1, city_id);
      bind_text (stmt, 2, kind);
      if (ref > 0)
        sqlite3_bind_int64 (stmt, 3, ref);
      sqlite3_bind_int (stmt, 4, (int) i);
      bind_text (stmt, 5, urls[i]);
      if (!step (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_cohorts (sqlite3    *db,
               LcDataset  *dataset,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) insert_source = NULL;
  GPtrArray *cohorts = lc_dataset_get_cohorts (dataset);

  insert = prepare (db, "INSERT INTO cohorts VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  insert_source = prepare (db, "INSERT INTO cohort_sources VALUES (?, ?, ?)", error);
  if (insert == NULL || insert_source == NULL)
    return FALSE;

  for (guint i = 0; i < cohorts->len; i++)
    {
      LcCohort *cohort = g_ptr_array_index (cohorts, i);
      const char * const *sources = lc_cohort_get_sources (cohort);

      sqlite3_bind_int (insert, 1, lc_cohort_get_year (cohort));
      bind_text (insert, 2, lc_cohort_get_announced (cohort));
      bind_count (insert, 3, lc_cohort_get_new_cities (cohort));
      bind_count (insert, 4, lc_cohort_get_new_countries (cohort));
      bind_count (insert, 5, lc_cohort_get_total_cities_after (cohort));
      bind_count (insert, 6, lc_cohort_get_total_countries_after (cohort));
      bind_text (insert, 7, lc_cohort_get_note (cohort));
      if (!step (db, insert, error))
        return FALSE;

      for (guint s = 0; sources[s] != NULL; s++)
        {
          sqlite3_bind_int (insert_source, 1, lc_cohort_get_year (cohort));
          sqlite3_bind_int (insert_source, 2, (int) s);
          bind_text (insert_source, 3, sources[s]);
          if (!step (db, insert_source, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_countries (sqlite3    *db,
                 LcDataset  *dataset,
                 GError    **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  LcCountries *countries = lc_dataset_get_countries (dataset);
  GPtrArray *cities = lc_dataset_get_cities (dataset);

  insert = prepare (db, "INSERT INTO countries VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  if (insert == NULL)
    return FALSE;

  /* Only the countries that have a member city. */
  for (guint i = 0; i < cities->len; i++)
    {
      const char *code = lc_city_get_country_code (g_ptr_array_index (cities, i));
      const LcCountry *country = lc_countries_get_by_alpha2 (countries, code);

      if (!g_hash_table_add (seen, (gpointer) code))
        continue;

      bind_text (insert, 1, country->alpha2);
      bind_text (insert, 2, country->alpha3);
      bind_text (insert, 3, country->numeric);
      bind_text (insert, 4, country->name);
      bind_text (insert, 5, country->iso_name);
      bind_text (insert, 6, country->official_name);
      bind_text (insert, 7, country->flag);
      if (!step (db, insert, error))
        return FALSE;
    }

  return TRUE;
}

/* Folded, and without leading punctuation: 's-Hertogenbosch sorts under H. */
static char *
make_sort_key (const char *name)
{
  g_autofree char *folded = lc_text_fold (name);
  const char *start = folded;

  while (*start != '\0' && !g_unichar_isalnum (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  return g_strdup (*start != '\0' ? start : folded);
}

static char *
search_folded (LcCity          *city,
               const LcCountry *country)
{
  g_autoptr(GString) text = g_string_new (lc_city_get_name (city));
  const char * const *alt_names = lc_city_get_alt_names (city);
  const char *country_names[] = { country->name, country->iso_name, country->official_name };

  for (guint i = 0; alt_names[i] != NULL; i++)
    g_string_append_printf (text, " %s", alt_names[i]);
  for (guint i = 0; i < G_N_ELEMENTS (country_names); i++)
    if (country_names[i] != NULL)
      g_string_append_printf (text, " %s", country_names[i]);

  return lc_text_fold (text->str);
}

struct _LcCityWriter
{
  sqlite3      *db;
  LcCountries  *countries;
  sqlite3_stmt *insert;
  sqlite3_stmt *insert_alt;
  sqlite3_stmt *insert_source;
  sqlite3_stmt *insert_award;
  sqlite3_stmt *insert_initiative;
  sqlite3_stmt *insert_quote;
  sqlite3_stmt *insert_dispute;
  sqlite3_stmt *insert_search;
  sqlite3_stmt *insert_country;
  sqlite3_stmt *deletes[8];
};

/* Every table that holds a row per city, and its key column. */
static const char * const city_tables[][2] = {
  { "sources", "city_id" }, { "alt_names", "city_id" }, { "awards", "city_id" },
  { "initiatives", "city_id" }, { "quotes", "city_id" }, { "disputes", "city_id" },
  { "city_search", "id" }, { "cities", "id" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (city_tables) == 8);

/**
 * _lc_city_writer_new:
 * @db: a database with the schema of _lc_dataset_writer_create_schema()
 * @countries: the countries the cities name
 * @error: the return location for a #GError
 *
 * Prepares the statements that write one city with its details. The
 * compiler uses it for the shipped database and the importer for the
 * user's: both hold the same tables.
 *
 * Returns: (transfer full) (nullable): a writer, or %NULL on error
 */
LcCityWriter *
_lc_city_writer_new (sqlite3      *db,
                     LcCountries  *countries,
                     GError      **error)
{
  LcCityWriter *self = g_new0 (LcCityWriter, 1);

  self->db = db;
  self->countries = g_object_ref (countries);
  self->insert = prepare (db,
                          "INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                          " ?, ?, ?, ?, ?, ?)", error);
  if (self->insert == NULL)
    goto failed;
  self->insert_alt = prepare (db, "INSERT INTO alt_names VALUES (?, ?, ?)", error);
  if (self->insert_alt == NULL)
    goto failed;
  self->insert_source = prepare (db, "INSERT INTO sources VALUES (?, ?, ?, ?, ?)", error);
  if (self->insert_source == NULL)
    goto failed;
  self->insert_award = prepare (db, "INSERT INTO awards VALUES (?, ?, ?)", error);
  if (self->insert_award == NULL)
    goto failed;
  self->insert_initiative = prepare (db, "INSERT INTO initiatives (city_id, position, text) VALUES (?, ?, ?)",
                                     error);
  if (self->insert_initiative == NULL)
    goto failed;
  self->insert_quote = prepare (db,
                                "INSERT INTO quotes (city_id, position, text, lang, gloss, speaker, role,"
                                " date, date_note, note, reported, source)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (self->insert_quote == NULL)
    goto failed;
  self->insert_dispute = prepare (db,
                                  "INSERT INTO disputes (city_id, position, field, chosen, alternative, reason)"
                                  " VALUES (?, ?, ?, ?, ?, ?)", error);
  if (self->insert_dispute == NULL)
    goto failed;
  self->insert_search = prepare (db, "INSERT INTO city_search VALUES (?, ?, ?, ?, ?, ?)", error);
  if (self->insert_search == NULL)
    goto failed;
  self->insert_country = prepare (db, "INSERT OR IGNORE INTO countries VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  if (self->insert_country == NULL)
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (city_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ?",
                                              city_tables[i][0], city_tables[i][1]);

      self->deletes[i] = prepare (db, sql, error);
      if (self->deletes[i] == NULL)
        goto failed;
    }

  return self;

failed:
  _lc_city_writer_free (self);
  return NULL;
}

void
_lc_city_writer_free (LcCityWriter *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->insert, sqlite3_finalize);
  g_clear_pointer (&self->insert_alt, sqlite3_finalize);
  g_clear_pointer (&self->insert_source, sqlite3_finalize);
  g_clear_pointer (&self->insert_award, sqlite3_finalize);
  g_clear_pointer (&self->insert_initiative, sqlite3_finalize);
  g_clear_pointer (&self->insert_quote, sqlite3_finalize);
  g_clear_pointer (&self->insert_dispute, sqlite3_finalize);
  g_clear_pointer (&self->insert_search, sqlite3_finalize);
  g_clear_pointer (&self->insert_country, sqlite3_finalize);
  for (guint i = 0; i < G_N_ELEMENTS (self->deletes); i++)
    g_clear_pointer (&self->deletes[i], sqlite3_finalize);
  g_clear_object (&self->countries);
  g_free (self);
}

/**
 * _lc_city_writer_delete:
 * @self: a #LcCityWriter
 * @id: a city id
 * @error: the return location for a #GError
 *
 * Removes every row of the city @id, if there are any.
 *
 * Returns: %TRUE on success
 */
gboolean
_lc_city_writer_delete (LcCityWriter  *self,
                        const char    *id,
                        GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->deletes); i++)
    {
      bind_text (self->deletes[i], 1, id);
      if (!step (self->db, self->deletes[i], error))
        return FALSE;
    }
  return TRUE;
}

/**
 * _lc_city_writer_write:
 * @self: a #LcCityWriter
 * @city: a valid city with its details
 * @error: the return location for a #GError
 *
 * Inserts @city, its details, its search row and its country if that is
 * not there yet. The city's id must not be in the database.
 *
 * Returns: %TRUE on success
 */
gboolean
_lc_city_writer_write (LcCityWriter  *self,
                       LcCity        *city,
                       GError       **error)
{
  sqlite3 *db = self->db;
  const char *id = lc_city_get_id (city);
  const LcCountry *country = lc_countries_get_by_alpha2 (self->countries, lc_city_get_country_code (city));
  const char * const *alt_names = lc_city_get_alt_names (city);
  g_autofree char *sort_key = make_sort_key (lc_city_get_name (city));
  g_autofree char *alt_text = g_strjoinv (" ", (char **) alt_names);
  g_autofree char *folded = NULL;
  g_autoptr(GString) country_text = NULL;
  g_autoptr(GString) initiative_text = g_string_new (NULL);
  GPtrArray *awards = lc_city_get_awards (city);
  GPtrArray *initiatives = lc_city_get_initiatives (city);
  GPtrArray *quotes = lc_city_get_quotes (city);
  GPtrArray *disputes = lc_city_get_disputes (city);

  if (country == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: unknown country %s",
                   id, lc_city_get_country_code (city));
      return FALSE;
    }
  folded = search_folded (city, country);
  country_text = g_string_new (country->name);

  bind_text (self->insert_country, 1, country->alpha2);
  bind_text (self->insert_country, 2, country->alpha3);
  bind_text (self->insert_country, 3, country->numeric);
  bind_text (self->insert_country, 4, country->name);
  bind_text (self->insert_country, 5, country->iso_name);
  bind_text (self->insert_country, 6, country->official_name);
  bind_text (self->insert_country, 7, country->flag);
  if (!step (db, self->insert_country, error))
    return FALSE;

  bind_text (self->insert, 1, id);
  bind_text (self->insert, 2, lc_city_get_name (city));
  bind_text (self->insert, 3, sort_key);
  bind_text (self->insert, 4, lc_city_get_country_code (city));
  sqlite3_bind_int (self->insert, 5, lc_city_get_region (city));
  bind_year (self->insert, 6, lc_city_get_year (city));
  bind_year (self->insert, 7, lc_city_get_year_from (city));
  bind_year (self->insert, 8, lc_city_get_year_to (city));
  sqlite3_bind_int (self->insert, 9, lc_city_get_year_min (city));
  sqlite3_bind_int (self->insert, 10, lc_city_get_year_max (city));
  sqlite3_bind_int (self->insert, 11, lc_city_get_year_inferred (city));
  bind_text (self->insert, 12, lc_city_get_year_reason (city));
  bind_text (self->insert, 13, lc_city_get_status (city));
  bind_text (self->insert, 14, lc_city_get_status_reason (city));
  if (lc_city_has_location (city))
    {
      sqlite3_bind_double (self->insert, 15, lc_city_get_latitude (city));
      sqlite3_bind_double (self->insert, 16, lc_city_get_longitude (city));
    }
  bind_text (self->insert, 17, lc_city_get_location_method (city));
  if (lc_city_get_geonameid (city) > 0)
    sqlite3_bind_int64 (self->insert, 18, lc_city_get_geonameid (city));
  bind_text (self->insert, 19, lc_city_get_location_note (city));
  bind_text (self->insert, 20, lc_city_get_notes (city));
  if (!step (db, self->insert, error))
    return FALSE;

  for (guint a = 0; alt_names[a] != NULL; a++)
    {
      bind_text (self->insert_alt, 1, id);
      sqlite3_bind_int (self->insert_alt, 2, (int) a);
      bind_text (self->insert_alt, 3, alt_names[a]);
      if (!step (db, self->insert_alt, error))
        return FALSE;
    }

  if (!write_sources (db, self->insert_source, id, "membership", 0, lc_city_get_sources (city), error))
    return FALSE;

  for (guint a = 0; awards != NULL && a < awards->len; a++)
    {
      LcAward *award = g_ptr_array_index (awards, a);

      bind_text (self->insert_award, 1, id);
      sqlite3_bind_int (self->insert_award, 2, award->year);
      bind_text (self->insert_award, 3, award->source);
      if (!step (db, self->insert_award, error))
        return FALSE;
    }

  for (guint n = 0; initiatives != NULL && n < initiatives->len; n++)
    {
      LcInitiative *initiative = g_ptr_array_index (initiatives, n);

      bind_text (self->insert_initiative, 1, id);
      sqlite3_bind_int (self->insert_initiative, 2, (int) n);
      bind_text (self->insert_initiative, 3, initiative->text);
      if (!step (db, self->insert_initiative, error)
          || !write_sources (db, self->insert_source, id, "initiative", sqlite3_last_insert_rowid (db),
                             (const char * const *) initiative->sources, error))
        return FALSE;
      g_string_append_printf (initiative_text, "%s\n", initiative->text);
    }

  for (guint q = 0; quotes != NULL && q < quotes->len; q++)
    {
      LcQuote *quote = g_ptr_array_index (quotes, q);

      bind_text (self->insert_quote, 1, id);
      sqlite3_bind_int (self->insert_quote, 2, (int) q);
      bind_text (self->insert_quote, 3, quote->text);
      bind_text (self->insert_quote, 4, quote->lang);
      bind_text (self->insert_quote, 5, quote->gloss);
      bind_text (self->insert_quote, 6, quote->speaker);
      bind_text (self->insert_quote, 7, quote->role);
      bind_text (self->insert_quote, 8, quote->date);
      bind_text (self->insert_quote, 9, quote->date_note);
      bind_text (self->insert_quote, 10, quote->note);
      sqlite3_bind_int (self->insert_quote, 11, quote->reported);
      bind_text (self->insert_quote, 12, quote->source);
      if (!step (db, self->insert_quote, error))
        return FALSE;
    }

  for (guint d = 0; disputes != NULL && d < disputes->len; d++)
    {
      LcDispute *dispute = g_ptr_array_index (disputes, d);

      bind_text (self->insert_dispute, 1, id);
      sqlite3_bind_int (self->insert_dispute, 2, (int) d);
      bind_text (self->insert_dispute, 3, dispute->field);
      bind_text (self->insert_dispute, 4, dispute->chosen);
      bind_text (self->insert_dispute, 5, dispute->alternative);
      bind_text (self->insert_dispute, 6, dispute->reason);
      if (!step (db, self->insert_dispute, error)
          || !write_sources (db, self->insert_source, id, "dispute", sqlite3_last_insert_rowid (db),
                             (const char * const *) dispute->sources, error))
        return FALSE;
    }

  if (country->iso_name != NULL && g_strcmp0 (country->iso_name, country->name) != 0)
    g_string_append_printf (country_text, " %s", country->iso_name);
  if (country->official_name != NULL)
    g_string_append_printf (country_text, " %s", country->official_name);

  bind_text (self->insert_search, 1, id);
  bind_text (self->insert_search, 2, lc_city_get_name (city));
  bind_text (self->insert_search, 3, alt_text);
  bind_text (self->insert_search, 4, country_text->str);
  bind_text (self->insert_search, 5, initiative_text->str);
  bind_text (self->insert_search, 6, folded);
  return step (db, self->insert_search, error);
}

static gboolean
write_cities (sqlite3    *db,
              LcDataset  *dataset,
              GError    **error)
{
  LcCityWriter *writer = _lc_city_writer_new (db, lc_dataset_get_countries (dataset), error);
  GPtrArray *cities = lc_dataset_get_cities (dataset);
  gboolean ok = writer != NULL;

  for (guint i = 0; ok && i < cities->len; i++)
    ok = _lc_city_writer_write (writer, g_ptr_array_index (cities, i), error);

  _lc_city_writer_free (writer);
  return ok;
}

/**
 * _lc_dataset_writer_create_schema:
 * @db: an empty database
 * @error: the return location for a #GError
 *
 * Creates the tables #LcStore reads and fills the regions; the caller sets
 * the `user_version`.
 *
 * Returns: %TRUE on success
 */
gboolean
_lc_dataset_writer_create_schema (sqlite3  *db,
                                  GError  **error)
{
  g_autoptr(sqlite3_stmt) insert_region = NULL;

  if (sqlite3_exec (db, schema, NULL, NULL, NULL) != SQLITE_OK)
    return fail (db, error, "creating the schema");

  insert_region = prepare (db, "INSERT INTO regions VALUES (?, ?, ?)", error);
  if (insert_region == NULL)
    return FALSE;
  for (guint i = 0; i < LC_REGION_N_REGIONS; i++)
    {
      sqlite3_bind_int (insert_region, 1, (int) i);
      bind_text (insert_region, 2, lc_region_get_short_name (i));
      bind_text (insert_region, 3, lc_region_to_string (i));
      if (!step (db, insert_region, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_all (sqlite3    *db,
           LcDataset  *dataset,
           GError    **error)
{
  g_autoptr(sqlite3_stmt) insert_meta = NULL;
  g_autofree char *version = g_strdup_printf ("PRAGMA user_version = %d", LC_STORE_SCHEMA_VERSION);

  if (!_lc_dataset_writer_create_schema (db, error))
    return FALSE;

  insert_meta = prepare (db, "INSERT INTO meta VALUES (?, ?)", error);
  if (insert_meta == NULL)
    return FALSE;
  if (lc_dataset_get_credits (dataset) != NULL)
    {
      bind_text (insert_meta, 1, "credits");
      bind_text (insert_meta, 2, lc_dataset_get_credits (dataset));
      if (!step (db, insert_meta, error))
        return FALSE;
    }

  if (!write_countries (db, dataset, error)
      || !write_cohorts (db, dataset, error)
      || !write_cities (db, dataset, error))
    return FALSE;

  if (sqlite3_exec (db, version, NULL, NULL, NULL) != SQLITE_OK)
    return fail (db, error, version);

  return TRUE;
}

/**
 * lc_dataset_write_database:
 * @dataset: a validated #LcDataset
 * @path: the database file to create; an existing file is replaced
 * @error: the return location for a #GError
 *
 * Writes the dataset as the SQLite database #LcStore opens. The caller
 * makes the replacement atomic by writing to a temporary file and renaming.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_dataset_write_database (LcDataset   *dataset,
                           const char  *path,
                           GError     **error)
{
  sqlite3 *db = NULL;
  gboolean ok;

  g_return_val_if_fail (LC_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  g_unlink (path);
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path,
                   db != NULL ? sqlite3_errmsg (db) : "cannot open");
      sqlite3_close (db);
      return FALSE;
    }

  ok = sqlite3_exec (db, "PRAGMA journal_mode = OFF; BEGIN", NULL, NULL, NULL) == SQLITE_OK
       || fail (db, error, "starting a transaction");
  ok = ok && write_all (db, dataset, error);
  ok = ok && (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK
              || fail (db, error, "committing"));
  /* A read-only database is smallest and fastest when compacted once. */
  ok = ok && (sqlite3_exec (db, "INSERT INTO city_search (city_search) VALUES ('optimize'); VACUUM",
                            NULL, NULL, NULL) == SQLITE_OK
              || fail (db, error, "compacting"));

  sqlite3_close (db);
  if (!ok)
    g_unlink (path);

  return ok;
}
