/* lc-user-data-dialogs.c: Import Cities…, Remove Imported Data… and the
 * notice about damaged user data
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-user-data-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "lc-import.h"
#include "lc-user-data-dialogs.h"
#include "lc-user-db.h"

/* Dialogs rather than toasts or banners: libadwaita 1.2 has no AdwBanner,
 * and a dialog needs no room in the window's layout. */

/* Lists longer than this are cut in a dialog: the command line prints
 * every line. */
#define MAX_SUMMARY_LINES 12

static void
show_message (GtkWindow  *parent,
              const char *heading,
              const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * lc_user_data_import_file:
 * @parent: the window to attach the dialogs to
 * @store: the app's store, reloaded after the import
 * @file: the file the user chose
 *
 * Imports @file and says what it added and changed, or why nothing was
 * imported. The file is at most 50 MB and checked in memory, so this runs
 * on the main thread.
 */
void
lc_user_data_import_file (GtkWindow *parent,
                          LcStore   *store,
                          GFile     *file)
{
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *summary = NULL;

  report = lc_import_file (store, lc_store_get_user_path (store), file, name, &error);
  if (report == NULL)
    {
      show_message (parent, _("Nothing Was Imported"), error->message);
      return;
    }

  if (!lc_store_reload (store, &error))
    {
      show_message (parent, _("Imported, but Not Shown"), error->message);
      return;
    }

  summary = lc_import_report_summary (report);
  g_string_append_printf (body, "%s: %s", name, summary);
  for (guint i = 0; i < report->lines->len && i < MAX_SUMMARY_LINES; i++)
    g_string_append_printf (body, "\n%s", (const char *) g_ptr_array_index (report->lines, i));
  if (report->lines->len > MAX_SUMMARY_LINES)
    g_string_append_printf (body, "\n%s", _("…"));

  show_message (parent, _("Cities Imported"), body->str);
}

static void
on_import_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(LcStore) store = user_data;
  GtkWindow *parent = gtk_native_dialog_get_transient_for (chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      lc_user_data_import_file (parent, store, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/**
 * lc_user_data_import:
 * @parent: the window to attach the dialogs to
 * @store: the app's store
 *
 * Asks for a CSV or JSON file through the native file chooser, which goes
 * through the file chooser portal in the Flatpak: the sandbox needs no
 * file system access. (GtkFileDialog is GTK 4.10.)
 */
void
lc_user_data_import (GtkWindow *parent,
                     LcStore   *store)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Cities"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (all, _("City lists (CSV or JSON)"));
  gtk_file_filter_add_mime_type (all, "text/csv");
  gtk_file_filter_add_mime_type (all, "application/json");
  gtk_file_filter_add_suffix (all, "csv");
  gtk_file_filter_add_suffix (all, "json");
  gtk_file_filter_set_name (csv, _("CSV"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_set_name (json, _("JSON"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);

  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response_cb), g_object_ref (store));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  g_autoptr(LcStore) store = user_data;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(GError) error = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *body = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;

  moved = lc_user_db_move_aside (lc_store_get_user_path (store), "removed", &error);
  if (moved == NULL || !lc_store_reload (store, &error))
    {
      show_message (parent, _("Imported Data Not Removed"), error->message);
      return;
    }

  body = g_strdup_printf (_("The app shows the shipped data again. The imported data was kept in %s."), moved);
  show_message (parent, _("Imported Data Removed"), body);
}

/**
 * lc_user_data_remove:
 * @parent: the window to attach the dialogs to
 * @store: the app's store
 *
 * After a confirmation, sets the user database aside (renamed, not
 * deleted) so the shipped data shows again, and says where it went.
 */
void
lc_user_data_remove (GtkWindow *parent,
                     LcStore   *store)
{
  g_autoptr(GListModel) cities = lc_store_get_user_cities (store);
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  guint n = g_list_model_get_n_items (cities);

  if (!g_file_test (lc_store_get_user_path (store), G_FILE_TEST_EXISTS))
    {
      show_message (parent, _("No Imported Data"), _("The app shows the shipped data."));
      return;
    }

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u imported city will no longer be shown; the shipped data "
                                       "will. The file is kept, renamed, in case you want it back.",
                                       "%u imported cities will no longer be shown; the shipped data "
                                       "will. The file is kept, renamed, in case you want it back.", n), n);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Remove Imported Data?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response_cb), g_object_ref (store));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * lc_user_data_show_problem:
 * @parent: the window to attach the dialog to
 * @store: the app's store
 *
 * Says once, when the window opens, that the imported data could not be
 * read and where the damaged file went, if that happened.
 */
void
lc_user_data_show_problem (GtkWindow *parent,
                           LcStore   *store)
{
  const char *problem = lc_store_get_user_problem (store);

  if (problem != NULL)
    show_message (parent, _("Imported Data Not Shown"), problem);
}
