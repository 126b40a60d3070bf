/* test-screenshot.c: the command line of the real executable
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "lc-test-util.h"

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
  LcTestRun result = { 0 };

  lc_test_run_app (&result, "--version", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "learning-cities " PACKAGE_VERSION "\n");
  lc_test_run_clear (&result);
}

static void
test_cli_help (void)
{
  LcTestRun result = { 0 };

  lc_test_run_app (&result, "--help", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--screenshot=FILE.png"));
  g_assert_nonnull (strstr (result.out, "--size=WIDTHxHEIGHT"));
  g_assert_nonnull (strstr (result.out, "--version"));
  lc_test_run_clear (&result);
}

static void
test_screenshot_writes_png (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lc-screenshot-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.png", NULL);
  g_autofree char *arg = g_strconcat ("--screenshot=", path, NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  LcTestRun result = { 0 };

  lc_test_run_app (&result, arg, "--size=800x600", NULL);
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
  lc_test_run_clear (&result);
}

static void
test_screenshot_default_size (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lc-screenshot-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "default.png", NULL);
  g_autofree char *arg = g_strconcat ("--screenshot=", path, NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  LcTestRun result = { 0 };

  lc_test_run_app (&result, arg, NULL);
  g_assert_cmpint (result.status, ==, 0);

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 800);

  g_unlink (path);
  g_rmdir (dir);
  lc_test_run_clear (&result);
}

static void
test_screenshot_unwritable (void)
{
  LcTestRun result = { 0 };

  lc_test_run_app (&result, "--screenshot=/nonexistent-lc-dir/out.png", "--size=400x300", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "Could not write the screenshot"));
  g_assert_nonnull (strstr (result.err, "/nonexistent-lc-dir/out.png"));
  g_assert_false (g_file_test ("/nonexistent-lc-dir/out.png", G_FILE_TEST_EXISTS));
  lc_test_run_clear (&result);
}

static void
test_screenshot_bad_size (void)
{
  LcTestRun result = { 0 };

  lc_test_run_app (&result, "--screenshot=/tmp/never-written.png", "--size=wide", NULL);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "WIDTHxHEIGHT"));
  lc_test_run_clear (&result);
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
