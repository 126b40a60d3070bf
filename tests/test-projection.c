/* test-projection.c: Web-Mercator as libshumate draws it
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "lc-projection.h"

static void
test_projection_known_values (void)
{
  LcPoint p;

  /* (0, 0) is the middle of the single zoom-0 tile. */
  lc_projection_to_world (0, 0.0, 0.0, &p);
  g_assert_cmpfloat_with_epsilon (p.x, 128.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.y, 128.0, 1e-9);

  g_assert_cmpfloat_with_epsilon (lc_projection_world_size (0), 256.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (lc_projection_world_size (3), 2048.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (lc_projection_world_size (1.5), 256.0 * sqrt (8.0), 1e-9);

  /* The antimeridian is the left and right edge of the world. */
  lc_projection_to_world (2, 0.0, -180.0, &p);
  g_assert_cmpfloat_with_epsilon (p.x, 0.0, 1e-9);
  lc_projection_to_world (2, 0.0, 180.0, &p);
  g_assert_cmpfloat_with_epsilon (p.x, 1024.0, 1e-9);

  /* The clamp latitude is the top and bottom edge. */
  lc_projection_to_world (1, LC_PROJECTION_MAX_LATITUDE, 0.0, &p);
  g_assert_cmpfloat_with_epsilon (p.y, 0.0, 1e-6);
  lc_projection_to_world (1, LC_PROJECTION_MIN_LATITUDE, 0.0, &p);
  g_assert_cmpfloat_with_epsilon (p.y, 512.0, 1e-6);

  /* Seoul City Hall, 37.5663°N 126.9779°E: in OSM slippy-map tile 13/6 at
   * zoom 4; y from the other textbook form, (1 - ln (tan φ + sec φ) / π) / 2. */
  lc_projection_to_world (4, 37.5663, 126.9779, &p);
  g_assert_cmpfloat_with_epsilon (p.x, (126.9779 + 180.0) / 360.0 * 4096.0, 1e-9);
  g_assert_cmpint ((int) (p.x / 256), ==, 13);
  g_assert_cmpint ((int) (p.y / 256), ==, 6);
  g_assert_cmpfloat_with_epsilon (p.y, 1586.18823529, 1e-6);
}

static void
test_projection_round_trip (void)
{
  const double zooms[] = { 0, 1, 2.5, 5, 8, 12.25, 17, 20 };
  double worst = 0.0;

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    for (double lat = -85.0; lat <= 85.0; lat += 2.5)
      for (double lon = -179.75; lon < 180.0; lon += 7.25)
        {
          LcPoint world;
          double lat2, lon2;

          lc_projection_to_world (zooms[z], lat, lon, &world);
          lc_projection_from_world (zooms[z], &world, &lat2, &lon2);
          worst = MAX (worst, fabs (lat2 - lat));
          worst = MAX (worst, fabs (lon2 - lon));
        }

  g_test_message ("worst round-trip error: %.3g degrees", worst);
  g_assert_cmpfloat (worst, <, 1e-9);
}

static void
test_projection_clamp (void)
{
  LcPoint pole, edge, far_east, east;
  double lat, lon;

  /* Beyond ±85.0511° there is no map: the poles sit on its edge. */
  lc_projection_to_world (3, 90.0, 10.0, &pole);
  lc_projection_to_world (3, LC_PROJECTION_MAX_LATITUDE, 10.0, &edge);
  g_assert_cmpfloat (pole.y, ==, edge.y);
  g_assert_true (isfinite (pole.y));

  lc_projection_to_world (3, -89.9, 10.0, &pole);
  g_assert_cmpfloat_with_epsilon (pole.y, 2048.0, 1e-6);

  lc_projection_to_world (3, 0.0, 200.0, &far_east);
  lc_projection_to_world (3, 0.0, 180.0, &east);
  g_assert_cmpfloat (far_east.x, ==, east.x);

  pole.x = 100.0;
  pole.y = -500.0;
  lc_projection_from_world (3, &pole, &lat, &lon);
  g_assert_cmpfloat_with_epsilon (lat, LC_PROJECTION_MAX_LATITUDE, 1e-9);
}

static void
test_view_centre_and_round_trip (void)
{
  LcView view = { 48.8566, 2.3522, 6.5, 1280, 800, 0.0 };
  LcPoint p;
  double lat, lon;

  /* The viewport's centre is the middle of the widget. */
  lc_view_location_to_widget (&view, view.latitude, view.longitude, &p);
  g_assert_cmpfloat_with_epsilon (p.x, 640.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.y, 400.0, 1e-9);

  /* London is west and north of Paris: left of and above the centre,
   * by the world-pixel difference at this zoom. */
  {
    LcPoint london_world, paris_world;

    lc_view_location_to_widget (&view, 51.5072, -0.1276, &p);
    lc_projection_to_world (6.5, 51.5072, -0.1276, &london_world);
    lc_projection_to_world (6.5, 48.8566, 2.3522, &paris_world);
    g_assert_cmpfloat_with_epsilon (p.x, 640.0 + london_world.x - paris_world.x, 1e-6);
    g_assert_cmpfloat_with_epsilon (p.y, 400.0 + london_world.y - paris_world.y, 1e-6);
    g_assert_cmpfloat (p.x, <, 640.0);
    g_assert_cmpfloat (p.y, <, 400.0);
  }

  for (double x = 0; x <= 1280; x += 160)
    for (double y = 0; y <= 800; y += 100)
      {
        LcPoint in = { x, y }, out;

        lc_view_widget_to_location (&view, &in, &lat, &lon);
        lc_view_location_to_widget (&view, lat, lon, &out);
        g_assert_cmpfloat_with_epsilon (out.x, x, 1e-6);
        g_assert_cmpfloat_with_epsilon (out.y, y, 1e-6);
      }
}

static void
test_view_rotation (void)
{
  /* A quarter turn moves a point east of the centre to below it, as
   * ShumateViewport's rotate_around_center does. */
  LcView view = { 0.0, 0.0, 4, 800, 600, G_PI / 2 };
  LcPoint p, q;
  double lat, lon;

  lc_view_location_to_widget (&view, 0.0, 10.0, &p);
  g_assert_cmpfloat_with_epsilon (p.x, 400.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.y, 300.0 + 10.0 / 360.0 * 4096.0, 1e-9);

  lc_view_widget_to_location (&view, &p, &lat, &lon);
  g_assert_cmpfloat_with_epsilon (lat, 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (lon, 10.0, 1e-9);

  /* Batch projection agrees with the single-point path. */
  {
    LcPoint unit;
    LcPoint out[4];
    guint idx[4];
    gsize n;

    lc_projection_to_unit (0.0, 10.0, &unit);
    n = lc_view_project_units (&view, &unit, 1, 0.0, out, idx, G_N_ELEMENTS (out));
    g_assert_cmpuint (n, ==, 1);
    lc_view_location_to_widget (&view, 0.0, 10.0, &q);
    g_assert_cmpfloat_with_epsilon (out[0].x, q.x, 1e-9);
    g_assert_cmpfloat_with_epsilon (out[0].y, q.y, 1e-9);
  }
}

static void
test_view_wrap (void)
{
  /* Looking at Fiji from just east of the antimeridian: Suva (178.44°E)
   * and Apia (171.77°W) are both near the centre, on either side. */
  LcView view = { -16.0, -179.0, 6, 1024, 768, 0.0 };
  LcPoint suva, apia, units[2];
  LcPoint out[8];
  guint idx[8];
  gsize n;

  lc_view_location_to_widget (&view, -18.1416, 178.4419, &suva);
  lc_view_location_to_widget (&view, -13.8333, -171.7667, &apia);
  g_assert_cmpfloat_with_epsilon (suva.x, 512.0 - (360.0 - 178.4419 - 179.0) / 360.0 * 16384.0, 1e-6);
  g_assert_cmpfloat (suva.x, >, 0.0);
  g_assert_cmpfloat (suva.x, <, 512.0);
  g_assert_cmpfloat_with_epsilon (apia.x, 512.0 + (179.0 - 171.7667) / 360.0 * 16384.0, 1e-6);

  lc_projection_to_unit (-18.1416, 178.4419, &units[0]);
  lc_projection_to_unit (-13.8333, -171.7667, &units[1]);
  n = lc_view_project_units (&view, units, 2, 8.0, out, idx, G_N_ELEMENTS (out));
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (idx[0], ==, 0);
  g_assert_cmpfloat_with_epsilon (out[0].x, suva.x, 1e-6);
  g_assert_cmpfloat_with_epsilon (out[1].x, apia.x, 1e-6);

  /* The widget-to-location inverse folds longitudes back into range. */
  {
    double lat, lon;

    lc_view_widget_to_location (&view, &suva, &lat, &lon);
    g_assert_cmpfloat_with_epsilon (lon, 178.4419, 1e-9);
  }
}

static void
test_view_copies_and_culling (void)
{
  /* At zoom 0 the 256 px world repeats across a 1000 px window: a city on
   * the prime meridian shows on every copy, 256 px apart. */
  LcView view = { 0.0, 0.0, 0, 1000, 300, 0.0 };
  LcPoint unit, out[16];
  guint idx[16];
  gsize n;

  lc_projection_to_unit (0.0, 0.0, &unit);
  n = lc_view_project_units (&view, &unit, 1, 0.0, out, idx, G_N_ELEMENTS (out));
  /* 500 - 2·256 < 0 < ... < 500 + 256 < 1000 < 500 + 2·256 */
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat_with_epsilon (out[0].x, 500.0 - 256.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (out[1].x, 500.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (out[2].x, 500.0 + 256.0, 1e-9);

  /* max_out is respected */
  n = lc_view_project_units (&view, &unit, 1, 0.0, out, idx, 2);
  g_assert_cmpuint (n, ==, 2);

  /* At zoom 10 over Paris, Tokyo is culled and a point just outside is
   * kept only with a margin wide enough for its dot. */
  {
    LcView paris = { 48.8566, 2.3522, 10, 800, 600, 0.0 };
    LcPoint edge_widget = { 805.0, 300.0 };
    LcPoint u[2];
    double lat, lon;

    lc_view_widget_to_location (&paris, &edge_widget, &lat, &lon);
    lc_projection_to_unit (35.6762, 139.6503, &u[0]);
    lc_projection_to_unit (lat, lon, &u[1]);
    n = lc_view_project_units (&paris, u, 2, 0.0, out, idx, G_N_ELEMENTS (out));
    g_assert_cmpuint (n, ==, 0);
    n = lc_view_project_units (&paris, u, 2, 6.0, out, idx, G_N_ELEMENTS (out));
    g_assert_cmpuint (n, ==, 1);
    g_assert_cmpuint (idx[0], ==, 1);
    g_assert_cmpfloat_with_epsilon (out[0].x, 805.0, 1e-6);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/projection/known-values", test_projection_known_values);
  g_test_add_func ("/projection/round-trip", test_projection_round_trip);
  g_test_add_func ("/projection/clamp", test_projection_clamp);
  g_test_add_func ("/projection/view/centre", test_view_centre_and_round_trip);
  g_test_add_func ("/projection/view/rotation", test_view_rotation);
  g_test_add_func ("/projection/view/wrap", test_view_wrap);
  g_test_add_func ("/projection/view/copies", test_view_copies_and_culling);

  return g_test_run ();
}
