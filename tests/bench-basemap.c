/* bench-basemap.c: how long the offline basemap takes to load and draw
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test -C _build --benchmark --verbose` or directly as
 * `_build/tests/bench-basemap [PATH-TO-world.lcbm]`. Prints one line per
 * measurement:
 *   bench=basemap zoom=6 area=coast median_ms=… max_ms=… tiles=…
 * Targets on a 2-core machine: ≤ 5 ms up to zoom 5, ≤ 20 ms at zoom 8.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "lc-basemap.h"

#define ROUNDS 5

static const struct {
  const char *name;
  double latitude, longitude;
} areas[] = {
  /* Central Siberia and Kazakhstan: mostly land and borders. */
  { "land", 52.0, 80.0 },
  /* Norway's fjords, the Aegean and the Adriatic: the most coast per tile. */
  { "coast", 62.0, 6.0 },
  { "coast", 38.0, 24.5 },
  { "coast", 43.5, 16.0 },
};

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  const guint zooms[] = { 0, 3, 6, 8 };
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBasemap) basemap = NULL;
  g_autoptr(GArray) load_times = g_array_new (FALSE, FALSE, sizeof (double));
  gsize length;

  if (argc > 1)
    path = g_strdup (argv[1]);
  else
    path = g_build_filename (SOURCE_DIR, "resources", "basemap", "world.lcbm", NULL);

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("bench-basemap: %s\n", error->message);
      return 1;
    }
  bytes = g_bytes_new_static (contents, length);

  for (guint round = 0; round < ROUNDS; round++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&basemap);
      basemap = lc_basemap_new_from_bytes (bytes, &error);
      if (basemap == NULL)
        {
          g_printerr ("bench-basemap: %s\n", error->message);
          return 1;
        }
      g_array_append_val (load_times, (double) { (g_get_monotonic_time () - start) / 1000.0 });
    }
  printf ("bench=basemap-load bytes=%" G_GSIZE_FORMAT " median_ms=%.2f rounds=%u\n",
          length, median (load_times), ROUNDS);

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    for (guint kind = 0; kind < 2; kind++)
      {
        const char *area = kind == 0 ? "land" : "coast";
        g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
        double max_ms = 0;

        for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
          {
            double n = 1u << zooms[z];
            double phi = areas[a].latitude * G_PI / 180.0;
            int cx = (int) floor ((areas[a].longitude + 180.0) / 360.0 * n);
            int cy = (int) floor ((1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0 * n);

            if (!g_str_equal (areas[a].name, area))
              continue;

            /* The 3 × 3 tiles around the place, as a window would ask. */
            for (int dy = -1; dy <= 1; dy++)
              for (int dx = -1; dx <= 1; dx++)
                {
                  int x = cx + dx, y = cy + dy;

                  if (x < 0 || y < 0 || x >= n || y >= n)
                    continue;

                  for (guint round = 0; round < ROUNDS; round++)
                    {
                      gint64 start = g_get_monotonic_time ();
                      cairo_surface_t *surface = lc_basemap_render_tile (basemap, zooms[z], x, y,
                                                                         256, 2, LC_BASEMAP_STYLE_LIGHT);
                      double ms = (g_get_monotonic_time () - start) / 1000.0;

                      cairo_surface_destroy (surface);
                      g_array_append_val (times, ms);
                      max_ms = MAX (max_ms, ms);
                    }
                }
          }

        printf ("bench=basemap zoom=%u area=%s size=512 median_ms=%.2f max_ms=%.2f tiles=%u\n",
                zooms[z], area, median (times), max_ms, times->len);
      }

  return 0;
}
