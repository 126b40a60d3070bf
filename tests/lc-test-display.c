/* lc-test-display.c: helpers the display tests share
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "lc-screenshot.h"
#include "lc-test-display.h"
#include "lc-window.h"

/* After g_test_init(): GTK and libadwaita, or FALSE with the whole run
 * marked skipped when there is no display to open. */
gboolean
lc_test_init_display (void)
{
  if (!gtk_init_check ())
    {
      g_test_skip ("no display: run under xvfb-run");
      return FALSE;
    }
  adw_init ();
  return TRUE;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done holds, or for 20 s: the caller asserts
 * what it waited for. Woken every 50 ms, so that waiting for something no
 * event brings (a request that never comes) still ends at the deadline. */
void
lc_test_iterate_until (gboolean (*done) (gpointer),
                       gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (50, wake_cb, NULL);

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
two_ticks (gpointer data)
{
  return *(guint *) data >= 2;
}

/* A tick comes before a frame's layout and paint: after the second tick
 * the first frame since now has been painted. */
void
lc_test_wait_for_paint (GtkWidget *widget)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_tick_cb, &ticks, NULL);

  gtk_widget_queue_draw (widget);
  lc_test_iterate_until (two_ticks, &ticks);
  gtk_widget_remove_tick_callback (widget, id);
}

/* Runs the main loop for @usec so that queued frames are laid out and drawn. */
void
lc_test_iterate_for (gint64 usec)
{
  gint64 until = g_get_monotonic_time () + usec;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

void
lc_test_iterate_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* For lc_test_iterate_until(): @window is an LcWindow. */
gboolean
lc_test_window_is_drawn (gpointer window)
{
  return lc_window_is_drawn (LC_WINDOW (window), NULL);
}

/* A window made without the application, presented at @width × @height and
 * iterated until its map is fully drawn. */
LcWindow *
lc_test_open_window (gboolean remember_state,
                     int      width,
                     int      height)
{
  LcWindow *window = lc_window_new (NULL, remember_state);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  lc_test_iterate_until (lc_test_window_is_drawn, window);
  g_assert_true (lc_window_is_drawn (window, NULL));

  return window;
}

/* The pixel at @x, @y as ARGB in a native guint32 (GDK_MEMORY_DEFAULT). */
guint32
lc_test_texture_pixel (GdkTexture *texture,
                       int         x,
                       int         y)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = NULL;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, width);
  g_assert_cmpint (y, <, height);

  pixels = g_new (guint32, (gsize) width * height);
  gdk_texture_download (texture, (guchar *) pixels, (gsize) width * 4);
  return pixels[(gsize) y * width + x];
}

/* The colour of an opaque pixel of @texture: every pixel the tests look
 * at is, so there is nothing to unpremultiply. */
void
lc_test_texture_rgb (GdkTexture *texture,
                     int         x,
                     int         y,
                     guint8      rgb[3])
{
  guint32 argb = lc_test_texture_pixel (texture, x, y);

  g_assert_cmpuint (argb >> 24, ==, 0xff);
  rgb[0] = (argb >> 16) & 0xff;
  rgb[1] = (argb >> 8) & 0xff;
  rgb[2] = argb & 0xff;
}

/* Writes @window to @path as the app's --screenshot does and reads it back.
 * GtkWidgetPaintable draws nothing while a relayout is pending, so this
 * lets the frame clock run until a write succeeds or @deadline (monotonic
 * time) passes. */
GdkTexture *
lc_test_write_screenshot (GtkWidget  *window,
                          const char *path,
                          gint64      deadline)
{
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;

  while (!lc_screenshot_write_png (window, path, &error) && g_get_monotonic_time () < deadline)
    {
      g_clear_error (&error);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_no_error (error);

  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_unlink (path);

  return texture;
}

/* Waits until @widget is mapped, then lets a few frames pass (styles, the
 * first allocation, cached render nodes) so that a benchmark measures the
 * steady state. */
void
lc_test_settle (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline && !gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);

  for (int i = 0; i < 5; i++)
    {
      gint64 frame_end = g_get_monotonic_time () + 30 * 1000;

      gtk_widget_queue_draw (widget);
      while (g_get_monotonic_time () < frame_end)
        g_main_context_iteration (NULL, FALSE);
    }
}
