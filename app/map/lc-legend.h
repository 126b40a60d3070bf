/* lc-legend.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-city-filter.h"
#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_LEGEND (lc_legend_get_type ())

G_DECLARE_FINAL_TYPE (LcLegend, lc_legend, LC, LEGEND, GtkWidget)

/* The entry for cities drawn as rings, next to the cohorts' 0 … 8. */
#define LC_LEGEND_RING_ENTRY (-1)

LcLegend  *lc_legend_new           (LcStore      *store,
                                    LcCityFilter *filter);

guint      lc_legend_get_n_entries (LcLegend     *self);
GtkWidget *lc_legend_get_entry     (LcLegend     *self,
                                    int           cohort);
guint      lc_legend_get_count     (LcLegend     *self,
                                    int           cohort);
gboolean   lc_legend_get_expanded  (LcLegend     *self);
void       lc_legend_set_expanded  (LcLegend     *self,
                                    gboolean      expanded);

G_END_DECLS
