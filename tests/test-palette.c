/* test-palette.c: cohort colours stay apart for colour-blind readers
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-palette.h"

/* Why 10: CIEDE2000 ≈ 1 is a just-noticeable difference between large
 * patches side by side; for marks of map-dot size the difference needed
 * to tell colours apart at a glance is several times larger (Stone,
 * Szafir & Setlur, "An Engineering Model for Color Difference as a
 * Function of Size", 2014), and legend matching is a comparison across
 * the window, not side by side. 10 leaves that margin. */
#define MIN_PAIRWISE_DELTA_E 10.0

/* A fill must not look like the ground it sits on, under any vision. */
#define MIN_FILL_GROUND_DELTA_E 15.0

/* WCAG 2.1 SC 1.4.11: graphical objects need 3:1 against what is next
 * to them; the outline is what separates a dot from the basemap. */
#define MIN_OUTLINE_CONTRAST 3.0

static const LcVision cvd_visions[] = {
  LC_VISION_NORMAL, LC_VISION_DEUTERANOPIA, LC_VISION_PROTANOPIA,
};

static void
test_color_ciede2000_reference (void)
{
  /* Sharma, Wu & Dalal (2005), table 1: pairs 1, 2, 7, 17–20. */
  const struct { LcLab a, b; double expected; } pairs[] = {
    { { 50.0, 2.6772, -79.7751 }, { 50.0, 0.0, -82.7485 }, 2.0425 },
    { { 50.0, 3.1571, -77.2803 }, { 50.0, 0.0, -82.7485 }, 2.8615 },
    { { 50.0, 0.0, 0.0 }, { 50.0, -1.0, 2.0 }, 2.3669 },
    { { 50.0, 2.5, 0.0 }, { 73.0, 25.0, -18.0 }, 27.1492 },
    { { 50.0, 2.5, 0.0 }, { 61.0, -5.0, 29.0 }, 22.8977 },
    { { 50.0, 2.5, 0.0 }, { 56.0, -27.0, -3.0 }, 31.9030 },
    { { 50.0, 2.5, 0.0 }, { 58.0, 24.0, 15.0 }, 19.4535 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_assert_cmpfloat_with_epsilon (lc_lab_delta_e_2000 (pairs[i].a, pairs[i].b),
                                      pairs[i].expected, 1e-4);
      /* symmetric */
      g_assert_cmpfloat_with_epsilon (lc_lab_delta_e_2000 (pairs[i].b, pairs[i].a),
                                      pairs[i].expected, 1e-4);
    }

  g_assert_cmpfloat_with_epsilon (lc_lab_delta_e_76 ((LcLab) { 50, 0, 0 }, (LcLab) { 53, 4, 0 }),
                                  5.0, 1e-12);
}

static void
test_color_conversions (void)
{
  LcLab red = lc_color_to_lab (lc_rgb_from_hex (0xFF0000));
  LcLab white = lc_color_to_lab (lc_rgb_from_hex (0xFFFFFF));
  LcRgb sim;

  /* textbook CIELAB of sRGB red and white (D65) */
  g_assert_cmpfloat_with_epsilon (red.l, 53.2408, 1e-3);
  g_assert_cmpfloat_with_epsilon (red.a, 80.0925, 1e-3);
  g_assert_cmpfloat_with_epsilon (red.b, 67.2032, 1e-3);
  g_assert_cmpfloat_with_epsilon (white.l, 100.0, 1e-4);
  g_assert_cmpfloat_with_epsilon (white.a, 0.0, 1e-3);

  g_assert_cmpfloat_with_epsilon (lc_color_contrast_ratio (lc_rgb_from_hex (0x000000),
                                                           lc_rgb_from_hex (0xFFFFFF)), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (lc_color_contrast_ratio (lc_rgb_from_hex (0x777777),
                                                           lc_rgb_from_hex (0xFFFFFF)), 4.48, 0.01);

  /* Machado's protanopia turns pure red into a dim olive... */
  sim = lc_color_simulate (lc_rgb_from_hex (0xFF0000), LC_VISION_PROTANOPIA);
  g_assert_cmpfloat_with_epsilon (sim.red, 0.426608, 1e-5);
  g_assert_cmpfloat_with_epsilon (sim.green, 0.372654, 1e-5);
  g_assert_cmpfloat_with_epsilon (sim.blue, 0.0, 1e-9);
  /* ...deuteranopia pure green into a light khaki... */
  sim = lc_color_simulate (lc_rgb_from_hex (0x00FF00), LC_VISION_DEUTERANOPIA);
  g_assert_cmpfloat_with_epsilon (sim.red, 0.936051, 1e-5);
  g_assert_cmpfloat_with_epsilon (sim.green, 0.839248, 1e-5);
  g_assert_cmpfloat_with_epsilon (sim.blue, 0.229192, 1e-5);
  /* ...and greys stay grey. */
  sim = lc_color_simulate (lc_rgb_from_hex (0x808080), LC_VISION_DEUTERANOPIA);
  g_assert_cmpfloat_with_epsilon (sim.red, 128 / 255.0, 2e-3);
  g_assert_cmpfloat_with_epsilon (sim.blue, 128 / 255.0, 2e-3);

  /* The classic chart red and green: far apart normally, nearly the same
   * to a deuteranope. This is what the palette test guards against. */
  g_assert_cmpfloat (lc_color_difference (lc_rgb_from_hex (0xD62728), lc_rgb_from_hex (0x2CA02C),
                                          LC_VISION_NORMAL), >, 70.0);
  g_assert_cmpfloat (lc_color_difference (lc_rgb_from_hex (0xD62728), lc_rgb_from_hex (0x2CA02C),
                                          LC_VISION_DEUTERANOPIA), <, 6.0);
}

static void
test_palette_distinct (void)
{
  for (guint v = 0; v < LC_N_VISIONS; v++)
    {
      double min = G_MAXDOUBLE;
      guint min_i = 0, min_j = 0;

      for (guint i = 0; i < LC_PALETTE_N_COHORTS; i++)
        for (guint j = i + 1; j < LC_PALETTE_N_COHORTS; j++)
          {
            double d = lc_color_difference (lc_palette_get_cohort_color (i),
                                            lc_palette_get_cohort_color (j), v);

            if (d < min)
              {
                min = d;
                min_i = i;
                min_j = j;
              }
          }

      g_test_message ("minimum pairwise CIEDE2000, %s: %.1f (cohorts %u and %u)",
                      lc_vision_to_string (v), min, min_i, min_j);
      /* Tritanopia is reported but not held to the bar: it is rare
       * (about 1 in 10 000) and 9 colours cannot serve every deficiency. */
      if (v != LC_VISION_TRITANOPIA)
        g_assert_cmpfloat (min, >=, MIN_PAIRWISE_DELTA_E);
    }
}

static void
test_palette_on_basemaps (void)
{
  for (LcBasemapStyle style = LC_BASEMAP_STYLE_LIGHT; style <= LC_BASEMAP_STYLE_DARK; style++)
    {
      const char *name = style == LC_BASEMAP_STYLE_LIGHT ? "light" : "dark";
      LcRgb land = lc_palette_get_land (style);
      LcRgb sea = lc_palette_get_sea (style);
      LcRgb outline = lc_palette_get_outline (style);
      double min_ground = G_MAXDOUBLE;

      g_test_message ("%s basemap: outline contrast %.1f:1 on land, %.1f:1 on sea", name,
                      lc_color_contrast_ratio (outline, land),
                      lc_color_contrast_ratio (outline, sea));
      g_assert_cmpfloat (lc_color_contrast_ratio (outline, land), >=, MIN_OUTLINE_CONTRAST);
      g_assert_cmpfloat (lc_color_contrast_ratio (outline, sea), >=, MIN_OUTLINE_CONTRAST);

      for (guint i = 0; i < LC_PALETTE_N_COHORTS; i++)
        {
          LcRgb fill = lc_palette_get_cohort_color (i);

          g_test_message ("%s basemap, cohort %u: contrast %.2f:1 on land, %.2f:1 on sea; "
                          "CIEDE2000 %.1f from land", name, i,
                          lc_color_contrast_ratio (fill, land),
                          lc_color_contrast_ratio (fill, sea),
                          lc_color_difference (fill, land, LC_VISION_NORMAL));

          for (guint v = 0; v < G_N_ELEMENTS (cvd_visions); v++)
            {
              double d = lc_color_difference (fill, land, cvd_visions[v]);

              min_ground = MIN (min_ground, d);
              g_assert_cmpfloat (d, >=, MIN_FILL_GROUND_DELTA_E);
            }
        }

      g_test_message ("%s basemap: minimum CIEDE2000 between a fill and the land: %.1f",
                      name, min_ground);
    }
}

static void
test_palette_cohorts (void)
{
  int first, last;

  g_assert_cmpint (lc_palette_cohort_for_year (2015), ==, 0);
  g_assert_cmpint (lc_palette_cohort_for_year (2016), ==, 0);
  g_assert_cmpint (lc_palette_cohort_for_year (2017), ==, 1);
  g_assert_cmpint (lc_palette_cohort_for_year (2022), ==, 5);
  g_assert_cmpint (lc_palette_cohort_for_year (2025), ==, 8);
  g_assert_cmpint (lc_palette_cohort_for_year (2014), ==, -1);
  g_assert_cmpint (lc_palette_cohort_for_year (2021), ==, -1);
  g_assert_cmpint (lc_palette_cohort_for_year (2026), ==, -1);

  lc_palette_get_cohort_years (0, &first, &last);
  g_assert_cmpint (first, ==, 2015);
  g_assert_cmpint (last, ==, 2016);

  /* Years increase with the index, so the legend can list them in order. */
  for (guint i = 1; i < LC_PALETTE_N_COHORTS; i++)
    {
      int prev_last;

      lc_palette_get_cohort_years (i - 1, NULL, &prev_last);
      lc_palette_get_cohort_years (i, &first, NULL);
      g_assert_cmpint (first, >, prev_last);
      g_assert_cmpint (lc_palette_cohort_for_year (first), ==, (int) i);
    }

  /* The founding wave is the indigo of Tol's muted scheme. */
  {
    LcRgb c = lc_palette_get_cohort_color (0);

    g_assert_cmpfloat_with_epsilon (c.red, 0x33 / 255.0, 1e-12);
    g_assert_cmpfloat_with_epsilon (c.green, 0x22 / 255.0, 1e-12);
    g_assert_cmpfloat_with_epsilon (c.blue, 0x88 / 255.0, 1e-12);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/color/ciede2000", test_color_ciede2000_reference);
  g_test_add_func ("/color/conversions", test_color_conversions);
  g_test_add_func ("/palette/distinct", test_palette_distinct);
  g_test_add_func ("/palette/basemaps", test_palette_on_basemaps);
  g_test_add_func ("/palette/cohorts", test_palette_cohorts);

  return g_test_run ();
}
