/* lc-sea-source.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define LC_TYPE_SEA_SOURCE (lc_sea_source_get_type ())

G_DECLARE_FINAL_TYPE (LcSeaSource, lc_sea_source, LC, SEA_SOURCE, ShumateMapSource)

LcSeaSource *lc_sea_source_new (void);

G_END_DECLS
