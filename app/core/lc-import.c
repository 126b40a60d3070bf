/* lc-import.c: reading updated city lists (CSV or dataset JSON) into the
 * user database
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lc-city-private.h"
#include "lc-csv.h"
#include "lc-dataset.h"
#include "lc-dataset-private.h"
#include "lc-dataset-writer-private.h"
#include "lc-export.h"
#include "lc-import.h"
#include "lc-import-private.h"
#include "lc-user-db.h"

/* An import reads a file the user chose, which may be anything: every
 * check happens before the user database is opened, and the database is
 * written in one transaction, so a file is applied whole or not at all.
 * Messages name the file, the line, the column or field, and the reason. */

/* Enough to see what is wrong with a file without drowning in it. */
#define MAX_PROBLEMS 50

struct _LcImportRecord
{
  int           line;
  gboolean      from_csv;
  LcCity       *city;        /* the file's fields; details from JSON only */
  LcInitiative *initiative;  /* CSV: one more initiative, nullable */
  LcQuote      *quote;       /* CSV: one more quote, nullable */
};

typedef enum
{
  COLUMN_ID,
  COLUMN_NAME,
  COLUMN_ALT_NAMES,
  COLUMN_COUNTRY,
  COLUMN_COUNTRY_CODE,
  COLUMN_REGION,
  COLUMN_YEAR,
  COLUMN_YEAR_FROM,
  COLUMN_YEAR_TO,
  COLUMN_YEAR_INFERRED,
  COLUMN_STATUS,
  COLUMN_LATITUDE,
  COLUMN_LONGITUDE,
  COLUMN_LOCATION_METHOD,
  COLUMN_SOURCES,
  N_REQUIRED_COLUMNS,
  COLUMN_SOURCE_URL = N_REQUIRED_COLUMNS,
  COLUMN_INITIATIVE,
  COLUMN_INITIATIVE_SOURCE,
  COLUMN_QUOTE,
  COLUMN_QUOTE_SPEAKER,
  COLUMN_QUOTE_DATE,
  COLUMN_QUOTE_SOURCE,
  COLUMN_YEAR_REASON,
  COLUMN_NOTES,
  N_COLUMNS
} Column;

/* Their names, in this order, are LC_EXPORT_CSV_COLUMNS then
 * LC_IMPORT_CSV_OPTIONAL_COLUMNS (checked in the tests). */
static const char * const column_names[N_COLUMNS] = {
  "id", "name", "alt_names", "country", "country_code", "region", "year", "year_from",
  "year_to", "year_inferred", "status", "latitude", "longitude", "location_method", "sources",
  "source_url", "initiative", "initiative_source", "quote", "quote_speaker", "quote_date",
  "quote_source", "year_reason", "notes",
};

/* Free text that may hold line breaks; every other field is one line. */
static const gboolean column_multiline[N_COLUMNS] = {
  [COLUMN_INITIATIVE] = TRUE, [COLUMN_QUOTE] = TRUE, [COLUMN_YEAR_REASON] = TRUE,
  [COLUMN_NOTES] = TRUE,
};

static LcImportInterrupt interrupt_how;
static guint interrupt_after;

G_DEFINE_QUARK (lc-import-error-quark, lc_import_error)

typedef struct
{
  const char *path;
  GPtrArray  *problems;
  guint       n_more;
  int         last_year;
} Problems;

static void G_GNUC_PRINTF (3, 4)
problem (Problems   *problems,
         int         line,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (problems->problems->len >= MAX_PROBLEMS)
    {
      problems->n_more++;
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_ptr_array_add (problems->problems, g_strdup_printf ("%s:%d: %s", problems->path, line, message));
  else
    g_ptr_array_add (problems->problems, g_strdup_printf ("%s: %s", problems->path, message));
}

static gboolean
set_problems_error (Problems  *problems,
                    GError   **error)
{
  g_autoptr(GString) all = g_string_new (NULL);

  if (problems->problems->len == 0)
    return TRUE;

  for (guint i = 0; i < problems->problems->len; i++)
    g_string_append_printf (all, "%s%s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (problems->problems, i));
  if (problems->n_more > 0)
    {
      g_string_append_printf (all, "\n%s: ", problems->path);
      /* Translators: after the first 50 problems in an imported file */
      g_string_append_printf (all, ngettext ("and %u more problem", "and %u more problems",
                                             problems->n_more), problems->n_more);
    }

  g_set_error_literal (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_INVALID, all->str);
  return FALSE;
}

/* Whether @c is a control character: C0, DEL or C1. */
static gboolean
is_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/* A field quoted in a message: at most 60 characters of it, with control
 * characters written as \xNN, so that a terminal shows the message as it
 * is (a carriage return or an escape sequence could rewrite the line). */
static char *
shorten (const char *text)
{
  glong length = g_utf8_strlen (text, -1);
  glong shown = length <= 60 ? length : 59;
  GString *safe = g_string_new (NULL);
  const char *p = text;

  for (glong i = 0; i < shown; i++, p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_control (c))
        g_string_append_printf (safe, "\\x%02x", c);
      else
        g_string_append_unichar (safe, c);
    }
  if (shown < length)
    g_string_append (safe, "…");

  return g_string_free (safe, FALSE);
}

static int
line_at (const char *data,
         gsize       offset)
{
  int line = 1;

  for (gsize i = 0; i < offset; i++)
    line += (data[i] == '\n');
  return line;
}

/* The records */

void
lc_import_record_free (LcImportRecord *record)
{
  if (record == NULL)
    return;

  g_clear_object (&record->city);
  g_clear_pointer (&record->initiative, lc_initiative_free);
  g_clear_pointer (&record->quote, lc_quote_free);
  g_free (record);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcImportRecord, lc_import_record_free)

/* Field checks: the rules of lc-dataset.c (lc-dataset-private.h), with
 * the same wording, so a city is valid in an import exactly when it would
 * be in data/cities/. */

/* CSV (RFC 4180) */

typedef struct
{
  Problems   *problems;
  const char *data;
  gsize       length;
  gsize       pos;
  int         line;
  GPtrArray  *header;  /* of char*, for messages; NULL while reading it */
} CsvReader;

static const char *
csv_column_name (CsvReader *reader,
                 guint      index)
{
  if (reader->header != NULL && index < reader->header->len)
    return g_ptr_array_index (reader->header, index);
  return NULL;
}

static void
csv_field_problem (CsvReader  *reader,
                   int         line,
                   guint       index,
                   const char *reason)
{
  const char *name = csv_column_name (reader, index);

  if (name != NULL)
    problem (reader->problems, line, "%s: %s", name, reason);
  else
    problem (reader->problems, line, _("field %u: %s"), index + 1, reason);
}

typedef enum
{
  CSV_RECORD,
  CSV_END,
  CSV_SYNTAX_ERROR,
} CsvResult;

/* Reads one record into @fields; blank lines are skipped. Field contents
 * are capped at LC_IMPORT_MAX_FIELD_BYTES (and reported), so memory stays
 * bounded by the file's size whatever it holds. */
static CsvResult
csv_read_record (CsvReader *reader,
                 GPtrArray *fields,
                 int       *record_line,
                 gboolean  *too_long)
{
  const char *data = reader->data;
  gsize length = reader->length;
  g_autoptr(GString) field = g_string_new (NULL);

  g_ptr_array_set_size (fields, 0);
  *too_long = FALSE;

  while (reader->pos < length && (data[reader->pos] == '\n' || data[reader->pos] == '\r'))
    {
      if (data[reader->pos] == '\n')
        reader->line++;
      reader->pos++;
    }
  if (reader->pos >= length)
    return CSV_END;

  *record_line = reader->line;

  for (;;)
    {
      gboolean field_too_long = FALSE;
      int field_line = reader->line;

      g_string_truncate (field, 0);

      if (reader->pos < length && data[reader->pos] == '"')
        {
          reader->pos++;
          for (;;)
            {
              char c;

              if (reader->pos >= length)
                {
                  csv_field_problem (reader, field_line, fields->len,
                                     _("a quoted field that starts on this line never ends"));
                  return CSV_SYNTAX_ERROR;
                }
              c = data[reader->pos];
              if (c == '"')
                {
                  if (reader->pos + 1 < length && data[reader->pos + 1] == '"')
                    reader->pos++;
                  else
                    {
                      reader->pos++;
                      break;
                    }
                }
              else if (c == '\n')
                reader->line++;

              if (field->len < LC_IMPORT_MAX_FIELD_BYTES)
                g_string_append_c (field, c);
              else
                field_too_long = TRUE;
              reader->pos++;
            }

          if (reader->pos < length && data[reader->pos] != ',' && data[reader->pos] != '\r'
              && data[reader->pos] != '\n')
            {
              csv_field_problem (reader, reader->line, fields->len,
                                 _("a quoted field must end at a comma or the end of the line"));
              return CSV_SYNTAX_ERROR;
            }
        }
      else
        {
          while (reader->pos < length && data[reader->pos] != ',' && data[reader->pos] != '\r'
                 && data[reader->pos] != '\n')
            {
              if (data[reader->pos] == '"')
                {
                  csv_field_problem (reader, reader->line, fields->len,
                                     _("a quote inside a field that does not start with one "
                                       "(quote the whole field and double the quotes inside)"));
                  return CSV_SYNTAX_ERROR;
                }
              if (field->len < LC_IMPORT_MAX_FIELD_BYTES)
                g_string_append_c (field, data[reader->pos]);
              else
                field_too_long = TRUE;
              reader->pos++;
            }
        }

      if (field_too_long)
        {
          g_autofree char *reason = g_strdup_printf (_("longer than %d bytes"), LC_IMPORT_MAX_FIELD_BYTES);

          csv_field_problem (reader, field_line, fields->len, reason);
          *too_long = TRUE;
        }

      /* A header or record with thousands of fields is not a city list. */
      if (fields->len >= 4 * N_COLUMNS)
        {
          problem (reader->problems, *record_line, _("more than %d fields"), 4 * N_COLUMNS);
          return CSV_SYNTAX_ERROR;
        }
      g_ptr_array_add (fields, g_strdup (field->str));

      if (reader->pos >= length)
        return CSV_RECORD;
      if (data[reader->pos] == ',')
        {
          reader->pos++;
          continue;
        }
      if (data[reader->pos] == '\r')
        reader->pos++;
      if (reader->pos < length && data[reader->pos] == '\n')
        reader->pos++;
      reader->line++;
      return CSV_RECORD;
    }
}

/* Maps each field of the header to a column; -1 where it names none. */
static gboolean
csv_read_header (CsvReader *reader,
                 GPtrArray *fields,
                 int        line,
                 int       *columns)
{
  int seen[N_COLUMNS];
  gboolean ok = TRUE;

  for (guint c = 0; c < N_COLUMNS; c++)
    seen[c] = -1;

  for (guint i = 0; i < fields->len; i++)
    {
      const char *name = g_ptr_array_index (fields, i);

      columns[i] = -1;
      for (guint c = 0; c < N_COLUMNS; c++)
        if (strcmp (name, column_names[c]) == 0)
          columns[i] = (int) c;

      if (columns[i] < 0)
        {
          g_autofree char *safe = shorten (name);

          problem (reader->problems, line, _("unknown column \"%s\""), safe);
          ok = FALSE;
        }
      else if (seen[columns[i]] >= 0)
        {
          problem (reader->problems, line, _("column \"%s\" appears twice"), name);
          ok = FALSE;
        }
      else
        seen[columns[i]] = (int) i;
    }

  for (guint c = 0; c < N_REQUIRED_COLUMNS; c++)
    {
      if (seen[c] < 0)
        {
          problem (reader->problems, line, _("missing column \"%s\""), column_names[c]);
          ok = FALSE;
        }
    }

  return ok;
}

static gboolean
check_text (Problems   *problems,
            int         line,
            Column      column,
            const char *text)
{
  /* The text is valid UTF-8: the reader checked the whole file. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* A carriage return on a one-line field would rewrite a terminal
       * line it is printed on. */
      if ((c == '\n' || c == '\r') && !column_multiline[column])
        {
          problem (problems, line, _("%s: must be on one line"), column_names[column]);
          return FALSE;
        }
      if (is_control (c) && c != '\n' && c != '\t' && c != '\r')
        {
          problem (problems, line, _("%s: holds a control character (0x%02x)"),
                   column_names[column], c);
          return FALSE;
        }
    }
  return TRUE;
}

/* An optional year: TRUE with *year = 0 when empty. */
static gboolean
parse_year (Problems   *problems,
            int         line,
            Column      column,
            const char *text,
            int        *year)
{
  gsize len = strlen (text);
  int value;

  *year = 0;
  if (len == 0)
    return TRUE;

  if (len > 6 || !_lc_dataset_parse_digits (text, (guint) len, &value))
    {
      problem (problems, line, _("%s: \"%s\" is not a year"), column_names[column], text);
      return FALSE;
    }
  if (value < LC_DATASET_FIRST_YEAR || value > problems->last_year)
    {
      problem (problems, line, _("%s: %d is outside %d..%d"),
               column_names[column], value, LC_DATASET_FIRST_YEAR, problems->last_year);
      return FALSE;
    }

  *year = value;
  return TRUE;
}

static gboolean
parse_coordinate (Problems   *problems,
                  int         line,
                  Column      column,
                  const char *text,
                  double      limit,
                  double     *out)
{
  char *end = NULL;
  double value;

  *out = NAN;
  if (*text == '\0')
    return TRUE;

  /* g_ascii_strtod() also reads hex, "inf" and "nan": only decimals here. */
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) && *p != '-' && *p != '+' && *p != '.' && *p != 'e' && *p != 'E')
        {
          problem (problems, line, _("%s: \"%s\" is not a number"), column_names[column], text);
          return FALSE;
        }
    }

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value))
    {
      problem (problems, line, _("%s: \"%s\" is not a number"), column_names[column], text);
      return FALSE;
    }
  if (value < -limit || value > limit)
    {
      problem (problems, line, _("%s: %s is out of range (-%g..%g)"),
               column_names[column], text, limit, limit);
      return FALSE;
    }

  /* Four decimals (about 11 m), as in the shipped data, so that an export
   * imports back unchanged. */
  *out = round (value * 1e4) / 1e4;
  return TRUE;
}

static gboolean
parse_urls (Problems     *problems,
            int           line,
            Column        column,
            const char   *text,
            GStrvBuilder *builder,
            GHashTable   *seen)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t", -1);
  gboolean ok = TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (!_lc_dataset_is_url (words[i], NULL))
        {
          problem (problems, line, _("%s: \"%s\" is not an http(s) URL with a host"),
                   column_names[column], words[i]);
          ok = FALSE;
          continue;
        }
      if (g_hash_table_add (seen, g_strdup (words[i])))
        g_strv_builder_add (builder, words[i]);
    }

  return ok;
}

static gboolean
check_choice (Problems           *problems,
              int                 line,
              Column              column,
              const char         *value,
              const char * const *choices)
{
  g_autofree char *list = NULL;

  if (g_strv_contains (choices, value))
    return TRUE;

  list = g_strjoinv (", ", (char **) choices);
  problem (problems, line, _("%s: unknown value \"%s\" (expected one of %s)"),
           column_names[column], value, list);
  return FALSE;
}

static const char *
nonempty (const char *text)
{
  return text != NULL && !_lc_dataset_is_blank (text) ? text : NULL;
}

static LcImportRecord *
csv_record (Problems     *problems,
            LcCountries  *countries,
            int           line,
            const char  **values,
            GHashTable   *id_lines)
{
  g_autoptr(GStrvBuilder) alt_builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) source_builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen_urls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(LcImportRecord) record = g_new0 (LcImportRecord, 1);
  g_auto(GStrv) alt_names = NULL;
  g_auto(GStrv) sources = NULL;
  g_autofree char *country_code = NULL;
  const LcCountry *country = NULL;
  const char *id = values[COLUMN_ID];
  const char *method = NULL;
  LcRegion region = LC_REGION_AFRICA;
  int year, year_from, year_to;
  gboolean year_inferred = FALSE;
  double lat, lon;
  gboolean ok = TRUE;

  for (guint c = 0; c < N_COLUMNS; c++)
    if (values[c] != NULL && !check_text (problems, line, c, values[c]))
      ok = FALSE;
  if (!ok)
    return NULL;

  record->line = line;
  record->from_csv = TRUE;

  if (*id == '\0')
    {
      problem (problems, line, _("id: must not be empty"));
      ok = FALSE;
    }
  else if (!_lc_dataset_is_slug (id))
    {
      g_autofree char *safe = shorten (id);

      problem (problems, line, _("id: \"%s\" is not a slug (a-z, 0-9 and single inner hyphens)"), safe);
      ok = FALSE;
    }
  else
    {
      gpointer first;

      if (g_hash_table_lookup_extended (id_lines, id, NULL, &first))
        {
          problem (problems, line, _("id: duplicate id \"%s\" (first at line %d)"), id, GPOINTER_TO_INT (first));
          ok = FALSE;
        }
      else
        g_hash_table_insert (id_lines, g_strdup (id), GINT_TO_POINTER (line));
    }

  if (_lc_dataset_is_blank (values[COLUMN_NAME]))
    {
      problem (problems, line, _("name: must not be empty"));
      ok = FALSE;
    }

  if (*values[COLUMN_ALT_NAMES] != '\0')
    {
      g_auto(GStrv) parts = g_strsplit (values[COLUMN_ALT_NAMES], ";", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_strstrip (parts[i]);
          if (*parts[i] != '\0')
            g_strv_builder_add (alt_builder, parts[i]);
        }
    }
  alt_names = g_strv_builder_end (alt_builder);

  country_code = g_ascii_strup (values[COLUMN_COUNTRY_CODE], -1);
  country = strlen (country_code) == 2 ? lc_countries_get_by_alpha2 (countries, country_code) : NULL;
  if (country == NULL)
    {
      g_autofree char *safe = shorten (values[COLUMN_COUNTRY_CODE]);

      problem (problems, line,
               _("country_code: unknown country \"%s\" (expected an ISO 3166-1 alpha-2 code such as \"KR\")"),
               safe);
      ok = FALSE;
    }

  if (!lc_region_from_string (values[COLUMN_REGION], &region))
    {
      g_autofree char *safe = shorten (values[COLUMN_REGION]);

      problem (problems, line,
               _("region: unknown region \"%s\" (expected one of Africa, Arab States, "
                 "Asia and the Pacific, Europe and North America, Latin America and the Caribbean)"),
               safe);
      ok = FALSE;
    }

  ok &= parse_year (problems, line, COLUMN_YEAR, values[COLUMN_YEAR], &year);
  ok &= parse_year (problems, line, COLUMN_YEAR_FROM, values[COLUMN_YEAR_FROM], &year_from);
  ok &= parse_year (problems, line, COLUMN_YEAR_TO, values[COLUMN_YEAR_TO], &year_to);

  if (g_strcmp0 (values[COLUMN_YEAR_INFERRED], "true") == 0)
    year_inferred = TRUE;
  else if (*values[COLUMN_YEAR_INFERRED] != '\0' && g_strcmp0 (values[COLUMN_YEAR_INFERRED], "false") != 0)
    {
      problem (problems, line, _("year_inferred: \"%s\" must be true or false"), values[COLUMN_YEAR_INFERRED]);
      ok = FALSE;
    }

  if (ok)
    {
      if (year != 0 && (year_from != 0 || year_to != 0))
        {
          problem (problems, line, _("%s: must be empty when year is set"),
                   year_from != 0 ? "year_from" : "year_to");
          ok = FALSE;
        }
      else if (year == 0 && (year_from == 0 || year_to == 0))
        {
          problem (problems, line, _("year: missing: give year, or year_from and year_to"));
          ok = FALSE;
        }
      else if (year == 0 && year_from > year_to)
        {
          problem (problems, line, _("year_from: %d is after year_to %d"), year_from, year_to);
          ok = FALSE;
        }
      else if (year == 0 && !year_inferred)
        {
          problem (problems, line, _("year_inferred: must be true for a year range"));
          ok = FALSE;
        }
    }

  if (*values[COLUMN_STATUS] != '\0')
    ok &= check_choice (problems, line, COLUMN_STATUS, values[COLUMN_STATUS], _lc_dataset_statuses);

  ok &= parse_coordinate (problems, line, COLUMN_LATITUDE, values[COLUMN_LATITUDE], 90.0, &lat);
  ok &= parse_coordinate (problems, line, COLUMN_LONGITUDE, values[COLUMN_LONGITUDE], 180.0, &lon);
  if (isnan (lat) != isnan (lon) && ok)
    {
      problem (problems, line, isnan (lat) ? _("latitude: missing while longitude is given")
                                           : _("longitude: missing while latitude is given"));
      ok = FALSE;
    }

  if (*values[COLUMN_LOCATION_METHOD] != '\0')
    {
      method = values[COLUMN_LOCATION_METHOD];
      if (!check_choice (problems, line, COLUMN_LOCATION_METHOD, method, _lc_dataset_location_methods))
        ok = FALSE;
      else if (strcmp (method, "unknown") == 0 && !isnan (lat))
        {
          problem (problems, line, _("location_method: must not be unknown when latitude and longitude are given"));
          ok = FALSE;
        }
      else if (strcmp (method, "unknown") != 0 && isnan (lat) && isnan (lon))
        {
          problem (problems, line, _("location_method: \"%s\" needs latitude and longitude"), method);
          ok = FALSE;
        }
    }

  ok &= parse_urls (problems, line, COLUMN_SOURCES, values[COLUMN_SOURCES], source_builder, seen_urls);
  if (values[COLUMN_SOURCE_URL] != NULL && *values[COLUMN_SOURCE_URL] != '\0')
    {
      if (!_lc_dataset_is_url (values[COLUMN_SOURCE_URL], NULL))
        {
          problem (problems, line, _("source_url: \"%s\" is not an http(s) URL with a host"),
                   values[COLUMN_SOURCE_URL]);
          ok = FALSE;
        }
      else if (g_hash_table_add (seen_urls, g_strdup (values[COLUMN_SOURCE_URL])))
        g_strv_builder_add (source_builder, values[COLUMN_SOURCE_URL]);
    }
  sources = g_strv_builder_end (source_builder);
  if (ok && sources[0] == NULL)
    {
      problem (problems, line, _("sources: at least one source URL is required"));
      ok = FALSE;
    }

  if (nonempty (values[COLUMN_INITIATIVE]) != NULL || nonempty (values[COLUMN_INITIATIVE_SOURCE]) != NULL)
    {
      const char *source = nonempty (values[COLUMN_INITIATIVE_SOURCE]);

      if (nonempty (values[COLUMN_INITIATIVE]) == NULL)
        {
          problem (problems, line, _("initiative: required with initiative_source"));
          ok = FALSE;
        }
      else if (source == NULL)
        {
          problem (problems, line, _("initiative_source: required with initiative"));
          ok = FALSE;
        }
      else if (!_lc_dataset_is_url (source, NULL))
        {
          problem (problems, line, _("initiative_source: \"%s\" is not an http(s) URL with a host"), source);
          ok = FALSE;
        }
      else
        {
          const char *one[] = { source, NULL };

          record->initiative = g_new0 (LcInitiative, 1);
          record->initiative->text = g_strdup (values[COLUMN_INITIATIVE]);
          record->initiative->sources = g_strdupv ((char **) one);
        }
    }

  if (nonempty (values[COLUMN_QUOTE]) != NULL || nonempty (values[COLUMN_QUOTE_SPEAKER]) != NULL
      || nonempty (values[COLUMN_QUOTE_DATE]) != NULL || nonempty (values[COLUMN_QUOTE_SOURCE]) != NULL)
    {
      const char *speaker = nonempty (values[COLUMN_QUOTE_SPEAKER]);
      const char *date = nonempty (values[COLUMN_QUOTE_DATE]);
      const char *source = nonempty (values[COLUMN_QUOTE_SOURCE]);
      gboolean quote_ok = TRUE;

      if (nonempty (values[COLUMN_QUOTE]) == NULL)
        {
          problem (problems, line, _("quote: required with quote_speaker, quote_date and quote_source"));
          quote_ok = FALSE;
        }
      if (speaker == NULL)
        {
          problem (problems, line, _("quote_speaker: required with quote"));
          quote_ok = FALSE;
        }
      if (date == NULL)
        {
          problem (problems, line, _("quote_date: required with quote"));
          quote_ok = FALSE;
        }
      else if (!_lc_dataset_is_date (date))
        {
          problem (problems, line, _("quote_date: \"%s\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"), date);
          quote_ok = FALSE;
        }
      if (source == NULL)
        {
          problem (problems, line, _("quote_source: required with quote"));
          quote_ok = FALSE;
        }
      else if (!_lc_dataset_is_url (source, NULL))
        {
          problem (problems, line, _("quote_source: \"%s\" is not an http(s) URL with a host"), source);
          quote_ok = FALSE;
        }

      if (quote_ok)
        {
          record->quote = g_new0 (LcQuote, 1);
          record->quote->text = g_strdup (values[COLUMN_QUOTE]);
          /* The CSV has no language column: quotes in it are English. */
          record->quote->lang = g_strdup ("en");
          record->quote->speaker = g_strdup (speaker);
          record->quote->date = g_strdup (date);
          record->quote->source = g_strdup (source);
        }
      ok &= quote_ok;
    }

  if (!ok)
    return NULL;

  {
    g_autofree char *name = g_strstrip (g_strdup (values[COLUMN_NAME]));

    record->city = g_object_new (LC_TYPE_CITY,
                                 "id", id,
                                 "name", name,
                                 "alt-names", alt_names,
                                 "country-code", country->alpha2,
                                 "country-name", country->name,
                                 "region", region,
                                 "year", year,
                                 "year-from", year != 0 ? 0 : year_from,
                                 "year-to", year != 0 ? 0 : year_to,
                                 "year-inferred", year_inferred,
                                 "year-reason", nonempty (values[COLUMN_YEAR_REASON]),
                                 "status", *values[COLUMN_STATUS] != '\0' ? values[COLUMN_STATUS] : "member",
                                 "location-method", method,
                                 "notes", nonempty (values[COLUMN_NOTES]),
                                 "sources", sources,
                                 NULL);
  }
  if (!isnan (lat))
    _lc_city_set_location (record->city, lat, lon);

  return g_steal_pointer (&record);
}

static GPtrArray *
parse_csv (Problems    *problems,
           const char  *data,
           gsize        length,
           LcCountries *countries)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_import_record_free);
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) id_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CsvReader reader = { problems, data, length, 0, 1, NULL };
  int columns[4 * N_COLUMNS];
  guint n_rows = 0;
  gboolean too_long;
  int line;

  if (csv_read_record (&reader, header, &line, &too_long) != CSV_RECORD || too_long)
    return NULL;
  for (guint i = 0; i < header->len; i++)
    g_strstrip (g_ptr_array_index (header, i));
  if (!csv_read_header (&reader, header, line, columns))
    return NULL;
  reader.header = header;

  for (;;)
    {
      const char *values[N_COLUMNS] = { NULL };
      LcImportRecord *record;
      CsvResult result = csv_read_record (&reader, fields, &line, &too_long);

      if (result == CSV_END)
        break;
      if (result == CSV_SYNTAX_ERROR)
        return NULL;

      if (++n_rows > LC_IMPORT_MAX_ROWS)
        {
          problem (problems, line, _("more than %d rows: split the file"), LC_IMPORT_MAX_ROWS);
          return NULL;
        }
      if (fields->len != header->len)
        {
          problem (problems, line, _("%u fields where the header has %u"), fields->len, header->len);
          continue;
        }
      if (too_long)
        continue;

      for (guint i = 0; i < fields->len; i++)
        values[columns[i]] = lc_csv_field_value (g_ptr_array_index (fields, i));

      record = csv_record (problems, countries, line, values, id_lines);
      if (record != NULL)
        g_ptr_array_add (records, record);
    }

  if (n_rows == 0)
    {
      problem (problems, 0, _("no cities: the file holds only a header"));
      return NULL;
    }

  return g_steal_pointer (&records);
}

/* JSON: the shape of data/cities/cities.json, checked by lc-dataset.c */

static GPtrArray *
parse_json (Problems    *problems,
            const char  *data,
            gsize        length,
            LcCountries *countries,
            GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_import_record_free);
  g_autoptr(LcDataset) dataset = lc_dataset_new (countries);
  g_autoptr(GError) local_error = NULL;
  GPtrArray *cities;

  if (!lc_dataset_load_cities_data (dataset, problems->path, data, length, &local_error))
    {
      /* Its problems are already file:line: field: reason. */
      g_set_error_literal (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_INVALID, local_error->message);
      return NULL;
    }

  cities = lc_dataset_get_cities (dataset);
  if (cities->len == 0)
    {
      problem (problems, 0, _("no cities: the list is empty"));
      set_problems_error (problems, error);
      return NULL;
    }
  if (cities->len > LC_IMPORT_MAX_ROWS)
    {
      problem (problems, 0, _("more than %d cities: split the file"), LC_IMPORT_MAX_ROWS);
      set_problems_error (problems, error);
      return NULL;
    }

  for (guint i = 0; i < cities->len; i++)
    {
      LcImportRecord *record = g_new0 (LcImportRecord, 1);

      record->city = g_object_ref (g_ptr_array_index (cities, i));
      g_ptr_array_add (records, record);
    }

  return g_steal_pointer (&records);
}

static gboolean
has_suffix (const char *path,
            const char *suffix)
{
  gsize len = strlen (path), suffix_len = strlen (suffix);

  return len >= suffix_len && g_ascii_strcasecmp (path + len - suffix_len, suffix) == 0;
}

/**
 * lc_import_parse:
 * @path: the file's name, for messages; its extension (.csv or .json)
 *   decides the format, else the first character does
 * @data: the file's contents
 * @length: the length of @data
 * @countries: the countries a city may name
 * @error: the return location for a #GError
 *
 * Reads and validates every record of an update file. Refused: an empty
 * file, a binary one (NUL bytes, a PNG image), one that is not UTF-8 (a
 * byte order mark is fine), one over LC_IMPORT_MAX_BYTES or
 * LC_IMPORT_MAX_ROWS, and any invalid record. The error then holds every
 * problem found, one a line, as `file:line: field: reason`.
 *
 * Returns: (transfer full) (element-type LcImportRecord) (nullable): the
 *   records, or %NULL with @error set to %LC_IMPORT_ERROR_INVALID
 */
GPtrArray *
lc_import_parse (const char   *path,
                 const char   *data,
                 gsize         length,
                 LcCountries  *countries,
                 GError      **error)
{
  static const char png[] = "\x89PNG\r\n\x1a\n";
  g_autoptr(GPtrArray) problem_lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  Problems problems = { path, problem_lines, 0, g_date_time_get_year (now) };
  const char *nul, *end = NULL;
  gboolean json;
  GPtrArray *records;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (LC_IS_COUNTRIES (countries), NULL);

  if (length > LC_IMPORT_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (length);

      problem (&problems, 0, _("the file is %s; an import may be at most 50 MB"), size);
      set_problems_error (&problems, error);
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (length >= sizeof png - 1 && memcmp (data, png, sizeof png - 1) == 0)
    problem (&problems, 0, _("this is a PNG image, not a CSV or JSON file"));
  else if (length >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0))
    problem (&problems, 0, _("this is UTF-16 text: save the file as UTF-8"));
  else if ((nul = memchr (data, '\0', length)) != NULL)
    problem (&problems, line_at (data, nul - data),
             _("this is a binary file (it holds NUL bytes), not a CSV or JSON file"));
  else if (!g_utf8_validate (data, length, &end))
    problem (&problems, line_at (data, end - data), _("not valid UTF-8 text: save the file as UTF-8"));
  else
    {
      gsize i = 0;

      while (i < length && g_ascii_isspace (data[i]))
        i++;
      if (i == length)
        problem (&problems, 0, _("the file is empty"));
    }
  if (!set_problems_error (&problems, error))
    return NULL;

  if (has_suffix (path, ".json"))
    json = TRUE;
  else if (has_suffix (path, ".csv"))
    json = FALSE;
  else
    {
      gsize i = 0;

      while (i < length && g_ascii_isspace (data[i]))
        i++;
      json = data[i] == '{' || data[i] == '[';
    }

  if (json)
    return parse_json (&problems, data, length, countries, error);

  records = parse_csv (&problems, data, length, countries);
  if (!set_problems_error (&problems, error))
    {
      g_clear_pointer (&records, g_ptr_array_unref);
      return NULL;
    }
  return records;
}

/* Applying */

static GPtrArray *
copy_details (GPtrArray      *details,
              GBoxedCopyFunc  copy,
              GDestroyNotify  free_func)
{
  GPtrArray *copied = g_ptr_array_new_with_free_func (free_func);

  for (guint i = 0; details != NULL && i < details->len; i++)
    g_ptr_array_add (copied, copy (g_ptr_array_index (details, i)));
  return copied;
}

static gboolean
same_location (LcCity *a,
               LcCity *b)
{
  if (lc_city_has_location (a) != lc_city_has_location (b))
    return FALSE;
  if (lc_city_has_location (a)
      && (lc_city_get_latitude (a) != lc_city_get_latitude (b)
          || lc_city_get_longitude (a) != lc_city_get_longitude (b)))
    return FALSE;
  return g_strcmp0 (lc_city_get_location_method (a), lc_city_get_location_method (b)) == 0;
}

static gboolean
same_years (LcCity *a,
            LcCity *b)
{
  return lc_city_get_year (a) == lc_city_get_year (b)
         && lc_city_get_year_from (a) == lc_city_get_year_from (b)
         && lc_city_get_year_to (a) == lc_city_get_year_to (b)
         && lc_city_get_year_inferred (a) == lc_city_get_year_inferred (b);
}

/* The city the user database will hold: the file's fields over the
 * current city's (@base, nullable). A CSV row cannot carry everything a
 * city has, so what it lacks is kept from @base while it still applies:
 * the year's reasoning while the year is the same, the GeoNames id and
 * note while the place is, the story, with the row's initiative and quote
 * added unless the city has one with the same text already. A JSON record
 * holds every field but the story, which is kept. */
static LcCity *
merge_record (LcImportRecord *record,
              LcCity         *base)
{
  LcCity *file = record->city;
  g_autoptr(GPtrArray) awards = copy_details (base != NULL ? lc_city_get_awards (base) : NULL,
                                              (GBoxedCopyFunc) lc_award_copy,
                                              (GDestroyNotify) lc_award_free);
  g_autoptr(GPtrArray) initiatives = copy_details (base != NULL ? lc_city_get_initiatives (base) : NULL,
                                                   (GBoxedCopyFunc) lc_initiative_copy,
                                                   (GDestroyNotify) lc_initiative_free);
  g_autoptr(GPtrArray) quotes = copy_details (base != NULL ? lc_city_get_quotes (base) : NULL,
                                              (GBoxedCopyFunc) lc_quote_copy,
                                              (GDestroyNotify) lc_quote_free);
  g_autoptr(GPtrArray) disputes = NULL;
  const char *year_reason = lc_city_get_year_reason (file);
  const char *status_reason = lc_city_get_status_reason (file);
  const char *location_note = lc_city_get_location_note (file);
  const char *notes = lc_city_get_notes (file);
  gint64 geonameid = lc_city_get_geonameid (file);
  LcCity *merged;

  if (!record->from_csv)
    disputes = copy_details (lc_city_get_disputes (file), (GBoxedCopyFunc) lc_dispute_copy,
                             (GDestroyNotify) lc_dispute_free);
  else
    {
      disputes = copy_details (base != NULL ? lc_city_get_disputes (base) : NULL,
                               (GBoxedCopyFunc) lc_dispute_copy, (GDestroyNotify) lc_dispute_free);
      if (base != NULL)
        {
          if (year_reason == NULL && same_years (file, base))
            year_reason = lc_city_get_year_reason (base);
          if (g_strcmp0 (lc_city_get_status (file), lc_city_get_status (base)) == 0)
            status_reason = lc_city_get_status_reason (base);
          if (same_location (file, base))
            {
              geonameid = lc_city_get_geonameid (base);
              location_note = lc_city_get_location_note (base);
            }
          if (notes == NULL)
            notes = lc_city_get_notes (base);
        }

      if (record->initiative != NULL)
        {
          gboolean found = FALSE;

          for (guint i = 0; i < initiatives->len; i++)
            found |= g_strcmp0 (((LcInitiative *) g_ptr_array_index (initiatives, i))->text,
                                record->initiative->text) == 0;
          if (!found)
            g_ptr_array_add (initiatives, lc_initiative_copy (record->initiative));
        }
      if (record->quote != NULL)
        {
          gboolean found = FALSE;

          for (guint i = 0; i < quotes->len; i++)
            found |= g_strcmp0 (((LcQuote *) g_ptr_array_index (quotes, i))->text, record->quote->text) == 0;
          if (!found)
            g_ptr_array_add (quotes, lc_quote_copy (record->quote));
        }
    }

  merged = g_object_new (LC_TYPE_CITY,
                         "id", lc_city_get_id (file),
                         "name", lc_city_get_name (file),
                         "alt-names", lc_city_get_alt_names (file),
                         "country-code", lc_city_get_country_code (file),
                         "country-name", lc_city_get_country_name (file),
                         "region", lc_city_get_region (file),
                         "year", lc_city_get_year (file),
                         "year-from", lc_city_get_year_from (file),
                         "year-to", lc_city_get_year_to (file),
                         "year-inferred", lc_city_get_year_inferred (file),
                         "year-reason", year_reason,
                         "status", lc_city_get_status (file),
                         "status-reason", status_reason,
                         "location-method", lc_city_get_location_method (file),
                         "geonameid", geonameid,
                         "location-note", location_note,
                         "notes", notes,
                         "sources", lc_city_get_sources (file),
                         NULL);
  if (lc_city_has_location (file))
    _lc_city_set_location (merged, lc_city_get_latitude (file), lc_city_get_longitude (file));
  _lc_city_set_details (merged, awards, initiatives, quotes, disputes);

  return merged;
}

static char *
join_strv (const char * const *strv)
{
  return strv != NULL ? g_strjoinv ("\x1f", (char **) strv) : g_strdup ("");
}

/* Every field a user could see, as text, in a fixed order: two cities are
 * the same when these are, and the names of those that differ say what an
 * import changed. */
#define N_FIELDS 22

static const char * const field_names[N_FIELDS] = {
  "name", "alt_names", "country_code", "region", "year", "year_from", "year_to",
  "year_inferred", "year_reason", "status", "status_reason", "latitude", "longitude",
  "location_method", "geonameid", "location_note", "notes", "sources", "awards",
  "initiatives", "quotes", "disputes",
};

static void
city_fields (LcCity *city,
             char   *fields[N_FIELDS])
{
  GPtrArray *awards = lc_city_get_awards (city);
  GPtrArray *initiatives = lc_city_get_initiatives (city);
  GPtrArray *quotes = lc_city_get_quotes (city);
  GPtrArray *disputes = lc_city_get_disputes (city);
  GString *text;
  guint f = 0;

  fields[f++] = g_strdup (lc_city_get_name (city));
  fields[f++] = join_strv (lc_city_get_alt_names (city));
  fields[f++] = g_strdup (lc_city_get_country_code (city));
  fields[f++] = g_strdup (lc_region_to_string (lc_city_get_region (city)));
  fields[f++] = g_strdup_printf ("%d", lc_city_get_year (city));
  fields[f++] = g_strdup_printf ("%d", lc_city_get_year_from (city));
  fields[f++] = g_strdup_printf ("%d", lc_city_get_year_to (city));
  fields[f++] = g_strdup (lc_city_get_year_inferred (city) ? "true" : "false");
  fields[f++] = g_strdup (lc_city_get_year_reason (city));
  fields[f++] = g_strdup (lc_city_get_status (city));
  fields[f++] = g_strdup (lc_city_get_status_reason (city));
  fields[f++] = lc_csv_format_coordinate (city, lc_city_get_latitude (city));
  fields[f++] = lc_csv_format_coordinate (city, lc_city_get_longitude (city));
  fields[f++] = g_strdup (lc_city_get_location_method (city));
  fields[f++] = g_strdup_printf ("%" G_GINT64_FORMAT, lc_city_get_geonameid (city));
  fields[f++] = g_strdup (lc_city_get_location_note (city));
  fields[f++] = g_strdup (lc_city_get_notes (city));
  fields[f++] = join_strv (lc_city_get_sources (city));

  text = g_string_new (NULL);
  for (guint i = 0; awards != NULL && i < awards->len; i++)
    {
      LcAward *award = g_ptr_array_index (awards, i);

      g_string_append_printf (text, "%d\x1f%s\x1e", award->year, award->source);
    }
  fields[f++] = g_string_free (text, FALSE);

  text = g_string_new (NULL);
  for (guint i = 0; initiatives != NULL && i < initiatives->len; i++)
    {
      LcInitiative *initiative = g_ptr_array_index (initiatives, i);
      g_autofree char *sources = join_strv ((const char * const *) initiative->sources);

      g_string_append_printf (text, "%s\x1f%s\x1e", initiative->text, sources);
    }
  fields[f++] = g_string_free (text, FALSE);

  text = g_string_new (NULL);
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    {
      LcQuote *quote = g_ptr_array_index (quotes, i);

      g_string_append_printf (text, "%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%d\x1f%s\x1e",
                              quote->text, quote->lang, quote->gloss ? quote->gloss : "",
                              quote->speaker, quote->role ? quote->role : "", quote->date,
                              quote->date_note ? quote->date_note : "", quote->note ? quote->note : "",
                              quote->reported, quote->source);
    }
  fields[f++] = g_string_free (text, FALSE);

  text = g_string_new (NULL);
  for (guint i = 0; disputes != NULL && i < disputes->len; i++)
    {
      LcDispute *dispute = g_ptr_array_index (disputes, i);
      g_autofree char *sources = join_strv ((const char * const *) dispute->sources);

      g_string_append_printf (text, "%s\x1f%s\x1f%s\x1f%s\x1f%s\x1e", dispute->field, dispute->chosen,
                              dispute->alternative, dispute->reason, sources);
    }
  fields[f++] = g_string_free (text, FALSE);

  g_assert (f == N_FIELDS);
}

/* The names of the fields that differ, or %NULL when none does. */
static char *
changed_fields (LcCity *before,
                LcCity *after)
{
  char *a[N_FIELDS], *b[N_FIELDS];
  g_autoptr(GString) names = g_string_new (NULL);

  city_fields (before, a);
  city_fields (after, b);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (g_strcmp0 (a[i], b[i]) != 0)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", field_names[i]);
      g_free (a[i]);
      g_free (b[i]);
    }

  return names->len > 0 ? g_strdup (names->str) : NULL;
}

static gboolean
write_cities (const char  *user_path,
              LcCountries *countries,
              GPtrArray   *cities,
              GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(LcCityWriter) writer = NULL;
  g_autoptr(GError) local_error = NULL;

  db = lc_user_db_open (user_path, TRUE, &local_error);
  if (db == NULL)
    goto failed;

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (&local_error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_FAILED, "%s: %s",
                   user_path, sqlite3_errmsg (db));
      goto failed;
    }

  writer = _lc_city_writer_new (db, countries, &local_error);
  for (guint i = 0; writer != NULL && i < cities->len; i++)
    {
      LcCity *city = g_ptr_array_index (cities, i);

      if (interrupt_how != LC_IMPORT_INTERRUPT_NONE && i == interrupt_after)
        {
          if (interrupt_how == LC_IMPORT_INTERRUPT_ABORT)
            {
              /* Push the half-written transaction to the file, as a
               * crash after a full cache would, then die. */
              sqlite3_db_cacheflush (db);
              abort ();
            }
          g_set_error (&local_error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_FAILED,
                       "%s: interrupted after %u cities (test)", user_path, i);
          break;
        }

      if (!_lc_city_writer_delete (writer, lc_city_get_id (city), &local_error)
          || !_lc_city_writer_write (writer, city, &local_error))
        break;
    }
  g_clear_pointer (&writer, _lc_city_writer_free);

  if (local_error == NULL && sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    g_set_error (&local_error, LC_USER_DB_ERROR, LC_USER_DB_ERROR_FAILED, "%s: %s",
                 user_path, sqlite3_errmsg (db));
  if (local_error == NULL)
    return TRUE;

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

failed:
  g_set_error (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_FAILED,
               _("Nothing was imported: %s"), local_error->message);
  return FALSE;
}

static char *
describe_city (LcCity *city)
{
  return g_strdup_printf ("%s (%s, %s)", lc_city_get_id (city), lc_city_get_name (city),
                          lc_city_get_country_code (city));
}

/**
 * lc_import_apply:
 * @store: the store the app shows, with the user's data layered in
 * @user_path: the user database
 * @records: (element-type LcImportRecord): from lc_import_parse()
 * @error: the return location for a #GError
 *
 * Writes the records that add or change a city to @user_path, all in one
 * transaction; records that change nothing are not written, so importing
 * a file twice changes nothing the second time. The caller then reloads
 * @store (lc_store_reload()).
 *
 * Returns: (transfer full) (nullable): what was added and changed, or
 *   %NULL with @error set (%LC_IMPORT_ERROR_FAILED; nothing was applied)
 */
LcImportReport *
lc_import_apply (LcStore     *store,
                 const char  *user_path,
                 GPtrArray   *records,
                 GError     **error)
{
  g_autoptr(LcImportReport) report = g_new0 (LcImportReport, 1);
  g_autoptr(GPtrArray) to_write = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LcCountries) countries = NULL;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);
  g_return_val_if_fail (user_path != NULL, NULL);
  g_return_val_if_fail (records != NULL, NULL);

  report->lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < records->len; i++)
    {
      LcImportRecord *record = g_ptr_array_index (records, i);
      LcCity *base = lc_store_get_city (store, lc_city_get_id (record->city));
      g_autoptr(LcCity) merged = NULL;
      g_autofree char *changed = NULL;
      g_autofree char *description = NULL;

      if (base != NULL && !lc_store_load_details (store, base, error))
        return NULL;

      merged = merge_record (record, base);
      description = describe_city (merged);
      if (base == NULL)
        {
          report->n_added++;
          /* Translators: a line of the import summary; %s is "id (Name, CC)" */
          g_ptr_array_add (report->lines, g_strdup_printf (_("added: %s"), description));
        }
      else if ((changed = changed_fields (base, merged)) != NULL)
        {
          report->n_changed++;
          /* Translators: a line of the import summary: "id (Name, CC): year, sources" */
          g_ptr_array_add (report->lines, g_strdup_printf (_("changed: %s: %s"), description, changed));
        }
      else
        {
          report->n_unchanged++;
          continue;
        }
      g_ptr_array_add (to_write, g_steal_pointer (&merged));
    }

  if (to_write->len == 0)
    return g_steal_pointer (&report);

  countries = lc_countries_get_default (error);
  if (countries == NULL)
    return NULL;
  if (!write_cities (user_path, countries, to_write, error))
    return NULL;

  return g_steal_pointer (&report);
}

/**
 * lc_import_file:
 * @store: the store the app shows, with the user's data layered in
 * @user_path: the user database
 * @file: a CSV or JSON update file
 * @display_name: (nullable): how messages name @file, by default its
 *   parse name
 * @error: the return location for a #GError
 *
 * Checks the size of @file, reads it, then lc_import_parse() and
 * lc_import_apply().
 *
 * Returns: (transfer full) (nullable): what was added and changed, or
 *   %NULL with @error set; then nothing was applied
 */
LcImportReport *
lc_import_file (LcStore     *store,
                const char  *user_path,
                GFile       *file,
                const char  *display_name,
                GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(LcCountries) countries = NULL;
  g_autofree char *name = display_name != NULL ? g_strdup (display_name) : g_file_get_parse_name (file);
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_INVALID, _("%s: not a file"), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > LC_IMPORT_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));

      g_set_error (error, LC_IMPORT_ERROR, LC_IMPORT_ERROR_INVALID,
                   _("%s: the file is %s; an import may be at most 50 MB"), name, size);
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return NULL;

  countries = lc_countries_get_default (error);
  if (countries == NULL)
    return NULL;

  records = lc_import_parse (name, data, length, countries, error);
  if (records == NULL)
    return NULL;

  return lc_import_apply (store, user_path, records, error);
}

/**
 * lc_import_report_summary:
 * @report: a #LcImportReport
 *
 * Returns: (transfer full): "N added, M changed, K unchanged"
 */
char *
lc_import_report_summary (LcImportReport *report)
{
  /* Translators: the import summary; the counts are cities */
  return g_strdup_printf (_("%u added, %u changed, %u unchanged"),
                          report->n_added, report->n_changed, report->n_unchanged);
}

void
lc_import_report_free (LcImportReport *report)
{
  if (report == NULL)
    return;

  g_clear_pointer (&report->lines, g_ptr_array_unref);
  g_free (report);
}

/* Writing the import format */

/**
 * lc_import_write_csv:
 * @cities: (element-type LcCity): cities with their details
 *
 * Writes @cities in the import CSV format: the columns of `--list
 * --format=csv`, then the last initiative and quote of each city and its
 * year's reasoning and notes, so that importing the result gives the
 * same cities back.
 *
 * Returns: (transfer full): the CSV text
 */
char *
lc_import_write_csv (GListModel *cities)
{
  g_autoptr(GString) out = g_string_new (LC_EXPORT_CSV_COLUMNS
                                         ",initiative,initiative_source,quote,quote_speaker,quote_date,"
                                         "quote_source,year_reason,notes\r\n");
  guint n = g_list_model_get_n_items (cities);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
      GPtrArray *initiatives = lc_city_get_initiatives (city);
      GPtrArray *quotes = lc_city_get_quotes (city);
      LcInitiative *initiative = initiatives != NULL && initiatives->len > 0
                                 ? g_ptr_array_index (initiatives, initiatives->len - 1) : NULL;
      LcQuote *quote = quotes != NULL && quotes->len > 0 ? g_ptr_array_index (quotes, quotes->len - 1) : NULL;

      lc_csv_append_city (out, city, FALSE);
      lc_csv_append_field (out, initiative != NULL ? initiative->text : NULL, FALSE);
      lc_csv_append_field (out, initiative != NULL && initiative->sources != NULL ? initiative->sources[0] : NULL,
                           FALSE);
      lc_csv_append_field (out, quote != NULL ? quote->text : NULL, FALSE);
      lc_csv_append_field (out, quote != NULL ? quote->speaker : NULL, FALSE);
      lc_csv_append_field (out, quote != NULL ? quote->date : NULL, FALSE);
      lc_csv_append_field (out, quote != NULL ? quote->source : NULL, FALSE);
      lc_csv_append_field (out, lc_city_get_year_reason (city), FALSE);
      lc_csv_append_field (out, lc_city_get_notes (city), TRUE);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
_lc_import_set_interrupt (LcImportInterrupt how,
                          guint             n_cities)
{
  interrupt_how = how;
  interrupt_after = n_cities;
}
