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
#include "lc-import.h"
#include "lc-preferences-window.h"
#include "lc-screenshot.h"
#include "lc-size.h"
#include "lc-store.h"
#include "lc-text.h"
#include "lc-user-data-dialogs.h"
#include "lc-user-db.h"
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

  /* The state the window opens in, from --region, --years, --country,
   * --search and --city; it overrides the restored one. */
  gboolean        has_view_query;
  LcQuery         view_query;
  char           *view_country;
  char           *view_search;
  char           *view_city;
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
  g_autofree char *user_path = NULL;

  if (self->store != NULL)
    return TRUE;

  path = lc_store_get_default_path ();
  user_path = lc_user_db_get_default_path ();
  self->store = lc_store_open_with_user_data (path, user_path, error);
  if (self->store == NULL)
    return FALSE;

  /* Said here for the command line; the window says it too. */
  if (lc_store_get_user_problem (self->store) != NULL)
    g_printerr ("learning-cities: %s\n", lc_store_get_user_problem (self->store));
  return TRUE;
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

static int
import_file (LcApplication *self,
             const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *summary = NULL;

  report = lc_import_file (self->store, lc_store_get_user_path (self->store), file, path, &error);
  if (report == NULL)
    {
      /* A problem with the file is the user's to fix (exit 2), and its
       * message already names the file and line; anything else is ours. */
      if (g_error_matches (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_INVALID))
        g_printerr ("%s\n", error->message);
      else
        g_printerr ("learning-cities: %s\n", error->message);
      g_printerr ("learning-cities: %s\n", _("nothing was imported"));
      return g_error_matches (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_FAILED) ? 1 : 2;
    }

  for (guint i = 0; i < report->lines->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (report->lines, i));
  summary = lc_import_report_summary (report);
  g_string_append_printf (out, "%s: %s\n", path, summary);
  print_text (out->str);
  return 0;
}

static int
export_user_data (LcApplication *self,
                  const char    *path)
{
  g_autoptr(GListModel) cities = lc_store_get_user_cities (self->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = lc_import_write_csv (cities);
  g_autofree char *message = NULL;
  guint n = g_list_model_get_n_items (cities);

  if (g_strcmp0 (path, "-") == 0)
    {
      print_text (text);
      return 0;
    }

  if (!g_file_set_contents (path, text, -1, &error))
    {
      g_printerr ("learning-cities: %s\n", error->message);
      return 1;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u imported city written to %s\n",
                                          "%u imported cities written to %s\n", n), n, path);
  print_text (message);
  return 0;
}

static int
remove_user_data (LcApplication *self)
{
  const char *user_path = lc_store_get_user_path (self->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *message = NULL;

  if (!g_file_test (user_path, G_FILE_TEST_EXISTS))
    {
      message = g_strdup_printf (_("There is no imported data (%s): the app shows the shipped data.\n"),
                                 user_path);
      print_text (message);
      return 0;
    }

  moved = lc_user_db_move_aside (user_path, "removed", &error);
  if (moved == NULL)
    {
      g_printerr ("learning-cities: %s\n", error->message);
      return 1;
    }

  message = g_strdup_printf (_("Imported data removed: the app shows the shipped data again. "
                               "The imported data was moved to %s.\n"), moved);
  print_text (message);
  return 0;
}

/* --import, --export-user-data, --remove-user-data: no display either. */
static int
handle_user_data_options (LcApplication *self,
                          GVariantDict  *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *import_path = NULL;
  g_autofree char *export_path = NULL;
  gboolean remove = g_variant_dict_contains (options, "remove-user-data");

  g_variant_dict_lookup (options, "import", "^ay", &import_path);
  g_variant_dict_lookup (options, "export-user-data", "^ay", &export_path);

  if (import_path == NULL && export_path == NULL && !remove)
    return -1;

  if ((import_path != NULL) + (export_path != NULL) + remove > 1)
    {
      g_printerr ("learning-cities: %s\n",
                  _("--import, --export-user-data and --remove-user-data cannot be combined"));
      return 2;
    }

  if (!ensure_store (self, &error))
    {
      g_printerr ("learning-cities: %s\n", error->message);
      return 1;
    }

  if (import_path != NULL)
    return import_file (self, import_path);
  if (export_path != NULL)
    return export_user_data (self, export_path);
  return remove_user_data (self);
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

/* An id ("lisbon") or a name or other name in any case and with or
 * without diacritics ("Lisboa", "sao paulo"). */
static char *
find_city_id (LcStore    *store,
              const char *text)
{
  g_autoptr(GListModel) cities = NULL;
  g_autofree char *folded = NULL;
  guint n_items;

  if (lc_store_get_city (store, text) != NULL)
    return g_strdup (text);

  folded = lc_text_fold (text);
  cities = lc_store_get_cities (store);
  n_items = g_list_model_get_n_items (cities);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
      g_autofree char *name = lc_text_fold (lc_city_get_name (city));
      const char * const *alt_names = lc_city_get_alt_names (city);

      if (g_strcmp0 (name, folded) == 0)
        return g_strdup (lc_city_get_id (city));

      for (guint j = 0; alt_names != NULL && alt_names[j] != NULL; j++)
        {
          g_autofree char *alt = lc_text_fold (alt_names[j]);

          if (g_strcmp0 (alt, folded) == 0)
            return g_strdup (lc_city_get_id (city));
        }
    }

  return NULL;
}

/* Without --list or --stats, the query options say what the window shows. */
static gboolean
parse_view_options (LcApplication  *self,
                    GVariantDict   *options,
                    GError        **error)
{
  g_autofree char *country_code = NULL;
  const char *city = NULL;
  LcQuery query = LC_QUERY_INIT;

  if (!parse_query_options (options, &query, &country_code, error))
    return FALSE;

  self->has_view_query = g_variant_dict_contains (options, "region")
                         || g_variant_dict_contains (options, "years")
                         || g_variant_dict_contains (options, "country")
                         || g_variant_dict_contains (options, "search");
  self->view_query = query;
  self->view_country = g_steal_pointer (&country_code);
  self->view_search = g_strdup (query.text);
  self->view_query.country = self->view_country;
  self->view_query.text = self->view_search;

  if (g_variant_dict_lookup (options, "city", "&s", &city))
    {
      if (!ensure_store (self, error))
        return FALSE;

      self->view_city = find_city_id (self->store, city);
      if (self->view_city == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("unknown city “%s”: use an id such as lisbon, or a name"),
                       city);
          return FALSE;
        }
    }

  return TRUE;
}

/* The view state as the "app.open-view" action carries it to the
 * instance that is already running. */
static GVariant *
pack_view (LcApplication *self)
{
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  if (self->has_view_query)
    {
      g_variant_dict_insert (&dict, "regions", "u", self->view_query.regions);
      g_variant_dict_insert (&dict, "year-from", "i", self->view_query.year_from);
      g_variant_dict_insert (&dict, "year-to", "i", self->view_query.year_to);
      if (self->view_country != NULL)
        g_variant_dict_insert (&dict, "country", "s", self->view_country);
      if (self->view_search != NULL)
        g_variant_dict_insert (&dict, "search", "s", self->view_search);
    }
  if (self->view_city != NULL)
    g_variant_dict_insert (&dict, "city", "s", self->view_city);

  return g_variant_dict_end (&dict);
}

static void
unpack_view (LcApplication *self,
             GVariant      *state)
{
  GVariantDict dict;
  LcQuery query = LC_QUERY_INIT;

  g_variant_dict_init (&dict, state);
  self->has_view_query = g_variant_dict_lookup (&dict, "regions", "u", &query.regions);
  g_variant_dict_lookup (&dict, "year-from", "i", &query.year_from);
  g_variant_dict_lookup (&dict, "year-to", "i", &query.year_to);

  g_clear_pointer (&self->view_country, g_free);
  g_clear_pointer (&self->view_search, g_free);
  g_clear_pointer (&self->view_city, g_free);
  g_variant_dict_lookup (&dict, "country", "s", &self->view_country);
  g_variant_dict_lookup (&dict, "search", "s", &self->view_search);
  g_variant_dict_lookup (&dict, "city", "s", &self->view_city);
  g_variant_dict_clear (&dict);

  self->view_query = query;
  self->view_query.country = self->view_country;
  self->view_query.text = self->view_search;
}

static void
open_view (LcApplication *self,
           GtkWindow     *window)
{
  if (!self->has_view_query && self->view_city == NULL)
    return;

  lc_window_open_state (LC_WINDOW (window),
                        self->has_view_query ? &self->view_query : NULL,
                        self->view_city);

  /* Once shown, the state is the window's: a later activation (the
   * launcher, say) must not bring it back. */
  self->has_view_query = FALSE;
  g_clear_pointer (&self->view_city, g_free);
}

static void
show_user_data_problem (LcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL && self->store != NULL)
    lc_user_data_show_problem (window, self->store);
  g_object_unref (self);
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
      open_view (self, window);
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
    {
      window = GTK_WINDOW (lc_window_new (GTK_APPLICATION (app), TRUE));
      /* Damaged imported data was set aside while opening the store. */
      g_idle_add_once ((GSourceOnceFunc) show_user_data_problem, g_object_ref (self));
    }

  open_view (self, window);
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

  status = handle_user_data_options (self, options);
  if (status >= 0)
    return status;

  status = handle_data_options (self, options);
  if (status >= 0)
    return status;

  if (!parse_view_options (self, options, &error))
    {
      g_printerr ("learning-cities: %s\n", error->message);
      return 2;
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
  else if (self->has_view_query || self->view_city != NULL)
    {
      /* An instance already running gets the state, instead of a second
       * window in a second process. */
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("learning-cities: %s\n", error->message);
          return 1;
        }
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "open-view", pack_view (self));
          return 0;
        }
    }

  return -1;
}

static void
lc_application_finalize (GObject *object)
{
  LcApplication *self = LC_APPLICATION (object);

  g_clear_pointer (&self->screenshot_path, g_free);
  g_clear_pointer (&self->view_country, g_free);
  g_clear_pointer (&self->view_search, g_free);
  g_clear_pointer (&self->view_city, g_free);
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
  adw_about_window_set_website (about, "https://github.com/learningcities/LearningCities");
  adw_about_window_set_issue_url (about, "https://github.com/learningcities/LearningCities/issues");
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

static void
lc_application_import_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  LcApplication *self = user_data;

  if (self->store != NULL)
    lc_user_data_import (gtk_application_get_active_window (GTK_APPLICATION (self)), self->store);
}

static void
lc_application_remove_user_data_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  LcApplication *self = user_data;

  if (self->store != NULL)
    lc_user_data_remove (gtk_application_get_active_window (GTK_APPLICATION (self)), self->store);
}

static void
lc_application_open_view_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  LcApplication *self = user_data;

  /* Sent by a second `learning-cities --city=…` (or --region, --years,
   * --country, --search): show that state in this instance's window. */
  unpack_view (self, parameter);
  g_application_activate (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "open-view", lc_application_open_view_action, "a{sv}" },
  { "import", lc_application_import_action },
  { "remove-user-data", lc_application_remove_user_data_action },
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
  { "city", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Open the window on this city’s page (an id such as lisbon, or a name)"), N_("CITY") },
  { "format", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Output format of --list: csv (default), json or geojson"), N_("FORMAT") },
  { "import", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Add or update cities from a CSV (the columns of --list) or dataset JSON file, and exit"),
    N_("FILE") },
  { "export-user-data", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the imported cities as CSV that --import reads (- for standard output), and exit"),
    N_("FILE") },
  { "remove-user-data", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Set the imported cities aside (the file is kept, renamed) to show the shipped data, and exit"),
    NULL },
  { NULL }
};

static void
lc_application_init (LcApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *sidebar_accels[] = { "F9", NULL };

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-sidebar", sidebar_accels);

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
