/* lc-export.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lc-store.h"

G_BEGIN_DECLS

typedef enum
{
  LC_EXPORT_CSV,
  LC_EXPORT_JSON,
  LC_EXPORT_GEOJSON,
} LcExportFormat;

/* The CSV header; JSON and GeoJSON use the same names. */
#define LC_EXPORT_CSV_COLUMNS \
  "id,name,alt_names,country,country_code,region,year,year_from,year_to," \
  "year_inferred,status,latitude,longitude,location_method,sources"

gboolean  lc_export_format_from_string (const char     *text,
                                        LcExportFormat *format);
char     *lc_export_cities             (GListModel     *cities,
                                        LcExportFormat  format);
char     *lc_export_stats              (LcStore        *store);

G_END_DECLS
