/* lc-city-row.c: one city in the sidebar's list
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-city-row"

#include "config.h"

#include <glib/gi18n.h>

#include "lc-city-row.h"
#include "lc-countries.h"
#include "lc-highlight.h"
#include "lc-palette.h"
#include "lc-year-chip.h"

struct _LcCityRow
{
  GtkWidget       parent_instance;

  LcCity         *city;

  GtkInscription *name_text;
  GtkInscription *country_text;
  LcYearChip     *year_chip;
};

G_DEFINE_FINAL_TYPE (LcCityRow, lc_city_row, GTK_TYPE_WIDGET)

static void
lc_city_row_dispose (GObject *object)
{
  LcCityRow *self = LC_CITY_ROW (object);
  GtkWidget *child;

  g_clear_object (&self->city);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lc_city_row_parent_class)->dispose (object);
}

static void
lc_city_row_class_init (LcCityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_city_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* Puts @child in the row's grid. */
static void
attach (LcCityRow *self,
        GtkWidget *child,
        int        column,
        int        row,
        int        row_span)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkGridLayoutChild *layout_child;

  gtk_widget_set_parent (child, GTK_WIDGET (self));
  layout_child = GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (layout, child));
  gtk_grid_layout_child_set_column (layout_child, column);
  gtk_grid_layout_child_set_row (layout_child, row);
  gtk_grid_layout_child_set_row_span (layout_child, row_span);
}

/* Built in code rather than from a template: GTK 4.8's list view makes a
 * new row for every city a filter change brings into view, and parsing a
 * template for each cost more than the rest of the change together
 * (tests/bench-filter.c). Its texts are GtkInscriptions, which take their
 * size from the font rather than from laying out their text: the list
 * view measures its two hundred rows after each change, not only the
 * dozen in view, and labels made that the largest part of a change. The
 * year chip, which must show its whole text, knows the width of each of
 * its dozen texts (LcYearChip). */
static void
lc_city_row_init (LcCityRow *self)
{
  GtkGridLayout *layout = GTK_GRID_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));

  /* One grid, not boxes in a box: each widget fewer is one fewer to
   * style and measure in two hundred rows. */
  gtk_grid_layout_set_column_spacing (layout, 12);
  gtk_grid_layout_set_row_spacing (layout, 2);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 6);

  self->name_text = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  gtk_inscription_set_text_overflow (self->name_text, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->name_text), TRUE);
  attach (self, GTK_WIDGET (self->name_text), 0, 0, 1);

  self->country_text = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->country_text), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->country_text), "caption");
  gtk_inscription_set_text_overflow (self->country_text, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  attach (self, GTK_WIDGET (self->country_text), 0, 1, 1);

  self->year_chip = LC_YEAR_CHIP (lc_year_chip_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->year_chip), "year-chip");
  gtk_widget_set_valign (GTK_WIDGET (self->year_chip), GTK_ALIGN_CENTER);
  attach (self, GTK_WIDGET (self->year_chip), 1, 0, 2);
}

GtkWidget *
lc_city_row_new (void)
{
  return g_object_new (LC_TYPE_CITY_ROW, NULL);
}

/**
 * lc_city_row_set_city:
 * @self: a #LcCityRow
 * @city: (nullable): the city to show
 * @query: (nullable): the search text, whose matches are set in bold
 */
void
lc_city_row_set_city (LcCityRow  *self,
                      LcCity     *city,
                      const char *query)
{
  g_autofree char *name = NULL;
  g_autofree char *country = NULL;
  g_autofree char *year = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (LC_IS_CITY_ROW (self));

  g_set_object (&self->city, city);
  if (city == NULL)
    return;

  /* Markup only for a highlight: parsing it made up most of a bind. */
  if (query == NULL || *query == '\0')
    {
      gtk_inscription_set_text (self->name_text, lc_city_get_name (city));
      gtk_inscription_set_attributes (self->name_text, NULL);
    }
  else
    {
      name = lc_highlight_markup (lc_city_get_name (city), query);
      gtk_inscription_set_markup (self->name_text, name);
    }
  country = lc_city_format_country (city);
  gtk_inscription_set_text (self->country_text, country);
  year = lc_city_format_year (city);
  lc_year_chip_set_text (self->year_chip, year);
  lc_city_style_year_chip (GTK_WIDGET (self->year_chip), city);

  /* One sentence for a screen reader, in the order the row reads. */
  if (lc_city_get_year (city) == 0)
    /* Translators: a row of the city list read by a screen reader:
     * "Cork, Ireland, admitted between 2015 and 2019" */
    description = g_strdup_printf (_("%s, %s, admitted between %d and %d"),
                                   lc_city_get_name (city),
                                   lc_city_get_country_name (city),
                                   lc_city_get_year_min (city),
                                   lc_city_get_year_max (city));
  else if (lc_city_get_year_inferred (city))
    /* Translators: "Cork, Ireland, admitted 2019 (inferred)" */
    description = g_strdup_printf (_("%s, %s, admitted %d (inferred)"),
                                   lc_city_get_name (city),
                                   lc_city_get_country_name (city),
                                   lc_city_get_year (city));
  else
    /* Translators: "Cork, Ireland, admitted 2015" */
    description = g_strdup_printf (_("%s, %s, admitted %d"),
                                   lc_city_get_name (city),
                                   lc_city_get_country_name (city),
                                   lc_city_get_year (city));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

/**
 * lc_city_row_get_city:
 * @self: a #LcCityRow
 *
 * Returns: (transfer none) (nullable): the city shown
 */
LcCity *
lc_city_row_get_city (LcCityRow *self)
{
  g_return_val_if_fail (LC_IS_CITY_ROW (self), NULL);

  return self->city;
}

/**
 * lc_city_format_year:
 * @city: a #LcCity
 *
 * Returns: (transfer full): the admission year as the year chip shows it:
 *   "2019", "≈ 2019" when inferred, "2015–2019" for a range
 */
char *
lc_city_format_year (LcCity *city)
{
  if (lc_city_get_year (city) == 0)
    /* Translators: a range of admission years, "2015–2019" */
    return g_strdup_printf (C_("year range", "%d–%d"),
                            lc_city_get_year_min (city),
                            lc_city_get_year_max (city));

  if (lc_city_get_year_inferred (city))
    /* Translators: an admission year that was inferred, not stated */
    return g_strdup_printf (C_("inferred year", "≈ %d"), lc_city_get_year (city));

  return g_strdup_printf ("%d", lc_city_get_year (city));
}

/**
 * lc_city_format_country:
 * @city: a #LcCity
 *
 * Returns: (transfer full): the city's country with its flag first
 */
char *
lc_city_format_country (LcCity *city)
{
  /* Kept for the life of the process: the list binds rows as it scrolls,
   * and iso-codes' list is parsed only while someone holds it. */
  static LcCountries *countries;
  const LcCountry *country = NULL;

  if (g_once_init_enter (&countries))
    g_once_init_leave (&countries, lc_countries_get_default (NULL));

  if (countries != NULL)
    country = lc_countries_get_by_alpha2 (countries, lc_city_get_country_code (city));

  if (country != NULL && country->flag != NULL)
    return g_strdup_printf ("%s %s", country->flag, lc_city_get_country_name (city));

  return g_strdup (lc_city_get_country_name (city));
}

/**
 * lc_city_style_year_chip:
 * @chip: a label styled as a chip
 * @city: a #LcCity
 *
 * Gives @chip the colour of @city's cohort on the map and in the legend
 * (style.css holds one class per palette cohort), or the outlined look of
 * a range or an inferred year.
 */
void
lc_city_style_year_chip (GtkWidget *chip,
                         LcCity    *city)
{
  static const char * const cohort_classes[] = {
    "cohort-0", "cohort-1", "cohort-2", "cohort-3", "cohort-4",
    "cohort-5", "cohort-6", "cohort-7", "cohort-8",
  };
  int cohort = lc_city_get_cohort (city);

  G_STATIC_ASSERT (G_N_ELEMENTS (cohort_classes) == LC_PALETTE_N_COHORTS);

  /* Each class changed restyles the chip: a row bound to a city of the
   * same cohort as before changes none. */
  for (int i = 0; i < LC_PALETTE_N_COHORTS; i++)
    if (i == cohort)
      gtk_widget_add_css_class (chip, cohort_classes[i]);
    else
      gtk_widget_remove_css_class (chip, cohort_classes[i]);

  if (cohort < 0)
    gtk_widget_add_css_class (chip, "range");
  else
    gtk_widget_remove_css_class (chip, "range");

  if (cohort >= 0 && lc_city_get_year_inferred (city))
    gtk_widget_add_css_class (chip, "inferred");
  else
    gtk_widget_remove_css_class (chip, "inferred");
}
