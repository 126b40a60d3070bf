/* lc-user-db.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* PRAGMA user_version of the user database; lc-user-db.c migrates every
 * earlier one up to it. */
#define LC_USER_DB_SCHEMA_VERSION 1

#define LC_USER_DB_NAME "user.db"

#define LC_USER_DB_ERROR (lc_user_db_error_quark ())

typedef enum
{
  LC_USER_DB_ERROR_CORRUPT,
  LC_USER_DB_ERROR_NEWER,
  LC_USER_DB_ERROR_LOCKED,
  LC_USER_DB_ERROR_FAILED,
} LcUserDbError;

GQuark   lc_user_db_error_quark      (void);

char    *lc_user_db_get_default_path (void);
sqlite3 *lc_user_db_open             (const char  *path,
                                      gboolean     writable,
                                      GError     **error);
char    *lc_user_db_move_aside       (const char  *path,
                                      const char  *why,
                                      GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

G_END_DECLS
