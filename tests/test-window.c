/* test-window.c: the main window under a real display
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "lc-test-display.h"
#include "lc-window.h"

static void
test_window_title_and_map (void)
{
  LcWindow *window;
  ShumateSimpleMap *map;
  ShumateMapSource *source;

  window = lc_window_new (NULL, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Learning Cities");

  map = lc_window_get_map (window);
  g_assert_true (SHUMATE_IS_SIMPLE_MAP (map));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (map), GTK_WIDGET (window)));

  /* The map source is ours: nothing is fetched from the network. */
  source = shumate_simple_map_get_map_source (map);
  g_assert_nonnull (source);
  g_assert_true (g_str_has_prefix (shumate_map_source_get_id (source), "learning-cities"));

  lc_test_iterate_until (lc_test_window_is_drawn, window);
  g_assert_true (lc_window_is_drawn (window, NULL));

  /* The map fills the content area below the header bar, beside the
   * sidebar (and the paned's handle between them). */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (map))
                   + gtk_widget_get_width (GTK_WIDGET (lc_window_get_sidebar (window))), >=,
                   gtk_widget_get_width (GTK_WIDGET (window)) - 2);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (map)), >, gtk_widget_get_width (GTK_WIDGET (window)) / 2);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (map)), >,
                   gtk_widget_get_height (GTK_WIDGET (window)) - 80);

  /* The whole width of the world is in view: 256 px × 2^zoom = map width. */
  g_assert_cmpfloat_with_epsilon (256.0 * pow (2.0, shumate_viewport_get_zoom_level (shumate_simple_map_get_viewport (map))),
                                  gtk_widget_get_width (GTK_WIDGET (map)), 0.5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_settings_round_trip (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  LcWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = lc_window_new (NULL, TRUE);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);

  /* The user resizes the window and closes it... */
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 640);
  gtk_window_close (GTK_WINDOW (window));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* ...and the next window opens at that size. */
  window = lc_window_new (NULL, TRUE);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 640);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_settings_not_touched (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  LcWindow *window;

  g_settings_set_int (settings, "window-width", 1111);

  /* A screenshot window neither restores nor saves the user's size. */
  window = lc_window_new (NULL, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (window));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1111);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!lc_test_init_display ())
    return g_test_run ();

  g_test_add_func ("/window/title-and-map", test_window_title_and_map);
  g_test_add_func ("/window/settings/round-trip", test_window_settings_round_trip);
  g_test_add_func ("/window/settings/screenshot-leaves-alone", test_window_settings_not_touched);

  return g_test_run ();
}
