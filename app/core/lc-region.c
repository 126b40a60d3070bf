/* lc-region.c: UNESCO's five regions, as its releases group the cities
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-region"

#include "config.h"

#include "lc-region.h"

static const struct {
  const char *name;
  const char *short_name;
} regions[LC_REGION_N_REGIONS] = {
  { "Africa", "africa" },
  { "Arab States", "arab-states" },
  { "Asia and the Pacific", "asia-pacific" },
  { "Europe and North America", "europe-north-america" },
  { "Latin America and the Caribbean", "latin-america-caribbean" },
};

G_DEFINE_ENUM_TYPE (LcRegion, lc_region,
  G_DEFINE_ENUM_VALUE (LC_REGION_AFRICA, "africa"),
  G_DEFINE_ENUM_VALUE (LC_REGION_ARAB_STATES, "arab-states"),
  G_DEFINE_ENUM_VALUE (LC_REGION_ASIA_PACIFIC, "asia-pacific"),
  G_DEFINE_ENUM_VALUE (LC_REGION_EUROPE_NORTH_AMERICA, "europe-north-america"),
  G_DEFINE_ENUM_VALUE (LC_REGION_LATIN_AMERICA_CARIBBEAN, "latin-america-caribbean"))

/**
 * lc_region_to_string:
 * @region: a #LcRegion
 *
 * Returns: UNESCO's English name of @region ("Asia and the Pacific")
 */
const char *
lc_region_to_string (LcRegion region)
{
  g_return_val_if_fail (region < LC_REGION_N_REGIONS, NULL);

  return regions[region].name;
}

/**
 * lc_region_get_short_name:
 * @region: a #LcRegion
 *
 * Returns: the short form used on the command line ("asia-pacific")
 */
const char *
lc_region_get_short_name (LcRegion region)
{
  g_return_val_if_fail (region < LC_REGION_N_REGIONS, NULL);

  return regions[region].short_name;
}

/**
 * lc_region_from_string:
 * @text: a full region name or its short form, in any case
 * @region: (out) (optional): the region
 *
 * Returns: %TRUE if @text names a region
 */
gboolean
lc_region_from_string (const char *text,
                       LcRegion   *region)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < LC_REGION_N_REGIONS; i++)
    {
      if (g_ascii_strcasecmp (text, regions[i].name) == 0
          || g_ascii_strcasecmp (text, regions[i].short_name) == 0)
        {
          if (region != NULL)
            *region = (LcRegion) i;
          return TRUE;
        }
    }

  return FALSE;
}
