/* fuzz-common.h: what the fuzz harnesses share
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>

#include "lc-countries.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* Loaded once per process: iso-codes is read-only input, not fuzzed. */
static inline LcCountries *
fuzz_get_countries (void)
{
  static LcCountries *countries;

  if (countries == NULL)
    {
      countries = lc_countries_get_default (NULL);
      g_assert (countries != NULL);
    }
  return countries;
}
