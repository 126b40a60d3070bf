/* lc-online-source.c: map tiles from a web server, with the offline map behind them
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-online-source"

#include "config.h"

#include <glib/gi18n.h>

#include "lc-online-source.h"

#define TILE_SIZE 256
/* tile.openstreetmap.org serves zoom levels 0 to 19. */
#define MAX_ZOOM_LEVEL 19

struct _LcOnlineSource
{
  ShumateMapSource   parent_instance;

  ShumateDataSource *data_source;
  ShumateMapSource  *fallback;
  guint              pending_tiles;
  guint              fallback_tiles;
};

G_DEFINE_FINAL_TYPE (LcOnlineSource, lc_online_source, SHUMATE_TYPE_MAP_SOURCE)

enum {
  PROP_0,
  PROP_DATA_SOURCE,
  PROP_FALLBACK,
  PROP_PENDING_TILES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_pending_tiles (LcOnlineSource *self,
                   guint           pending_tiles)
{
  self->pending_tiles = pending_tiles;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING_TILES]);
}

/* Every way out of fill_tile_async goes through here, so that
 * pending-tiles cannot drift. */
static void
finish_fill (GTask  *task,
             GError *error)
{
  LcOnlineSource *self = g_task_get_source_object (task);

  set_pending_tiles (self, self->pending_tiles - 1);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_fallback_filled_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (object), result, &error);
  finish_fill (task, error);
}

static void
fill_from_fallback (GTask  *task,
                    GError *error)
{
  LcOnlineSource *self = g_task_get_source_object (task);
  ShumateTile *tile = g_task_get_task_data (task);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)) || self->fallback == NULL)
    {
      finish_fill (task, error);
      g_object_unref (task);
      return;
    }

  /* Never a hole in the map: the offline tile stands in for the missing one. */
  g_debug ("Tile %u/%u/%u comes from the offline map: %s",
           shumate_tile_get_zoom_level (tile),
           shumate_tile_get_x (tile),
           shumate_tile_get_y (tile),
           error->message);
  g_error_free (error);
  self->fallback_tiles++;

  shumate_map_source_fill_tile_async (self->fallback,
                                      tile,
                                      g_task_get_cancellable (task),
                                      on_fallback_filled_cb,
                                      task);
}

static void
decode_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GBytes *bytes = task_data;
  GdkTexture *texture;
  GError *error = NULL;

  texture = gdk_texture_new_from_bytes (bytes, &error);
  if (texture == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, texture, g_object_unref);
}

static void
on_decoded_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  ShumateTile *tile = g_task_get_task_data (task);
  g_autoptr(GdkTexture) texture = NULL;
  GError *error = NULL;

  texture = g_task_propagate_pointer (G_TASK (result), &error);
  if (texture == NULL)
    {
      fill_from_fallback (task, error);
      return;
    }

  shumate_tile_set_paintable (tile, GDK_PAINTABLE (texture));
  shumate_tile_set_fade_in (tile, FALSE);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);

  finish_fill (task, NULL);
  g_object_unref (task);
}

static void
on_tile_data_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *task = user_data;
  g_autoptr(GTask) decode_task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = shumate_data_source_get_tile_data_finish (SHUMATE_DATA_SOURCE (object), result, &error);
  if (bytes == NULL)
    {
      fill_from_fallback (task, error);
      return;
    }

  /* Decoding a PNG takes a few milliseconds: not on the main loop. */
  decode_task = g_task_new (g_task_get_source_object (task),
                            g_task_get_cancellable (task),
                            on_decoded_cb,
                            task);
  g_task_set_source_tag (decode_task, on_tile_data_cb);
  g_task_set_task_data (decode_task, g_steal_pointer (&bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (decode_task, decode_in_thread);
}

static void
lc_online_source_fill_tile_async (ShumateMapSource    *source,
                                  ShumateTile         *tile,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  LcOnlineSource *self = LC_ONLINE_SOURCE (source);
  GTask *task;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lc_online_source_fill_tile_async);
  g_task_set_task_data (task, g_object_ref (tile), g_object_unref);

  set_pending_tiles (self, self->pending_tiles + 1);

  shumate_data_source_get_tile_data_async (self->data_source,
                                           shumate_tile_get_x (tile),
                                           shumate_tile_get_y (tile),
                                           shumate_tile_get_zoom_level (tile),
                                           cancellable,
                                           on_tile_data_cb,
                                           task);
}

static gboolean
lc_online_source_fill_tile_finish (ShumateMapSource  *source,
                                   GAsyncResult      *result,
                                   GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
lc_online_source_finalize (GObject *object)
{
  LcOnlineSource *self = LC_ONLINE_SOURCE (object);

  g_clear_object (&self->data_source);
  g_clear_object (&self->fallback);

  G_OBJECT_CLASS (lc_online_source_parent_class)->finalize (object);
}

static void
lc_online_source_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LcOnlineSource *self = LC_ONLINE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DATA_SOURCE:
      g_value_set_object (value, self->data_source);
      break;

    case PROP_FALLBACK:
      g_value_set_object (value, self->fallback);
      break;

    case PROP_PENDING_TILES:
      g_value_set_uint (value, self->pending_tiles);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_online_source_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LcOnlineSource *self = LC_ONLINE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_DATA_SOURCE:
      self->data_source = g_value_dup_object (value);
      break;

    case PROP_FALLBACK:
      self->fallback = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_online_source_class_init (LcOnlineSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->finalize = lc_online_source_finalize;
  object_class->get_property = lc_online_source_get_property;
  object_class->set_property = lc_online_source_set_property;

  source_class->fill_tile_async = lc_online_source_fill_tile_async;
  source_class->fill_tile_finish = lc_online_source_fill_tile_finish;

  /**
   * LcOnlineSource:data-source:
   *
   * Where the tiles' image files come from.
   */
  properties[PROP_DATA_SOURCE] =
    g_param_spec_object ("data-source", NULL, NULL,
                         SHUMATE_TYPE_DATA_SOURCE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LcOnlineSource:fallback:
   *
   * The source that fills a tile the data source cannot give, normally the
   * offline map; %NULL leaves such tiles empty.
   */
  properties[PROP_FALLBACK] =
    g_param_spec_object ("fallback", NULL, NULL,
                         SHUMATE_TYPE_MAP_SOURCE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LcOnlineSource:pending-tiles:
   *
   * Tiles asked for and not filled yet; the window waits for 0 before a
   * screenshot.
   */
  properties[PROP_PENDING_TILES] =
    g_param_spec_uint ("pending-tiles", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_online_source_init (LcOnlineSource *self)
{
}

/**
 * lc_online_source_new:
 * @data_source: where the tile images come from, usually a #LcTileFetcher
 * @fallback: (nullable): what fills a tile that cannot be fetched
 *
 * Creates the OpenStreetMap map source: its licence text is the attribution
 * OpenStreetMap requires, shown by the map's #ShumateLicense.
 *
 * Returns: (transfer full): a new #LcOnlineSource
 */
LcOnlineSource *
lc_online_source_new (ShumateDataSource *data_source,
                      ShumateMapSource  *fallback)
{
  g_return_val_if_fail (SHUMATE_IS_DATA_SOURCE (data_source), NULL);
  g_return_val_if_fail (fallback == NULL || SHUMATE_IS_MAP_SOURCE (fallback), NULL);

  return g_object_new (LC_TYPE_ONLINE_SOURCE,
                       "id", LC_ONLINE_SOURCE_ID,
                       "name", _("OpenStreetMap"),
                       "license", _("© OpenStreetMap contributors"),
                       "license-uri", "https://www.openstreetmap.org/copyright",
                       "min-zoom-level", 0,
                       "max-zoom-level", MAX_ZOOM_LEVEL,
                       "tile-size", TILE_SIZE,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       "data-source", data_source,
                       "fallback", fallback,
                       NULL);
}

/**
 * lc_online_source_get_data_source:
 * @self: a #LcOnlineSource
 *
 * Returns: (transfer none): where the tiles' images come from
 */
ShumateDataSource *
lc_online_source_get_data_source (LcOnlineSource *self)
{
  g_return_val_if_fail (LC_IS_ONLINE_SOURCE (self), NULL);

  return self->data_source;
}

/**
 * lc_online_source_get_fallback:
 * @self: a #LcOnlineSource
 *
 * Returns: (transfer none) (nullable): the source behind missing tiles
 */
ShumateMapSource *
lc_online_source_get_fallback (LcOnlineSource *self)
{
  g_return_val_if_fail (LC_IS_ONLINE_SOURCE (self), NULL);

  return self->fallback;
}

guint
lc_online_source_get_pending_tiles (LcOnlineSource *self)
{
  g_return_val_if_fail (LC_IS_ONLINE_SOURCE (self), 0);

  return self->pending_tiles;
}

/**
 * lc_online_source_get_fallback_tiles:
 * @self: a #LcOnlineSource
 *
 * Returns: how many tiles the fallback source has filled so far
 */
guint
lc_online_source_get_fallback_tiles (LcOnlineSource *self)
{
  g_return_val_if_fail (LC_IS_ONLINE_SOURCE (self), 0);

  return self->fallback_tiles;
}
