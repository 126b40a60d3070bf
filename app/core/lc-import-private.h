/* lc-import-private.h: hooks for the tests of lc-import.c
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LC_IMPORT_INTERRUPT_NONE,
  LC_IMPORT_INTERRUPT_ERROR,  /* a write error inside the transaction */
  LC_IMPORT_INTERRUPT_ABORT,  /* the process dies inside the transaction */
} LcImportInterrupt;

/* After @n_cities cities are written, inside the transaction, fail the way
 * @how says: the tests check that the user database is then unchanged. */
void _lc_import_set_interrupt (LcImportInterrupt how,
                               guint             n_cities);

G_END_DECLS
