/* lc-test-display.h: helpers the display tests share
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-window.h"

#include "lc-test-util.h"

G_BEGIN_DECLS

gboolean    lc_test_init_display     (void);

void        lc_test_iterate_until    (gboolean   (*done) (gpointer),
                                      gpointer     data);
void        lc_test_iterate_for      (gint64       usec);
void        lc_test_iterate_pending  (void);
void        lc_test_wait_for_paint   (GtkWidget   *widget);
void        lc_test_settle           (GtkWidget   *widget);
gboolean    lc_test_window_is_drawn  (gpointer     window);
LcWindow   *lc_test_open_window      (gboolean     remember_state,
                                      int          width,
                                      int          height);

guint32     lc_test_texture_pixel    (GdkTexture  *texture,
                                      int          x,
                                      int          y);
void        lc_test_texture_rgb      (GdkTexture  *texture,
                                      int          x,
                                      int          y,
                                      guint8       rgb[3]);
GdkTexture *lc_test_write_screenshot (GtkWidget   *window,
                                      const char  *path,
                                      gint64       deadline);

G_END_DECLS
