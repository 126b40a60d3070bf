/* lc-store.c: the compiled member dataset, opened read-only
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "lc-city-private.h"
#include "lc-dataset-writer-private.h"
#include "lc-store.h"
#include "lc-text.h"
#include "lc-user-db.h"

struct _LcStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  char       *credits;
  GListStore *cities;   /* of LcCity, by name */
  GHashTable *by_id;    /* id → LcCity, not owned */
  GListStore *cohorts;  /* of LcCohort, by year */

  /* Imported cities, layered over the shipped ones by id: when there are
   * any, db is an in-memory copy of the shipped database with them
   * written in, so every query sees the merged data. */
  char       *user_path;
  char       *user_problem;
  GListStore *user_cities;  /* of LcCity, with details */
};

G_DEFINE_FINAL_TYPE (LcStore, lc_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (lc-store-error-quark, lc_store_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

static sqlite3_stmt *
prepare (LcStore     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_set_error (error, LC_STORE_ERROR, LC_STORE_ERROR_CORRUPT,
                   _("The database %s is damaged: %s"), self->path, sqlite3_errmsg (self->db));
      return NULL;
    }
  return stmt;
}

static gboolean
step_failed (LcStore  *self,
             int       rc,
             GError  **error)
{
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return FALSE;

  g_set_error (error, LC_STORE_ERROR, LC_STORE_ERROR_CORRUPT,
               _("The database %s is damaged: %s"), self->path, sqlite3_errmsg (self->db));
  return TRUE;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static char **
column_lines (sqlite3_stmt *stmt,
              int           column)
{
  const char *text = column_text (stmt, column);

  return text != NULL ? g_strsplit (text, "\n", -1) : g_new0 (char *, 1);
}

static guint
count (LcStore    *self,
       const char *sql,
       int         parameter)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, NULL);

  if (stmt == NULL)
    return 0;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int (stmt, 1, parameter);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return (guint) sqlite3_column_int (stmt, 0);
}

#define CITY_COLUMNS \
  "c.id, c.name, c.country, co.name, c.region, c.year, c.year_from, c.year_to," \
  " c.year_inferred, c.year_reason, c.status, c.status_reason, c.latitude, c.longitude," \
  " c.location_method, c.geonameid, c.location_note, c.notes," \
  " (SELECT group_concat (name, char (10)) FROM" \
  "   (SELECT name FROM alt_names WHERE city_id = c.id ORDER BY position))," \
  " (SELECT group_concat (url, char (10)) FROM" \
  "   (SELECT url FROM sources WHERE city_id = c.id AND kind = 'membership' ORDER BY position))"

static LcCity *
city_from_row (sqlite3_stmt *stmt)
{
  g_auto(GStrv) alt_names = column_lines (stmt, 18);
  g_auto(GStrv) sources = column_lines (stmt, 19);
  int region = sqlite3_column_int (stmt, 4);
  LcCity *city;

  if (region < 0 || region >= LC_REGION_N_REGIONS)
    return NULL;

  city = g_object_new (LC_TYPE_CITY,
                       "id", column_text (stmt, 0),
                       "name", column_text (stmt, 1),
                       "country-code", column_text (stmt, 2),
                       "country-name", column_text (stmt, 3),
                       "region", region,
                       "year", sqlite3_column_int (stmt, 5),
                       "year-from", sqlite3_column_int (stmt, 6),
                       "year-to", sqlite3_column_int (stmt, 7),
                       "year-inferred", sqlite3_column_int (stmt, 8) != 0,
                       "year-reason", column_text (stmt, 9),
                       "status", column_text (stmt, 10),
                       "status-reason", column_text (stmt, 11),
                       "location-method", column_text (stmt, 14),
                       "geonameid", (gint64) sqlite3_column_int64 (stmt, 15),
                       "location-note", column_text (stmt, 16),
                       "notes", column_text (stmt, 17),
                       "alt-names", alt_names,
                       "sources", sources,
                       NULL);

  if (sqlite3_column_type (stmt, 12) != SQLITE_NULL && sqlite3_column_type (stmt, 13) != SQLITE_NULL)
    _lc_city_set_location (city, sqlite3_column_double (stmt, 12), sqlite3_column_double (stmt, 13));

  return city;
}

static gboolean
load_cities (LcStore  *self,
             GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare (self,
                  "SELECT " CITY_COLUMNS " FROM cities c JOIN countries co ON co.code = c.country"
                  " ORDER BY c.sort_key, c.id", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(LcCity) city = city_from_row (stmt);

      if (city == NULL)
        {
          g_set_error (error, LC_STORE_ERROR, LC_STORE_ERROR_CORRUPT,
                       _("The database %s is damaged: unknown region"), self->path);
          return FALSE;
        }
      g_list_store_append (self->cities, city);
      g_hash_table_insert (self->by_id, (gpointer) lc_city_get_id (city), city);
    }

  return !step_failed (self, rc, error);
}

static gboolean
load_cohorts (LcStore  *self,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare (self,
                  "SELECT year, announced, new_cities, new_countries, total_cities_after,"
                  " total_countries_after, note,"
                  " (SELECT group_concat (url, char (10)) FROM"
                  "   (SELECT url FROM cohort_sources WHERE cohort_year = year ORDER BY position)),"
                  " (SELECT count(*) FROM cities WHERE cities.year = cohorts.year)"
                  " FROM cohorts ORDER BY year", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_auto(GStrv) sources = column_lines (stmt, 7);
      g_autoptr(LcCohort) cohort = NULL;
      int counts[4];

      for (int i = 0; i < 4; i++)
        counts[i] = sqlite3_column_type (stmt, 2 + i) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 2 + i);

      cohort = g_object_new (LC_TYPE_COHORT,
                             "year", sqlite3_column_int (stmt, 0),
                             "announced", column_text (stmt, 1),
                             "new-cities", counts[0],
                             "new-countries", counts[1],
                             "total-cities-after", counts[2],
                             "total-countries-after", counts[3],
                             "note", column_text (stmt, 6),
                             "sources", sources,
                             "n-cities", (guint) sqlite3_column_int (stmt, 8),
                             NULL);
      g_list_store_append (self->cohorts, cohort);
    }

  return !step_failed (self, rc, error);
}

static void
lc_store_finalize (GObject *object)
{
  LcStore *self = LC_STORE (object);

  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->credits, g_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->cities);
  g_clear_object (&self->cohorts);
  g_clear_pointer (&self->user_path, g_free);
  g_clear_pointer (&self->user_problem, g_free);
  g_clear_object (&self->user_cities);

  G_OBJECT_CLASS (lc_store_parent_class)->finalize (object);
}

static void
lc_store_class_init (LcStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lc_store_finalize;
}

static void
lc_store_init (LcStore *self)
{
  self->cities = g_list_store_new (LC_TYPE_CITY);
  self->cohorts = g_list_store_new (LC_TYPE_COHORT);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->user_cities = g_list_store_new (LC_TYPE_CITY);
}

/**
 * lc_store_get_default_path:
 *
 * The database the app opens: `LC_DATABASE` when set (tests and
 * `meson devenv` point it at the build), else the installed one.
 *
 * Returns: (transfer full): a file name
 */
char *
lc_store_get_default_path (void)
{
  const char *path = g_getenv ("LC_DATABASE");

  if (path != NULL && *path != '\0')
    return g_strdup (path);

  return g_build_filename (PKGDATADIR, LC_STORE_DATABASE_NAME, NULL);
}

static gboolean
open_shipped (LcStore     *self,
              const char  *path,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int version;

  self->path = g_strdup (path);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, LC_STORE_ERROR, LC_STORE_ERROR_NOT_FOUND,
                   _("The city database %s is missing"), path);
      return FALSE;
    }

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, LC_STORE_ERROR, LC_STORE_ERROR_CORRUPT,
                   _("The city database %s cannot be opened: %s"), path,
                   self->db != NULL ? sqlite3_errmsg (self->db) : "out of memory");
      return FALSE;
    }

  stmt = prepare (self, "PRAGMA user_version", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, LC_STORE_ERROR, LC_STORE_ERROR_CORRUPT,
                   _("The database %s is damaged: %s"), path, sqlite3_errmsg (self->db));
      return FALSE;
    }
  version = sqlite3_column_int (stmt, 0);
  if (version != LC_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, LC_STORE_ERROR, LC_STORE_ERROR_VERSION,
                   _("The city database %s has schema version %d; this version of the app reads %d"),
                   path, version, LC_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (self, "SELECT value FROM meta WHERE key = 'credits'", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    self->credits = g_strdup (column_text (stmt, 0));

  return TRUE;
}

/* Reads every city of the user database with its details: the user
 * database has the shipped tables, so a store on it reads it. */
static gboolean
read_user_cities (LcStore  *self,
                  sqlite3  *user_db,
                  GError  **error)
{
  g_autoptr(LcStore) layer = g_object_new (LC_TYPE_STORE, NULL);
  guint n;
  gboolean ok = TRUE;

  layer->db = user_db;
  layer->path = g_strdup (self->user_path);
  ok = load_cities (layer, error);
  n = g_list_model_get_n_items (G_LIST_MODEL (layer->cities));
  for (guint i = 0; ok && i < n; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (G_LIST_MODEL (layer->cities), i);

      ok = lc_store_load_details (layer, city, error);
      g_list_store_append (self->user_cities, city);
    }

  /* The caller owns the connection. */
  layer->db = NULL;
  return ok;
}

/* Copies the shipped database into memory and writes the user's cities
 * over it, each replacing the shipped city with its id if there is one. */
static gboolean
merge_user_cities (LcStore  *self,
                   GError  **error)
{
  g_autoptr(sqlite3) memory = NULL;
  g_autoptr(LcCountries) countries = NULL;
  g_autoptr(LcCityWriter) writer = NULL;
  sqlite3_backup *backup;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->user_cities));
  int rc;

  countries = lc_countries_get_default (error);
  if (countries == NULL)
    return FALSE;

  if (sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error_literal (error, LC_STORE_ERROR, LC_STORE_ERROR_QUERY, "out of memory");
      return FALSE;
    }

  backup = sqlite3_backup_init (memory, "main", self->db, "main");
  rc = backup != NULL ? sqlite3_backup_step (backup, -1) : SQLITE_ERROR;
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, LC_STORE_ERROR, LC_STORE_ERROR_CORRUPT,
                   _("The database %s is damaged: %s"), self->path, sqlite3_errmsg (memory));
      return FALSE;
    }

  writer = _lc_city_writer_new (memory, countries, error);
  if (writer == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (G_LIST_MODEL (self->user_cities), i);

      if (!_lc_city_writer_delete (writer, lc_city_get_id (city), error)
          || !_lc_city_writer_write (writer, city, error))
        return FALSE;
    }
  g_clear_pointer (&writer, _lc_city_writer_free);

  sqlite3_close (self->db);
  self->db = g_steal_pointer (&memory);
  return TRUE;
}

/* Damaged or unreadable user data never stops the app: it shows the
 * shipped data and says why, and a damaged file is kept, renamed. */
static void
set_user_problem (LcStore      *self,
                  const GError *problem)
{
  g_autoptr(GError) move_error = NULL;
  g_autofree char *moved = NULL;

  g_list_store_remove_all (self->user_cities);

  /* Only a file that is not ours to read is set aside: damaged, of an
   * unknown schema, or newer. One that could not be opened this time (a
   * lock, permissions, a passing I/O error) may be fine the next. */
  if (g_error_matches (problem, LC_USER_DB_ERROR, LC_USER_DB_ERROR_CORRUPT) ||
      g_error_matches (problem, LC_USER_DB_ERROR, LC_USER_DB_ERROR_NEWER))
    moved = lc_user_db_move_aside (self->user_path, "corrupt", &move_error);

  if (moved != NULL)
    self->user_problem = g_strdup_printf (_("Your imported cities could not be read: %s. "
                                            "The file was moved to %s; the app shows the shipped data."),
                                          problem->message, moved);
  else if (move_error != NULL)
    self->user_problem = g_strdup_printf (_("Your imported cities could not be read: %s. "
                                            "The app shows the shipped data. %s"),
                                          problem->message, move_error->message);
  else
    self->user_problem = g_strdup_printf (_("Your imported cities could not be read: %s. "
                                            "The app shows the shipped data."),
                                          problem->message);
}

static gboolean
apply_user_layer (LcStore  *self,
                  GError  **error)
{
  g_autoptr(GError) problem = NULL;
  g_autoptr(sqlite3) user_db = lc_user_db_open (self->user_path, FALSE, &problem);
  gboolean ok;

  if (user_db == NULL)
    {
      if (problem != NULL)
        set_user_problem (self, problem);
      return TRUE;
    }

  ok = read_user_cities (self, user_db, &problem);
  /* Closed before it may be moved aside. */
  g_clear_pointer (&user_db, sqlite3_close);
  if (!ok)
    {
      g_prefix_error (&problem, "%s: ", self->user_path);
      problem->domain = LC_USER_DB_ERROR;
      problem->code = LC_USER_DB_ERROR_CORRUPT;
      set_user_problem (self, problem);
      return TRUE;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->user_cities)) == 0)
    return TRUE;

  if (!merge_user_cities (self, &problem))
    {
      /* The shipped database is intact (merging only wrote to the copy in
       * memory): only the user's cities could not be written. */
      if (problem->domain == LC_STORE_ERROR && problem->code == LC_STORE_ERROR_CORRUPT)
        {
          g_propagate_error (error, g_steal_pointer (&problem));
          return FALSE;
        }
      problem->domain = LC_USER_DB_ERROR;
      problem->code = LC_USER_DB_ERROR_CORRUPT;
      set_user_problem (self, problem);
    }

  return TRUE;
}

static LcStore *
open_store (const char  *path,
            const char  *user_path,
            GError     **error)
{
  g_autoptr(LcStore) self = g_object_new (LC_TYPE_STORE, NULL);

  self->user_path = g_strdup (user_path);

  if (!open_shipped (self, path, error))
    return NULL;
  if (user_path != NULL && !apply_user_layer (self, error))
    return NULL;
  if (!load_cities (self, error) || !load_cohorts (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * lc_store_open:
 * @path: a database written by `lc-compile-dataset`
 * @error: the return location for a #GError
 *
 * Opens @path read-only, checks its schema version and loads every city and
 * cohort, so that a missing or damaged file is reported here and nowhere
 * later.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL on error
 */
LcStore *
lc_store_open (const char  *path,
               GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return open_store (path, NULL, error);
}

/**
 * lc_store_open_with_user_data:
 * @path: a database written by `lc-compile-dataset`
 * @user_path: the user database (see lc_user_db_get_default_path())
 * @error: the return location for a #GError
 *
 * Like lc_store_open(), with the cities the user imported layered over the
 * shipped ones by id. User data that cannot be read is no error: the
 * store holds the shipped data and lc_store_get_user_problem() says why
 * (a damaged file has been moved aside by then).
 *
 * Returns: (transfer full) (nullable): the store, or %NULL on error
 */
LcStore *
lc_store_open_with_user_data (const char  *path,
                              const char  *user_path,
                              GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (user_path != NULL, NULL);

  return open_store (path, user_path, error);
}

/**
 * lc_store_reload:
 * @self: a #LcStore
 * @error: the return location for a #GError
 *
 * Reads the shipped and the user database again, after an import or the
 * removal of the user's data. The cities model keeps its identity (views
 * bound to it stay bound) and gets the new cities; cities that did not
 * change are new objects too.
 *
 * Returns: %TRUE on success; on error @self is unchanged
 */
gboolean
lc_store_reload (LcStore  *self,
                 GError  **error)
{
  g_autoptr(LcStore) fresh = NULL;
  g_autoptr(GPtrArray) cities = NULL;
  g_autoptr(GPtrArray) cohorts = NULL;
  guint n;

  g_return_val_if_fail (LC_IS_STORE (self), FALSE);

  fresh = open_store (self->path, self->user_path, error);
  if (fresh == NULL)
    return FALSE;

  sqlite3_close (self->db);
  self->db = g_steal_pointer (&fresh->db);
  g_free (self->credits);
  self->credits = g_steal_pointer (&fresh->credits);
  g_free (self->user_problem);
  self->user_problem = g_steal_pointer (&fresh->user_problem);
  g_object_unref (self->user_cities);
  self->user_cities = g_steal_pointer (&fresh->user_cities);
  fresh->user_cities = g_list_store_new (LC_TYPE_CITY);

  g_hash_table_remove_all (self->by_id);
  n = g_list_model_get_n_items (G_LIST_MODEL (fresh->cities));
  cities = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      LcCity *city = g_list_model_get_item (G_LIST_MODEL (fresh->cities), i);

      g_ptr_array_add (cities, city);
      g_hash_table_insert (self->by_id, (gpointer) lc_city_get_id (city), city);
    }
  g_list_store_splice (self->cities, 0, g_list_model_get_n_items (G_LIST_MODEL (self->cities)),
                       cities->pdata, cities->len);

  n = g_list_model_get_n_items (G_LIST_MODEL (fresh->cohorts));
  cohorts = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (cohorts, g_list_model_get_item (G_LIST_MODEL (fresh->cohorts), i));
  g_list_store_splice (self->cohorts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->cohorts)),
                       cohorts->pdata, cohorts->len);

  return TRUE;
}

/**
 * lc_store_get_user_path:
 * @self: a #LcStore
 *
 * Returns: (nullable): the user database layered over the shipped one
 */
const char *
lc_store_get_user_path (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), NULL);
  return self->user_path;
}

/**
 * lc_store_get_user_problem:
 * @self: a #LcStore
 *
 * Returns: (nullable): why the user's imported cities are not shown, to
 *   tell the user once, or %NULL when they are (or there are none)
 */
const char *
lc_store_get_user_problem (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), NULL);
  return self->user_problem;
}

/**
 * lc_store_get_user_cities:
 * @self: a #LcStore
 *
 * Returns: (transfer full): a #GListModel of the imported #LcCity, with
 *   their details, by name
 */
GListModel *
lc_store_get_user_cities (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->user_cities));
}

const char *
lc_store_get_path (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), NULL);
  return self->path;
}

guint
lc_store_count_cities (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), 0);
  return count (self, "SELECT count(*) FROM cities", 0);
}

/**
 * lc_store_count_members:
 * @self: a #LcStore
 *
 * Returns: the number of cities that are members today: all but those a
 *   source reports as lapsed
 */
guint
lc_store_count_members (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), 0);
  return count (self, "SELECT count(*) FROM cities WHERE status != 'lapsed'", 0);
}

/**
 * lc_store_count_countries:
 * @self: a #LcStore
 *
 * Returns: the number of countries with at least one member city
 */
guint
lc_store_count_countries (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), 0);
  return count (self, "SELECT count(DISTINCT country) FROM cities", 0);
}

guint
lc_store_count_cities_in_region (LcStore  *self,
                                 LcRegion  region)
{
  g_return_val_if_fail (LC_IS_STORE (self), 0);
  return count (self, "SELECT count(*) FROM cities WHERE region = ?", region);
}

/**
 * lc_store_count_cities_in_year:
 * @self: a #LcStore
 * @year: an admission year
 *
 * Returns: the number of cities admitted in @year, not counting those known
 *   only by a year range
 */
guint
lc_store_count_cities_in_year (LcStore *self,
                               int      year)
{
  g_return_val_if_fail (LC_IS_STORE (self), 0);
  return count (self, "SELECT count(*) FROM cities WHERE year = ?", year);
}

/**
 * lc_store_count_cities_with_range:
 * @self: a #LcStore
 *
 * Returns: the number of cities whose admission is known only as a range
 */
guint
lc_store_count_cities_with_range (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), 0);
  return count (self, "SELECT count(*) FROM cities WHERE year IS NULL", 0);
}

guint
lc_store_count_cities_located (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), 0);
  return count (self, "SELECT count(*) FROM cities WHERE latitude IS NOT NULL", 0);
}

/**
 * lc_store_get_cities:
 * @self: a #LcStore
 *
 * Every city, sorted by name. The app filters this one model rather than
 * asking for new ones, so the map and the list show the same objects.
 *
 * Returns: (transfer full): a #GListModel of #LcCity
 */
GListModel *
lc_store_get_cities (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->cities));
}

/**
 * lc_store_get_city:
 * @self: a #LcStore
 * @id: a city id
 *
 * Returns: (transfer none) (nullable): the city
 */
LcCity *
lc_store_get_city (LcStore    *self,
                   const char *id)
{
  g_return_val_if_fail (LC_IS_STORE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

/**
 * lc_store_search_ids:
 * @self: a #LcStore
 * @text: what the user typed
 * @error: the return location for a #GError
 *
 * Full-text search over names, alternative names, country names and
 * initiatives, ignoring case and diacritics; every word matches as a
 * prefix. Any text is safe: FTS syntax in it is taken literally.
 *
 * Returns: (transfer full) (nullable): the set of matching ids (possibly
 *   empty), or %NULL with @error unset when @text holds no word at all and
 *   so filters nothing
 */
GHashTable *
lc_store_search_ids (LcStore     *self,
                     const char  *text,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (LC_IS_STORE (self), NULL);

  if (text == NULL || (match = lc_text_fts_query (text)) == NULL)
    return NULL;

  stmt = prepare (self, "SELECT id FROM city_search WHERE city_search MATCH ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (ids, g_strdup (column_text (stmt, 0)));

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, LC_STORE_ERROR, LC_STORE_ERROR_QUERY,
                   _("Search for “%s” failed: %s"), text, sqlite3_errmsg (self->db));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/**
 * lc_store_query:
 * @self: a #LcStore
 * @query: which cities
 * @error: the return location for a #GError
 *
 * Returns: (transfer full) (nullable): a #GListModel of the matching
 *   #LcCity, sorted by name, or %NULL on error
 */
GListModel *
lc_store_query (LcStore        *self,
                const LcQuery  *query,
                GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GListStore) result = NULL;
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (LC_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  /* One statement, every part optional and bound: NULL or 0 disables it. */
  stmt = prepare (self,
                  "SELECT id FROM cities"
                  " WHERE (?1 = 0 OR ((1 << region) & ?1) != 0)"
                  "   AND (?2 IS NULL OR year_max >= ?2)"
                  "   AND (?3 IS NULL OR year_min <= ?3)"
                  "   AND (?4 IS NULL OR country = upper (?4))"
                  "   AND (?5 IS NULL OR id IN (SELECT id FROM city_search WHERE city_search MATCH ?5))"
                  " ORDER BY sort_key, id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, (int) query->regions);
  if (query->year_from != 0)
    sqlite3_bind_int (stmt, 2, query->year_from);
  if (query->year_to != 0)
    sqlite3_bind_int (stmt, 3, query->year_to);
  if (query->country != NULL)
    sqlite3_bind_text (stmt, 4, query->country, -1, SQLITE_TRANSIENT);
  if (query->text != NULL && (match = lc_text_fts_query (query->text)) != NULL)
    sqlite3_bind_text (stmt, 5, match, -1, SQLITE_TRANSIENT);

  result = g_list_store_new (LC_TYPE_CITY);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LcCity *city = g_hash_table_lookup (self->by_id, column_text (stmt, 0));

      if (city != NULL)
        g_list_store_append (result, city);
    }

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, LC_STORE_ERROR, LC_STORE_ERROR_QUERY,
                   _("Query failed: %s"), sqlite3_errmsg (self->db));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&result));
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char **
load_sources (LcStore       *self,
              sqlite3_stmt  *stmt,
              const char    *kind,
              sqlite3_int64  ref)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, ref);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, column_text (stmt, 0));

  return g_strv_builder_end (builder);
}

/**
 * lc_store_load_details:
 * @self: a #LcStore
 * @city: a city of @self
 * @error: the return location for a #GError
 *
 * Loads the awards, initiatives, quotes and disputes of @city, each with
 * its sources, unless they are loaded already.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_store_load_details (LcStore  *self,
                       LcCity   *city,
                       GError  **error)
{
  g_autoptr(GPtrArray) awards = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_award_free);
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_initiative_free);
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_quote_free);
  g_autoptr(GPtrArray) disputes = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_dispute_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) sources = NULL;
  const char *id;

  g_return_val_if_fail (LC_IS_STORE (self), FALSE);
  g_return_val_if_fail (LC_IS_CITY (city), FALSE);

  if (lc_city_has_details (city))
    return TRUE;

  id = lc_city_get_id (city);
  sources = prepare (self, "SELECT url FROM sources WHERE kind = ? AND ref = ? ORDER BY position", error);
  if (sources == NULL)
    return FALSE;

  stmt = prepare (self, "SELECT year, source FROM awards WHERE city_id = ? ORDER BY year", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      LcAward *award = g_new0 (LcAward, 1);

      award->year = sqlite3_column_int (stmt, 0);
      award->source = g_strdup (column_text (stmt, 1));
      g_ptr_array_add (awards, award);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (self, "SELECT id, text FROM initiatives WHERE city_id = ? ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      LcInitiative *initiative = g_new0 (LcInitiative, 1);

      initiative->text = g_strdup (column_text (stmt, 1));
      initiative->sources = load_sources (self, sources, "initiative", sqlite3_column_int64 (stmt, 0));
      g_ptr_array_add (initiatives, initiative);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (self,
                  "SELECT text, lang, gloss, speaker, role, date, date_note, note, reported, source"
                  " FROM quotes WHERE city_id = ? ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      LcQuote *quote = g_new0 (LcQuote, 1);

      quote->text = g_strdup (column_text (stmt, 0));
      quote->lang = g_strdup (column_text (stmt, 1));
      quote->gloss = g_strdup (column_text (stmt, 2));
      quote->speaker = g_strdup (column_text (stmt, 3));
      quote->role = g_strdup (column_text (stmt, 4));
      quote->date = g_strdup (column_text (stmt, 5));
      quote->date_note = g_strdup (column_text (stmt, 6));
      quote->note = g_strdup (column_text (stmt, 7));
      quote->reported = sqlite3_column_int (stmt, 8) != 0;
      quote->source = g_strdup (column_text (stmt, 9));
      g_ptr_array_add (quotes, quote);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (self,
                  "SELECT id, field, chosen, alternative, reason FROM disputes"
                  " WHERE city_id = ? ORDER BY position", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      LcDispute *dispute = g_new0 (LcDispute, 1);

      dispute->field = g_strdup (column_text (stmt, 1));
      dispute->chosen = g_strdup (column_text (stmt, 2));
      dispute->alternative = g_strdup (column_text (stmt, 3));
      dispute->reason = g_strdup (column_text (stmt, 4));
      dispute->sources = load_sources (self, sources, "dispute", sqlite3_column_int64 (stmt, 0));
      g_ptr_array_add (disputes, dispute);
    }

  _lc_city_set_details (city, awards, initiatives, quotes, disputes);
  return TRUE;
}

/**
 * lc_store_get_cohorts:
 * @self: a #LcStore
 *
 * Returns: (transfer full): a #GListModel of #LcCohort, oldest first
 */
GListModel *
lc_store_get_cohorts (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), NULL);
  return g_object_ref (G_LIST_MODEL (self->cohorts));
}

/**
 * lc_store_get_latest_cohort:
 * @self: a #LcStore
 *
 * Its totals are the network's current size.
 *
 * Returns: (transfer none) (nullable): the most recent cohort
 */
LcCohort *
lc_store_get_latest_cohort (LcStore *self)
{
  guint n;
  g_autoptr(LcCohort) cohort = NULL;

  g_return_val_if_fail (LC_IS_STORE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->cohorts));
  if (n == 0)
    return NULL;

  /* The store keeps its own reference. */
  cohort = g_list_model_get_item (G_LIST_MODEL (self->cohorts), n - 1);
  return cohort;
}

/**
 * lc_store_get_credits:
 * @self: a #LcStore
 *
 * Returns: (nullable): the dataset's credits line (GeoNames and sources)
 */
const char *
lc_store_get_credits (LcStore *self)
{
  g_return_val_if_fail (LC_IS_STORE (self), NULL);
  return self->credits;
}

/**
 * lc_store_get_source_hosts:
 * @self: a #LcStore
 *
 * The web sites the dataset's facts come from, for credits.
 *
 * Returns: (transfer full): host names without "www.", sorted, each once
 */
char **
lc_store_get_source_hosts (LcStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) hosts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree const char **sorted = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  g_return_val_if_fail (LC_IS_STORE (self), NULL);

  stmt = prepare (self,
                  "SELECT url FROM sources UNION SELECT source FROM awards"
                  " UNION SELECT source FROM quotes UNION SELECT url FROM cohort_sources", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GUri) uri = g_uri_parse (column_text (stmt, 0), G_URI_FLAGS_NONE, NULL);
      const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

      if (host == NULL || *host == '\0')
        continue;
      if (g_str_has_prefix (host, "www."))
        host += 4;
      g_hash_table_add (hosts, g_ascii_strdown (host, -1));
    }

  sorted = (const char **) g_hash_table_get_keys_as_array (hosts, &n);
  qsort (sorted, n, sizeof (char *), compare_strings);
  g_strv_builder_addv (builder, sorted);
  return g_strv_builder_end (builder);
}
