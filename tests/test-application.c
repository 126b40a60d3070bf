/* test-application.c: actions and keyboard shortcuts of the application
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lc-application.h"
#include "lc-window.h"
#include "lc-test-display.h"

static void
assert_accel (GtkApplication *app,
              const char     *action,
              const char     *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);

  g_assert_nonnull (accels);
  g_assert_true (g_strv_contains ((const char * const *) accels, accel));
}

static void
on_activate_cb (GApplication *app,
                gpointer      user_data)
{
  GtkWindow *window;
  GtkWidget *help_overlay;
  gboolean *checked = user_data;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Learning Cities");

  /* GtkApplication found our shortcuts window in the resources. */
  help_overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (help_overlay));

  assert_accel (GTK_APPLICATION (app), "app.quit", "<Control>q");
  assert_accel (GTK_APPLICATION (app), "window.close", "<Control>w");
  assert_accel (GTK_APPLICATION (app), "win.show-help-overlay", "<Control>question");

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));

  /* Ctrl+Q closes every window and ends the application. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  *checked = TRUE;
}

static void
test_application_shortcuts (void)
{
  g_autoptr(LcApplication) app = lc_application_new ();
  char *argv[] = { (char *) "learning-cities", NULL };
  gboolean checked = FALSE;
  int status;

  /* A test must not hand its work to an instance running on the session bus. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &checked);

  status = g_application_run (G_APPLICATION (app), 1, argv);

  g_assert_true (checked);
  g_assert_cmpint (status, ==, 0);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

typedef struct
{
  guint    activations;
  gboolean checked;
} OpenViewData;

static LcCity *
selected_city (GtkApplication *app)
{
  LcWindow *window = LC_WINDOW (gtk_application_get_active_window (app));

  return gtk_single_selection_get_selected_item (lc_window_get_selection (window));
}

static void
on_open_view_activate_cb (GApplication *app,
                          OpenViewData *data)
{
  GVariantDict dict;
  LcCity *city;

  /* The first activation is the start; the action's is the second. */
  if (++data->activations > 1)
    return;

  g_assert_null (selected_city (GTK_APPLICATION (app)));

  /* What a second `learning-cities --city=lisbon --region=europe-north-america`
   * sends to the running instance. */
  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "city", "s", "lisbon");
  g_variant_dict_insert (&dict, "regions", "u", LC_REGION_BIT (LC_REGION_EUROPE_NORTH_AMERICA));
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-view", g_variant_dict_end (&dict));

  g_assert_cmpuint (data->activations, ==, 2);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  city = selected_city (GTK_APPLICATION (app));
  g_assert_nonnull (city);
  g_assert_cmpstr (lc_city_get_id (city), ==, "lisbon");
  g_assert_cmpuint (lc_city_filter_get_regions (lc_window_get_filter (LC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app))))),
                    ==, LC_REGION_BIT (LC_REGION_EUROPE_NORTH_AMERICA));

  /* A later plain activation leaves the window as the user has it. */
  gtk_single_selection_set_selected (lc_window_get_selection (LC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)))),
                                     GTK_INVALID_LIST_POSITION);
  g_application_activate (app);
  g_assert_null (selected_city (GTK_APPLICATION (app)));

  data->checked = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_application_open_view (void)
{
  g_autoptr(LcApplication) app = lc_application_new ();
  char *argv[] = { (char *) "learning-cities", NULL };
  OpenViewData data = { 0 };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_open_view_activate_cb), &data);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_true (data.checked);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!lc_test_init_display ())
    return g_test_run ();

  g_test_add_func ("/application/shortcuts", test_application_shortcuts);
  g_test_add_func ("/application/open-view", test_application_open_view);

  return g_test_run ();
}
