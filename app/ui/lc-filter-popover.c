/* lc-filter-popover.c: region, years, country and inferred years, in the header bar
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-filter-popover"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-city-row.h"
#include "lc-countries.h"
#include "lc-filter-popover.h"

struct _LcFilterPopover
{
  GtkPopover     parent_instance;

  LcStore       *store;
  LcCityFilter  *filter;
  GPtrArray     *country_codes;   /* index in the drop-down → alpha-2; [0] is NULL */
  GHashTable    *country_labels;  /* name → "flag name (count)" */
  GtkWidget     *region_checks[LC_REGION_N_REGIONS];
  gboolean       updating;
  int            first_year;
  int            last_year;

  /* Template widgets */
  AdwPreferencesGroup *regions_group;
  GtkSpinButton *year_from_spin;
  GtkSpinButton *year_to_spin;
  GtkSwitch     *inferred_switch;
  GtkDropDown   *country_dropdown;
  GtkButton     *reset_button;
};

G_DEFINE_FINAL_TYPE (LcFilterPopover, lc_filter_popover, GTK_TYPE_POPOVER)

/* The widgets follow the filter, whoever changed it: the legend, the
 * command line, restored state or Reset Filters. */
static void
sync_from_filter (LcFilterPopover *self)
{
  guint regions = lc_city_filter_get_regions (self->filter);
  const char *country = lc_city_filter_get_country (self->filter);
  int from, to;
  guint selected = 0;

  self->updating = TRUE;

  for (guint i = 0; i < LC_REGION_N_REGIONS; i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->region_checks[i]),
                                 (regions & LC_REGION_BIT (i)) != 0);

  lc_city_filter_get_years (self->filter, &from, &to);
  gtk_spin_button_set_value (self->year_from_spin, from != 0 ? from : self->first_year);
  gtk_spin_button_set_value (self->year_to_spin, to != 0 ? to : self->last_year);

  gtk_switch_set_active (self->inferred_switch, lc_city_filter_get_include_inferred (self->filter));

  for (guint i = 1; country != NULL && i < self->country_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->country_codes, i), country) == 0)
      selected = i;
  gtk_drop_down_set_selected (self->country_dropdown, selected);

  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button), lc_city_filter_is_active (self->filter));

  self->updating = FALSE;
}

static void
on_filter_notify_cb (LcFilterPopover *self,
                     GParamSpec      *pspec,
                     LcCityFilter    *filter)
{
  if (!self->updating)
    sync_from_filter (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button), lc_city_filter_is_active (filter));
}

static void
on_region_toggled_cb (LcFilterPopover *self,
                      GtkCheckButton  *check)
{
  guint regions = 0;

  if (self->updating || self->filter == NULL)
    return;

  for (guint i = 0; i < LC_REGION_N_REGIONS; i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->region_checks[i])))
      regions |= LC_REGION_BIT (i);

  self->updating = TRUE;
  lc_city_filter_set_regions (self->filter, regions);
  self->updating = FALSE;
}

static void
on_years_changed_cb (LcFilterPopover *self,
                     GtkSpinButton   *spin)
{
  int from, to;

  if (self->updating || self->filter == NULL)
    return;

  from = gtk_spin_button_get_value_as_int (self->year_from_spin);
  to = gtk_spin_button_get_value_as_int (self->year_to_spin);

  /* The other end follows rather than leave an empty range. */
  self->updating = TRUE;
  if (spin == self->year_from_spin && to < from)
    gtk_spin_button_set_value (self->year_to_spin, to = from);
  else if (spin == self->year_to_spin && from > to)
    gtk_spin_button_set_value (self->year_from_spin, from = to);

  /* The ends of the scale mean no bound, so later cohorts stay in. */
  lc_city_filter_set_years (self->filter,
                            from <= self->first_year ? 0 : from,
                            to >= self->last_year ? 0 : to);
  self->updating = FALSE;
}

static void
on_inferred_changed_cb (LcFilterPopover *self,
                        GParamSpec      *pspec,
                        GtkSwitch       *widget)
{
  if (self->updating || self->filter == NULL)
    return;

  self->updating = TRUE;
  lc_city_filter_set_include_inferred (self->filter, gtk_switch_get_active (widget));
  self->updating = FALSE;
}

static void
on_country_changed_cb (LcFilterPopover *self,
                       GParamSpec      *pspec,
                       GtkDropDown     *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || self->filter == NULL || self->country_codes == NULL)
    return;

  self->updating = TRUE;
  lc_city_filter_set_country (self->filter,
                              selected < self->country_codes->len
                              ? g_ptr_array_index (self->country_codes, selected)
                              : NULL);
  self->updating = FALSE;
}

static void
on_reset_clicked_cb (LcFilterPopover *self,
                     GtkButton       *button)
{
  if (self->filter != NULL)
    lc_city_filter_reset (self->filter);
}

static void
setup_country_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_country_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 LcFilterPopover          *self)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  const char *name = gtk_string_object_get_string (item);
  const char *label = g_hash_table_lookup (self->country_labels, name);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), label != NULL ? label : name);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* Every country with a member city, by name, with its flag and count. */
static void
fill_countries (LcFilterPopover *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GListModel) cities = NULL;
  guint n_items;

  g_clear_pointer (&self->country_codes, g_ptr_array_unref);
  self->country_codes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->country_codes, NULL);
  gtk_string_list_append (strings, _("All Countries"));

  if (self->store != NULL)
    {
      cities = lc_store_get_cities (self->store);
      n_items = g_list_model_get_n_items (cities);
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
          const char *name = lc_city_get_country_name (city);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));

          if (count == 0)
            {
              g_autofree char *shown = lc_city_format_country (city);

              g_ptr_array_add (names, (gpointer) name);
              g_hash_table_insert (codes, (gpointer) name, (gpointer) lc_city_get_country_code (city));
              g_hash_table_insert (self->country_labels, g_strdup (name), g_steal_pointer (&shown));
            }
          g_hash_table_insert (counts, (gpointer) name, GUINT_TO_POINTER (count + 1));
        }
    }

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      const char *shown = g_hash_table_lookup (self->country_labels, name);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));

      g_hash_table_insert (self->country_labels, g_strdup (name),
                           g_strdup_printf ("%s (%u)", shown, count));
      g_ptr_array_add (self->country_codes, g_strdup (g_hash_table_lookup (codes, name)));
      gtk_string_list_append (strings, name);
    }

  g_signal_connect (factory, "setup", G_CALLBACK (setup_country_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_country_cb), self);
  gtk_drop_down_set_factory (self->country_dropdown, factory);

  /* Type-ahead in the list matches the start of the plain name. */
  gtk_drop_down_set_expression (self->country_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  self->updating = TRUE;
  gtk_drop_down_set_model (self->country_dropdown, G_LIST_MODEL (strings));
  self->updating = FALSE;
}

static void
fill_regions (LcFilterPopover *self)
{
  for (guint i = 0; i < LC_REGION_N_REGIONS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *count = gtk_label_new (NULL);
      g_autofree char *count_text = NULL;
      g_autofree char *description = NULL;
      guint n = self->store != NULL ? lc_store_count_cities_in_region (self->store, i) : 0;

      count_text = g_strdup_printf ("%u", n);
      gtk_label_set_text (GTK_LABEL (count), count_text);
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lc_region_to_string (i));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

      /* Translators: a region check box for a screen reader, "Africa, 52 cities" */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u city", "%s, %u cities", n),
                                     lc_region_to_string (i), n);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                      -1);

      g_signal_connect_object (check, "toggled", G_CALLBACK (on_region_toggled_cb), self, G_CONNECT_SWAPPED);
      self->region_checks[i] = check;
      adw_preferences_group_add (self->regions_group, row);
    }
}

static void
lc_filter_popover_dispose (GObject *object)
{
  LcFilterPopover *self = LC_FILTER_POPOVER (object);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_FILTER_POPOVER);

  G_OBJECT_CLASS (lc_filter_popover_parent_class)->dispose (object);
}

static void
lc_filter_popover_finalize (GObject *object)
{
  LcFilterPopover *self = LC_FILTER_POPOVER (object);

  g_clear_pointer (&self->country_codes, g_ptr_array_unref);
  g_clear_pointer (&self->country_labels, g_hash_table_unref);

  G_OBJECT_CLASS (lc_filter_popover_parent_class)->finalize (object);
}

static void
lc_filter_popover_class_init (LcFilterPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_filter_popover_dispose;
  object_class->finalize = lc_filter_popover_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/lc-filter-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, LcFilterPopover, regions_group);
  gtk_widget_class_bind_template_child (widget_class, LcFilterPopover, year_from_spin);
  gtk_widget_class_bind_template_child (widget_class, LcFilterPopover, year_to_spin);
  gtk_widget_class_bind_template_child (widget_class, LcFilterPopover, inferred_switch);
  gtk_widget_class_bind_template_child (widget_class, LcFilterPopover, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcFilterPopover, reset_button);
  gtk_widget_class_bind_template_callback (widget_class, on_years_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_inferred_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_country_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);
}

static void
lc_filter_popover_init (LcFilterPopover *self)
{
  self->country_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->first_year = 2015;
  self->last_year = 2025;

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;
}

/**
 * lc_filter_popover_set_filter:
 * @self: a #LcFilterPopover
 * @store: (nullable): the dataset, for counts, years and countries
 * @filter: the filter the controls change
 */
void
lc_filter_popover_set_filter (LcFilterPopover *self,
                              LcStore         *store,
                              LcCityFilter    *filter)
{
  GListModel *cohorts;

  g_return_if_fail (LC_IS_FILTER_POPOVER (self));
  g_return_if_fail (LC_IS_CITY_FILTER (filter));
  g_return_if_fail (self->filter == NULL);

  g_set_object (&self->store, store);
  self->filter = g_object_ref (filter);

  /* The scale spans the cohorts the dataset knows. */
  cohorts = store != NULL ? lc_store_get_cohorts (store) : NULL;
  if (cohorts != NULL && g_list_model_get_n_items (cohorts) > 0)
    {
      guint n = g_list_model_get_n_items (cohorts);
      g_autoptr(LcCohort) first = g_list_model_get_item (cohorts, 0);
      g_autoptr(LcCohort) last = g_list_model_get_item (cohorts, n - 1);

      self->first_year = MIN (lc_cohort_get_year (first), lc_cohort_get_year (last));
      self->last_year = MAX (lc_cohort_get_year (first), lc_cohort_get_year (last));
    }
  self->updating = TRUE;
  gtk_spin_button_set_range (self->year_from_spin, self->first_year, self->last_year);
  gtk_spin_button_set_range (self->year_to_spin, self->first_year, self->last_year);
  self->updating = FALSE;

  fill_regions (self);
  fill_countries (self);
  sync_from_filter (self);

  g_signal_connect_object (filter, "notify", G_CALLBACK (on_filter_notify_cb), self, G_CONNECT_SWAPPED);
}

/**
 * lc_filter_popover_get_region_check:
 * @self: a #LcFilterPopover
 * @region: a #LcRegion
 *
 * Returns: (transfer none): the check button of @region
 */
GtkWidget *
lc_filter_popover_get_region_check (LcFilterPopover *self,
                                    LcRegion         region)
{
  g_return_val_if_fail (LC_IS_FILTER_POPOVER (self), NULL);
  g_return_val_if_fail (region < LC_REGION_N_REGIONS, NULL);

  return self->region_checks[region];
}

GtkDropDown *
lc_filter_popover_get_country_drop_down (LcFilterPopover *self)
{
  g_return_val_if_fail (LC_IS_FILTER_POPOVER (self), NULL);

  return self->country_dropdown;
}
