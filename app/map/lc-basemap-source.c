/* lc-basemap-source.c: the offline world map, drawn by the app itself
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tiles are painted with cairo from the Natural Earth geometry bundled in
 * the GResource (see app/core/lc-basemap.c), in worker threads, and kept in
 * a small in-memory cache. Other sources can fall back to this one with
 * shumate_map_source_fill_tile_async() or lc_basemap_source_render_texture().
 */

#define G_LOG_DOMAIN "lc-basemap-source"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-basemap-source.h"

#define BASEMAP_RESOURCE RESOURCE_PATH "/basemap/world.lcbm"

/* About 48 tiles of 512 × 512: two screens' worth on a large display. */
#define CACHE_BYTES (48 * 1024 * 1024)

typedef struct
{
  guint64     key;
  GdkTexture *texture;
  gsize       bytes;
} CacheEntry;

typedef struct
{
  ShumateTile    *tile;
  guint           zoom;
  guint           x;
  guint           y;
  LcBasemapStyle  style;
} FillData;

struct _LcBasemapSource
{
  ShumateMapSource  parent_instance;

  LcBasemap        *basemap;
  gboolean          dark;
  gboolean          follow_style;
  guint             pending_tiles;

  /* Guards the cache: lc_basemap_source_render_texture() may run in any thread. */
  GMutex            cache_lock;
  GHashTable       *cache;        /* key → GList link in lru */
  GQueue            lru;          /* CacheEntry, most recent first */
  gsize             cache_bytes;
};

G_DEFINE_FINAL_TYPE (LcBasemapSource, lc_basemap_source, SHUMATE_TYPE_MAP_SOURCE)

enum {
  PROP_0,
  PROP_DARK,
  PROP_PENDING_TILES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fill_data_free (FillData *data)
{
  g_clear_object (&data->tile);
  g_free (data);
}

static void
cache_entry_free (CacheEntry *entry)
{
  g_clear_object (&entry->texture);
  g_free (entry);
}

static inline guint64
cache_key (guint          zoom,
           guint          x,
           guint          y,
           LcBasemapStyle style)
{
  return ((guint64) zoom << 58) | ((guint64) style << 56) | ((guint64) x << 28) | y;
}

static GdkTexture *
cache_lookup (LcBasemapSource *self,
              guint64          key)
{
  GdkTexture *texture = NULL;
  GList *link;

  g_mutex_lock (&self->cache_lock);
  link = g_hash_table_lookup (self->cache, &key);
  if (link != NULL)
    {
      CacheEntry *entry = link->data;

      g_queue_unlink (&self->lru, link);
      g_queue_push_head_link (&self->lru, link);
      texture = g_object_ref (entry->texture);
    }
  g_mutex_unlock (&self->cache_lock);

  return texture;
}

static void
cache_insert (LcBasemapSource *self,
              guint64          key,
              GdkTexture      *texture)
{
  CacheEntry *entry;

  g_mutex_lock (&self->cache_lock);

  if (g_hash_table_contains (self->cache, &key))
    {
      g_mutex_unlock (&self->cache_lock);
      return;
    }

  entry = g_new0 (CacheEntry, 1);
  entry->key = key;
  entry->texture = g_object_ref (texture);
  entry->bytes = (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture) * 4;

  g_queue_push_head (&self->lru, entry);
  g_hash_table_insert (self->cache, &entry->key, self->lru.head);
  self->cache_bytes += entry->bytes;

  while (self->cache_bytes > CACHE_BYTES && self->lru.length > 1)
    {
      CacheEntry *oldest = g_queue_pop_tail (&self->lru);

      g_hash_table_remove (self->cache, &oldest->key);
      self->cache_bytes -= oldest->bytes;
      cache_entry_free (oldest);
    }

  g_mutex_unlock (&self->cache_lock);
}

static void
cache_clear (LcBasemapSource *self)
{
  g_mutex_lock (&self->cache_lock);
  g_hash_table_remove_all (self->cache);
  g_queue_clear_full (&self->lru, (GDestroyNotify) cache_entry_free);
  self->cache_bytes = 0;
  g_mutex_unlock (&self->cache_lock);
}

static GdkTexture *
render_texture (LcBasemap      *basemap,
                guint           zoom,
                guint           x,
                guint           y,
                LcBasemapStyle  style)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  int size = LC_BASEMAP_SOURCE_TILE_SIZE * LC_BASEMAP_SOURCE_SCALE;

  if (basemap != NULL)
    {
      surface = lc_basemap_render_tile (basemap, zoom, x, y, LC_BASEMAP_SOURCE_TILE_SIZE,
                                        LC_BASEMAP_SOURCE_SCALE, style);
    }
  else
    {
      /* Without geometry the map is at least a calm sea, not a broken one. */
      guint32 sea = lc_basemap_style_get_palette (style)->sea;
      cairo_t *cr;

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, (sea >> 16) / 255.0, ((sea >> 8) & 0xff) / 255.0, (sea & 0xff) / 255.0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
    }

  /* ARGB32 in native byte order is what GDK_MEMORY_DEFAULT means. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * size,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      surface);

  return gdk_memory_texture_new (size, size, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

static GdkTexture *
render_texture_cached (LcBasemapSource *self,
                       guint            zoom,
                       guint            x,
                       guint            y,
                       LcBasemapStyle   style)
{
  guint64 key = cache_key (zoom, x, y, style);
  GdkTexture *texture;

  texture = cache_lookup (self, key);
  if (texture != NULL)
    return texture;

  texture = render_texture (self->basemap, zoom, x, y, style);
  cache_insert (self, key, texture);

  return texture;
}

static void
apply_dark (LcBasemapSource *self,
            gboolean         dark)
{
  dark = !!dark;
  if (self->dark == dark)
    return;

  g_atomic_int_set (&self->dark, dark);
  cache_clear (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

static void
set_pending_tiles (LcBasemapSource *self,
                   guint            pending_tiles)
{
  if (self->pending_tiles == pending_tiles)
    return;

  self->pending_tiles = pending_tiles;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING_TILES]);
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  LcBasemapSource *self = source_object;
  FillData *data = task_data;

  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_pointer (task,
                         render_texture_cached (self, data->zoom, data->x, data->y, data->style),
                         g_object_unref);
}

static void
on_dark_changed_cb (LcBasemapSource *self,
                    GParamSpec      *pspec,
                    AdwStyleManager *style_manager)
{
  if (self->follow_style)
    apply_dark (self, adw_style_manager_get_dark (style_manager));
}

/* Back on the main thread: libshumate's tile objects are not thread-safe. */
static void
on_rendered_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  LcBasemapSource *self = LC_BASEMAP_SOURCE (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  FillData *data = g_task_get_task_data (G_TASK (result));

  texture = g_task_propagate_pointer (G_TASK (result), &error);
  set_pending_tiles (self, self->pending_tiles - 1);

  if (texture == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  shumate_tile_set_paintable (data->tile, GDK_PAINTABLE (texture));
  shumate_tile_set_fade_in (data->tile, FALSE);
  shumate_tile_set_state (data->tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (task, TRUE);
}

static void
lc_basemap_source_fill_tile_async (ShumateMapSource    *source,
                                   ShumateTile         *tile,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  LcBasemapSource *self = LC_BASEMAP_SOURCE (source);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) render_task = NULL;
  g_autoptr(GdkTexture) cached = NULL;
  LcBasemapStyle style = self->dark ? LC_BASEMAP_STYLE_DARK : LC_BASEMAP_STYLE_LIGHT;
  guint zoom = shumate_tile_get_zoom_level (tile);
  guint x = shumate_tile_get_x (tile);
  guint y = shumate_tile_get_y (tile);
  FillData *data;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lc_basemap_source_fill_tile_async);

  if (zoom > 20 || x >= (1u << zoom) || y >= (1u << zoom))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "No tile %u/%u/%u in the world map", zoom, x, y);
      return;
    }

  /* A cached tile is ready now: no thread, no flicker. */
  cached = cache_lookup (self, cache_key (zoom, x, y, style));
  if (cached != NULL)
    {
      shumate_tile_set_paintable (tile, GDK_PAINTABLE (cached));
      shumate_tile_set_fade_in (tile, FALSE);
      shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
      g_task_return_boolean (task, TRUE);
      return;
    }

  data = g_new0 (FillData, 1);
  data->tile = g_object_ref (tile);
  data->zoom = zoom;
  data->x = x;
  data->y = y;
  data->style = style;

  render_task = g_task_new (self, cancellable, on_rendered_cb, g_steal_pointer (&task));
  g_task_set_source_tag (render_task, lc_basemap_source_fill_tile_async);
  g_task_set_task_data (render_task, data, (GDestroyNotify) fill_data_free);

  set_pending_tiles (self, self->pending_tiles + 1);
  g_task_run_in_thread (render_task, render_in_thread);
}

static gboolean
lc_basemap_source_fill_tile_finish (ShumateMapSource  *source,
                                    GAsyncResult      *result,
                                    GError           **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
lc_basemap_source_finalize (GObject *object)
{
  LcBasemapSource *self = (LcBasemapSource *) object;

  cache_clear (self);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_mutex_clear (&self->cache_lock);
  g_clear_object (&self->basemap);

  G_OBJECT_CLASS (lc_basemap_source_parent_class)->finalize (object);
}

static void
lc_basemap_source_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LcBasemapSource *self = LC_BASEMAP_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;

    case PROP_PENDING_TILES:
      g_value_set_uint (value, self->pending_tiles);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_basemap_source_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LcBasemapSource *self = LC_BASEMAP_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DARK:
      lc_basemap_source_set_dark (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_basemap_source_class_init (LcBasemapSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->finalize = lc_basemap_source_finalize;
  object_class->get_property = lc_basemap_source_get_property;
  object_class->set_property = lc_basemap_source_set_property;

  source_class->fill_tile_async = lc_basemap_source_fill_tile_async;
  source_class->fill_tile_finish = lc_basemap_source_fill_tile_finish;

  /**
   * LcBasemapSource:dark:
   *
   * Whether tiles use the dark palette. It follows the dark style of
   * #AdwStyleManager until set explicitly. Tiles already shown keep their
   * colours: libshumate 1.0 cannot reload a layer, so whoever shows the map
   * swaps in a new source when this changes (see lc-window.c).
   */
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * LcBasemapSource:pending-tiles:
   *
   * How many tiles are being drawn. Screenshots wait for it to reach 0.
   */
  properties[PROP_PENDING_TILES] =
    g_param_spec_uint ("pending-tiles", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_basemap_source_init (LcBasemapSource *self)
{
  LcBasemap *shared = lc_basemap_source_get_basemap (NULL);
  AdwStyleManager *style_manager;

  g_mutex_init (&self->cache_lock);
  self->cache = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (shared != NULL)
    self->basemap = g_object_ref (shared);

  style_manager = adw_style_manager_get_default ();
  self->dark = adw_style_manager_get_dark (style_manager);
  self->follow_style = TRUE;
  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * lc_basemap_source_new:
 *
 * Creates the offline world map. It needs no network and no files: the
 * geometry is part of the application.
 *
 * Returns: (transfer full): a new #LcBasemapSource
 */
LcBasemapSource *
lc_basemap_source_new (void)
{
  return g_object_new (LC_TYPE_BASEMAP_SOURCE,
                       "id", "learning-cities-basemap",
                       "name", _("Offline World Map"),
                       "license", _("Map data: Natural Earth (public domain)"),
                       "license-uri", "https://www.naturalearthdata.com/",
                       "min-zoom-level", 0,
                       "max-zoom-level", LC_BASEMAP_MAX_ZOOM,
                       "tile-size", LC_BASEMAP_SOURCE_TILE_SIZE,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
}

/**
 * lc_basemap_source_get_basemap:
 * @self: (nullable): a #LcBasemapSource, or %NULL for the shared geometry
 *
 * The geometry is loaded once per process and shared by every source.
 *
 * Returns: (transfer none) (nullable): the geometry, or %NULL if the bundled
 *   resource could not be read (a warning says why)
 */
LcBasemap *
lc_basemap_source_get_basemap (LcBasemapSource *self)
{
  static LcBasemap *shared;
  static gsize loaded;

  g_return_val_if_fail (self == NULL || LC_IS_BASEMAP_SOURCE (self), NULL);

  if (self != NULL && self->basemap != NULL)
    return self->basemap;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GError) error = NULL;

      shared = lc_basemap_new_from_resource (BASEMAP_RESOURCE, &error);
      if (shared == NULL)
        g_warning ("The offline world map cannot be drawn: %s", error->message);

      g_once_init_leave (&loaded, 1);
    }

  return shared;
}

gboolean
lc_basemap_source_get_dark (LcBasemapSource *self)
{
  g_return_val_if_fail (LC_IS_BASEMAP_SOURCE (self), FALSE);

  return self->dark;
}

/**
 * lc_basemap_source_set_dark:
 * @self: a #LcBasemapSource
 * @dark: whether to use the dark palette
 *
 * Chooses the palette explicitly and stops following the style manager.
 */
void
lc_basemap_source_set_dark (LcBasemapSource *self,
                            gboolean         dark)
{
  g_return_if_fail (LC_IS_BASEMAP_SOURCE (self));

  self->follow_style = FALSE;
  apply_dark (self, dark);
}

guint
lc_basemap_source_get_pending_tiles (LcBasemapSource *self)
{
  g_return_val_if_fail (LC_IS_BASEMAP_SOURCE (self), 0);

  return self->pending_tiles;
}

/**
 * lc_basemap_source_render_texture:
 * @self: a #LcBasemapSource
 * @zoom: the tile's zoom level
 * @x: the tile's column
 * @y: the tile's row
 *
 * Draws one tile in the current palette, or takes it from the cache. Any
 * thread may call this: it is how other sources fall back to the offline
 * map without going through a #ShumateTile.
 *
 * Returns: (transfer full): a texture of 512 × 512 pixels for 256 logical ones
 */
GdkTexture *
lc_basemap_source_render_texture (LcBasemapSource *self,
                                  guint            zoom,
                                  guint            x,
                                  guint            y)
{
  LcBasemapStyle style;

  g_return_val_if_fail (LC_IS_BASEMAP_SOURCE (self), NULL);
  g_return_val_if_fail (zoom <= 20 && x < (1u << zoom) && y < (1u << zoom), NULL);

  style = g_atomic_int_get (&self->dark) ? LC_BASEMAP_STYLE_DARK : LC_BASEMAP_STYLE_LIGHT;

  return render_texture_cached (self, zoom, x, y, style);
}
