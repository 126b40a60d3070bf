/* lc-basemap-source.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "lc-basemap.h"

G_BEGIN_DECLS

#define LC_TYPE_BASEMAP_SOURCE (lc_basemap_source_get_type ())

G_DECLARE_FINAL_TYPE (LcBasemapSource, lc_basemap_source, LC, BASEMAP_SOURCE, ShumateMapSource)

/* Tiles are 256 logical pixels, drawn at twice that for HiDPI screens. */
#define LC_BASEMAP_SOURCE_TILE_SIZE 256
#define LC_BASEMAP_SOURCE_SCALE     2

LcBasemapSource *lc_basemap_source_new             (void);

LcBasemap       *lc_basemap_source_get_basemap     (LcBasemapSource *self);
gboolean         lc_basemap_source_get_dark        (LcBasemapSource *self);
void             lc_basemap_source_set_dark        (LcBasemapSource *self,
                                                    gboolean         dark);
guint            lc_basemap_source_get_pending_tiles (LcBasemapSource *self);

GdkTexture      *lc_basemap_source_render_texture  (LcBasemapSource *self,
                                                    guint            zoom,
                                                    guint            x,
                                                    guint            y);

G_END_DECLS
