/* lc-color.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LcRgb:
 * @red: sRGB red, 0 to 1
 * @green: sRGB green, 0 to 1
 * @blue: sRGB blue, 0 to 1
 *
 * A gamma-encoded sRGB colour, the same channels as a GdkRGBA.
 */
typedef struct
{
  double red;
  double green;
  double blue;
} LcRgb;

/**
 * LcLab:
 * @l: CIE lightness L*, 0 to 100
 * @a: CIE a* (green to red)
 * @b: CIE b* (blue to yellow)
 *
 * A CIELAB colour relative to the D65 white point.
 */
typedef struct
{
  double l;
  double a;
  double b;
} LcLab;

/**
 * LcVision:
 * @LC_VISION_NORMAL: trichromatic vision
 * @LC_VISION_DEUTERANOPIA: no M cones (about 1 % of men)
 * @LC_VISION_PROTANOPIA: no L cones (about 1 % of men)
 * @LC_VISION_TRITANOPIA: no S cones (rare)
 *
 * Kinds of colour vision that colours can be simulated for.
 */
typedef enum
{
  LC_VISION_NORMAL,
  LC_VISION_DEUTERANOPIA,
  LC_VISION_PROTANOPIA,
  LC_VISION_TRITANOPIA,
} LcVision;

#define LC_N_VISIONS (LC_VISION_TRITANOPIA + 1)

LcRgb       lc_rgb_from_hex            (guint32      rgb);
const char *lc_vision_to_string        (LcVision     vision);

LcRgb       lc_color_simulate          (LcRgb        color,
                                        LcVision     vision);
LcLab       lc_color_to_lab            (LcRgb        color);
double      lc_color_relative_luminance (LcRgb       color);
double      lc_color_contrast_ratio    (LcRgb        first,
                                        LcRgb        second);
double      lc_lab_delta_e_76          (LcLab        first,
                                        LcLab        second);
double      lc_lab_delta_e_2000        (LcLab        first,
                                        LcLab        second);
double      lc_color_difference        (LcRgb        first,
                                        LcRgb        second,
                                        LcVision     vision);

G_END_DECLS
