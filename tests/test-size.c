/* test-size.c: --size parsing
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-size.h"

static void
test_size_parse_valid (void)
{
  g_autoptr(GError) error = NULL;
  int width = 0, height = 0;

  g_assert_true (lc_size_parse ("1280x800", &width, &height, &error));
  g_assert_no_error (error);
  g_assert_cmpint (width, ==, 1280);
  g_assert_cmpint (height, ==, 800);

  g_assert_true (lc_size_parse ("360X294", &width, &height, &error));
  g_assert_cmpint (width, ==, 360);
  g_assert_cmpint (height, ==, 294);
}

static void
test_size_parse_malformed (void)
{
  const char *bad[] = { "", "x", "1280", "1280x", "x800", "12a0x800", "1280x800x2",
                        "-1280x800", "1280 x 800", "99999999999x800" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      int width = -1, height = -1;

      g_assert_false (lc_size_parse (bad[i], &width, &height, &error));
      g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
      g_assert_nonnull (strstr (error->message, "WIDTHxHEIGHT"));
      g_assert_cmpint (width, ==, -1);
      g_assert_cmpint (height, ==, -1);
    }
}

static void
test_size_parse_range (void)
{
  g_autoptr(GError) error = NULL;
  int width = -1, height = -1;

  g_assert_false (lc_size_parse ("100x800", &width, &height, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_assert_nonnull (strstr (error->message, "out of range"));
  g_clear_error (&error);

  g_assert_false (lc_size_parse ("1280x9000", &width, &height, &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_assert_cmpint (width, ==, -1);

  g_clear_error (&error);
  g_assert_true (lc_size_parse ("200x8192", &width, &height, &error));
  g_assert_cmpint (width, ==, 200);
  g_assert_cmpint (height, ==, 8192);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/size/parse/valid", test_size_parse_valid);
  g_test_add_func ("/size/parse/malformed", test_size_parse_malformed);
  g_test_add_func ("/size/parse/range", test_size_parse_range);

  return g_test_run ();
}
