/* fuzz-import-json.c: libFuzzer harness for the JSON import parser
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "lc-import.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  records = lc_import_parse ("fuzz.json", (const char *) data, size, fuzz_get_countries (), &error);
  g_assert ((records == NULL) != (error == NULL));
  return 0;
}
