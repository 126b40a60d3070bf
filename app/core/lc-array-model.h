/* lc-array-model.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LC_TYPE_ARRAY_MODEL (lc_array_model_get_type ())

G_DECLARE_FINAL_TYPE (LcArrayModel, lc_array_model, LC, ARRAY_MODEL, GObject)

LcArrayModel *lc_array_model_new (GListModel *source);

G_END_DECLS
