/* lc-projection.c: Web-Mercator as libshumate draws it
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-projection"

#include "config.h"

#include <math.h>

#include "lc-projection.h"

static void
rotate_around_origin (double *x,
                      double *y,
                      double  cos_a,
                      double  sin_a)
{
  double old_x = *x;
  double old_y = *y;

  *x = cos_a * old_x - sin_a * old_y;
  *y = sin_a * old_x + cos_a * old_y;
}

/* How far from the widget's centre a point may lie, in unrotated map
 * pixels, and still be drawn. A rotated widget sees a disc of the map
 * around its centre, so the half diagonal bounds both axes. */
static void
view_reach (const LcView *view,
            double        margin,
            double       *reach_x,
            double       *reach_y)
{
  if (view->rotation == 0.0)
    {
      *reach_x = view->width / 2.0 + margin;
      *reach_y = view->height / 2.0 + margin;
    }
  else
    {
      double half_diagonal = hypot (view->width, view->height) / 2.0;

      *reach_x = *reach_y = half_diagonal + margin;
    }
}

/* Writes one visible point; dx, dy are unrotated offsets from the centre. */
static inline void
emit_point (const LcView *view,
            double        dx,
            double        dy,
            double        margin,
            double        cos_a,
            double        sin_a,
            gsize         index,
            LcPoint      *points_out,
            guint        *indices_out,
            gsize        *n_out)
{
  double half_width = view->width / 2.0;
  double half_height = view->height / 2.0;

  if (view->rotation != 0.0)
    {
      rotate_around_origin (&dx, &dy, cos_a, sin_a);
      if (dx < -half_width - margin || dx > half_width + margin
          || dy < -half_height - margin || dy > half_height + margin)
        return;
    }

  points_out[*n_out].x = dx + half_width;
  points_out[*n_out].y = dy + half_height;
  indices_out[*n_out] = (guint) index;
  (*n_out)++;
}

/**
 * lc_projection_world_size:
 * @zoom: a fractional zoom level
 *
 * Returns: the width (and height) of the whole world in logical pixels at
 *   @zoom, as ShumateMapSource computes it for 256 px tiles
 */
double
lc_projection_world_size (double zoom)
{
  return LC_PROJECTION_TILE_SIZE * exp2 (zoom);
}

/**
 * lc_projection_to_unit:
 * @latitude: latitude in degrees, clamped to ±85.0511°
 * @longitude: longitude in degrees, clamped to ±180°
 * @unit: (out): the position in the unit square, (0, 0) at the top left
 *
 * Projects a location to zoom-independent Mercator coordinates. This is
 * the expensive part of projection (a sine and a logarithm), so the city
 * layer does it once per city and then only scales on each frame.
 */
void
lc_projection_to_unit (double   latitude,
                       double   longitude,
                       LcPoint *unit)
{
  double sin_latitude;

  latitude = CLAMP (latitude, LC_PROJECTION_MIN_LATITUDE, LC_PROJECTION_MAX_LATITUDE);
  longitude = CLAMP (longitude, -180.0, 180.0);
  sin_latitude = sin (latitude * G_PI / 180.0);

  unit->x = (longitude + 180.0) / 360.0;
  unit->y = 0.5 - log ((1.0 + sin_latitude) / (1.0 - sin_latitude)) / (4.0 * G_PI);
}

/**
 * lc_projection_from_unit:
 * @unit: a position in the unit square
 * @latitude: (out): latitude in degrees
 * @longitude: (out): longitude in degrees, in [-180, 180)
 *
 * The inverse of lc_projection_to_unit(). Horizontal positions outside
 * [0, 1) wrap around the world; vertical ones are clamped.
 */
void
lc_projection_from_unit (const LcPoint *unit,
                         double        *latitude,
                         double        *longitude)
{
  double u = unit->x - floor (unit->x);
  double v = CLAMP (unit->y, 0.0, 1.0);
  double lat = atan (sinh (G_PI * (1.0 - 2.0 * v))) * 180.0 / G_PI;

  *latitude = CLAMP (lat, LC_PROJECTION_MIN_LATITUDE, LC_PROJECTION_MAX_LATITUDE);
  /* u == 1 exactly is 180°E; keep it rather than folding it to -180 */
  *longitude = (unit->x == 1.0 ? 1.0 : u) * 360.0 - 180.0;
}

/**
 * lc_projection_to_world:
 * @zoom: a fractional zoom level
 * @latitude: latitude in degrees
 * @longitude: longitude in degrees
 * @world: (out): the position in world pixels at @zoom
 *
 * Same as shumate_map_source_get_x() and shumate_map_source_get_y().
 */
void
lc_projection_to_world (double   zoom,
                        double   latitude,
                        double   longitude,
                        LcPoint *world)
{
  double size = lc_projection_world_size (zoom);

  lc_projection_to_unit (latitude, longitude, world);
  world->x *= size;
  world->y *= size;
}

/**
 * lc_projection_from_world:
 * @zoom: a fractional zoom level
 * @world: a position in world pixels at @zoom
 * @latitude: (out): latitude in degrees
 * @longitude: (out): longitude in degrees
 *
 * The inverse of lc_projection_to_world().
 */
void
lc_projection_from_world (double         zoom,
                          const LcPoint *world,
                          double        *latitude,
                          double        *longitude)
{
  double size = lc_projection_world_size (zoom);
  LcPoint unit = { world->x / size, world->y / size };

  lc_projection_from_unit (&unit, latitude, longitude);
}

/**
 * lc_view_location_to_widget:
 * @view: the viewport
 * @latitude: latitude in degrees
 * @longitude: longitude in degrees
 * @widget: (out): the position in widget pixels
 *
 * Like shumate_viewport_location_to_widget_coords(), except that the
 * location is placed on the copy of the world nearest to the centre of
 * the view: a city at 179°E seen from 179°W is a few pixels to the left,
 * not a world-width away.
 */
void
lc_view_location_to_widget (const LcView *view,
                            double        latitude,
                            double        longitude,
                            LcPoint      *widget)
{
  double size = lc_projection_world_size (view->zoom);
  LcPoint centre, point;
  double dx, dy;

  lc_projection_to_unit (view->latitude, view->longitude, &centre);
  lc_projection_to_unit (latitude, longitude, &point);

  dx = (point.x - centre.x) * size;
  dx -= size * nearbyint (dx / size);
  dy = (point.y - centre.y) * size;
  rotate_around_origin (&dx, &dy, cos (view->rotation), sin (view->rotation));

  widget->x = dx + view->width / 2.0;
  widget->y = dy + view->height / 2.0;
}

/**
 * lc_view_widget_to_location:
 * @view: the viewport
 * @widget: a position in widget pixels
 * @latitude: (out): latitude in degrees
 * @longitude: (out): longitude in degrees, in [-180, 180)
 *
 * The inverse of lc_view_location_to_widget(), like
 * shumate_viewport_widget_coords_to_location().
 */
void
lc_view_widget_to_location (const LcView  *view,
                            const LcPoint *widget,
                            double        *latitude,
                            double        *longitude)
{
  double size = lc_projection_world_size (view->zoom);
  double dx = widget->x - view->width / 2.0;
  double dy = widget->y - view->height / 2.0;
  LcPoint centre, unit;

  rotate_around_origin (&dx, &dy, cos (-view->rotation), sin (-view->rotation));
  lc_projection_to_unit (view->latitude, view->longitude, &centre);
  unit.x = centre.x + dx / size;
  unit.y = centre.y + dy / size;

  lc_projection_from_unit (&unit, latitude, longitude);
}

/**
 * lc_view_project_units:
 * @view: the viewport
 * @units: (array length=n_units): positions from lc_projection_to_unit()
 * @n_units: the number of @units
 * @margin: how far outside the widget, in pixels, a point is still kept
 *   (the radius of what is drawn there, so a dot half off-screen shows)
 * @points_out: (out caller-allocates) (array length=max_out): widget
 *   positions of the visible points
 * @indices_out: (out caller-allocates) (array length=max_out): for each
 *   visible point, its index in @units
 * @max_out: the room in @points_out and @indices_out
 *
 * Projects many points at once and drops those that cannot be seen. This
 * is what runs on every viewport change, so it is only a scale, a shift
 * and a wrap per point. When the world is narrower than the widget (zoom
 * 0 or 1 in a wide window) a point appears once per visible copy of the
 * world: at most ⌈2·reach / world size⌉ + 1 times, where reach is half
 * the width plus @margin (half the diagonal plus @margin when rotated).
 *
 * Returns: the number of visible points written, at most @max_out
 */
gsize
lc_view_project_units (const LcView  *view,
                       const LcPoint *units,
                       gsize          n_units,
                       double         margin,
                       LcPoint       *points_out,
                       guint         *indices_out,
                       gsize          max_out)
{
  double size, half_size, cos_a, sin_a;
  double reach_x, reach_y;
  gboolean one_copy;
  LcPoint centre;
  gsize n_out = 0;

  g_return_val_if_fail (view != NULL, 0);
  g_return_val_if_fail (units != NULL || n_units == 0, 0);

  size = lc_projection_world_size (view->zoom);
  half_size = size / 2.0;
  cos_a = cos (view->rotation);
  sin_a = sin (view->rotation);
  view_reach (view, margin, &reach_x, &reach_y);
  one_copy = size > 2.0 * reach_x;
  lc_projection_to_unit (view->latitude, view->longitude, &centre);

  for (gsize i = 0; i < n_units && n_out < max_out; i++)
    {
      double dy = (units[i].y - centre.y) * size;
      double dx = (units[i].x - centre.x) * size;

      if (dy < -reach_y || dy > reach_y)
        continue;

      /* units and centre are both in [0, 1], so one step is enough */
      if (dx > half_size)
        dx -= size;
      else if (dx < -half_size)
        dx += size;
      if (one_copy)
        {
          if (dx >= -reach_x && dx <= reach_x)
            emit_point (view, dx, dy, margin, cos_a, sin_a, i,
                        points_out, indices_out, &n_out);
          continue;
        }

      /* the world is narrower than the view: every copy from the leftmost */
      dx += size * ceil ((-reach_x - dx) / size);
      for (; dx <= reach_x && n_out < max_out; dx += size)
        emit_point (view, dx, dy, margin, cos_a, sin_a, i,
                    points_out, indices_out, &n_out);
    }

  return n_out;
}
