/* lc-region.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The values are stored in the compiled database: append, never renumber. */
typedef enum
{
  LC_REGION_AFRICA,
  LC_REGION_ARAB_STATES,
  LC_REGION_ASIA_PACIFIC,
  LC_REGION_EUROPE_NORTH_AMERICA,
  LC_REGION_LATIN_AMERICA_CARIBBEAN,
  LC_REGION_N_REGIONS
} LcRegion;

#define LC_TYPE_REGION (lc_region_get_type ())
GType lc_region_get_type (void);

const char *lc_region_to_string       (LcRegion    region);
const char *lc_region_get_short_name  (LcRegion    region);
gboolean    lc_region_from_string     (const char *text,
                                       LcRegion   *region);

G_END_DECLS
