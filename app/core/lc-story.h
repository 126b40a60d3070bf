/* lc-story.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The parts of a city's story. Plain records: the store fills them when a
 * city's details are asked for, every text with its source. */

typedef struct
{
  int   year;
  char *source;
} LcAward;

typedef struct
{
  char  *text;
  char **sources;
} LcInitiative;

typedef struct
{
  char     *text;
  char     *lang;
  char     *gloss;      /* nullable; English gloss when lang is not "en" */
  char     *speaker;
  char     *role;
  char     *date;       /* YYYY, YYYY-MM or YYYY-MM-DD */
  char     *date_note;  /* nullable */
  char     *note;       /* nullable */
  gboolean  reported;
  char     *source;
} LcQuote;

typedef struct
{
  char  *field;
  char  *chosen;
  char  *alternative;
  char  *reason;
  char **sources;
} LcDispute;

#define LC_TYPE_AWARD (lc_award_get_type ())
#define LC_TYPE_INITIATIVE (lc_initiative_get_type ())
#define LC_TYPE_QUOTE (lc_quote_get_type ())
#define LC_TYPE_DISPUTE (lc_dispute_get_type ())

GType         lc_award_get_type      (void) G_GNUC_CONST;
GType         lc_initiative_get_type (void) G_GNUC_CONST;
GType         lc_quote_get_type      (void) G_GNUC_CONST;
GType         lc_dispute_get_type    (void) G_GNUC_CONST;

LcAward      *lc_award_copy          (const LcAward      *award);
void          lc_award_free          (LcAward            *award);
LcInitiative *lc_initiative_copy     (const LcInitiative *initiative);
void          lc_initiative_free     (LcInitiative       *initiative);
LcQuote      *lc_quote_copy          (const LcQuote      *quote);
void          lc_quote_free          (LcQuote            *quote);
LcDispute    *lc_dispute_copy        (const LcDispute    *dispute);
void          lc_dispute_free        (LcDispute          *dispute);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcAward, lc_award_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcInitiative, lc_initiative_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcQuote, lc_quote_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcDispute, lc_dispute_free)

G_END_DECLS
