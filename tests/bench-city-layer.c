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
#include "lc-city-private.h"
#include "lc-store.h"

#define WIDTH  1280
#define HEIGHT 800

/* Creating 10 000 widget markers takes seconds; 100 000 would take many
 * minutes, so markers stop being added after this. */
#define MARKER_SETUP_BUDGET_MS 30000.0

typedef struct
{
  double south, north, west, east, weight;
} Box;

/* Where learning cities are, roughly weighted like the network. */
static const Box boxes[] = {
  {  36,  60,  -10,   40, 0.35 },  /* Europe */
  {  22,  45,  100,  142, 0.20 },  /* East Asia */
  {  -8,  30,   68,  125, 0.10 },  /* South and South-East Asia */
  { -34,  35,  -17,   50, 0.12 },  /* Africa */
  { -40,  30, -110,  -35, 0.13 },  /* Latin America */
  {  25,  55, -125,  -65, 0.07 },  /* North America */
  { -45, -12,  113,  178, 0.03 },  /* Oceania */
};

static const int years[] = { 2015, 2016, 2017, 2018, 2019, 2020, 2022, 2023, 2024, 2025 };

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

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_double);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

static GListModel *
make_cities (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  GListStore *store = g_list_store_new (LC_TYPE_CITY);
  g_autoptr(GPtrArray) cities = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      double pick = g_rand_double (rand);
      const Box *box = &boxes[0];
      g_autofree char *id = g_strdup_printf ("synthetic-%u", i);
      LcCity *city;

      for (guint b = 0; b < G_N_ELEMENTS (boxes); b++)
        {
          box = &boxes[b];
          if (pick < box->weight)
            break;
          pick -= box->weight;
        }

      city = g_object_new (LC_TYPE_CITY,
                           "id", id,
                           "name", id,
                           "country-code", "XX",
                           "country-name", "Synthetic",
                           "year", years[g_rand_int_range (rand, 0, G_N_ELEMENTS (years))],
                           NULL);
      _lc_city_set_location (city,
                             g_rand_double_range (rand, box->south, box->north),
                             g_rand_double_range (rand, box->west, box->east));
      g_ptr_array_add (cities, city);
    }

  g_list_store_splice (store, 0, 0, cities->pdata, cities->len);
  return G_LIST_MODEL (store);
}

static void
wait_for_frame (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline && !gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  /* a few frames: styles, first allocation, cached render nodes */
  for (int i = 0; i < 5; i++)
    {
      gint64 frame_end = g_get_monotonic_time () + 30 * 1000;

      gtk_widget_queue_draw (widget);
      while (g_get_monotonic_time () < frame_end)
        g_main_context_iteration (NULL, FALSE);
    }
}

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
  double started = now_ms ();
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

      t0 = now_ms ();
      gtk_widget_allocate (layer, WIDTH, HEIGHT, -1, NULL);
      snapshot = gtk_snapshot_new ();
      GTK_WIDGET_GET_CLASS (layer)->snapshot (layer, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      t1 = now_ms ();
      if (node != NULL)
        texture = gsk_renderer_render_texture (renderer, node,
                                               &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
      t2 = now_ms ();

      costs[i] = t1 - t0;
      renders[i] = t2 - t1;
      done++;
      if (now_ms () - started > budget_ms && done >= 3)
        break;
    }

  cost.ms = median (costs, done);
  cost.render_ms = median (renders, done);
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
  wait_for_frame (GTK_WIDGET (layer));

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      layer_cost[v] = measure (GTK_WIDGET (layer), viewport, &views[v], 200, 2000);
      clusters[v] = lc_city_layer_get_n_drawn (layer);
    }
  shumate_map_remove_layer (map, SHUMATE_LAYER (layer));

  setup_start = now_ms ();
  markers = shumate_marker_layer_new (viewport);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
      ShumateMarker *point;

      /* Adding markers one by one grows worse than linearly. */
      if (i % 1000 == 0 && now_ms () - setup_start > MARKER_SETUP_BUDGET_MS)
        {
          printf ("# n=%u: gave up on widget markers after creating %u in %.0f ms\n",
                  n, i, now_ms () - setup_start);
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
      wait_for_frame (GTK_WIDGET (markers));
    }
  marker_setup_ms = now_ms () - setup_start;

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
      cities = make_cities (synthetic[i]);
      bench ("synthetic", cities);
    }

  return 0;
}
