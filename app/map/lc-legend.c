/* lc-legend.c: what the colours on the map mean, and a switch for each
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry per cohort present in the dataset (colour, year, number of
 * member cities in the whole dataset), and one for the rings: cities
 * whose admission year was inferred or is only known as a range. A click
 * on an entry hides or shows those cities through the window's
 * LcCityFilter, the same filter the sidebar sets.
 */

#define G_LOG_DOMAIN "lc-legend"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "lc-city.h"
#include "lc-legend.h"
#include "lc-palette.h"

#define SWATCH_SIZE 14
#define NO_COHORT_COLOR 0x9A9996

typedef struct
{
  int        cohort;   /* LC_LEGEND_RING_ENTRY for the rings */
  guint      count;
  GtkWidget *button;
  GtkLabel  *year_label;
  char      *year_text;
} Entry;

struct _LcLegend
{
  GtkWidget     parent_instance;

  LcStore      *store;
  LcCityFilter *filter;
  GArray       *entries;

  /* Template widgets */
  GtkWidget    *box;
  GtkToggleButton *expand_button;
  GtkImage     *expand_icon;
  GtkRevealer  *revealer;
  GtkBox       *entries_box;
  GtkLabel     *caption;
};

G_DEFINE_FINAL_TYPE (LcLegend, lc_legend, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entry_clear (Entry *entry)
{
  g_clear_pointer (&entry->year_text, g_free);
}

static Entry *
find_entry (LcLegend *self,
            int       cohort)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (entry->cohort == cohort)
        return entry;
    }

  return NULL;
}

static gboolean
entry_is_hidden (LcLegend    *self,
                 const Entry *entry)
{
  guint hidden;

  if (self->filter == NULL)
    return FALSE;

  hidden = lc_city_filter_get_hidden_cohorts (self->filter);
  if (entry->cohort == LC_LEGEND_RING_ENTRY)
    return (hidden & LC_CITY_FILTER_RANGE_BIT) != 0
           && !lc_city_filter_get_include_inferred (self->filter);

  return (hidden & LC_CITY_FILTER_COHORT_BIT (entry->cohort)) != 0;
}

static void
draw_swatch_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  int cohort = GPOINTER_TO_INT (user_data);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  LcRgb outline = lc_palette_get_outline (dark ? LC_BASEMAP_STYLE_DARK : LC_BASEMAP_STYLE_LIGHT);
  LcRgb fill = cohort >= 0 ? lc_palette_get_cohort_color ((guint) cohort)
                           : lc_rgb_from_hex (NO_COHORT_COLOR);
  double radius = MIN (width, height) / 2.0 - 1.0;

  /* The same marks as the map's (lc-city-layer.c), a little larger. */
  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, fill.red, fill.green, fill.blue);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, outline.red, outline.green, outline.blue);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);

  if (cohort == LC_LEGEND_RING_ENTRY)
    {
      cairo_arc (cr, width / 2.0, height / 2.0, radius - 3.5, 0, 2 * G_PI);
      if (dark)
        cairo_set_source_rgb (cr, 0x1E / 255.0, 0x1E / 255.0, 0x1E / 255.0);
      else
        cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, outline.red, outline.green, outline.blue);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
}

static void
update_entry (LcLegend *self,
              Entry    *entry)
{
  gboolean hidden = entry_is_hidden (self, entry);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  g_autofree char *count = NULL;
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;

  if (hidden)
    {
      gtk_widget_add_css_class (entry->button, "hidden-entry");
      pango_attr_list_insert (attributes, pango_attr_strikethrough_new (TRUE));
    }
  else
    gtk_widget_remove_css_class (entry->button, "hidden-entry");
  gtk_label_set_attributes (entry->year_label, attributes);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u city", "%u cities", entry->count),
                           entry->count);
  if (entry->cohort == LC_LEGEND_RING_ENTRY)
    tooltip = g_strdup (hidden ? _("Show cities whose year is inferred or only a range")
                               : _("Hide cities whose year is inferred or only a range"));
  else
    tooltip = g_strdup_printf (hidden ? _("Show cities admitted in %s")
                                      : _("Hide cities admitted in %s"),
                               entry->year_text);
  gtk_widget_set_tooltip_text (entry->button, tooltip);

  /* TRANSLATORS: a legend entry read by a screen reader, e.g. “2017, 11 cities, shown” */
  label = g_strdup_printf (_("%s, %s, %s"), entry->year_text, count,
                           hidden ? _("hidden") : _("shown"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry->button),
                               GTK_ACCESSIBLE_STATE_PRESSED, !hidden,
                               -1);
}

static void
update_entries (LcLegend *self)
{
  for (guint i = 0; i < self->entries->len; i++)
    update_entry (self, &g_array_index (self->entries, Entry, i));
}

static void
on_entry_clicked_cb (LcLegend  *self,
                     GtkButton *button)
{
  int cohort = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "lc-cohort")) - 1;
  Entry *entry = find_entry (self, cohort);
  guint hidden;

  if (self->filter == NULL || entry == NULL)
    return;

  if (cohort != LC_LEGEND_RING_ENTRY)
    {
      lc_city_filter_toggle_cohort (self->filter, cohort);
      return;
    }

  /* Rings stand for two kinds of uncertain years: both go together. */
  hidden = lc_city_filter_get_hidden_cohorts (self->filter);
  if (entry_is_hidden (self, entry))
    {
      lc_city_filter_set_hidden_cohorts (self->filter, hidden & ~LC_CITY_FILTER_RANGE_BIT);
      lc_city_filter_set_include_inferred (self->filter, TRUE);
    }
  else
    {
      lc_city_filter_set_hidden_cohorts (self->filter, hidden | LC_CITY_FILTER_RANGE_BIT);
      lc_city_filter_set_include_inferred (self->filter, FALSE);
    }
}

static void
on_filter_changed_cb (LcLegend     *self,
                      GParamSpec   *pspec,
                      LcCityFilter *filter)
{
  update_entries (self);
}

static void
on_expanded_cb (LcLegend        *self,
                GParamSpec      *pspec,
                GtkToggleButton *button)
{
  gboolean expanded = gtk_toggle_button_get_active (button);

  gtk_image_set_from_icon_name (self->expand_icon,
                                expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (button),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);
}

static void
on_dark_changed_cb (LcLegend        *self,
                    GParamSpec      *pspec,
                    AdwStyleManager *style_manager)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);
      GtkWidget *box = gtk_button_get_child (GTK_BUTTON (entry->button));

      gtk_widget_queue_draw (gtk_widget_get_first_child (box));
    }
}

static void
add_entry (LcLegend   *self,
           int         cohort,
           const char *year_text,
           guint       count)
{
  Entry entry = { cohort, count, NULL, NULL, g_strdup (year_text) };
  GtkWidget *box, *swatch, *year, *number;
  g_autofree char *count_text = g_strdup_printf ("%u", count);

  swatch = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), SWATCH_SIZE);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), SWATCH_SIZE);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch_cb,
                                  GINT_TO_POINTER (cohort), NULL);

  year = gtk_label_new (year_text);
  gtk_label_set_xalign (GTK_LABEL (year), 0.0);
  gtk_label_set_wrap (GTK_LABEL (year), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (year), 16);
  gtk_widget_set_hexpand (year, TRUE);

  number = gtk_label_new (count_text);
  gtk_label_set_xalign (GTK_LABEL (number), 1.0);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), year);
  gtk_box_append (GTK_BOX (box), number);

  entry.button = gtk_button_new ();
  entry.year_label = GTK_LABEL (year);
  gtk_button_set_child (GTK_BUTTON (entry.button), box);
  gtk_widget_add_css_class (entry.button, "flat");
  gtk_widget_add_css_class (entry.button, "legend-entry");
  /* The row's label says it all; the parts need not be read again. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (year), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  g_object_set_data (G_OBJECT (entry.button), "lc-cohort", GINT_TO_POINTER (cohort + 1));
  g_signal_connect_object (entry.button, "clicked",
                           G_CALLBACK (on_entry_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->entries_box, entry.button);

  g_array_append_val (self->entries, entry);
}

static void
build_entries (LcLegend *self)
{
  GListModel *cities;
  guint counts[LC_PALETTE_N_COHORTS] = { 0, };
  guint n_rings = 0;
  guint n_items;

  if (self->store == NULL)
    return;

  cities = lc_store_get_cities (self->store);
  n_items = g_list_model_get_n_items (cities);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
      int cohort = lc_city_get_cohort (city);

      if (cohort >= 0)
        counts[cohort]++;
      if (cohort < 0 || lc_city_get_year_inferred (city))
        n_rings++;
    }

  for (guint c = 0; c < LC_PALETTE_N_COHORTS; c++)
    {
      g_autofree char *years = NULL;
      int first, last;

      if (counts[c] == 0)
        continue;

      lc_palette_get_cohort_years (c, &first, &last);
      if (first == last)
        years = g_strdup_printf ("%d", first);
      else
        /* TRANSLATORS: a cohort spanning two years, e.g. “2015/16” */
        years = g_strdup_printf (_("%d/%02d"), first, last % 100);
      add_entry (self, (int) c, years, counts[c]);
    }

  if (n_rings > 0)
    add_entry (self, LC_LEGEND_RING_ENTRY, _("Year inferred or a range"), n_rings);

  gtk_label_set_text (self->caption,
                      _("Counts include all members. Click a year to hide or show it."));
  update_entries (self);
}

static void
lc_legend_constructed (GObject *object)
{
  LcLegend *self = LC_LEGEND (object);

  G_OBJECT_CLASS (lc_legend_parent_class)->constructed (object);

  if (self->filter != NULL)
    {
      g_signal_connect_object (self->filter, "notify::hidden-cohorts",
                               G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->filter, "notify::include-inferred",
                               G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
    }

  build_entries (self);
}

static void
lc_legend_dispose (GObject *object)
{
  LcLegend *self = LC_LEGEND (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_LEGEND);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lc_legend_parent_class)->dispose (object);
}

static void
lc_legend_finalize (GObject *object)
{
  LcLegend *self = LC_LEGEND (object);

  g_clear_pointer (&self->entries, g_array_unref);

  G_OBJECT_CLASS (lc_legend_parent_class)->finalize (object);
}

static void
lc_legend_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LcLegend *self = LC_LEGEND (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_legend_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LcLegend *self = LC_LEGEND (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_FILTER:
      self->filter = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_legend_class_init (LcLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lc_legend_constructed;
  object_class->dispose = lc_legend_dispose;
  object_class->finalize = lc_legend_finalize;
  object_class->get_property = lc_legend_get_property;
  object_class->set_property = lc_legend_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LcLegend:filter:
   *
   * The filter the entries switch cohorts in and out of.
   */
  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL,
                         LC_TYPE_CITY_FILTER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/lc-legend.ui");
  gtk_widget_class_bind_template_child (widget_class, LcLegend, box);
  gtk_widget_class_bind_template_child (widget_class, LcLegend, expand_button);
  gtk_widget_class_bind_template_child (widget_class, LcLegend, expand_icon);
  gtk_widget_class_bind_template_child (widget_class, LcLegend, revealer);
  gtk_widget_class_bind_template_child_full (widget_class, "entries", FALSE,
                                             G_STRUCT_OFFSET (LcLegend, entries_box));
  gtk_widget_class_bind_template_child (widget_class, LcLegend, caption);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "legend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lc_legend_init (LcLegend *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, (GDestroyNotify) entry_clear);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->expand_button, "notify::active",
                           G_CALLBACK (on_expanded_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map legend"),
                                  -1);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * lc_legend_new:
 * @store: (nullable): the dataset whose cohorts are listed
 * @filter: (nullable): the filter the entries switch
 *
 * Returns: (transfer full): a new legend
 */
LcLegend *
lc_legend_new (LcStore      *store,
               LcCityFilter *filter)
{
  return g_object_new (LC_TYPE_LEGEND, "store", store, "filter", filter, NULL);
}

guint
lc_legend_get_n_entries (LcLegend *self)
{
  g_return_val_if_fail (LC_IS_LEGEND (self), 0);

  return self->entries->len;
}

/**
 * lc_legend_get_entry:
 * @self: a #LcLegend
 * @cohort: a palette cohort, or %LC_LEGEND_RING_ENTRY
 *
 * Returns: (transfer none) (nullable): the button of that entry, or
 *   %NULL if no member city is in @cohort
 */
GtkWidget *
lc_legend_get_entry (LcLegend *self,
                     int       cohort)
{
  Entry *entry;

  g_return_val_if_fail (LC_IS_LEGEND (self), NULL);

  entry = find_entry (self, cohort);
  return entry != NULL ? entry->button : NULL;
}

/**
 * lc_legend_get_count:
 * @self: a #LcLegend
 * @cohort: a palette cohort, or %LC_LEGEND_RING_ENTRY
 *
 * Returns: the number the entry shows: member cities in the whole
 *   dataset, whatever the filter hides
 */
guint
lc_legend_get_count (LcLegend *self,
                     int       cohort)
{
  Entry *entry;

  g_return_val_if_fail (LC_IS_LEGEND (self), 0);

  entry = find_entry (self, cohort);
  return entry != NULL ? entry->count : 0;
}

gboolean
lc_legend_get_expanded (LcLegend *self)
{
  g_return_val_if_fail (LC_IS_LEGEND (self), FALSE);

  return gtk_toggle_button_get_active (self->expand_button);
}

void
lc_legend_set_expanded (LcLegend *self,
                        gboolean  expanded)
{
  g_return_if_fail (LC_IS_LEGEND (self));

  gtk_toggle_button_set_active (self->expand_button, expanded);
}
