/* bench-city-layer.c: what a viewport change costs, city layer vs widgets
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the real member cities and for 425, 10 000 and 100 000 synthetic
 * ones, measures one viewport change (a small pan) as GTK pays for it:
 *
 *  - LcCityLayer: its snapshot, which projects the cached positions
 *    (clusters are cached per integer zoom level) and records the drawing;
 *  - ShumateMarkerLayer with one ShumatePoint per city: its allocation,
 *    which places every marker, and its snapshot of the markers.
 *
 * Both layers sit alone in a 1280 × 800 ShumateMap (no tiles), in a real
 * window. Each line gives medians; render_ms columns add what the cairo
 * renderer then takes to turn the nodes into pixels:
 *
 *   n=… source=… view=… layer_ms=… widget_ms=… ratio=… layer_render_ms=…
 *     widget_render_ms=… clusters=… iterations=…/…
 *
 * Each measurement stops after a few seconds (the line says how many
 * iterations ran). Creating widget markers one by one grows worse than
 * linearly (10 000 take seconds): after 30 s of adding them the widget
 * side is skipped and printed as nan, with a comment saying how far it
 * got.
 *
 * Run: meson test -C BUILDDIR --benchmark -v city-layer
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "lc-basemap-source.h"
#include "lc-city-layer.h"
#include "lc-bench-util.h"
#include "lc-test-display.h"
#include "lc-city-private.h"
#include "lc-store.h"

#define WIDTH  1280
#define HEIGHT 800

/* Creating 10 000 widget markers takes seconds; 100 000 would take many
 * minutes, so markers stop being added after this. */
#define MARKER_SETUP_BUDGET_MS 30000.0

typedef struct
{
  const char *name;
  double      latitude;
  double      longitude;
  double      zoom;
} View;

/* The window's opening view (the world's width fills 1280 px), and Europe. */
static const View views[] = {
  { "world", 20.0, 10.0, 2.321928 },
  { "europe", 50.0, 10.0, 5.0 },
};

typedef struct
{
  double ms;
  double render_ms;
  guint  iterations;
} Cost;

/* One viewport change: move by a pixel or so, as a drag does, then lay
 * out and snapshot the layer. */
static Cost
measure (GtkWidget       *layer,
         ShumateViewport *viewport,
         const View      *view,
         guint            iterations,
         double           budget_ms)
{
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (layer));
  g_autofree double *costs = g_new (double, iterations);
  g_autofree double *renders = g_new (double, iterations);
  double step = 360.0 / (256.0 * exp2 (view->zoom));  /* one pixel of longitude */
  double started = lc_bench_now_ms ();
  Cost cost = { 0, };
  guint done = 0;

  shumate_viewport_set_zoom_level (viewport, view->zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), view->latitude, view->longitude);
  gtk_widget_allocate (layer, WIDTH, HEIGHT, -1, NULL);

  for (guint i = 0; i < iterations; i++)
    {
      GtkSnapshot *snapshot;
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      double t0, t1, t2;

      shumate_location_set_location (SHUMATE_LOCATION (viewport), view->latitude,
                                     view->longitude + (i % 2 ? step : -step));

      t0 = lc_bench_now_ms ();
      gtk_widget_allocate (layer, WIDTH, HEIGHT, -1, NULL);
      snapshot = gtk_snapshot_new ();
      GTK_WIDGET_GET_CLASS (layer)->snapshot (layer, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      t1 = lc_bench_now_ms ();
      if (node != NULL)
        texture = gsk_renderer_render_texture (renderer, node,
                                               &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
      t2 = lc_bench_now_ms ();

      costs[i] = t1 - t0;
      renders[i] = t2 - t1;
      done++;
      if (lc_bench_now_ms () - started > budget_ms && done >= 3)
        break;
    }

  cost.ms = lc_bench_median (costs, done);
  cost.render_ms = lc_bench_median (renders, done);
  cost.iterations = done;
  return cost;
}

static void
bench (const char *source,
       GListModel *cities)
{
  guint n = g_list_model_get_n_items (cities);
  g_autoptr(GtkSingleSelection) selection = NULL;
  g_autoptr(ShumateMapSource) reference = SHUMATE_MAP_SOURCE (lc_basemap_source_new ());
  ShumateMarkerLayer *markers;
  LcCityLayer *layer;
  ShumateViewport *viewport;
  ShumateMap *map;
  GtkWidget *window;
  Cost layer_cost[G_N_ELEMENTS (views)], widget_cost[G_N_ELEMENTS (views)];
  guint clusters[G_N_ELEMENTS (views)];
  double setup_start, marker_setup_ms;

  selection = gtk_single_selection_new (g_object_ref (cities));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);

  window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  map = shumate_map_new ();
  viewport = shumate_map_get_viewport (map);
  shumate_viewport_set_reference_map_source (viewport, reference);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map));

  layer = lc_city_layer_new (viewport, selection);
  shumate_map_add_layer (map, SHUMATE_LAYER (layer));
  gtk_window_present (GTK_WINDOW (window));
  lc_test_settle (GTK_WIDGET (layer));

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      layer_cost[v] = measure (GTK_WIDGET (layer), viewport, &views[v], 200, 2000);
      clusters[v] = lc_city_layer_get_n_drawn (layer);
    }
  shumate_map_remove_layer (map, SHUMATE_LAYER (layer));

  setup_start = lc_bench_now_ms ();
  markers = shumate_marker_layer_new (viewport);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
      ShumateMarker *point;

      /* Adding markers one by one grows worse than linearly. */
      if (i % 1000 == 0 && lc_bench_now_ms () - setup_start > MARKER_SETUP_BUDGET_MS)
        {
          printf ("# n=%u: gave up on widget markers after creating %u in %.0f ms\n",
                  n, i, lc_bench_now_ms () - setup_start);
          g_object_ref_sink (markers);
          g_object_unref (markers);
          markers = NULL;
          break;
        }
      if (!lc_city_has_location (city))
        continue;
      point = SHUMATE_MARKER (shumate_point_new ());
      shumate_location_set_location (SHUMATE_LOCATION (point),
                                     lc_city_get_latitude (city), lc_city_get_longitude (city));
      shumate_marker_layer_add_marker (markers, point);
    }
  if (markers != NULL)
    {
      shumate_map_add_layer (map, SHUMATE_LAYER (markers));
      lc_test_settle (GTK_WIDGET (markers));
    }
  marker_setup_ms = lc_bench_now_ms () - setup_start;

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      Cost none = { NAN, NAN, 0 };

      widget_cost[v] = markers != NULL ? measure (GTK_WIDGET (markers), viewport, &views[v], 50, 5000)
                                       : none;
    }

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      printf ("n=%u source=%s view=%s layer_ms=%.3f widget_ms=%.3f ratio=%.1f "
              "layer_render_ms=%.3f widget_render_ms=%.3f clusters=%u iterations=%u/%u\n",
              n, source, views[v].name, layer_cost[v].ms, widget_cost[v].ms,
              widget_cost[v].ms / MAX (layer_cost[v].ms, 1e-6),
              layer_cost[v].render_ms, widget_cost[v].render_ms, clusters[v],
              layer_cost[v].iterations, widget_cost[v].iterations);
    }
  if (markers != NULL)
    printf ("# n=%u: creating and first drawing %u widget markers took %.0f ms\n",
            n, n, marker_setup_ms);
  fflush (stdout);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean quick = argc > 1 && g_strcmp0 (argv[1], "--quick") == 0;
  static const guint synthetic[] = { 425, 10000, 100000 };

  if (!gtk_init_check ())
    {
      printf ("# skipped: no display (run under xvfb-run)\n");
      return 0;
    }
  adw_init ();

  path = lc_store_get_default_path ();
  store = lc_store_open (path, &error);
  if (store != NULL)
    bench ("real", lc_store_get_cities (store));
  else
    printf ("# no dataset (%s): real cities skipped\n", error->message);

  for (guint i = 0; i < G_N_ELEMENTS (synthetic); i++)
    {
      g_autoptr(GListModel) cities = NULL;

      if (quick && synthetic[i] > 10000)
        break;
      cities = lc_bench_make_cities (synthetic[i]);
      bench ("synthetic", cities);
    }

  return 0;
}
