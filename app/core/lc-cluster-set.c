/* lc-cluster-set.c: greedy distance clustering of screen points
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-cluster-set"

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-cluster-set.h"

#define NONE G_MAXUINT

/* See lc-spatial-grid.c: beyond this the cells grow instead. */
#define MAX_CELLS_PER_POINT 4
#define MIN_CELLS           64

struct _LcClusterSet
{
  gsize      n_points;
  guint      n_categories;
  guint      n_clusters;
  LcCluster *clusters;
  guint     *members;          /* point indices grouped by cluster, ascending */
  guint     *cluster_of;       /* per point; NONE for points not clustered */
  guint     *category_counts;  /* n_clusters × n_categories */
};

typedef struct
{
  double x;
  double y;
} Seed;

/* Points bucketed into square cells by a counting sort; the cells are
 * anchored at multiples of the cell size, so the same point falls in the
 * same cell whatever else is clustered with it. */
typedef struct
{
  double  origin_x;
  double  origin_y;
  double  cell_size;
  guint   n_columns;
  guint   n_rows;
  guint   *point_start;  /* cell c holds order[point_start[c] .. point_start[c + 1]) */
  guint   *order;        /* point indices by cell, ascending within a cell */
  LcPoint *sorted;       /* the points in that order: sequential reads are
                          * several times faster than random ones at 100 000 */
  guint  *seed_start;   /* cell c seeded clusters seed_start[c] .. seed_start[c + 1] */
} Grid;

static inline guint
grid_cell (const Grid    *grid,
           const LcPoint *p)
{
  guint column = (guint) ((p->x - grid->origin_x) / grid->cell_size);
  guint row = (guint) ((p->y - grid->origin_y) / grid->cell_size);

  return MIN (row, grid->n_rows - 1) * grid->n_columns + MIN (column, grid->n_columns - 1);
}

static void
grid_init (Grid          *grid,
           const LcPoint *points,
           gsize          n_points,
           gsize          n_finite,
           double         distance)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE;
  double max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double max_cells = MAX ((double) MIN_CELLS, (double) MAX_CELLS_PER_POINT * (double) n_finite);
  double cell_size = distance;
  g_autofree guint *fill = NULL;
  g_autofree guint *cell_of = NULL;
  gsize n_cells;

  for (gsize i = 0; i < n_points; i++)
    {
      if (!isfinite (points[i].x) || !isfinite (points[i].y))
        continue;
      min_x = MIN (min_x, points[i].x);
      min_y = MIN (min_y, points[i].y);
      max_x = MAX (max_x, points[i].x);
      max_y = MAX (max_y, points[i].y);
    }
  if (n_finite == 0)
    min_x = min_y = max_x = max_y = 0.0;

  /* A cell at least as wide as the distance keeps the search to 3×3 cells. */
  for (;;)
    {
      grid->origin_x = floor (min_x / cell_size) * cell_size;
      grid->origin_y = floor (min_y / cell_size) * cell_size;
      if (((max_x - grid->origin_x) / cell_size + 1.0)
          * ((max_y - grid->origin_y) / cell_size + 1.0) <= max_cells)
        break;
      cell_size *= 2.0;
    }

  grid->cell_size = cell_size;
  grid->n_columns = (guint) ((max_x - grid->origin_x) / cell_size) + 1;
  grid->n_rows = (guint) ((max_y - grid->origin_y) / cell_size) + 1;
  n_cells = (gsize) grid->n_columns * grid->n_rows;

  grid->point_start = g_new0 (guint, n_cells + 1);
  grid->seed_start = g_new0 (guint, n_cells + 1);
  grid->order = g_new (guint, MAX (n_finite, 1));
  grid->sorted = g_new (LcPoint, MAX (n_finite, 1));
  cell_of = g_new (guint, MAX (n_points, 1));

  for (gsize i = 0; i < n_points; i++)
    {
      if (isfinite (points[i].x) && isfinite (points[i].y))
        {
          cell_of[i] = grid_cell (grid, &points[i]);
          grid->point_start[cell_of[i] + 1]++;
        }
      else
        cell_of[i] = NONE;
    }
  for (gsize c = 0; c < n_cells; c++)
    grid->point_start[c + 1] += grid->point_start[c];

  fill = g_memdup2 (grid->point_start, n_cells * sizeof (guint));
  for (gsize i = 0; i < n_points; i++)
    {
      if (cell_of[i] != NONE)
        {
          guint k = fill[cell_of[i]]++;

          grid->order[k] = (guint) i;
          grid->sorted[k] = points[i];
        }
    }
}

static void
grid_clear (Grid *grid)
{
  g_clear_pointer (&grid->point_start, g_free);
  g_clear_pointer (&grid->order, g_free);
  g_clear_pointer (&grid->sorted, g_free);
  g_clear_pointer (&grid->seed_start, g_free);
}

/* Collects the seeds of the cells around (column, row) into candidates,
 * in ascending cluster order; returns how many. With only_earlier, just
 * the cells visited before this one in raster order. */
static guint
gather_seeds (const Grid  *grid,
              const Seed  *seeds,
              guint        column,
              guint        row,
              gboolean     only_earlier,
              GArray      *candidates,
              GArray      *candidate_ids)
{
  guint c0 = column > 0 ? column - 1 : 0;
  guint c1 = MIN (column + 1, grid->n_columns - 1);
  guint r0 = row > 0 ? row - 1 : 0;
  guint r1 = only_earlier ? row : MIN (row + 1, grid->n_rows - 1);

  g_array_set_size (candidates, 0);
  g_array_set_size (candidate_ids, 0);

  /* Raster order of cells is ascending cluster order, as clusters are
   * numbered in the order their cells are visited. */
  for (guint r = r0; r <= r1; r++)
    {
      /* in this row, only the cells left of this one are done */
      guint end_column = (only_earlier && r == row) ? column : c1 + 1;
      guint first = grid->seed_start[r * grid->n_columns + c0];
      guint last = grid->seed_start[r * grid->n_columns + end_column];

      for (guint s = first; s < last; s++)
        {
          g_array_append_val (candidates, seeds[s]);
          g_array_append_val (candidate_ids, s);
        }
    }

  return candidates->len;
}

/**
 * lc_cluster_set_free:
 * @set: (transfer full): a cluster set
 */
void
lc_cluster_set_free (LcClusterSet *set)
{
  if (set == NULL)
    return;

  g_free (set->clusters);
  g_free (set->members);
  g_free (set->cluster_of);
  g_free (set->category_counts);
  g_free (set);
}

/**
 * lc_cluster_set_new:
 * @points: (array length=n_points): positions in pixels
 * @categories: (array length=n_points) (nullable): a category per point,
 *   such as the cohort index; values of @n_categories or more are not
 *   counted
 * @n_points: the number of @points
 * @n_categories: the number of categories counted per cluster
 * @distance: points closer than this many pixels merge
 *
 * Groups points that would overlap on screen, greedily on a grid of
 * cells @distance wide (Shotwell groups its map markers in 30 px cells;
 * this goes by distance instead, so two cities 2 px apart across a cell
 * border still merge). Cells are visited in raster order, points within a
 * cell by index; a point with no seed yet closer than @distance becomes a
 * seed, so seeds are at least @distance apart. Then every point joins its
 * nearest seed, ties going to the earlier cluster. The result depends on
 * the positions, and on the input order only between points of one cell;
 * cells are anchored at multiples of @distance, so clustering world
 * pixels gives the same bubbles however the map is panned. O(n) for
 * screen-sized inputs. Points that are not finite belong to no cluster.
 *
 * Returns: (transfer full): the clusters, in the raster order of their seeds
 */
LcClusterSet *
lc_cluster_set_new (const LcPoint *points,
                    const guint8  *categories,
                    gsize          n_points,
                    guint          n_categories,
                    double         distance)
{
  g_autoptr(LcClusterSet) set = NULL;
  g_autoptr(GArray) seeds = NULL;          /* per cluster: its seed's position */
  g_autoptr(GArray) seed_points = NULL;    /* per cluster: its seed's index */
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) candidate_ids = NULL;
  g_autofree guint *fill = NULL;
  g_autofree guint *assign = NULL;         /* per point in cell order */
  Grid grid = { 0, };
  double distance2 = distance * distance;
  gsize n_finite = 0;
  gsize n_cells;

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);
  g_return_val_if_fail (n_points < G_MAXUINT, NULL);
  g_return_val_if_fail (distance > 0.0, NULL);
  g_return_val_if_fail (n_categories <= 256, NULL);

  set = g_new0 (LcClusterSet, 1);
  set->n_points = n_points;
  set->n_categories = n_categories;
  set->cluster_of = g_new (guint, MAX (n_points, 1));
  memset (set->cluster_of, 0xff, MAX (n_points, 1) * sizeof (guint));

  for (gsize i = 0; i < n_points; i++)
    if (isfinite (points[i].x) && isfinite (points[i].y))
      n_finite++;

  grid_init (&grid, points, n_points, n_finite, distance);
  n_cells = (gsize) grid.n_columns * grid.n_rows;
  assign = g_new (guint, MAX (n_finite, 1));
  memset (assign, 0xff, MAX (n_finite, 1) * sizeof (guint));
  seeds = g_array_new (FALSE, FALSE, sizeof (Seed));
  seed_points = g_array_new (FALSE, FALSE, sizeof (guint));
  candidates = g_array_new (FALSE, FALSE, sizeof (Seed));
  candidate_ids = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Pass 1: choose the seeds, cell by cell in raster order and by index
   * within a cell. A point becomes a seed when no seed so far is closer
   * than the distance; all such seeds are in this or the four cells
   * visited just before. */
  for (gsize c = 0; c < n_cells; c++)
    {
      guint column = (guint) (c % grid.n_columns);
      guint row = (guint) (c / grid.n_columns);
      guint n_candidates;

      grid.seed_start[c] = seeds->len;
      if (grid.point_start[c] == grid.point_start[c + 1])
        continue;

      n_candidates = gather_seeds (&grid, (const Seed *) (void *) seeds->data,
                                   column, row, TRUE, candidates, candidate_ids);

      for (guint k = grid.point_start[c]; k < grid.point_start[c + 1]; k++)
        {
          guint i = grid.order[k];
          const Seed *cand = (const Seed *) (void *) candidates->data;
          gboolean covered = FALSE;
          Seed seed = { grid.sorted[k].x, grid.sorted[k].y };

          for (guint s = 0; s < n_candidates; s++)
            {
              double dx = cand[s].x - seed.x;
              double dy = cand[s].y - seed.y;

              if (dx * dx + dy * dy < distance2)
                {
                  covered = TRUE;
                  break;
                }
            }
          if (covered)
            continue;

          assign[k] = seeds->len;
          g_array_append_val (seeds, seed);
          g_array_append_val (seed_points, i);
          g_array_append_val (candidates, seed);
          n_candidates++;
        }
    }
  grid.seed_start[n_cells] = seeds->len;

  set->n_clusters = seeds->len;
  set->clusters = g_new0 (LcCluster, MAX (set->n_clusters, 1));
  set->category_counts = g_new0 (guint, MAX ((gsize) set->n_clusters * n_categories, 1));

  /* Pass 2: every other point joins its nearest seed, the earlier
   * cluster on a tie. The seed that kept it from seeding is within the
   * distance, so there always is one. */
  for (gsize c = 0; c < n_cells; c++)
    {
      guint n_candidates;
      const Seed *cand;
      const guint *ids;

      if (grid.point_start[c] == grid.point_start[c + 1])
        continue;

      n_candidates = gather_seeds (&grid, (const Seed *) (void *) seeds->data,
                                   (guint) (c % grid.n_columns), (guint) (c / grid.n_columns),
                                   FALSE, candidates, candidate_ids);
      cand = (const Seed *) (void *) candidates->data;
      ids = (const guint *) (void *) candidate_ids->data;

      for (guint k = grid.point_start[c]; k < grid.point_start[c + 1]; k++)
        {
          const LcPoint *p = &grid.sorted[k];
          guint cluster = assign[k];
          LcCluster *cl;

          if (cluster == NONE)
            {
              double best = distance2;

              for (guint s = 0; s < n_candidates; s++)
                {
                  double dx = cand[s].x - p->x;
                  double dy = cand[s].y - p->y;
                  double d2 = dx * dx + dy * dy;

                  /* candidates are in ascending cluster order */
                  if (d2 < best)
                    {
                      best = d2;
                      cluster = ids[s];
                    }
                }
              g_assert (cluster != NONE);
            }

          set->cluster_of[grid.order[k]] = cluster;
          cl = &set->clusters[cluster];
          cl->centre.x += p->x;
          cl->centre.y += p->y;
          cl->count++;
        }
    }

  grid_clear (&grid);

  /* In index order: a byte array read in sequence is cheaper than the
   * scattered reads the cell order would make. */
  if (categories != NULL)
    {
      for (gsize i = 0; i < n_points; i++)
        {
          guint cluster = set->cluster_of[i];

          if (cluster != NONE && categories[i] < n_categories)
            set->category_counts[(gsize) cluster * n_categories + categories[i]]++;
        }
    }

  /* Members grouped by cluster with a counting sort, so each group stays
   * in ascending index order. */
  set->members = g_new (guint, MAX (n_finite, 1));
  fill = g_new (guint, MAX (set->n_clusters, 1));
  {
    guint offset = 0;

    for (guint c = 0; c < set->n_clusters; c++)
      {
        LcCluster *cl = &set->clusters[c];

        cl->seed = g_array_index (seed_points, guint, c);
        cl->first_member = offset;
        cl->centre.x /= cl->count;
        cl->centre.y /= cl->count;
        fill[c] = offset;
        offset += cl->count;
      }
  }

  for (gsize i = 0; i < n_points; i++)
    if (set->cluster_of[i] != NONE)
      set->members[fill[set->cluster_of[i]]++] = (guint) i;

  return g_steal_pointer (&set);
}

/**
 * lc_cluster_set_get_n_clusters:
 * @set: a cluster set
 *
 * Returns: the number of clusters, lone points included
 */
guint
lc_cluster_set_get_n_clusters (const LcClusterSet *set)
{
  g_return_val_if_fail (set != NULL, 0);

  return set->n_clusters;
}

/**
 * lc_cluster_set_get_cluster:
 * @set: a cluster set
 * @cluster: a cluster index
 *
 * Returns: (transfer none): the cluster
 */
const LcCluster *
lc_cluster_set_get_cluster (const LcClusterSet *set,
                            guint               cluster)
{
  g_return_val_if_fail (set != NULL, NULL);
  g_return_val_if_fail (cluster < set->n_clusters, NULL);

  return &set->clusters[cluster];
}

/**
 * lc_cluster_set_get_members:
 * @set: a cluster set
 * @cluster: a cluster index
 * @n_members: (out): the number of members
 *
 * Returns: (transfer none) (array length=n_members): the indices of the
 *   points in @cluster, ascending
 */
const guint *
lc_cluster_set_get_members (const LcClusterSet *set,
                            guint               cluster,
                            guint              *n_members)
{
  g_return_val_if_fail (set != NULL, NULL);
  g_return_val_if_fail (cluster < set->n_clusters, NULL);
  g_return_val_if_fail (n_members != NULL, NULL);

  *n_members = set->clusters[cluster].count;
  return &set->members[set->clusters[cluster].first_member];
}

/**
 * lc_cluster_set_get_category_counts:
 * @set: a cluster set
 * @cluster: a cluster index
 *
 * The slices of a cluster's pie.
 *
 * Returns: (transfer none): the number of members in each category, an
 *   array of lc_cluster_set_get_n_categories() counts
 */
const guint *
lc_cluster_set_get_category_counts (const LcClusterSet *set,
                                    guint               cluster)
{
  g_return_val_if_fail (set != NULL, NULL);
  g_return_val_if_fail (cluster < set->n_clusters, NULL);

  return &set->category_counts[(gsize) cluster * set->n_categories];
}

/**
 * lc_cluster_set_get_n_categories:
 * @set: a cluster set
 *
 * Returns: the number of categories counted per cluster
 */
guint
lc_cluster_set_get_n_categories (const LcClusterSet *set)
{
  g_return_val_if_fail (set != NULL, 0);

  return set->n_categories;
}

/**
 * lc_cluster_set_find_point:
 * @set: a cluster set
 * @point: a point index
 *
 * Finds the bubble a point was merged into, for example to give the
 * selected city's cluster a halo.
 *
 * Returns: the cluster holding @point, or -1 if it is in none
 */
int
lc_cluster_set_find_point (const LcClusterSet *set,
                           guint               point)
{
  g_return_val_if_fail (set != NULL, -1);

  if (point >= set->n_points || set->cluster_of[point] == NONE)
    return -1;

  return (int) set->cluster_of[point];
}
