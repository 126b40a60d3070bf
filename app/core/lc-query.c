/* lc-query.c: which cities a filter keeps
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-query"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "lc-query.h"

static gboolean
parse_year (const char *start,
            gsize       len,
            int        *year)
{
  *year = 0;
  if (len != 4)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (start[i]))
        return FALSE;
      *year = *year * 10 + (start[i] - '0');
    }
  return *year > 0;
}

/**
 * lc_query_matches:
 * @query: a #LcQuery
 * @city: a #LcCity
 * @search_ids: (nullable): the ids lc_store_search_ids() returned for
 *   @query's text, or %NULL when there is no text to match
 *
 * The same test as lc_store_query(), for filters over the list of all
 * cities (#LcCityFilter agrees with it, tests/test-city-filter-model.c).
 *
 * Returns: %TRUE if @city passes every part of @query
 */
gboolean
lc_query_matches (const LcQuery *query,
                  LcCity        *city,
                  GHashTable    *search_ids)
{
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (LC_IS_CITY (city), FALSE);

  if (query->regions != 0 && !(query->regions & LC_REGION_BIT (lc_city_get_region (city))))
    return FALSE;
  if (!lc_city_overlaps_years (city, query->year_from, query->year_to))
    return FALSE;
  if (query->country != NULL
      && g_ascii_strcasecmp (query->country, lc_city_get_country_code (city)) != 0)
    return FALSE;
  if (search_ids != NULL && !g_hash_table_contains (search_ids, lc_city_get_id (city)))
    return FALSE;

  return TRUE;
}

/**
 * lc_query_parse_years:
 * @text: "FROM-TO", "YEAR", "FROM-" or "-TO", with four-digit years
 * @from: (out): the first year, 0 when open
 * @to: (out): the last year, 0 when open
 * @error: the return location for a #GError
 *
 * Returns: %TRUE if @text is a year range
 */
gboolean
lc_query_parse_years (const char  *text,
                      int         *from,
                      int         *to,
                      GError     **error)
{
  const char *dash;

  g_return_val_if_fail (text != NULL, FALSE);

  *from = *to = 0;
  dash = strchr (text, '-');
  if (dash == NULL)
    {
      if (parse_year (text, strlen (text), from))
        {
          *to = *from;
          return TRUE;
        }
    }
  else if ((dash == text || parse_year (text, dash - text, from))
           && (dash[1] == '\0' || parse_year (dash + 1, strlen (dash + 1), to))
           && !(dash == text && dash[1] == '\0'))
    {
      if (*to == 0 || *from <= *to)
        return TRUE;
    }

  *from = *to = 0;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("“%s” is not a year range: expected FROM-TO, such as 2015-2020"), text);
  return FALSE;
}
