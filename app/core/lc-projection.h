/* lc-projection.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The same constants libshumate uses (shumate-location.h), so our pixels
 * land exactly where its tiles are drawn. */
#define LC_PROJECTION_TILE_SIZE     256.0
#define LC_PROJECTION_MAX_LATITUDE  85.0511287798
#define LC_PROJECTION_MIN_LATITUDE  (-85.0511287798)

/**
 * LcPoint:
 * @x: horizontal position in pixels
 * @y: vertical position in pixels
 *
 * A position in screen or world pixels.
 */
typedef struct
{
  double x;
  double y;
} LcPoint;

/**
 * LcView:
 * @latitude: latitude of the widget's centre
 * @longitude: longitude of the widget's centre
 * @zoom: fractional zoom level; the world is 256·2^zoom pixels wide
 * @width: widget width in logical pixels
 * @height: widget height in logical pixels
 * @rotation: rotation in radians around the widget's centre, with the
 *   sign of ShumateViewport:rotation
 *
 * What a ShumateViewport and its widget say about where the map is: a
 * plain value, so that projection can be tested without a display.
 */
typedef struct
{
  double latitude;
  double longitude;
  double zoom;
  double width;
  double height;
  double rotation;
} LcView;

double lc_projection_world_size      (double        zoom);

void   lc_projection_to_unit         (double        latitude,
                                      double        longitude,
                                      LcPoint      *unit);
void   lc_projection_from_unit       (const LcPoint *unit,
                                      double        *latitude,
                                      double        *longitude);

void   lc_projection_to_world        (double        zoom,
                                      double        latitude,
                                      double        longitude,
                                      LcPoint      *world);
void   lc_projection_from_world      (double         zoom,
                                      const LcPoint *world,
                                      double        *latitude,
                                      double        *longitude);

void   lc_view_location_to_widget    (const LcView *view,
                                      double        latitude,
                                      double        longitude,
                                      LcPoint      *widget);
void   lc_view_widget_to_location    (const LcView  *view,
                                      const LcPoint *widget,
                                      double        *latitude,
                                      double        *longitude);

gsize  lc_view_project_units         (const LcView  *view,
                                      const LcPoint *units,
                                      gsize          n_units,
                                      double         margin,
                                      LcPoint       *points_out,
                                      guint         *indices_out,
                                      gsize          max_out);

G_END_DECLS
