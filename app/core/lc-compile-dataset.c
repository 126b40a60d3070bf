/* lc-compile-dataset.c: the build step that turns data/cities/ into SQLite
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-compile-dataset"

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "lc-countries.h"
#include "lc-dataset.h"
#include "lc-dataset-writer.h"

/* Usage: lc-compile-dataset COHORTS.json CITIES.json STORIES.json OUTPUT.db
 *
 * Prints every invalid record as file:line: reason and exits 1; otherwise
 * writes OUTPUT.db next to itself first and renames it into place, so a
 * failed or interrupted build never leaves a half-written database. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(LcCountries) countries = NULL;
  g_autoptr(LcDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *temp = NULL;

  if (argc != 5)
    {
      g_printerr ("usage: %s COHORTS.json CITIES.json STORIES.json OUTPUT.db\n", argv[0]);
      return 2;
    }

  countries = lc_countries_get_default (&error);
  if (countries == NULL)
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 1;
    }

  dataset = lc_dataset_new (countries);
  if (!lc_dataset_load (dataset, argv[1], argv[2], argv[3], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  temp = g_strdup_printf ("%s.tmp-%d", argv[4], (int) getpid ());
  if (!lc_dataset_write_database (dataset, temp, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 1;
    }

  if (g_rename (temp, argv[4]) != 0)
    {
      g_printerr ("%s: cannot rename %s to %s: %s\n", argv[0], temp, argv[4], g_strerror (errno));
      g_unlink (temp);
      return 1;
    }

  return 0;
}
