/* lc-screenshot.c: write a widget to a PNG once everything in it is drawn
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-screenshot"

#include "config.h"

#include <glib/gi18n.h>

#include "lc-screenshot.h"

/* Asynchronous content (map tiles rendered in threads) is only requested
 * after a frame has been laid out, so "nothing pending" must hold for a few
 * frames in a row before the picture is taken. */
#define STABLE_FRAMES 3

typedef struct
{
  char                  *path;
  LcScreenshotReadyFunc  ready_func;
  char                  *pending;
  int                    width;
  int                    height;
  guint                  tick_id;
  guint                  timeout_id;
  guint                  timeout_ms;
  guint                  stable_frames;
} CaptureData;

static void
capture_data_free (gpointer data)
{
  CaptureData *capture = data;

  g_free (capture->path);
  g_free (capture->pending);
  g_free (capture);
}

static void
capture_stop (GTask *task)
{
  CaptureData *capture = g_task_get_task_data (task);
  GtkWidget *widget = g_task_get_source_object (task);

  if (capture->tick_id != 0)
    gtk_widget_remove_tick_callback (widget, capture->tick_id);
  capture->tick_id = 0;
  g_clear_handle_id (&capture->timeout_id, g_source_remove);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  GTask *task = user_data;
  CaptureData *capture = g_task_get_task_data (task);

  capture->timeout_id = 0;
  capture_stop (task);
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                           _("The window was not fully drawn after %.1f seconds (still waiting for: %s)"),
                           capture->timeout_ms / 1000.0,
                           capture->pending ? capture->pending : _("the first frame"));
  g_object_unref (task);

  return G_SOURCE_REMOVE;
}

static gboolean
on_tick_cb (GtkWidget     *widget,
            GdkFrameClock *frame_clock,
            gpointer       user_data)
{
  GTask *task = user_data;
  CaptureData *capture = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *pending = NULL;

  if (gtk_widget_get_mapped (widget) && GTK_IS_WINDOW (widget)
      && gtk_widget_get_width (widget) > 0
      && (gtk_widget_get_width (widget) != capture->width
          || gtk_widget_get_height (widget) != capture->height))
    {
      int default_width, default_height;

      /* The default size of a window includes its client-side decorations;
       * the picture is of the window itself, so correct by what they take. */
      gtk_window_get_default_size (GTK_WINDOW (widget), &default_width, &default_height);
      gtk_window_set_default_size (GTK_WINDOW (widget),
                                   default_width + capture->width - gtk_widget_get_width (widget),
                                   default_height + capture->height - gtk_widget_get_height (widget));
      capture->stable_frames = 0;
      return G_SOURCE_CONTINUE;
    }

  if (!gtk_widget_get_mapped (widget) || !capture->ready_func (widget, &pending))
    {
      capture->stable_frames = 0;
      g_free (capture->pending);
      capture->pending = g_steal_pointer (&pending);
      gtk_widget_queue_draw (widget);
      return G_SOURCE_CONTINUE;
    }

  if (++capture->stable_frames < STABLE_FRAMES)
    {
      gtk_widget_queue_draw (widget);
      return G_SOURCE_CONTINUE;
    }

  /* A tile that arrived since the last frame can leave a relayout pending,
   * and GtkWidgetPaintable draws nothing until it is done: try again on the
   * next frame (the timeout still applies). Write errors are final. */
  if (!lc_screenshot_write_png (widget, capture->path, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_FAILED))
    {
      capture->stable_frames = 0;
      gtk_widget_queue_draw (widget);
      return G_SOURCE_CONTINUE;
    }

  capture->tick_id = 0;
  g_clear_handle_id (&capture->timeout_id, g_source_remove);

  if (error == NULL)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
  g_object_unref (task);

  return G_SOURCE_REMOVE;
}

/**
 * lc_screenshot_write_png:
 * @widget: a realized widget
 * @path: the file to write
 * @error: the return location for a #GError
 *
 * Renders @widget as it is now, at its allocated size, into a PNG file.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
lc_screenshot_write_png (GtkWidget   *widget,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) png = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);

  if (node == NULL || renderer == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not render the window for “%s”"), path);
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  png = gdk_texture_save_to_png_bytes (texture);

  if (!g_file_set_contents (path,
                            g_bytes_get_data (png, NULL),
                            g_bytes_get_size (png),
                            error))
    {
      g_prefix_error (error, _("Could not write the screenshot: "));
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_screenshot_capture_async:
 * @widget: the widget to capture, usually a window
 * @path: the PNG file to write
 * @width: the width of the picture
 * @height: the height of the picture
 * @timeout_ms: how long to wait for @ready_func to report that all is drawn
 * @ready_func: tells whether everything visible is drawn
 * @callback: called when the file is written or the capture failed
 * @user_data: data for @callback
 *
 * Waits until @ready_func has reported @widget ready for a few frames in a
 * row, then writes it to @path as a PNG. A window is first resized so that
 * the picture is @width × @height pixels.
 */
void
lc_screenshot_capture_async (GtkWidget             *widget,
                             const char            *path,
                             int                    width,
                             int                    height,
                             guint                  timeout_ms,
                             LcScreenshotReadyFunc  ready_func,
                             GAsyncReadyCallback    callback,
                             gpointer               user_data)
{
  GTask *task;
  CaptureData *capture;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (path != NULL);
  g_return_if_fail (ready_func != NULL);

  capture = g_new0 (CaptureData, 1);
  capture->path = g_strdup (path);
  capture->ready_func = ready_func;
  capture->timeout_ms = timeout_ms;
  capture->width = width;
  capture->height = height;

  task = g_task_new (widget, NULL, callback, user_data);
  g_task_set_source_tag (task, lc_screenshot_capture_async);
  g_task_set_task_data (task, capture, capture_data_free);

  /* The task holds one reference for whichever of tick or timeout ends it. */
  capture->tick_id = gtk_widget_add_tick_callback (widget, on_tick_cb, task, NULL);
  capture->timeout_id = g_timeout_add (timeout_ms, on_timeout_cb, task);
}

gboolean
lc_screenshot_capture_finish (GtkWidget     *widget,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, widget), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
