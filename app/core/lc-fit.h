/* lc-fit.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lc-projection.h"

G_BEGIN_DECLS

gboolean lc_fit_cities (GListModel *cities,
                        double      width,
                        double      height,
                        double      margin,
                        double      min_zoom,
                        double      max_zoom,
                        LcView     *view);

G_END_DECLS
