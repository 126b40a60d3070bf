/* test-city-filter-model.c: the cities a filter lets through, in order
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "lc-array-model.h"
#include "lc-city-filter.h"
#include "lc-city-filter-model.h"
#include "lc-palette.h"
#include "lc-query.h"

/* A list kept in step with a model only by what its ::items-changed
 * says: if the model tells a change wrongly, the two part. */
typedef struct
{
  GListModel *model;
  GListStore *mirror;
  guint       n_signals;
} Mirror;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Mirror     *mirror)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_cmpuint (position + removed, <=, g_list_model_get_n_items (G_LIST_MODEL (mirror->mirror)));
  for (guint i = 0; i < added; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, position + i));
  g_list_store_splice (mirror->mirror, position, removed, items->pdata, added);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mirror->mirror)), ==,
                    g_list_model_get_n_items (model));
  mirror->n_signals++;
}

static Mirror *
mirror_new (GListModel *model)
{
  Mirror *mirror = g_new0 (Mirror, 1);
  guint n_items = g_list_model_get_n_items (model);

  mirror->model = model;
  mirror->mirror = g_list_store_new (LC_TYPE_CITY);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (model, i);

      g_list_store_append (mirror->mirror, city);
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), mirror);
  return mirror;
}

static void
mirror_free (Mirror *mirror)
{
  g_signal_handlers_disconnect_by_func (mirror->model, on_items_changed_cb, mirror);
  g_object_unref (mirror->mirror);
  g_free (mirror);
}

static void
assert_same_cities (GListModel *first,
                    GListModel *second)
{
  guint n_items = g_list_model_get_n_items (first);

  g_assert_cmpuint (n_items, ==, g_list_model_get_n_items (second));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcCity) a = g_list_model_get_item (first, i);
      g_autoptr(LcCity) b = g_list_model_get_item (second, i);

      g_assert_true (a == b);
    }
}

static guint
count_countries (GListModel *model)
{
  g_autoptr(GHashTable) countries = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (model, i);

      g_hash_table_add (countries, (gpointer) lc_city_get_country_code (city));
    }
  return g_hash_table_size (countries);
}

static GtkSortListModel *
sorted_by (GListModel *cities,
           const char *property)
{
  GtkExpression *expression = gtk_property_expression_new (LC_TYPE_CITY, NULL, property);
  GtkSorter *sorter;

  if (g_strcmp0 (property, "name") == 0)
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));

  return gtk_sort_list_model_new (G_LIST_MODEL (lc_array_model_new (cities)), sorter);
}

/* Against GtkFilterListModel with the same filter over the member
 * dataset, through every part of the filter, the header's country count
 * and what the model tells of each change. */
static void
test_model_same_as_gtk (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (g_getenv ("LC_DATABASE"), &error);
  g_autoptr(GListModel) cities = NULL;
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(LcCityFilter) filter = NULL;
  g_autoptr(LcCityFilterModel) model = NULL;
  g_autoptr(GtkFilterListModel) reference = NULL;
  g_autoptr(GtkSorter) by_year = NULL;
  Mirror *mirror;

  g_assert_no_error (error);
  cities = lc_store_get_cities (store);
  sorted = sorted_by (cities, "name");
  filter = lc_city_filter_new (store);
  model = lc_city_filter_model_new (G_LIST_MODEL (sorted), filter);
  reference = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (sorted)), GTK_FILTER (g_object_ref (filter)));
  mirror = mirror_new (G_LIST_MODEL (model));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, lc_store_count_cities (store));
  g_assert_true (lc_city_filter_model_get_source (model) == G_LIST_MODEL (sorted));
  g_assert_true (lc_city_filter_model_get_filter (model) == filter);

  for (guint step = 0; step < 12; step++)
    {
      guint n_positions;
      const guint *positions;

      switch (step)
        {
        case 0: lc_city_filter_set_regions (filter, LC_REGION_BIT (LC_REGION_AFRICA)); break;
        case 1: lc_city_filter_set_years (filter, 2020, 0); break;
        case 2: lc_city_filter_set_regions (filter, 0); break;
        case 3: lc_city_filter_toggle_cohort (filter, lc_palette_cohort_for_year (2022)); break;
        case 4: lc_city_filter_toggle_cohort (filter, -1); break;
        case 5: lc_city_filter_set_years (filter, 0, 2019); break;
        case 6: lc_city_filter_set_include_inferred (filter, FALSE); break;
        case 7: lc_city_filter_reset (filter); break;
        case 8: lc_city_filter_set_country (filter, "pt"); break;
        case 9: lc_city_filter_set_country (filter, NULL); break;
        case 10: lc_city_filter_set_search_text (filter, "lis"); break;
        case 11: lc_city_filter_reset (filter); break;
        default: g_assert_not_reached ();
        }

      assert_same_cities (G_LIST_MODEL (model), G_LIST_MODEL (reference));
      assert_same_cities (G_LIST_MODEL (model), G_LIST_MODEL (mirror->mirror));
      g_assert_cmpuint (lc_city_filter_model_get_n_countries (model), ==, count_countries (G_LIST_MODEL (model)));

      positions = lc_city_filter_model_get_source_positions (model, &n_positions);
      g_assert_cmpuint (n_positions, ==, g_list_model_get_n_items (G_LIST_MODEL (model)));
      for (guint i = 0; i < n_positions; i++)
        {
          g_autoptr(LcCity) shown = g_list_model_get_item (G_LIST_MODEL (model), i);
          g_autoptr(LcCity) source = g_list_model_get_item (G_LIST_MODEL (sorted), positions[i]);

          g_assert_true (shown == source);
        }
    }
  /* A search that finds one city, then none. */
  lc_city_filter_set_search_text (filter, "lisbon");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  lc_city_filter_set_search_text (filter, "zzzzqqq");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpuint (lc_city_filter_model_get_n_countries (model), ==, 0);
  lc_city_filter_reset (filter);

  /* Sorted again: the same cities in the new order. */
  lc_city_filter_set_regions (filter, LC_REGION_BIT (LC_REGION_EUROPE_NORTH_AMERICA));
  by_year = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (LC_TYPE_CITY, NULL, "year")));
  gtk_sort_list_model_set_sorter (sorted, by_year);
  assert_same_cities (G_LIST_MODEL (model), G_LIST_MODEL (reference));
  assert_same_cities (G_LIST_MODEL (model), G_LIST_MODEL (mirror->mirror));

  mirror_free (mirror);
}

/* The filter's packed test agrees with the store's own, city by city. */
static void
test_model_facts_agree_with_query (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (g_getenv ("LC_DATABASE"), &error);
  g_autoptr(GListModel) cities = NULL;
  g_autoptr(LcCityFilter) filter = NULL;
  static const struct
  {
    guint       regions;
    int         from;
    int         to;
    const char *country;
  } queries[] = {
    { 0, 0, 0, NULL },
    { LC_REGION_BIT (LC_REGION_AFRICA), 0, 0, NULL },
    { LC_REGION_BIT (LC_REGION_ASIA_PACIFIC) | LC_REGION_BIT (LC_REGION_ARAB_STATES), 2017, 2020, NULL },
    { 0, 2016, 2016, NULL },
    { 0, 0, 2015, NULL },
    { 0, 2024, 0, NULL },
    { 0, 0, 0, "ES" },
    { 0, 0, 0, "cn" },
  };
  guint n_items;

  g_assert_no_error (error);
  cities = lc_store_get_cities (store);
  filter = lc_city_filter_new (store);
  n_items = g_list_model_get_n_items (cities);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      LcQuery query = LC_QUERY_INIT;
      guint n_matched = 0;

      query.regions = queries[q].regions;
      query.year_from = queries[q].from;
      query.year_to = queries[q].to;
      query.country = queries[q].country;
      lc_city_filter_set_regions (filter, queries[q].regions);
      lc_city_filter_set_years (filter, queries[q].from, queries[q].to);
      lc_city_filter_set_country (filter, queries[q].country);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
          gboolean expected = lc_query_matches (&query, city, NULL);

          g_assert_cmpint (lc_city_filter_matches (filter, city), ==, expected);
          n_matched += expected;
        }
      /* Each query picks something, and all but the first not everything. */
      g_assert_cmpuint (n_matched, >, 0);
      if (q > 0)
        g_assert_cmpuint (n_matched, <, n_items);
    }
}

static GListModel *
make_cities (guint n_cities)
{
  GListStore *store = g_list_store_new (LC_TYPE_CITY);

  for (guint i = 0; i < n_cities; i++)
    {
      g_autofree char *id = g_strdup_printf ("city-%05u", i);
      g_autoptr(LcCity) city = g_object_new (LC_TYPE_CITY,
                                             "id", id,
                                             "name", id,
                                             "country-code", i % 2 ? "PT" : "KE",
                                             "country-name", i % 2 ? "Portugal" : "Kenya",
                                             "region", i % 2 ? LC_REGION_EUROPE_NORTH_AMERICA : LC_REGION_AFRICA,
                                             "year", 2015 + (int) (i % 11),
                                             NULL);

      g_list_store_append (store, city);
    }

  return G_LIST_MODEL (store);
}

/* A change that brings in thousands of cities is told in pieces; the
 * selected city, shown before and after, stays selected, and one that
 * goes is let go. */
static void
test_model_pieces_keep_selection (void)
{
  g_autoptr(GListModel) cities = make_cities (20000);
  g_autoptr(GtkSortListModel) sorted = sorted_by (cities, "name");
  g_autoptr(LcCityFilter) filter = lc_city_filter_new (NULL);
  LcCityFilterModel *model = lc_city_filter_model_new (G_LIST_MODEL (sorted), filter);
  g_autoptr(GtkSingleSelection) selection = gtk_single_selection_new (G_LIST_MODEL (model));
  g_autoptr(LcCity) kept = NULL;
  Mirror *mirror;
  guint position;

  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);

  /* Kenya only (every even city), a city in the middle selected. */
  lc_city_filter_set_regions (filter, LC_REGION_BIT (LC_REGION_AFRICA));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 10000);
  gtk_single_selection_set_selected (selection, 5000);
  kept = g_object_ref (gtk_single_selection_get_selected_item (selection));

  /* Every city again: 10 000 come in around it. */
  mirror = mirror_new (G_LIST_MODEL (model));
  lc_city_filter_set_regions (filter, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 20000);
  g_assert_cmpuint (mirror->n_signals, >, 1);
  assert_same_cities (G_LIST_MODEL (model), G_LIST_MODEL (mirror->mirror));
  position = gtk_single_selection_get_selected (selection);
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == kept);

  /* Europe only: the selected Kenyan city goes, and with it the selection. */
  lc_city_filter_set_regions (filter, LC_REGION_BIT (LC_REGION_EUROPE_NORTH_AMERICA));
  assert_same_cities (G_LIST_MODEL (model), G_LIST_MODEL (mirror->mirror));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (lc_city_filter_model_get_n_countries (model), ==, 1);

  mirror_free (mirror);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/city-filter-model/same-as-gtk", test_model_same_as_gtk);
  g_test_add_func ("/city-filter-model/facts-agree-with-query", test_model_facts_agree_with_query);
  g_test_add_func ("/city-filter-model/pieces-keep-selection", test_model_pieces_keep_selection);

  return g_test_run ();
}
