/* test-basemap.c: the offline basemap's geometry and tiles
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lc-basemap.h"
#include "lc-test-util.h"

#define TILE_SIZE 256
#define SCALE 2

static LcBasemap *basemap;

static GBytes *
load_resource_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "basemap",
                                                 "world.lcbm", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
lat_lon_to_tile_pixel (guint   zoom,
                       double  latitude,
                       double  longitude,
                       guint  *tile_x,
                       guint  *tile_y,
                       int    *px,
                       int    *py)
{
  double n = 1u << zoom;
  double phi = latitude * G_PI / 180.0;
  double fx = (longitude + 180.0) / 360.0 * n;
  double fy = (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0 * n;

  *tile_x = (guint) floor (fx);
  *tile_y = (guint) floor (fy);
  *px = (int) floor ((fx - *tile_x) * TILE_SIZE * SCALE);
  *py = (int) floor ((fy - *tile_y) * TILE_SIZE * SCALE);
}

static guint32
surface_pixel (cairo_surface_t *surface,
               int              x,
               int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));

  /* Opaque ARGB32: no premultiplication to undo. */
  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static guint32
pixel_at (guint           zoom,
          double          latitude,
          double          longitude,
          LcBasemapStyle  style)
{
  cairo_surface_t *surface;
  guint tx, ty;
  int px, py;
  guint32 pixel;

  lat_lon_to_tile_pixel (zoom, latitude, longitude, &tx, &ty, &px, &py);
  surface = lc_basemap_render_tile (basemap, zoom, tx, ty, TILE_SIZE, SCALE, style);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, TILE_SIZE * SCALE);
  pixel = surface_pixel (surface, px, py);
  cairo_surface_destroy (surface);

  return pixel;
}

static void
test_basemap_levels (void)
{
  g_assert_cmpuint (lc_basemap_get_n_levels (basemap), ==, 3);

  /* 110m at 0–2, 50m at 3–5, 10m from 6. */
  for (guint zoom = 0; zoom <= LC_BASEMAP_MAX_ZOOM; zoom++)
    g_assert_cmpuint (lc_basemap_get_level_for_zoom (basemap, zoom), ==, zoom < 3 ? 0 : zoom < 6 ? 1 : 2);
}

static const struct {
  const char *name;
  double latitude, longitude;
  gboolean land;
} places[] = {
  { "Sahara", 23.0, 12.0, TRUE },
  { "Siberia", 62.0, 100.0, TRUE },
  { "mid-Pacific", 0.0, -150.0, FALSE },
  { "mid-Atlantic", 30.0, -40.0, FALSE },
  { "South Atlantic", -30.0, -15.0, FALSE },
  { "Brazil", -10.0, -50.0, TRUE },
};

static void
test_basemap_land_and_sea (void)
{
  const guint zooms[] = { 2, 5, 8 };

  for (LcBasemapStyle style = LC_BASEMAP_STYLE_LIGHT; style <= LC_BASEMAP_STYLE_DARK; style++)
    {
      const LcBasemapPalette *palette = lc_basemap_style_get_palette (style);

      for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
        for (guint i = 0; i < G_N_ELEMENTS (places); i++)
          {
            guint32 pixel = pixel_at (zooms[z], places[i].latitude, places[i].longitude, style);
            guint32 expected = places[i].land ? palette->land : palette->sea;

            if (pixel != expected)
              g_error ("%s at zoom %u (style %d) is #%06x, expected %s #%06x",
                       places[i].name, zooms[z], style, pixel,
                       places[i].land ? "land" : "sea", expected);
          }
    }
}

static void
test_basemap_border (void)
{
  const LcBasemapPalette *palette = lc_basemap_style_get_palette (LC_BASEMAP_STYLE_LIGHT);
  cairo_surface_t *surface;
  guint tx, ty, tx2, ty2;
  int px, py, px2, py2;
  guint found = 0, found_far = 0;

  /* The Pyrenees: France–Spain runs along about 42.7° N here. */
  lat_lon_to_tile_pixel (5, 42.75, 1.0, &tx, &ty, &px, &py);
  surface = lc_basemap_render_tile (basemap, 5, tx, ty, TILE_SIZE, SCALE, LC_BASEMAP_STYLE_LIGHT);

  for (int y = MAX (py - 20, 0); y < MIN (py + 20, TILE_SIZE * SCALE); y++)
    if (lc_test_colour_near (surface_pixel (surface, px, y), palette->border, 16))
      found++;

  /* …and not in the middle of France. */
  lat_lon_to_tile_pixel (5, 45.5, 2.5, &tx2, &ty2, &px2, &py2);
  g_assert_cmpuint (tx2, ==, tx);
  g_assert_cmpuint (ty2, ==, ty);
  for (int y = py2 - 10; y < py2 + 10; y++)
    if (lc_test_colour_near (surface_pixel (surface, px2, y), palette->border, 16))
      found_far++;

  cairo_surface_destroy (surface);

  g_assert_cmpuint (found, >=, 1);
  g_assert_cmpuint (found_far, ==, 0);
}

/* Counts land-coloured pixels per row of a tile and checks that no row is
 * a streak: much more land than the rows around it. */
static void
assert_no_streaks (cairo_surface_t        *surface,
                   const LcBasemapPalette *palette,
                   double                  max_land_fraction)
{
  int size = cairo_image_surface_get_width (surface);
  g_autofree int *land = g_new0 (int, size);
  int total = 0;

  for (int y = 0; y < size; y++)
    {
      for (int x = 0; x < size; x++)
        if (surface_pixel (surface, x, y) == palette->land)
          land[y]++;
      total += land[y];
    }

  g_assert_cmpfloat ((double) total / (size * size), <=, max_land_fraction);

  for (int y = 1; y + 1 < size; y++)
    {
      int around = MAX (land[y - 1], land[y + 1]);

      if (land[y] > around + size / 4)
        g_error ("row %d has %d land pixels, its neighbours %d and %d",
                 y, land[y], land[y - 1], land[y + 1]);
    }
}

static void
test_basemap_antimeridian (void)
{
  const LcBasemapPalette *palette = lc_basemap_style_get_palette (LC_BASEMAP_STYLE_LIGHT);
  const struct {
    const char *name;
    double latitude, longitude;
    gboolean land;
    double max_land_fraction;
  } cases[] = {
    /* Fiji's islands lie on both sides of 180°. */
    { "Viti Levu", -17.8, 178.0, TRUE, 0.4 },
    { "Fiji, east of 180°", -17.0, -179.5, FALSE, 0.4 },
    { "Koro Sea", -17.5, 179.5, FALSE, 0.4 },
    /* Chukotka crosses it too. */
    { "Chukotka", 67.5, 175.0, TRUE, 1.0 },
    { "Chukotka, east of 180°", 67.0, -177.0, TRUE, 1.0 },
    { "Bering Sea", 60.0, 179.0, FALSE, 0.9 },
    { "Bering Sea, east of 180°", 60.0, -178.0, FALSE, 0.9 },
  };
  const guint zooms[] = { 3, 5, 7 };

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        cairo_surface_t *surface;
        guint tx, ty;
        int px, py;
        guint32 pixel;

        lat_lon_to_tile_pixel (zooms[z], cases[i].latitude, cases[i].longitude, &tx, &ty, &px, &py);
        surface = lc_basemap_render_tile (basemap, zooms[z], tx, ty, TILE_SIZE, SCALE,
                                          LC_BASEMAP_STYLE_LIGHT);
        pixel = surface_pixel (surface, px, py);

        if (pixel != (cases[i].land ? palette->land : palette->sea))
          g_error ("%s at zoom %u is #%06x: inverted fill", cases[i].name, zooms[z], pixel);

        assert_no_streaks (surface, palette, cases[i].max_land_fraction);
        cairo_surface_destroy (surface);
      }

  g_assert_true (lc_basemap_is_land (basemap, -17.8, 178.0));
  g_assert_true (lc_basemap_is_land (basemap, 67.0, -177.0));
  g_assert_false (lc_basemap_is_land (basemap, 60.0, -178.0));
}

static void
test_basemap_styles (void)
{
  const LcBasemapPalette *light = lc_basemap_style_get_palette (LC_BASEMAP_STYLE_LIGHT);
  const LcBasemapPalette *dark = lc_basemap_style_get_palette (LC_BASEMAP_STYLE_DARK);
  guint32 light_sea = pixel_at (3, 0.0, -150.0, LC_BASEMAP_STYLE_LIGHT);
  guint32 dark_sea = pixel_at (3, 0.0, -150.0, LC_BASEMAP_STYLE_DARK);
  guint32 light_land = pixel_at (3, 23.0, 12.0, LC_BASEMAP_STYLE_LIGHT);
  guint32 dark_land = pixel_at (3, 23.0, 12.0, LC_BASEMAP_STYLE_DARK);

  g_assert_cmphex (light_sea, ==, light->sea);
  g_assert_cmphex (dark_sea, ==, dark->sea);
  g_assert_false (lc_test_colour_near (light_sea, dark_sea, 64));
  g_assert_false (lc_test_colour_near (light_land, dark_land, 64));

  /* Land and sea must be told apart in both. */
  g_assert_false (lc_test_colour_near (light->land, light->sea, 12));
  g_assert_false (lc_test_colour_near (dark->land, dark->sea, 12));
}

static void
test_basemap_countries (void)
{
  const char *name = NULL;

  g_assert_true (lc_basemap_country_contains (basemap, 250, 48.8566, 2.3522));     /* Paris */
  g_assert_false (lc_basemap_country_contains (basemap, 724, 48.8566, 2.3522));
  g_assert_true (lc_basemap_country_contains (basemap, 724, 40.4168, -3.7038));    /* Madrid */
  g_assert_true (lc_basemap_country_contains (basemap, 36, -33.8688, 151.2093));   /* Sydney */
  g_assert_true (lc_basemap_country_contains (basemap, 242, -18.1416, 178.4419));  /* Suva */

  /* Lesotho is a hole in South Africa. */
  g_assert_true (lc_basemap_country_contains (basemap, 426, -29.3151, 27.4869));
  g_assert_false (lc_basemap_country_contains (basemap, 710, -29.3151, 27.4869));
  g_assert_true (lc_basemap_country_contains (basemap, 710, -26.2041, 28.0473));

  /* Kosovo has no ISO code in Natural Earth, but a name. */
  g_assert_cmpint (lc_basemap_country_at (basemap, 42.6629, 21.1655, &name), ==, -1);
  g_assert_cmpstr (name, ==, "Kosovo");
  g_assert_cmpint (lc_basemap_country_at (basemap, 52.52, 13.405, &name), ==, 276);
  g_assert_cmpstr (name, ==, "Germany");

  g_assert_cmpint (lc_basemap_country_at (basemap, 0.0, -150.0, &name), ==, -1);
  g_assert_null (name);
  g_assert_false (lc_basemap_is_land (basemap, 30.0, -40.0));
  g_assert_true (lc_basemap_is_land (basemap, 23.0, 12.0));
  g_assert_false (lc_basemap_country_contains (basemap, 250, NAN, 2.0));
}

static void
append_varint (GByteArray *array,
               guint32     value)
{
  while (value >= 0x80)
    {
      guint8 byte = (value & 0x7f) | 0x80;

      g_byte_array_append (array, &byte, 1);
      value >>= 7;
    }
  g_byte_array_append (array, (guint8 *) &value, 1);
}

static guint32
zigzag (gint32 value)
{
  return value >= 0 ? (guint32) value * 2 : (guint32) -value * 2 - 1;
}

/* A minimal well-formed file: one country, one level, one triangle with
 * corners at (0°, 0°), (first_lon, 0°) and (0°, 1°), in millidegrees. */
static GByteArray *
tiny_basemap (gint32 first_lon)
{
  static const guint8 header[] = {
    'L', 'C', 'B', 'M', 1, 0, 1, 0, 1, 0, 0, 0,   /* version 1, 1 level, 1 country */
    42, 0, 3, 'T', 'r', 'i',                     /* country 42 “Tri” */
    0, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0,          /* from zoom 0: 1 ring, 3 points */
    0, 3,                                         /* ring: country 0, 3 points */
  };
  GByteArray *array = g_byte_array_new ();

  g_byte_array_append (array, header, sizeof header);
  append_varint (array, zigzag (0) * 4 + 1);     /* (0, 0), coast */
  append_varint (array, zigzag (0));
  append_varint (array, zigzag (first_lon) * 4 + 1);
  append_varint (array, zigzag (0));
  append_varint (array, zigzag (-first_lon) * 4 + 0);
  append_varint (array, zigzag (1000));

  return array;
}

static void
assert_load_fails (const guint8 *data,
                   gsize         length,
                   int           code)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBasemap) loaded = lc_basemap_new_from_bytes (bytes, &error);

  g_assert_null (loaded);
  g_assert_error (error, LC_BASEMAP_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "Basemap data") ||
                 g_str_has_prefix (error->message, "Not basemap data"));
}

static void
test_basemap_malformed (void)
{
  g_autoptr(GByteArray) tiny = tiny_basemap (1000);
  g_autoptr(GBytes) tiny_bytes = g_bytes_new (tiny->data, tiny->len);
  g_autoptr(GBytes) real = load_resource_file ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBasemap) loaded = NULL;
  const guint8 *real_data;
  gsize real_length;
  guint8 *copy;

  /* The well-formed one loads, so what follows fails for the right reason. */
  loaded = lc_basemap_new_from_bytes (tiny_bytes, &error);
  g_assert_no_error (error);
  g_assert_true (lc_basemap_is_land (loaded, 0.3, 0.2));
  g_assert_false (lc_basemap_is_land (loaded, -0.5, 0.5));
  g_assert_cmpint (lc_basemap_country_at (loaded, 0.3, 0.2, NULL), ==, 42);

  /* Every truncation of it. */
  for (guint length = 0; length < tiny->len; length++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (tiny->data, length);
      g_autoptr(GError) cut_error = NULL;
      g_autoptr(LcBasemap) cut = lc_basemap_new_from_bytes (bytes, &cut_error);

      g_assert_null (cut);
      g_assert_nonnull (cut_error);
      g_assert_true (cut_error->domain == LC_BASEMAP_ERROR);
    }

  copy = g_memdup2 (tiny->data, tiny->len);

  copy[0] = 'P';
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_BAD_MAGIC);
  copy[0] = 'L';

  copy[4] = 2;
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_VERSION);
  copy[4] = 1;

  copy[6] = 0;                                   /* no levels */
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_INVALID);
  copy[6] = 1;

  copy[29] = 0x7f;                               /* 2 billion points */
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_TRUNCATED);
  copy[29] = 0;

  copy[25] = 0x3f;                               /* a billion rings */
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_INVALID);
  copy[29] = 0xff;                               /* … and 4 billion points */
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_TRUNCATED);
  copy[25] = 0;
  copy[29] = 0;

  copy[26] = 2;                                  /* fewer points than the ring has */
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_INVALID);
  copy[26] = 4;                                  /* more */
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_INVALID);
  copy[26] = 3;

  copy[30] = 5;                                  /* ring of country 5 of 1 */
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_INVALID);
  copy[30] = 0;

  copy[31] = 2;                                  /* a 2-point ring */
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_INVALID);
  copy[31] = 3;

  copy[18] = 3;                                  /* first level at zoom 3 */
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_INVALID);
  copy[18] = 0;

  copy[32] = 3;                                  /* edge flag 3 */
  assert_load_fails (copy, tiny->len, LC_BASEMAP_ERROR_INVALID);
  copy[32] = 1;

  g_free (copy);

  /* A longitude beyond 180°. */
  {
    g_autoptr(GByteArray) far = tiny_basemap (180001);

    assert_load_fails (far->data, far->len, LC_BASEMAP_ERROR_INVALID);
  }

  /* Trailing garbage. */
  g_byte_array_append (tiny, (const guint8 *) "x", 1);
  assert_load_fails (tiny->data, tiny->len, LC_BASEMAP_ERROR_INVALID);

  /* The real file cut anywhere fails cleanly too. */
  real_data = g_bytes_get_data (real, &real_length);
  for (gsize length = 0; length < real_length; length += real_length / 37 + 1)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (real_data, length);
      g_autoptr(GError) cut_error = NULL;
      g_autoptr(LcBasemap) cut = lc_basemap_new_from_bytes (bytes, &cut_error);

      g_assert_null (cut);
      g_assert_error (cut_error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_TRUNCATED);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  bytes = load_resource_file ();
  basemap = lc_basemap_new_from_bytes (bytes, &error);
  g_assert_no_error (error);

  g_test_add_func ("/basemap/levels", test_basemap_levels);
  g_test_add_func ("/basemap/render/land-and-sea", test_basemap_land_and_sea);
  g_test_add_func ("/basemap/render/border", test_basemap_border);
  g_test_add_func ("/basemap/render/antimeridian", test_basemap_antimeridian);
  g_test_add_func ("/basemap/render/styles", test_basemap_styles);
  g_test_add_func ("/basemap/countries", test_basemap_countries);
  g_test_add_func ("/basemap/malformed", test_basemap_malformed);

  status = g_test_run ();
  g_clear_object (&basemap);

  return status;
}
