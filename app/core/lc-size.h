/* lc-size.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LC_SIZE_MIN 200
#define LC_SIZE_MAX 8192

gboolean lc_size_parse (const char  *text,
                        int         *width,
                        int         *height,
                        GError     **error);

G_END_DECLS
