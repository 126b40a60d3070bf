/* lc-basemap.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "lc-basemap-style.h"

G_BEGIN_DECLS

#define LC_TYPE_BASEMAP (lc_basemap_get_type ())

G_DECLARE_FINAL_TYPE (LcBasemap, lc_basemap, LC, BASEMAP, GObject)

#define LC_BASEMAP_ERROR (lc_basemap_error_quark ())

/**
 * LcBasemapError:
 * @LC_BASEMAP_ERROR_TRUNCATED: the data ends before what it declares
 * @LC_BASEMAP_ERROR_BAD_MAGIC: the data is not a basemap at all
 * @LC_BASEMAP_ERROR_VERSION: a basemap format this build cannot read
 * @LC_BASEMAP_ERROR_INVALID: counts, indices or coordinates out of range
 */
typedef enum
{
  LC_BASEMAP_ERROR_TRUNCATED,
  LC_BASEMAP_ERROR_BAD_MAGIC,
  LC_BASEMAP_ERROR_VERSION,
  LC_BASEMAP_ERROR_INVALID,
} LcBasemapError;


/* The zoom levels the geometry is good for: 10m data gets coarse past 10. */
#define LC_BASEMAP_MAX_ZOOM 10

GQuark                  lc_basemap_error_quark         (void);

LcBasemap              *lc_basemap_new_from_bytes      (GBytes          *bytes,
                                                        GError         **error);
LcBasemap              *lc_basemap_new_from_resource   (const char      *path,
                                                        GError         **error);

guint                   lc_basemap_get_n_levels        (LcBasemap       *self);
guint                   lc_basemap_get_level_for_zoom  (LcBasemap       *self,
                                                        guint            zoom);

void                    lc_basemap_render              (LcBasemap       *self,
                                                        cairo_t         *cr,
                                                        guint            zoom,
                                                        guint            x,
                                                        guint            y,
                                                        guint            size,
                                                        double           scale,
                                                        LcBasemapStyle   style);
cairo_surface_t        *lc_basemap_render_tile         (LcBasemap       *self,
                                                        guint            zoom,
                                                        guint            x,
                                                        guint            y,
                                                        guint            size,
                                                        double           scale,
                                                        LcBasemapStyle   style);

gboolean                lc_basemap_is_land             (LcBasemap       *self,
                                                        double           latitude,
                                                        double           longitude);
gboolean                lc_basemap_country_contains    (LcBasemap       *self,
                                                        int              iso_numeric,
                                                        double           latitude,
                                                        double           longitude);
int                     lc_basemap_country_at          (LcBasemap       *self,
                                                        double           latitude,
                                                        double           longitude,
                                                        const char     **name);

G_END_DECLS
