/* lc-basemap.c: Natural Earth country geometry, drawn into map tiles
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data comes from data/tools/basemap/build-basemap.mjs; its format is
 * documented in data/tools/basemap/README.md. Once loaded a basemap never
 * changes, so any number of threads may render from it at once.
 */

#define G_LOG_DOMAIN "lc-basemap"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lc-basemap.h"

#define FORMAT_MAGIC   "LCBM"
#define FORMAT_VERSION 1
#define MAX_LEVELS     8
#define MAX_LON        180000
#define MAX_LAT        90000
#define MERCATOR_LIMIT 85.0511287798

/* Web Mercator in fixed point: the world is 2^30 units square, enough for
 * 0.001° and for tiles of 512 pixels up to zoom 21. */
#define WORLD_BITS 30
#define WORLD      ((double) (1 << WORLD_BITS))

/* The spatial index is a 64 × 64 grid: one cell per tile at zoom 6. */
#define GRID_BITS 6
#define GRID_SIZE (1 << GRID_BITS)
#define CELL_SHIFT (WORLD_BITS - GRID_BITS)

enum {
  EDGE_NONE,
  EDGE_COAST,
  EDGE_BORDER,
};

typedef struct
{
  gint32 x0, y0, x1, y1;
} Box;

typedef struct
{
  guint32 first;
  guint32 n_points;
  guint32 feature;
  Box     box;
} Ring;

typedef struct
{
  guint    min_zoom;
  guint    n_rings;
  guint    n_points;
  Ring    *rings;
  gint32  *xy;          /* Mercator x, y per point */
  guint8  *flags;       /* what the edge to the next point is */
  guint32 *cell_start;  /* GRID_SIZE² + 1 offsets into cell_rings */
  guint32 *cell_rings;
} Level;

typedef struct
{
  int   iso_numeric;    /* -1 where Natural Earth has none (Kosovo) */
  char *name;
} Feature;

typedef struct
{
  double x, y;
  guint8 flag;
} DevicePoint;

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         pos;
} Reader;

struct _LcBasemap
{
  GObject  parent_instance;

  Feature *features;
  guint    n_features;
  Level   *levels;
  guint    n_levels;
};

G_DEFINE_FINAL_TYPE (LcBasemap, lc_basemap, G_TYPE_OBJECT)

G_DEFINE_QUARK (lc-basemap-error-quark, lc_basemap_error)

/* Calm colours: the city markers on top are what should stand out. */
static gboolean
read_bytes (Reader        *reader,
            gsize          count,
            const guint8 **out,
            const char    *what,
            GError       **error)
{
  if (reader->length - reader->pos < count)
    {
      g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_TRUNCATED,
                   "Basemap data is truncated: %s at byte %" G_GSIZE_FORMAT
                   " needs %" G_GSIZE_FORMAT " bytes, %" G_GSIZE_FORMAT " remain",
                   what, reader->pos, count, reader->length - reader->pos);
      return FALSE;
    }

  *out = reader->data + reader->pos;
  reader->pos += count;
  return TRUE;
}

static gboolean
read_u8 (Reader      *reader,
         guint       *value,
         const char  *what,
         GError     **error)
{
  const guint8 *p;

  if (!read_bytes (reader, 1, &p, what, error))
    return FALSE;
  *value = p[0];
  return TRUE;
}

static gboolean
read_u16 (Reader      *reader,
          guint       *value,
          const char  *what,
          GError     **error)
{
  const guint8 *p;

  if (!read_bytes (reader, 2, &p, what, error))
    return FALSE;
  *value = p[0] | (p[1] << 8);
  return TRUE;
}

static gboolean
read_u32 (Reader      *reader,
          guint32     *value,
          const char  *what,
          GError     **error)
{
  const guint8 *p;

  if (!read_bytes (reader, 4, &p, what, error))
    return FALSE;
  *value = (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
  return TRUE;
}

static gboolean
read_varint (Reader      *reader,
             guint32     *value,
             const char  *what,
             GError     **error)
{
  guint64 result = 0;

  for (guint shift = 0; shift < 35; shift += 7)
    {
      const guint8 *p;

      if (!read_bytes (reader, 1, &p, what, error))
        return FALSE;

      result |= (guint64) (p[0] & 0x7f) << shift;
      if ((p[0] & 0x80) == 0)
        {
          if (result > G_MAXUINT32)
            break;
          *value = (guint32) result;
          return TRUE;
        }
    }

  g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_INVALID,
               "Basemap data is invalid: %s at byte %" G_GSIZE_FORMAT " is not a 32-bit varint",
               what, reader->pos);
  return FALSE;
}

static inline gint32
zigzag_decode (guint32 value)
{
  return (gint32) (value >> 1) ^ -(gint32) (value & 1);
}

static inline gint32
mercator_x (gint32 lon)
{
  return (gint32) lround ((lon / (2.0 * MAX_LON) + 0.5) * WORLD);
}

static inline gint32
mercator_y (gint32 lat)
{
  double phi = CLAMP (lat / 1000.0, -MERCATOR_LIMIT, MERCATOR_LIMIT) * G_PI / 180.0;
  double y = 0.5 - log (tan (G_PI_4 + phi / 2.0)) / (2.0 * G_PI);

  return (gint32) lround (CLAMP (y, 0.0, 1.0) * WORLD);
}

static void
level_clear (Level *level)
{
  g_clear_pointer (&level->rings, g_free);
  g_clear_pointer (&level->xy, g_free);
  g_clear_pointer (&level->flags, g_free);
  g_clear_pointer (&level->cell_start, g_free);
  g_clear_pointer (&level->cell_rings, g_free);
}

static inline void
box_cells (const Box *box,
           guint     *cx0,
           guint     *cy0,
           guint     *cx1,
           guint     *cy1)
{
  *cx0 = CLAMP (box->x0 >> CELL_SHIFT, 0, GRID_SIZE - 1);
  *cy0 = CLAMP (box->y0 >> CELL_SHIFT, 0, GRID_SIZE - 1);
  *cx1 = CLAMP (box->x1 >> CELL_SHIFT, 0, GRID_SIZE - 1);
  *cy1 = CLAMP (box->y1 >> CELL_SHIFT, 0, GRID_SIZE - 1);
}

/* A compressed sparse row grid: the rings whose box touches each cell. */
static void
level_build_index (Level *level)
{
  guint32 *fill;
  guint32 total = 0;

  level->cell_start = g_new0 (guint32, GRID_SIZE * GRID_SIZE + 1);

  for (guint r = 0; r < level->n_rings; r++)
    {
      guint cx0, cy0, cx1, cy1;

      box_cells (&level->rings[r].box, &cx0, &cy0, &cx1, &cy1);
      for (guint cy = cy0; cy <= cy1; cy++)
        for (guint cx = cx0; cx <= cx1; cx++)
          level->cell_start[cy * GRID_SIZE + cx + 1]++;
    }

  for (guint c = 0; c < GRID_SIZE * GRID_SIZE; c++)
    {
      total += level->cell_start[c + 1];
      level->cell_start[c + 1] = total;
    }

  level->cell_rings = g_new (guint32, MAX (total, 1));
  fill = g_memdup2 (level->cell_start, sizeof (guint32) * GRID_SIZE * GRID_SIZE);

  for (guint r = 0; r < level->n_rings; r++)
    {
      guint cx0, cy0, cx1, cy1;

      box_cells (&level->rings[r].box, &cx0, &cy0, &cx1, &cy1);
      for (guint cy = cy0; cy <= cy1; cy++)
        for (guint cx = cx0; cx <= cx1; cx++)
          level->cell_rings[fill[cy * GRID_SIZE + cx]++] = r;
    }

  g_free (fill);
}

static gboolean
read_level (Reader      *reader,
            guint        index,
            guint        n_features,
            guint        previous_min_zoom,
            Level       *level,
            GError     **error)
{
  guint reserved8, reserved16;
  guint32 n_rings, n_points;
  guint32 point = 0;

  if (!read_u8 (reader, &level->min_zoom, "level header", error) ||
      !read_u8 (reader, &reserved8, "level header", error) ||
      !read_u16 (reader, &reserved16, "level header", error) ||
      !read_u32 (reader, &n_rings, "ring count", error) ||
      !read_u32 (reader, &n_points, "point count", error))
    return FALSE;

  if ((index == 0 && level->min_zoom != 0) ||
      (index > 0 && level->min_zoom <= previous_min_zoom))
    {
      g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_INVALID,
                   "Basemap data is invalid: level %u starts at zoom %u", index, level->min_zoom);
      return FALSE;
    }

  /* Every ring takes at least 2 bytes and every point 2 more: checking the
   * counts first means a corrupt count cannot make us allocate gigabytes. */
  if (n_rings == 0 || n_points < 3 * (guint64) n_rings)
    {
      g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_INVALID,
                   "Basemap data is invalid: level %u declares %u rings of %u points in all",
                   index, n_rings, n_points);
      return FALSE;
    }

  if (2 * (guint64) n_rings + 2 * (guint64) n_points > reader->length - reader->pos)
    {
      g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_TRUNCATED,
                   "Basemap data is truncated: level %u declares %u rings and %u points, "
                   "which %" G_GSIZE_FORMAT " remaining bytes cannot hold",
                   index, n_rings, n_points, reader->length - reader->pos);
      return FALSE;
    }

  level->n_rings = n_rings;
  level->n_points = n_points;
  level->rings = g_new0 (Ring, n_rings);
  level->xy = g_new (gint32, 2 * (gsize) n_points);
  level->flags = g_new (guint8, n_points);

  for (guint32 r = 0; r < n_rings; r++)
    {
      Ring *ring = &level->rings[r];
      gint32 lon = 0, lat = 0;
      guint32 count;

      if (!read_varint (reader, &ring->feature, "ring country", error) ||
          !read_varint (reader, &count, "ring length", error))
        return FALSE;

      if (ring->feature >= n_features || count < 3 || count > n_points - point)
        {
          g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_INVALID,
                       "Basemap data is invalid: ring %u of level %u has country %u of %u "
                       "and %u points (%u left)",
                       r, index, ring->feature, n_features, count, n_points - point);
          return FALSE;
        }

      ring->first = point;
      ring->n_points = count;
      ring->box = (Box) { G_MAXINT32, G_MAXINT32, G_MININT32, G_MININT32 };

      for (guint32 i = 0; i < count; i++, point++)
        {
          guint32 dx, dy;
          gint64 x, y;

          if (!read_varint (reader, &dx, "longitude", error) ||
              !read_varint (reader, &dy, "latitude", error))
            return FALSE;

          x = (gint64) lon + zigzag_decode (dx >> 2);
          y = (gint64) lat + zigzag_decode (dy);
          if ((dx & 3) > EDGE_BORDER || ABS (x) > MAX_LON || ABS (y) > MAX_LAT)
            {
              g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_INVALID,
                           "Basemap data is invalid: point %u of ring %u, level %u is out of range",
                           i, r, index);
              return FALSE;
            }

          lon = (gint32) x;
          lat = (gint32) y;
          level->flags[point] = dx & 3;
          level->xy[2 * point] = mercator_x (lon);
          level->xy[2 * point + 1] = mercator_y (lat);

          ring->box.x0 = MIN (ring->box.x0, level->xy[2 * point]);
          ring->box.x1 = MAX (ring->box.x1, level->xy[2 * point]);
          ring->box.y0 = MIN (ring->box.y0, level->xy[2 * point + 1]);
          ring->box.y1 = MAX (ring->box.y1, level->xy[2 * point + 1]);
        }
    }

  if (point != n_points)
    {
      g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_INVALID,
                   "Basemap data is invalid: level %u declares %u points but its rings hold %u",
                   index, n_points, point);
      return FALSE;
    }

  level_build_index (level);
  return TRUE;
}

static gboolean
lc_basemap_load (LcBasemap    *self,
                 GBytes       *bytes,
                 GError      **error)
{
  Reader reader = { 0 };
  const guint8 *magic;
  guint version, n_levels;
  guint32 n_features;

  reader.data = g_bytes_get_data (bytes, &reader.length);

  if (!read_bytes (&reader, 4, &magic, "magic number", error))
    return FALSE;

  if (memcmp (magic, FORMAT_MAGIC, 4) != 0)
    {
      g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_BAD_MAGIC,
                   "Not basemap data: the file does not start with “" FORMAT_MAGIC "”");
      return FALSE;
    }

  if (!read_u16 (&reader, &version, "version", error) ||
      !read_u16 (&reader, &n_levels, "level count", error) ||
      !read_u32 (&reader, &n_features, "country count", error))
    return FALSE;

  if (version != FORMAT_VERSION)
    {
      g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_VERSION,
                   "Basemap data has format version %u; this build reads version %u",
                   version, FORMAT_VERSION);
      return FALSE;
    }

  if (n_levels == 0 || n_levels > MAX_LEVELS || n_features == 0 ||
      n_features > (reader.length - reader.pos) / 3)
    {
      g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_INVALID,
                   "Basemap data is invalid: %u levels and %u countries", n_levels, n_features);
      return FALSE;
    }

  self->features = g_new0 (Feature, n_features);
  self->n_features = n_features;
  for (guint32 i = 0; i < n_features; i++)
    {
      const guint8 *name;
      guint iso, name_length;

      if (!read_u16 (&reader, &iso, "country id", error) ||
          !read_u8 (&reader, &name_length, "country name length", error) ||
          !read_bytes (&reader, name_length, &name, "country name", error))
        return FALSE;

      if (!g_utf8_validate ((const char *) name, name_length, NULL))
        {
          g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_INVALID,
                       "Basemap data is invalid: country %u has a name that is not UTF-8", i);
          return FALSE;
        }

      self->features[i].iso_numeric = (gint16) iso;
      self->features[i].name = g_strndup ((const char *) name, name_length);
    }

  self->levels = g_new0 (Level, n_levels);
  self->n_levels = n_levels;
  for (guint i = 0; i < n_levels; i++)
    {
      if (!read_level (&reader, i, n_features, i > 0 ? self->levels[i - 1].min_zoom : 0,
                       &self->levels[i], error))
        return FALSE;
    }

  if (reader.pos != reader.length)
    {
      g_set_error (error, LC_BASEMAP_ERROR, LC_BASEMAP_ERROR_INVALID,
                   "Basemap data is invalid: %" G_GSIZE_FORMAT " unexpected bytes at the end",
                   reader.length - reader.pos);
      return FALSE;
    }

  return TRUE;
}

static inline void
set_source_color (cairo_t *cr,
                  guint32  rgb)
{
  cairo_set_source_rgb (cr,
                        ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static inline gboolean
box_intersects (const Box *a,
                const Box *b)
{
  return a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

/* The rings of @level whose bounding box meets @area, each once. */
static void
collect_rings (const Level *level,
               const Box   *area,
               GArray      *out)
{
  g_autofree guint8 *seen = NULL;
  guint cx0, cy0, cx1, cy1;

  box_cells (area, &cx0, &cy0, &cx1, &cy1);

  if ((guint64) (cx1 - cx0 + 1) * (cy1 - cy0 + 1) * 4 > level->n_rings)
    {
      for (guint r = 0; r < level->n_rings; r++)
        if (box_intersects (&level->rings[r].box, area))
          g_array_append_val (out, r);
      return;
    }

  seen = g_malloc0 (level->n_rings / 8 + 1);
  for (guint cy = cy0; cy <= cy1; cy++)
    for (guint cx = cx0; cx <= cx1; cx++)
      {
        guint cell = cy * GRID_SIZE + cx;

        for (guint32 i = level->cell_start[cell]; i < level->cell_start[cell + 1]; i++)
          {
            guint32 r = level->cell_rings[i];

            if (seen[r / 8] & (1 << (r % 8)))
              continue;
            seen[r / 8] |= 1 << (r % 8);

            if (box_intersects (&level->rings[r].box, area))
              g_array_append_val (out, r);
          }
      }
}

static inline guint
outcode (double x,
         double y,
         double lo,
         double hi)
{
  return (x < lo) | ((x > hi) << 1) | ((y < lo) << 2) | ((y > hi) << 3);
}

/* Projects a ring into tile pixels, keeping only what can show.
 *
 * Points closer than a fraction of a pixel merge. A run of points that all
 * lie beyond one side of the (slightly enlarged) tile collapses to its first
 * and last point: the shortcut stays on that side, so no pixel of the tile
 * changes its winding, but a 50 000-point coast costs a few segments. */
static void
project_ring (const Level *level,
              const Ring  *ring,
              double       k,
              double       ox,
              double       oy,
              double       lo,
              double       hi,
              double       epsilon,
              GArray      *out)
{
  const gint32 *xy = level->xy + 2 * (gsize) ring->first;
  const guint8 *flags = level->flags + ring->first;
  DevicePoint pending = { 0 };
  gboolean have_pending = FALSE;
  guint run_mask = 0;
  guint start = out->len;

  for (guint32 i = 0; i < ring->n_points; i++)
    {
      DevicePoint p = { xy[2 * i] * k - ox, xy[2 * i + 1] * k - oy, flags[i] };
      guint code = outcode (p.x, p.y, lo, hi);

      if (code != 0 && (run_mask & code) != 0)
        {
          /* Still outside on the same side: the edge into this point is
           * invisible, and so is everything up to the run's last point. */
          run_mask &= code;
          g_array_index (out, DevicePoint, out->len - 1).flag = EDGE_NONE;
          pending = p;
          have_pending = TRUE;
          continue;
        }

      if (have_pending)
        {
          g_array_append_val (out, pending);
          have_pending = FALSE;
        }

      if (code == 0 && run_mask == 0 && out->len > start)
        {
          DevicePoint *last = &g_array_index (out, DevicePoint, out->len - 1);

          if (fabs (p.x - last->x) < epsilon && fabs (p.y - last->y) < epsilon &&
              last->flag == p.flag)
            continue;
        }

      g_array_append_val (out, p);
      run_mask = code;
    }

  if (have_pending)
    g_array_append_val (out, pending);
}

static void
stroke_edges (cairo_t     *cr,
              GArray      *points,
              GArray      *ring_ends,
              guint8       flag)
{
  guint start = 0;

  cairo_new_path (cr);

  for (guint r = 0; r < ring_ends->len; r++)
    {
      guint end = g_array_index (ring_ends, guint, r);
      guint n = end - start;
      gboolean in_run = FALSE;

      for (guint i = 0; i < n; i++)
        {
          const DevicePoint *a = &g_array_index (points, DevicePoint, start + i);
          const DevicePoint *b = &g_array_index (points, DevicePoint, start + (i + 1) % n);

          if (a->flag != flag)
            {
              in_run = FALSE;
              continue;
            }

          if (!in_run)
            cairo_move_to (cr, a->x, a->y);
          cairo_line_to (cr, b->x, b->y);
          in_run = TRUE;
        }

      start = end;
    }

  cairo_stroke (cr);
}

static gboolean
ring_contains (const Level *level,
               const Ring  *ring,
               double       px,
               double       py)
{
  const gint32 *xy = level->xy + 2 * (gsize) ring->first;
  gboolean inside = FALSE;

  if (px < ring->box.x0 || px > ring->box.x1 || py < ring->box.y0 || py > ring->box.y1)
    return FALSE;

  for (guint32 i = 0, j = ring->n_points - 1; i < ring->n_points; j = i++)
    {
      double xi = xy[2 * i], yi = xy[2 * i + 1];
      double xj = xy[2 * j], yj = xy[2 * j + 1];

      if ((yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi)
        inside = !inside;
    }

  return inside;
}

/* Even-odd parity per country at a point, on the finest level. Returns the
 * index of the first country that contains it, or -1. @iso_numeric of -2
 * means any country. */
static int
find_feature (LcBasemap *self,
              int        iso_numeric,
              double     latitude,
              double     longitude)
{
  const Level *level = &self->levels[self->n_levels - 1];
  g_autofree guint8 *parity = NULL;
  double px, py, phi;
  guint cell;

  if (!isfinite (latitude) || !isfinite (longitude) || fabs (latitude) > 90 || fabs (longitude) > 180)
    return -1;

  phi = CLAMP (latitude, -MERCATOR_LIMIT, MERCATOR_LIMIT) * G_PI / 180.0;
  px = (longitude / 360.0 + 0.5) * WORLD;
  py = (0.5 - log (tan (G_PI_4 + phi / 2.0)) / (2.0 * G_PI)) * WORLD;
  cell = CLAMP ((gint64) py >> CELL_SHIFT, 0, GRID_SIZE - 1) * GRID_SIZE +
         CLAMP ((gint64) px >> CELL_SHIFT, 0, GRID_SIZE - 1);

  parity = g_malloc0 (self->n_features);
  for (guint32 i = level->cell_start[cell]; i < level->cell_start[cell + 1]; i++)
    {
      const Ring *ring = &level->rings[level->cell_rings[i]];

      if (iso_numeric != -2 && self->features[ring->feature].iso_numeric != iso_numeric)
        continue;
      if (ring_contains (level, ring, px, py))
        parity[ring->feature] ^= 1;
    }

  for (guint f = 0; f < self->n_features; f++)
    if (parity[f])
      return f;

  return -1;
}

static void
lc_basemap_finalize (GObject *object)
{
  LcBasemap *self = (LcBasemap *) object;

  for (guint i = 0; i < self->n_features; i++)
    g_free (self->features[i].name);
  g_clear_pointer (&self->features, g_free);

  for (guint i = 0; i < self->n_levels; i++)
    level_clear (&self->levels[i]);
  g_clear_pointer (&self->levels, g_free);

  G_OBJECT_CLASS (lc_basemap_parent_class)->finalize (object);
}

static void
lc_basemap_class_init (LcBasemapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lc_basemap_finalize;
}

static void
lc_basemap_init (LcBasemap *self)
{
}

/**
 * lc_basemap_new_from_bytes:
 * @bytes: basemap data as written by data/tools/basemap/build-basemap.mjs
 * @error: return location for a #LC_BASEMAP_ERROR
 *
 * Parses and checks the whole file, projects it to Web Mercator and builds
 * the spatial index.
 *
 * Returns: (transfer full) (nullable): the basemap, or %NULL with @error set
 */
LcBasemap *
lc_basemap_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(LcBasemap) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (LC_TYPE_BASEMAP, NULL);
  if (!lc_basemap_load (self, bytes, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * lc_basemap_new_from_resource:
 * @path: a GResource path
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the basemap, or %NULL with @error set
 */
LcBasemap *
lc_basemap_new_from_resource (const char  *path,
                              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return lc_basemap_new_from_bytes (bytes, error);
}

guint
lc_basemap_get_n_levels (LcBasemap *self)
{
  g_return_val_if_fail (LC_IS_BASEMAP (self), 0);

  return self->n_levels;
}

/**
 * lc_basemap_get_level_for_zoom:
 * @self: a #LcBasemap
 * @zoom: a zoom level
 *
 * Returns: the index of the detail level drawn at @zoom, coarsest first
 */
guint
lc_basemap_get_level_for_zoom (LcBasemap *self,
                               guint      zoom)
{
  guint level = 0;

  g_return_val_if_fail (LC_IS_BASEMAP (self), 0);

  while (level + 1 < self->n_levels && self->levels[level + 1].min_zoom <= zoom)
    level++;

  return level;
}

/**
 * lc_basemap_render:
 * @self: a #LcBasemap
 * @cr: where to draw: the tile covers (0, 0) to (@size × @scale) in user space
 * @zoom: the tile's zoom level
 * @x: the tile's column
 * @y: the tile's row
 * @size: the tile's size in logical pixels
 * @scale: device pixels per logical pixel (2 on HiDPI screens)
 * @style: the palette
 *
 * Draws sea, land, country borders and coastlines of one Web Mercator tile.
 * Safe to call from several threads at once with different cairo contexts.
 */
void
lc_basemap_render (LcBasemap      *self,
                   cairo_t        *cr,
                   guint           zoom,
                   guint           x,
                   guint           y,
                   guint           size,
                   double          scale,
                   LcBasemapStyle  style)
{
  const LcBasemapPalette *palette;
  const Level *level;
  g_autoptr(GArray) rings = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(GArray) ring_ends = NULL;
  double pixels, k, margin, units_per_pixel;
  Box area;

  g_return_if_fail (LC_IS_BASEMAP (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (zoom <= 20 && x < (1u << zoom) && y < (1u << zoom));
  g_return_if_fail (size > 0 && scale > 0);

  palette = lc_basemap_style_get_palette (style);
  level = &self->levels[lc_basemap_get_level_for_zoom (self, zoom)];
  pixels = size * scale;
  k = pixels * (1u << zoom) / WORLD;
  margin = 4.0 * scale;
  units_per_pixel = 1.0 / k;

  /* Outside the tile the geometry is only approximate (see project_ring). */
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, pixels, pixels);
  cairo_clip (cr);

  set_source_color (cr, palette->sea);
  cairo_paint (cr);

  area.x0 = (gint32) floor ((x * pixels - margin) * units_per_pixel);
  area.y0 = (gint32) floor ((y * pixels - margin) * units_per_pixel);
  area.x1 = (gint32) ceil (((x + 1) * pixels + margin) * units_per_pixel);
  area.y1 = (gint32) ceil (((y + 1) * pixels + margin) * units_per_pixel);

  rings = g_array_new (FALSE, FALSE, sizeof (guint32));
  points = g_array_sized_new (FALSE, FALSE, sizeof (DevicePoint), 4096);
  ring_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  collect_rings (level, &area, rings);

  cairo_new_path (cr);
  for (guint i = 0; i < rings->len; i++)
    {
      const Ring *ring = &level->rings[g_array_index (rings, guint32, i)];
      guint start = points->len;

      /* Points closer than half a logical pixel merge: at twice the shown
       * size that detail cannot be seen, and it is most of what low zoom
       * levels would stroke. */
      project_ring (level, ring, k, x * pixels, y * pixels, -margin, pixels + margin,
                    0.5 * scale, points);
      if (points->len - start < 3)
        {
          g_array_set_size (points, start);
          continue;
        }

      cairo_move_to (cr, g_array_index (points, DevicePoint, start).x,
                     g_array_index (points, DevicePoint, start).y);
      for (guint p = start + 1; p < points->len; p++)
        cairo_line_to (cr, g_array_index (points, DevicePoint, p).x,
                       g_array_index (points, DevicePoint, p).y);
      cairo_close_path (cr);

      g_array_append_val (ring_ends, points->len);
    }

  /* Countries tile the land without overlapping, so even-odd gives holes
   * (Lesotho in South Africa) whatever way a ring winds. */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  /* Tiles are drawn at twice the size they are shown: cairo's fast
   * antialiasing looks the same there and takes half the time. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  set_source_color (cr, palette->land);
  cairo_fill (cr);

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  /* Lines are about a pixel wide, and stroking them is most of a low-zoom
   * tile's time: flattening their round joins to a tenth of a pixel (cairo's
   * default) shows no difference at this width. */
  cairo_set_tolerance (cr, 0.5);

  set_source_color (cr, palette->border);
  cairo_set_line_width (cr, (zoom < 3 ? 0.6 : 0.9) * scale);
  stroke_edges (cr, points, ring_ends, EDGE_BORDER);

  set_source_color (cr, palette->coast);
  cairo_set_line_width (cr, (zoom < 3 ? 0.7 : 1.0) * scale);
  stroke_edges (cr, points, ring_ends, EDGE_COAST);

  cairo_restore (cr);
}

/**
 * lc_basemap_render_tile:
 * @self: a #LcBasemap
 * @zoom: the tile's zoom level
 * @x: the tile's column
 * @y: the tile's row
 * @size: the tile's size in logical pixels
 * @scale: device pixels per logical pixel
 * @style: the palette
 *
 * Like lc_basemap_render(), into a new opaque image.
 *
 * Returns: (transfer full): an ARGB32 surface of (@size × @scale) pixels square
 */
cairo_surface_t *
lc_basemap_render_tile (LcBasemap      *self,
                        guint           zoom,
                        guint           x,
                        guint           y,
                        guint           size,
                        double          scale,
                        LcBasemapStyle  style)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  int pixels = (int) ceil (size * scale);

  g_return_val_if_fail (LC_IS_BASEMAP (self), NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels, pixels);
  cr = cairo_create (surface);
  lc_basemap_render (self, cr, zoom, x, y, size, scale, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/**
 * lc_basemap_is_land:
 * @self: a #LcBasemap
 * @latitude: degrees north
 * @longitude: degrees east
 *
 * Returns: whether the point lies in a country of the most detailed level
 */
gboolean
lc_basemap_is_land (LcBasemap *self,
                    double     latitude,
                    double     longitude)
{
  g_return_val_if_fail (LC_IS_BASEMAP (self), FALSE);

  return find_feature (self, -2, latitude, longitude) >= 0;
}

/**
 * lc_basemap_country_contains:
 * @self: a #LcBasemap
 * @iso_numeric: an ISO 3166-1 numeric code (several outlines may share one)
 * @latitude: degrees north
 * @longitude: degrees east
 *
 * Returns: whether any outline with that code contains the point, on the
 *   most detailed level
 */
gboolean
lc_basemap_country_contains (LcBasemap *self,
                             int        iso_numeric,
                             double     latitude,
                             double     longitude)
{
  g_return_val_if_fail (LC_IS_BASEMAP (self), FALSE);

  if (iso_numeric < 0)
    return FALSE;

  return find_feature (self, iso_numeric, latitude, longitude) >= 0;
}

/**
 * lc_basemap_country_at:
 * @self: a #LcBasemap
 * @latitude: degrees north
 * @longitude: degrees east
 * @name: (out) (optional) (transfer none): the Natural Earth name, or %NULL
 *
 * Returns: the ISO numeric code of the country at the point; -1 at sea or
 *   where the country has no code (then @name still tells which it is)
 */
int
lc_basemap_country_at (LcBasemap   *self,
                       double       latitude,
                       double       longitude,
                       const char **name)
{
  int feature;

  g_return_val_if_fail (LC_IS_BASEMAP (self), -1);

  feature = find_feature (self, -2, latitude, longitude);

  if (name != NULL)
    *name = feature >= 0 ? self->features[feature].name : NULL;

  return feature >= 0 ? self->features[feature].iso_numeric : -1;
}
