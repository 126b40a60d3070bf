/* lc-city-private.h: what the dataset parser and the store fill in
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lc-city.h"

G_BEGIN_DECLS

/* Coordinates are optional, so they are not passed to g_object_new(): a
 * double property cannot hold NAN without a warning. */
void _lc_city_set_location (LcCity    *self,
                            double     latitude,
                            double     longitude);
void _lc_city_set_details (LcCity    *self,
                           GPtrArray *awards,
                           GPtrArray *initiatives,
                           GPtrArray *quotes,
                           GPtrArray *disputes);

G_END_DECLS
