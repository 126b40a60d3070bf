/* test-online-source.c: online tiles against a tile server on 127.0.0.1
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <libsoup/soup.h>
#include <string.h>

#include "lc-online-source.h"
#include "lc-tile-fetcher.h"

#define TILE_ETAG "\"tile-v1\""
/* What the server's tiles are painted with, and what the offline stand-in
 * paints: a test can tell them apart by one pixel. */
#define SERVED_ARGB 0xffff00ff
#define FALLBACK_ARGB 0xff20a040

/* A stand-in for the offline basemap: every tile one flat colour. */
#define TEST_TYPE_FALLBACK (test_fallback_get_type ())
G_DECLARE_FINAL_TYPE (TestFallback, test_fallback, TEST, FALLBACK, ShumateMapSource)

struct _TestFallback
{
  ShumateMapSource  parent_instance;
  guint             filled;
};

G_DEFINE_FINAL_TYPE (TestFallback, test_fallback, SHUMATE_TYPE_MAP_SOURCE)

typedef enum
{
  SERVE_TILE,
  SERVE_ERROR_500,
  SERVE_GARBAGE,
  SERVE_NOTHING,
} ServeMode;

typedef struct
{
  SoupServer *server;
  guint       port;
  ServeMode   mode;
  GBytes     *png;
  guint       requests;
  guint       not_modified;
  char       *user_agent;
  char       *path;
  char       *if_none_match;
  GPtrArray  *paused;
} Fixture;

static GdkTexture *
flat_texture (guint32 argb)
{
  g_autoptr(GBytes) bytes = NULL;
  guint32 *pixels = g_new (guint32, 256 * 256);

  for (gsize i = 0; i < 256 * 256; i++)
    pixels[i] = argb;

  /* GDK_MEMORY_DEFAULT is B, G, R, A in memory: ARGB in a native guint32. */
  bytes = g_bytes_new_take (pixels, 256 * 256 * 4);
  return gdk_memory_texture_new (256, 256, GDK_MEMORY_DEFAULT, bytes, 256 * 4);
}

static guint32
texture_pixel (GdkPaintable *paintable,
               int           x,
               int           y)
{
  GdkTexture *texture;
  g_autofree guint32 *pixels = NULL;
  int width, height;

  g_assert_true (GDK_IS_TEXTURE (paintable));
  texture = GDK_TEXTURE (paintable);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_new (guint32, (gsize) width * height);
  gdk_texture_download (texture, (guchar *) pixels, (gsize) width * 4);

  return pixels[(gsize) y * width + x];
}

static void
test_fallback_fill_tile_async (ShumateMapSource    *source,
                               ShumateTile         *tile,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  TestFallback *self = TEST_FALLBACK (source);
  g_autoptr(GTask) task = g_task_new (source, cancellable, callback, user_data);
  g_autoptr(GdkTexture) texture = flat_texture (FALLBACK_ARGB);

  self->filled++;
  shumate_tile_set_paintable (tile, GDK_PAINTABLE (texture));
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (task, TRUE);
}

static gboolean
test_fallback_fill_tile_finish (ShumateMapSource  *source,
                                GAsyncResult      *result,
                                GError           **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
test_fallback_class_init (TestFallbackClass *klass)
{
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  source_class->fill_tile_async = test_fallback_fill_tile_async;
  source_class->fill_tile_finish = test_fallback_fill_tile_finish;
}

static void
test_fallback_init (TestFallback *self)
{
}

static void
server_callback (SoupServer        *server,
                 SoupServerMessage *message,
                 const char        *path,
                 GHashTable        *query,
                 gpointer           user_data)
{
  Fixture *fixture = user_data;
  SoupMessageHeaders *request_headers = soup_server_message_get_request_headers (message);
  const char *if_none_match;

  fixture->requests++;
  g_free (fixture->user_agent);
  fixture->user_agent = g_strdup (soup_message_headers_get_one (request_headers, "User-Agent"));
  g_free (fixture->path);
  fixture->path = g_strdup (path);
  if_none_match = soup_message_headers_get_one (request_headers, "If-None-Match");
  g_free (fixture->if_none_match);
  fixture->if_none_match = g_strdup (if_none_match);

  switch (fixture->mode)
    {
    case SERVE_TILE:
      if (g_strcmp0 (if_none_match, TILE_ETAG) == 0)
        {
          fixture->not_modified++;
          soup_server_message_set_status (message, SOUP_STATUS_NOT_MODIFIED, NULL);
          return;
        }
      soup_message_headers_replace (soup_server_message_get_response_headers (message), "ETag", TILE_ETAG);
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "image/png", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (fixture->png, NULL),
                                        g_bytes_get_size (fixture->png));
      break;

    case SERVE_ERROR_500:
      soup_server_message_set_status (message, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
      soup_server_message_set_response (message, "text/html", SOUP_MEMORY_STATIC, "<h1>Oops</h1>", 13);
      break;

    case SERVE_GARBAGE:
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "image/png", SOUP_MEMORY_STATIC, "not a PNG at all", 16);
      break;

    case SERVE_NOTHING:
      /* Accept the request and never answer: the client must time out. */
      soup_server_message_pause (message);
      g_ptr_array_add (fixture->paused, g_object_ref (message));
      break;
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = flat_texture (SERVED_ARGB);
  GSList *uris;

  fixture->png = gdk_texture_save_to_png_bytes (texture);
  fixture->paused = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, server_callback, fixture, NULL);

  /* Loopback only, on a port the system picks. */
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (fixture->server);
  g_assert_nonnull (uris);
  fixture->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
fixture_stop_server (Fixture *fixture)
{
  if (fixture->server == NULL)
    return;

  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  fixture_stop_server (fixture);
  g_clear_pointer (&fixture->paused, g_ptr_array_unref);
  g_clear_pointer (&fixture->png, g_bytes_unref);
  g_clear_pointer (&fixture->user_agent, g_free);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->if_none_match, g_free);
}

static char *
fixture_url_template (Fixture *fixture)
{
  return g_strdup_printf ("http://127.0.0.1:%u/{z}/{x}/{y}.png", fixture->port);
}

static LcTileFetcher *
fixture_new_fetcher (Fixture *fixture)
{
  g_autofree char *url_template = fixture_url_template (fixture);
  LcTileFetcher *fetcher = lc_tile_fetcher_new (url_template);

  /* Bounded: no test waits on the network for long. */
  lc_tile_fetcher_set_timeout (fetcher, 2);
  return fetcher;
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (*result == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (*result);
  return *result;
}

static GBytes *
fetch (LcTileFetcher  *fetcher,
       int             x,
       int             y,
       int             zoom_level,
       GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  shumate_data_source_get_tile_data_async (SHUMATE_DATA_SOURCE (fetcher), x, y, zoom_level,
                                           NULL, store_result_cb, &result);
  wait_for_result (&result);

  return shumate_data_source_get_tile_data_finish (SHUMATE_DATA_SOURCE (fetcher), result, error);
}

/* Fills tile 2/5 at zoom 3 and returns the colour of its centre pixel. */
static guint32
fill_tile (LcOnlineSource *source)
{
  g_autoptr(ShumateTile) tile = shumate_tile_new_full (2, 5, 256, 3);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  shumate_map_source_fill_tile_async (SHUMATE_MAP_SOURCE (source), tile, NULL, store_result_cb, &result);
  g_assert_cmpuint (lc_online_source_get_pending_tiles (source), ==, 1);
  wait_for_result (&result);

  g_assert_true (shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (source), result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lc_online_source_get_pending_tiles (source), ==, 0);
  g_assert_cmpint (shumate_tile_get_state (tile), ==, SHUMATE_STATE_DONE);
  g_assert_nonnull (shumate_tile_get_paintable (tile));

  return texture_pixel (shumate_tile_get_paintable (tile), 128, 128);
}

static void
test_url_template (void)
{
  g_autofree char *osm = lc_tile_fetcher_build_url ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", 4, 11, 5);
  g_autofree char *reordered = lc_tile_fetcher_build_url ("https://example.org/t?y={y}&x={x}&z={z}&r={z}", 7, 3, 12);
  g_autofree char *missing = lc_tile_fetcher_build_url ("https://example.org/{z}/{x}.png", 1, 2, 3);
  g_autofree char *braces = lc_tile_fetcher_build_url ("https://example.org/{x}/{y}/{z}/{q}", 0, 1, 2);

  g_assert_cmpstr (osm, ==, "https://tile.openstreetmap.org/5/4/11.png");
  g_assert_cmpstr (reordered, ==, "https://example.org/t?y=3&x=7&z=12&r=12");
  g_assert_null (missing);
  g_assert_cmpstr (braces, ==, "https://example.org/0/1/2/{q}");
}

static void
test_fetch_user_agent (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LcTileFetcher) fetcher = fixture_new_fetcher (fixture);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = fetch (fetcher, 3, 6, 4, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, fixture->png));

  g_assert_cmpuint (fixture->requests, ==, 1);
  g_assert_cmpstr (fixture->path, ==, "/4/3/6.png");
  /* The app names itself and its version; libsoup adds nothing after it. */
  g_assert_cmpstr (fixture->user_agent, ==,
                   "LearningCities/" PACKAGE_VERSION " (+https://github.com/learningcities/LearningCities)");
  g_assert_true (g_str_has_prefix (lc_tile_fetcher_get_cache_dir (fetcher), g_get_user_cache_dir ()));
}

static void
test_fetch_cache_hit (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LcTileFetcher) fetcher = fixture_new_fetcher (fixture);
  g_autoptr(LcTileFetcher) next_run = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) third = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (lc_tile_fetcher_get_max_age (fetcher), >=, 7 * 24 * 3600);

  first = fetch (fetcher, 1, 2, 3, &error);
  g_assert_no_error (error);
  second = fetch (fetcher, 1, 2, 3, &error);
  g_assert_no_error (error);

  /* The second tile came from the disk cache: the server saw one request. */
  g_assert_cmpuint (fixture->requests, ==, 1);
  g_assert_true (g_bytes_equal (second, fixture->png));

  /* The cache is on disk: the next start of the app asks no more. */
  next_run = fixture_new_fetcher (fixture);
  third = fetch (next_run, 1, 2, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->requests, ==, 1);
  g_assert_true (g_bytes_equal (third, fixture->png));
}

static void
test_fetch_revalidate (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LcTileFetcher) fetcher = fixture_new_fetcher (fixture);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;

  /* A tile older than max-age is revalidated with its ETag, not downloaded. */
  lc_tile_fetcher_set_max_age (fetcher, 0);

  first = fetch (fetcher, 0, 0, 1, &error);
  g_assert_no_error (error);
  g_assert_null (fixture->if_none_match);

  second = fetch (fetcher, 0, 0, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->requests, ==, 2);
  g_assert_cmpstr (fixture->if_none_match, ==, TILE_ETAG);
  g_assert_cmpuint (fixture->not_modified, ==, 1);
  g_assert_true (g_bytes_equal (second, fixture->png));
}

static void
test_fetch_http_error (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LcTileFetcher) fetcher = fixture_new_fetcher (fixture);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) again = NULL;

  fixture->mode = SERVE_ERROR_500;
  bytes = fetch (fetcher, 0, 0, 0, &error);
  g_assert_null (bytes);
  g_assert_error (error, LC_TILE_FETCHER_ERROR, LC_TILE_FETCHER_ERROR_HTTP_STATUS);
  g_assert_nonnull (strstr (error->message, "500"));
  g_clear_error (&error);

  /* An error page is not cached as a tile. */
  fixture->mode = SERVE_TILE;
  again = fetch (fetcher, 0, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->requests, ==, 2);
  g_assert_true (g_bytes_equal (again, fixture->png));
}

static void
test_fetch_unreachable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(LcTileFetcher) fetcher = fixture_new_fetcher (fixture);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GAsyncResult *results[8] = { NULL, };
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GBytes) later = NULL;
  g_autoptr(GError) later_error = NULL;
  guint requests;

  /* A server that accepts and never answers, and a screenful of tiles. Two
   * connections at a time with a 1 s timeout each would take 4 s; after the
   * first failure the rest must give up at once so the fallback fills them. */
  fixture->mode = SERVE_NOTHING;
  lc_tile_fetcher_set_timeout (fetcher, 1);
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    shumate_data_source_get_tile_data_async (SHUMATE_DATA_SOURCE (fetcher), i, 0, 3,
                                             cancellable, store_result_cb, &results[i]);

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      wait_for_result (&results[i]);
      bytes = shumate_data_source_get_tile_data_finish (SHUMATE_DATA_SOURCE (fetcher), results[i], &error);
      g_assert_null (bytes);
      /* Never a bare "cancelled", which the map source would leave blank. */
      g_assert_false (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
      g_clear_object (&results[i]);
    }

  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
  g_assert_cmpuint (fixture->requests, <=, 2);
  /* Giving up is the fetcher's business: the map's cancellable, which would
   * make it drop the tiles, is left alone. */
  g_assert_false (g_cancellable_is_cancelled (cancellable));

  /* Right after, the server is not asked again: the next tile fails at once. */
  requests = fixture->requests;
  later = fetch (fetcher, 0, 1, 3, &later_error);
  g_assert_null (later);
  g_assert_error (later_error, LC_TILE_FETCHER_ERROR, LC_TILE_FETCHER_ERROR_UNREACHABLE);
  g_assert_cmpuint (fixture->requests, ==, requests);
}

static void
test_fetch_invalid (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LcTileFetcher) fetcher = fixture_new_fetcher (fixture);
  g_autoptr(LcTileFetcher) no_template = lc_tile_fetcher_new ("file:///etc/{z}/{x}/{y}");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = fetch (fetcher, 4, 0, 2, &error);
  g_assert_null (bytes);
  g_assert_error (error, LC_TILE_FETCHER_ERROR, LC_TILE_FETCHER_ERROR_INVALID_TILE);
  g_clear_error (&error);

  bytes = fetch (no_template, 0, 0, 0, &error);
  g_assert_null (bytes);
  g_assert_error (error, LC_TILE_FETCHER_ERROR, LC_TILE_FETCHER_ERROR_INVALID_URL);
  g_assert_cmpuint (fixture->requests, ==, 0);
}

static void
test_source_online_tile (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LcTileFetcher) fetcher = fixture_new_fetcher (fixture);
  g_autoptr(TestFallback) fallback = g_object_new (TEST_TYPE_FALLBACK, NULL);
  g_autoptr(LcOnlineSource) source = lc_online_source_new (SHUMATE_DATA_SOURCE (fetcher),
                                                           SHUMATE_MAP_SOURCE (fallback));
  ShumateMapSource *map_source = SHUMATE_MAP_SOURCE (source);

  g_assert_cmphex (fill_tile (source), ==, SERVED_ARGB);
  g_assert_cmpstr (fixture->path, ==, "/3/2/5.png");
  g_assert_cmpuint (fallback->filled, ==, 0);
  g_assert_cmpuint (lc_online_source_get_fallback_tiles (source), ==, 0);

  /* The attribution OpenStreetMap requires, for ShumateLicense to show. */
  g_assert_cmpstr (shumate_map_source_get_license (map_source), ==, "© OpenStreetMap contributors");
  g_assert_cmpstr (shumate_map_source_get_license_uri (map_source), ==, "https://www.openstreetmap.org/copyright");
  g_assert_cmpstr (shumate_map_source_get_id (map_source), ==, LC_ONLINE_SOURCE_ID);
  g_assert_cmpuint (shumate_map_source_get_tile_size (map_source), ==, 256);
}

static void
assert_falls_back (Fixture *fixture)
{
  g_autoptr(LcTileFetcher) fetcher = fixture_new_fetcher (fixture);
  g_autoptr(TestFallback) fallback = g_object_new (TEST_TYPE_FALLBACK, NULL);
  g_autoptr(LcOnlineSource) source = NULL;

  lc_tile_fetcher_set_timeout (fetcher, 1);
  source = lc_online_source_new (SHUMATE_DATA_SOURCE (fetcher), SHUMATE_MAP_SOURCE (fallback));

  /* The tile is there, painted by the offline map. */
  g_assert_cmphex (fill_tile (source), ==, FALLBACK_ARGB);
  g_assert_cmpuint (fallback->filled, ==, 1);
  g_assert_cmpuint (lc_online_source_get_fallback_tiles (source), ==, 1);
}

static void
test_source_fallback_500 (Fixture       *fixture,
                          gconstpointer  data)
{
  fixture->mode = SERVE_ERROR_500;
  assert_falls_back (fixture);
  g_assert_cmpuint (fixture->requests, ==, 1);
}

static void
test_source_fallback_refused (Fixture       *fixture,
                              gconstpointer  data)
{
  /* Nobody listens on the port any more: the connection is refused. */
  fixture_stop_server (fixture);
  assert_falls_back (fixture);
}

static void
test_source_fallback_timeout (Fixture       *fixture,
                              gconstpointer  data)
{
  gint64 start = g_get_monotonic_time ();

  fixture->mode = SERVE_NOTHING;
  assert_falls_back (fixture);
  g_assert_cmpuint (fixture->requests, ==, 1);
  /* Given up after the 1 s timeout, not the 10 s test deadline. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

static void
test_source_fallback_undecodable (Fixture       *fixture,
                                  gconstpointer  data)
{
  fixture->mode = SERVE_GARBAGE;
  assert_falls_back (fixture);
}

static void
test_source_stale_when_down (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(LcTileFetcher) fetcher = fixture_new_fetcher (fixture);
  g_autoptr(TestFallback) fallback = g_object_new (TEST_TYPE_FALLBACK, NULL);
  g_autoptr(LcOnlineSource) source = lc_online_source_new (SHUMATE_DATA_SOURCE (fetcher),
                                                           SHUMATE_MAP_SOURCE (fallback));

  g_assert_cmphex (fill_tile (source), ==, SERVED_ARGB);

  /* The cached tile has expired and the server is gone: the old tile is
   * still the best picture of that place. */
  lc_tile_fetcher_set_max_age (fetcher, 0);
  fixture_stop_server (fixture);
  g_assert_cmphex (fill_tile (source), ==, SERVED_ARGB);
  g_assert_cmpuint (fallback->filled, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* Straight to 127.0.0.1, whatever proxy the environment names; the
   * desktop's proxy settings are not even readable once the test isolates
   * its directories. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  /* Each test gets its own empty XDG_CACHE_HOME, hence its own tile cache. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/online/url-template", test_url_template);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/online/fetcher/user-agent", test_fetch_user_agent);
  ADD ("/online/fetcher/cache-hit", test_fetch_cache_hit);
  ADD ("/online/fetcher/revalidate", test_fetch_revalidate);
  ADD ("/online/fetcher/http-error", test_fetch_http_error);
  ADD ("/online/fetcher/invalid", test_fetch_invalid);
  ADD ("/online/fetcher/unreachable", test_fetch_unreachable);
  ADD ("/online/source/tile", test_source_online_tile);
  ADD ("/online/source/fallback/500", test_source_fallback_500);
  ADD ("/online/source/fallback/refused", test_source_fallback_refused);
  ADD ("/online/source/fallback/timeout", test_source_fallback_timeout);
  ADD ("/online/source/fallback/undecodable", test_source_fallback_undecodable);
  ADD ("/online/source/stale-when-down", test_source_stale_when_down);

#undef ADD

  return g_test_run ();
}
