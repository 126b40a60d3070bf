/* lc-online-source.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define LC_ONLINE_SOURCE_ID "learning-cities-openstreetmap"

#define LC_TYPE_ONLINE_SOURCE (lc_online_source_get_type ())

G_DECLARE_FINAL_TYPE (LcOnlineSource, lc_online_source, LC, ONLINE_SOURCE, ShumateMapSource)

LcOnlineSource    *lc_online_source_new                (ShumateDataSource *data_source,
                                                        ShumateMapSource  *fallback);

ShumateDataSource *lc_online_source_get_data_source    (LcOnlineSource    *self);
ShumateMapSource  *lc_online_source_get_fallback       (LcOnlineSource    *self);
guint              lc_online_source_get_pending_tiles  (LcOnlineSource    *self);
guint              lc_online_source_get_fallback_tiles (LcOnlineSource    *self);

G_END_DECLS
