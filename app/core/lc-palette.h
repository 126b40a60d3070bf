/* lc-palette.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lc-basemap-style.h"
#include "lc-color.h"

G_BEGIN_DECLS

/* 2015/16, 2017, 2018, 2019, 2020, 2022, 2023, 2024, 2025 */
#define LC_PALETTE_N_COHORTS 9

LcRgb    lc_palette_get_cohort_color (guint          cohort);
void     lc_palette_get_cohort_years (guint          cohort,
                                      int           *first_year,
                                      int           *last_year);
int      lc_palette_cohort_for_year  (int            year);

LcRgb    lc_palette_get_outline      (LcBasemapStyle style);
LcRgb    lc_palette_get_land         (LcBasemapStyle style);
LcRgb    lc_palette_get_sea          (LcBasemapStyle style);

G_END_DECLS
