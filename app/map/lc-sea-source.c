/* lc-sea-source.c: a map source that paints every tile a flat sea colour
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-sea-source"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-sea-source.h"

#define TILE_SIZE 256

struct _LcSeaSource
{
  ShumateMapSource  parent_instance;

  GdkTexture       *texture;
};

G_DEFINE_FINAL_TYPE (LcSeaSource, lc_sea_source, SHUMATE_TYPE_MAP_SOURCE)

static GdkTexture *
create_sea_texture (void)
{
  /* #a6c8e8 in the byte order of GDK_MEMORY_DEFAULT (B, G, R, A). */
  static const guint8 sea[4] = { 0xe8, 0xc8, 0xa6, 0xff };
  g_autoptr(GBytes) bytes = NULL;
  guint8 *pixels;

  pixels = g_malloc (TILE_SIZE * TILE_SIZE * 4);
  for (gsize i = 0; i < TILE_SIZE * TILE_SIZE; i++)
    memcpy (pixels + i * 4, sea, 4);

  bytes = g_bytes_new_take (pixels, TILE_SIZE * TILE_SIZE * 4);
  return gdk_memory_texture_new (TILE_SIZE, TILE_SIZE, GDK_MEMORY_DEFAULT, bytes, TILE_SIZE * 4);
}

static void
lc_sea_source_fill_tile_async (ShumateMapSource    *source,
                               ShumateTile         *tile,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  LcSeaSource *self = LC_SEA_SOURCE (source);
  g_autoptr(GTask) task = NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lc_sea_source_fill_tile_async);

  shumate_tile_set_paintable (tile, GDK_PAINTABLE (self->texture));
  shumate_tile_set_fade_in (tile, FALSE);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);

  g_task_return_boolean (task, TRUE);
}

static gboolean
lc_sea_source_fill_tile_finish (ShumateMapSource  *source,
                                GAsyncResult      *result,
                                GError           **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
lc_sea_source_finalize (GObject *object)
{
  LcSeaSource *self = (LcSeaSource *) object;

  g_clear_object (&self->texture);

  G_OBJECT_CLASS (lc_sea_source_parent_class)->finalize (object);
}

static void
lc_sea_source_class_init (LcSeaSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->finalize = lc_sea_source_finalize;

  source_class->fill_tile_async = lc_sea_source_fill_tile_async;
  source_class->fill_tile_finish = lc_sea_source_fill_tile_finish;
}

static void
lc_sea_source_init (LcSeaSource *self)
{
  self->texture = create_sea_texture ();
}

/**
 * lc_sea_source_new:
 *
 * Creates a map source that needs neither network nor data: every tile is
 * open sea. It keeps the map usable until real geometry is available.
 *
 * Returns: (transfer full): a new #LcSeaSource
 */
LcSeaSource *
lc_sea_source_new (void)
{
  return g_object_new (LC_TYPE_SEA_SOURCE,
                       "id", "learning-cities-sea",
                       "name", _("Plain Sea"),
                       "license", "",
                       "min-zoom-level", 0,
                       "max-zoom-level", 18,
                       "tile-size", TILE_SIZE,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);
}
