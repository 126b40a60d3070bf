/* test-preferences.c: the Preferences window switching the map of a real window
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <libsoup/soup.h>
#include <string.h>

#include "lc-application.h"
#include "lc-online-source.h"
#include "lc-preferences-window.h"
#include "lc-screenshot.h"
#include "lc-tile-fetcher.h"
#include "lc-test-display.h"
#include "lc-window.h"

/* Magenta: no basemap paints it, so seeing it means the server's tiles. */
#define SERVED_ARGB 0xffff00ff

/* g_settings_get_string() returns a copy: compare it without leaking it. */
#define assert_setting_string(settings, key, expected) \
  G_STMT_START { \
    g_autofree char *value_ = g_settings_get_string ((settings), (key)); \
    g_assert_cmpstr (value_, ==, (expected)); \
  } G_STMT_END

static SoupServer *server;
static GBytes *served_png;
static guint server_port;
static guint server_requests;
static char *server_user_agent;

static void
server_callback (SoupServer        *soup_server,
                 SoupServerMessage *message,
                 const char        *path,
                 GHashTable        *query,
                 gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (message);

  server_requests++;
  g_free (server_user_agent);
  server_user_agent = g_strdup (soup_message_headers_get_one (headers, "User-Agent"));

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "image/png", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (served_png, NULL),
                                    g_bytes_get_size (served_png));
}

static void
start_server (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pixels = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guint32 *data = g_new (guint32, 256 * 256);
  GSList *uris;

  for (gsize i = 0; i < 256 * 256; i++)
    data[i] = SERVED_ARGB;
  pixels = g_bytes_new_take (data, 256 * 256 * 4);
  texture = gdk_memory_texture_new (256, 256, GDK_MEMORY_DEFAULT, pixels, 256 * 4);
  served_png = gdk_texture_save_to_png_bytes (texture);

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, server_callback, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server);
  server_port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

/* A port nobody listens on: bound, noted, closed. */
static guint
closed_port (void)
{
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GError) error = NULL;
  guint port;

  port = g_socket_listener_add_any_inet_port (listener, NULL, &error);
  g_assert_no_error (error);
  g_socket_listener_close (listener);

  return port;
}

static char *
server_url_template (void)
{
  return g_strdup_printf ("http://127.0.0.1:%u/tiles/{z}/{x}/{y}.png", server_port);
}

static gboolean
online_tiles_drawn (gpointer data)
{
  return server_requests > 0 && lc_window_is_drawn (LC_WINDOW (data), NULL);
}

static GtkWidget *
find_check_button (GtkWidget  *widget,
                   const char *target)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    {
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (value != NULL && g_strcmp0 (g_variant_get_string (value, NULL), target) == 0)
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_check_button (child, target);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_label_text (GtkWidget *widget,
                    GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_text (child, text);
}

static guint32
map_centre_pixel (LcWindow *window)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "window.png", NULL);
  GtkWidget *map = GTK_WIDGET (lc_window_get_map (window));
  graphene_rect_t bounds;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  int width, height, x, y;

  /* Tiles are requested on the frame after the first view is set: let a
   * few frames pass. */
  lc_test_iterate_for (G_USEC_PER_SEC / 2);
  texture = lc_test_write_screenshot (GTK_WIDGET (window), path, deadline);

  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);

  g_assert_true (gtk_widget_compute_bounds (map, GTK_WIDGET (window), &bounds));
  /* Northern Asia: clear of the legend (left), the zoom buttons (top
   * right) and the city dots. */
  x = (int) (bounds.origin.x + bounds.size.width * 0.75);
  y = (int) (bounds.origin.y + bounds.size.height * 0.25);
  g_assert_cmpint (x, <, width);
  g_assert_cmpint (y, <, height);

  return lc_test_texture_pixel (texture, x, y);
}

static void
test_preferences_switch_map_live (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autofree char *url_template = server_url_template ();
  g_autoptr(GString) license_text = g_string_new (NULL);
  LcWindow *window;
  LcPreferencesWindow *preferences;
  ShumateSimpleMap *map;
  ShumateMap *inner_map;
  ShumateMapSource *source;
  GtkWidget *online_check, *offline_check, *license;
  graphene_rect_t bounds;
  guint32 offline_pixel;
  g_autofree char *closed_url = NULL;

  g_settings_reset (settings, "map-source");
  g_settings_set_string (settings, "online-tile-url", url_template);
  server_requests = 0;

  window = lc_window_new (NULL, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_present (GTK_WINDOW (window));
  map = lc_window_get_map (window);
  inner_map = shumate_simple_map_get_map (map);
  lc_test_iterate_until (lc_test_window_is_drawn, window);

  /* By default the map is offline and nothing asks the server. */
  source = shumate_simple_map_get_map_source (map);
  g_assert_false (LC_IS_ONLINE_SOURCE (source));
  g_assert_true (shumate_map_get_animate_zoom (inner_map));
  g_assert_cmpuint (server_requests, ==, 0);
  offline_pixel = map_centre_pixel (window);
  g_assert_cmphex (offline_pixel, !=, SERVED_ARGB);

  preferences = lc_preferences_window_new (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (preferences));
  online_check = find_check_button (GTK_WIDGET (preferences), "openstreetmap");
  offline_check = find_check_button (GTK_WIDGET (preferences), "offline");
  g_assert_nonnull (online_check);
  g_assert_nonnull (offline_check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (offline_check)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (online_check)));

  /* The user picks OpenStreetMap: the open window follows at once. */
  gtk_widget_activate (online_check);
  assert_setting_string (settings, "map-source", "openstreetmap");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (online_check)));

  source = shumate_simple_map_get_map_source (map);
  g_assert_true (LC_IS_ONLINE_SOURCE (source));
  g_assert_cmpstr (lc_tile_fetcher_get_url_template (LC_TILE_FETCHER (lc_online_source_get_data_source (LC_ONLINE_SOURCE (source)))),
                   ==, url_template);
  g_assert_nonnull (lc_online_source_get_fallback (LC_ONLINE_SOURCE (source)));
  g_assert_false (shumate_map_get_animate_zoom (inner_map));

  lc_test_iterate_until (online_tiles_drawn, window);
  g_assert_cmpuint (server_requests, >, 0);
  g_assert_cmpstr (server_user_agent, ==, LC_TILE_FETCHER_USER_AGENT);
  g_assert_cmphex (map_centre_pixel (window), ==, SERVED_ARGB);

  /* The attribution OpenStreetMap requires, in the bottom-right corner. */
  license = GTK_WIDGET (shumate_simple_map_get_license (map));
  collect_label_text (license, license_text);
  g_assert_nonnull (strstr (license_text->str, "© OpenStreetMap contributors"));
  g_assert_true (gtk_widget_compute_bounds (license, GTK_WIDGET (map), &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, >, gtk_widget_get_width (GTK_WIDGET (map)) - 24);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, >, gtk_widget_get_height (GTK_WIDGET (map)) - 24);
  g_assert_cmpfloat (bounds.origin.x, >, gtk_widget_get_width (GTK_WIDGET (map)) / 2.0);

  if (g_getenv ("LC_TEST_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("LC_TEST_SCREENSHOT_DIR"), "preferences.png", NULL);
      g_autofree char *window_path = g_build_filename (g_getenv ("LC_TEST_SCREENSHOT_DIR"), "online.png", NULL);

      g_assert_true (lc_screenshot_write_png (GTK_WIDGET (preferences), path, NULL));
      g_assert_true (lc_screenshot_write_png (GTK_WIDGET (window), window_path, NULL));
    }

  /* And back: the built-in map, no more requests, animations allowed. */
  gtk_widget_activate (offline_check);
  assert_setting_string (settings, "map-source", "offline");
  source = shumate_simple_map_get_map_source (map);
  g_assert_false (LC_IS_ONLINE_SOURCE (source));
  g_assert_true (shumate_map_get_animate_zoom (inner_map));
  g_string_truncate (license_text, 0);
  collect_label_text (license, license_text);
  g_assert_null (strstr (license_text->str, "OpenStreetMap"));

  lc_test_iterate_until (lc_test_window_is_drawn, window);
  g_assert_cmphex (map_centre_pixel (window), ==, offline_pixel);

  /* Online with nobody answering (the train, the firewall): the offline
   * map fills every tile, never a blank window. */
  closed_url = g_strdup_printf ("http://127.0.0.1:%u/{z}/{x}/{y}.png", closed_port ());
  g_settings_set_string (settings, "online-tile-url", closed_url);
  gtk_widget_activate (online_check);
  g_assert_true (LC_IS_ONLINE_SOURCE (shumate_simple_map_get_map_source (map)));
  lc_test_iterate_until (lc_test_window_is_drawn, window);
  g_assert_cmpuint (lc_online_source_get_fallback_tiles (LC_ONLINE_SOURCE (shumate_simple_map_get_map_source (map))), >, 0);
  g_assert_cmphex (map_centre_pixel (window), ==, offline_pixel);
  if (g_getenv ("LC_TEST_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("LC_TEST_SCREENSHOT_DIR"), "unreachable.png", NULL);

      g_assert_true (lc_screenshot_write_png (GTK_WIDGET (window), path, NULL));
    }
  g_settings_set_string (settings, "map-source", "offline");

  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_tile_url (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autofree char *url_template = server_url_template ();
  g_autofree char *other = g_strdup_printf ("http://127.0.0.1:%u/other/{z}/{x}/{y}.png", server_port);
  LcWindow *window;
  LcPreferencesWindow *preferences;
  AdwEntryRow *row;
  ShumateMapSource *source;

  g_settings_set_string (settings, "online-tile-url", url_template);
  g_settings_set_string (settings, "map-source", "openstreetmap");

  window = lc_window_new (NULL, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  preferences = lc_preferences_window_new (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (preferences));

  row = ADW_ENTRY_ROW (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                      LC_TYPE_PREFERENCES_WINDOW,
                                                      "tile_url_row"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, url_template);

  /* Without {x} the address is refused and the setting left alone. */
  gtk_editable_set_text (GTK_EDITABLE (row), "https://tiles.example.org/{z}/{y}.png");
  g_signal_emit_by_name (row, "apply");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  assert_setting_string (settings, "online-tile-url", url_template);

  gtk_editable_set_text (GTK_EDITABLE (row), "ftp://tiles.example.org/{z}/{x}/{y}.png");
  g_signal_emit_by_name (row, "apply");
  assert_setting_string (settings, "online-tile-url", url_template);

  /* A good one is saved, and the map asks the new address. */
  gtk_editable_set_text (GTK_EDITABLE (row), other);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_signal_emit_by_name (row, "apply");
  assert_setting_string (settings, "online-tile-url", other);
  source = shumate_simple_map_get_map_source (lc_window_get_map (window));
  g_assert_true (LC_IS_ONLINE_SOURCE (source));
  g_assert_cmpstr (lc_tile_fetcher_get_url_template (LC_TILE_FETCHER (lc_online_source_get_data_source (LC_ONLINE_SOURCE (source)))),
                   ==, other);

  /* Offline first, so that the window never asks the real OpenStreetMap;
   * then the reset button brings its address back. */
  g_settings_set_string (settings, "map-source", "offline");
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                        LC_TYPE_PREFERENCES_WINDOW,
                                                        "tile_url_reset_button"),
                         "clicked");
  assert_setting_string (settings, "online-tile-url", "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  g_assert_false (LC_IS_ONLINE_SOURCE (shumate_simple_map_get_map_source (lc_window_get_map (window))));
  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_action (void)
{
  g_autoptr(LcApplication) app = lc_application_new ();
  g_auto(GStrv) accels = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  gboolean found = FALSE;

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "<Control>comma");

  /* Straight through the action map: activating through the application
   * would need it registered on the session bus. */
  g_action_activate (g_action_map_lookup_action (G_ACTION_MAP (app), "preferences"), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (LC_IS_PREFERENCES_WINDOW (toplevel))
        {
          found = TRUE;
          g_assert_cmpstr (gtk_window_get_title (toplevel), ==, "Preferences");
          gtk_window_destroy (toplevel);
          break;
        }
    }

  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache_home = NULL;
  int status;

  /* Tiles go to a throwaway cache, straight to 127.0.0.1 whatever proxy the
   * environment names. */
  cache_home = g_dir_make_tmp ("lc-test-preferences-XXXXXX", NULL);
  g_assert_nonnull (cache_home);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!lc_test_init_display ())
    return g_test_run ();
  start_server ();

  g_test_add_func ("/preferences/map-source/live", test_preferences_switch_map_live);
  g_test_add_func ("/preferences/tile-url", test_preferences_tile_url);
  g_test_add_func ("/preferences/action", test_preferences_action);

  status = g_test_run ();

  soup_server_disconnect (server);
  g_clear_object (&server);
  g_clear_pointer (&served_png, g_bytes_unref);
  g_clear_pointer (&server_user_agent, g_free);

  /* Leave no tiles behind in /tmp. */
  lc_test_remove_tree (cache_home);

  return status;
}
