/* lc-dataset.c: parsing and validating the member dataset (data/cities/)
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-dataset"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "lc-city-private.h"
#include "lc-cohort.h"
#include "lc-dataset.h"
#include "lc-dataset-private.h"
#include "lc-region.h"
#include "lc-story.h"

/* The messages are for the maintainers who edit data/cities/ and read the
 * build log, so they are not translated. Each names the file, the line and
 * the field. */

struct _LcDataset
{
  GObject      parent_instance;

  LcCountries *countries;
  int          last_year;
  GPtrArray   *problems;   /* of char*, NULL-terminated */
  GPtrArray   *cohorts;    /* of LcCohort */
  GPtrArray   *cities;     /* of LcCity */
  char        *credits;
  GHashTable  *seen_ids;   /* every city id, valid record or not */
};

G_DEFINE_FINAL_TYPE (LcDataset, lc_dataset, G_TYPE_OBJECT)

G_DEFINE_QUARK (lc-dataset-error-quark, lc_dataset_error)

/* json-glib keeps no position per node, so the parser's signals record where
 * each object, array, member and element starts while the file is read. */
typedef struct
{
  LcDataset  *dataset;
  char       *path;
  JsonParser *parser;
  GArray     *stack;    /* of int: start lines of the open containers */
  GHashTable *starts;   /* JsonObject* or JsonArray* → line */
  GHashTable *members;  /* "%p/name" or "%p[i]" → line */
} SourceFile;

typedef enum
{
  FIELD_OPTIONAL = 0,
  FIELD_REQUIRED = 1 << 0,
  FIELD_NULLABLE = 1 << 1,
} FieldFlags;

/* What a city carries until stories.json is read. */
typedef struct
{
  LcCity    *city;
  GPtrArray *disputes;
  gboolean   has_story;
} CityEntry;

static const char * const cohorts_keys[] = {
  "format", "version", "cohorts", NULL
};
static const char * const cohort_keys[] = {
  "year", "announced", "new_cities", "new_countries", "total_cities_after",
  "total_countries_after", "note", "sources", NULL
};
static const char * const cities_keys[] = {
  "format", "version", "credits", "cities", NULL
};
static const char * const city_keys[] = {
  "id", "name", "alt_names", "country", "region", "year", "year_from", "year_to",
  "year_inferred", "year_reason", "status", "status_reason", "sources", "location",
  "disputes", "notes", NULL
};
/* "source" (a page backing an override) and the method "unknown" (with
 * null coordinates: a member that cannot be placed honestly) are used by
 * the geocoding script beyond data/cities/README.md. */
static const char * const location_keys[] = {
  "lat", "lon", "method", "geonameid", "note", "source", NULL
};
static const char * const dispute_keys[] = {
  "field", "chosen", "alternative", "reason", "sources", NULL
};
static const char * const stories_keys[] = {
  "format", "version", "stories", NULL
};
static const char * const story_keys[] = {
  "id", "awards", "initiatives", "quotes", NULL
};
static const char * const award_keys[] = {
  "year", "source", NULL
};
static const char * const initiative_keys[] = {
  "text", "sources", NULL
};
/* "note" is not in data/cities/README.md but the researchers use it for
 * context about a quote; it is kept, not shown as fact. */
static const char * const quote_keys[] = {
  "text", "lang", "gloss", "speaker", "role", "date", "date_note", "reported",
  "source", "note", NULL
};

const char * const _lc_dataset_statuses[] = { "member", "lapsed", "readmitted", NULL };
const char * const _lc_dataset_location_methods[] = {
  "geonames-name", "geonames-admin", "override", "unknown", NULL
};
static const char * const dispute_fields[] = {
  "year", "status", "name", "country", "region", "membership", NULL
};
static const int award_rounds[] = { LC_DATASET_AWARD_ROUNDS };

static void
city_entry_free (CityEntry *entry)
{
  g_clear_object (&entry->city);
  g_clear_pointer (&entry->disputes, g_ptr_array_unref);
  g_free (entry);
}

/* Source files */

static void
on_container_start_cb (JsonParser *parser,
                       SourceFile *file)
{
  int line = json_parser_get_current_line (parser);

  g_array_append_val (file->stack, line);
}

static void
container_end (SourceFile *file,
               gpointer    container)
{
  int line;

  g_return_if_fail (file->stack->len > 0);

  line = g_array_index (file->stack, int, file->stack->len - 1);
  g_array_set_size (file->stack, file->stack->len - 1);
  g_hash_table_insert (file->starts, container, GINT_TO_POINTER (line));
}

static void
on_object_end_cb (JsonParser *parser,
                  JsonObject *object,
                  SourceFile *file)
{
  container_end (file, object);
}

static void
on_array_end_cb (JsonParser *parser,
                 JsonArray  *array,
                 SourceFile *file)
{
  container_end (file, array);
}

/* A scalar is reported on the line where it ends, which is where it is; a
 * container on the line where it starts. */
static int
node_line (SourceFile *file,
           JsonNode   *node)
{
  gpointer container = NULL;

  if (JSON_NODE_HOLDS_OBJECT (node))
    container = json_node_get_object (node);
  else if (JSON_NODE_HOLDS_ARRAY (node))
    container = json_node_get_array (node);

  if (container != NULL)
    return GPOINTER_TO_INT (g_hash_table_lookup (file->starts, container));

  return json_parser_get_current_line (file->parser);
}

static void problem (SourceFile *file,
                     int         line,
                     const char *format,
                     ...) G_GNUC_PRINTF (3, 4);

static void
on_object_member_cb (JsonParser *parser,
                     JsonObject *object,
                     const char *name,
                     SourceFile *file)
{
  JsonNode *node = json_object_get_member (object, name);
  char *key = g_strdup_printf ("%p/%s", (gpointer) object, name);
  gpointer first;

  /* json-glib keeps the last of two members with one name: a second "id"
   * would silently make the record another city. */
  if (g_hash_table_lookup_extended (file->members, key, NULL, &first))
    problem (file, node_line (file, node), "\"%s\" appears twice in one object (first at line %d)",
             name, GPOINTER_TO_INT (first));

  g_hash_table_insert (file->members, key, GINT_TO_POINTER (node_line (file, node)));
}

static void
on_array_element_cb (JsonParser *parser,
                     JsonArray  *array,
                     int         index,
                     SourceFile *file)
{
  JsonNode *node = json_array_get_element (array, index);

  g_hash_table_insert (file->members,
                       g_strdup_printf ("%p[%d]", (gpointer) array, index),
                       GINT_TO_POINTER (node_line (file, node)));
}

static void
source_file_free (SourceFile *file)
{
  g_free (file->path);
  g_clear_object (&file->parser);
  g_clear_pointer (&file->stack, g_array_unref);
  g_clear_pointer (&file->starts, g_hash_table_unref);
  g_clear_pointer (&file->members, g_hash_table_unref);
  g_free (file);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SourceFile, source_file_free)

static void
problem (SourceFile *file,
         int         line,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (file->dataset->problems,
                   g_strdup_printf ("%s:%d: %s", file->path, line, message));
}

/* json-glib 1.6 parses recursively and has no depth limit, so a file of a
 * million "[" would overflow the stack: refuse nesting deeper than any
 * real dataset file (they use 4 levels). */
#define MAX_JSON_DEPTH 32

/* Checks what json-glib 1.6 would let through but strict JSON does not,
 * before json-glib sees the file: nesting deeper than MAX_JSON_DEPTH, and
 * comments and single-quoted strings, which json-glib's scanner accepts.
 * Those two matter beyond strictness: a '"' inside one would end this
 * scan's idea of a string where json-glib's differs, and hide any depth
 * from it. Returns %NULL when the file passes, or the reason, with @line
 * set to where. */
/* The value of the \uXXXX escape at @data[@i] ('\\' at @i), or -1. */
static int
unicode_escape (const char *data,
                gsize       length,
                gsize       i)
{
  int value = 0;

  if (i + 6 > length || data[i] != '\\' || data[i + 1] != 'u')
    return -1;
  for (gsize j = i + 2; j < i + 6; j++)
    {
      int digit = g_ascii_xdigit_value (data[j]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

static const char *
check_json_strict (const char *data,
                   gsize       length,
                   int        *line)
{
  gboolean in_string = FALSE;
  int depth = 0;

  *line = 1;
  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        (*line)++;
      if (in_string)
        {
          int value = c == '\\' ? unicode_escape (data, length, i) : -1;

          /* json-glib cuts a string at \u0000, and stores a lone
           * surrogate as bytes that are not UTF-8 (review F7, F8). */
          if (value == 0 || (value > 0 && value < 0x20 && value != '\t' && value != '\n') ||
              (value >= 0x7f && value <= 0x9f))
            return "a control character (\\u00XX) is not allowed in text";
          if (value >= 0xd800 && value <= 0xdbff)
            {
              int low = unicode_escape (data, length, i + 6);

              if (low < 0xdc00 || low > 0xdfff)
                return "a lone UTF-16 surrogate (\\uD800 to \\uDFFF) is not text";
              i += 11;
            }
          else if (value >= 0xdc00 && value <= 0xdfff)
            return "a lone UTF-16 surrogate (\\uD800 to \\uDFFF) is not text";
          else if (c == '\\' && i + 1 < length)
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '/')
        return "comments are not allowed in JSON";
      else if (c == '\'')
        return "single quotes are not allowed in JSON: use double quotes";
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_JSON_DEPTH)
            return "JSON nested more than " G_STRINGIFY (MAX_JSON_DEPTH) " levels deep";
        }
      else if (c == ']' || c == '}')
        depth--;
    }
  return NULL;
}

/* The line of the first byte that is not UTF-8, or 0 when all are. */
static int
invalid_utf8_line (const char *data,
                   gsize       length)
{
  const char *end = NULL;
  int line = 1;

  if (g_utf8_validate (data, length, &end))
    return 0;
  for (const char *p = data; p < end; p++)
    line += (*p == '\n');
  return line;
}

static SourceFile *
source_file_load_data (LcDataset  *dataset,
                       const char *path,
                       const char *data,
                       gsize       length)
{
  g_autoptr(SourceFile) file = g_new0 (SourceFile, 1);
  g_autoptr(GError) error = NULL;
  const char *problem;
  int line;

  file->dataset = dataset;
  file->path = g_strdup (path);
  file->parser = json_parser_new ();
  file->stack = g_array_new (FALSE, FALSE, sizeof (int));
  file->starts = g_hash_table_new (NULL, NULL);
  file->members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (memchr (data, '\0', length) != NULL)
    {
      g_ptr_array_add (dataset->problems,
                       g_strdup_printf ("%s:1: this is a binary file (it holds NUL bytes), not JSON", path));
      return NULL;
    }
  if ((line = invalid_utf8_line (data, length)) > 0)
    {
      g_ptr_array_add (dataset->problems,
                       g_strdup_printf ("%s:%d: not valid UTF-8 text: save the file as UTF-8", path, line));
      return NULL;
    }
  if ((problem = check_json_strict (data, length, &line)) != NULL)
    {
      g_ptr_array_add (dataset->problems, g_strdup_printf ("%s:%d: %s", path, line, problem));
      return NULL;
    }

  g_signal_connect (file->parser, "object-start", G_CALLBACK (on_container_start_cb), file);
  g_signal_connect (file->parser, "array-start", G_CALLBACK (on_container_start_cb), file);
  g_signal_connect (file->parser, "object-end", G_CALLBACK (on_object_end_cb), file);
  g_signal_connect (file->parser, "array-end", G_CALLBACK (on_array_end_cb), file);
  g_signal_connect (file->parser, "object-member", G_CALLBACK (on_object_member_cb), file);
  g_signal_connect (file->parser, "array-element", G_CALLBACK (on_array_element_cb), file);

  if (!json_parser_load_from_data (file->parser, data, (gssize) length, &error))
    {
      /* json-glib's message starts with "<data>:line:column: ". */
      if (g_str_has_prefix (error->message, "<data>:"))
        g_ptr_array_add (dataset->problems,
                         g_strdup_printf ("%s:%s", path, error->message + strlen ("<data>:")));
      else
        g_ptr_array_add (dataset->problems, g_strdup_printf ("%s:1: %s", path, error->message));
      return NULL;
    }

  return g_steal_pointer (&file);
}

static SourceFile *
source_file_load (LcDataset  *dataset,
                  const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &error))
    {
      g_ptr_array_add (dataset->problems, g_strdup_printf ("%s:1: %s", path, error->message));
      return NULL;
    }

  return source_file_load_data (dataset, path, data, length);
}

static int
object_line (SourceFile *file,
             JsonObject *object)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (file->starts, object));
}

static int
member_line (SourceFile *file,
             JsonObject *object,
             const char *name)
{
  g_autofree char *key = g_strdup_printf ("%p/%s", (gpointer) object, name);
  gpointer line;

  if (g_hash_table_lookup_extended (file->members, key, NULL, &line))
    return GPOINTER_TO_INT (line);
  return object_line (file, object);
}

static int
element_line (SourceFile *file,
              JsonArray  *array,
              guint       index)
{
  g_autofree char *key = g_strdup_printf ("%p[%u]", (gpointer) array, index);
  gpointer line;

  if (g_hash_table_lookup_extended (file->members, key, NULL, &line))
    return GPOINTER_TO_INT (line);
  return GPOINTER_TO_INT (g_hash_table_lookup (file->starts, array));
}

/* Field checks. @prefix names the enclosing record ("location.",
 * "quotes[2].") so that messages name the field exactly. */

static void
check_keys (SourceFile         *file,
            JsonObject         *object,
            const char         *prefix,
            const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        problem (file, member_line (file, object, l->data),
                 "%s%s: unknown key", prefix, (const char *) l->data);
    }
}

static gboolean
get_node (SourceFile  *file,
          JsonObject  *object,
          const char  *prefix,
          const char  *name,
          FieldFlags   flags,
          JsonNode   **out)
{
  JsonNode *node = json_object_get_member (object, name);

  *out = NULL;
  if (node == NULL)
    {
      if (flags & FIELD_REQUIRED)
        {
          problem (file, object_line (file, object), "%s%s: missing", prefix, name);
          return FALSE;
        }
      return TRUE;
    }

  if (JSON_NODE_HOLDS_NULL (node))
    {
      if (!(flags & FIELD_NULLABLE))
        {
          problem (file, member_line (file, object, name), "%s%s: must not be null", prefix, name);
          return FALSE;
        }
      return TRUE;
    }

  *out = node;
  return TRUE;
}

static gboolean
is_string_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_int_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
is_number_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node)
         && (json_node_get_value_type (node) == G_TYPE_INT64
             || json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

gboolean
_lc_dataset_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_nonempty_string_node (JsonNode *node)
{
  return is_string_node (node) && !_lc_dataset_is_blank (json_node_get_string (node));
}

static gboolean
is_bool_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
}

static gboolean
is_object_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_OBJECT (node);
}

static gboolean
is_array_node (JsonNode *node)
{
  return JSON_NODE_HOLDS_ARRAY (node);
}

/* get_node(), and the node must pass @is_kind: "NAME: must be @what"
 * otherwise. *@out is NULL where the field is absent or null. */
static gboolean
get_node_of_kind (SourceFile  *file,
                  JsonObject  *object,
                  const char  *prefix,
                  const char  *name,
                  FieldFlags   flags,
                  gboolean   (*is_kind) (JsonNode *),
                  const char  *what,
                  JsonNode   **out)
{
  if (!get_node (file, object, prefix, name, flags, out))
    return FALSE;
  if (*out == NULL || is_kind (*out))
    return TRUE;

  problem (file, member_line (file, object, name), "%s%s: must be %s", prefix, name, what);
  *out = NULL;
  return FALSE;
}

/* A present, non-empty string (or NULL where @flags allow it). */
static gboolean
get_string (SourceFile  *file,
            JsonObject  *object,
            const char  *prefix,
            const char  *name,
            FieldFlags   flags,
            const char **out)
{
  JsonNode *node;
  gboolean ok = get_node_of_kind (file, object, prefix, name, flags, is_nonempty_string_node,
                                  "a non-empty string", &node);

  *out = node != NULL ? json_node_get_string (node) : NULL;
  return ok;
}

static gboolean
get_int (SourceFile *file,
         JsonObject *object,
         const char *prefix,
         const char *name,
         FieldFlags  flags,
         gint64     *out,
         gboolean   *present)
{
  JsonNode *node;
  gboolean ok = get_node_of_kind (file, object, prefix, name, flags, is_int_node,
                                  (flags & FIELD_NULLABLE) ? "an integer or null" : "an integer", &node);

  *out = node != NULL ? json_node_get_int (node) : 0;
  *present = node != NULL;
  return ok;
}

static gboolean
get_bool (SourceFile *file,
          JsonObject *object,
          const char *prefix,
          const char *name,
          FieldFlags  flags,
          gboolean   *out)
{
  JsonNode *node;
  gboolean ok = get_node_of_kind (file, object, prefix, name, flags, is_bool_node, "true or false", &node);

  *out = node != NULL && json_node_get_boolean (node);
  return ok;
}

static gboolean
get_object (SourceFile  *file,
            JsonObject  *object,
            const char  *prefix,
            const char  *name,
            FieldFlags   flags,
            JsonObject **out)
{
  JsonNode *node;
  gboolean ok = get_node_of_kind (file, object, prefix, name, flags, is_object_node, "an object", &node);

  *out = node != NULL ? json_node_get_object (node) : NULL;
  return ok;
}

static gboolean
get_array (SourceFile  *file,
           JsonObject  *object,
           const char  *prefix,
           const char  *name,
           FieldFlags   flags,
           JsonArray  **out)
{
  JsonNode *node;
  gboolean ok = get_node_of_kind (file, object, prefix, name, flags, is_array_node, "a list", &node);

  *out = node != NULL ? json_node_get_array (node) : NULL;
  return ok;
}

/* An http(s) URL with a host; *@has_space (nullable) says whether it was
 * refused for white space or control characters. */
gboolean
_lc_dataset_is_url (const char *url,
                    gboolean   *has_space)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (has_space != NULL)
    *has_space = FALSE;
  for (const char *p = url; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || g_ascii_iscntrl (*p))
        {
          if (has_space != NULL)
            *has_space = TRUE;
          return FALSE;
        }
    }

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  host = uri != NULL ? g_uri_get_host (uri) : NULL;

  return scheme != NULL
         && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0)
         && host != NULL && *host != '\0';
}

static gboolean
check_url (SourceFile *file,
           int         line,
           const char *field,
           const char *url)
{
  gboolean has_space;

  if (_lc_dataset_is_url (url, &has_space))
    return TRUE;

  if (has_space)
    problem (file, line, "%s: \"%s\" is not a URL: it contains white space", field, url);
  else
    problem (file, line, "%s: \"%s\" is not an http(s) URL with a host", field, url);
  return FALSE;
}

static gboolean
check_url_member (SourceFile *file,
                  JsonObject *object,
                  const char *prefix,
                  const char *name,
                  char      **out)
{
  g_autofree char *field = g_strconcat (prefix, name, NULL);
  const char *url;

  *out = NULL;
  if (!get_string (file, object, prefix, name, FIELD_REQUIRED, &url))
    return FALSE;
  if (!check_url (file, member_line (file, object, name), field, url))
    return FALSE;

  *out = g_strdup (url);
  return TRUE;
}

/* A list of strings; with @urls every one must be an http(s) URL and there
 * must be at least one. */
static gboolean
get_string_list (SourceFile   *file,
                 JsonObject   *object,
                 const char   *prefix,
                 const char   *name,
                 FieldFlags    flags,
                 gboolean      urls,
                 char       ***out)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  gboolean ok = TRUE;

  *out = NULL;
  if (!get_array (file, object, prefix, name, flags, &array))
    return FALSE;

  if (array != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          int line = element_line (file, array, i);
          g_autofree char *field = g_strdup_printf ("%s%s[%u]", prefix, name, i);

          if (!is_nonempty_string_node (node))
            {
              problem (file, line, "%s: must be a non-empty string", field);
              ok = FALSE;
              continue;
            }
          if (urls && !check_url (file, line, field, json_node_get_string (node)))
            {
              ok = FALSE;
              continue;
            }
          g_strv_builder_add (builder, json_node_get_string (node));
        }
    }

  if (urls && ok && (array == NULL || json_array_get_length (array) == 0))
    {
      problem (file, array != NULL ? element_line (file, array, 0) : object_line (file, object),
               "%s%s: at least one source URL is required", prefix, name);
      ok = FALSE;
    }

  *out = g_strv_builder_end (builder);
  return ok;
}

static gboolean
check_year (SourceFile *file,
            int         line,
            const char *field,
            gint64      year)
{
  if (year < LC_DATASET_FIRST_YEAR || year > file->dataset->last_year)
    {
      problem (file, line, "%s: %" G_GINT64_FORMAT " is outside %d..%d",
               field, year, LC_DATASET_FIRST_YEAR, file->dataset->last_year);
      return FALSE;
    }
  return TRUE;
}

gboolean
_lc_dataset_parse_digits (const char *text,
              guint       n,
              int        *out)
{
  *out = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *out = *out * 10 + (text[i] - '0');
    }
  return TRUE;
}

/* YYYY, YYYY-MM or YYYY-MM-DD, and a real date. */
gboolean
_lc_dataset_is_date (const char *text)
{
  gsize len = strlen (text);
  int year, month, day;

  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  if (!_lc_dataset_parse_digits (text, 4, &year) || year < 1900)
    return FALSE;
  if (len == 4)
    return TRUE;
  if (text[4] != '-' || !_lc_dataset_parse_digits (text + 5, 2, &month) || month < 1 || month > 12)
    return FALSE;
  if (len == 7)
    return TRUE;
  if (text[7] != '-' || !_lc_dataset_parse_digits (text + 8, 2, &day))
    return FALSE;

  return g_date_valid_dmy (day, month, year);
}

static gboolean
check_date_member (SourceFile  *file,
                   JsonObject  *object,
                   const char  *prefix,
                   const char  *name,
                   const char **out)
{
  if (!get_string (file, object, prefix, name, FIELD_REQUIRED, out))
    return FALSE;

  if (!_lc_dataset_is_date (*out))
    {
      problem (file, member_line (file, object, name),
               "%s%s: \"%s\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", prefix, name, *out);
      *out = NULL;
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_choice (SourceFile         *file,
              JsonObject         *object,
              const char         *prefix,
              const char         *name,
              const char         *value,
              const char * const *choices)
{
  g_autofree char *list = NULL;

  if (g_strv_contains (choices, value))
    return TRUE;

  list = g_strjoinv (", ", (char **) choices);
  problem (file, member_line (file, object, name),
           "%s%s: unknown value \"%s\" (expected one of %s)", prefix, name, value, list);
  return FALSE;
}

gboolean
_lc_dataset_is_slug (const char *text)
{
  if (*text == '\0' || *text == '-')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (p[1] == '-' || p[1] == '\0')
            return FALSE;
        }
      else if (!g_ascii_isdigit (*p) && !(*p >= 'a' && *p <= 'z'))
        return FALSE;
    }

  return TRUE;
}

/* The root object: the right format and version, and the list it holds. */
static JsonArray *
check_root (SourceFile         *file,
            const char         *format,
            const char         *list_name,
            const char * const *keys,
            JsonObject        **out_root)
{
  JsonNode *root = json_parser_get_root (file->parser);
  JsonObject *object;
  const char *found_format;
  gint64 version;
  gboolean present;
  JsonArray *list;

  *out_root = NULL;
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      problem (file, 1, "the file must hold one JSON object");
      return NULL;
    }

  object = json_node_get_object (root);
  *out_root = object;
  check_keys (file, object, "", keys);

  if (get_string (file, object, "", "format", FIELD_REQUIRED, &found_format)
      && g_strcmp0 (found_format, format) != 0)
    problem (file, member_line (file, object, "format"),
             "format: \"%s\" where \"%s\" was expected", found_format, format);

  if (get_int (file, object, "", "version", FIELD_REQUIRED, &version, &present) && version != 1)
    problem (file, member_line (file, object, "version"),
             "version: %" G_GINT64_FORMAT " is not supported (expected 1)", version);

  if (!get_array (file, object, "", list_name, FIELD_REQUIRED, &list))
    return NULL;

  return list;
}

static JsonObject *
record_at (SourceFile *file,
           JsonArray  *list,
           guint       index,
           const char *list_name)
{
  JsonNode *node = json_array_get_element (list, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (file, element_line (file, list, index), "%s[%u]: must be an object", list_name, index);
      return NULL;
    }
  return json_node_get_object (node);
}

/* cohorts.json */

static void
validate_cohorts (LcDataset  *self,
                  SourceFile *file)
{
  g_autoptr(GHashTable) years = g_hash_table_new (NULL, NULL);
  JsonObject *root;
  JsonArray *list = check_root (file, "learning-cities/cohorts", "cohorts", cohorts_keys, &root);

  if (list == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      static const char * const counts[] = {
        "new_cities", "new_countries", "total_cities_after", "total_countries_after"
      };
      JsonObject *record = record_at (file, list, i, "cohorts");
      gint64 values[G_N_ELEMENTS (counts)];
      g_auto(GStrv) sources = NULL;
      const char *announced, *note;
      gboolean present, ok = TRUE;
      gint64 year;
      gpointer first;

      if (record == NULL)
        continue;

      check_keys (file, record, "", cohort_keys);

      if (get_int (file, record, "", "year", FIELD_REQUIRED, &year, &present))
        {
          int line = member_line (file, record, "year");

          ok &= check_year (file, line, "year", year);
          if (g_hash_table_lookup_extended (years, GINT_TO_POINTER (year), NULL, &first))
            {
              problem (file, line, "year: duplicate cohort %" G_GINT64_FORMAT " (first at line %d)",
                       year, GPOINTER_TO_INT (first));
              ok = FALSE;
            }
          else
            g_hash_table_insert (years, GINT_TO_POINTER (year), GINT_TO_POINTER (line));
        }
      else
        ok = FALSE;

      ok &= check_date_member (file, record, "", "announced", &announced);

      for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
        {
          if (!get_int (file, record, "", counts[c], FIELD_REQUIRED | FIELD_NULLABLE,
                        &values[c], &present))
            ok = FALSE;
          else if (!present)
            values[c] = -1;
          else if (values[c] < 0 || values[c] > G_MAXINT)
            {
              problem (file, member_line (file, record, counts[c]),
                       "%s: %" G_GINT64_FORMAT " is not a count", counts[c], values[c]);
              ok = FALSE;
            }
        }

      ok &= get_string (file, record, "", "note", FIELD_NULLABLE, &note);
      ok &= get_string_list (file, record, "", "sources", FIELD_REQUIRED, TRUE, &sources);

      if (!ok)
        continue;

      g_ptr_array_add (self->cohorts,
                       g_object_new (LC_TYPE_COHORT,
                                     "year", (int) year,
                                     "announced", announced,
                                     "new-cities", (int) values[0],
                                     "new-countries", (int) values[1],
                                     "total-cities-after", (int) values[2],
                                     "total-countries-after", (int) values[3],
                                     "note", note,
                                     "sources", sources,
                                     NULL));
    }
}

/* cities.json */

static gboolean
validate_location (SourceFile  *file,
                   JsonObject  *location,
                   double      *lat,
                   double      *lon,
                   const char **method,
                   gint64      *geonameid,
                   const char **note)
{
  static const struct { const char *name; double limit; } axes[] = {
    { "lat", 90.0 }, { "lon", 180.0 },
  };
  double values[2] = { NAN, NAN };
  gboolean ok = TRUE;
  gboolean present, unknown;
  JsonNode *source;

  check_keys (file, location, "location.", location_keys);

  if (get_string (file, location, "location.", "method", FIELD_REQUIRED, method))
    ok &= check_choice (file, location, "location.", "method", *method, _lc_dataset_location_methods);
  else
    ok = FALSE;
  unknown = g_strcmp0 (*method, "unknown") == 0;

  for (guint i = 0; i < G_N_ELEMENTS (axes); i++)
    {
      JsonNode *node;
      int line = member_line (file, location, axes[i].name);

      if (!get_node (file, location, "location.", axes[i].name,
                     FIELD_REQUIRED | (unknown ? FIELD_NULLABLE : 0), &node))
        {
          ok = FALSE;
          continue;
        }
      if (unknown)
        {
          if (node != NULL)
            {
              problem (file, line, "location.%s: must be null when method is unknown", axes[i].name);
              ok = FALSE;
            }
          continue;
        }
      if (!is_number_node (node))
        {
          problem (file, line, "location.%s: must be a number", axes[i].name);
          ok = FALSE;
          continue;
        }

      values[i] = json_node_get_double (node);
      if (!isfinite (values[i]) || values[i] < -axes[i].limit || values[i] > axes[i].limit)
        {
          problem (file, line, "location.%s: %.10g is out of range (-%g..%g)",
                   axes[i].name, values[i], axes[i].limit, axes[i].limit);
          ok = FALSE;
        }
      else if (fabs (round (values[i] * 1e4) / 1e4 - values[i]) > 1e-9)
        {
          problem (file, line, "location.%s: %.10g has more than 4 decimals",
                   axes[i].name, values[i]);
          ok = FALSE;
        }
    }

  if (get_int (file, location, "location.", "geonameid", FIELD_REQUIRED | FIELD_NULLABLE,
               geonameid, &present))
    {
      if (present && *geonameid <= 0)
        {
          problem (file, member_line (file, location, "geonameid"),
                   "location.geonameid: %" G_GINT64_FORMAT " is not a GeoNames id", *geonameid);
          ok = FALSE;
        }
      else if (!present && g_str_has_prefix (*method != NULL ? *method : "", "geonames-"))
        {
          problem (file, member_line (file, location, "geonameid"),
                   "location.geonameid: required when method is %s", *method);
          ok = FALSE;
        }
    }
  else
    ok = FALSE;

  ok &= get_string (file, location, "location.", "note", FIELD_NULLABLE, note);
  if (unknown && *note == NULL)
    {
      problem (file, member_line (file, location, "note"),
               "location.note: required when method is unknown: say why");
      ok = FALSE;
    }

  if (get_node (file, location, "location.", "source", FIELD_NULLABLE, &source) && source != NULL)
    {
      if (!is_string_node (source))
        {
          problem (file, member_line (file, location, "source"), "location.source: must be a URL or null");
          ok = FALSE;
        }
      else
        ok &= check_url (file, member_line (file, location, "source"), "location.source",
                         json_node_get_string (source));
    }

  *lat = values[0];
  *lon = values[1];
  return ok;
}

static GPtrArray *
validate_disputes (SourceFile *file,
                   JsonObject *city,
                   gboolean   *ok)
{
  g_autoptr(GPtrArray) disputes = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_dispute_free);
  JsonArray *list;

  if (!get_array (file, city, "", "disputes", FIELD_OPTIONAL, &list))
    {
      *ok = FALSE;
      return g_steal_pointer (&disputes);
    }

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *prefix = g_strdup_printf ("disputes[%u].", i);
      g_autoptr(LcDispute) dispute = g_new0 (LcDispute, 1);
      JsonObject *record = record_at (file, list, i, "disputes");
      const char *field, *chosen, *alternative, *reason;
      gboolean record_ok = TRUE;

      if (record == NULL)
        {
          *ok = FALSE;
          continue;
        }

      check_keys (file, record, prefix, dispute_keys);
      if (get_string (file, record, prefix, "field", FIELD_REQUIRED, &field))
        record_ok &= check_choice (file, record, prefix, "field", field, dispute_fields);
      else
        record_ok = FALSE;
      record_ok &= get_string (file, record, prefix, "chosen", FIELD_REQUIRED, &chosen);
      record_ok &= get_string (file, record, prefix, "alternative", FIELD_REQUIRED, &alternative);
      record_ok &= get_string (file, record, prefix, "reason", FIELD_REQUIRED, &reason);
      record_ok &= get_string_list (file, record, prefix, "sources", FIELD_REQUIRED, TRUE,
                                    &dispute->sources);

      if (!record_ok)
        {
          *ok = FALSE;
          continue;
        }

      dispute->field = g_strdup (field);
      dispute->chosen = g_strdup (chosen);
      dispute->alternative = g_strdup (alternative);
      dispute->reason = g_strdup (reason);
      g_ptr_array_add (disputes, g_steal_pointer (&dispute));
    }

  return g_steal_pointer (&disputes);
}

static CityEntry *
validate_city (LcDataset  *self,
               SourceFile *file,
               JsonObject *record,
               GHashTable *id_lines)
{
  g_auto(GStrv) alt_names = NULL;
  g_auto(GStrv) sources = NULL;
  g_autoptr(GPtrArray) disputes = NULL;
  const char *id, *name, *country_code, *region_name, *year_reason, *status, *status_reason, *notes;
  const char *method = NULL, *location_note = NULL;
  const LcCountry *country = NULL;
  JsonObject *location;
  LcRegion region = LC_REGION_AFRICA;
  gint64 year, year_from, year_to, geonameid = 0;
  gboolean has_year, has_from, has_to, year_inferred;
  double lat = NAN, lon = NAN;
  gboolean ok = TRUE;
  CityEntry *entry;

  check_keys (file, record, "", city_keys);

  if (get_string (file, record, "", "id", FIELD_REQUIRED, &id))
    {
      int line = member_line (file, record, "id");
      gpointer first;

      if (!_lc_dataset_is_slug (id))
        {
          problem (file, line, "id: \"%s\" is not a slug (a-z, 0-9 and single inner hyphens)", id);
          ok = FALSE;
        }
      else if (g_hash_table_lookup_extended (id_lines, id, NULL, &first))
        {
          problem (file, line, "id: duplicate id \"%s\" (first at line %d)", id, GPOINTER_TO_INT (first));
          ok = FALSE;
        }
      else
        g_hash_table_insert (id_lines, (gpointer) id, GINT_TO_POINTER (line));
      g_hash_table_add (self->seen_ids, g_strdup (id));
    }
  else
    ok = FALSE;

  ok &= get_string (file, record, "", "name", FIELD_REQUIRED, &name);
  ok &= get_string_list (file, record, "", "alt_names", FIELD_OPTIONAL, FALSE, &alt_names);

  if (get_string (file, record, "", "country", FIELD_REQUIRED, &country_code))
    {
      country = lc_countries_get_by_alpha2 (self->countries, country_code);
      if (country == NULL)
        {
          problem (file, member_line (file, record, "country"),
                   "country: unknown country \"%s\" (expected an ISO 3166-1 alpha-2 code such as \"KR\")",
                   country_code);
          ok = FALSE;
        }
    }
  else
    ok = FALSE;

  if (get_string (file, record, "", "region", FIELD_REQUIRED, &region_name))
    {
      gboolean found = FALSE;

      for (guint i = 0; i < LC_REGION_N_REGIONS; i++)
        {
          if (g_strcmp0 (region_name, lc_region_to_string (i)) == 0)
            {
              region = i;
              found = TRUE;
            }
        }
      if (!found)
        {
          problem (file, member_line (file, record, "region"),
                   "region: unknown region \"%s\" (expected one of Africa, Arab States, "
                   "Asia and the Pacific, Europe and North America, Latin America and the Caribbean)",
                   region_name);
          ok = FALSE;
        }
    }
  else
    ok = FALSE;

  /* A year, or a span when only that is known. */
  ok &= get_int (file, record, "", "year", FIELD_NULLABLE, &year, &has_year);
  ok &= get_int (file, record, "", "year_from", FIELD_NULLABLE, &year_from, &has_from);
  ok &= get_int (file, record, "", "year_to", FIELD_NULLABLE, &year_to, &has_to);
  ok &= get_bool (file, record, "", "year_inferred", FIELD_OPTIONAL, &year_inferred);
  ok &= get_string (file, record, "", "year_reason", FIELD_NULLABLE, &year_reason);

  if (has_year)
    ok &= check_year (file, member_line (file, record, "year"), "year", year);
  if (has_from)
    ok &= check_year (file, member_line (file, record, "year_from"), "year_from", year_from);
  if (has_to)
    ok &= check_year (file, member_line (file, record, "year_to"), "year_to", year_to);

  if (has_year && (has_from || has_to))
    {
      problem (file, member_line (file, record, has_from ? "year_from" : "year_to"),
               "%s: must be null when year is set", has_from ? "year_from" : "year_to");
      ok = FALSE;
    }
  else if (!has_year && !(has_from && has_to))
    {
      problem (file, member_line (file, record, "year"),
               "year: missing: give year, or year_from and year_to");
      ok = FALSE;
    }
  else if (!has_year && year_from > year_to)
    {
      problem (file, member_line (file, record, "year_from"),
               "year_from: %" G_GINT64_FORMAT " is after year_to %" G_GINT64_FORMAT,
               year_from, year_to);
      ok = FALSE;
    }
  else if (!has_year && !year_inferred)
    {
      problem (file, member_line (file, record, "year_inferred"),
               "year_inferred: must be true for a year range");
      ok = FALSE;
    }

  if (year_inferred && year_reason == NULL)
    {
      problem (file, member_line (file, record, "year_reason"),
               "year_reason: required when year_inferred is true");
      ok = FALSE;
    }

  if (get_string (file, record, "", "status", FIELD_OPTIONAL, &status))
    {
      if (status != NULL)
        ok &= check_choice (file, record, "", "status", status, _lc_dataset_statuses);
    }
  else
    ok = FALSE;

  ok &= get_string (file, record, "", "status_reason", FIELD_NULLABLE, &status_reason);
  if (status != NULL && g_strcmp0 (status, "member") != 0 && status_reason == NULL)
    {
      problem (file, member_line (file, record, "status_reason"),
               "status_reason: required when status is %s", status);
      ok = FALSE;
    }

  ok &= get_string_list (file, record, "", "sources", FIELD_REQUIRED, TRUE, &sources);

  /* Coordinates may still be missing while a city waits for geocoding. */
  if (get_object (file, record, "", "location", FIELD_NULLABLE, &location))
    {
      if (location != NULL)
        ok &= validate_location (file, location, &lat, &lon, &method, &geonameid, &location_note);
    }
  else
    ok = FALSE;

  disputes = validate_disputes (file, record, &ok);
  ok &= get_string (file, record, "", "notes", FIELD_NULLABLE, &notes);

  if (!ok)
    return NULL;

  entry = g_new0 (CityEntry, 1);
  entry->disputes = g_steal_pointer (&disputes);
  entry->city = g_object_new (LC_TYPE_CITY,
                              "id", id,
                              "name", name,
                              "alt-names", alt_names,
                              "country-code", country->alpha2,
                              "country-name", country->name,
                              "region", region,
                              "year", has_year ? (int) year : 0,
                              "year-from", has_year ? 0 : (int) year_from,
                              "year-to", has_year ? 0 : (int) year_to,
                              "year-inferred", year_inferred,
                              "year-reason", year_reason,
                              "status", status != NULL ? status : "member",
                              "status-reason", status_reason,
                              "location-method", method,
                              "geonameid", geonameid,
                              "location-note", location_note,
                              "notes", notes,
                              "sources", sources,
                              NULL);
  if (!isnan (lat) && !isnan (lon))
    _lc_city_set_location (entry->city, lat, lon);

  return entry;
}

static void
validate_cities (LcDataset  *self,
                 SourceFile *file,
                 GHashTable *entries)
{
  g_autoptr(GHashTable) id_lines = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonArray *list = check_root (file, "learning-cities/cities", "cities", cities_keys, &root);
  const char *credits;

  if (list == NULL)
    return;

  if (get_string (file, root, "", "credits", FIELD_OPTIONAL, &credits))
    self->credits = g_strdup (credits);

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *record = record_at (file, list, i, "cities");
      CityEntry *entry;

      if (record == NULL)
        continue;

      entry = validate_city (self, file, record, id_lines);
      if (entry != NULL)
        {
          g_hash_table_insert (entries, (gpointer) lc_city_get_id (entry->city), entry);
          g_ptr_array_add (self->cities, g_object_ref (entry->city));
        }
    }
}

/* stories.json */

static GPtrArray *
validate_awards (SourceFile *file,
                 JsonObject *story,
                 gboolean   *ok)
{
  g_autoptr(GPtrArray) awards = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_award_free);
  JsonArray *list;

  if (!get_array (file, story, "", "awards", FIELD_OPTIONAL, &list))
    *ok = FALSE;

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *prefix = g_strdup_printf ("awards[%u].", i);
      g_autoptr(LcAward) award = g_new0 (LcAward, 1);
      JsonObject *record = record_at (file, list, i, "awards");
      gboolean present, is_round = FALSE;
      gint64 year;

      if (record == NULL)
        {
          *ok = FALSE;
          continue;
        }

      check_keys (file, record, prefix, award_keys);
      if (!get_int (file, record, prefix, "year", FIELD_REQUIRED, &year, &present))
        *ok = FALSE;
      for (guint r = 0; r < G_N_ELEMENTS (award_rounds); r++)
        is_round |= (year == award_rounds[r]);
      if (present && !is_round)
        {
          problem (file, member_line (file, record, "year"),
                   "%syear: %" G_GINT64_FORMAT " is not a Learning City Award round", prefix, year);
          *ok = FALSE;
        }
      if (!check_url_member (file, record, prefix, "source", &award->source))
        *ok = FALSE;

      award->year = (int) year;
      g_ptr_array_add (awards, g_steal_pointer (&award));
    }

  return g_steal_pointer (&awards);
}

static GPtrArray *
validate_initiatives (SourceFile *file,
                      JsonObject *story,
                      gboolean   *ok)
{
  g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_initiative_free);
  JsonArray *list;

  if (!get_array (file, story, "", "initiatives", FIELD_OPTIONAL, &list))
    *ok = FALSE;

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *prefix = g_strdup_printf ("initiatives[%u].", i);
      g_autoptr(LcInitiative) initiative = g_new0 (LcInitiative, 1);
      JsonObject *record = record_at (file, list, i, "initiatives");
      const char *text;

      if (record == NULL)
        {
          *ok = FALSE;
          continue;
        }

      check_keys (file, record, prefix, initiative_keys);
      *ok &= get_string (file, record, prefix, "text", FIELD_REQUIRED, &text);
      *ok &= get_string_list (file, record, prefix, "sources", FIELD_REQUIRED, TRUE,
                              &initiative->sources);

      initiative->text = g_strdup (text);
      g_ptr_array_add (initiatives, g_steal_pointer (&initiative));
    }

  return g_steal_pointer (&initiatives);
}

static gboolean
is_language_tag (const char *text)
{
  gsize primary = 0;

  while (text[primary] >= 'a' && text[primary] <= 'z')
    primary++;
  if (primary < 2 || primary > 3)
    return FALSE;

  for (const char *p = text + primary; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (p[1] == '-' || p[1] == '\0')
            return FALSE;
        }
      else if (!g_ascii_isalnum (*p))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
validate_quotes (SourceFile *file,
                 JsonObject *story,
                 gboolean   *ok)
{
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_quote_free);
  JsonArray *list;

  if (!get_array (file, story, "", "quotes", FIELD_OPTIONAL, &list))
    *ok = FALSE;

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *prefix = g_strdup_printf ("quotes[%u].", i);
      g_autoptr(LcQuote) quote = g_new0 (LcQuote, 1);
      JsonObject *record = record_at (file, list, i, "quotes");
      const char *text, *lang, *gloss, *speaker, *role, *date, *date_note, *note;

      if (record == NULL)
        {
          *ok = FALSE;
          continue;
        }

      check_keys (file, record, prefix, quote_keys);
      *ok &= get_string (file, record, prefix, "text", FIELD_REQUIRED, &text);
      if (get_string (file, record, prefix, "lang", FIELD_REQUIRED, &lang)
          && !is_language_tag (lang))
        {
          problem (file, member_line (file, record, "lang"),
                   "%slang: \"%s\" is not a language code such as \"en\" or \"pt-BR\"", prefix, lang);
          *ok = FALSE;
        }
      else if (lang == NULL)
        *ok = FALSE;
      *ok &= get_string (file, record, prefix, "gloss", FIELD_NULLABLE, &gloss);
      if (lang != NULL && gloss == NULL && g_ascii_strncasecmp (lang, "en", 2) != 0)
        {
          problem (file, member_line (file, record, "gloss"),
                   "%sgloss: an English gloss is required for a quote in \"%s\"", prefix, lang);
          *ok = FALSE;
        }
      *ok &= get_string (file, record, prefix, "speaker", FIELD_REQUIRED, &speaker);
      *ok &= get_string (file, record, prefix, "role", FIELD_REQUIRED | FIELD_NULLABLE, &role);
      *ok &= check_date_member (file, record, prefix, "date", &date);
      *ok &= get_string (file, record, prefix, "date_note", FIELD_NULLABLE, &date_note);
      *ok &= get_string (file, record, prefix, "note", FIELD_NULLABLE, &note);
      *ok &= get_bool (file, record, prefix, "reported", FIELD_OPTIONAL, &quote->reported);
      *ok &= check_url_member (file, record, prefix, "source", &quote->source);

      quote->text = g_strdup (text);
      quote->lang = g_strdup (lang);
      quote->gloss = g_strdup (gloss);
      quote->speaker = g_strdup (speaker);
      quote->role = g_strdup (role);
      quote->date = g_strdup (date);
      quote->date_note = g_strdup (date_note);
      quote->note = g_strdup (note);
      g_ptr_array_add (quotes, g_steal_pointer (&quote));
    }

  return g_steal_pointer (&quotes);
}

static void
validate_stories (LcDataset  *self,
                  SourceFile *file,
                  GHashTable *entries,
                  const char *cities_path)
{
  g_autoptr(GHashTable) id_lines = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonArray *list = check_root (file, "learning-cities/stories", "stories", stories_keys, &root);

  if (list == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *record = record_at (file, list, i, "stories");
      g_autoptr(GPtrArray) awards = NULL;
      g_autoptr(GPtrArray) initiatives = NULL;
      g_autoptr(GPtrArray) quotes = NULL;
      CityEntry *entry = NULL;
      const char *id;
      gboolean ok = TRUE;

      if (record == NULL)
        continue;

      check_keys (file, record, "", story_keys);
      if (get_string (file, record, "", "id", FIELD_REQUIRED, &id))
        {
          int line = member_line (file, record, "id");
          gpointer first;

          if (g_hash_table_lookup_extended (id_lines, id, NULL, &first))
            {
              problem (file, line, "id: duplicate story \"%s\" (first at line %d)",
                       id, GPOINTER_TO_INT (first));
              ok = FALSE;
            }
          else
            g_hash_table_insert (id_lines, (gpointer) id, GINT_TO_POINTER (line));

          entry = g_hash_table_lookup (entries, id);
          /* A city whose record is invalid is reported once, there. */
          if (entry == NULL && ok && !g_hash_table_contains (self->seen_ids, id))
            {
              problem (file, line, "id: \"%s\" names no city in %s", id, cities_path);
              ok = FALSE;
            }
        }

      awards = validate_awards (file, record, &ok);
      initiatives = validate_initiatives (file, record, &ok);
      quotes = validate_quotes (file, record, &ok);

      if (ok && entry != NULL)
        {
          _lc_city_set_details (entry->city, awards, initiatives, quotes, entry->disputes);
          entry->has_story = TRUE;
        }
    }
}

static void
lc_dataset_finalize (GObject *object)
{
  LcDataset *self = LC_DATASET (object);

  g_clear_object (&self->countries);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->cohorts, g_ptr_array_unref);
  g_clear_pointer (&self->cities, g_ptr_array_unref);
  g_clear_pointer (&self->credits, g_free);
  g_clear_pointer (&self->seen_ids, g_hash_table_unref);

  G_OBJECT_CLASS (lc_dataset_parent_class)->finalize (object);
}

static void
lc_dataset_class_init (LcDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lc_dataset_finalize;
}

static void
lc_dataset_init (LcDataset *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  self->last_year = g_date_time_get_year (now);
  self->problems = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->cohorts = g_ptr_array_new_with_free_func (g_object_unref);
  self->cities = g_ptr_array_new_with_free_func (g_object_unref);
  self->seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * lc_dataset_new:
 * @countries: the ISO 3166-1 countries a city's `country` must name
 *
 * Returns: (transfer full): a new, empty dataset
 */
LcDataset *
lc_dataset_new (LcCountries *countries)
{
  LcDataset *self;

  g_return_val_if_fail (LC_IS_COUNTRIES (countries), NULL);

  self = g_object_new (LC_TYPE_DATASET, NULL);
  self->countries = g_object_ref (countries);
  return self;
}

/**
 * lc_dataset_load:
 * @self: a #LcDataset
 * @cohorts_path: `cohorts.json`
 * @cities_path: `cities.json`
 * @stories_path: `stories.json`
 * @error: the return location for a #GError
 *
 * Reads and validates the three files of data/cities/ (their format is
 * described in data/cities/README.md). Every problem found is kept, as
 * `file:line: field: reason`, see lc_dataset_get_problems(); @error holds
 * them all, one a line.
 *
 * Returns: %TRUE if every record is valid
 */
gboolean
lc_dataset_load (LcDataset   *self,
                 const char  *cohorts_path,
                 const char  *cities_path,
                 const char  *stories_path,
                 GError     **error)
{
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(SourceFile) cohorts = NULL;
  g_autoptr(SourceFile) cities = NULL;
  g_autoptr(SourceFile) stories = NULL;

  g_return_val_if_fail (LC_IS_DATASET (self), FALSE);
  g_return_val_if_fail (self->cities->len == 0, FALSE);

  entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) city_entry_free);

  cohorts = source_file_load (self, cohorts_path);
  cities = source_file_load (self, cities_path);
  stories = source_file_load (self, stories_path);

  if (cohorts != NULL)
    validate_cohorts (self, cohorts);
  if (cities != NULL)
    validate_cities (self, cities, entries);
  if (stories != NULL && cities != NULL)
    validate_stories (self, stories, entries, cities_path);

  /* Cities without a story still get (empty) details. */
  for (guint i = 0; i < self->cities->len; i++)
    {
      LcCity *city = g_ptr_array_index (self->cities, i);
      CityEntry *entry = g_hash_table_lookup (entries, lc_city_get_id (city));

      if (!entry->has_story)
        {
          g_autoptr(GPtrArray) awards = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_award_free);
          g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_initiative_free);
          g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_quote_free);

          _lc_city_set_details (city, awards, initiatives, quotes, entry->disputes);
        }
    }

  if (self->problems->len > 0)
    {
      g_autofree char *all = g_strjoinv ("\n", (char **) self->problems->pdata);

      g_set_error_literal (error, LC_DATASET_ERROR, LC_DATASET_ERROR_INVALID, all);
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_dataset_load_cities_data:
 * @self: a #LcDataset
 * @path: the file name to name in messages
 * @data: the contents of a file in the shape of `cities.json`
 * @length: the length of @data in bytes
 * @error: the return location for a #GError
 *
 * Validates cities the way lc_dataset_load() does, from memory: the
 * importer reads user files this way. The cities get empty stories.
 *
 * Returns: %TRUE if every record is valid
 */
gboolean
lc_dataset_load_cities_data (LcDataset   *self,
                             const char  *path,
                             const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(SourceFile) cities = NULL;

  g_return_val_if_fail (LC_IS_DATASET (self), FALSE);
  g_return_val_if_fail (self->cities->len == 0, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) city_entry_free);
  cities = source_file_load_data (self, path, data != NULL ? data : "", length);
  if (cities != NULL)
    validate_cities (self, cities, entries);

  for (guint i = 0; i < self->cities->len; i++)
    {
      LcCity *city = g_ptr_array_index (self->cities, i);
      CityEntry *entry = g_hash_table_lookup (entries, lc_city_get_id (city));
      g_autoptr(GPtrArray) awards = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_award_free);
      g_autoptr(GPtrArray) initiatives = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_initiative_free);
      g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_quote_free);

      _lc_city_set_details (city, awards, initiatives, quotes, entry->disputes);
    }

  if (self->problems->len > 0)
    {
      g_autofree char *all = g_strjoinv ("\n", (char **) self->problems->pdata);

      g_set_error_literal (error, LC_DATASET_ERROR, LC_DATASET_ERROR_INVALID, all);
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_dataset_get_problems:
 * @self: a #LcDataset
 *
 * Returns: (transfer none): every problem lc_dataset_load() found, as
 *   `file:line: field: reason`, in file order
 */
const char * const *
lc_dataset_get_problems (LcDataset *self)
{
  g_return_val_if_fail (LC_IS_DATASET (self), NULL);
  return (const char * const *) self->problems->pdata;
}

/**
 * lc_dataset_get_cities:
 * @self: a #LcDataset
 *
 * Returns: (transfer none) (element-type LcCity): the valid cities, in file
 *   order, with their details
 */
GPtrArray *
lc_dataset_get_cities (LcDataset *self)
{
  g_return_val_if_fail (LC_IS_DATASET (self), NULL);
  return self->cities;
}

/**
 * lc_dataset_get_cohorts:
 * @self: a #LcDataset
 *
 * Returns: (transfer none) (element-type LcCohort): the cohorts, in file order
 */
GPtrArray *
lc_dataset_get_cohorts (LcDataset *self)
{
  g_return_val_if_fail (LC_IS_DATASET (self), NULL);
  return self->cohorts;
}

/**
 * lc_dataset_get_credits:
 * @self: a #LcDataset
 *
 * Returns: (nullable): the credits line of cities.json
 */
const char *
lc_dataset_get_credits (LcDataset *self)
{
  g_return_val_if_fail (LC_IS_DATASET (self), NULL);
  return self->credits;
}

/**
 * lc_dataset_get_countries:
 * @self: a #LcDataset
 *
 * Returns: (transfer none): the countries the dataset was checked against
 */
LcCountries *
lc_dataset_get_countries (LcDataset *self)
{
  g_return_val_if_fail (LC_IS_DATASET (self), NULL);
  return self->countries;
}
