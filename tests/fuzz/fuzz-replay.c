/* fuzz-replay.c: runs a harness over every file of its seed corpus, in a
 * normal build (no libFuzzer), so `meson test` replays the corpus
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = g_dir_open (argv[a], 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[a], name, NULL);
          g_autofree char *data = NULL;
          gsize length;

          g_file_get_contents (path, &data, &length, &error);
          g_assert_no_error (error);
          LLVMFuzzerTestOneInput ((const guint8 *) data, length);
          n++;
        }
    }

  /* TAP: one test, the whole corpus. */
  g_print ("1..1\n");
  if (n == 0)
    {
      g_print ("not ok 1 - no corpus files\n");
      return 1;
    }
  g_print ("ok 1 - %u corpus files, no crash\n", n);
  return 0;
}
