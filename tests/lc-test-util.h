/* lc-test-util.h: helpers the tests share, without GTK
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a run of the app binary ($LC_APP_BINARY) printed and returned. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} LcTestRun;

void     lc_test_run_clear          (LcTestRun          *run);
void     lc_test_run_appv           (LcTestRun          *run,
                                     const char         *working_dir,
                                     char * const       *envp,
                                     const char         *first_arg,
                                     va_list             args);
void     lc_test_run_app            (LcTestRun          *run,
                                     const char         *first_arg,
                                     ...) G_GNUC_NULL_TERMINATED;
void     lc_test_run_app_headless   (LcTestRun          *run,
                                     const char         *database,
                                     const char         *first_arg,
                                     ...) G_GNUC_NULL_TERMINATED;
char   **lc_test_environ_headless   (void);

void     lc_test_remove_tree        (const char         *path);

gboolean lc_test_colour_near        (guint32             a,
                                     guint32             b,
                                     int                 tolerance);

G_END_DECLS
