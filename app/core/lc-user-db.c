/* lc-user-db.c: the database of imported cities in the user's data folder
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-user-db"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "lc-dataset-writer-private.h"
#include "lc-user-db.h"

/* The user database has the tables of the shipped one (so the same writer
 * fills both and the store reads both the same way) but holds only the
 * cities the user imported. It is the one file the app writes: it is
 * checked on every open, migrated forward inside a transaction, and never
 * deleted, only moved aside. */

G_DEFINE_QUARK (lc-user-db-error-quark, lc_user_db_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* How long to wait for another instance that is writing. */
#define BUSY_TIMEOUT_MS 500

typedef gboolean (*Migration) (sqlite3  *db,
                               GError  **error);

static gboolean
migrate_0_to_1 (sqlite3  *db,
                GError  **error)
{
  return _lc_dataset_writer_create_schema (db, error);
}

/* migrations[v] takes a database from user_version v to v + 1. Version 0
 * is an empty file: a new database, or one created before any import. */
static const Migration migrations[] = {
  migrate_0_to_1,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == LC_USER_DB_SCHEMA_VERSION);

static gboolean
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *path)
{
  int code = rc & 0xff;

  if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    g_set_error (error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_LOCKED,
                 _("%s is in use by another program"), path);
  else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    g_set_error (error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_CORRUPT,
                 _("%s is damaged: %s"), path, sqlite3_errstr (rc));
  else
    g_set_error (error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_FAILED,
                 "%s: %s", path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *path,
           const char  *sql,
           int         *out,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_sqlite_error (error, db, rc, path);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_sqlite_error (error, db, rc, path);
  *out = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static gboolean
check_integrity (sqlite3     *db,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *result;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_sqlite_error (error, db, rc, path);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_sqlite_error (error, db, rc, path);

  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_CORRUPT,
                   _("%s is damaged: %s"), path, result != NULL ? result : "?");
      return FALSE;
    }
  return TRUE;
}

static gboolean
exec (sqlite3     *db,
      const char  *path,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || set_sqlite_error (error, db, rc, path);
}

static gboolean
migrate (sqlite3     *db,
         const char  *path,
         int          version,
         GError     **error)
{
  /* IMMEDIATE takes the write lock first, so two instances cannot both
   * migrate, and the version is read again under it. */
  if (!exec (db, path, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!query_int (db, path, "PRAGMA user_version", &version, error))
    goto failed;

  for (; version < LC_USER_DB_SCHEMA_VERSION; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      if (!migrations[version] (db, error) || !exec (db, path, set_version, error))
        goto failed;
    }

  if (!exec (db, path, "COMMIT", error))
    goto failed;
  return TRUE;

failed:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

/**
 * lc_user_db_get_default_path:
 *
 * `LC_USER_DATABASE` when set (the tests point it at a temporary folder),
 * else `user.db` in the app's folder of the XDG data directory (inside the
 * sandbox under Flatpak).
 *
 * Returns: (transfer full): a file name
 */
char *
lc_user_db_get_default_path (void)
{
  const char *path = g_getenv ("LC_USER_DATABASE");

  if (path != NULL && *path != '\0')
    return g_strdup (path);

  return g_build_filename (g_get_user_data_dir (), PACKAGE_NAME, LC_USER_DB_NAME, NULL);
}

/**
 * lc_user_db_open:
 * @path: the user database
 * @writable: whether to create @path if it is missing, and migrate it
 * @error: the return location for a #GError
 *
 * Opens @path and checks it: a file that is not an SQLite database, fails
 * SQLite's quick check or has an unknown schema is %LC_USER_DB_ERROR_CORRUPT,
 * one written by a newer version of the app %LC_USER_DB_ERROR_NEWER, one
 * that another process keeps locked %LC_USER_DB_ERROR_LOCKED. Read-only, a
 * missing file is no error: there is no user data.
 *
 * Returns: (transfer full) (nullable): the connection, or %NULL when
 *   @path is missing (@error unset) or on error
 */
sqlite3 *
lc_user_db_open (const char  *path,
                 gboolean     writable,
                 GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  /* Read-write even to read: only a writable connection rolls back the
   * journal an interrupted import left (SQLite falls back to read-only
   * itself when the file is). */
  int flags = SQLITE_OPEN_READWRITE | (writable ? SQLITE_OPEN_CREATE : 0);
  int version = 0, n_tables = 0;
  GStatBuf status;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  /* SQLite follows a link, even a dangling one, and would read and write
   * (or create) a file somewhere else: only a regular file is ours. */
  if (g_lstat (path, &status) == 0 && !S_ISREG (status.st_mode))
    {
      g_set_error (error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_FAILED,
                   _("%s is not a regular file (a link, a folder or a device), so it is neither read nor written"),
                   path);
      return NULL;
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (!writable)
        return NULL;
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot create the folder %s: %s"), dir, g_strerror (saved_errno));
          return NULL;
        }
    }

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, path);
      return NULL;
    }
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (db, TRUE);

  if (!query_int (db, path, "PRAGMA user_version", &version, error)
      || !query_int (db, path, "SELECT count(*) FROM sqlite_master", &n_tables, error))
    return NULL;

  if (version > LC_USER_DB_SCHEMA_VERSION)
    {
      g_set_error (error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_NEWER,
                   _("%s was written by a newer version of Learning Cities (schema %d; this version reads %d)"),
                   path, version, LC_USER_DB_SCHEMA_VERSION);
      return NULL;
    }
  if (version == 0 && n_tables > 0)
    {
      g_set_error (error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_CORRUPT,
                   _("%s is not a Learning Cities database"), path);
      return NULL;
    }
  if (n_tables > 0 && !check_integrity (db, path, error))
    return NULL;

  if (writable)
    {
      /* A rollback journal, synced: an import that is cut off by a crash
       * or power loss is rolled back the next time the file is opened. */
      if (!exec (db, path, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL", error))
        return NULL;
      if (version < LC_USER_DB_SCHEMA_VERSION && !migrate (db, path, version, error))
        return NULL;
    }
  else if (version < LC_USER_DB_SCHEMA_VERSION)
    {
      /* An empty or older file read-only: nothing to show from it; the
       * next import migrates it. */
      return NULL;
    }

  return g_steal_pointer (&db);
}

/**
 * lc_user_db_move_aside:
 * @path: the user database
 * @why: a word for the new name, such as "corrupt" or "removed"
 * @error: the return location for a #GError
 *
 * Renames @path to `@path.@why-YYYYmmdd-HHMMSS`, with its journal if it
 * has one, so that nothing the user imported is ever deleted by the app.
 *
 * Returns: (transfer full) (nullable): the new name, or %NULL on error
 */
char *
lc_user_db_move_aside (const char  *path,
                       const char  *why,
                       GError     **error)
{
  static const char * const companions[] = { "-journal", "-wal", "-shm" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = g_strdup_printf ("%s.%s-%s", path, why, stamp);

  g_return_val_if_fail (path != NULL, NULL);

  /* Twice in one second: do not overwrite the first. */
  for (guint n = 2; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.%s-%s-%u", path, why, stamp, n);
    }

  if (g_rename (path, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot move %s to %s: %s"), path, target, g_strerror (saved_errno));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *from = g_strconcat (path, companions[i], NULL);
      g_autofree char *to = g_strconcat (target, companions[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        g_warning ("Cannot move %s to %s: %s", from, to, g_strerror (errno));
    }

  return g_steal_pointer (&target);
}
