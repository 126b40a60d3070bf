/* test-city-layer.c: the cities on the map, their legend, clicks and keys
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 has no API to synthesise input events, so clicks go through the
 * same two steps a real one takes: gtk_widget_pick() at window
 * coordinates (which asks the layer's contains()), then the "released"
 * signal of the layer's own GtkGestureClick with those coordinates.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "lc-basemap-source.h"
#include "lc-city.h"
#include "lc-city-layer.h"
#include "lc-city-private.h"
#include "lc-legend.h"
#include "lc-palette.h"
#include "lc-test-display.h"
#include "lc-window.h"

#define LISBON_LATITUDE  38.7167
#define LISBON_LONGITUDE (-9.1333)

static ShumateViewport *
get_viewport (LcWindow *window)
{
  return shumate_simple_map_get_viewport (lc_window_get_map (window));
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
  lc_test_iterate_pending ();
}

/* Where a location is drawn, in the layer's and in the window's coordinates. */
static void
locate (LcWindow *window,
        double    latitude,
        double    longitude,
        double   *x,
        double   *y,
        double   *window_x,
        double   *window_y)
{
  LcCityLayer *layer = lc_window_get_city_layer (window);

  shumate_viewport_location_to_widget_coords (get_viewport (window), GTK_WIDGET (layer),
                                              latitude, longitude, x, y);
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (layer), GTK_WIDGET (window),
                                                   *x, *y, window_x, window_y));
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  g_assert_not_reached ();
}

static void
click_layer (LcWindow *window,
             double    x,
             double    y)
{
  GtkEventController *click = find_controller (GTK_WIDGET (lc_window_get_city_layer (window)),
                                               GTK_TYPE_GESTURE_CLICK);

  g_signal_emit_by_name (click, "released", 1, x, y);
  lc_test_iterate_pending ();
}

static gboolean
press_key (LcWindow *window,
           guint     keyval)
{
  GtkEventController *keys = find_controller (GTK_WIDGET (lc_window_get_city_layer (window)),
                                              GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  lc_test_iterate_pending ();
  return handled;
}

static LcCity *
get_selected_city (LcWindow *window)
{
  return gtk_single_selection_get_selected_item (lc_window_get_selection (window));
}

static guint
count_located (LcWindow *window,
               int       cohort)
{
  GListModel *cities = lc_store_get_cities (lc_window_get_store (window));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);

      if (lc_city_has_location (city) && lc_city_get_cohort (city) == cohort)
        n++;
    }

  return n;
}

static void
test_city_layer_click_selects (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  LcCityLayer *layer = lc_window_get_city_layer (window);
  GtkWidget *picked, *map;
  double x, y, wx, wy;
  LcCity *city;

  /* Zoomed in far enough that Lisbon is a dot of its own, not in a bubble. */
  go_to (window, LISBON_LATITUDE, LISBON_LONGITUDE, 10);
  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &x, &y, &wx, &wy);

  /* The pointer on the dot reaches the layer; on the sea 60 px west, the
   * map (which pans). */
  g_assert_true (gtk_widget_pick (GTK_WIDGET (window), wx, wy, GTK_PICK_DEFAULT) == GTK_WIDGET (layer));
  g_assert_true (gtk_widget_pick (GTK_WIDGET (window), wx + 5, wy, GTK_PICK_DEFAULT) == GTK_WIDGET (layer));
  g_assert_false (gtk_widget_pick (GTK_WIDGET (window), wx - 60, wy, GTK_PICK_DEFAULT) == GTK_WIDGET (layer));
  picked = gtk_widget_pick (GTK_WIDGET (window), wx - 60, wy, GTK_PICK_DEFAULT);
  map = GTK_WIDGET (shumate_simple_map_get_map (lc_window_get_map (window)));
  g_assert_true (picked == map || gtk_widget_is_ancestor (picked, map));

  g_assert_null (get_selected_city (window));
  click_layer (window, x, y);
  city = get_selected_city (window);
  g_assert_nonnull (city);
  g_assert_cmpstr (lc_city_get_name (city), ==, "Lisbon");
  g_assert_cmpstr (lc_city_get_country_code (city), ==, "PT");

  /* A click on empty map changes nothing. */
  click_layer (window, x - 60, y);
  g_assert_true (get_selected_city (window) == city);

  /* Escape clears the selection; a second Escape is left to others. */
  g_assert_true (press_key (window, GDK_KEY_Escape));
  g_assert_null (get_selected_city (window));
  g_assert_false (press_key (window, GDK_KEY_Escape));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_city_layer_clusters (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  LcCityLayer *layer = lc_window_get_city_layer (window);
  ShumateViewport *viewport = get_viewport (window);
  guint n_cities = lc_city_layer_get_n_cities (layer);
  guint at_1, at_8, n_members = 0, n_members_after = 0;
  double x, y, wx, wy, zoom_before;

  /* 366 members, two without a known place. */
  g_assert_cmpuint (n_cities, ==, lc_store_count_cities_located (lc_window_get_store (window)));
  g_assert_cmpuint (n_cities, >, 300);

  go_to (window, 30, 10, 1);
  at_1 = lc_city_layer_get_n_clusters (layer);
  go_to (window, 30, 10, 8);
  at_8 = lc_city_layer_get_n_clusters (layer);
  g_test_message ("%u cities: %u marks at zoom 1, %u at zoom 8", n_cities, at_1, at_8);

  /* A world map of 364 dots would be a smudge: at zoom 1 they merge… */
  g_assert_cmpuint (at_1, <, n_cities / 3);
  /* …and at zoom 8 nearly every city stands alone. */
  g_assert_cmpuint (at_8, >, n_cities * 9 / 10);
  g_assert_cmpuint (at_8, <=, n_cities);

  /* Clicking the bubble around Lisbon at zoom 3 zooms in until it splits. */
  go_to (window, LISBON_LATITUDE, LISBON_LONGITUDE, 3);
  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &x, &y, &wx, &wy);
  g_assert_true (lc_city_layer_pick_city (layer, x, y, &n_members) != GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (n_members, >, 1);
  zoom_before = shumate_viewport_get_zoom_level (viewport);

  /* the bubble's centre is the mean of its cities, not Lisbon */
  click_layer (window, x, y);
  g_assert_null (get_selected_city (window));
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >, zoom_before);
  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &x, &y, &wx, &wy);
  g_assert_true (lc_city_layer_pick_city (layer, x, y, &n_members_after) != GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (n_members_after, <, n_members);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_city_layer_legend_toggles (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  LcCityLayer *layer = lc_window_get_city_layer (window);
  LcLegend *legend = lc_window_get_legend (window);
  LcCityFilter *filter = lc_window_get_filter (window);
  int cohort_2025 = lc_palette_cohort_for_year (2025);
  guint n_cities = lc_city_layer_get_n_cities (layer);
  guint n_2025 = count_located (window, cohort_2025);
  guint drawn_before, drawn_hidden;
  GtkWidget *entry;

  /* One entry per cohort with members, plus the rings; 2015/16 first. */
  g_assert_cmpuint (lc_legend_get_n_entries (legend), ==, LC_PALETTE_N_COHORTS + 1);
  g_assert_cmpuint (lc_legend_get_count (legend, lc_palette_cohort_for_year (2016)), ==,
                    lc_store_count_cities_in_year (lc_window_get_store (window), 2015)
                    + lc_store_count_cities_in_year (lc_window_get_store (window), 2016));
  g_assert_cmpuint (lc_legend_get_count (legend, cohort_2025), >=, n_2025);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (legend)));

  go_to (window, 45, 10, 4);
  drawn_before = lc_city_layer_get_n_drawn (layer);

  entry = lc_legend_get_entry (legend, cohort_2025);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_get_mapped (entry));
  g_assert_false (gtk_widget_has_css_class (entry, "hidden-entry"));

  g_signal_emit_by_name (entry, "clicked");
  lc_test_iterate_pending ();
  /* the window frames what the filter lets through: come back to Europe */
  go_to (window, 45, 10, 4);
  g_assert_cmpuint (lc_city_filter_get_hidden_cohorts (filter), ==, LC_CITY_FILTER_COHORT_BIT (cohort_2025));
  g_assert_cmpuint (lc_city_layer_get_n_cities (layer), ==, n_cities - n_2025);
  drawn_hidden = lc_city_layer_get_n_drawn (layer);
  g_test_message ("marks over Europe: %u with 2025, %u without", drawn_before, drawn_hidden);
  g_assert_cmpuint (drawn_hidden, !=, drawn_before);
  g_assert_true (gtk_widget_has_css_class (entry, "hidden-entry"));

  /* The ring entry hides inferred years and ranges together. */
  g_signal_emit_by_name (lc_legend_get_entry (legend, LC_LEGEND_RING_ENTRY), "clicked");
  lc_test_iterate_pending ();
  g_assert_false (lc_city_filter_get_include_inferred (filter));
  g_assert_cmpuint (lc_city_filter_get_hidden_cohorts (filter) & LC_CITY_FILTER_RANGE_BIT, !=, 0);
  g_assert_cmpuint (lc_city_layer_get_n_cities (layer), <, n_cities - n_2025);

  /* Clicked again, both come back. */
  g_signal_emit_by_name (entry, "clicked");
  g_signal_emit_by_name (lc_legend_get_entry (legend, LC_LEGEND_RING_ENTRY), "clicked");
  lc_test_iterate_pending ();
  go_to (window, 45, 10, 4);
  g_assert_false (lc_city_filter_is_active (filter));
  g_assert_cmpuint (lc_city_layer_get_n_cities (layer), ==, n_cities);
  g_assert_cmpuint (lc_city_layer_get_n_drawn (layer), ==, drawn_before);
  g_assert_false (gtk_widget_has_css_class (entry, "hidden-entry"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_city_layer_keys (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  ShumateViewport *viewport = get_viewport (window);
  GtkSingleSelection *selection = lc_window_get_selection (window);
  g_autoptr(LcCity) first = NULL;
  g_autoptr(LcCity) second = NULL;
  double zoom, latitude, longitude;

  go_to (window, 0, 0, 3);
  zoom = shumate_viewport_get_zoom_level (viewport);
  g_assert_true (press_key (window, GDK_KEY_plus));
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), ==, zoom + 1);
  g_assert_true (press_key (window, GDK_KEY_minus));
  g_assert_true (press_key (window, GDK_KEY_minus));
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), ==, zoom - 1);

  /* Right pans east, Down pans south. */
  longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  g_assert_true (press_key (window, GDK_KEY_Right));
  g_assert_cmpfloat (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), >, longitude + 1);
  latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  g_assert_true (press_key (window, GDK_KEY_Down));
  g_assert_cmpfloat (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), <, latitude - 1);

  /* Page Down walks the list (sorted by name) and the map follows. */
  g_assert_true (press_key (window, GDK_KEY_Page_Down));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);
  first = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  if (lc_city_has_location (first))
    {
      g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                      lc_city_get_latitude (first), 1e-6);
      g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                      lc_city_get_longitude (first), 1e-6);
    }
  g_assert_true (press_key (window, GDK_KEY_Page_Down));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);
  second = g_list_model_get_item (G_LIST_MODEL (selection), 1);
  g_assert_true (press_key (window, GDK_KEY_Page_Up));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);
  g_assert_true (press_key (window, GDK_KEY_Page_Up));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The colour of one pixel of the window as the user sees it. */
static void
window_pixel (LcWindow *window,
              double    x,
              double    y,
              guint8    rgb[3])
{
  GtkWidget *widget = GTK_WIDGET (window);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  /* the paintable shows what the last frame drew */
  lc_test_wait_for_paint (GTK_WIDGET (window));
  g_clear_object (&paintable);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  lc_test_texture_rgb (texture, (int) round (x), (int) round (y), rgb);
}

static void
assert_color (const guint8 rgb[3],
              LcRgb        expected,
              int          tolerance)
{
  g_test_message ("pixel #%02X%02X%02X, expected #%02X%02X%02X", rgb[0], rgb[1], rgb[2],
                  (int) round (expected.red * 255), (int) round (expected.green * 255),
                  (int) round (expected.blue * 255));
  g_assert_cmpint (ABS (rgb[0] - (int) round (expected.red * 255)), <=, tolerance);
  g_assert_cmpint (ABS (rgb[1] - (int) round (expected.green * 255)), <=, tolerance);
  g_assert_cmpint (ABS (rgb[2] - (int) round (expected.blue * 255)), <=, tolerance);
}

static void
test_city_layer_pixels (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  LcRgb lisbon_color = lc_palette_get_cohort_color (lc_palette_cohort_for_year (2025));
  double x, y, wx, wy;
  guint8 rgb[3];

  go_to (window, LISBON_LATITUDE, LISBON_LONGITUDE, 10);
  lc_test_iterate_until (lc_test_window_is_drawn, window);
  locate (window, LISBON_LATITUDE, LISBON_LONGITUDE, &x, &y, &wx, &wy);

  /* Lisbon joined in 2025: its dot is that cohort's purple… */
  window_pixel (window, wx, wy, rgb);
  assert_color (rgb, lisbon_color, 3);

  /* …with an outline, and the basemap 20 px away. */
  window_pixel (window, wx + 20, wy, rgb);
  g_assert_false (ABS (rgb[0] - (int) round (lisbon_color.red * 255)) <= 3
                  && ABS (rgb[1] - (int) round (lisbon_color.green * 255)) <= 3
                  && ABS (rgb[2] - (int) round (lisbon_color.blue * 255)) <= 3);

  /* Selected, it is drawn larger with an accent halo around it. */
  click_layer (window, x, y);
  window_pixel (window, wx, wy, rgb);
  assert_color (rgb, lisbon_color, 3);
  window_pixel (window, wx + 12, wy, rgb);
  g_assert_cmpint (rgb[2], >, rgb[0] + 40);  /* blue halo over the land */

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Four cities at one place make a bubble centred on it, the layer alone
 * in a small map. */
#define BUBBLE_LATITUDE  10.0
#define BUBBLE_LONGITUDE 20.0

static LcCity *
make_city (const char *id,
           int         year)
{
  LcCity *city = g_object_new (LC_TYPE_CITY,
                               "id", id,
                               "name", id,
                               "country-code", "XX",
                               "country-name", "Nowhere",
                               "year", year,
                               NULL);

  _lc_city_set_location (city, BUBBLE_LATITUDE, BUBBLE_LONGITUDE);
  return city;
}

/* What the layer draws, as the window's renderer turns it into pixels. */
static GdkTexture *
render_layer (GtkWidget *layer)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  lc_test_iterate_pending ();
  GTK_WIDGET_GET_CLASS (layer)->snapshot (layer, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (layer)), node,
                                      &GRAPHENE_RECT_INIT (0, 0,
                                                           gtk_widget_get_width (layer),
                                                           gtk_widget_get_height (layer)));
}

/* How many pixels of the 7 × 7 square around (x, y) are as dark as the
 * count's text in the light style (or as bright, in the dark one). */
static guint
count_text_pixels (GdkTexture *texture,
                   int         x,
                   int         y,
                   gboolean    dark)
{
  guint n = 0;

  for (int dy = -3; dy <= 3; dy++)
    for (int dx = -3; dx <= 3; dx++)
      {
        guint8 rgb[3];

        lc_test_texture_rgb (texture, x + dx, y + dy, rgb);
        if (dark ? MIN (MIN (rgb[0], rgb[1]), rgb[2]) > 0xb0 : MAX (MAX (rgb[0], rgb[1]), rgb[2]) < 0x70)
          n++;
      }

  return n;
}

static void
test_city_layer_pixels_bubble (void)
{
  g_autoptr(ShumateMapSource) reference = SHUMATE_MAP_SOURCE (lc_basemap_source_new ());
  g_autoptr(GListStore) cities = g_list_store_new (LC_TYPE_CITY);
  g_autoptr(GtkSingleSelection) selection = NULL;
  g_autoptr(LcCity) late = make_city ("late", 2025);
  g_autoptr(LcCity) another = make_city ("early-3", 2016);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  LcRgb early_color = lc_palette_get_cohort_color (lc_palette_cohort_for_year (2016));
  LcRgb late_color = lc_palette_get_cohort_color (lc_palette_cohort_for_year (2025));
  ShumateViewport *viewport;
  ShumateMap *map;
  GtkWidget *window, *layer;
  double x, y;
  int cx, cy;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("early-%u", i);
      g_autoptr(LcCity) city = make_city (id, 2016);

      g_list_store_append (cities, city);
    }
  g_list_store_append (cities, late);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (cities)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  map = shumate_map_new ();
  viewport = shumate_map_get_viewport (map);
  shumate_viewport_set_reference_map_source (viewport, reference);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map));
  layer = GTK_WIDGET (lc_city_layer_new (viewport, selection));
  shumate_map_add_layer (map, SHUMATE_LAYER (layer));
  gtk_window_present (GTK_WINDOW (window));
  lc_test_settle (layer);

  shumate_viewport_set_zoom_level (viewport, 4);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), BUBBLE_LATITUDE, BUBBLE_LONGITUDE);
  lc_test_iterate_pending ();
  g_assert_cmpuint (lc_city_layer_get_n_clusters (LC_CITY_LAYER (layer)), ==, 1);

  /* Marks are centred on whole pixels: pixel (cx, cy) is the one to the
   * lower right of the centre. */
  shumate_viewport_location_to_widget_coords (viewport, layer, BUBBLE_LATITUDE, BUBBLE_LONGITUDE, &x, &y);
  cx = (int) round (x);
  cy = (int) round (y);

  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean dark = pass == 1;
      g_autoptr(GdkTexture) texture = NULL;
      guint8 rgb[3];

      adw_style_manager_set_color_scheme (style_manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                               : ADW_COLOR_SCHEME_FORCE_LIGHT);
      texture = render_layer (layer);

      /* The rim, 7.5 to 8 px out (the bubble's radius is 9.8 px), is a
       * pie from the top, clockwise: three quarters of 2015/16's colour,
       * then a quarter of 2025's. */
      lc_test_texture_rgb (texture, cx + 2, cy - 8, rgb);
      assert_color (rgb, early_color, 3);
      lc_test_texture_rgb (texture, cx + 7, cy, rgb);
      assert_color (rgb, early_color, 3);
      lc_test_texture_rgb (texture, cx - 6, cy + 5, rgb);
      assert_color (rgb, early_color, 3);
      lc_test_texture_rgb (texture, cx - 6, cy - 6, rgb);
      assert_color (rgb, late_color, 3);

      /* Inside, the disc, left of the count… */
      lc_test_texture_rgb (texture, cx - 6, cy, rgb);
      assert_color (rgb, lc_rgb_from_hex (dark ? 0x242424 : 0xFFFFFF), 3);

      /* …which stands out from it in the middle. */
      g_assert_cmpuint (count_text_pixels (texture, cx, cy, dark), >=, 4);
    }

  /* With a 2016 city for the 2025 one, the bubble has the same count but
   * is of one colour all round; with the 2025 city back, it is as before
   * (its sprite found again, not another's). */
  g_list_store_splice (cities, 3, 1, (gpointer *) &another, 1);
  {
    g_autoptr(GdkTexture) texture = render_layer (layer);
    guint8 rgb[3];

    lc_test_texture_rgb (texture, cx - 6, cy - 6, rgb);
    assert_color (rgb, early_color, 3);
  }
  g_list_store_splice (cities, 3, 1, (gpointer *) &late, 1);
  {
    g_autoptr(GdkTexture) texture = render_layer (layer);
    guint8 rgb[3];

    lc_test_texture_rgb (texture, cx - 6, cy - 6, rgb);
    assert_color (rgb, late_color, 3);
  }

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

  g_test_add_func ("/city-layer/click/selects", test_city_layer_click_selects);
  g_test_add_func ("/city-layer/clusters/zoom", test_city_layer_clusters);
  g_test_add_func ("/city-layer/legend/toggles", test_city_layer_legend_toggles);
  g_test_add_func ("/city-layer/keys", test_city_layer_keys);
  g_test_add_func ("/city-layer/pixels/lisbon", test_city_layer_pixels);
  g_test_add_func ("/city-layer/pixels/bubble", test_city_layer_pixels_bubble);

  return g_test_run ();
}
