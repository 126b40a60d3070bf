/* test-shumate.c: what the app relies on in libshumate, through real input
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens the real window and drives it as a user would: GTK 4.8
 * has no API to synthesise events, so the pointer is moved and its button
 * pressed through the X server's XTest extension (xdotool), and the test
 * waits until the window shows the effect. What is checked is what
 * libshumate must keep doing for the app on every version it is built
 * against (1.0.3 on Debian 12, 1.4 on Debian 13):
 *  - ShumateLayer's contains(): a click on a dot reaches the city layer, a
 *    drag on the empty map reaches the map, which pans;
 *  - overlay layers: the city layer drawn above the base map layer, also
 *    after the base layer is replaced;
 *  - the viewport's notify signal (its changed signal is 1.6+);
 *  - ShumateMapSource and ShumateDataSource: our online source with our
 *    tile fetcher, against a tile server on 127.0.0.1;
 *  - ShumateSimpleMap's zoom buttons and scale.
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <libsoup/soup.h>
#include <math.h>
#include <stdio.h>

#include "lc-city.h"
#include "lc-city-layer.h"
#include "lc-online-source.h"
#include "lc-palette.h"
#include "lc-test-display.h"
#include "lc-tile-fetcher.h"
#include "lc-window.h"

#define LISBON_LATITUDE  38.7167
#define LISBON_LONGITUDE (-9.1333)

#define EARTH_RADIUS 6378137.0

/* How far from where the pointer let go the dragged place may end up:
 * xdotool places the pointer on whole pixels. */
#define DRAG_TOLERANCE 2.0

/* ---- the main loop ----------------------------------------------------------- */

static void
wait_until_drawn (LcWindow *window)
{
  g_autofree char *pending = NULL;

  lc_test_iterate_until (lc_test_window_is_drawn, window);
  if (!lc_window_is_drawn (window, &pending))
    g_test_message ("the window is still waiting for %s", pending);
  g_assert_true (lc_window_is_drawn (window, NULL));
}

/* ---- the pointer, through XTest ---------------------------------------- */

static void
on_subprocess_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, &error);
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Runs xdotool with @args while the main loop keeps running, so that the
 * window handles each event as it comes, as it would from a mouse. */
static void
xdotool (GPtrArray *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  gboolean done = FALSE;

  g_ptr_array_insert (args, 0, g_strdup ("xdotool"));
  g_ptr_array_add (args, NULL);
  process = g_subprocess_newv ((const char * const *) args->pdata, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);

  g_subprocess_wait_async (process, NULL, on_subprocess_done_cb, &done);
  lc_test_iterate_until (is_true, &done);
  g_assert_true (done);
  g_assert_true (g_subprocess_get_successful (process));
}

static void
add_arg (GPtrArray  *args,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
add_arg (GPtrArray  *args,
         const char *format,
         ...)
{
  va_list ap;

  va_start (ap, format);
  g_ptr_array_add (args, g_strdup_vprintf (format, ap));
  va_end (ap);
}

/* The pointer to (@x, @y) of @window's own coordinates: on the X window,
 * those are offset by the client-side shadow, if any. */
static void
add_move (GPtrArray *args,
          LcWindow  *window,
          double     x,
          double     y)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  double dx, dy;

  gtk_native_get_surface_transform (GTK_NATIVE (window), &dx, &dy);
  add_arg (args, "mousemove");
  add_arg (args, "--window");
  add_arg (args, "%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  add_arg (args, "%d", (int) round (x + dx));
  add_arg (args, "%d", (int) round (y + dy));
}

/* A button press and release is seen by the window: the test then knows
 * that whatever the click did has been done. */
typedef struct
{
  guint presses;
  guint releases;
} ButtonEvents;

static gboolean
on_window_event_cb (GtkEventControllerLegacy *controller,
                    GdkEvent                 *event,
                    gpointer                  user_data)
{
  ButtonEvents *seen = user_data;

  if (gdk_event_get_event_type (event) == GDK_BUTTON_PRESS)
    seen->presses++;
  else if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE)
    seen->releases++;

  return GDK_EVENT_PROPAGATE;
}

static ButtonEvents *
watch_buttons (LcWindow *window)
{
  ButtonEvents *seen = g_new0 (ButtonEvents, 1);
  GtkEventController *legacy = gtk_event_controller_legacy_new ();

  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect_data (legacy, "event", G_CALLBACK (on_window_event_cb), seen,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), legacy);
  return seen;
}

typedef struct
{
  ButtonEvents *seen;
  guint         releases;
} ReleaseWait;

static gboolean
released (gpointer data)
{
  ReleaseWait *wait = data;

  return wait->seen->releases >= wait->releases;
}

static void
wait_for_release (ButtonEvents *seen,
                  guint         releases_before)
{
  ReleaseWait wait = { seen, releases_before + 1 };

  lc_test_iterate_until (released, &wait);
  g_assert_cmpuint (seen->releases, ==, releases_before + 1);
  lc_test_iterate_pending ();
}

/* A click of the primary button at (@x, @y) of the window. */
static void
click_at (LcWindow     *window,
          ButtonEvents *seen,
          double        x,
          double        y)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  guint releases = seen->releases;

  add_move (args, window, x, y);
  add_arg (args, "click");
  add_arg (args, "1");
  xdotool (args);
  wait_for_release (seen, releases);
}

/* Presses at (@x, @y), moves by (@dx, @dy) in ten steps, holds still, then
 * lets go: holding still first leaves no speed for a kinetic glide. */
static void
drag_by (LcWindow     *window,
         ButtonEvents *seen,
         double        x,
         double        y,
         double        dx,
         double        dy)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  guint releases = seen->releases;

  add_move (args, window, x, y);
  add_arg (args, "mousedown");
  add_arg (args, "1");
  for (int step = 1; step <= 10; step++)
    {
      add_arg (args, "sleep");
      add_arg (args, "0.02");
      add_move (args, window, x + dx * step / 10.0, y + dy * step / 10.0);
    }
  add_arg (args, "sleep");
  add_arg (args, "0.3");
  add_arg (args, "mouseup");
  add_arg (args, "1");
  xdotool (args);
  wait_for_release (seen, releases);
}

/* FALSE, with the test skipped, when the window is not on X11 (XTest is
 * how the input is made). */
static gboolean
is_on_x11 (LcWindow *window)
{
  g_autofree char *program = NULL;

  if (!GDK_IS_X11_SURFACE (gtk_native_get_surface (GTK_NATIVE (window))))
    {
      g_test_skip ("input is made through XTest: needs an X11 display");
      return FALSE;
    }

  /* Installed by .ci/quickstart's test packages on every stack. */
  program = g_find_program_in_path ("xdotool");
  if (program == NULL)
    {
      g_test_fail_printf ("xdotool is not installed: .ci/quickstart test installs it");
      return FALSE;
    }

  return TRUE;
}

/* ---- the map --------------------------------------------------------------- */

static ShumateViewport *
get_viewport (LcWindow *window)
{
  return shumate_simple_map_get_viewport (lc_window_get_map (window));
}

static GtkWidget *
get_shumate_map (LcWindow *window)
{
  return GTK_WIDGET (shumate_simple_map_get_map (lc_window_get_map (window)));
}

static LcCity *
get_selected_city (LcWindow *window)
{
  return gtk_single_selection_get_selected_item (lc_window_get_selection (window));
}

static void
go_to (LcWindow *window,
       double    latitude,
       double    longitude,
       double    zoom)
{
  ShumateViewport *viewport = get_viewport (window);

  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), latitude, longitude);
  wait_until_drawn (window);
  lc_test_wait_for_paint (GTK_WIDGET (window));
}

/* Where a location is drawn, in the window's coordinates. */
static void
locate (LcWindow *window,
        double    latitude,
        double    longitude,
        double   *x,
        double   *y)
{
  GtkWidget *map = get_shumate_map (window);
  double map_x, map_y;

  shumate_viewport_location_to_widget_coords (get_viewport (window), map, latitude, longitude, &map_x, &map_y);
  g_assert_true (gtk_widget_translate_coordinates (map, GTK_WIDGET (window), map_x, map_y, x, y));
}

/* What is drawn at (@x, @y) of the window. */
static void
location_at (LcWindow *window,
             double    x,
             double    y,
             double   *latitude,
             double   *longitude)
{
  GtkWidget *map = get_shumate_map (window);
  double map_x, map_y;

  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (window), map, x, y, &map_x, &map_y));
  shumate_viewport_widget_coords_to_location (get_viewport (window), map, map_x, map_y, latitude, longitude);
}

/* The city drawn at (@x, @y) of the window, or GTK_INVALID_LIST_POSITION. */
static guint
city_at (LcWindow *window,
         double    x,
         double    y)
{
  GtkWidget *layer = GTK_WIDGET (lc_window_get_city_layer (window));
  double layer_x, layer_y;

  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (window), layer, x, y, &layer_x, &layer_y));
  return lc_city_layer_pick_city (LC_CITY_LAYER (layer), layer_x, layer_y, NULL);
}

static gboolean
is_or_inside (GtkWidget *widget,
              GtkWidget *ancestor)
{
  return widget == ancestor || (widget != NULL && gtk_widget_is_ancestor (widget, ancestor));
}

/* How far down the Web Mercator world a latitude is, from 0 at the top to
 * 1 at the bottom. */
static double
mercator_y (double latitude)
{
  return (1.0 - asinh (tan (latitude * G_PI / 180.0)) / G_PI) / 2.0;
}

/* ---- pixels ---------------------------------------------------------------- */

/* The whole window as the user sees it, once the frame asked for now has
 * been painted. */
static GdkTexture *
render_window (LcWindow *window)
{
  GtkWidget *widget = GTK_WIDGET (window);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;

  /* the paintable shows what the last frame drew */
  lc_test_wait_for_paint (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
window_pixel (LcWindow *window,
              double    x,
              double    y,
              guint8    rgb[3])
{
  g_autoptr(GdkTexture) texture = render_window (window);

  lc_test_texture_rgb (texture, (int) round (x), (int) round (y), rgb);
}

static gboolean
color_near (const guint8 rgb[3],
            LcRgb        expected,
            int          tolerance)
{
  return ABS (rgb[0] - (int) round (expected.red * 255)) <= tolerance
         && ABS (rgb[1] - (int) round (expected.green * 255)) <= tolerance
         && ABS (rgb[2] - (int) round (expected.blue * 255)) <= tolerance;
}

static void
assert_color (const guint8 rgb[3],
              LcRgb        expected,
              int          tolerance)
{
  g_test_message ("pixel #%02X%02X%02X, expected #%02X%02X%02X", rgb[0], rgb[1], rgb[2],
                  (int) round (expected.red * 255), (int) round (expected.green * 255),
                  (int) round (expected.blue * 255));
  g_assert_true (color_near (rgb, expected, tolerance));
}

/* Lisbon joined in 2025. */
static LcRgb
lisbon_color (void)
{
  return lc_palette_get_cohort_color (lc_palette_cohort_for_year (2025));
}

/* ---- 1. contains(): clicks and drags ---------------------------------------- */

static void
test_input_click_selects (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  ShumateViewport *viewport = get_viewport (window);
  GtkWidget *layer = GTK_WIDGET (lc_window_get_city_layer (window));
  ButtonEvents *seen;
  double x, y, latitude, longitude;
  LcCity *city;

  if (!is_on_x11 (window))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  seen = watch_buttons (window);

  /* Zoomed in far enough that Lisbon is a dot of its own. */
  go_to (window, LISBON_LATITUDE, LISBON_LONGITUDE, 10);
  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &x, &y);
  g_assert_true (gtk_widget_pick (GTK_WIDGET (window), x, y, GTK_PICK_DEFAULT) == layer);
  g_assert_false (gtk_widget_pick (GTK_WIDGET (window), x - 60, y, GTK_PICK_DEFAULT) == layer);
  latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));

  /* A click on the dot selects Lisbon, and the map stays where it is. */
  g_assert_null (get_selected_city (window));
  click_at (window, seen, x, y);
  city = get_selected_city (window);
  g_assert_nonnull (city);
  g_assert_cmpstr (lc_city_get_name (city), ==, "Lisbon");
  g_assert_cmpstr (lc_city_get_country_code (city), ==, "PT");
  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), latitude, 1e-9);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), longitude, 1e-9);
  g_assert_true (gtk_widget_has_focus (layer));

  /* A click on the sea 60 px west reaches the map, which changes nothing. */
  g_assert_cmpuint (city_at (window, x - 60, y), ==, GTK_INVALID_LIST_POSITION);
  click_at (window, seen, x - 60, y);
  g_assert_true (get_selected_city (window) == city);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), latitude, 1e-9);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), longitude, 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  LcWindow *window;
  double    latitude;
  double    longitude;
  double    x;
  double    y;
} Placed;

/* For iterate_until(): the place is drawn where it is expected. */
static gboolean
is_placed (gpointer data)
{
  Placed *placed = data;
  double x, y;

  locate (placed->window, placed->latitude, placed->longitude, &x, &y);
  return fabs (x - placed->x) <= DRAG_TOLERANCE && fabs (y - placed->y) <= DRAG_TOLERANCE;
}

/* Drags from (@x, @y) by (@dx, @dy) and checks that what was under the
 * pointer followed it, and nothing else moved the map after. */
static void
assert_drag_pans (LcWindow     *window,
                  ButtonEvents *seen,
                  double        x,
                  double        y,
                  double        dx,
                  double        dy)
{
  ShumateViewport *viewport = get_viewport (window);
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double start_longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  double start_latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  /* Degrees of longitude per pixel, at a 256-pixel tile size. */
  double world_size = 256.0 * pow (2.0, zoom);
  double degrees_per_pixel = 360.0 / world_size;
  Placed placed = { window, 0, 0, x + dx, y + dy };
  double end_x, end_y;

  location_at (window, round (x), round (y), &placed.latitude, &placed.longitude);
  drag_by (window, seen, x, y, dx, dy);
  lc_test_iterate_until (is_placed, &placed);
  locate (window, placed.latitude, placed.longitude, &end_x, &end_y);
  g_test_message ("dragged by (%.0f, %.0f): the place moved from (%.1f, %.1f) to (%.1f, %.1f)",
                  dx, dy, x, y, end_x, end_y);
  g_assert_cmpfloat (fabs (end_x - (x + dx)), <=, DRAG_TOLERANCE);
  g_assert_cmpfloat (fabs (end_y - (y + dy)), <=, DRAG_TOLERANCE);

  /* The centre moved against the drag, by as many pixels of the
   * Mercator map. */
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)) - start_longitude,
                                  -dx * degrees_per_pixel, DRAG_TOLERANCE * degrees_per_pixel);
  g_assert_cmpfloat_with_epsilon ((mercator_y (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)))
                                   - mercator_y (start_latitude)) * world_size,
                                  -dy, DRAG_TOLERANCE);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), ==, zoom);

  /* No glide after the button was let go while the pointer stood still. */
  lc_test_wait_for_paint (GTK_WIDGET (window));
  lc_test_wait_for_paint (GTK_WIDGET (window));
  g_assert_true (is_placed (&placed));
}

static void
test_input_drag_sea_pans (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  GtkWidget *layer = GTK_WIDGET (lc_window_get_city_layer (window));
  ButtonEvents *seen;
  double x, y;

  if (!is_on_x11 (window))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  seen = watch_buttons (window);

  /* The Atlantic, 100 px west of Lisbon at zoom 8 (some 50 km). */
  go_to (window, LISBON_LATITUDE, LISBON_LONGITUDE, 8);
  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &x, &y);
  x -= 100;
  g_assert_cmpuint (city_at (window, x, y), ==, GTK_INVALID_LIST_POSITION);
  g_assert_false (gtk_widget_pick (GTK_WIDGET (window), x, y, GTK_PICK_DEFAULT) == layer);
  g_assert_true (is_or_inside (gtk_widget_pick (GTK_WIDGET (window), x, y, GTK_PICK_DEFAULT),
                               get_shumate_map (window)));

  /* South-east, then back north-west past where it started. */
  assert_drag_pans (window, seen, x, y, 160, 90);
  g_assert_null (get_selected_city (window));
  assert_drag_pans (window, seen, x + 160, y + 90, -220, -150);
  g_assert_null (get_selected_city (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The layer takes the press on a dot but selects only on a release that
 * is still a click: a press that turns into a drag pans the map. */
static void
test_input_drag_dot_pans (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  GtkWidget *layer = GTK_WIDGET (lc_window_get_city_layer (window));
  ButtonEvents *seen;
  double x, y, new_x, new_y;
  guint8 rgb[3];

  if (!is_on_x11 (window))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  seen = watch_buttons (window);

  go_to (window, LISBON_LATITUDE, LISBON_LONGITUDE, 10);
  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &x, &y);
  g_assert_true (gtk_widget_pick (GTK_WIDGET (window), x, y, GTK_PICK_DEFAULT) == layer);

  assert_drag_pans (window, seen, x, y, -140, -70);
  g_assert_null (get_selected_city (window));

  /* The dot went along with the map, and is drawn there. */
  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &new_x, &new_y);
  g_assert_true (gtk_widget_pick (GTK_WIDGET (window), new_x, new_y, GTK_PICK_DEFAULT) == layer);
  window_pixel (window, new_x, new_y, rgb);
  assert_color (rgb, lisbon_color (), 3);

  /* A click where it is now still selects it. */
  click_at (window, seen, new_x, new_y);
  g_assert_nonnull (get_selected_city (window));
  g_assert_cmpstr (lc_city_get_name (get_selected_city (window)), ==, "Lisbon");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- 2. overlay layers -------------------------------------------------------- */

typedef struct
{
  ShumateMapLayer *base;
  guint            n_base;
  guint            n_layers;
  int              base_index;
  int              city_index;
} Layers;

/* The map's layers, bottom to top in child order. */
static void
list_layers (LcWindow *window,
             Layers   *layers)
{
  GtkWidget *map = get_shumate_map (window);
  GtkWidget *city_layer = GTK_WIDGET (lc_window_get_city_layer (window));
  int index = 0;

  *layers = (Layers) { NULL, 0, 0, -1, -1 };

  for (GtkWidget *child = gtk_widget_get_first_child (map);
       child != NULL;
       child = gtk_widget_get_next_sibling (child), index++)
    {
      g_test_message ("map child %d: %s", index, G_OBJECT_TYPE_NAME (child));
      if (!SHUMATE_IS_LAYER (child))
        continue;

      layers->n_layers++;
      /* Every layer moves with the map the user sees. */
      g_assert_true (shumate_layer_get_viewport (SHUMATE_LAYER (child)) == get_viewport (window));

      if (SHUMATE_IS_MAP_LAYER (child))
        {
          layers->base = SHUMATE_MAP_LAYER (child);
          layers->n_base++;
          layers->base_index = index;
        }
      else if (child == city_layer)
        {
          layers->city_index = index;
        }
    }

#if SHUMATE_CHECK_VERSION (1, 4, 0)
  /* 1.4 names its base layer. */
  g_assert_true (shumate_simple_map_get_base_map_layer (lc_window_get_map (window)) == layers->base);
#endif
}

static void
assert_city_layer_on_top (LcWindow *window,
                          Layers   *layers)
{
  list_layers (window, layers);
  g_assert_cmpuint (layers->n_base, ==, 1);
  g_assert_cmpint (layers->base_index, >=, 0);
  g_assert_cmpint (layers->city_index, >, layers->base_index);
  g_assert_cmpuint (layers->n_layers, >=, 2);
}

static void
test_layers_overlay (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkWidget *layer = GTK_WIDGET (lc_window_get_city_layer (window));
  ShumateMapLayer *light_base;
  Layers layers;
  double x, y;
  guint8 rgb[3], light_sea[3], dark_sea[3];

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  go_to (window, LISBON_LATITUDE, LISBON_LONGITUDE, 10);

  assert_city_layer_on_top (window, &layers);
  light_base = layers.base;

  /* The dot is the layer's to pick, and drawn in its cohort's colour over
   * the basemap; the sea 60 px west is the base layer's. */
  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &x, &y);
  g_assert_true (gtk_widget_pick (GTK_WIDGET (window), x, y, GTK_PICK_DEFAULT) == layer);
  window_pixel (window, x, y, rgb);
  assert_color (rgb, lisbon_color (), 3);
  window_pixel (window, x - 60, y, light_sea);
  g_assert_false (color_near (light_sea, lisbon_color (), 40));

  /* The dark style makes a new basemap source, so a new base layer, which
   * set_map_source puts behind the old one before dropping it: the city
   * layer must stay on top of it. */
  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_until_drawn (window);
  assert_city_layer_on_top (window, &layers);
  g_assert_true (layers.base != light_base);

  window_pixel (window, x - 60, y, dark_sea);
  g_test_message ("sea: light #%02X%02X%02X, dark #%02X%02X%02X",
                  light_sea[0], light_sea[1], light_sea[2], dark_sea[0], dark_sea[1], dark_sea[2]);
  g_assert_cmpint (dark_sea[0] + dark_sea[1] + dark_sea[2], <, light_sea[0] + light_sea[1] + light_sea[2] - 90);
  g_assert_true (gtk_widget_pick (GTK_WIDGET (window), x, y, GTK_PICK_DEFAULT) == layer);
  window_pixel (window, x, y, rgb);
  assert_color (rgb, lisbon_color (), 3);

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- 3. viewport notify ------------------------------------------------------- */

static void
on_viewport_notify_cb (GObject    *viewport,
                       GParamSpec *pspec,
                       gpointer    user_data)
{
  GHashTable *counts = user_data;
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (counts, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
}

static guint
notified (GHashTable *counts,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

static void
test_viewport_notify (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  ShumateViewport *viewport = get_viewport (window);
  LcCityLayer *layer = lc_window_get_city_layer (window);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_cities = lc_city_layer_get_n_cities (layer);
  guint at_1, at_8;
  double x, y, new_x, new_y, latitude, longitude;
  gulong handler;
  guint8 rgb[3];

  handler = g_signal_connect (viewport, "notify", G_CALLBACK (on_viewport_notify_cb), counts);

  /* The zoom level: the layer's marks merge and come apart. */
  go_to (window, 30, 10, 1);
  at_1 = lc_city_layer_get_n_clusters (layer);
  g_assert_cmpuint (notified (counts, "zoom-level"), >=, 1);
  g_hash_table_remove_all (counts);
  go_to (window, 30, 10, 8);
  at_8 = lc_city_layer_get_n_clusters (layer);
  g_test_message ("%u cities: %u marks at zoom 1, %u at zoom 8", n_cities, at_1, at_8);
  g_assert_cmpuint (notified (counts, "zoom-level"), >=, 1);
  g_assert_cmpuint (at_1, <, n_cities / 3);
  g_assert_cmpuint (at_8, >, n_cities * 9 / 10);

  /* The centre: nothing but the viewport's notify tells the layer to draw
   * again, and its dot must then be where Lisbon is now. */
  go_to (window, LISBON_LATITUDE, LISBON_LONGITUDE, 10);
  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &x, &y);
  window_pixel (window, x, y, rgb);
  assert_color (rgb, lisbon_color (), 3);

  g_hash_table_remove_all (counts);
  location_at (window, x - 200, y - 100, &latitude, &longitude);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), latitude, longitude);
  g_assert_cmpuint (notified (counts, "latitude"), >=, 1);
  g_assert_cmpuint (notified (counts, "longitude"), >=, 1);
  g_assert_cmpuint (notified (counts, "zoom-level"), ==, 0);

  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &new_x, &new_y);
  g_assert_cmpfloat (fabs (new_x - (x + 200)), <=, 1);
  g_assert_cmpfloat (fabs (new_y - (y + 100)), <=, 1);
  window_pixel (window, new_x, new_y, rgb);
  assert_color (rgb, lisbon_color (), 3);
  window_pixel (window, x, y, rgb);
  g_assert_false (color_near (rgb, lisbon_color (), 40));
  g_assert_true (gtk_widget_pick (GTK_WIDGET (window), new_x, new_y, GTK_PICK_DEFAULT)
                 == GTK_WIDGET (layer));

  g_signal_handler_disconnect (viewport, handler);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- 4. our ShumateDataSource ------------------------------------------------ */

#define SERVED_ZOOM 4

typedef struct
{
  SoupServer *server;
  guint       port;
  guint       requests;
  guint       bad_requests;
  GHashTable *tiles;       /* "z/x/y" → TRUE: every tile asked for */
  char       *user_agent;
} TileServer;

/* Each served tile has its own colour, so that a pixel tells which tile
 * is drawn there: no basemap colour is that red. */
static LcRgb
served_color (int x,
              int y)
{
  return (LcRgb) { 1.0, (x * 16) / 255.0, (y * 16) / 255.0 };
}

static GBytes *
served_png (int x,
            int y)
{
  LcRgb color = served_color (x, y);
  guint32 argb = 0xff000000
                 | (guint32) round (color.red * 255) << 16
                 | (guint32) round (color.green * 255) << 8
                 | (guint32) round (color.blue * 255);
  guint32 *pixels = g_new (guint32, 256 * 256);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  for (gsize i = 0; i < 256 * 256; i++)
    pixels[i] = argb;
  bytes = g_bytes_new_take (pixels, 256 * 256 * 4);
  texture = gdk_memory_texture_new (256, 256, GDK_MEMORY_DEFAULT, bytes, 256 * 4);
  return gdk_texture_save_to_png_bytes (texture);
}

static void
tile_server_callback (SoupServer        *soup_server,
                      SoupServerMessage *message,
                      const char        *path,
                      GHashTable        *query,
                      gpointer           user_data)
{
  TileServer *server = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (message);
  g_autoptr(GBytes) png = NULL;
  int z, x, y, end = 0;

  server->requests++;
  g_free (server->user_agent);
  server->user_agent = g_strdup (soup_message_headers_get_one (headers, "User-Agent"));

  if (sscanf (path, "/tiles/%d/%d/%d.png%n", &z, &x, &y, &end) != 3 || path[end] != '\0'
      || z < 0 || z > 19 || x < 0 || x >= 1 << z || y < 0 || y >= 1 << z)
    {
      server->bad_requests++;
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  g_hash_table_add (server->tiles, g_strdup_printf ("%d/%d/%d", z, x, y));
  png = served_png (x, y);
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "image/png", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (png, NULL), g_bytes_get_size (png));
}

static void
tile_server_start (TileServer *server)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  server->tiles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  server->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server->server, NULL, tile_server_callback, server, NULL);
  /* Loopback only, on a port the system picks. */
  soup_server_listen_local (server->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server->server);
  g_assert_nonnull (uris);
  server->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
tile_server_stop (TileServer *server)
{
  soup_server_disconnect (server->server);
  g_clear_object (&server->server);
  g_clear_pointer (&server->tiles, g_hash_table_unref);
  g_clear_pointer (&server->user_agent, g_free);
}

typedef struct
{
  LcWindow   *window;
  TileServer *server;
} OnlineWait;

static gboolean
online_tiles_drawn (gpointer data)
{
  OnlineWait *wait = data;

  return wait->server->requests > 0 && lc_window_is_drawn (wait->window, NULL);
}

/* The Web Mercator tile at @zoom that holds a location. */
static void
tile_of (double  latitude,
         double  longitude,
         int     zoom,
         double *tile_x,
         double *tile_y)
{
  double n = pow (2.0, zoom);

  *tile_x = (longitude + 180.0) / 360.0 * n;
  *tile_y = mercator_y (latitude) * n;
}

static void
test_data_source_online (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autofree char *url_template = NULL;
  TileServer server = { 0 };
  OnlineWait wait;
  LcWindow *window;
  ShumateMapSource *source;
  GtkWidget *map;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GHashTable) tiles_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;
  guint n_checked = 0;

  tile_server_start (&server);
  url_template = g_strdup_printf ("http://127.0.0.1:%u/tiles/{z}/{x}/{y}.png", server.port);

  /* Offline first: the view is set before the server is asked anything. */
  g_settings_reset (settings, "map-source");
  g_settings_set_string (settings, "online-tile-url", url_template);
  window = lc_test_open_window (FALSE, 1280, 800);
  map = get_shumate_map (window);
  go_to (window, 20, 60, SERVED_ZOOM);
  g_assert_cmpuint (server.requests, ==, 0);

  /* The map switches to our source, our data source under it. */
  g_settings_set_string (settings, "map-source", "openstreetmap");
  source = shumate_simple_map_get_map_source (lc_window_get_map (window));
  g_assert_true (LC_IS_ONLINE_SOURCE (source));
  g_assert_true (LC_IS_TILE_FETCHER (lc_online_source_get_data_source (LC_ONLINE_SOURCE (source))));

  wait = (OnlineWait) { window, &server };
  lc_test_iterate_until (online_tiles_drawn, &wait);
  if (!online_tiles_drawn (&wait))
    {
      g_autofree char *pending = NULL;

      lc_window_is_drawn (window, &pending);
      g_test_message ("%u requests, %u tiles pending; waiting for %s", server.requests,
                      lc_online_source_get_pending_tiles (LC_ONLINE_SOURCE (source)), pending);
    }
  g_assert_true (online_tiles_drawn (&wait));
  g_test_message ("%u requests for %u tiles", server.requests, g_hash_table_size (server.tiles));

  /* Every request is for a tile of the zoom level shown, through our
   * fetcher (its User-Agent, not libshumate's), and none fell back to the
   * offline map. */
  g_assert_cmpuint (server.bad_requests, ==, 0);
  g_assert_cmpstr (server.user_agent, ==, LC_TILE_FETCHER_USER_AGENT);
  g_assert_cmpuint (lc_online_source_get_fallback_tiles (LC_ONLINE_SOURCE (source)), ==, 0);
  g_hash_table_iter_init (&iter, server.tiles);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_str_has_prefix (key, G_STRINGIFY (SERVED_ZOOM) "/"));
  /* The map is some 940 × 750 px: at least 4 × 3 tiles of 256. */
  g_assert_cmpuint (g_hash_table_size (server.tiles), >=, 12);

  /* Pixels across the map show the tile that covers them, away from the
   * tiles' edges, the dots, the legend and the map's buttons. */
  texture = render_window (window);
  for (int i = 1; i < 8; i++)
    for (int j = 1; j < 6; j++)
      {
        double map_x = gtk_widget_get_width (map) * i / 8.0;
        double map_y = gtk_widget_get_height (map) * j / 6.0;
        double x, y, latitude, longitude, tile_x, tile_y;
        g_autofree char *tile = NULL;
        guint8 rgb[3];

        g_assert_true (gtk_widget_translate_coordinates (map, GTK_WIDGET (window), map_x, map_y, &x, &y));
        x = round (x);
        y = round (y);
        if (gtk_widget_pick (GTK_WIDGET (window), x, y, GTK_PICK_DEFAULT) != map
            || city_at (window, x, y) != GTK_INVALID_LIST_POSITION)
          continue;

        location_at (window, x, y, &latitude, &longitude);
        tile_of (latitude, longitude, SERVED_ZOOM, &tile_x, &tile_y);
        if (fabs (tile_x - round (tile_x)) * 256 < 4 || fabs (tile_y - round (tile_y)) * 256 < 4)
          continue;

        tile = g_strdup_printf ("%d/%d/%d", SERVED_ZOOM, (int) floor (tile_x), (int) floor (tile_y));
        g_assert_true (g_hash_table_contains (server.tiles, tile));
        lc_test_texture_rgb (texture, (int) x, (int) y, rgb);
        g_test_message ("(%.0f, %.0f): tile %s", x, y, tile);
        assert_color (rgb, served_color ((int) floor (tile_x), (int) floor (tile_y)), 2);
        g_hash_table_add (tiles_seen, g_steal_pointer (&tile));
        n_checked++;
      }
  g_assert_cmpuint (n_checked, >=, 20);
  g_assert_cmpuint (g_hash_table_size (tiles_seen), >=, 6);

  g_settings_reset (settings, "map-source");
  g_settings_reset (settings, "online-tile-url");
  gtk_window_destroy (GTK_WINDOW (window));
  lc_test_iterate_pending ();
  tile_server_stop (&server);
}

/* ---- 5. ShumateSimpleMap's zoom buttons and scale ---------------------------- */

static gboolean
has_icon (GtkWidget  *button,
          const char *icon_name)
{
  /* 1.0.3 and 1.4 put a GtkImage in the button rather than setting the
   * button's icon-name: look at both. */
  if (g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (button)), icon_name) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (button);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_IMAGE (child) && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (child)), icon_name) == 0)
      return TRUE;

  return FALSE;
}

static GtkWidget *
find_zoom_button (GtkWidget  *widget,
                  const char *icon_name)
{
  if (GTK_IS_BUTTON (widget) && has_icon (widget, icon_name))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_zoom_button (child, icon_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_child_of_type (GtkWidget *widget,
                    GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The scale's metric bar: its label says how many metres its width is. */
static GtkWidget *
find_metric_label (GtkWidget *scale)
{
  for (GtkWidget *child = gtk_widget_get_first_child (scale);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "metric"))
      return child;

  return NULL;
}

typedef struct
{
  char   *text;
  int     width;        /* px, as the scale asks for it */
  double  metres;       /* what the text says */
} ScaleReading;

static void
read_scale (GtkWidget    *label,
            ScaleReading *reading)
{
  const char *unit;
  char *end = NULL;
  gint64 value;

  reading->text = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
  gtk_widget_get_size_request (label, &reading->width, NULL);
  value = g_ascii_strtoll (reading->text, &end, 10);
  g_assert_cmpint (value, >, 0);
  /* The space before the unit may be a no-break one. */
  for (unit = end; *unit != '\0' && g_unichar_isspace (g_utf8_get_char (unit)); unit = g_utf8_next_char (unit))
    ;
  if (g_str_equal (unit, "km"))
    reading->metres = value * 1000.0;
  else
    {
      g_assert_cmpstr (unit, ==, "m");
      reading->metres = value;
    }
}

/* The scale agrees with the map: its bar is as many pixels as its
 * distance takes at the centre's latitude and the zoom level. */
static void
assert_scale_matches (LcWindow     *window,
                      ScaleReading *reading)
{
  ShumateViewport *viewport = get_viewport (window);
  ShumateMapSource *reference = shumate_viewport_get_reference_map_source (viewport);
  double zoom = shumate_viewport_get_zoom_level (viewport);
  double latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  double tile_size = shumate_map_source_get_tile_size (reference);
  double metres_per_pixel = 2 * G_PI * EARTH_RADIUS * cos (latitude * G_PI / 180.0) / (tile_size * pow (2.0, zoom));

  g_test_message ("scale at zoom %.2f: \"%s\" over %d px, %.0f px expected",
                  zoom, reading->text, reading->width, reading->metres / metres_per_pixel);
  g_assert_cmpint (reading->width, >=, 20);
  g_assert_cmpfloat (fabs (reading->width * metres_per_pixel / reading->metres - 1.0), <, 0.03);
}

typedef struct
{
  ShumateViewport *viewport;
  double           zoom;
} ZoomWait;

static gboolean
is_at_zoom (gpointer data)
{
  ZoomWait *wait = data;

  return fabs (shumate_viewport_get_zoom_level (wait->viewport) - wait->zoom) < 1e-4;
}

/* What one click on a zoom button does in every libshumate from 1.0.3 to
 * 1.7 (shumate-map.c's zoom()): a fifth of a zoom level, to the nearest
 * multiple of 0.2, not a whole level as the keyboard's plus does. */
#define ZOOM_BUTTON_STEP 0.2

static void
click_zoom_button (LcWindow     *window,
                   ButtonEvents *seen,
                   GtkWidget    *button,
                   double        expected_zoom)
{
  ZoomWait wait = { get_viewport (window), expected_zoom };
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (window), &bounds));
  g_assert_true (is_or_inside (gtk_widget_pick (GTK_WIDGET (window),
                                                bounds.origin.x + bounds.size.width / 2,
                                                bounds.origin.y + bounds.size.height / 2,
                                                GTK_PICK_DEFAULT),
                               button));
  click_at (window, seen, bounds.origin.x + bounds.size.width / 2, bounds.origin.y + bounds.size.height / 2);
  /* The zoom may be animated: wait for where it ends. */
  lc_test_iterate_until (is_at_zoom, &wait);
  g_assert_cmpfloat_with_epsilon (shumate_viewport_get_zoom_level (get_viewport (window)), expected_zoom, 1e-4);
}

static void
test_simple_map_zoom_buttons (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  ShumateSimpleMap *simple_map = lc_window_get_map (window);
  ShumateViewport *viewport = get_viewport (window);
  GtkWidget *zoom_in, *zoom_out;
  ButtonEvents *seen;
  double latitude, longitude;

  if (!is_on_x11 (window))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  seen = watch_buttons (window);

  g_assert_true (shumate_simple_map_get_show_zoom_buttons (simple_map));
  zoom_in = find_zoom_button (GTK_WIDGET (simple_map), "zoom-in-symbolic");
  zoom_out = find_zoom_button (GTK_WIDGET (simple_map), "zoom-out-symbolic");
  g_assert_nonnull (zoom_in);
  g_assert_nonnull (zoom_out);
  g_assert_true (zoom_in != zoom_out);

  go_to (window, 45, 10, 4);
  latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));

  click_zoom_button (window, seen, zoom_in, 4 + ZOOM_BUTTON_STEP);
  click_zoom_button (window, seen, zoom_in, 4 + 2 * ZOOM_BUTTON_STEP);
  click_zoom_button (window, seen, zoom_out, 4 + ZOOM_BUTTON_STEP);
  click_zoom_button (window, seen, zoom_out, 4);
  click_zoom_button (window, seen, zoom_out, 4 - ZOOM_BUTTON_STEP);

  /* The buttons zoom about the centre, and select nothing. */
  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), latitude, 1e-6);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), longitude, 1e-6);
  g_assert_null (get_selected_city (window));

  /* Hidden, they are gone. */
  shumate_simple_map_set_show_zoom_buttons (simple_map, FALSE);
  lc_test_wait_for_paint (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_mapped (zoom_in));
  g_assert_false (gtk_widget_get_mapped (zoom_out));
  shumate_simple_map_set_show_zoom_buttons (simple_map, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_simple_map_scale (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  ShumateSimpleMap *simple_map = lc_window_get_map (window);
  GtkWidget *scale, *label, *zoom_in;
  ScaleReading at_4 = { 0 }, at_4_2 = { 0 }, at_8 = { 0 };
  ButtonEvents *seen;
  graphene_rect_t bounds;

  if (!is_on_x11 (window))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  seen = watch_buttons (window);

  scale = find_child_of_type (GTK_WIDGET (simple_map), SHUMATE_TYPE_SCALE);
  g_assert_nonnull (scale);
  g_assert_true (SHUMATE_SCALE (scale) == shumate_simple_map_get_scale (simple_map));
  label = find_metric_label (scale);
  g_assert_nonnull (label);

  go_to (window, 45, 10, 4);
  g_assert_true (gtk_widget_get_mapped (scale));
  g_assert_true (gtk_widget_get_mapped (label));
  /* In the bottom-left corner of the map. */
  g_assert_true (gtk_widget_compute_bounds (scale, GTK_WIDGET (simple_map), &bounds));
  g_assert_cmpfloat (bounds.origin.x, <, gtk_widget_get_width (GTK_WIDGET (simple_map)) / 2.0);
  g_assert_cmpfloat (bounds.origin.y, >, gtk_widget_get_height (GTK_WIDGET (simple_map)) / 2.0);
  read_scale (label, &at_4);
  assert_scale_matches (window, &at_4);

  /* A click on zoom in: a shorter distance, or the same one over more
   * pixels. */
  zoom_in = find_zoom_button (GTK_WIDGET (simple_map), "zoom-in-symbolic");
  click_zoom_button (window, seen, zoom_in, 4 + ZOOM_BUTTON_STEP);
  lc_test_wait_for_paint (GTK_WIDGET (window));
  read_scale (label, &at_4_2);
  assert_scale_matches (window, &at_4_2);
  g_assert_true (at_4_2.metres < at_4.metres || at_4_2.width > at_4.width);

  /* Sixteen times closer. */
  go_to (window, 45, 10, 8);
  read_scale (label, &at_8);
  assert_scale_matches (window, &at_8);
  g_assert_cmpstr (at_8.text, !=, at_4.text);
  g_assert_cmpfloat (at_8.metres, <, at_4.metres / 4);

  g_free (at_4.text);
  g_free (at_4_2.text);
  g_free (at_8.text);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache_home = NULL;
  int status;

  /* Tiles go to a throwaway cache, straight to 127.0.0.1 whatever proxy the
   * environment names. */
  cache_home = g_dir_make_tmp ("lc-test-shumate-XXXXXX", NULL);
  g_assert_nonnull (cache_home);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!lc_test_init_display ())
    return g_test_run ();

  g_test_message ("libshumate %d.%d.%d", SHUMATE_MAJOR_VERSION, SHUMATE_MINOR_VERSION, SHUMATE_MICRO_VERSION);

  g_test_add_func ("/shumate/input/click-selects", test_input_click_selects);
  g_test_add_func ("/shumate/input/drag-sea-pans", test_input_drag_sea_pans);
  g_test_add_func ("/shumate/input/drag-dot-pans", test_input_drag_dot_pans);
  g_test_add_func ("/shumate/layers/overlay", test_layers_overlay);
  g_test_add_func ("/shumate/viewport/notify", test_viewport_notify);
  g_test_add_func ("/shumate/data-source/online", test_data_source_online);
  g_test_add_func ("/shumate/simple-map/zoom-buttons", test_simple_map_zoom_buttons);
  g_test_add_func ("/shumate/simple-map/scale", test_simple_map_scale);

  status = g_test_run ();

  lc_test_remove_tree (cache_home);
  return status;
}
