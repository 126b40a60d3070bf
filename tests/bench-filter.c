/* bench-filter.c: a filter or search change, through to the list and the map
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's pipeline, in a real window: cities → GtkSortListModel (by
 * name) → LcCityFilterModel (LcCityFilter) → GtkSingleSelection, shown
 * by the sidebar (LcSidebar: list and header) and the map's LcCityLayer.
 * For each change it measures, as medians:
 *
 *  - model_ms: the filter change until the sorted, filtered model and the
 *    sidebar's header ("N cities in M countries") are updated;
 *  - list_ms: laying out the sidebar, which binds the rows now in view,
 *    and snapshotting it, which lays out their text;
 *  - layer_ms: allocating and snapshotting the city layer, which picks up
 *    the new model (projection, clustering) and records its drawing;
 *  - total_ms: all three, what one frame after the change costs;
 *  - baseline_ms: total_ms of the same window over GtkFilterListModel,
 *    measured in turns with it, and speedup, the ratio of the two: this
 *    machine's speed varies by half from one minute to the next, the
 *    ratio much less.
 *
 * One line per change and size:
 *
 *   n=… source=… change=… model_ms=… list_ms=… layer_ms=… total_ms=…
 *     budget_ms=… within=yes|no baseline_ms=… speedup=… shown=…
 *     iterations=…
 *
 * The budget is 16 ms (one frame) up to 425 cities and 50 ms at 100 000.
 * The real dataset adds search changes, which ask SQLite's FTS index.
 *
 * Run: meson test -C BUILDDIR --benchmark -v filter
 *
 * Arguments, when given, pick the runs: "dataset" and synthetic sizes
 * ("425", "100000"), e.g. to profile one of them.
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "lc-array-model.h"
#include "lc-city-filter.h"
#include "lc-city-filter-model.h"
#include "lc-city-layer.h"
#include "lc-bench-util.h"
#include "lc-test-display.h"
#include "lc-city-private.h"
#include "lc-basemap-source.h"
#include "lc-sidebar.h"
#include "lc-store.h"

#define WIDTH       1280
#define HEIGHT      800
#define SIDEBAR     340
#define ITERATIONS  30

typedef enum
{
  CHANGE_REGION,
  CHANGE_YEARS,
  CHANGE_COHORT,
  CHANGE_SEARCH,
} ChangeKind;

static const struct
{
  const char *name;
  ChangeKind  kind;
} changes[] = {
  { "region-africa", CHANGE_REGION },
  { "years-from-2020", CHANGE_YEARS },
  { "cohort-2022", CHANGE_COHORT },
  { "search-lis", CHANGE_SEARCH },
};

/* The palette cohort of 2022 (lc-palette.h clashes with the basemap
 * source's header, so ask a city). */
static int cohort_2022 = -1;

static void
find_cohort_2022 (GListModel *cities)
{
  for (guint i = 0; cohort_2022 < 0 && i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);

      if (lc_city_get_year (city) == 2022)
        cohort_2022 = lc_city_get_cohort (city);
    }
}

static void
apply_change (LcCityFilter *filter,
              ChangeKind    kind,
              gboolean      on)
{
  switch (kind)
    {
    case CHANGE_REGION:
      lc_city_filter_set_regions (filter, on ? LC_REGION_BIT (LC_REGION_AFRICA) : 0);
      break;
    case CHANGE_YEARS:
      lc_city_filter_set_years (filter, on ? 2020 : 0, 0);
      break;
    case CHANGE_COHORT:
      lc_city_filter_toggle_cohort (filter, cohort_2022);
      break;
    case CHANGE_SEARCH:
      lc_city_filter_set_search_text (filter, on ? "lis" : NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* One window with the pipeline under test, or the baseline: the same
 * window over GtkFilterListModel, as GTK offers it. */
typedef struct
{
  LcCityFilter       *filter;
  GtkSingleSelection *selection;
  GtkWidget          *window;
  LcSidebar          *sidebar;
  GtkWidget          *layer;
} Pipeline;

static void
pipeline_init (Pipeline         *pipeline,
               LcStore          *store,
               GListModel       *cities,
               ShumateMapSource *reference,
               gboolean          baseline)
{
  GListModel *filtered;
  GtkSortListModel *sorted;
  GtkWidget *box;
  ShumateViewport *viewport;
  ShumateMap *map;

  pipeline->filter = lc_city_filter_new (store);

  /* As the window builds it: sorted once, then filtered. */
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (lc_array_model_new (cities)),
                                    GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (LC_TYPE_CITY, NULL, "name"))));
  if (baseline)
    filtered = G_LIST_MODEL (gtk_filter_list_model_new (G_LIST_MODEL (sorted), GTK_FILTER (g_object_ref (pipeline->filter))));
  else
    {
      filtered = G_LIST_MODEL (lc_city_filter_model_new (G_LIST_MODEL (sorted), pipeline->filter));
      g_object_unref (sorted);
    }
  pipeline->selection = gtk_single_selection_new (filtered);
  gtk_single_selection_set_autoselect (pipeline->selection, FALSE);
  gtk_single_selection_set_can_unselect (pipeline->selection, TRUE);
  gtk_single_selection_set_selected (pipeline->selection, GTK_INVALID_LIST_POSITION);

  pipeline->window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (pipeline->window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (pipeline->window), WIDTH, HEIGHT);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_window_set_child (GTK_WINDOW (pipeline->window), box);

  pipeline->sidebar = g_object_new (LC_TYPE_SIDEBAR, NULL);
  gtk_widget_set_size_request (GTK_WIDGET (pipeline->sidebar), SIDEBAR, -1);
  lc_sidebar_set_models (pipeline->sidebar, store, pipeline->filter, pipeline->selection);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (pipeline->sidebar));

  map = shumate_map_new ();
  gtk_widget_set_hexpand (GTK_WIDGET (map), TRUE);
  viewport = shumate_map_get_viewport (map);
  shumate_viewport_set_reference_map_source (viewport, reference);
  shumate_viewport_set_zoom_level (viewport, 2.0);
  pipeline->layer = GTK_WIDGET (lc_city_layer_new (viewport, pipeline->selection));
  shumate_map_add_layer (map, SHUMATE_LAYER (pipeline->layer));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (map));

  gtk_window_present (GTK_WINDOW (pipeline->window));
  lc_test_settle (pipeline->layer);
}

static void
pipeline_clear (Pipeline *pipeline)
{
  gtk_window_destroy (GTK_WINDOW (pipeline->window));
  g_clear_object (&pipeline->selection);
  g_clear_object (&pipeline->filter);
}

/* One change through to the list and the map, as one frame after it
 * pays for it: @times gets model, list, layer and total milliseconds. */
static void
pipeline_change (Pipeline   *pipeline,
                 ChangeKind  kind,
                 gboolean    on,
                 double      times[4])
{
  GtkWidget *sidebar = GTK_WIDGET (pipeline->sidebar);
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderNode) list_node = NULL;
  int min, nat;
  double t0, t1, t2, t3;

  t0 = lc_bench_now_ms ();
  apply_change (pipeline->filter, kind, on);
  g_list_model_get_n_items (G_LIST_MODEL (pipeline->selection));
  /* The header waits for an idle after the change; the user sees it in
   * the same frame, so the clock runs until it is done. */
  lc_sidebar_get_count_text (pipeline->sidebar);
  t1 = lc_bench_now_ms ();

  gtk_widget_measure (sidebar, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (sidebar, GTK_ORIENTATION_VERTICAL, SIDEBAR, &min, &nat, NULL, NULL);
  gtk_widget_allocate (sidebar, SIDEBAR, HEIGHT, -1, NULL);
  snapshot = gtk_snapshot_new ();
  GTK_WIDGET_GET_CLASS (sidebar)->snapshot (sidebar, snapshot);
  list_node = gtk_snapshot_free_to_node (snapshot);
  t2 = lc_bench_now_ms ();

  gtk_widget_allocate (pipeline->layer, WIDTH - SIDEBAR, HEIGHT, -1, NULL);
  snapshot = gtk_snapshot_new ();
  GTK_WIDGET_GET_CLASS (pipeline->layer)->snapshot (pipeline->layer, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  t3 = lc_bench_now_ms ();

  times[0] = t1 - t0;
  times[1] = t2 - t1;
  times[2] = t3 - t2;
  times[3] = t3 - t0;
}

static void
bench (const char *source,
       LcStore    *store,
       GListModel *cities)
{
  g_autoptr(ShumateMapSource) reference = SHUMATE_MAP_SOURCE (lc_basemap_source_new ());
  Pipeline tested, baseline;
  guint n = g_list_model_get_n_items (cities);
  double budget = n <= 425 ? 16.0 : 50.0;

  find_cohort_2022 (cities);
  pipeline_init (&tested, store, cities, reference, FALSE);
  pipeline_init (&baseline, store, cities, reference, TRUE);

  for (guint c = 0; c < G_N_ELEMENTS (changes); c++)
    {
      double times[4][ITERATIONS], baseline_total[ITERATIONS];
      guint shown = 0;

      /* Search needs the store's FTS index: the real dataset only. */
      if (changes[c].kind == CHANGE_SEARCH && store == NULL)
        continue;

      /* The two take turns, so that a busy spell of the machine slows
       * both alike. */
      for (guint i = 0; i < ITERATIONS; i++)
        {
          double measured[4];

          pipeline_change (&tested, changes[c].kind, i % 2 == 0, measured);
          for (guint k = 0; k < 4; k++)
            times[k][i] = measured[k];
          if (i % 2 == 0)
            shown = g_list_model_get_n_items (G_LIST_MODEL (tested.selection));

          pipeline_change (&baseline, changes[c].kind, i % 2 == 0, measured);
          baseline_total[i] = measured[3];
        }

      {
        double total_ms = lc_bench_median (times[3], ITERATIONS);
        double baseline_ms = lc_bench_median (baseline_total, ITERATIONS);

        printf ("n=%u source=%s change=%s model_ms=%.3f list_ms=%.3f layer_ms=%.3f total_ms=%.3f "
                "budget_ms=%.0f within=%s baseline_ms=%.3f speedup=%.1f shown=%u iterations=%u\n",
                n, source, changes[c].name,
                lc_bench_median (times[0], ITERATIONS), lc_bench_median (times[1], ITERATIONS),
                lc_bench_median (times[2], ITERATIONS),
                total_ms, budget, total_ms <= budget ? "yes" : "no",
                baseline_ms, baseline_ms / total_ms, shown, ITERATIONS);
        fflush (stdout);
      }
    }

  pipeline_clear (&baseline);
  pipeline_clear (&tested);
}

/* Whether the command line asks for this run (none: every run). */
static gboolean
wanted (int         argc,
        char       *argv[],
        const char *name)
{
  if (argc < 2)
    return TRUE;

  for (int i = 1; i < argc; i++)
    if (g_strcmp0 (argv[i], name) == 0)
      return TRUE;

  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  static const guint synthetic[] = { 425, 100000 };
  g_autofree char *path = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (!gtk_init_check ())
    {
      printf ("# skipped: no display (run under xvfb-run)\n");
      return 0;
    }
  adw_init ();

  path = lc_store_get_default_path ();
  store = wanted (argc, argv, "dataset") ? lc_store_open (path, &error) : NULL;
  if (store != NULL)
    {
      g_autoptr(GListModel) cities = lc_store_get_cities (store);

      bench ("dataset", store, cities);
    }
  else if (error != NULL)
    {
      printf ("# no dataset: %s\n", error->message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (synthetic); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u", synthetic[i]);
      g_autoptr(GListModel) cities = NULL;

      if (!wanted (argc, argv, name))
        continue;

      cities = lc_bench_make_cities (synthetic[i]);
      bench ("synthetic", NULL, cities);
    }

  return 0;
}
