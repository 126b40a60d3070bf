/* lc-highlight.c: search matches in bold, for the rows of the city list
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-highlight"

#include "config.h"

#include <string.h>

#include "lc-highlight.h"
#include "lc-text.h"

typedef struct
{
  const char *start;       /* in the original text */
  gsize       folded_from; /* byte range of its folded form */
  gsize       folded_to;
  gboolean    word_start;
  gboolean    bold;
} Char;

static void
append_escaped (GString    *markup,
                const char *start,
                const char *end)
{
  g_autofree char *escaped = g_markup_escape_text (start, end - start);

  g_string_append (markup, escaped);
}

/**
 * lc_highlight_markup:
 * @text: UTF-8 text shown to the user, such as a city's name
 * @query: (nullable): what the user searched for
 *
 * Marks the word prefixes of @text that the words of @query match, the
 * way the full-text search matches them: case and diacritics do not
 * count, so "sao" makes the "São" of "São Paulo" bold.
 *
 * Returns: (transfer full): Pango markup of @text
 */
char *
lc_highlight_markup (const char *text,
                     const char *query)
{
  g_auto(GStrv) tokens = NULL;
  g_autoptr(GArray) chars = NULL;
  g_autoptr(GString) folded = NULL;
  g_autoptr(GString) markup = NULL;
  gboolean previous_alnum = FALSE;
  gboolean in_bold = FALSE;
  const char *run = text;

  g_return_val_if_fail (text != NULL, NULL);

  if (query != NULL)
    tokens = lc_text_tokenize (query);
  if (tokens == NULL || tokens[0] == NULL || !g_utf8_validate (text, -1, NULL))
    return g_markup_escape_text (text, -1);

  /* Fold one character at a time, so that a match in the folded text maps
   * back to the characters the user sees. */
  chars = g_array_new (FALSE, TRUE, sizeof (Char));
  folded = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char buffer[8] = { 0 };
      g_autofree char *piece = NULL;
      Char ch = { p, folded->len, 0, FALSE, FALSE };
      gboolean alnum = g_unichar_isalnum (c) || g_unichar_ismark (c);

      g_unichar_to_utf8 (c, buffer);
      piece = lc_text_fold (buffer);
      g_string_append (folded, piece);
      ch.folded_to = folded->len;
      ch.word_start = alnum && !previous_alnum;
      previous_alnum = alnum;
      g_array_append_val (chars, ch);
    }

  for (guint i = 0; i < chars->len; i++)
    {
      Char *ch = &g_array_index (chars, Char, i);

      if (!ch->word_start)
        continue;

      for (guint t = 0; tokens[t] != NULL; t++)
        {
          gsize len = strlen (tokens[t]);
          gsize end = ch->folded_from + len;

          if (strncmp (folded->str + ch->folded_from, tokens[t], len) != 0)
            continue;

          for (guint j = i; j < chars->len; j++)
            {
              Char *other = &g_array_index (chars, Char, j);

              if (other->folded_from >= end && other->folded_to > other->folded_from)
                break;
              other->bold = TRUE;
            }
        }
    }

  markup = g_string_new (NULL);
  for (guint i = 0; i <= chars->len; i++)
    {
      gboolean bold = i < chars->len && g_array_index (chars, Char, i).bold;
      const char *here = i < chars->len ? g_array_index (chars, Char, i).start : text + strlen (text);

      if (bold == in_bold && i < chars->len)
        continue;

      append_escaped (markup, run, here);
      if (in_bold)
        g_string_append (markup, "</b>");
      if (bold)
        g_string_append (markup, "<b>");
      in_bold = bold;
      run = here;
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}
