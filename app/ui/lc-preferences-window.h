/* lc-preferences-window.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LC_TYPE_PREFERENCES_WINDOW (lc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (LcPreferencesWindow, lc_preferences_window, LC, PREFERENCES_WINDOW, AdwPreferencesWindow)

LcPreferencesWindow *lc_preferences_window_new (GtkWindow *parent);

G_END_DECLS
