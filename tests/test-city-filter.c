/* test-city-filter.c: the filter shared by the map, the legend and the list
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "lc-city-filter.h"
#include "lc-palette.h"

typedef struct
{
  LcStore            *store;
  LcCityFilter       *filter;
  GtkFilterListModel *model;
  GtkFilterChange     last_change;
  guint               n_changes;
} Fixture;

static void
on_changed_cb (GtkFilter       *filter,
               GtkFilterChange  change,
               Fixture         *fixture)
{
  fixture->last_change = change;
  fixture->n_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = lc_store_open (g_getenv ("LC_DATABASE"), &error);
  g_assert_no_error (error);
  fixture->filter = lc_city_filter_new (fixture->store);
  fixture->model = gtk_filter_list_model_new (g_object_ref (lc_store_get_cities (fixture->store)),
                                              GTK_FILTER (g_object_ref (fixture->filter)));
  g_signal_connect (fixture->filter, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->model);
  g_clear_object (&fixture->filter);
  g_clear_object (&fixture->store);
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->model));
}

static void
test_filter_region (Fixture       *fixture,
                    gconstpointer  data)
{
  guint all = lc_store_count_cities (fixture->store);

  g_assert_cmpuint (n_shown (fixture), ==, all);
  g_assert_false (lc_city_filter_is_active (fixture->filter));

  lc_city_filter_set_regions (fixture->filter, LC_REGION_BIT (LC_REGION_AFRICA));
  g_assert_cmpint (fixture->last_change, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (n_shown (fixture), ==,
                    lc_store_count_cities_in_region (fixture->store, LC_REGION_AFRICA));
  g_assert_true (lc_city_filter_is_active (fixture->filter));

  /* Adding a second region widens the filter. */
  lc_city_filter_set_regions (fixture->filter,
                              LC_REGION_BIT (LC_REGION_AFRICA) | LC_REGION_BIT (LC_REGION_ARAB_STATES));
  g_assert_cmpint (fixture->last_change, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (n_shown (fixture), ==,
                    lc_store_count_cities_in_region (fixture->store, LC_REGION_AFRICA)
                    + lc_store_count_cities_in_region (fixture->store, LC_REGION_ARAB_STATES));

  lc_city_filter_reset (fixture->filter);
  g_assert_cmpint (fixture->last_change, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (n_shown (fixture), ==, all);
}

static void
test_filter_years_and_cohorts (Fixture       *fixture,
                               gconstpointer  data)
{
  int cohort_2022 = lc_palette_cohort_for_year (2022);
  guint from_2020;

  lc_city_filter_set_years (fixture->filter, 2020, 0);
  g_assert_cmpint (fixture->last_change, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  from_2020 = n_shown (fixture);
  g_assert_cmpuint (from_2020, <, lc_store_count_cities (fixture->store));

  for (guint i = 0; i < from_2020; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (G_LIST_MODEL (fixture->model), i);
      g_assert_cmpint (lc_city_get_year_max (city), >=, 2020);
    }

  /* The legend hides the 2022 cohort: exactly its cities go. */
  g_assert_cmpint (cohort_2022, >=, 0);
  lc_city_filter_toggle_cohort (fixture->filter, cohort_2022);
  g_assert_cmpint (fixture->last_change, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (n_shown (fixture), ==,
                    from_2020 - lc_store_count_cities_in_year (fixture->store, 2022));

  lc_city_filter_toggle_cohort (fixture->filter, cohort_2022);
  g_assert_cmpint (fixture->last_change, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (n_shown (fixture), ==, from_2020);
}

static void
test_filter_search_and_inferred (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(LcCity) city = NULL;
  guint all = lc_store_count_cities (fixture->store);
  guint stated = 0;

  lc_city_filter_set_search_text (fixture->filter, "lisb");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  city = g_list_model_get_item (G_LIST_MODEL (fixture->model), 0);
  g_assert_cmpstr (lc_city_get_id (city), ==, "lisbon");

  lc_city_filter_set_search_text (fixture->filter, "   ");
  g_assert_null (lc_city_filter_get_search_text (fixture->filter));
  g_assert_cmpuint (n_shown (fixture), ==, all);

  for (guint i = 0; i < all; i++)
    {
      g_autoptr(LcCity) c = g_list_model_get_item (lc_store_get_cities (fixture->store), i);
      stated += !lc_city_get_year_inferred (c);
    }
  lc_city_filter_set_include_inferred (fixture->filter, FALSE);
  g_assert_cmpuint (n_shown (fixture), ==, stated);
  g_assert_cmpuint (stated, <, all);
}

static void
test_filter_no_change_no_signal (Fixture       *fixture,
                                 gconstpointer  data)
{
  lc_city_filter_set_regions (fixture->filter, 0);
  lc_city_filter_set_years (fixture->filter, 0, 0);
  lc_city_filter_set_country (fixture->filter, "");
  lc_city_filter_reset (fixture->filter);
  g_assert_cmpuint (fixture->n_changes, ==, 0);

  lc_city_filter_set_country (fixture->filter, "KR");
  g_assert_cmpuint (fixture->n_changes, ==, 1);
  for (guint i = 0; i < n_shown (fixture); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (G_LIST_MODEL (fixture->model), i);
      g_assert_cmpstr (lc_city_get_country_code (city), ==, "KR");
    }
  g_assert_cmpuint (n_shown (fixture), >, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/city-filter/region", Fixture, NULL, fixture_set_up, test_filter_region, fixture_tear_down);
  g_test_add ("/city-filter/years-and-cohorts", Fixture, NULL, fixture_set_up, test_filter_years_and_cohorts, fixture_tear_down);
  g_test_add ("/city-filter/search-and-inferred", Fixture, NULL, fixture_set_up, test_filter_search_and_inferred, fixture_tear_down);
  g_test_add ("/city-filter/no-change-no-signal", Fixture, NULL, fixture_set_up, test_filter_no_change_no_signal, fixture_tear_down);

  return g_test_run ();
}
