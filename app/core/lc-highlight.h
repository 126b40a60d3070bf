/* lc-highlight.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *lc_highlight_markup (const char *text,
                           const char *query);

G_END_DECLS
