/* lc-basemap-style.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LcBasemapStyle:
 * @LC_BASEMAP_STYLE_LIGHT: light land on a light sea
 * @LC_BASEMAP_STYLE_DARK: dark land on a dark sea
 *
 * The two looks of the offline basemap, following the system style.
 */
typedef enum
{
  LC_BASEMAP_STYLE_LIGHT,
  LC_BASEMAP_STYLE_DARK,
} LcBasemapStyle;

/**
 * LcBasemapPalette:
 *
 * The colours of a style as 0xRRGGBB, exposed so that the cohort palette
 * is checked against the ground it is drawn on, and tests can tell what a
 * pixel shows.
 */
typedef struct
{
  guint32 sea;
  guint32 land;
  guint32 coast;
  guint32 border;
} LcBasemapPalette;

const LcBasemapPalette *lc_basemap_style_get_palette (LcBasemapStyle style);

G_END_DECLS
