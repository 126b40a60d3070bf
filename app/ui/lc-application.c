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
#include "lc-countries.h"
#include "lc-export.h"
#include "lc-preferences-window.h"
#include "lc-screenshot.h"
#include "lc-size.h"
#include "lc-store.h"
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

  LcStore        *store;
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

/* The shipped database is part of the app: without it there is nothing to
 * show, so say which file is wrong and stop rather than show an empty map. */
static gboolean
ensure_store (LcApplication  *self,
              GError        **error)
{
  g_autofree char *path = NULL;

  if (self->store != NULL)
    return TRUE;

  path = lc_store_get_default_path ();
  self->store = lc_store_open (path, error);
  return self->store != NULL;
}

static gboolean
parse_query_options (GVariantDict  *options,
                     LcQuery       *query,
                     char         **country_code,
                     GError       **error)
{
  g_autofree const char **regions = NULL;
  const char *years = NULL;
  const char *country = NULL;
  const char *text = NULL;

  if (g_variant_dict_lookup (options, "region", "^a&s", &regions))
    {
      for (guint i = 0; regions[i] != NULL; i++)
        {
          LcRegion region;

          if (!lc_region_from_string (regions[i], &region))
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("unknown region “%s”: use africa, arab-states, asia-pacific, "
                             "europe-north-america or latin-america-caribbean"),
                           regions[i]);
              return FALSE;
            }
          query->regions |= LC_REGION_BIT (region);
        }
    }

  if (g_variant_dict_lookup (options, "years", "&s", &years)
      && !lc_query_parse_years (years, &query->year_from, &query->year_to, error))
    return FALSE;

  if (g_variant_dict_lookup (options, "country", "&s", &country))
    {
      g_autoptr(LcCountries) countries = lc_countries_get_default (error);
      const LcCountry *found;

      if (countries == NULL)
        return FALSE;

      found = lc_countries_lookup (countries, country);
      if (found == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("unknown country “%s”: use an ISO 3166-1 code such as KR, or a name"),
                       country);
          return FALSE;
        }
      *country_code = g_strdup (found->alpha2);
      query->country = *country_code;
    }

  if (g_variant_dict_lookup (options, "search", "&s", &text))
    query->text = text;

  return TRUE;
}

static void
print_text (const char *text)
{
  /* UTF-8 as it is: g_print() would convert to a non-UTF-8 locale. */
  fputs (text, stdout);
  fflush (stdout);
}

/* --list and --stats: answer on stdout and exit, without a display. */
static int
handle_data_options (LcApplication *self,
                     GVariantDict  *options)
{
  g_autoptr(GListModel) cities = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *country_code = NULL;
  g_autofree char *text = NULL;
  LcQuery query = LC_QUERY_INIT;
  LcExportFormat format = LC_EXPORT_CSV;
  const char *format_name = NULL;
  gboolean list = g_variant_dict_contains (options, "list");
  gboolean stats = g_variant_dict_contains (options, "stats");

  if (!parse_query_options (options, &query, &country_code, &error))
    {
      g_printerr ("learning-cities: %s\n", error->message);
      return 2;
    }

  if (g_variant_dict_lookup (options, "format", "&s", &format_name))
    {
      if (!list)
        {
          g_printerr ("learning-cities: %s\n", _("--format only applies with --list"));
          return 2;
        }
      if (!lc_export_format_from_string (format_name, &format))
        {
          g_printerr ("learning-cities: %s\n", _("unknown format: use csv, json or geojson"));
          return 2;
        }
    }

  if (!list && !stats)
    return -1;

  if (list && stats)
    {
      g_printerr ("learning-cities: %s\n", _("--list and --stats cannot be combined"));
      return 2;
    }

  if (!ensure_store (self, &error))
    {
      g_printerr ("learning-cities: %s\n", error->message);
      return 1;
    }

  if (stats)
    {
      text = lc_export_stats (self->store);
      print_text (text);
      return 0;
    }

  cities = lc_store_query (self->store, &query, &error);
  if (cities == NULL)
    {
      g_printerr ("learning-cities: %s\n", error->message);
      return 1;
    }

  text = lc_export_cities (cities, format);
  print_text (text);
  return 0;
}

static void
lc_application_activate (GApplication *app)
{
  LcApplication *self = LC_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if (!ensure_store (self, &error))
    {
      g_printerr ("learning-cities: %s\n", error->message);
      self->exit_status = 1;
      return;
    }

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
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  status = handle_data_options (self, options);
  if (status >= 0)
    return status;

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
  g_clear_object (&self->store);

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

/* About > Credits > Data: where every fact comes from, and how much of the
 * network the dataset covers ("N of 425"), both read from the store. */
static void
add_data_credits (LcApplication  *self,
                  AdwAboutWindow *about)
{
  static const char *data[] = {
    "UNESCO Institute for Lifelong Learning https://www.uil.unesco.org/en/learning-cities",
    "GeoNames https://www.geonames.org",
    "Debian iso-codes https://salsa.debian.org/iso-codes-team/iso-codes",
    "Natural Earth https://www.naturalearthdata.com",
    NULL
  };
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) hosts = NULL;
  g_autofree char *comments = NULL;
  g_autofree char *data_title = NULL;
  LcCohort *latest = self->store != NULL ? lc_store_get_latest_cohort (self->store) : NULL;

  /* The coverage heads the Data credits, where it is seen next to them. */
  if (latest != NULL && lc_cohort_get_total_cities_after (latest) > 0)
    /* Translators: the title of the data credits; "365 of 425 member cities" */
    data_title = g_strdup_printf (_("Data: %u of %d member cities"),
                                  lc_store_count_members (self->store),
                                  lc_cohort_get_total_cities_after (latest));
  else
    data_title = g_strdup (_("Data"));
  adw_about_window_add_credit_section (about, data_title, data);
  /* Translators: the licence notice GeoNames asks for; keep "CC BY 4.0" */
  adw_about_window_add_legal_section (about, "GeoNames",
                                      _("Contains data from GeoNames (geonames.org), CC BY 4.0, modified"),
                                      GTK_LICENSE_CUSTOM,
                                      "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>");
  adw_about_window_add_legal_section (about, "Natural Earth",
                                      _("Map data: Natural Earth (public domain)"),
                                      GTK_LICENSE_CUSTOM, NULL);
  adw_about_window_add_legal_section (about, "iso-codes",
                                      _("Country names and codes from Debian’s iso-codes"),
                                      GTK_LICENSE_LGPL_2_1, NULL);

  if (self->store == NULL)
    {
      adw_about_window_set_comments (about, _("Explore the UNESCO Global Network of Learning Cities"));
      return;
    }

  hosts = lc_store_get_source_hosts (self->store);
  for (guint i = 0; hosts[i] != NULL; i++)
    g_ptr_array_add (sources, g_strdup_printf ("%s https://%s", hosts[i], hosts[i]));
  g_ptr_array_add (sources, NULL);
  adw_about_window_add_credit_section (about, _("Sources"), (const char **) sources->pdata);

  if (latest != NULL && lc_cohort_get_total_cities_after (latest) > 0)
    comments = g_strdup_printf (_("Explore the UNESCO Global Network of Learning Cities\n\n"
                                  "The data covers %u of %d member cities, each fact with its source."),
                                lc_store_count_members (self->store),
                                lc_cohort_get_total_cities_after (latest));
  else
    comments = g_strdup_printf (_("Explore the UNESCO Global Network of Learning Cities\n\n"
                                  "The data covers %u member cities, each fact with its source."),
                                lc_store_count_members (self->store));
  adw_about_window_set_comments (about, comments);
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
  add_data_credits (self, about);
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
lc_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  LcApplication *self = user_data;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (lc_preferences_window_new (window)));
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
  { "preferences", lc_application_preferences_action },
};

static const GOptionEntry option_entries[] = {
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "screenshot", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the window, write a PNG of it once drawn, and exit"), N_("FILE.png") },
  { "size", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Window size for --screenshot (default 1280x800)"), N_("WIDTHxHEIGHT") },
  { "list", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the matching cities and exit"), NULL },
  { "stats", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the cities in the dataset against UNESCO’s counts, per cohort and region, and exit"), NULL },
  { "region", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Only cities of this UNESCO region; repeat for several"), N_("REGION") },
  { "years", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Only cities admitted in these years"), N_("FROM-TO") },
  { "country", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Only cities of this country"), N_("CC") },
  { "search", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Only cities whose names, country or initiatives match"), N_("TEXT") },
  { "format", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Output format of --list: csv (default), json or geojson"), N_("FORMAT") },
  { NULL }
};

static void
lc_application_init (LcApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);

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

/**
 * lc_application_get_store:
 * @self: a #LcApplication
 *
 * Returns: (transfer none) (nullable): the member dataset, once the
 *   application has been activated; %NULL before
 */
LcStore *
lc_application_get_store (LcApplication *self)
{
  g_return_val_if_fail (LC_IS_APPLICATION (self), NULL);

  return self->store;
}
