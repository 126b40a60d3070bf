/* lc-city-page.c: a city's story in the sidebar
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-city-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>

#include "lc-city-page.h"
#include "lc-city-row.h"

struct _LcCityPage
{
  GtkBox       parent_instance;

  LcCity      *city;

  /* Template widgets */
  GtkLabel    *name_label;
  GtkLabel    *place_label;
  GtkButton   *show_on_map_button;
  AdwActionRow *admitted_row;
  AdwActionRow *status_row;
  AdwActionRow *awards_row;
  AdwActionRow *location_row;
  GtkBox      *sections_box;
};

G_DEFINE_FINAL_TYPE (LcCityPage, lc_city_page, GTK_TYPE_BOX)

static char *
uri_host (const char *uri)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  const char *host = parsed != NULL ? g_uri_get_host (parsed) : NULL;

  if (host == NULL)
    return g_strdup (uri);
  if (g_str_has_prefix (host, "www."))
    host += 4;
  return g_strdup (host);
}

/* A link to where a fact comes from, named by its site: the full address
 * is in the tooltip and opens in the browser. */
static GtkWidget *
source_link_new (const char *uri)
{
  g_autofree char *host = uri_host (uri);
  /* Translators: a link to where a fact comes from, "Source: uil.unesco.org" */
  g_autofree char *label = g_strdup_printf (_("Source: %s"), host);
  GtkWidget *link = gtk_link_button_new_with_label (uri, label);

  gtk_widget_set_halign (link, GTK_ALIGN_START);
  gtk_widget_add_css_class (link, "source-link");
  gtk_widget_set_tooltip_text (link, uri);
  return link;
}

static GtkWidget *
wrapped_label_new (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
group_new (LcCityPage *self,
           const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->sections_box, group);
  return group;
}

/* A row that only holds text and links: nothing to activate. */
static GtkWidget *
text_row_new (GtkWidget *child)
{
  /* A preferences row: AdwPreferencesGroup puts only those in its list. */
  GtkWidget *row = adw_preferences_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_top (child, 12);
  gtk_widget_set_margin_bottom (child, 12);
  gtk_widget_set_margin_start (child, 12);
  gtk_widget_set_margin_end (child, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  return row;
}

/* "2025-12-04" → "4 December 2025", in the user's language. */
static char *
format_date (const char *date)
{
  g_autoptr(GDateTime) when = NULL;
  int year = 0, month = 0, day = 0;
  int n;

  if (date == NULL || *date == '\0')
    return NULL;

  n = sscanf (date, "%d-%d-%d", &year, &month, &day);
  if (n < 1 || year < 1)
    return g_strdup (date);
  when = g_date_time_new_utc (year, n >= 2 ? month : 1, n >= 3 ? day : 1, 0, 0, 0);
  if (when == NULL)
    return g_strdup (date);

  if (n >= 3)
    /* Translators: a full date as strftime() writes it, "4 December 2025" */
    return g_date_time_format (when, C_("full date", "%-d %B %Y"));
  if (n == 2)
    /* Translators: a month, "December 2025" */
    return g_date_time_format (when, C_("month date", "%B %Y"));
  return g_strdup_printf ("%d", year);
}

static void
set_row (AdwActionRow *row,
         const char   *value)
{
  gtk_widget_set_visible (GTK_WIDGET (row), value != NULL && *value != '\0');
  if (value != NULL)
    adw_action_row_set_subtitle (row, value);
}

static void
fill_facts (LcCityPage *self)
{
  LcCity *city = self->city;
  g_autofree char *admitted = NULL;
  g_autofree char *status = NULL;
  g_autofree char *location = NULL;
  g_autoptr(GString) awards = g_string_new (NULL);
  GPtrArray *award_list = lc_city_get_awards (city);
  const char *state = lc_city_get_status (city);

  if (lc_city_get_year (city) == 0)
    /* Translators: "between 2015 and 2019" */
    admitted = g_strdup_printf (_("Between %d and %d"),
                                lc_city_get_year_min (city), lc_city_get_year_max (city));
  else
    admitted = g_strdup_printf ("%d", lc_city_get_year (city));

  if (lc_city_get_year_inferred (city) && lc_city_get_year_reason (city) != NULL)
    {
      char *with_reason = g_strdup_printf (_("%s (inferred: %s)"), admitted, lc_city_get_year_reason (city));

      g_free (admitted);
      admitted = with_reason;
    }
  else if (lc_city_get_year_inferred (city))
    {
      char *inferred = g_strdup_printf (_("%s (inferred)"), admitted);

      g_free (admitted);
      admitted = inferred;
    }
  set_row (self->admitted_row, admitted);

  if (g_strcmp0 (state, "lapsed") == 0)
    status = g_strdup (_("Lapsed"));
  else if (g_strcmp0 (state, "readmitted") == 0)
    status = g_strdup (_("Readmitted"));
  else
    status = g_strdup (_("Member"));
  if (lc_city_get_status_reason (city) != NULL)
    {
      /* Translators: a membership status and why: "Lapsed: no report since 2019" */
      char *with_reason = g_strdup_printf (_("%s: %s"), status, lc_city_get_status_reason (city));

      g_free (status);
      status = with_reason;
    }
  set_row (self->status_row, status);

  for (guint i = 0; award_list != NULL && i < award_list->len; i++)
    {
      LcAward *award = g_ptr_array_index (award_list, i);

      if (awards->len > 0)
        g_string_append (awards, ", ");
      g_string_append_printf (awards, "%d", award->year);
    }
  set_row (self->awards_row, awards->str);

  if (lc_city_has_location (city))
    {
      double lat = lc_city_get_latitude (city);
      double lon = lc_city_get_longitude (city);

      /* Translators: coordinates, "38.7167° N, 9.1333° W"; N, S, E and W
       * are the compass points */
      location = g_strdup_printf (_("%.4f° %s, %.4f° %s"),
                                  fabs (lat), lat >= 0 ? C_("compass", "N") : C_("compass", "S"),
                                  fabs (lon), lon >= 0 ? C_("compass", "E") : C_("compass", "W"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->location_row), _("Coordinates"));
      set_row (self->location_row, location);
    }
  else
    {
      const char *note = lc_city_get_location_note (city);

      /* Saying so, and why, beats leaving the row out. */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->location_row), _("Location not known"));
      adw_action_row_set_subtitle (self->location_row, note != NULL ? note : "");
      gtk_widget_set_visible (GTK_WIDGET (self->location_row), TRUE);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->show_on_map_button), lc_city_has_location (city));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->show_on_map_button), "s", lc_city_get_id (city));
}

static void
add_award_sources (LcCityPage *self,
                   GtkWidget  *box)
{
  GPtrArray *awards = lc_city_get_awards (self->city);

  for (guint i = 0; awards != NULL && i < awards->len; i++)
    {
      LcAward *award = g_ptr_array_index (awards, i);

      if (award->source != NULL)
        gtk_box_append (GTK_BOX (box), source_link_new (award->source));
    }
}

static void
fill_initiatives (LcCityPage *self)
{
  GPtrArray *initiatives = lc_city_get_initiatives (self->city);
  GtkWidget *group;

  if (initiatives == NULL || initiatives->len == 0)
    return;

  group = group_new (self, _("Initiatives"));
  for (guint i = 0; i < initiatives->len; i++)
    {
      LcInitiative *initiative = g_ptr_array_index (initiatives, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_box_append (GTK_BOX (box), wrapped_label_new (initiative->text, NULL));
      for (guint j = 0; initiative->sources != NULL && initiative->sources[j] != NULL; j++)
        gtk_box_append (GTK_BOX (box), source_link_new (initiative->sources[j]));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row_new (box));
    }
}

static GtkWidget *
quote_new (LcQuote *quote)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *text = NULL;
  g_autofree char *date = format_date (quote->date);
  g_autoptr(GString) who = g_string_new (NULL);
  GtkWidget *label;

  gtk_widget_add_css_class (box, "quote");

  /* Translators: a quotation in typographic quotes, “…” */
  text = g_strdup_printf (_("“%s”"), quote->text);
  label = wrapped_label_new (text, "quote-text");
  if (quote->lang != NULL)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      /* The right hyphenation and voice for a screen reader. */
      pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (quote->lang)));
      gtk_label_set_attributes (GTK_LABEL (label), attrs);
      pango_attr_list_unref (attrs);
    }
  gtk_box_append (GTK_BOX (box), label);

  if (quote->gloss != NULL && g_strcmp0 (quote->lang, "en") != 0)
    {
      /* Translators: the English translation of a quote not in English */
      g_autofree char *gloss = g_strdup_printf (_("In English: “%s”"), quote->gloss);

      gtk_box_append (GTK_BOX (box), wrapped_label_new (gloss, "dim-label"));
    }

  /* "— Carlos Moedas, Mayor of Lisbon, 4 December 2025" */
  g_string_append (who, "— ");
  g_string_append (who, quote->speaker != NULL ? quote->speaker : _("Unknown speaker"));
  if (quote->role != NULL)
    g_string_append_printf (who, ", %s", quote->role);
  if (date != NULL)
    g_string_append_printf (who, ", %s", date);
  gtk_box_append (GTK_BOX (box), wrapped_label_new (who->str, "quote-speaker"));

  if (quote->reported)
    gtk_box_append (GTK_BOX (box),
                    wrapped_label_new (_("Reported speech: the source paraphrases what was said."),
                                       "dim-label"));
  if (quote->date_note != NULL)
    gtk_box_append (GTK_BOX (box), wrapped_label_new (quote->date_note, "dim-label"));
  if (quote->note != NULL)
    gtk_box_append (GTK_BOX (box), wrapped_label_new (quote->note, "dim-label"));
  if (quote->source != NULL)
    gtk_box_append (GTK_BOX (box), source_link_new (quote->source));

  return box;
}

static void
fill_quotes (LcCityPage *self)
{
  GPtrArray *quotes = lc_city_get_quotes (self->city);
  GtkWidget *group;

  if (quotes == NULL || quotes->len == 0)
    return;

  group = group_new (self, g_dngettext (GETTEXT_PACKAGE, "Quote", "Quotes", quotes->len));
  for (guint i = 0; i < quotes->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), quote_new (g_ptr_array_index (quotes, i)));
}

static void
fill_disputes (LcCityPage *self)
{
  GPtrArray *disputes = lc_city_get_disputes (self->city);
  GtkWidget *group;

  if (disputes == NULL || disputes->len == 0)
    return;

  group = group_new (self, _("Sources Disagree"));
  for (guint i = 0; i < disputes->len; i++)
    {
      LcDispute *dispute = g_ptr_array_index (disputes, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      g_autofree char *summary = NULL;

      /* Translators: "Sources disagree on the year: 2015 is shown, others say 2016." */
      summary = g_strdup_printf (_("Sources disagree on the %s: %s is shown, others say %s."),
                                 dispute->field, dispute->chosen, dispute->alternative);
      gtk_box_append (GTK_BOX (box), wrapped_label_new (summary, NULL));
      if (dispute->reason != NULL)
        gtk_box_append (GTK_BOX (box), wrapped_label_new (dispute->reason, "dim-label"));
      for (guint j = 0; dispute->sources != NULL && dispute->sources[j] != NULL; j++)
        gtk_box_append (GTK_BOX (box), source_link_new (dispute->sources[j]));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row_new (box));
    }
}

static void
fill_sources (LcCityPage *self)
{
  const char * const *sources = lc_city_get_sources (self->city);
  GPtrArray *awards = lc_city_get_awards (self->city);
  GtkWidget *group;
  GtkWidget *box;

  if ((sources == NULL || sources[0] == NULL) && (awards == NULL || awards->len == 0)
      && lc_city_get_notes (self->city) == NULL)
    return;

  group = group_new (self, _("Sources"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  if (lc_city_get_notes (self->city) != NULL)
    gtk_box_append (GTK_BOX (box), wrapped_label_new (lc_city_get_notes (self->city), "dim-label"));
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    gtk_box_append (GTK_BOX (box), source_link_new (sources[i]));
  add_award_sources (self, box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), text_row_new (box));
}

static void
clear_sections (LcCityPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
}

static void
lc_city_page_dispose (GObject *object)
{
  LcCityPage *self = LC_CITY_PAGE (object);

  g_clear_object (&self->city);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_CITY_PAGE);

  G_OBJECT_CLASS (lc_city_page_parent_class)->dispose (object);
}

static void
lc_city_page_class_init (LcCityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_city_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/lc-city-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LcCityPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, LcCityPage, place_label);
  gtk_widget_class_bind_template_child (widget_class, LcCityPage, show_on_map_button);
  gtk_widget_class_bind_template_child (widget_class, LcCityPage, admitted_row);
  gtk_widget_class_bind_template_child (widget_class, LcCityPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, LcCityPage, awards_row);
  gtk_widget_class_bind_template_child (widget_class, LcCityPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, LcCityPage, sections_box);
}

static void
lc_city_page_init (LcCityPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lc_city_page_new (void)
{
  return g_object_new (LC_TYPE_CITY_PAGE, NULL);
}

/**
 * lc_city_page_set_city:
 * @self: a #LcCityPage
 * @store: (nullable): the store that holds @city's story
 * @city: the city to tell about
 *
 * Parts of the story the dataset does not have are left out.
 */
void
lc_city_page_set_city (LcCityPage *self,
                       LcStore    *store,
                       LcCity     *city)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *country = NULL;
  g_autofree char *place = NULL;

  g_return_if_fail (LC_IS_CITY_PAGE (self));
  g_return_if_fail (LC_IS_CITY (city));

  g_set_object (&self->city, city);

  if (store != NULL && !lc_city_has_details (city) && !lc_store_load_details (store, city, &error))
    g_warning ("Could not read the story of %s: %s", lc_city_get_id (city), error->message);

  gtk_label_set_text (self->name_label, lc_city_get_name (city));
  country = lc_city_format_country (city);
  /* Translators: a city's country and its UNESCO region,
   * "Portugal · Europe and North America" */
  place = g_strdup_printf (_("%s · %s"), country, lc_region_to_string (lc_city_get_region (city)));
  gtk_label_set_text (self->place_label, place);

  fill_facts (self);
  clear_sections (self);
  fill_initiatives (self);
  fill_quotes (self);
  fill_disputes (self);
  fill_sources (self);
}

/**
 * lc_city_page_get_city:
 * @self: a #LcCityPage
 *
 * Returns: (transfer none) (nullable): the city shown
 */
LcCity *
lc_city_page_get_city (LcCityPage *self)
{
  g_return_val_if_fail (LC_IS_CITY_PAGE (self), NULL);

  return self->city;
}
