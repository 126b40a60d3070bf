/* lc-countries.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  char *alpha2;
  char *alpha3;
  char *numeric;
  char *name;          /* the name a reader knows: iso-codes' common name if any */
  char *iso_name;      /* iso-codes' "name" ("Korea, Republic of") */
  char *official_name; /* nullable */
  char *flag;          /* emoji, nullable */
} LcCountry;

#define LC_TYPE_COUNTRIES (lc_countries_get_type ())
G_DECLARE_FINAL_TYPE (LcCountries, lc_countries, LC, COUNTRIES, GObject)

#define LC_ISO_3166_DEFAULT_PATH "/usr/share/iso-codes/json/iso_3166-1.json"

LcCountries     *lc_countries_new_from_file (const char  *path,
                                             GError     **error);
LcCountries     *lc_countries_get_default   (GError     **error);
const LcCountry *lc_countries_lookup        (LcCountries *self,
                                             const char  *code_or_name);
const LcCountry *lc_countries_get_by_alpha2 (LcCountries *self,
                                             const char  *alpha2);
guint            lc_countries_get_n_items   (LcCountries *self);

G_END_DECLS
