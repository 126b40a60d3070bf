/* lc-user-data-dialogs.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lc-store.h"

G_BEGIN_DECLS

void lc_user_data_import            (GtkWindow *parent,
                                     LcStore   *store);
void lc_user_data_import_file       (GtkWindow *parent,
                                     LcStore   *store,
                                     GFile     *file);
void lc_user_data_remove            (GtkWindow *parent,
                                     LcStore   *store);
void lc_user_data_show_problem      (GtkWindow *parent,
                                     LcStore   *store);

G_END_DECLS
