/* fuzz-dataset.c: libFuzzer harness for the dataset compiler's parser and
 * validator (lc_dataset_load(), as lc-compile-dataset runs it)
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "fuzz-common.h"
#include "lc-dataset.h"

/* The input is cohorts.json, cities.json and stories.json separated by
 * form feeds (\f); a missing part is an empty file. The compiler reads
 * files, so the parts are written to a private folder first. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static char *dir;
  static char *paths[3];
  static const char * const names[] = { "cohorts.json", "cities.json", "stories.json" };
  g_autoptr(LcDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  const char *start = (const char *) data;
  const char *end = start + size;
  gboolean ok;

  if (dir == NULL)
    {
      dir = g_dir_make_tmp ("lc-fuzz-dataset-XXXXXX", NULL);
      g_assert (dir != NULL);
      for (guint i = 0; i < 3; i++)
        paths[i] = g_build_filename (dir, names[i], NULL);
    }

  for (guint i = 0; i < 3; i++)
    {
      const char *part_end = start < end ? memchr (start, '\f', end - start) : NULL;
      gsize length;

      if (part_end == NULL || i == 2)
        part_end = end;
      length = start < end ? (gsize) (part_end - start) : 0;
      g_assert (g_file_set_contents (paths[i], length > 0 ? start : "", length, NULL));
      start = part_end < end ? part_end + 1 : end;
    }

  dataset = lc_dataset_new (fuzz_get_countries ());
  ok = lc_dataset_load (dataset, paths[0], paths[1], paths[2], &error);
  g_assert (ok == (error == NULL));
  return 0;
}
