/* lc-city-filter-model.c: the cities a filter lets through, in order
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What GtkFilterListModel does, for cities only, and fast enough that a
 * filter change at 100 000 cities fits in the 50 ms the benchmark allows
 * (tests/bench-filter.c). GtkFilterListModel fetches and references every
 * item to test it, and finds the item at a position in a bitset; this
 * model holds the source's cities in an array, tests their packed facts
 * (LcCityFacts) without a reference, and keeps the positions shown in a
 * second array. Whoever reads every city shown (the map, the header's
 * country count) gets the positions, or the count made in the same pass.
 */

#define G_LOG_DOMAIN "lc-city-filter-model"

#include "config.h"

#include <string.h>

#include "lc-city-filter-model.h"

/* Two-letter ISO codes, A to Z each (LcCityFacts.country). */
#define N_ALPHA2 (26 * 26)

/* A change that brings in more cities than this is told in pieces of
 * about this many cities (emit_pieces()), in at most MAX_PIECES. */
#define PIECE_SIZE 1024
#define MAX_PIECES 16

struct _LcCityFilterModel
{
  GObject       parent_instance;

  GListModel   *source;
  LcCityFilter *filter;

  /* Every city of the source, in its order (a reference each), and what
   * the filter tests of each. */
  LcCity      **items;
  LcCityFacts  *facts;
  guint         n_items;

  /* The source position of each city shown. */
  guint        *shown;
  guint         n_shown;
  guint         n_countries;
};

static void lc_city_filter_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcCityFilterModel, lc_city_filter_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, lc_city_filter_model_list_model_init))

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
free_items (LcCity **items,
            guint    n_items)
{
  for (guint i = 0; i < n_items; i++)
    g_object_unref (items[i]);
  g_free (items);
}

/* Takes the source's cities, and their facts: read in sorted order,
 * which is random for memory, the cities themselves made a filter change
 * at 100 000 cities take ten times as long. */
static void
load_source (LcCityFilterModel *self)
{
  guint n_items = self->source != NULL ? g_list_model_get_n_items (self->source) : 0;

  self->items = g_new (LcCity *, MAX (n_items, 1));
  self->n_items = n_items;
  g_free (self->facts);
  self->facts = g_new (LcCityFacts, MAX (n_items, 1));
  for (guint i = 0; i < n_items; i++)
    {
      self->items[i] = g_list_model_get_item (self->source, i);
      lc_city_facts_init (&self->facts[i], self->items[i]);
    }
}

/* Tests every city: those that pass are shown, and their countries
 * counted. */
static void
match_all (LcCityFilterModel *self)
{
  guint32 countries[(N_ALPHA2 + 31) / 32] = { 0 };
  g_autoptr(GHashTable) other_countries = NULL;
  GtkFilterMatch strictness;

  strictness = self->filter != NULL
               ? gtk_filter_get_strictness (GTK_FILTER (self->filter))
               : GTK_FILTER_MATCH_ALL;

  self->shown = g_new (guint, MAX (self->n_items, 1));
  self->n_shown = 0;
  self->n_countries = 0;
  for (guint i = 0; i < self->n_items; i++)
    {
      const LcCityFacts *facts = &self->facts[i];

      if (strictness == GTK_FILTER_MATCH_NONE
          || (strictness == GTK_FILTER_MATCH_SOME
              && !lc_city_filter_matches_facts (self->filter, facts, self->items[i])))
        continue;

      self->shown[self->n_shown++] = i;

      if (facts->country != LC_CITY_FACTS_OTHER_COUNTRY)
        {
          guint32 bit = 1u << (facts->country % 32);

          if (!(countries[facts->country / 32] & bit))
            {
              countries[facts->country / 32] |= bit;
              self->n_countries++;
            }
        }
      else
        {
          /* Not a code iso-codes knows: counted all the same. */
          const char *code = lc_city_get_country_code (self->items[i]);

          if (other_countries == NULL)
            other_countries = g_hash_table_new (g_str_hash, g_str_equal);
          if (g_hash_table_add (other_countries, (gpointer) (code != NULL ? code : "")))
            self->n_countries++;
        }
    }
}

/* Shows @n_state positions of @state (which then belong to the model
 * until the next call) and tells what changed. */
static void
emit_state (LcCityFilterModel *self,
            guint             *state,
            guint              n_state,
            guint              position,
            guint              removed,
            guint              added)
{
  g_free (self->shown);
  self->shown = state;
  self->n_shown = n_state;
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* Joins @n_first positions of @first and @n_second of @second. */
static guint *
join_positions (const guint *first,
                guint        n_first,
                const guint *second,
                guint        n_second)
{
  guint *joined = g_new (guint, MAX (n_first + n_second, 1));

  /* memcpy() from NULL is undefined even for no bytes (UBSan says so). */
  if (n_first > 0)
    memcpy (joined, first, n_first * sizeof *joined);
  if (n_second > 0)
    memcpy (joined + n_first, second, n_second * sizeof *joined);
  return joined;
}

/* A large change told in pieces, each the cities of one span of source
 * positions. Told at once, GtkListView looks for its top row among every
 * city that came, asking the model for each (30 ms at 100 000 cities),
 * and GtkSingleSelection does the same for the selected city; told in
 * pieces, each looks only in the piece of its row. A city that stays is
 * taken out and brought back in the same piece, so it keeps its row and
 * stays selected. */
static void
emit_pieces (LcCityFilterModel *self,
             const guint       *old_shown,
             guint              old_n,
             guint              prefix,
             guint              suffix)
{
  g_autofree guint *final = g_steal_pointer (&self->shown);
  guint new_n = self->n_shown;
  guint old_end = old_n - suffix, new_end = new_n - suffix;
  guint first, last, n_pieces;
  guint o = prefix, n = prefix;

  /* The span of source positions that changed. */
  first = MIN (o < old_end ? old_shown[o] : G_MAXUINT, n < new_end ? final[n] : G_MAXUINT);
  last = MAX (o < old_end ? old_shown[old_end - 1] : 0, n < new_end ? final[new_end - 1] : 0);
  n_pieces = CLAMP ((old_end - o + new_end - n) / PIECE_SIZE, 1, MAX_PIECES);

  for (guint piece = 1; piece <= n_pieces; piece++)
    {
      guint cut = piece == n_pieces ? G_MAXUINT : first + (guint) ((guint64) (last - first) * piece / n_pieces);
      guint o_end = o, n_end = n;

      while (o_end < old_end && old_shown[o_end] < cut)
        o_end++;
      while (n_end < new_end && final[n_end] < cut)
        n_end++;

      /* The new cities up to the cut, then the old ones after it. */
      emit_state (self, join_positions (final, n_end, old_shown + o_end, old_n - o_end), n_end + old_n - o_end,
                  n, o_end - o, n_end - n);
      o = o_end;
      n = n_end;
    }

  g_free (self->shown);
  self->shown = g_steal_pointer (&final);
  self->n_shown = new_n;
}

/* Filters again and tells the model's users what changed: the shortest
 * run of positions that differs, by city, from @old_items' @old_shown. */
static void
update (LcCityFilterModel *self,
        LcCity           **old_items,
        const guint       *old_shown,
        guint              old_n)
{
  guint prefix = 0, suffix = 0;
  guint new_n;

  match_all (self);
  new_n = self->n_shown;

  while (prefix < old_n && prefix < new_n
         && old_items[old_shown[prefix]] == self->items[self->shown[prefix]])
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix
         && old_items[old_shown[old_n - 1 - suffix]] == self->items[self->shown[new_n - 1 - suffix]])
    suffix++;

  if (old_n == new_n && prefix == old_n)
    return;

  if (old_items == self->items && new_n - prefix - suffix > PIECE_SIZE)
    emit_pieces (self, old_shown, old_n, prefix, suffix);
  else
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_n - prefix - suffix, new_n - prefix - suffix);
}

static void
on_filter_changed_cb (LcCityFilterModel *self,
                      GtkFilterChange    change,
                      GtkFilter         *filter)
{
  g_autofree guint *old_shown = g_steal_pointer (&self->shown);

  update (self, self->items, old_shown, self->n_shown);
}

/* Sorting again, or a store reloaded: the cities are taken again, and the
 * change is told as narrowly as the cities shown allow. */
static void
on_source_items_changed_cb (LcCityFilterModel *self,
                            guint              position,
                            guint              removed,
                            guint              added,
                            GListModel        *source)
{
  LcCity **old_items = g_steal_pointer (&self->items);
  guint old_n_items = self->n_items;
  g_autofree guint *old_shown = g_steal_pointer (&self->shown);

  load_source (self);
  update (self, old_items, old_shown, self->n_shown);
  free_items (old_items, old_n_items);
}

static GType
lc_city_filter_model_get_item_type (GListModel *model)
{
  return LC_TYPE_CITY;
}

static guint
lc_city_filter_model_get_n_items (GListModel *model)
{
  LcCityFilterModel *self = LC_CITY_FILTER_MODEL (model);

  return self->n_shown;
}

static gpointer
lc_city_filter_model_get_item (GListModel *model,
                               guint       position)
{
  LcCityFilterModel *self = LC_CITY_FILTER_MODEL (model);

  if (position >= self->n_shown)
    return NULL;

  return g_object_ref (self->items[self->shown[position]]);
}

static void
lc_city_filter_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lc_city_filter_model_get_item_type;
  iface->get_n_items = lc_city_filter_model_get_n_items;
  iface->get_item = lc_city_filter_model_get_item;
}

static void
lc_city_filter_model_constructed (GObject *object)
{
  LcCityFilterModel *self = LC_CITY_FILTER_MODEL (object);

  G_OBJECT_CLASS (lc_city_filter_model_parent_class)->constructed (object);

  if (self->source != NULL)
    g_signal_connect_object (self->source, "items-changed",
                             G_CALLBACK (on_source_items_changed_cb), self, G_CONNECT_SWAPPED);
  if (self->filter != NULL)
    g_signal_connect_object (self->filter, "changed",
                             G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);

  /* Nobody listens yet: nothing to tell. */
  load_source (self);
  update (self, self->items, NULL, 0);
}

static void
lc_city_filter_model_dispose (GObject *object)
{
  LcCityFilterModel *self = LC_CITY_FILTER_MODEL (object);

  g_clear_object (&self->source);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (lc_city_filter_model_parent_class)->dispose (object);
}

static void
lc_city_filter_model_finalize (GObject *object)
{
  LcCityFilterModel *self = LC_CITY_FILTER_MODEL (object);

  free_items (self->items, self->n_items);
  g_free (self->facts);
  g_free (self->shown);

  G_OBJECT_CLASS (lc_city_filter_model_parent_class)->finalize (object);
}

static void
lc_city_filter_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LcCityFilterModel *self = LC_CITY_FILTER_MODEL (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_city_filter_model_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LcCityFilterModel *self = LC_CITY_FILTER_MODEL (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
      break;
    case PROP_FILTER:
      self->filter = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_city_filter_model_class_init (LcCityFilterModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lc_city_filter_model_constructed;
  object_class->dispose = lc_city_filter_model_dispose;
  object_class->finalize = lc_city_filter_model_finalize;
  object_class->get_property = lc_city_filter_model_get_property;
  object_class->set_property = lc_city_filter_model_set_property;

  /* A model of LcCity objects. */
  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* NULL lets every city through. */
  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL,
                         LC_TYPE_CITY_FILTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_city_filter_model_init (LcCityFilterModel *self)
{
}

/**
 * lc_city_filter_model_new:
 * @source: a model of #LcCity
 * @filter: (nullable): the filter
 *
 * Returns: (transfer full): the cities of @source that @filter lets
 *   through, in @source's order, in step with both
 */
LcCityFilterModel *
lc_city_filter_model_new (GListModel   *source,
                          LcCityFilter *filter)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);
  g_return_val_if_fail (filter == NULL || LC_IS_CITY_FILTER (filter), NULL);

  return g_object_new (LC_TYPE_CITY_FILTER_MODEL,
                       "source", source,
                       "filter", filter,
                       NULL);
}

/**
 * lc_city_filter_model_get_source:
 * @self: a #LcCityFilterModel
 *
 * Returns: (transfer none): the model filtered
 */
GListModel *
lc_city_filter_model_get_source (LcCityFilterModel *self)
{
  g_return_val_if_fail (LC_IS_CITY_FILTER_MODEL (self), NULL);

  return self->source;
}

/**
 * lc_city_filter_model_get_filter:
 * @self: a #LcCityFilterModel
 *
 * Returns: (transfer none) (nullable): the filter
 */
LcCityFilter *
lc_city_filter_model_get_filter (LcCityFilterModel *self)
{
  g_return_val_if_fail (LC_IS_CITY_FILTER_MODEL (self), NULL);

  return self->filter;
}

/**
 * lc_city_filter_model_get_source_positions:
 * @self: a #LcCityFilterModel
 * @n_positions: (out): the number of cities shown
 *
 * Reads every city shown without asking for each: the position in the
 * source of each, in order. Valid until the next change.
 *
 * Returns: (array length=n_positions) (transfer none): the positions
 */
const guint *
lc_city_filter_model_get_source_positions (LcCityFilterModel *self,
                                           guint             *n_positions)
{
  g_return_val_if_fail (LC_IS_CITY_FILTER_MODEL (self), NULL);
  g_return_val_if_fail (n_positions != NULL, NULL);

  *n_positions = self->n_shown;
  return self->shown;
}

/**
 * lc_city_filter_model_get_n_countries:
 * @self: a #LcCityFilterModel
 *
 * Returns: how many countries the cities shown are in
 */
guint
lc_city_filter_model_get_n_countries (LcCityFilterModel *self)
{
  g_return_val_if_fail (LC_IS_CITY_FILTER_MODEL (self), 0);

  return self->n_countries;
}
