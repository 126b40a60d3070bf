/* lc-screenshot.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Returns TRUE when everything visible in @widget is drawn. When it returns
 * FALSE it may set @pending to a short description of what is still loading. */
typedef gboolean (*LcScreenshotReadyFunc) (GtkWidget  *widget,
                                           char      **pending);

void     lc_screenshot_capture_async  (GtkWidget             *widget,
                                       const char            *path,
                                       int                    width,
                                       int                    height,
                                       guint                  timeout_ms,
                                       LcScreenshotReadyFunc  ready_func,
                                       GAsyncReadyCallback    callback,
                                       gpointer               user_data);
gboolean lc_screenshot_capture_finish (GtkWidget             *widget,
                                       GAsyncResult          *result,
                                       GError               **error);
gboolean lc_screenshot_write_png      (GtkWidget             *widget,
                                       const char            *path,
                                       GError               **error);

G_END_DECLS
