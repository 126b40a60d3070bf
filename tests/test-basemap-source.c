/* test-basemap-source.c: the offline map source in libshumate and the window
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "lc-basemap-source.h"
#include "lc-test-display.h"
#include "lc-window.h"

typedef struct
{
  gboolean done;
  gboolean ok;
} FillResult;

static gboolean
fill_is_done (gpointer data)
{
  return ((FillResult *) data)->done;
}

static void
on_filled_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  FillResult *fill = user_data;
  g_autoptr(GError) error = NULL;

  fill->ok = shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (object), result, &error);
  g_assert_no_error (error);
  fill->done = TRUE;
}

/* RGB without alpha, as the palettes give colours. */
static guint32
texture_pixel (GdkTexture *texture,
               int         x,
               int         y)
{
  return lc_test_texture_pixel (texture, x, y) & 0xffffff;
}

static guint32
screenshot_pixel_at (LcWindow   *window,
                     GdkTexture *texture,
                     double      latitude,
                     double      longitude)
{
  ShumateSimpleMap *map = lc_window_get_map (window);
  ShumateViewport *viewport = shumate_simple_map_get_viewport (map);
  graphene_rect_t bounds;
  double x, y;

  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (map), GTK_WIDGET (window), &bounds));
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (map), latitude, longitude, &x, &y);

  return texture_pixel (texture, (int) (bounds.origin.x + x), (int) (bounds.origin.y + y));
}

static void
assert_colour_at (LcWindow   *window,
                  GdkTexture *texture,
                  double      latitude,
                  double      longitude,
                  guint32     expected)
{
  guint32 pixel = screenshot_pixel_at (window, texture, latitude, longitude);

  /* Tiles are scaled to the fractional world-fitting zoom, so allow for
   * filtering; wide areas keep their colour. */
  if (!lc_test_colour_near (pixel, expected, 3))
    g_error ("the window shows #%06x at %g, %g; expected #%06x",
             pixel, latitude, longitude, expected);
}

static ShumateTile *
fill_tile (LcBasemapSource *source,
           guint            x,
           guint            y,
           guint            zoom,
           guint           *pending_seen)
{
  ShumateTile *tile = shumate_tile_new_full (x, y, LC_BASEMAP_SOURCE_TILE_SIZE, zoom);
  FillResult fill = { 0 };

  shumate_map_source_fill_tile_async (SHUMATE_MAP_SOURCE (source), tile, NULL, on_filled_cb, &fill);
  if (pending_seen != NULL)
    *pending_seen = lc_basemap_source_get_pending_tiles (source);
  lc_test_iterate_until (fill_is_done, &fill);

  g_assert_true (fill.done);
  g_assert_true (fill.ok);
  g_assert_cmpint (shumate_tile_get_state (tile), ==, SHUMATE_STATE_DONE);
  g_assert_cmpuint (lc_basemap_source_get_pending_tiles (source), ==, 0);

  return tile;
}

static void
test_basemap_source_fill (void)
{
  g_autoptr(LcBasemapSource) source = lc_basemap_source_new ();
  const LcBasemapPalette *light = lc_basemap_style_get_palette (LC_BASEMAP_STYLE_LIGHT);
  const LcBasemapPalette *dark = lc_basemap_style_get_palette (LC_BASEMAP_STYLE_DARK);
  g_autoptr(ShumateTile) tile = NULL;
  g_autoptr(ShumateTile) again = NULL;
  g_autoptr(ShumateTile) dark_tile = NULL;
  GdkPaintable *paintable;
  guint pending = 0;
  guint pending_prop = G_MAXUINT;

  g_assert_nonnull (lc_basemap_source_get_basemap (source));
  g_assert_cmpstr (shumate_map_source_get_license (SHUMATE_MAP_SOURCE (source)), ==,
                   "Map data: Natural Earth (public domain)");
  g_assert_cmpuint (shumate_map_source_get_max_zoom_level (SHUMATE_MAP_SOURCE (source)), ==,
                    LC_BASEMAP_MAX_ZOOM);

  lc_basemap_source_set_dark (source, FALSE);

  /* Zoom 1, tile (0, 1): the South Pacific and South America. Rendering
   * happens in a thread: the request is pending until the main loop runs. */
  tile = fill_tile (source, 0, 1, 1, &pending);
  g_assert_cmpuint (pending, ==, 1);
  g_object_get (source, "pending-tiles", &pending_prop, NULL);
  g_assert_cmpuint (pending_prop, ==, 0);

  paintable = shumate_tile_get_paintable (tile);
  g_assert_true (GDK_IS_TEXTURE (paintable));
  g_assert_cmpint (gdk_texture_get_width (GDK_TEXTURE (paintable)), ==, 512);
  g_assert_cmpint (gdk_texture_get_height (GDK_TEXTURE (paintable)), ==, 512);
  /* 150° W on the equator is open sea; 10° S 50° W is Brazil. */
  g_assert_cmphex (texture_pixel (GDK_TEXTURE (paintable), 85, 2), ==, light->sea);
  g_assert_cmphex (texture_pixel (GDK_TEXTURE (paintable), 369, 28), ==, light->land);

  /* The same tile again comes from the cache, at once. */
  again = fill_tile (source, 0, 1, 1, &pending);
  g_assert_cmpuint (pending, ==, 0);
  g_assert_true (shumate_tile_get_paintable (again) == paintable);

  /* The dark palette draws anew. */
  lc_basemap_source_set_dark (source, TRUE);
  dark_tile = fill_tile (source, 0, 1, 1, &pending);
  g_assert_cmpuint (pending, ==, 1);
  g_assert_cmphex (texture_pixel (GDK_TEXTURE (shumate_tile_get_paintable (dark_tile)), 85, 2), ==, dark->sea);
}

/* Waits until every tile is drawn, then renders the window. */
static GdkTexture *
capture_window (LcWindow *window)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "lc-test-basemap-window.png", NULL);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* Tiles are requested on the frame after the view changes: "nothing
   * pending" must still hold a little later. */
  for (guint stable = 0; stable < 5 && g_get_monotonic_time () < deadline; )
    {
      gint64 next = g_get_monotonic_time () + 50 * 1000;

      lc_test_iterate_until (lc_test_window_is_drawn, window);
      lc_test_iterate_for (next - g_get_monotonic_time ());
      stable = lc_window_is_drawn (window, NULL) ? stable + 1 : 0;
    }
  g_assert_true (lc_window_is_drawn (window, NULL));

  return lc_test_write_screenshot (GTK_WIDGET (window), path, deadline);
}

static void
test_basemap_source_window (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  const LcBasemapPalette *light = lc_basemap_style_get_palette (LC_BASEMAP_STYLE_LIGHT);
  const LcBasemapPalette *dark = lc_basemap_style_get_palette (LC_BASEMAP_STYLE_DARK);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autoptr(GdkTexture) texture = NULL;
  ShumateMapSource *source;
  ShumateMapSource *dark_source;
  LcWindow *window;

  g_settings_reset (settings, "map-source");
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);

  window = lc_window_new (NULL, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  /* The default map is the offline one. */
  source = shumate_simple_map_get_map_source (lc_window_get_map (window));
  g_assert_true (LC_IS_BASEMAP_SOURCE (source));
  g_assert_false (lc_basemap_source_get_dark (LC_BASEMAP_SOURCE (source)));

  texture = capture_window (window);

  /* Central Libya: far enough from borders for any map width. */
  assert_colour_at (window, texture, 27.0, 17.0, light->land);
  assert_colour_at (window, texture, 62.0, 100.0, light->land);
  /* The Drake Passage, clear of the legend beside the sidebar. */
  assert_colour_at (window, texture, -58.0, -70.0, light->sea);
  assert_colour_at (window, texture, 30.0, -40.0, light->sea);

  /* Switching to the dark style gives the map a new, dark source. */
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  dark_source = shumate_simple_map_get_map_source (lc_window_get_map (window));
  g_assert_true (LC_IS_BASEMAP_SOURCE (dark_source));
  g_assert_true (lc_basemap_source_get_dark (LC_BASEMAP_SOURCE (dark_source)));

  g_clear_object (&texture);
  texture = capture_window (window);
  assert_colour_at (window, texture, -58.0, -70.0, dark->sea);
  assert_colour_at (window, texture, 27.0, 17.0, dark->land);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!lc_test_init_display ())
    return g_test_run ();

  g_test_add_func ("/basemap-source/fill", test_basemap_source_fill);
  g_test_add_func ("/basemap-source/window", test_basemap_source_window);

  return g_test_run ();
}
