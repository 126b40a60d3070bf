/* lc-palette.c: the colours of the admission cohorts
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-palette"

#include "config.h"

#include "lc-palette.h"

typedef struct
{
  int     first_year;
  int     last_year;
  guint32 color;
} Cohort;

/* Paul Tol's "muted" qualitative scheme (personal.sron.nl/~pault/, 2021),
 * designed to stay apart for colour-blind readers, with its wine #882255
 * lifted to #9A5874: under protanopia the wine melted into the dark land
 * (CIEDE2000 9), the lifted one keeps 15 from the basemap's land. The
 * admissions of 2015 and 2016 share one colour as the founding wave (the
 * design's grouping); 2018 and 2023 are small cohorts: olive and mauve.
 * test-palette prints how far apart the colours are for each vision. */
static const Cohort cohorts[LC_PALETTE_N_COHORTS] = {
  { 2015, 2016, 0x332288 },  /* indigo */
  { 2017, 2017, 0x88CCEE },  /* cyan */
  { 2018, 2018, 0x999933 },  /* olive */
  { 2019, 2019, 0x117733 },  /* green */
  { 2020, 2020, 0xDDCC77 },  /* sand */
  { 2022, 2022, 0xCC6677 },  /* rose */
  { 2023, 2023, 0x9A5874 },  /* mauve */
  { 2024, 2024, 0x44AA99 },  /* teal */
  { 2025, 2025, 0xAA4499 },  /* purple */
};


/* Every dot gets an outline in this colour: the fills identify the
 * cohort, the outline makes the dot stand out from any ground (WCAG 2
 * asks 3:1 for graphics; these give more than 9:1 on land and sea). */
static const guint32 outline_colors[] = { [LC_BASEMAP_STYLE_LIGHT] = 0x1E1E1E, [LC_BASEMAP_STYLE_DARK] = 0xF6F5F4 };

/**
 * lc_palette_get_cohort_color:
 * @cohort: a cohort index, below %LC_PALETTE_N_COHORTS
 *
 * Returns: the fill colour of the cities admitted in @cohort
 */
LcRgb
lc_palette_get_cohort_color (guint cohort)
{
  g_return_val_if_fail (cohort < LC_PALETTE_N_COHORTS, lc_rgb_from_hex (0x808080));

  return lc_rgb_from_hex (cohorts[cohort].color);
}

/**
 * lc_palette_get_cohort_years:
 * @cohort: a cohort index, below %LC_PALETTE_N_COHORTS
 * @first_year: (out) (optional): the first year of admissions in @cohort
 * @last_year: (out) (optional): the last year, the same for most cohorts
 *
 * The founding wave spans 2015 and 2016, so its legend entry reads
 * "2015/16".
 */
void
lc_palette_get_cohort_years (guint  cohort,
                             int   *first_year,
                             int   *last_year)
{
  g_return_if_fail (cohort < LC_PALETTE_N_COHORTS);

  if (first_year != NULL)
    *first_year = cohorts[cohort].first_year;
  if (last_year != NULL)
    *last_year = cohorts[cohort].last_year;
}

/**
 * lc_palette_cohort_for_year:
 * @year: an admission year
 *
 * Returns: the index of the cohort admitted in @year, or -1 if there is
 *   no cohort for @year (before 2015, 2021, after 2025)
 */
int
lc_palette_cohort_for_year (int year)
{
  for (guint i = 0; i < LC_PALETTE_N_COHORTS; i++)
    if (year >= cohorts[i].first_year && year <= cohorts[i].last_year)
      return (int) i;

  return -1;
}

/**
 * lc_palette_get_outline:
 * @style: the basemap style
 *
 * Returns: the colour of dot outlines and cluster rims on @style
 */
LcRgb
lc_palette_get_outline (LcBasemapStyle style)
{
  g_return_val_if_fail (style <= LC_BASEMAP_STYLE_DARK, lc_rgb_from_hex (0));

  return lc_rgb_from_hex (outline_colors[style]);
}

/**
 * lc_palette_get_land:
 * @style: the basemap style
 *
 * Returns: the basemap's land colour, which the palette must read on
 */
LcRgb
lc_palette_get_land (LcBasemapStyle style)
{
  g_return_val_if_fail (style <= LC_BASEMAP_STYLE_DARK, lc_rgb_from_hex (0));

  return lc_rgb_from_hex (lc_basemap_style_get_palette (style)->land);
}

/**
 * lc_palette_get_sea:
 * @style: the basemap style
 *
 * Returns: the basemap's sea colour, which the palette must read on
 */
LcRgb
lc_palette_get_sea (LcBasemapStyle style)
{
  g_return_val_if_fail (style <= LC_BASEMAP_STYLE_DARK, lc_rgb_from_hex (0));

  return lc_rgb_from_hex (lc_basemap_style_get_palette (style)->sea);
}
