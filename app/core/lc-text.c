/* lc-text.c: folding text for search, and FTS5 query escaping
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-text"

#include "config.h"

#include <string.h>

#include "lc-text.h"

/* Letters that Unicode does not decompose into a base letter plus a mark,
 * so NFKD alone leaves them as they are (and g_str_to_ascii turns them into
 * '?'). Users type the plain Latin letter instead. */
static const char *
fold_special (gunichar c)
{
  switch (c)
    {
    case 0x0110: case 0x0111: /* Đ đ */
    case 0x00D0: case 0x00F0: /* Ð ð */
      return "d";
    case 0x00D8: case 0x00F8: /* Ø ø */
      return "o";
    case 0x0131: /* ı */
      return "i";
    case 0x0141: case 0x0142: /* Ł ł */
      return "l";
    case 0x00DF: case 0x1E9E: /* ß ẞ */
      return "ss";
    case 0x00C6: case 0x00E6: /* Æ æ */
      return "ae";
    case 0x0152: case 0x0153: /* Œ œ */
      return "oe";
    case 0x00DE: case 0x00FE: /* Þ þ */
      return "th";
    case 0x0126: case 0x0127: /* Ħ ħ */
      return "h";
    case 0x0166: case 0x0167: /* Ŧ ŧ */
      return "t";
    case 0x2018: case 0x2019: case 0x02BC: case 0x02BB: /* ‘ ’ ʼ ʻ */
      return "'";
    default:
      return NULL;
    }
}

/**
 * lc_text_fold:
 * @text: UTF-8 text
 *
 * Folds @text for diacritics- and case-insensitive matching: compatibility
 * decomposition, combining marks removed, case folded, and the few letters
 * without a decomposition (Đ, ø, ı, ł, ß, …) mapped to what users type.
 * "Reșița" and "Cao Lãnh" become "resita" and "cao lanh".
 *
 * Returns: (transfer full): the folded text
 */
char *
lc_text_fold (const char *text)
{
  g_autoptr(GString) mapped = NULL;
  g_autoptr(GString) stripped = NULL;
  g_autofree char *decomposed = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  mapped = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *special = fold_special (c);

      if (special != NULL)
        g_string_append (mapped, special);
      else
        g_string_append_unichar (mapped, c);
    }

  decomposed = g_utf8_normalize (mapped->str, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  stripped = g_string_new (NULL);
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK
          || g_unichar_combining_class (c) != 0)
        continue;
      g_string_append_unichar (stripped, c);
    }

  return g_utf8_casefold (stripped->str, -1);
}

/**
 * lc_text_tokenize:
 * @text: UTF-8 text
 *
 * Splits the folded form of @text into words: runs of letters and digits.
 * Everything else separates words, as it does for SQLite's unicode61
 * tokenizer.
 *
 * Returns: (transfer full): the words, possibly none
 */
char **
lc_text_tokenize (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) word = g_string_new (NULL);
  g_autofree char *folded = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  folded = lc_text_fold (text);
  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          g_strv_builder_add (builder, word->str);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  return g_strv_builder_end (builder);
}

/**
 * lc_text_fts_query:
 * @text: what the user typed
 *
 * Turns user text into an FTS5 query that can neither fail to parse nor
 * change meaning: every word becomes a quoted prefix term (`"word"*`), so
 * quotes, `*`, `-`, `:`, `^`, `NEAR`, `AND`, `OR` are just text. Words only
 * hold letters and digits, so nothing inside the quotes needs escaping.
 *
 * When there are several words the query also accepts them written as one
 * ("Ha Noi" finds "Hanoi").
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when @text holds
 *   no word at all
 */
char *
lc_text_fts_query (const char *text)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) query = NULL;
  g_autoptr(GString) joined = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  words = lc_text_tokenize (text);
  if (words[0] == NULL)
    return NULL;

  query = g_string_new (NULL);
  joined = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_string_append_printf (query, "%s\"%s\"*", i > 0 ? " " : "", words[i]);
      g_string_append (joined, words[i]);
    }

  if (words[1] != NULL)
    {
      g_string_prepend (query, "(");
      g_string_append_printf (query, ") OR \"%s\"*", joined->str);
    }

  return g_string_free (g_steal_pointer (&query), FALSE);
}
