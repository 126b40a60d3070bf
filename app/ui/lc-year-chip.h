/* lc-year-chip.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LC_TYPE_YEAR_CHIP (lc_year_chip_get_type ())

G_DECLARE_FINAL_TYPE (LcYearChip, lc_year_chip, LC, YEAR_CHIP, GtkWidget)

GtkWidget  *lc_year_chip_new      (void);
void        lc_year_chip_set_text (LcYearChip *self,
                                   const char *text);
const char *lc_year_chip_get_text (LcYearChip *self);

G_END_DECLS
