/* lc-basemap-style.c: the colours of the offline basemap
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-basemap-style.h"

/* Calm and low in contrast, so that the coloured city marks stand out. */
static const LcBasemapPalette palettes[] = {
  [LC_BASEMAP_STYLE_LIGHT] = {
    .sea = 0xc6d9e8,
    .land = 0xf4f1ea,
    .coast = 0x8ea8bf,
    .border = 0xb7a9b3,
  },
  [LC_BASEMAP_STYLE_DARK] = {
    .sea = 0x1b2430,
    .land = 0x33363d,
    .coast = 0x53708a,
    .border = 0x645f6f,
  },
};

/**
 * lc_basemap_style_get_palette:
 * @style: a style
 *
 * Returns: (transfer none): the colours tiles of @style are drawn with
 */
const LcBasemapPalette *
lc_basemap_style_get_palette (LcBasemapStyle style)
{
  g_return_val_if_fail (style <= LC_BASEMAP_STYLE_DARK, &palettes[0]);

  return &palettes[style];
}
