/* test-city-locations.c: every member city lies inside its own country
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lc-basemap.h"
#include "lc-city.h"
#include "lc-countries.h"
#include "lc-store.h"

/* The basemap's 10m outlines are generalised: a harbour city can sit a few
 * hundred metres off its own coastline. ~0.05° (≈ 5 km) is far below the
 * distance to any neighbouring country of a misplaced city. */
#define COAST_TOLERANCE_DEG 0.05

static LcBasemap *
load_basemap (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "basemap", "world.lcbm", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  LcBasemap *basemap;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  basemap = lc_basemap_new_from_bytes (bytes, &error);
  g_assert_no_error (error);

  return basemap;
}

static gboolean
country_contains_near (LcBasemap *basemap,
                       int        numeric,
                       double     lat,
                       double     lon)
{
  static const double offsets[][2] = {
    { 0, 0 }, { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 }, { 1, 1 }, { 1, -1 }, { -1, 1 }, { -1, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    if (lc_basemap_country_contains (basemap,
                                     numeric,
                                     lat + offsets[i][0] * COAST_TOLERANCE_DEG,
                                     lon + offsets[i][1] * COAST_TOLERANCE_DEG))
      return TRUE;

  return FALSE;
}

static void
test_city_locations_inside_country (void)
{
  g_autoptr(LcBasemap) basemap = load_basemap ();
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcCountries) countries = NULL;
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cities = NULL;
  guint checked = 0;
  guint unknown = 0;

  store = lc_store_open (g_getenv ("LC_DATABASE"), &error);
  g_assert_no_error (error);
  countries = lc_countries_get_default (&error);
  g_assert_no_error (error);

  cities = lc_store_get_cities (store);
  g_assert_cmpuint (g_list_model_get_n_items (cities), >, 300);

  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
      const LcCountry *country;
      double lat, lon;
      int numeric;
      int found;
      const char *found_name = NULL;

      if (!lc_city_has_location (city))
        {
          unknown++;
          continue;
        }

      country = lc_countries_get_by_alpha2 (countries, lc_city_get_country_code (city));
      g_assert_nonnull (country);
      numeric = atoi (country->numeric);
      lat = lc_city_get_latitude (city);
      lon = lc_city_get_longitude (city);
      checked++;

      if (country_contains_near (basemap, numeric, lat, lon))
        continue;

      found = lc_basemap_country_at (basemap, lat, lon, &found_name);
      g_string_append_printf (failures, "  %s (%s, %s) at %.4f,%.4f lies in %s (%03d)\n",
                              lc_city_get_id (city), lc_city_get_name (city), country->alpha2,
                              lat, lon, found_name ? found_name : "the sea", found);
    }

  g_test_message ("%u cities checked against their country's outline, %u without a known location",
                  checked, unknown);

  if (failures->len > 0)
    g_error ("cities outside their own country:\n%s", failures->str);

  g_assert_cmpuint (checked + unknown, ==, g_list_model_get_n_items (cities));
  g_assert_cmpuint (checked, ==, lc_store_count_cities_located (store));
}

static void
test_city_locations_detects_misplacement (void)
{
  g_autoptr(LcBasemap) basemap = load_basemap ();

  /* The check itself must be able to fail: Lisbon's point is in Portugal
   * (620), not in Spain (724), and a point at sea is in no country. */
  g_assert_true (country_contains_near (basemap, 620, 38.7167, -9.1333));
  g_assert_false (country_contains_near (basemap, 724, 38.7167, -9.1333));
  g_assert_false (country_contains_near (basemap, 620, 38.7167, -20.0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/city-locations/inside-country", test_city_locations_inside_country);
  g_test_add_func ("/city-locations/detects-misplacement", test_city_locations_detects_misplacement);

  return g_test_run ();
}
