/* lc-dataset-writer.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lc-dataset.h"

G_BEGIN_DECLS

gboolean lc_dataset_write_database (LcDataset   *dataset,
                                    const char  *path,
                                    GError     **error);

G_END_DECLS
