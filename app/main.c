/* main.c
 *
 * Copyright 2026 The Learning Cities developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LcApplication) app = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = lc_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  /* The screenshot mode reports its own failures after the main loop ends. */
  if (status == 0)
    status = lc_application_get_exit_status (app);

  return status;
}
