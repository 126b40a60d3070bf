/* lc-csv.c: the city CSV that --list --format=csv and the import share
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-csv"

#include "config.h"

#include <string.h>

#include "lc-csv.h"
#include "lc-region.h"

static char *
format_year (int year)
{
  return year != 0 ? g_strdup_printf ("%d", year) : g_strdup ("");
}

/* Whether a spreadsheet would take @text for a formula: it starts with
 * one of = + - @ (or a tab or carriage return before one) and is not
 * simply a number, such as a southern latitude. */
static gboolean
is_formula (const char *text)
{
  char *end = NULL;

  if (text[0] == '\0' || strchr ("=+-@\t\r", text[0]) == NULL)
    return FALSE;

  g_ascii_strtod (text, &end);
  return end == text || *end != '\0';
}

/* Whether @text gets a "'" before it in a CSV cell: a formula, or "'"s
 * before one (so that a value that starts with the mark comes back whole
 * too). */
static gboolean
needs_mark (const char *text)
{
  while (text[0] == '\'')
    text++;
  return is_formula (text);
}

/**
 * lc_csv_field_value:
 * @field: a field as read from a CSV file
 *
 * Undoes the mark lc_csv_append_field() puts before a formula.
 *
 * Returns: (transfer none): @field, or @field past its leading "'"
 */
const char *
lc_csv_field_value (const char *field)
{
  if (field[0] == '\'' && needs_mark (field + 1))
    return field + 1;
  return field;
}

/**
 * lc_csv_append_field:
 * @out: the CSV text so far
 * @text: (nullable): the field; %NULL is an empty field
 * @last: whether the field ends the record
 *
 * RFC 4180: quotes a field holding a comma, quote or line break, and
 * doubles the quotes inside. A field a spreadsheet would run as a formula
 * (=HYPERLINK(…), +cmd|…) gets a "'" before it, as spreadsheets write
 * text that looks like one; lc_csv_field_value() takes it off again.
 */
void
lc_csv_append_field (GString    *out,
                     const char *text,
                     gboolean    last)
{
  const char *mark;

  if (text == NULL)
    text = "";
  mark = needs_mark (text) ? "'" : "";

  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      g_string_append (out, mark);
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    {
      g_string_append (out, mark);
      g_string_append (out, text);
    }

  g_string_append (out, last ? "\r\n" : ",");
}

/**
 * lc_csv_format_coordinate:
 * @city: a #LcCity
 * @value: its latitude or longitude
 *
 * Returns: (transfer full): @value with four decimals, or "" when @city
 *   has no location
 */
char *
lc_csv_format_coordinate (LcCity *city,
                          double  value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!lc_city_has_location (city))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4f", value));
}

/**
 * lc_csv_append_city:
 * @out: the CSV text so far
 * @city: a #LcCity
 * @last: whether these fields end the record
 *
 * Appends the fields of %LC_EXPORT_CSV_COLUMNS, in that order: alternative
 * names joined with "; ", sources with " ".
 */
void
lc_csv_append_city (GString *out,
                    LcCity  *city,
                    gboolean last)
{
  g_autofree char *alt_names = g_strjoinv ("; ", (char **) lc_city_get_alt_names (city));
  g_autofree char *sources = g_strjoinv (" ", (char **) lc_city_get_sources (city));
  g_autofree char *year = format_year (lc_city_get_year (city));
  g_autofree char *year_from = format_year (lc_city_get_year_from (city));
  g_autofree char *year_to = format_year (lc_city_get_year_to (city));
  g_autofree char *lat = lc_csv_format_coordinate (city, lc_city_get_latitude (city));
  g_autofree char *lon = lc_csv_format_coordinate (city, lc_city_get_longitude (city));

  lc_csv_append_field (out, lc_city_get_id (city), FALSE);
  lc_csv_append_field (out, lc_city_get_name (city), FALSE);
  lc_csv_append_field (out, alt_names, FALSE);
  lc_csv_append_field (out, lc_city_get_country_name (city), FALSE);
  lc_csv_append_field (out, lc_city_get_country_code (city), FALSE);
  lc_csv_append_field (out, lc_region_to_string (lc_city_get_region (city)), FALSE);
  lc_csv_append_field (out, year, FALSE);
  lc_csv_append_field (out, year_from, FALSE);
  lc_csv_append_field (out, year_to, FALSE);
  lc_csv_append_field (out, lc_city_get_year_inferred (city) ? "true" : "false", FALSE);
  lc_csv_append_field (out, lc_city_get_status (city), FALSE);
  lc_csv_append_field (out, lat, FALSE);
  lc_csv_append_field (out, lon, FALSE);
  lc_csv_append_field (out, lc_city_get_location_method (city), FALSE);
  lc_csv_append_field (out, sources, last);
}
