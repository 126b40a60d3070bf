/* test-user-data-dialogs.c: Import Cities… and Remove Imported Data… as a
 * user sees them, under a real display
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lc-application.h"
#include "lc-city-layer.h"
#include "lc-import.h"
#include "lc-user-db.h"
#include "lc-test-display.h"
#include "lc-user-data-dialogs.h"
#include "lc-window.h"

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
close_dialog (AdwMessageDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_dialogs_import_and_remove (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lc-dialogs-XXXXXX", &error);
  g_autofree char *user_path = g_build_filename (dir, "user.db", NULL);
  g_autofree char *shipped = g_strdup (g_getenv ("LC_DATABASE"));
  g_autofree char *update = g_test_build_filename (G_TEST_DIST, "fixtures", "import", "good", "update.csv", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "fixtures", "import", "bad", "year-2099.csv", NULL);
  g_autoptr(GFile) update_file = g_file_new_for_path (update);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GListModel) cities = NULL;
  g_autoptr(GtkFilterListModel) filtered = NULL;
  GtkWindow *window;
  AdwMessageDialog *dialog;
  guint n_before;

  g_assert_no_error (error);
  store = lc_store_open_with_user_data (shipped, user_path, &error);
  g_assert_no_error (error);
  cities = lc_store_get_cities (store);
  /* As the window does: a filter over the store's one model. */
  filtered = gtk_filter_list_model_new (g_object_ref (cities), NULL);
  n_before = g_list_model_get_n_items (G_LIST_MODEL (filtered));

  window = GTK_WINDOW (adw_application_window_new (NULL));
  gtk_window_present (window);

  /* A bad file: a dialog says why, and nothing changes. */
  lc_user_data_import_file (window, store, bad_file);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Nothing Was Imported");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "year-2099.csv:2: year: 2099 is outside"));
  close_dialog (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, n_before);

  /* A good one: the list the map and sidebar show grows, and a dialog
   * says what was added and changed. */
  lc_user_data_import_file (window, store, update_file);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cities Imported");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "update.csv: 2 added, 1 changed, 0 unchanged\n"
                   "changed: abuja (Abuja, NG): year, sources\n"
                   "added: new-town (New Town, GB)\n"
                   "added: cidade-nova (Cidade Nova, BR)");
  close_dialog (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, n_before + 2);
  g_assert_nonnull (lc_store_get_city (store, "new-town"));

  /* Remove: a confirmation, then the shipped data and where the file went. */
  lc_user_data_remove (window, store);
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove Imported Data?");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  adw_message_dialog_response (dialog, "remove");
  close_dialog (dialog);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Imported Data Removed");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "user.db.removed-"));
  close_dialog (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, n_before);
  g_assert_null (lc_store_get_city (store, "new-town"));
  g_assert_false (g_file_test (user_path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (window);
  lc_test_remove_tree (dir);
}

/* Whether the window's list (the selection the map draws too) holds @id. */
static gboolean
window_lists (LcWindow   *window,
              const char *id)
{
  GListModel *list = G_LIST_MODEL (lc_window_get_selection (window));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (list, i);

      if (g_strcmp0 (lc_city_get_id (city), id) == 0)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  const char *update;
  guint       n_shipped;
  guint       n_shipped_located;
  gboolean    checked;
} WindowImportData;

/* The application's own window, as a user starts it after
 * `learning-cities --import=update.csv`: the imported cities are in its list
 * and on its map; removing the imported data and importing again (what
 * Remove Imported Data… and Import Cities… do once their dialogs are
 * answered, tested above) change both at once. update.csv adds New Town
 * (with a place) and Cidade Nova (none). The dialogs stay out: on GTK 4.18
 * with libadwaita 1.7 the second of two message dialogs over this window
 * warns that a label was measured too narrow, which a test takes as fatal. */
static void
on_window_import_activate_cb (GApplication     *app,
                              WindowImportData *data)
{
  LcWindow *window = LC_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  LcCityLayer *layer = lc_window_get_city_layer (window);
  GListModel *list = G_LIST_MODEL (lc_window_get_selection (window));
  g_autoptr(GFile) update_file = g_file_new_for_path (data->update);
  LcStore *store = lc_application_get_store (LC_APPLICATION (app));
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *moved = NULL;

  /* As the user finds it: on screen, its map drawn. */
  lc_test_iterate_until (lc_test_window_is_drawn, window);
  g_assert_true (lc_window_is_drawn (window, NULL));

  g_assert_true (window_lists (window, "new-town"));
  g_assert_true (window_lists (window, "cidade-nova"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, data->n_shipped + 2);
  g_assert_cmpuint (lc_city_layer_get_n_cities (layer), ==, data->n_shipped_located + 1);
  /* The one the menu's Import Cities… reloads. */
  g_assert_true (lc_window_get_store (window) == store);

  /* Removed: gone from the list and the map at once. */
  moved = lc_user_db_move_aside (lc_store_get_user_path (store), "removed", &error);
  g_assert_no_error (error);
  g_assert_true (lc_store_reload (store, &error));
  g_assert_no_error (error);
  lc_test_iterate_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, data->n_shipped);
  g_assert_false (window_lists (window, "new-town"));
  g_assert_cmpuint (lc_city_layer_get_n_cities (layer), ==, data->n_shipped_located);

  /* Imported again: back in the list and on the map at once. */
  report = lc_import_file (store, lc_store_get_user_path (store), update_file, "update.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_added, ==, 2);
  g_assert_true (lc_store_reload (store, &error));
  g_assert_no_error (error);
  lc_test_iterate_pending ();
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, data->n_shipped + 2);
  g_assert_true (window_lists (window, "new-town"));
  g_assert_cmpuint (lc_city_layer_get_n_cities (layer), ==, data->n_shipped_located + 1);

  data->checked = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_dialogs_window_shows_imports (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lc-window-import-XXXXXX", &error);
  g_autofree char *user_path = g_build_filename (dir, "user.db", NULL);
  g_autofree char *import_arg = NULL;
  g_autofree char *saved_user_path = g_strdup (g_getenv ("LC_USER_DATABASE"));
  g_autoptr(LcStore) shipped = NULL;
  g_autoptr(LcApplication) app = NULL;
  char *argv[] = { (char *) "learning-cities", NULL };
  WindowImportData data = { 0 };
  LcTestRun run = { 0 };

  g_assert_no_error (error);
  data.update = g_test_build_filename (G_TEST_DIST, "fixtures", "import", "good", "update.csv", NULL);
  shipped = lc_store_open (g_getenv ("LC_DATABASE"), &error);
  g_assert_no_error (error);
  data.n_shipped = lc_store_count_cities (shipped);
  data.n_shipped_located = lc_store_count_cities_located (shipped);

  /* The import a user runs first, through the real executable. */
  g_setenv ("LC_USER_DATABASE", user_path, TRUE);
  import_arg = g_strconcat ("--import=", data.update, NULL);
  lc_test_run_app (&run, import_arg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lc_test_run_clear (&run);

  app = lc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_window_import_activate_cb), &data);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_true (data.checked);

  if (saved_user_path != NULL)
    g_setenv ("LC_USER_DATABASE", saved_user_path, TRUE);
  else
    g_unsetenv ("LC_USER_DATABASE");
  g_free ((char *) data.update);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!lc_test_init_display ())
    return g_test_run ();

  g_test_add_func ("/user-data-dialogs/import-and-remove", test_dialogs_import_and_remove);
  g_test_add_func ("/user-data-dialogs/window-shows-imports", test_dialogs_window_shows_imports);

  return g_test_run ();
}
