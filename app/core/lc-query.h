/* lc-query.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lc-city.h"
#include "lc-region.h"

G_BEGIN_DECLS

/* Which cities to show. Zero values match everything. */
typedef struct
{
  guint       regions;    /* bit (1 << LcRegion) per region; 0: all */
  int         year_from;  /* 0: no lower bound */
  int         year_to;    /* 0: no upper bound */
  const char *country;    /* ISO 3166-1 alpha-2, or NULL */
  const char *text;       /* search text, or NULL */
} LcQuery;

#define LC_QUERY_INIT { 0, 0, 0, NULL, NULL }
#define LC_REGION_BIT(region) (1u << (region))

gboolean lc_query_matches     (const LcQuery  *query,
                               LcCity         *city,
                               GHashTable     *search_ids);
gboolean lc_query_parse_years (const char     *text,
                               int            *from,
                               int            *to,
                               GError        **error);

G_END_DECLS
