/* test-highlight.c: search matches in bold
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-highlight.h"

static void
check (const char *text,
       const char *query,
       const char *expected)
{
  g_autofree char *markup = lc_highlight_markup (text, query);

  g_assert_cmpstr (markup, ==, expected);
}

static void
test_highlight_prefix (void)
{
  check ("Lisbon", "lis", "<b>Lis</b>bon");
  check ("Lisbon", "LISBON", "<b>Lisbon</b>");
  /* Only word starts match, as in the full-text search. */
  check ("Lisbon", "bon", "Lisbon");
  check ("Cork", NULL, "Cork");
  check ("Cork", "  ", "Cork");
}

static void
test_highlight_diacritics (void)
{
  check ("São Paulo", "sao", "<b>São</b> Paulo");
  check ("São Paulo", "sao pa", "<b>São</b> <b>Pa</b>ulo");
  check ("Reșița", "resi", "<b>Reși</b>ța");
  check ("Đà Nẵng", "da nang", "<b>Đà</b> <b>Nẵng</b>");
  /* A letter that folds into two: "ß" is "ss". */
  check ("Gießen", "giess", "<b>Gieß</b>en");
}

static void
test_highlight_escapes (void)
{
  check ("Bang & <Olufsen>", "bang", "<b>Bang</b> &amp; &lt;Olufsen&gt;");
  check ("'s-Hertogenbosch", "hert", "&apos;s-<b>Hert</b>ogenbosch");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/highlight/prefix", test_highlight_prefix);
  g_test_add_func ("/highlight/diacritics", test_highlight_diacritics);
  g_test_add_func ("/highlight/escapes", test_highlight_escapes);

  return g_test_run ();
}
