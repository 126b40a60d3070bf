/* lc-size.c: parsing of WIDTHxHEIGHT sizes given on the command line
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-size.h"

static gboolean
parse_dimension (const char  *start,
                 const char  *end,
                 int         *value)
{
  guint64 parsed = 0;

  if (start == end || end - start > 5)
    return FALSE;

  for (const char *p = start; p < end; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      parsed = parsed * 10 + (guint64) (*p - '0');
    }

  *value = (int) parsed;
  return TRUE;
}

/**
 * lc_size_parse:
 * @text: a size such as "1280x800"
 * @width: (out): the width
 * @height: (out): the height
 * @error: the return location for a #GError
 *
 * Parses a window size as given to `--size`. Both dimensions must lie
 * between %LC_SIZE_MIN and %LC_SIZE_MAX pixels.
 *
 * Returns: %TRUE if @text was a valid size
 */
gboolean
lc_size_parse (const char  *text,
               int         *width,
               int         *height,
               GError     **error)
{
  const char *x;
  int w = 0;
  int h = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  x = strpbrk (text, "xX");
  if (x == NULL
      || !parse_dimension (text, x, &w)
      || !parse_dimension (x + 1, x + strlen (x), &h))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a size: expected WIDTHxHEIGHT, for example 1280x800"),
                   text);
      return FALSE;
    }

  if (w < LC_SIZE_MIN || h < LC_SIZE_MIN || w > LC_SIZE_MAX || h > LC_SIZE_MAX)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Size %d×%d is out of range: each side must be %d to %d pixels"),
                   w, h, LC_SIZE_MIN, LC_SIZE_MAX);
      return FALSE;
    }

  *width = w;
  *height = h;
  return TRUE;
}
