/* lc-story.c: awards, initiatives, quotes and disputes of a city
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-story"

#include "config.h"

#include "lc-story.h"

G_DEFINE_BOXED_TYPE (LcAward, lc_award, lc_award_copy, lc_award_free)
G_DEFINE_BOXED_TYPE (LcInitiative, lc_initiative, lc_initiative_copy, lc_initiative_free)
G_DEFINE_BOXED_TYPE (LcQuote, lc_quote, lc_quote_copy, lc_quote_free)
G_DEFINE_BOXED_TYPE (LcDispute, lc_dispute, lc_dispute_copy, lc_dispute_free)

LcAward *
lc_award_copy (const LcAward *award)
{
  LcAward *copy = g_new0 (LcAward, 1);

  copy->year = award->year;
  copy->source = g_strdup (award->source);
  return copy;
}

void
lc_award_free (LcAward *award)
{
  if (award == NULL)
    return;
  g_free (award->source);
  g_free (award);
}

LcInitiative *
lc_initiative_copy (const LcInitiative *initiative)
{
  LcInitiative *copy = g_new0 (LcInitiative, 1);

  copy->text = g_strdup (initiative->text);
  copy->sources = g_strdupv (initiative->sources);
  return copy;
}

void
lc_initiative_free (LcInitiative *initiative)
{
  if (initiative == NULL)
    return;
  g_free (initiative->text);
  g_strfreev (initiative->sources);
  g_free (initiative);
}

LcQuote *
lc_quote_copy (const LcQuote *quote)
{
  LcQuote *copy = g_new0 (LcQuote, 1);

  copy->text = g_strdup (quote->text);
  copy->lang = g_strdup (quote->lang);
  copy->gloss = g_strdup (quote->gloss);
  copy->speaker = g_strdup (quote->speaker);
  copy->role = g_strdup (quote->role);
  copy->date = g_strdup (quote->date);
  copy->date_note = g_strdup (quote->date_note);
  copy->note = g_strdup (quote->note);
  copy->reported = quote->reported;
  copy->source = g_strdup (quote->source);
  return copy;
}

void
lc_quote_free (LcQuote *quote)
{
  if (quote == NULL)
    return;
  g_free (quote->text);
  g_free (quote->lang);
  g_free (quote->gloss);
  g_free (quote->speaker);
  g_free (quote->role);
  g_free (quote->date);
  g_free (quote->date_note);
  g_free (quote->note);
  g_free (quote->source);
  g_free (quote);
}

LcDispute *
lc_dispute_copy (const LcDispute *dispute)
{
  LcDispute *copy = g_new0 (LcDispute, 1);

  copy->field = g_strdup (dispute->field);
  copy->chosen = g_strdup (dispute->chosen);
  copy->alternative = g_strdup (dispute->alternative);
  copy->reason = g_strdup (dispute->reason);
  copy->sources = g_strdupv (dispute->sources);
  return copy;
}

void
lc_dispute_free (LcDispute *dispute)
{
  if (dispute == NULL)
    return;
  g_free (dispute->field);
  g_free (dispute->chosen);
  g_free (dispute->alternative);
  g_free (dispute->reason);
  g_strfreev (dispute->sources);
  g_free (dispute);
}
