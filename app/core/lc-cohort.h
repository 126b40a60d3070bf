/* lc-cohort.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LC_TYPE_COHORT (lc_cohort_get_type ())
G_DECLARE_FINAL_TYPE (LcCohort, lc_cohort, LC, COHORT, GObject)

/* Counts no source states are -1. */
int                 lc_cohort_get_year                  (LcCohort *self);
const char         *lc_cohort_get_announced             (LcCohort *self);
int                 lc_cohort_get_new_cities            (LcCohort *self);
int                 lc_cohort_get_new_countries         (LcCohort *self);
int                 lc_cohort_get_total_cities_after    (LcCohort *self);
int                 lc_cohort_get_total_countries_after (LcCohort *self);
const char         *lc_cohort_get_note                  (LcCohort *self);
const char * const *lc_cohort_get_sources               (LcCohort *self);
guint               lc_cohort_get_n_cities              (LcCohort *self);

G_END_DECLS
