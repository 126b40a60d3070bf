/* lc-import.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lc-countries.h"
#include "lc-store.h"

G_BEGIN_DECLS

/* Limits on what an import reads: beyond them a file is refused. */
#define LC_IMPORT_MAX_BYTES (50 * 1024 * 1024)
#define LC_IMPORT_MAX_ROWS 100000
#define LC_IMPORT_MAX_FIELD_BYTES 10000

/* The columns of `--list --format=csv` (LC_EXPORT_CSV_COLUMNS) are
 * required; these may follow, in any order. */
#define LC_IMPORT_CSV_OPTIONAL_COLUMNS \
  "source_url,initiative,initiative_source,quote,quote_speaker,quote_date,quote_source," \
  "year_reason,notes"

#define LC_IMPORT_ERROR (lc_import_error_quark ())

typedef enum
{
  LC_IMPORT_ERROR_INVALID,  /* the file: nothing was applied */
  LC_IMPORT_ERROR_FAILED,   /* writing the user database */
} LcImportError;

typedef struct _LcImportRecord LcImportRecord;

typedef struct
{
  guint      n_added;
  guint      n_changed;
  guint      n_unchanged;
  GPtrArray *lines;  /* of char*: "added: id (Name, CC)", "changed: id: fields" */
} LcImportReport;

GQuark          lc_import_error_quark    (void);

GPtrArray      *lc_import_parse          (const char      *path,
                                          const char      *data,
                                          gsize            length,
                                          LcCountries     *countries,
                                          GError         **error);
LcImportReport *lc_import_apply          (LcStore         *store,
                                          const char      *user_path,
                                          GPtrArray       *records,
                                          GError         **error);
LcImportReport *lc_import_file           (LcStore         *store,
                                          const char      *user_path,
                                          GFile           *file,
                                          const char      *display_name,
                                          GError         **error);
char           *lc_import_report_summary (LcImportReport  *report);
void            lc_import_report_free    (LcImportReport  *report);
void            lc_import_record_free    (LcImportRecord  *record);

char           *lc_import_write_csv      (GListModel      *cities);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcImportReport, lc_import_report_free)

G_END_DECLS
