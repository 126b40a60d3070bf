/* lc-text.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *lc_text_fold      (const char *text);
char **lc_text_tokenize  (const char *text);
char  *lc_text_fts_query (const char *text);

G_END_DECLS
