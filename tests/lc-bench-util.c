/* lc-bench-util.c: what the benchmarks share
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "lc-bench-util.h"
#include "lc-city-private.h"

typedef struct
{
  double   south, north, west, east, weight;
  LcRegion region;
} Box;

/* Rough boxes over where learning cities are, weighted like the network:
 * most in Europe and East Asia. Not geography, just land-ish density. */
static const Box boxes[] = {
  {  36,  60,  -10,   40, 0.35, LC_REGION_EUROPE_NORTH_AMERICA },
  {  22,  45,  100,  142, 0.20, LC_REGION_ASIA_PACIFIC },
  {  -8,  30,   68,  125, 0.10, LC_REGION_ASIA_PACIFIC },
  { -34,  35,  -17,   50, 0.12, LC_REGION_AFRICA },
  { -40,  30, -110,  -35, 0.13, LC_REGION_LATIN_AMERICA_CARIBBEAN },
  {  25,  55, -125,  -65, 0.07, LC_REGION_EUROPE_NORTH_AMERICA },
  { -45, -12,  113,  178, 0.03, LC_REGION_ASIA_PACIFIC },
};

static const int years[] = { 2015, 2016, 2017, 2018, 2019, 2020, 2022, 2023, 2024, 2025 };

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
lc_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Sorts @values in place. */
double
lc_bench_median (double *values,
                 guint   n)
{
  g_return_val_if_fail (n > 0, 0.0);

  qsort (values, n, sizeof (double), compare_double);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

void
lc_bench_random_place (GRand    *rand,
                       double   *latitude,
                       double   *longitude,
                       LcRegion *region)
{
  double pick = g_rand_double (rand);
  const Box *box = &boxes[0];

  for (guint b = 0; b < G_N_ELEMENTS (boxes); b++)
    {
      box = &boxes[b];
      if (pick < box->weight)
        break;
      pick -= box->weight;
    }

  *latitude = g_rand_double_range (rand, box->south, box->north);
  *longitude = g_rand_double_range (rand, box->west, box->east);
  if (region != NULL)
    *region = box->region;
}

int
lc_bench_random_year (GRand *rand)
{
  return years[g_rand_int_range (rand, 0, G_N_ELEMENTS (years))];
}

/* @n synthetic cities, the same for the same @n: random names, 100
 * countries, the network's regions and admission years. */
GListModel *
lc_bench_make_cities (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  GListStore *store = g_list_store_new (LC_TYPE_CITY);
  g_autoptr(GPtrArray) cities = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("synthetic-%u", i);
      g_autofree char *name = g_strdup_printf ("City %08x", g_rand_int (rand));
      int country = g_rand_int_range (rand, 0, 100);
      /* Two letters, as ISO 3166-1 alpha-2 codes are. */
      g_autofree char *code = g_strdup_printf ("%c%c", 'A' + country / 26, 'A' + country % 26);
      double latitude, longitude;
      LcRegion region;
      LcCity *city;

      lc_bench_random_place (rand, &latitude, &longitude, &region);
      city = g_object_new (LC_TYPE_CITY,
                           "id", id,
                           "name", name,
                           "country-code", code,
                           "country-name", code,
                           "region", region,
                           "year", lc_bench_random_year (rand),
                           NULL);
      _lc_city_set_location (city, latitude, longitude);
      g_ptr_array_add (cities, city);
    }

  g_list_store_splice (store, 0, 0, cities->pdata, cities->len);
  return G_LIST_MODEL (store);
}
