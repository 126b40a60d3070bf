/* bench-city-layer-core.c: the displayless cost of one viewport change
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For N synthetic cities, measures what the city layer computes on every
 * viewport change before it draws anything: projecting the cached unit
 * positions into the widget (with culling), clustering what is visible,
 * and building the hit-test grid over the clusters; and what one pointer
 * motion costs (a hit test). Prints one machine-readable line per N and
 * view, medians of repeated runs:
 *
 *   n=100000 view=world zoom=2 visible=… clusters=… prepare_ms=… project_ms=…
 *     cluster_ms=… grid_ms=… total_ms=… hit_us=…
 *
 * Run: meson test -C BUILDDIR --benchmark -v city-layer-core
 *   or BUILDDIR/tests/bench-city-layer-core [--quick]
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lc-cluster-set.h"
#include "lc-bench-util.h"
#include "lc-palette.h"
#include "lc-projection.h"
#include "lc-spatial-grid.h"

#define DOT_RADIUS 6.0

typedef struct
{
  const char *name;
  LcView      view;
} NamedView;

static const NamedView views[] = {
  { "world", { 30.0, 20.0, 2.0, 1280, 800, 0.0 } },
  { "europe", { 50.0, 10.0, 5.0, 1280, 800, 0.0 } },
  { "city", { 37.55, 126.98, 10.0, 1280, 800, 0.0 } },
};

static void
make_cities (GRand  *rand,
             gsize   n,
             double *latitudes,
             double *longitudes,
             guint8 *cohorts)
{
  for (gsize i = 0; i < n; i++)
    {
      lc_bench_random_place (rand, &latitudes[i], &longitudes[i], NULL);
      cohorts[i] = (guint8) g_rand_int_range (rand, 0, LC_PALETTE_N_COHORTS);
    }
}

static void
bench (gsize n,
       guint repeats)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) n);
  g_autofree double *latitudes = g_new (double, n);
  g_autofree double *longitudes = g_new (double, n);
  g_autofree guint8 *cohorts = g_new (guint8, n);
  g_autofree LcPoint *units = g_new (LcPoint, n);
  g_autofree double *prepare = g_new (double, repeats);
  double prepare_ms;

  make_cities (rand, n, latitudes, longitudes, cohorts);

  /* Once per model change: the sine and logarithm of every city. */
  for (guint r = 0; r < repeats; r++)
    {
      double t0 = lc_bench_now_ms ();

      for (gsize i = 0; i < n; i++)
        lc_projection_to_unit (latitudes[i], longitudes[i], &units[i]);
      prepare[r] = lc_bench_now_ms () - t0;
    }
  prepare_ms = lc_bench_median (prepare, repeats);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const LcView *view = &views[v].view;
      /* room for every copy of the world the window shows */
      gsize max_out = n * (gsize) (ceil ((view->width + 2 * DOT_RADIUS)
                                         / lc_projection_world_size (view->zoom)) + 1);
      g_autofree LcPoint *visible = g_new (LcPoint, max_out);
      g_autofree guint *indices = g_new (guint, max_out);
      g_autofree guint8 *visible_cohorts = g_new (guint8, max_out);
      g_autofree double *project = g_new (double, repeats);
      g_autofree double *cluster = g_new (double, repeats);
      g_autofree double *grid_ms = g_new (double, repeats);
      g_autofree double *total = g_new (double, repeats);
      g_autofree double *hit = g_new (double, repeats);
      gsize n_visible = 0;
      guint n_clusters = 0;
      guint n_hits = 0;

      for (guint r = 0; r < repeats; r++)
        {
          g_autoptr(LcClusterSet) set = NULL;
          g_autoptr(LcSpatialGrid) grid = NULL;
          g_autofree LcPoint *centres = NULL;
          g_autofree double *radii = NULL;
          double t0, t1, t2, t3, t4;
          const guint n_queries = 1000;

          t0 = lc_bench_now_ms ();
          n_visible = lc_view_project_units (view, units, n, DOT_RADIUS,
                                             visible, indices, max_out);
          for (gsize i = 0; i < n_visible; i++)
            visible_cohorts[i] = cohorts[indices[i]];
          t1 = lc_bench_now_ms ();

          set = lc_cluster_set_new (visible, visible_cohorts, n_visible,
                                    LC_PALETTE_N_COHORTS, LC_CLUSTER_DEFAULT_DISTANCE);
          t2 = lc_bench_now_ms ();

          n_clusters = lc_cluster_set_get_n_clusters (set);
          centres = g_new (LcPoint, MAX (n_clusters, 1));
          radii = g_new (double, MAX (n_clusters, 1));
          for (guint c = 0; c < n_clusters; c++)
            {
              const LcCluster *cl = lc_cluster_set_get_cluster (set, c);

              centres[c] = cl->centre;
              /* bubbles grow with the log of their count, up to 20 px */
              radii[c] = cl->count == 1 ? DOT_RADIUS : MIN (20.0, 9.0 + 2.0 * log10 (cl->count));
            }
          grid = lc_spatial_grid_new (centres, n_clusters, LC_CLUSTER_DEFAULT_DISTANCE);
          t3 = lc_bench_now_ms ();

          n_hits = 0;
          for (guint q = 0; q < n_queries; q++)
            {
              double x = g_rand_double_range (rand, 0, view->width);
              double y = g_rand_double_range (rand, 0, view->height);

              if (lc_spatial_grid_hit_test_radii (grid, x, y, radii, 20.0) >= 0)
                n_hits++;
            }
          t4 = lc_bench_now_ms ();

          project[r] = t1 - t0;
          cluster[r] = t2 - t1;
          grid_ms[r] = t3 - t2;
          total[r] = t3 - t0;
          hit[r] = (t4 - t3) * 1e3 / n_queries;
        }

      printf ("n=%" G_GSIZE_FORMAT " view=%s zoom=%g visible=%" G_GSIZE_FORMAT
              " clusters=%u prepare_ms=%.4f project_ms=%.4f cluster_ms=%.4f grid_ms=%.4f"
              " total_ms=%.4f hit_us=%.3f hit_rate=%.2f\n",
              n, views[v].name, view->zoom, n_visible, n_clusters, prepare_ms,
              lc_bench_median (project, repeats), lc_bench_median (cluster, repeats), lc_bench_median (grid_ms, repeats),
              lc_bench_median (total, repeats), lc_bench_median (hit, repeats), n_hits / 1000.0);
      fflush (stdout);
    }
}

int
main (int   argc,
      char *argv[])
{
  gboolean quick = argc > 1 && strcmp (argv[1], "--quick") == 0;
  const gsize sizes[] = { 425, 10000, 100000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    bench (sizes[s], quick ? 3 : (sizes[s] >= 100000 ? 21 : 51));

  return 0;
}
