/* lc-spatial-grid.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lc-projection.h"

G_BEGIN_DECLS

typedef struct _LcSpatialGrid LcSpatialGrid;

LcSpatialGrid *lc_spatial_grid_new            (const LcPoint       *points,
                                               gsize                n_points,
                                               double               cell_size);
void           lc_spatial_grid_free           (LcSpatialGrid       *grid);

gsize          lc_spatial_grid_get_n_points   (const LcSpatialGrid *grid);

int            lc_spatial_grid_hit_test       (const LcSpatialGrid *grid,
                                               double               x,
                                               double               y,
                                               double               radius);
int            lc_spatial_grid_hit_test_radii (const LcSpatialGrid *grid,
                                               double               x,
                                               double               y,
                                               const double        *radii,
                                               double               max_radius);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcSpatialGrid, lc_spatial_grid_free)

G_END_DECLS
