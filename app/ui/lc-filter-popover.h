/* lc-filter-popover.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lc-city-filter.h"
#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_FILTER_POPOVER (lc_filter_popover_get_type ())

G_DECLARE_FINAL_TYPE (LcFilterPopover, lc_filter_popover, LC, FILTER_POPOVER, GtkPopover)

void         lc_filter_popover_set_filter       (LcFilterPopover *self,
                                                 LcStore         *store,
                                                 LcCityFilter    *filter);
GtkWidget   *lc_filter_popover_get_region_check (LcFilterPopover *self,
                                                 LcRegion         region);
GtkDropDown *lc_filter_popover_get_country_drop_down (LcFilterPopover *self);

G_END_DECLS
