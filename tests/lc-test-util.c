/* lc-test-util.c: helpers the tests share, without GTK
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

#include "lc-test-util.h"

void
lc_test_run_clear (LcTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs the app binary with @first_arg and the rest of @args (up to NULL)
 * in @working_dir (NULL: this one) and @envp (NULL: this environment). */
void
lc_test_run_appv (LcTestRun    *run,
                  const char   *working_dir,
                  char * const *envp,
                  const char   *first_arg,
                  va_list       args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("LC_APP_BINARY");
  int wait_status = 0;

  g_assert_nonnull (binary);
  lc_test_run_clear (run);

  g_ptr_array_add (argv, (char *) binary);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (working_dir, (char **) argv->pdata, (char **) envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* In this process's environment, display included. */
void
lc_test_run_app (LcTestRun  *run,
                 const char *first_arg,
                 ...)
{
  va_list args;

  va_start (args, first_arg);
  lc_test_run_appv (run, NULL, NULL, first_arg, args);
  va_end (args);
}

/* This environment without a display. */
char **
lc_test_environ_headless (void)
{
  char **envp = g_get_environ ();

  /* No display is needed: make sure none is used. */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  return envp;
}

/* Without a display, and with the member database at @database (NULL: the
 * one $LC_DATABASE names). */
void
lc_test_run_app_headless (LcTestRun  *run,
                          const char *database,
                          const char *first_arg,
                          ...)
{
  g_auto(GStrv) envp = lc_test_environ_headless ();
  va_list args;

  if (database != NULL)
    envp = g_environ_setenv (envp, "LC_DATABASE", database, TRUE);

  va_start (args, first_arg);
  lc_test_run_appv (run, NULL, envp, first_arg, args);
  va_end (args);
}

/* Removes @path and everything below it; symbolic links are not followed. */
void
lc_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        lc_test_remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

/* Whether each of the red, green and blue bytes of @a and @b are within
 * @tolerance; alpha is ignored. */
gboolean
lc_test_colour_near (guint32 a,
                     guint32 b,
                     int     tolerance)
{
  for (int shift = 0; shift < 24; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > tolerance)
      return FALSE;
  return TRUE;
}
