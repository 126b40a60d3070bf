/* lc-bench-util.h: what the benchmarks share
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lc-region.h"

G_BEGIN_DECLS

double      lc_bench_now_ms         (void);
double      lc_bench_median         (double   *values,
                                     guint     n);
void        lc_bench_random_place   (GRand    *rand,
                                     double   *latitude,
                                     double   *longitude,
                                     LcRegion *region);
int         lc_bench_random_year    (GRand    *rand);
GListModel *lc_bench_make_cities    (guint     n);

G_END_DECLS
