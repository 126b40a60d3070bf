/* test-cli-import.c: --import, --export-user-data, --remove-user-data and
 * damaged databases, through the real executable, without a display
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lc-test-util.h"

typedef struct
{
  char *dir;
  char *user_path;
  char *database;  /* NULL: the shipped one */
  int   status;
  char *out;
  char *err;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lc-cli-import-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->user_path = g_build_filename (fixture->dir, "user", "user.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  lc_test_remove_tree (fixture->dir);

  g_free (fixture->dir);
  g_free (fixture->user_path);
  g_free (fixture->database);
  g_free (fixture->out);
  g_free (fixture->err);
}

static void
run (Fixture    *fixture,
     const char *first_arg,
     ...)
{
  g_auto(GStrv) envp = lc_test_environ_headless ();
  LcTestRun result = { 0, fixture->out, fixture->err };
  va_list args;

  envp = g_environ_setenv (envp, "LC_USER_DATABASE", fixture->user_path, TRUE);
  if (fixture->database != NULL)
    envp = g_environ_setenv (envp, "LC_DATABASE", fixture->database, TRUE);

  va_start (args, first_arg);
  lc_test_run_appv (&result, fixture->dir, envp, first_arg, args);
  va_end (args);

  fixture->status = result.status;
  fixture->out = result.out;
  fixture->err = result.err;
}

static char *
fixture_file (const char *kind,
              const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "import", kind, name, NULL);
}

static void
test_cli_import_cycle (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *update = fixture_file ("good", "update.csv");
  g_autofree char *exported = g_build_filename (fixture->dir, "mine.csv", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *list_before = NULL;

  run (fixture, "--list", "--search=abuja", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  list_before = g_strdup (fixture->out);

  run (fixture, "--import", update, NULL);
  g_assert_cmpstr (fixture->err, ==, "");
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_true (g_str_has_prefix (fixture->out,
                                   "changed: abuja (Abuja, NG): year, sources\n"
                                   "added: new-town (New Town, GB)\n"
                                   "added: cidade-nova (Cidade Nova, BR)\n"));
  g_assert_true (g_str_has_suffix (fixture->out, "update.csv: 2 added, 1 changed, 0 unchanged\n"));
  g_assert_true (g_file_test (fixture->user_path, G_FILE_TEST_IS_REGULAR));

  run (fixture, "--import", update, NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_true (g_str_has_suffix (fixture->out, "update.csv: 0 added, 0 changed, 3 unchanged\n"));

  /* The list shows the imported data. */
  run (fixture, "--list", "--search=new town", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_nonnull (strstr (fixture->out, "\r\nnew-town,New Town,Newtown; Nova Town,United Kingdom,GB,"));
  run (fixture, "--list", "--search=abuja", NULL);
  g_assert_nonnull (strstr (fixture->out, ",NG,Africa,2019,"));

  run (fixture, "--export-user-data", exported, NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_true (g_file_get_contents (exported, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "id,name,alt_names,"));
  g_assert_nonnull (strstr (csv, "\r\nnew-town,New Town,"));

  run (fixture, "--remove-user-data", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_true (g_str_has_prefix (fixture->out, "Imported data removed: the app shows the shipped data again. "
                                                 "The imported data was moved to "));
  g_assert_false (g_file_test (fixture->user_path, G_FILE_TEST_EXISTS));

  run (fixture, "--list", "--search=abuja", NULL);
  g_assert_cmpstr (fixture->out, ==, list_before);

  /* The export brings it all back. */
  run (fixture, "--import", exported, NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_true (g_str_has_suffix (fixture->out, "mine.csv: 2 added, 1 changed, 0 unchanged\n"));
}

static void
test_cli_import_invalid (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *bad = fixture_file ("bad", "year-2099.csv");
  g_autofree char *expected = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  run (fixture, "--import", bad, NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  g_assert_cmpstr (fixture->out, ==, "");
  expected = g_strdup_printf ("%s:2: year: 2099 is outside 2013..%d\n"
                              "learning-cities: nothing was imported\n",
                              bad, g_date_time_get_year (now));
  g_assert_cmpstr (fixture->err, ==, expected);
  g_assert_false (g_file_test (fixture->user_path, G_FILE_TEST_EXISTS));

  run (fixture, "--import", "no-such-file.csv", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  g_assert_nonnull (strstr (fixture->err, "no-such-file.csv"));

  run (fixture, "--import", bad, "--remove-user-data", NULL);
  g_assert_cmpint (fixture->status, ==, 2);
  g_assert_cmpstr (fixture->err, ==, "learning-cities: --import, --export-user-data and --remove-user-data "
                                     "cannot be combined\n");
}

/* A damaged user database: the shipped data, a line on stderr, and the
 * file kept under a new name. */
static void
test_cli_user_db_corrupt (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *user_dir = g_path_get_dirname (fixture->user_path);
  g_autofree char *expected_start = NULL;

  g_mkdir_with_parents (user_dir, 0700);
  g_assert_true (g_file_set_contents (fixture->user_path, "garbage garbage garbage garbage garbage garbage "
                                      "garbage garbage garbage garbage garbage garbage", -1, NULL));

  run (fixture, "--list", "--search=abuja", NULL);
  g_assert_cmpint (fixture->status, ==, 0);
  g_assert_nonnull (strstr (fixture->out, ",NG,Africa,2017,"));
  expected_start = g_strdup_printf ("learning-cities: Your imported cities could not be read: %s is damaged: "
                                    "file is not a database. The file was moved to %s.corrupt-",
                                    fixture->user_path, fixture->user_path);
  g_assert_true (g_str_has_prefix (fixture->err, expected_start));
  g_assert_true (g_str_has_suffix (fixture->err, "; the app shows the shipped data.\n"));
  g_assert_false (g_file_test (fixture->user_path, G_FILE_TEST_EXISTS));

  /* Said once: the file is out of the way now. */
  run (fixture, "--list", "--search=abuja", NULL);
  g_assert_cmpstr (fixture->err, ==, "");
}

/* A missing, truncated or garbage shipped database: a clear message and
 * exit status 1, never a crash. */
static void
test_cli_shipped_damaged (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *shipped = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (g_getenv ("LC_DATABASE"), &shipped, &length, NULL));

  fixture->database = g_build_filename (fixture->dir, "truncated.db", NULL);
  g_assert_true (g_file_set_contents (fixture->database, shipped, length / 3, NULL));
  run (fixture, "--list", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_cmpstr (fixture->out, ==, "");
  g_assert_true (g_str_has_prefix (fixture->err, "learning-cities: The database "));
  g_assert_nonnull (strstr (fixture->err, "truncated.db is damaged: "));

  g_free (fixture->database);
  fixture->database = g_build_filename (fixture->dir, "garbage.db", NULL);
  g_assert_true (g_file_set_contents (fixture->database, "not a database at all, not at all, not at all, "
                                      "not at all, not at all, not at all\n", -1, NULL));
  run (fixture, "--list", NULL);
  g_assert_cmpint (fixture->status, ==, 1);
  g_assert_nonnull (strstr (fixture->err, "garbage.db is damaged: file is not a database"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/import/cycle", Fixture, NULL, fixture_set_up, test_cli_import_cycle, fixture_tear_down);
  g_test_add ("/cli/import/invalid", Fixture, NULL, fixture_set_up, test_cli_import_invalid, fixture_tear_down);
  g_test_add ("/cli/user-db/corrupt", Fixture, NULL, fixture_set_up, test_cli_user_db_corrupt, fixture_tear_down);
  g_test_add ("/cli/shipped-db/damaged", Fixture, NULL, fixture_set_up, test_cli_shipped_damaged,
              fixture_tear_down);

  return g_test_run ();
}
