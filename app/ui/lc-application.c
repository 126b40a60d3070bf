/* lc-application.c: the application, its actions and command line
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-application"

#include "config.h"

#include <glib/gi18n.h>

#include "lc-application.h"
#include "lc-screenshot.h"
#include "lc-size.h"
#include "lc-window.h"

#define DEFAULT_SCREENSHOT_WIDTH 1280
#define DEFAULT_SCREENSHOT_HEIGHT 800
#define SCREENSHOT_TIMEOUT_MS 30000

struct _LcApplication
{
  AdwApplication  parent_instance;

  char           *screenshot_path;
  int             width;
  int             height;
  int             exit_status;
};

G_DEFINE_FINAL_TYPE (LcApplication, lc_application, ADW_TYPE_APPLICATION)

static gboolean
window_is_drawn (GtkWidget  *widget,
                 char      **pending)
{
  return lc_window_is_drawn (LC_WINDOW (widget), pending);
}

static void
on_screenshot_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(LcApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!lc_screenshot_capture_finish (GTK_WIDGET (object), result, &error))
    {
      g_printerr ("learning-cities: %s\n", error->message);
      self->exit_status = 1;
    }

  gtk_window_destroy (GTK_WINDOW (object));
}

static void
lc_application_activate (GApplication *app)
{
  LcApplication *self = LC_APPLICATION (app);
  GtkWindow *window;

  if (self->screenshot_path != NULL)
    {
      window = GTK_WINDOW (lc_window_new (GTK_APPLICATION (app), FALSE));
      gtk_widget_add_css_class (GTK_WIDGET (window), "screenshot");
      gtk_window_set_default_size (window, self->width, self->height);
      gtk_window_present (window);
      lc_screenshot_capture_async (GTK_WIDGET (window),
                                   self->screenshot_path,
                                   self->width,
                                   self->height,
                                   SCREENSHOT_TIMEOUT_MS,
                                   window_is_drawn,
                                   on_screenshot_done_cb,
                                   g_object_ref (self));
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (lc_window_new (GTK_APPLICATION (app), TRUE));

  gtk_window_present (window);
}

static int
lc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  LcApplication *self = LC_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  const char *size = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  self->width = DEFAULT_SCREENSHOT_WIDTH;
  self->height = DEFAULT_SCREENSHOT_HEIGHT;

  if (g_variant_dict_lookup (options, "size", "&s", &size)
      && !lc_size_parse (size, &self->width, &self->height, &error))
    {
      g_printerr ("learning-cities: %s\n", error->message);
      return 2;
    }

  if (g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot_path))
    {
      /* A screenshot is its own short-lived instance, never a message to an
       * instance that is already running. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  else if (size != NULL)
    {
      g_printerr ("learning-cities: %s\n", _("--size only applies with --screenshot"));
      return 2;
    }

  return -1;
}

static void
lc_application_finalize (GObject *object)
{
  LcApplication *self = LC_APPLICATION (object);

  g_clear_pointer (&self->screenshot_path, g_free);

  G_OBJECT_CLASS (lc_application_parent_class)->finalize (object);
}

static void
lc_application_class_init (LcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lc_application_finalize;

  app_class->activate = lc_application_activate;
  app_class->handle_local_options = lc_application_handle_local_options;
}

static void
lc_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  static const char *developers[] = { "The Learning Cities developers", NULL };
  LcApplication *self = user_data;
  GtkWindow *window;
  AdwAboutWindow *about;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), window);
  adw_about_window_set_application_name (about, _("Learning Cities"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_developer_name (about, _("The Learning Cities developers"));
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_comments (about, _("Explore the UNESCO Global Network of Learning Cities"));
  adw_about_window_set_website (about, "https://github.com/learningcities/learning-cities");
  adw_about_window_set_issue_url (about, "https://github.com/learningcities/learning-cities/issues");
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (about, "© 2026 The Learning Cities developers");
  adw_about_window_set_developers (about, developers);
  /* Translators: replace with your names, one per line, to be credited */
  adw_about_window_set_translator_credits (about, _("translator-credits"));

  gtk_window_present (GTK_WINDOW (about));
}

static void
lc_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows;

  /* Close rather than destroy, so that windows save their state. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (app);
}

static const GActionEntry app_actions[] = {
  { "quit", lc_application_quit_action },
  { "about", lc_application_about_action },
};

static const GOptionEntry option_entries[] = {
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "screenshot", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the window, write a PNG of it once drawn, and exit"), N_("FILE.png") },
  { "size", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Window size for --screenshot (default 1280x800)"), N_("WIDTHxHEIGHT") },
  { NULL }
};

static void
lc_application_init (LcApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Explore the UNESCO Global Network of Learning Cities."));
}

LcApplication *
lc_application_new (void)
{
  return g_object_new (LC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/**
 * lc_application_get_exit_status:
 * @self: a #LcApplication
 *
 * Returns: the status the process should exit with once the main loop ended
 */
int
lc_application_get_exit_status (LcApplication *self)
{
  g_return_val_if_fail (LC_IS_APPLICATION (self), 1);

  return self->exit_status;
}
