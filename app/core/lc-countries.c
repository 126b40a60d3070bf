/* lc-countries.c: ISO 3166-1 countries from Debian's iso-codes
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-countries"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "lc-countries.h"
#include "lc-text.h"

struct _LcCountries
{
  GObject     parent_instance;

  GPtrArray  *countries;  /* of LcCountry */
  GHashTable *by_alpha2;  /* alpha2 → LcCountry, not owned */
  GHashTable *by_key;     /* folded code or name → LcCountry, not owned */
};

G_DEFINE_FINAL_TYPE (LcCountries, lc_countries, G_TYPE_OBJECT)

/* Names the sources use that iso-codes spells differently. */
static const struct {
  const char *alias;
  const char *alpha2;
} aliases[] = {
  { "Iran (Islamic Republic of)", "IR" },
  { "Republic of Korea", "KR" },
  { "Korea", "KR" },
  { "Turkey", "TR" },
  { "Turkiye", "TR" },
};

static void
lc_country_free (LcCountry *country)
{
  g_free (country->alpha2);
  g_free (country->alpha3);
  g_free (country->numeric);
  g_free (country->name);
  g_free (country->iso_name);
  g_free (country->official_name);
  g_free (country->flag);
  g_free (country);
}

static char *
dup_member (JsonObject *object,
            const char *member)
{
  const char *value = json_object_get_string_member_with_default (object, member, NULL);

  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

static void
add_key (LcCountries     *self,
         const char      *key,
         const LcCountry *country)
{
  if (key != NULL)
    g_hash_table_insert (self->by_key, lc_text_fold (key), (gpointer) country);
}

static void
lc_countries_finalize (GObject *object)
{
  LcCountries *self = LC_COUNTRIES (object);

  g_clear_pointer (&self->by_alpha2, g_hash_table_unref);
  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->countries, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_countries_parent_class)->finalize (object);
}

static void
lc_countries_class_init (LcCountriesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lc_countries_finalize;
}

static void
lc_countries_init (LcCountries *self)
{
  self->countries = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_country_free);
  self->by_alpha2 = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * lc_countries_new_from_file:
 * @path: iso-codes' `iso_3166-1.json`
 * @error: the return location for a #GError
 *
 * Returns: (transfer full) (nullable): the countries, or %NULL on error
 */
LcCountries *
lc_countries_new_from_file (const char  *path,
                            GError     **error)
{
  g_autoptr(LcCountries) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonArray *list = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!json_parser_load_from_file (parser, path, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonNode *node = json_object_get_member (json_node_get_object (root), "3166-1");

      if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
        list = json_node_get_array (node);
    }
  if (list == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: not an ISO 3166-1 list from iso-codes"), path);
      return NULL;
    }

  self = g_object_new (LC_TYPE_COUNTRIES, NULL);
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *entry = json_array_get_object_element (list, i);
      LcCountry *country;

      if (entry == NULL || !json_object_has_member (entry, "alpha_2"))
        continue;

      country = g_new0 (LcCountry, 1);
      country->alpha2 = dup_member (entry, "alpha_2");
      country->alpha3 = dup_member (entry, "alpha_3");
      country->numeric = dup_member (entry, "numeric");
      country->iso_name = dup_member (entry, "name");
      country->official_name = dup_member (entry, "official_name");
      country->flag = dup_member (entry, "flag");
      country->name = dup_member (entry, "common_name");
      if (country->name == NULL)
        country->name = g_strdup (country->iso_name);

      if (country->alpha2 == NULL || country->name == NULL)
        {
          lc_country_free (country);
          continue;
        }

      g_ptr_array_add (self->countries, country);
      g_hash_table_insert (self->by_alpha2, country->alpha2, country);
      add_key (self, country->alpha2, country);
      add_key (self, country->alpha3, country);
      add_key (self, country->numeric, country);
      add_key (self, country->iso_name, country);
      add_key (self, country->name, country);
      add_key (self, country->official_name, country);
    }

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    {
      const LcCountry *country = g_hash_table_lookup (self->by_alpha2, aliases[i].alpha2);

      if (country != NULL)
        add_key (self, aliases[i].alias, country);
    }

  return g_steal_pointer (&self);
}

/**
 * lc_countries_get_default:
 * @error: the return location for a #GError
 *
 * Loads iso-codes' list once per process, from %LC_ISO_3166_DEFAULT_PATH
 * unless `LC_ISO_3166_JSON` names another file.
 *
 * Returns: (transfer full) (nullable): the countries, or %NULL on error
 */
LcCountries *
lc_countries_get_default (GError **error)
{
  static LcCountries *countries;
  const char *path;

  if (countries != NULL)
    return g_object_ref (countries);

  path = g_getenv ("LC_ISO_3166_JSON");
  if (path == NULL)
    path = LC_ISO_3166_DEFAULT_PATH;

  countries = lc_countries_new_from_file (path, error);
  if (countries == NULL)
    return NULL;

  g_object_add_weak_pointer (G_OBJECT (countries), (gpointer *) &countries);
  return countries;
}

/**
 * lc_countries_lookup:
 * @self: a #LcCountries
 * @code_or_name: an alpha-2, alpha-3 or numeric code, or a name (iso-codes'
 *   name, common or official name, or a known alias such as "Turkey"),
 *   in any case and with or without diacritics
 *
 * Returns: (nullable): the country
 */
const LcCountry *
lc_countries_lookup (LcCountries *self,
                     const char  *code_or_name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (LC_IS_COUNTRIES (self), NULL);

  if (code_or_name == NULL)
    return NULL;

  key = lc_text_fold (code_or_name);
  return g_hash_table_lookup (self->by_key, key);
}

/**
 * lc_countries_get_by_alpha2:
 * @self: a #LcCountries
 * @alpha2: an ISO 3166-1 alpha-2 code, upper case as the standard writes it
 *
 * Returns: (nullable): the country
 */
const LcCountry *
lc_countries_get_by_alpha2 (LcCountries *self,
                            const char  *alpha2)
{
  g_return_val_if_fail (LC_IS_COUNTRIES (self), NULL);

  return alpha2 != NULL ? g_hash_table_lookup (self->by_alpha2, alpha2) : NULL;
}

guint
lc_countries_get_n_items (LcCountries *self)
{
  g_return_val_if_fail (LC_IS_COUNTRIES (self), 0);

  return self->countries->len;
}
