/* test-text.c: search folding and FTS5 query escaping
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-text.h"

static void
assert_folds (const char *text,
              const char *expected)
{
  g_autofree char *folded = lc_text_fold (text);

  g_assert_cmpstr (folded, ==, expected);
}

static void
test_text_fold_diacritics (void)
{
  assert_folds ("Cao Lãnh", "cao lanh");
  assert_folds ("Reșița", "resita");
  assert_folds ("Câmara de Lobos", "camara de lobos");
  assert_folds ("Hà Nội", "ha noi");
  assert_folds ("Türkiye", "turkiye");
  assert_folds ("ÉVORA", "evora");
}

static void
test_text_fold_special_letters (void)
{
  /* No decomposition in Unicode: g_str_to_ascii() would give '?'. */
  assert_folds ("Đà Nẵng", "da nang");
  assert_folds ("Bergen og Ørsta", "bergen og orsta");
  assert_folds ("Iğdır", "igdir");
  assert_folds ("Łódź", "lodz");
  assert_folds ("Straße", "strasse");
  assert_folds ("Ærø", "aero");
}

static void
test_text_fts_query (void)
{
  g_autofree char *one = lc_text_fts_query ("lanh");
  g_autofree char *two = lc_text_fts_query ("Ha Noi");
  g_autofree char *none = lc_text_fts_query ("  *** \"\" - ");

  g_assert_cmpstr (one, ==, "\"lanh\"*");
  g_assert_cmpstr (two, ==, "(\"ha\"* \"noi\"*) OR \"hanoi\"*");
  g_assert_null (none);
}

static void
test_text_fts_query_syntax_is_text (void)
{
  static const char *inputs[] = {
    "\"", "a\"b", "*", "NEAR(a b)", "-x", "name:cork", "^start", "a AND b", "OR", "(", "{name}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *query = lc_text_fts_query (inputs[i]);
      g_auto(GStrv) words = lc_text_tokenize (inputs[i]);

      if (query == NULL)
        {
          g_assert_null (words[0]);
          continue;
        }

      /* Only quoted words, each a prefix; nothing of the input's syntax. */
      g_assert_null (strchr (query, ':'));
      g_assert_null (strchr (query, '^'));
      g_assert_null (strchr (query, '-'));
      g_assert_null (strchr (query, '{'));
      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autofree char *term = g_strdup_printf ("\"%s\"*", words[w]);

          g_assert_nonnull (strstr (query, term));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold/diacritics", test_text_fold_diacritics);
  g_test_add_func ("/text/fold/special-letters", test_text_fold_special_letters);
  g_test_add_func ("/text/fts-query/prefix-terms", test_text_fts_query);
  g_test_add_func ("/text/fts-query/syntax-is-text", test_text_fts_query_syntax_is_text);

  return g_test_run ();
}
