/* test-cluster-set.c: hit-testing and clustering of projected cities
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "lc-cluster-set.h"
#include "lc-spatial-grid.h"

typedef struct
{
  const char *name;
  double      latitude;
  double      longitude;
  guint8      cohort;
} Place;

/* Seoul's district offices (approximate), two more Korean and Japanese
 * cities and Paris: the first seven are within 25 km of each other. */
static const Place places[] = {
  { "Gangnam-gu",   37.5172, 127.0473, 7 },
  { "Eunpyeong-gu", 37.6027, 126.9291, 5 },
  { "Gwanak-gu",    37.4784, 126.9516, 5 },
  { "Dobong-gu",    37.6688, 127.0471, 3 },
  { "Seongbuk-gu",  37.5894, 127.0167, 5 },
  { "Guro-gu",      37.4954, 126.8874, 4 },
  { "Yeonsu-gu",    37.4101, 126.6783, 1 },
  { "Busan",        35.1796, 129.0756, 3 },
  { "Tokyo",        35.6762, 139.6503, 8 },
  { "Paris",        48.8566,   2.3522, 7 },
};

static LcClusterSet *
cluster_places_at (double zoom)
{
  LcPoint points[G_N_ELEMENTS (places)];
  guint8 cohorts[G_N_ELEMENTS (places)];

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      lc_projection_to_world (zoom, places[i].latitude, places[i].longitude, &points[i]);
      cohorts[i] = places[i].cohort;
    }

  return lc_cluster_set_new (points, cohorts, G_N_ELEMENTS (places), 9,
                             LC_CLUSTER_DEFAULT_DISTANCE);
}

/* Asserts that the cluster holding expected[0] has exactly these members. */
static void
assert_cluster (const LcClusterSet *set,
                const guint        *expected,
                guint               n_expected)
{
  int cluster = lc_cluster_set_find_point (set, expected[0]);
  const guint *members;
  guint n = 0;

  g_assert_cmpint (cluster, >=, 0);
  members = lc_cluster_set_get_members (set, cluster, &n);
  g_assert_cmpuint (n, ==, n_expected);
  g_assert_cmpuint (lc_cluster_set_get_cluster (set, cluster)->count, ==, n_expected);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (members[i], ==, expected[i]);
}

static void
test_cluster_zoom_levels (void)
{
  g_autoptr(LcClusterSet) world = cluster_places_at (1);
  g_autoptr(LcClusterSet) region = cluster_places_at (8);
  g_autoptr(LcClusterSet) city = cluster_places_at (12);
  const guint east_asia[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8 };
  const guint paris[] = { 9 };
  const guint *counts;

  /* Zoom 1, the whole world in 512 px: Seoul, Busan and even Tokyo (18 px
   * from Seoul) are one bubble; Paris stands alone. Paris is further
   * north, so its cell and cluster come first. */
  g_assert_cmpuint (lc_cluster_set_get_n_clusters (world), ==, 2);
  assert_cluster (world, east_asia, G_N_ELEMENTS (east_asia));
  assert_cluster (world, paris, 1);
  g_assert_cmpint (lc_cluster_set_find_point (world, 9), ==, 0);
  g_assert_cmpint (lc_cluster_set_find_point (world, 8), ==, 1);
  /* the seed is the first of the cities in the top-left cell of the group */
  g_assert_cmpuint (lc_cluster_set_get_cluster (world, 1)->seed, ==, 0);

  /* The pie of the East Asian bubble: cohorts 1, 3, 3, 4, 5, 5, 5, 7, 8. */
  counts = lc_cluster_set_get_category_counts (world, 1);
  g_assert_cmpuint (counts[0], ==, 0);
  g_assert_cmpuint (counts[1], ==, 1);
  g_assert_cmpuint (counts[3], ==, 2);
  g_assert_cmpuint (counts[4], ==, 1);
  g_assert_cmpuint (counts[5], ==, 3);
  g_assert_cmpuint (counts[7], ==, 1);
  g_assert_cmpuint (counts[8], ==, 1);

  /* Zoom 8: Seoul's districts are 12 to 50 px apart. Seongbuk is within
   * 24 px of Gangnam, Eunpyeong and Dobong, but joins its nearest seed,
   * Eunpyeong (16.2 px); Gwanak joins Guro (12.3 px, Gangnam is 19.6).
   * Busan, Tokyo and Paris have their own dots. */
  {
    const guint eunpyeong_seongbuk[] = { 1, 4 };
    const guint gwanak_guro[] = { 2, 5 };
    const guint singles[] = { 0, 3, 6, 7, 8, 9 };

    g_assert_cmpuint (lc_cluster_set_get_n_clusters (region), ==, 8);
    assert_cluster (region, eunpyeong_seongbuk, 2);
    assert_cluster (region, gwanak_guro, 2);
    g_assert_cmpuint (lc_cluster_set_get_cluster (region, lc_cluster_set_find_point (region, 2))->seed,
                      ==, 5);
    for (guint i = 0; i < G_N_ELEMENTS (singles); i++)
      assert_cluster (region, &singles[i], 1);
  }

  /* Zoom 12, city scale: every district is its own dot, at its place. */
  g_assert_cmpuint (lc_cluster_set_get_n_clusters (city), ==, G_N_ELEMENTS (places));
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      const LcCluster *cl = lc_cluster_set_get_cluster (city, lc_cluster_set_find_point (city, i));
      LcPoint p;

      g_assert_cmpuint (cl->count, ==, 1);
      g_assert_cmpuint (cl->seed, ==, i);
      lc_projection_to_world (12, places[i].latitude, places[i].longitude, &p);
      g_assert_cmpfloat (cl->centre.x, ==, p.x);
      g_assert_cmpfloat (cl->centre.y, ==, p.y);
    }
}

static void
test_cluster_centroid_and_threshold (void)
{
  /* 23.9 px apart merge, 24 px apart do not ("closer than 24 px"). */
  const LcPoint near[] = { { 100, 100 }, { 123.9, 100 } };
  const LcPoint far[] = { { 100, 100 }, { 124, 100 } };
  g_autoptr(LcClusterSet) merged = lc_cluster_set_new (near, NULL, 2, 0, 24.0);
  g_autoptr(LcClusterSet) apart = lc_cluster_set_new (far, NULL, 2, 0, 24.0);
  const LcCluster *cl;

  g_assert_cmpuint (lc_cluster_set_get_n_clusters (merged), ==, 1);
  cl = lc_cluster_set_get_cluster (merged, 0);
  g_assert_cmpfloat_with_epsilon (cl->centre.x, 111.95, 1e-9);
  g_assert_cmpfloat_with_epsilon (cl->centre.y, 100.0, 1e-9);
  g_assert_cmpuint (cl->seed, ==, 0);
  g_assert_cmpuint (lc_cluster_set_get_n_clusters (apart), ==, 2);
}

static void
test_cluster_edge_cases (void)
{
  g_autoptr(LcClusterSet) empty = lc_cluster_set_new (NULL, NULL, 0, 9, 24.0);
  const LcPoint one[] = { { -5.5, 1e6 } };
  g_autoptr(LcClusterSet) single = lc_cluster_set_new (one, NULL, 1, 9, 24.0);
  g_autofree LcPoint *same = g_new (LcPoint, 1000);
  g_autofree guint8 *cohorts = g_new (guint8, 1000);
  g_autoptr(LcClusterSet) stacked = NULL;
  const guint *counts;
  guint n;

  g_assert_cmpuint (lc_cluster_set_get_n_clusters (empty), ==, 0);
  g_assert_cmpint (lc_cluster_set_find_point (empty, 0), ==, -1);

  g_assert_cmpuint (lc_cluster_set_get_n_clusters (single), ==, 1);
  g_assert_cmpfloat (lc_cluster_set_get_cluster (single, 0)->centre.x, ==, -5.5);
  g_assert_cmpfloat (lc_cluster_set_get_cluster (single, 0)->centre.y, ==, 1e6);
  g_assert_cmpuint (lc_cluster_set_get_category_counts (single, 0)[0], ==, 0);

  /* A thousand cities on one spot (a consortium geocoded to its seat). */
  for (guint i = 0; i < 1000; i++)
    {
      same[i] = (LcPoint) { 321.25, 42.0 };
      cohorts[i] = i % 10;  /* 9 and up are not counted */
    }
  stacked = lc_cluster_set_new (same, cohorts, 1000, 9, 24.0);
  g_assert_cmpuint (lc_cluster_set_get_n_clusters (stacked), ==, 1);
  g_assert_cmpuint (lc_cluster_set_get_cluster (stacked, 0)->count, ==, 1000);
  g_assert_cmpfloat (lc_cluster_set_get_cluster (stacked, 0)->centre.x, ==, 321.25);
  counts = lc_cluster_set_get_category_counts (stacked, 0);
  for (guint c = 0; c < 9; c++)
    g_assert_cmpuint (counts[c], ==, 100);
  lc_cluster_set_get_members (stacked, 0, &n);
  g_assert_cmpuint (n, ==, 1000);

  /* Points that are not finite are in no cluster and do not disturb the rest. */
  {
    const LcPoint with_nan[] = { { 0, 0 }, { NAN, 3 }, { 1, 1 }, { INFINITY, 0 } };
    g_autoptr(LcClusterSet) set = lc_cluster_set_new (with_nan, NULL, 4, 0, 24.0);

    g_assert_cmpuint (lc_cluster_set_get_n_clusters (set), ==, 1);
    g_assert_cmpuint (lc_cluster_set_get_cluster (set, 0)->count, ==, 2);
    g_assert_cmpint (lc_cluster_set_find_point (set, 1), ==, -1);
    g_assert_cmpint (lc_cluster_set_find_point (set, 2), ==, 0);
  }
}

/* Checks the defining properties against brute force on random input:
 * seeds are at least the distance apart, every point belongs to exactly
 * one cluster, and it is the one of its nearest seed, closer than the
 * distance. */
static void
test_cluster_properties (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260105);

  for (guint trial = 0; trial < 20; trial++)
    {
      guint n = g_rand_int_range (rand, 1, 2000);
      double spread = g_rand_double_range (rand, 30, 3000);
      double distance = g_rand_double_range (rand, 4, 40);
      g_autofree LcPoint *points = g_new (LcPoint, n);
      g_autofree guint8 *cats = g_new (guint8, n);
      g_autofree guint *seen = g_new0 (guint, n);
      g_autoptr(LcClusterSet) set = NULL;
      g_autoptr(LcClusterSet) again = NULL;
      guint n_clusters;

      for (guint i = 0; i < n; i++)
        {
          /* coarse coordinates so that exact ties happen */
          points[i].x = round (g_rand_double_range (rand, 0, spread) * 2) / 2;
          points[i].y = round (g_rand_double_range (rand, 0, spread / 2) * 2) / 2;
          cats[i] = g_rand_int_range (rand, 0, 9);
        }

      set = lc_cluster_set_new (points, cats, n, 9, distance);
      n_clusters = lc_cluster_set_get_n_clusters (set);

      for (guint a = 0; a < n_clusters; a++)
        {
          const LcCluster *ca = lc_cluster_set_get_cluster (set, a);
          const guint *counts = lc_cluster_set_get_category_counts (set, a);
          const guint *members;
          guint n_members, sum = 0;
          double cx = 0, cy = 0;

          for (guint b = a + 1; b < n_clusters; b++)
            {
              const LcCluster *cb = lc_cluster_set_get_cluster (set, b);

              g_assert_cmpfloat (hypot (points[ca->seed].x - points[cb->seed].x,
                                        points[ca->seed].y - points[cb->seed].y), >=, distance);
            }

          members = lc_cluster_set_get_members (set, a, &n_members);
          for (guint m = 0; m < n_members; m++)
            {
              guint i = members[m];
              double d = hypot (points[i].x - points[ca->seed].x, points[i].y - points[ca->seed].y);

              if (m > 0)
                g_assert_cmpuint (members[m - 1], <, i);
              seen[i]++;
              cx += points[i].x;
              cy += points[i].y;
              g_assert_cmpint (lc_cluster_set_find_point (set, i), ==, (int) a);
              g_assert_cmpfloat (d, <, distance);

              /* no seed is nearer; an equally near one must come later */
              for (guint b = 0; b < n_clusters; b++)
                {
                  const LcCluster *cb = lc_cluster_set_get_cluster (set, b);
                  double db = hypot (points[i].x - points[cb->seed].x,
                                     points[i].y - points[cb->seed].y);

                  g_assert_cmpfloat (db, >=, d);
                  if (db == d)
                    g_assert_cmpuint (b, >=, a);
                }
            }

          for (guint c = 0; c < 9; c++)
            sum += counts[c];
          g_assert_cmpuint (sum, ==, ca->count);
          g_assert_cmpfloat_with_epsilon (ca->centre.x, cx / n_members, 1e-9);
          g_assert_cmpfloat_with_epsilon (ca->centre.y, cy / n_members, 1e-9);
        }

      for (guint i = 0; i < n; i++)
        g_assert_cmpuint (seen[i], ==, 1);

      /* Deterministic: the same input gives the same clusters. */
      again = lc_cluster_set_new (points, cats, n, 9, distance);
      g_assert_cmpuint (lc_cluster_set_get_n_clusters (again), ==, n_clusters);
      for (guint i = 0; i < n; i++)
        g_assert_cmpint (lc_cluster_set_find_point (again, i), ==,
                         lc_cluster_set_find_point (set, i));
    }
}

static void
test_cluster_input_order (void)
{
  /* Well-separated groups come out the same whatever the input order;
   * only the numbering of the clusters follows the order. */
  LcPoint forward[G_N_ELEMENTS (places)], backward[G_N_ELEMENTS (places)];
  g_autoptr(LcClusterSet) a = NULL;
  g_autoptr(LcClusterSet) b = NULL;
  guint n = G_N_ELEMENTS (places);

  for (guint i = 0; i < n; i++)
    {
      lc_projection_to_world (1, places[i].latitude, places[i].longitude, &forward[i]);
      backward[n - 1 - i] = forward[i];
    }

  a = lc_cluster_set_new (forward, NULL, n, 0, 24.0);
  b = lc_cluster_set_new (backward, NULL, n, 0, 24.0);
  g_assert_cmpuint (lc_cluster_set_get_n_clusters (a), ==, lc_cluster_set_get_n_clusters (b));
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      g_assert_cmpint (lc_cluster_set_find_point (a, i) == lc_cluster_set_find_point (a, j), ==,
                       lc_cluster_set_find_point (b, n - 1 - i) == lc_cluster_set_find_point (b, n - 1 - j));
}

static void
test_hit_edge (void)
{
  /* Dots of radius 6 px, the layer's size. */
  const LcPoint dots[] = { { 100, 100 }, { 200, 50 }, { 130, 100 } };
  g_autoptr(LcSpatialGrid) grid = lc_spatial_grid_new (dots, G_N_ELEMENTS (dots), 24.0);

  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 100, 100, 6), ==, 0);
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 106, 100, 6), ==, 0);     /* on the edge */
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 106.5, 100, 6), ==, -1);  /* just outside */
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 100, 93.5, 6), ==, -1);
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 200, 44, 6), ==, 1);
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 200, 43.5, 6), ==, -1);

  /* 3-4-5: exactly on the rim diagonally, then half a pixel beyond. */
  {
    g_autoptr(LcSpatialGrid) g5 = lc_spatial_grid_new (dots, 1, 24.0);

    g_assert_cmpint (lc_spatial_grid_hit_test (g5, 103, 104, 5), ==, 0);
    g_assert_cmpint (lc_spatial_grid_hit_test (g5, 103.3, 104.4, 5), ==, -1);
  }

  /* Between two dots the nearer one wins. */
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 114, 100, 16), ==, 0);
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 116, 100, 16), ==, 2);
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 115, 100, 16), ==, 2);  /* tie: drawn on top */
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 115, 100, 6), ==, -1);
  g_assert_cmpuint (lc_spatial_grid_get_n_points (grid), ==, 3);
}

static void
test_hit_radii (void)
{
  /* A bubble of radius 14 next to a dot of radius 6. */
  const LcPoint items[] = { { 50, 50 }, { 68, 50 } };
  const double radii[] = { 14, 6 };
  g_autoptr(LcSpatialGrid) grid = lc_spatial_grid_new (items, 2, 24.0);

  g_assert_cmpint (lc_spatial_grid_hit_test_radii (grid, 36, 50, radii, 14), ==, 0);
  g_assert_cmpint (lc_spatial_grid_hit_test_radii (grid, 35.5, 50, radii, 14), ==, -1);
  g_assert_cmpint (lc_spatial_grid_hit_test_radii (grid, 74, 50, radii, 14), ==, 1);
  g_assert_cmpint (lc_spatial_grid_hit_test_radii (grid, 74.5, 50, radii, 14), ==, -1);
  /* where bubble and dot overlap, the nearer centre wins */
  g_assert_cmpint (lc_spatial_grid_hit_test_radii (grid, 63, 50, radii, 14), ==, 1);
  g_assert_cmpint (lc_spatial_grid_hit_test_radii (grid, 58, 50, radii, 14), ==, 0);
}

static void
test_hit_edge_cases (void)
{
  g_autoptr(LcSpatialGrid) empty = lc_spatial_grid_new (NULL, 0, 24.0);
  const LcPoint spread[] = { { 0, 0 }, { 1e7, 5 }, { NAN, 0 }, { 1e7, 5 } };
  g_autoptr(LcSpatialGrid) grid = lc_spatial_grid_new (spread, G_N_ELEMENTS (spread), 24.0);
  g_autofree LcPoint *same = g_new (LcPoint, 500);
  g_autoptr(LcSpatialGrid) stacked = NULL;

  g_assert_cmpint (lc_spatial_grid_hit_test (empty, 0, 0, 100), ==, -1);

  /* Far-apart points make the cells grow instead of allocating millions. */
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 1, 0, 6), ==, 0);
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 1e7 + 6, 5, 6), ==, 3);
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 5e6, 0, 6), ==, -1);
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, NAN, 0, 6), ==, -1);
  g_assert_cmpint (lc_spatial_grid_hit_test (grid, 0, 0, -1), ==, -1);

  /* Of many cities on one spot the last drawn, the top one, is hit. */
  for (guint i = 0; i < 500; i++)
    same[i] = (LcPoint) { 10, 10 };
  stacked = lc_spatial_grid_new (same, 500, 24.0);
  g_assert_cmpint (lc_spatial_grid_hit_test (stacked, 12, 10, 6), ==, 499);
}

static void
test_hit_matches_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (425);
  guint n = 3000;
  g_autofree LcPoint *points = g_new (LcPoint, n);
  g_autoptr(LcSpatialGrid) grid = NULL;

  for (guint i = 0; i < n; i++)
    points[i] = (LcPoint) { g_rand_double_range (rand, -50, 1330),
                            g_rand_double_range (rand, -50, 850) };
  grid = lc_spatial_grid_new (points, n, 24.0);

  for (guint q = 0; q < 5000; q++)
    {
      double x = g_rand_double_range (rand, -60, 1340);
      double y = g_rand_double_range (rand, -60, 860);
      double radius = g_rand_double_range (rand, 0, 40);
      double best = G_MAXDOUBLE;
      int expected = -1;

      for (guint i = 0; i < n; i++)
        {
          double d = hypot (points[i].x - x, points[i].y - y);

          if (d <= radius && d <= best)
            {
              best = d;
              expected = (int) i;
            }
        }

      g_assert_cmpint (lc_spatial_grid_hit_test (grid, x, y, radius), ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cluster/zoom-levels", test_cluster_zoom_levels);
  g_test_add_func ("/cluster/threshold", test_cluster_centroid_and_threshold);
  g_test_add_func ("/cluster/edge-cases", test_cluster_edge_cases);
  g_test_add_func ("/cluster/properties", test_cluster_properties);
  g_test_add_func ("/cluster/input-order", test_cluster_input_order);
  g_test_add_func ("/hit/edge", test_hit_edge);
  g_test_add_func ("/hit/radii", test_hit_radii);
  g_test_add_func ("/hit/edge-cases", test_hit_edge_cases);
  g_test_add_func ("/hit/brute-force", test_hit_matches_brute_force);

  return g_test_run ();
}
