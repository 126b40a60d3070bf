/* test-screenshot.c: the command line of the real executable
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} RunResult;

static void
run_result_clear (RunResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

static void
run_app (RunResult  *result,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("LC_APP_BINARY");
  const char *arg;
  va_list args;
  int wait_status = 0;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
}

static guint
count_colours (GdkTexture *texture)
{
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * height);

  gdk_texture_download (texture, (guchar *) pixels, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    g_hash_table_add (colours, GUINT_TO_POINTER (pixels[i]));

  return g_hash_table_size (colours);
}

static void
test_cli_version (void)
{
  RunResult result = { 0 };

  run_app (&result, "--version", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "learning-cities " PACKAGE_VERSION "\n");
  run_result_clear (&result);
}

static void
test_cli_help (void)
{
  RunResult result = { 0 };

  run_app (&result, "--help", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--screenshot=FILE.png"));
  g_assert_nonnull (strstr (result.out, "--size=WIDTHxHEIGHT"));
  g_assert_nonnull (strstr (result.out, "--version"));
  run_result_clear (&result);
}

static void
test_screenshot_writes_png (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lc-screenshot-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.png", NULL);
  g_autofree char *arg = g_strconcat ("--screenshot=", path, NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  RunResult result = { 0 };

  run_app (&result, arg, "--size=800x600", NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 800);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 600);

  /* A header bar with a title, a menu button and a map: far from blank. */
  g_assert_cmpuint (count_colours (texture), >, 20);

  g_unlink (path);
  g_rmdir (dir);
  run_result_clear (&result);
}

static void
test_screenshot_default_size (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lc-screenshot-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "default.png", NULL);
  g_autofree char *arg = g_strconcat ("--screenshot=", path, NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  RunResult result = { 0 };

  run_app (&result, arg, NULL);
  g_assert_cmpint (result.status, ==, 0);

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 800);

  g_unlink (path);
  g_rmdir (dir);
  run_result_clear (&result);
}

static void
test_screenshot_unwritable (void)
{
  RunResult result = { 0 };

  run_app (&result, "--screenshot=/nonexistent-lc-dir/out.png", "--size=400x300", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "Could not write the screenshot"));
  g_assert_nonnull (strstr (result.err, "/nonexistent-lc-dir/out.png"));
  g_assert_false (g_file_test ("/nonexistent-lc-dir/out.png", G_FILE_TEST_EXISTS));
  run_result_clear (&result);
}

static void
test_screenshot_bad_size (void)
{
  RunResult result = { 0 };

  run_app (&result, "--screenshot=/tmp/never-written.png", "--size=wide", NULL);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "WIDTHxHEIGHT"));
  run_result_clear (&result);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_cli_version);
  g_test_add_func ("/cli/help", test_cli_help);
  g_test_add_func ("/cli/screenshot/bad-size", test_screenshot_bad_size);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display: run under xvfb-run");
      return g_test_run ();
    }

  g_test_add_func ("/cli/screenshot/writes-png", test_screenshot_writes_png);
  g_test_add_func ("/cli/screenshot/default-size", test_screenshot_default_size);
  g_test_add_func ("/cli/screenshot/unwritable", test_screenshot_unwritable);

  return g_test_run ();
}
