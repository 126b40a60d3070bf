/* lc-dataset-private.h: the field rules lc-dataset.c and lc-import.c share
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The same rules for data/cities/ and for an import, so that a city is
 * valid in an import exactly when it would be in the dataset. */
extern const char * const _lc_dataset_statuses[];
extern const char * const _lc_dataset_location_methods[];

gboolean _lc_dataset_is_blank     (const char *text);
gboolean _lc_dataset_is_slug      (const char *text);
gboolean _lc_dataset_is_date      (const char *text);
gboolean _lc_dataset_parse_digits (const char *text,
                                   guint       n,
                                   int        *out);
gboolean _lc_dataset_is_url       (const char *url,
                                   gboolean   *has_space);

G_END_DECLS
