/* lc-color.c: colour science for checking the palette
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-color"

#include "config.h"

#include <math.h>

#include "lc-color.h"

/* Machado, Oliveira & Fernandes, "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009: the
 * matrices for severity 1.0, applied to linear RGB. */
static const double cvd_matrices[LC_N_VISIONS][3][3] = {
  [LC_VISION_NORMAL] = {
    { 1.0, 0.0, 0.0 },
    { 0.0, 1.0, 0.0 },
    { 0.0, 0.0, 1.0 },
  },
  [LC_VISION_DEUTERANOPIA] = {
    {  0.367322, 0.860646, -0.227968 },
    {  0.280085, 0.672501,  0.047413 },
    { -0.011820, 0.042940,  0.968881 },
  },
  [LC_VISION_PROTANOPIA] = {
    {  0.152286,  1.052583, -0.204868 },
    {  0.114503,  0.786281,  0.099216 },
    { -0.003882, -0.048116,  1.051998 },
  },
  [LC_VISION_TRITANOPIA] = {
    {  1.255528, -0.076749, -0.178779 },
    { -0.078411,  0.930809,  0.147602 },
    {  0.004733,  0.691367,  0.303900 },
  },
};

/* IEC 61966-2-1 sRGB primaries, D65 */
static const double rgb_to_xyz[3][3] = {
  { 0.4124564, 0.3575761, 0.1804375 },
  { 0.2126729, 0.7151522, 0.0721750 },
  { 0.0193339, 0.1191920, 0.9503041 },
};

static const double white_d65[3] = { 0.95047, 1.0, 1.08883 };

static double
srgb_to_linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
linear_to_srgb (double c)
{
  return c <= 0.0031308 ? c * 12.92 : 1.055 * pow (c, 1.0 / 2.4) - 0.055;
}

static double
lab_f (double t)
{
  const double epsilon = 216.0 / 24389.0;
  const double kappa = 24389.0 / 27.0;

  return t > epsilon ? cbrt (t) : (kappa * t + 16.0) / 116.0;
}

static double
degrees (double radians)
{
  return radians * 180.0 / G_PI;
}

static double
radians (double deg)
{
  return deg * G_PI / 180.0;
}

/**
 * lc_rgb_from_hex:
 * @rgb: a colour written as 0xRRGGBB
 *
 * Returns: the colour
 */
LcRgb
lc_rgb_from_hex (guint32 rgb)
{
  return (LcRgb) {
    ((rgb >> 16) & 0xff) / 255.0,
    ((rgb >> 8) & 0xff) / 255.0,
    (rgb & 0xff) / 255.0,
  };
}

/**
 * lc_vision_to_string:
 * @vision: a kind of colour vision
 *
 * Returns: a short English name, for test output
 */
const char *
lc_vision_to_string (LcVision vision)
{
  switch (vision)
    {
    case LC_VISION_NORMAL:
      return "normal";
    case LC_VISION_DEUTERANOPIA:
      return "deuteranopia";
    case LC_VISION_PROTANOPIA:
      return "protanopia";
    case LC_VISION_TRITANOPIA:
      return "tritanopia";
    default:
      g_return_val_if_reached ("unknown");
    }
}

/**
 * lc_color_simulate:
 * @color: a colour
 * @vision: the kind of colour vision to simulate
 *
 * Returns: how @color looks to someone with @vision, as an sRGB colour
 */
LcRgb
lc_color_simulate (LcRgb    color,
                   LcVision vision)
{
  double lin[3] = {
    srgb_to_linear (color.red),
    srgb_to_linear (color.green),
    srgb_to_linear (color.blue),
  };
  double out[3];

  g_return_val_if_fail (vision < LC_N_VISIONS, color);

  for (guint i = 0; i < 3; i++)
    {
      const double *row = cvd_matrices[vision][i];
      double v = row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2];

      out[i] = linear_to_srgb (CLAMP (v, 0.0, 1.0));
    }

  return (LcRgb) { out[0], out[1], out[2] };
}

/**
 * lc_color_to_lab:
 * @color: an sRGB colour
 *
 * Returns: @color in CIELAB (D65)
 */
LcLab
lc_color_to_lab (LcRgb color)
{
  double lin[3] = {
    srgb_to_linear (color.red),
    srgb_to_linear (color.green),
    srgb_to_linear (color.blue),
  };
  double f[3];

  for (guint i = 0; i < 3; i++)
    {
      const double *row = rgb_to_xyz[i];

      f[i] = lab_f ((row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]) / white_d65[i]);
    }

  return (LcLab) {
    116.0 * f[1] - 16.0,
    500.0 * (f[0] - f[1]),
    200.0 * (f[1] - f[2]),
  };
}

/**
 * lc_color_relative_luminance:
 * @color: an sRGB colour
 *
 * Returns: the relative luminance as WCAG 2 defines it, 0 to 1
 */
double
lc_color_relative_luminance (LcRgb color)
{
  /* WCAG's rounded coefficients, so that black on white is exactly 21 */
  return 0.2126 * srgb_to_linear (color.red)
         + 0.7152 * srgb_to_linear (color.green)
         + 0.0722 * srgb_to_linear (color.blue);
}

/**
 * lc_color_contrast_ratio:
 * @first: a colour
 * @second: another colour
 *
 * Returns: the WCAG 2 contrast ratio, 1 to 21; WCAG asks 3 for graphics
 */
double
lc_color_contrast_ratio (LcRgb first,
                         LcRgb second)
{
  double l1 = lc_color_relative_luminance (first);
  double l2 = lc_color_relative_luminance (second);

  return (MAX (l1, l2) + 0.05) / (MIN (l1, l2) + 0.05);
}

/**
 * lc_lab_delta_e_76:
 * @first: a colour
 * @second: another colour
 *
 * Returns: the CIE76 colour difference, the Euclidean distance in CIELAB
 */
double
lc_lab_delta_e_76 (LcLab first,
                   LcLab second)
{
  return sqrt ((first.l - second.l) * (first.l - second.l)
               + (first.a - second.a) * (first.a - second.a)
               + (first.b - second.b) * (first.b - second.b));
}

/**
 * lc_lab_delta_e_2000:
 * @first: a colour
 * @second: another colour
 *
 * The CIEDE2000 colour difference, following Sharma, Wu & Dalal, "The
 * CIEDE2000 color-difference formula: implementation notes, supplementary
 * test data, and mathematical observations", Color Res. Appl. 30(1), 2005.
 * About 1 is just noticeable side by side for large patches.
 *
 * Returns: ΔE₀₀ with kL = kC = kH = 1
 */
double
lc_lab_delta_e_2000 (LcLab first,
                     LcLab second)
{
  const double pow25_7 = 6103515625.0; /* 25^7 */
  double c1 = hypot (first.a, first.b);
  double c2 = hypot (second.a, second.b);
  double c_mean = (c1 + c2) / 2.0;
  double c_mean7 = pow (c_mean, 7.0);
  double g = 0.5 * (1.0 - sqrt (c_mean7 / (c_mean7 + pow25_7)));
  double a1p = (1.0 + g) * first.a;
  double a2p = (1.0 + g) * second.a;
  double c1p = hypot (a1p, first.b);
  double c2p = hypot (a2p, second.b);
  double h1p = (c1p == 0.0) ? 0.0 : fmod (degrees (atan2 (first.b, a1p)) + 360.0, 360.0);
  double h2p = (c2p == 0.0) ? 0.0 : fmod (degrees (atan2 (second.b, a2p)) + 360.0, 360.0);
  double dl = second.l - first.l;
  double dc = c2p - c1p;
  double dh = 0.0;
  double dhh, l_mean, cp_mean, cp_mean7, h_mean, t, d_theta, r_c, s_l, s_c, s_h, r_t;

  if (c1p * c2p != 0.0)
    {
      dh = h2p - h1p;
      if (dh > 180.0)
        dh -= 360.0;
      else if (dh < -180.0)
        dh += 360.0;
    }
  dhh = 2.0 * sqrt (c1p * c2p) * sin (radians (dh / 2.0));

  l_mean = (first.l + second.l) / 2.0;
  cp_mean = (c1p + c2p) / 2.0;
  if (c1p * c2p == 0.0)
    h_mean = h1p + h2p;
  else if (fabs (h1p - h2p) <= 180.0)
    h_mean = (h1p + h2p) / 2.0;
  else if (h1p + h2p < 360.0)
    h_mean = (h1p + h2p + 360.0) / 2.0;
  else
    h_mean = (h1p + h2p - 360.0) / 2.0;

  t = 1.0
      - 0.17 * cos (radians (h_mean - 30.0))
      + 0.24 * cos (radians (2.0 * h_mean))
      + 0.32 * cos (radians (3.0 * h_mean + 6.0))
      - 0.20 * cos (radians (4.0 * h_mean - 63.0));
  d_theta = 30.0 * exp (-((h_mean - 275.0) / 25.0) * ((h_mean - 275.0) / 25.0));
  cp_mean7 = pow (cp_mean, 7.0);
  r_c = 2.0 * sqrt (cp_mean7 / (cp_mean7 + pow25_7));
  s_l = 1.0 + 0.015 * (l_mean - 50.0) * (l_mean - 50.0)
              / sqrt (20.0 + (l_mean - 50.0) * (l_mean - 50.0));
  s_c = 1.0 + 0.045 * cp_mean;
  s_h = 1.0 + 0.015 * cp_mean * t;
  r_t = -sin (radians (2.0 * d_theta)) * r_c;

  return sqrt ((dl / s_l) * (dl / s_l)
               + (dc / s_c) * (dc / s_c)
               + (dhh / s_h) * (dhh / s_h)
               + r_t * (dc / s_c) * (dhh / s_h));
}

/**
 * lc_color_difference:
 * @first: a colour
 * @second: another colour
 * @vision: whose eyes compare them
 *
 * Returns: the CIEDE2000 difference between @first and @second as
 *   someone with @vision sees them
 */
double
lc_color_difference (LcRgb    first,
                     LcRgb    second,
                     LcVision vision)
{
  return lc_lab_delta_e_2000 (lc_color_to_lab (lc_color_simulate (first, vision)),
                              lc_color_to_lab (lc_color_simulate (second, vision)));
}
