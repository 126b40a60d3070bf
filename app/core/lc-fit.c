/* lc-fit.c: the view that shows a set of cities
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-fit"

#include "config.h"

#include <math.h>

#include "lc-city.h"
#include "lc-fit.h"

/**
 * lc_fit_cities:
 * @cities: a #GListModel of #LcCity
 * @width: the map's width in logical pixels
 * @height: the map's height
 * @margin: room to leave around the cities, in pixels
 * @min_zoom: the lowest zoom level the map allows
 * @max_zoom: the closest zoom to go to, for one city or a few close ones
 * @view: (out): the centre and zoom; @width and @height are set too
 *
 * The centre and zoom that show every city of @cities that has a location.
 * Cities on both sides of the antimeridian (Fiji and Samoa, say) are
 * framed across it when that is the shorter way.
 *
 * Returns: %FALSE if no city has a location, leaving @view alone
 */
gboolean
lc_fit_cities (GListModel *cities,
               double      width,
               double      height,
               double      margin,
               double      min_zoom,
               double      max_zoom,
               LcView     *view)
{
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE;
  double min_shifted = G_MAXDOUBLE, max_shifted = -G_MAXDOUBLE;
  double min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double span_x, span_y, centre_x, zoom_x, zoom_y, zoom;
  guint n_items, n_located = 0;
  LcPoint centre;

  g_return_val_if_fail (G_IS_LIST_MODEL (cities), FALSE);
  g_return_val_if_fail (view != NULL, FALSE);

  n_items = g_list_model_get_n_items (cities);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
      LcPoint unit;
      double shifted;

      if (!lc_city_has_location (city))
        continue;

      lc_projection_to_unit (lc_city_get_latitude (city), lc_city_get_longitude (city), &unit);
      shifted = unit.x < 0.5 ? unit.x + 1.0 : unit.x;
      min_x = MIN (min_x, unit.x);
      max_x = MAX (max_x, unit.x);
      min_shifted = MIN (min_shifted, shifted);
      max_shifted = MAX (max_shifted, shifted);
      min_y = MIN (min_y, unit.y);
      max_y = MAX (max_y, unit.y);
      n_located++;
    }

  if (n_located == 0)
    return FALSE;

  span_x = max_x - min_x;
  centre_x = (min_x + max_x) / 2.0;
  if (max_shifted - min_shifted < span_x)
    {
      span_x = max_shifted - min_shifted;
      centre_x = fmod ((min_shifted + max_shifted) / 2.0, 1.0);
    }
  span_y = max_y - min_y;

  width = MAX (width - 2.0 * margin, 1.0);
  height = MAX (height - 2.0 * margin, 1.0);
  zoom_x = span_x > 0.0 ? log2 (width / (span_x * LC_PROJECTION_TILE_SIZE)) : max_zoom;
  zoom_y = span_y > 0.0 ? log2 (height / (span_y * LC_PROJECTION_TILE_SIZE)) : max_zoom;
  zoom = CLAMP (MIN (zoom_x, zoom_y), min_zoom, max_zoom);

  centre.x = centre_x;
  centre.y = (min_y + max_y) / 2.0;
  lc_projection_from_unit (&centre, &view->latitude, &view->longitude);
  view->zoom = zoom;
  view->width = width + 2.0 * margin;
  view->height = height + 2.0 * margin;
  view->rotation = 0.0;
  return TRUE;
}
