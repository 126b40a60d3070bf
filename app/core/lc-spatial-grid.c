/* lc-spatial-grid.c: a uniform grid over screen points, for hit-testing
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-spatial-grid"

#include "config.h"

#include <math.h>

#include "lc-spatial-grid.h"

/* A grid with more cells than this many per point costs more to clear
 * than it saves; the cell size grows instead. */
#define MAX_CELLS_PER_POINT 4
#define MIN_CELLS           64

typedef struct
{
  double x;
  double y;
  guint  index;
} GridEntry;

/* The points are stored sorted by cell (a counting sort), so the points of
 * one cell are contiguous: cell c holds entries[cell_start[c] .. cell_start[c + 1]). */
struct _LcSpatialGrid
{
  double     origin_x;
  double     origin_y;
  double     cell_size;
  guint      n_columns;
  guint      n_rows;
  guint     *cell_start;
  GridEntry *entries;
  gsize      n_entries;
  gsize      n_points;
};

static inline guint
cell_column (const LcSpatialGrid *grid,
             double               x)
{
  double c = floor ((x - grid->origin_x) / grid->cell_size);

  return (guint) CLAMP (c, 0.0, (double) (grid->n_columns - 1));
}

static inline guint
cell_row (const LcSpatialGrid *grid,
          double               y)
{
  double r = floor ((y - grid->origin_y) / grid->cell_size);

  return (guint) CLAMP (r, 0.0, (double) (grid->n_rows - 1));
}

static int
hit_test (const LcSpatialGrid *grid,
          double               x,
          double               y,
          double               radius,
          const double        *radii)
{
  guint c0, c1, r0, r1;
  double best = G_MAXDOUBLE;
  int best_index = -1;

  if (grid->n_entries == 0 || !(radius >= 0.0) || !isfinite (x) || !isfinite (y))
    return -1;

  c0 = cell_column (grid, x - radius);
  c1 = cell_column (grid, x + radius);
  r0 = cell_row (grid, y - radius);
  r1 = cell_row (grid, y + radius);

  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        guint cell = r * grid->n_columns + c;

        for (guint k = grid->cell_start[cell]; k < grid->cell_start[cell + 1]; k++)
          {
            const GridEntry *e = &grid->entries[k];
            double dx = e->x - x;
            double dy = e->y - y;
            double d2 = dx * dx + dy * dy;
            double reach = radii != NULL ? radii[e->index] : radius;

            if (d2 > reach * reach)
              continue;

            /* Equal distances go to the later point: it is drawn on top. */
            if (d2 < best || (d2 == best && (int) e->index > best_index))
              {
                best = d2;
                best_index = (int) e->index;
              }
          }
      }

  return best_index;
}

/**
 * lc_spatial_grid_free:
 * @grid: (transfer full): a grid
 */
void
lc_spatial_grid_free (LcSpatialGrid *grid)
{
  if (grid == NULL)
    return;

  g_free (grid->cell_start);
  g_free (grid->entries);
  g_free (grid);
}

/**
 * lc_spatial_grid_new:
 * @points: (array length=n_points): positions, usually widget pixels
 * @n_points: the number of @points
 * @cell_size: the side of a cell in pixels; about the largest hit radius
 *
 * Buckets @points into square cells in O(n) so that a hit test looks at
 * a few cells instead of every point. The points are copied. Points that
 * are not finite are left out and can never be hit.
 *
 * Returns: (transfer full): a new grid
 */
LcSpatialGrid *
lc_spatial_grid_new (const LcPoint *points,
                     gsize          n_points,
                     double         cell_size)
{
  g_autoptr(LcSpatialGrid) grid = NULL;
  g_autofree guint *cell_of = NULL;
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE;
  double max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double max_cells;
  gsize n_cells;

  g_return_val_if_fail (points != NULL || n_points == 0, NULL);
  g_return_val_if_fail (n_points <= G_MAXINT, NULL);
  g_return_val_if_fail (cell_size > 0.0, NULL);

  grid = g_new0 (LcSpatialGrid, 1);
  grid->n_points = n_points;

  for (gsize i = 0; i < n_points; i++)
    {
      if (!isfinite (points[i].x) || !isfinite (points[i].y))
        continue;
      min_x = MIN (min_x, points[i].x);
      min_y = MIN (min_y, points[i].y);
      max_x = MAX (max_x, points[i].x);
      max_y = MAX (max_y, points[i].y);
      grid->n_entries++;
    }

  if (grid->n_entries == 0)
    {
      min_x = min_y = max_x = max_y = 0.0;
    }

  max_cells = MAX ((double) MIN_CELLS, (double) MAX_CELLS_PER_POINT * (double) grid->n_entries);
  while (((max_x - min_x) / cell_size + 1.0) * ((max_y - min_y) / cell_size + 1.0) > max_cells)
    cell_size *= 2.0;

  grid->origin_x = min_x;
  grid->origin_y = min_y;
  grid->cell_size = cell_size;
  grid->n_columns = (guint) floor ((max_x - min_x) / cell_size) + 1;
  grid->n_rows = (guint) floor ((max_y - min_y) / cell_size) + 1;
  n_cells = (gsize) grid->n_columns * grid->n_rows;

  grid->cell_start = g_new0 (guint, n_cells + 1);
  grid->entries = g_new (GridEntry, MAX (grid->n_entries, 1));
  cell_of = g_new (guint, MAX (n_points, 1));

  for (gsize i = 0; i < n_points; i++)
    {
      if (!isfinite (points[i].x) || !isfinite (points[i].y))
        {
          cell_of[i] = G_MAXUINT;
          continue;
        }
      cell_of[i] = cell_row (grid, points[i].y) * grid->n_columns + cell_column (grid, points[i].x);
      grid->cell_start[cell_of[i] + 1]++;
    }

  for (gsize c = 0; c < n_cells; c++)
    grid->cell_start[c + 1] += grid->cell_start[c];

  /* Filling in index order keeps each cell's points in index order. */
  {
    g_autofree guint *fill = g_memdup2 (grid->cell_start, n_cells * sizeof (guint));

    for (gsize i = 0; i < n_points; i++)
      {
        GridEntry *e;

        if (cell_of[i] == G_MAXUINT)
          continue;
        e = &grid->entries[fill[cell_of[i]]++];
        e->x = points[i].x;
        e->y = points[i].y;
        e->index = (guint) i;
      }
  }

  return g_steal_pointer (&grid);
}

/**
 * lc_spatial_grid_get_n_points:
 * @grid: a grid
 *
 * Returns: the number of points the grid was built from
 */
gsize
lc_spatial_grid_get_n_points (const LcSpatialGrid *grid)
{
  g_return_val_if_fail (grid != NULL, 0);

  return grid->n_points;
}

/**
 * lc_spatial_grid_hit_test:
 * @grid: a grid
 * @x: horizontal position of the pointer
 * @y: vertical position of the pointer
 * @radius: how far from a point still hits it; a point exactly @radius
 *   away is hit
 *
 * Finds the point nearest to (@x, @y) within @radius. Of points at the
 * same distance the one with the highest index wins, because the layer
 * draws in index order and that one is on top.
 *
 * Returns: the index of that point, or -1 if none is within @radius
 */
int
lc_spatial_grid_hit_test (const LcSpatialGrid *grid,
                          double               x,
                          double               y,
                          double               radius)
{
  g_return_val_if_fail (grid != NULL, -1);

  return hit_test (grid, x, y, radius, NULL);
}

/**
 * lc_spatial_grid_hit_test_radii:
 * @grid: a grid
 * @x: horizontal position of the pointer
 * @y: vertical position of the pointer
 * @radii: (array): the radius of each point, indexed like the points the
 *   grid was built from (cluster bubbles grow with their count)
 * @max_radius: the largest of @radii, which bounds the cells searched
 *
 * Like lc_spatial_grid_hit_test() with a radius per point: a point is hit
 * when (@x, @y) lies within its own radius, and the nearest centre wins.
 *
 * Returns: the index of the point hit, or -1
 */
int
lc_spatial_grid_hit_test_radii (const LcSpatialGrid *grid,
                                double               x,
                                double               y,
                                const double        *radii,
                                double               max_radius)
{
  g_return_val_if_fail (grid != NULL, -1);
  g_return_val_if_fail (radii != NULL || grid->n_entries == 0, -1);

  return hit_test (grid, x, y, max_radius, radii);
}
