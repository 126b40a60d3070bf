/* test-sidebar.c: the list of cities, a city's page, filters, search,
 * saved state and the narrow layout, under a real display
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lc-city-page.h"
#include "lc-city-row.h"
#include "lc-filter-popover.h"
#include "lc-import.h"
#include "lc-palette.h"
#include "lc-sidebar.h"
#include "lc-test-display.h"
#include "lc-window.h"
#include "lc-year-chip.h"

static GListModel *
cities_of (LcWindow *window)
{
  return G_LIST_MODEL (lc_window_get_selection (window));
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type) && gtk_widget_get_visible (widget))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

/* Search for Lisbon, Enter: its page tells the City of Learning
 * initiative, with a link to where that comes from. */
static void
test_sidebar_search_lisbon (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  LcSidebar *sidebar = lc_window_get_sidebar (window);
  GtkSearchEntry *entry = lc_sidebar_get_search_entry (sidebar);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  g_autoptr(LcCity) first = NULL;
  gboolean initiative_found = FALSE;
  gboolean link_found = FALSE;

  g_assert_cmpstr (lc_sidebar_get_visible_page (sidebar), ==, "results");

  gtk_editable_set_text (GTK_EDITABLE (entry), "lisbon");
  g_signal_emit_by_name (entry, "activate");

  g_assert_cmpstr (lc_city_filter_get_search_text (lc_window_get_filter (window)), ==, "lisbon");
  g_assert_cmpuint (g_list_model_get_n_items (cities_of (window)), >=, 1);
  first = g_list_model_get_item (cities_of (window), 0);
  g_assert_cmpstr (lc_city_get_id (first), ==, "lisbon");

  /* Enter opened the first result, and selected it for the map. */
  g_assert_cmpstr (lc_sidebar_get_visible_page (sidebar), ==, "city");
  g_assert_true (gtk_single_selection_get_selected_item (lc_window_get_selection (window)) == first);
  g_assert_true (lc_city_page_get_city (lc_sidebar_get_city_page (sidebar)) == first);

  collect_widgets (GTK_WIDGET (lc_sidebar_get_city_page (sidebar)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), "Lisboa Cidade da Aprendizagem") != NULL)
      initiative_found = TRUE;
  g_assert_true (initiative_found);

  collect_widgets (GTK_WIDGET (lc_sidebar_get_city_page (sidebar)), GTK_TYPE_LINK_BUTTON, links);
  for (guint i = 0; i < links->len; i++)
    if (g_str_has_prefix (gtk_link_button_get_uri (g_ptr_array_index (links, i)), "https://informacao.lisboa.pt/"))
      link_found = TRUE;
  g_assert_true (link_found);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Text from an import reaches the city page as text: with markup it was a
 * clickable link of any scheme (reliability review F3). */
static void
test_sidebar_page_markup_is_text (void)
{
  static const char json[] =
    "{\"format\": \"learning-cities/cities\", \"version\": 1, \"cities\": [{\n"
    "  \"id\": \"markup-town\", \"name\": \"Markup Town\", \"alt_names\": [],\n"
    "  \"country\": \"PT\", \"region\": \"Europe and North America\",\n"
    "  \"year\": 2020, \"year_from\": null, \"year_to\": null, \"year_inferred\": true,\n"
    "  \"year_reason\": \"<a href=\\\"file:///etc/passwd\\\">read me</a> & <b>more</b>\",\n"
    "  \"status\": \"member\", \"status_reason\": null,\n"
    "  \"sources\": [\"https://example.org/markup-town\"],\n"
    "  \"location\": {\"lat\": null, \"lon\": null, \"method\": \"unknown\", \"geonameid\": null,\n"
    "               \"note\": \"<a href=\\\"smb://host/share\\\">here</a>\"},\n"
    "  \"disputes\": [], \"notes\": null}]}\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lc-markup-XXXXXX", &error);
  g_autofree char *user_path = g_build_filename (dir, "user.db", NULL);
  g_autofree char *json_path = g_build_filename (dir, "markup.json", NULL);
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(LcImportReport) report = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  LcSidebar *sidebar;
  LcWindow *window;
  gboolean year_reason_shown = FALSE, note_shown = FALSE;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (json_path, json, -1, NULL));
  store = lc_store_open_with_user_data (g_getenv ("LC_DATABASE"), user_path, &error);
  g_assert_no_error (error);
  report = lc_import_file (store, user_path, json_file, "markup.json", &error);
  g_assert_no_error (error);
  g_assert_true (lc_store_reload (store, &error));

  window = g_object_new (LC_TYPE_WINDOW, "store", store, "remember-state", FALSE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  lc_test_iterate_until (lc_test_window_is_drawn, window);
  sidebar = lc_window_get_sidebar (window);

  /* Picked in the list (or on the map): its page opens. */
  for (guint i = 0; i < g_list_model_get_n_items (cities_of (window)); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities_of (window), i);

      if (g_str_equal (lc_city_get_id (city), "markup-town"))
        gtk_single_selection_set_selected (lc_window_get_selection (window), i);
    }
  lc_test_iterate_pending ();
  g_assert_nonnull (lc_city_page_get_city (lc_sidebar_get_city_page (sidebar)));
  g_assert_cmpstr (lc_city_get_id (lc_city_page_get_city (lc_sidebar_get_city_page (sidebar))), ==, "markup-town");

  /* Shown as it was written, tags and all: no link, no bold. */
  collect_widgets (GTK_WIDGET (lc_sidebar_get_city_page (sidebar)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (label);

      if (strstr (text, "<a href=\"file:///etc/passwd\">read me</a> & <b>more</b>") != NULL)
        year_reason_shown = TRUE;
      if (strstr (text, "<a href=\"smb://host/share\">here</a>") != NULL)
        note_shown = TRUE;
      g_assert_null (strstr (gtk_label_get_label (label), "file:///etc/passwd\">read me</a>") != NULL &&
                     gtk_label_get_use_markup (label) ? label : NULL);
    }
  g_assert_true (year_reason_shown);
  g_assert_true (note_shown);

  gtk_window_destroy (GTK_WINDOW (window));
  lc_test_remove_tree (dir);
}

/* Whether @inscription shows @needle, all of it in bold. */
static gboolean
shows_in_bold (GtkInscription *inscription,
               const char     *needle)
{
  const char *text = gtk_inscription_get_text (inscription);
  const char *found = text != NULL ? strstr (text, needle) : NULL;
  PangoAttrList *attributes = gtk_inscription_get_attributes (inscription);
  gboolean bold = FALSE;
  GSList *list;
  guint start, end;

  if (found == NULL || attributes == NULL)
    return FALSE;

  start = found - text;
  end = start + strlen (needle);
  list = pango_attr_list_get_attributes (attributes);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == PANGO_ATTR_WEIGHT
          && ((PangoAttrInt *) attribute)->value >= PANGO_WEIGHT_BOLD
          && attribute->start_index <= start && attribute->end_index >= end)
        bold = TRUE;
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);

  return bold;
}

/* The row shows what was searched for in bold, diacritics or not. */
static void
test_sidebar_search_highlight (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  gboolean highlighted = FALSE;

  lc_city_filter_set_search_text (lc_window_get_filter (window), "sao");
  lc_test_iterate_for (G_USEC_PER_SEC / 5);

  g_assert_cmpuint (g_list_model_get_n_items (cities_of (window)), >, 0);
  collect_widgets (GTK_WIDGET (lc_sidebar_get_list_view (lc_window_get_sidebar (window))), LC_TYPE_CITY_ROW, rows);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      collect_widgets (g_ptr_array_index (rows, i), GTK_TYPE_INSCRIPTION, texts);
      for (guint j = 0; j < texts->len; j++)
        if (shows_in_bold (g_ptr_array_index (texts, j), "São"))
          highlighted = TRUE;
    }
  g_assert_true (highlighted);

  /* Rows bound again without a search lose their bold. */
  lc_city_filter_set_search_text (lc_window_get_filter (window), NULL);
  lc_test_iterate_for (G_USEC_PER_SEC / 5);
  g_ptr_array_set_size (rows, 0);
  collect_widgets (GTK_WIDGET (lc_sidebar_get_list_view (lc_window_get_sidebar (window))), LC_TYPE_CITY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      collect_widgets (g_ptr_array_index (rows, i), GTK_TYPE_INSCRIPTION, texts);
      for (guint j = 0; j < texts->len; j++)
        g_assert_false (shows_in_bold (g_ptr_array_index (texts, j), "São"));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ticking Africa in the filters shows as many cities as the store has
 * there, in the list and its header. */
static void
test_sidebar_region_africa (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  LcStore *store = lc_window_get_store (window);
  GtkWidget *check = lc_filter_popover_get_region_check (lc_window_get_filter_popover (window), LC_REGION_AFRICA);
  guint expected = lc_store_count_cities_in_region (store, LC_REGION_AFRICA);
  g_autofree char *header = NULL;

  g_assert_cmpuint (expected, >, 10);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  g_assert_cmpuint (lc_city_filter_get_regions (lc_window_get_filter (window)), ==, LC_REGION_BIT (LC_REGION_AFRICA));
  g_assert_cmpuint (g_list_model_get_n_items (cities_of (window)), ==, expected);
  header = g_strdup_printf ("%u cities in ", expected);
  g_assert_true (g_str_has_prefix (lc_sidebar_get_count_text (lc_window_get_sidebar (window)), header));

  /* The map frames Africa: its centre is on the continent. */
  lc_test_iterate_until (lc_test_window_is_drawn, window);
  {
    ShumateViewport *viewport = shumate_simple_map_get_viewport (lc_window_get_map (window));
    double latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
    double longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));

    g_assert_cmpfloat (latitude, >, -35.0);
    g_assert_cmpfloat (latitude, <, 37.0);
    g_assert_cmpfloat (longitude, >, -20.0);
    g_assert_cmpfloat (longitude, <, 52.0);
    g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), >, 1.5);
  }

  /* Reset Filters brings every city back. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "reset-filters", NULL);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpuint (g_list_model_get_n_items (cities_of (window)), ==, lc_store_count_cities (store));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A cohort hidden in the legend leaves the list and the map alike. */
static void
test_sidebar_cohort_toggle (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  LcStore *store = lc_window_get_store (window);
  LcCityFilter *filter = lc_window_get_filter (window);
  LcCityLayer *layer = lc_window_get_city_layer (window);
  int cohort_2025 = lc_palette_cohort_for_year (2025);
  guint all = g_list_model_get_n_items (cities_of (window));
  guint in_2025 = lc_store_count_cities_in_year (store, 2025);
  guint drawn = lc_city_layer_get_n_cities (layer);

  g_assert_cmpuint (in_2025, >, 0);
  lc_city_filter_toggle_cohort (filter, cohort_2025);

  g_assert_cmpuint (g_list_model_get_n_items (cities_of (window)), ==, all - in_2025);
  /* The layer draws the same model: fewer dots, by the 2025 cities that
   * have a location. */
  g_assert_cmpuint (lc_city_layer_get_n_cities (layer), <, drawn);
  g_assert_true (lc_city_layer_get_selection (layer) == lc_window_get_selection (window));
  for (guint i = 0; i < g_list_model_get_n_items (cities_of (window)); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities_of (window), i);

      g_assert_cmpint (lc_city_get_cohort (city), !=, cohort_2025);
    }

  lc_city_filter_toggle_cohort (filter, cohort_2025);
  g_assert_cmpuint (g_list_model_get_n_items (cities_of (window)), ==, all);
  g_assert_cmpuint (lc_city_layer_get_n_cities (layer), ==, drawn);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
adjustment_scrolled_down (gpointer data)
{
  return gtk_adjustment_get_value (GTK_ADJUSTMENT (data)) > 1000.0;
}

static void
test_sidebar_sort_and_back (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  LcSidebar *sidebar = lc_window_get_sidebar (window);
  GtkSingleSelection *selection = lc_window_get_selection (window);
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  guint n_items = g_list_model_get_n_items (cities_of (window));
  double scrolled;

  /* By year: the founding wave first, 2025 last. */
  lc_sidebar_set_sort_by (sidebar, "year");
  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(LcCity) a = g_list_model_get_item (cities_of (window), i - 1);
      g_autoptr(LcCity) b = g_list_model_get_item (cities_of (window), i);

      g_assert_cmpint (lc_city_get_year_min (a), <=, lc_city_get_year_min (b));
    }

  /* By country, through the sort menu's action. */
  gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.sort-by", "s", "country");
  g_assert_cmpstr (lc_sidebar_get_sort_by (sidebar), ==, "country");
  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(LcCity) a = g_list_model_get_item (cities_of (window), i - 1);
      g_autoptr(LcCity) b = g_list_model_get_item (cities_of (window), i);
      g_autofree char *ka = g_utf8_casefold (lc_city_get_country_name (a), -1);
      g_autofree char *kb = g_utf8_casefold (lc_city_get_country_name (b), -1);

      g_assert_cmpint (g_utf8_collate (ka, kb), <=, 0);
    }

  /* Scroll down, open a city, go back: the list is where it was and the
   * city is let go. */
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (lc_sidebar_get_list_view (sidebar)),
                                                          GTK_TYPE_SCROLLED_WINDOW));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  gtk_widget_activate_action (GTK_WIDGET (lc_sidebar_get_list_view (sidebar)), "list.scroll-to-item", "u", 200);
  /* Wait for the scroll rather than a fixed time: sanitizer builds are slow. */
  lc_test_iterate_until (adjustment_scrolled_down, adjustment);
  scrolled = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (scrolled, >, 1000.0);

  gtk_single_selection_set_selected (selection, 40);
  g_assert_cmpstr (lc_sidebar_get_visible_page (sidebar), ==, "city");
  lc_test_iterate_for (G_USEC_PER_SEC / 5);
  lc_sidebar_show_results (sidebar);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  lc_test_iterate_for (G_USEC_PER_SEC / 5);
  g_assert_cmpstr (lc_sidebar_get_visible_page (sidebar), ==, "results");
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (adjustment), scrolled, 1.0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sidebar_empty_state (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 1280, 800);
  LcSidebar *sidebar = lc_window_get_sidebar (window);
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  lc_city_filter_set_search_text (lc_window_get_filter (window), "qqqxyzzy");
  g_assert_cmpuint (g_list_model_get_n_items (cities_of (window)), ==, 0);
  g_assert_cmpstr (lc_sidebar_get_count_text (sidebar), ==, "0 cities in 0 countries");

  collect_widgets (GTK_WIDGET (sidebar), ADW_TYPE_STATUS_PAGE, pages);
  g_assert_cmpuint (pages->len, ==, 1);
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (pages, 0)));

  g_action_group_activate_action (G_ACTION_GROUP (window), "reset-filters", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cities_of (window)), ==,
                    lc_store_count_cities (lc_window_get_store (window)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lc_sidebar_get_search_entry (sidebar))), ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Filters, order, open city and view come back at the next start. */
static void
test_sidebar_state_restart (void)
{
  LcWindow *window = lc_test_open_window (TRUE, 1280, 800);
  LcCityFilter *filter = lc_window_get_filter (window);
  ShumateViewport *viewport = shumate_simple_map_get_viewport (lc_window_get_map (window));
  LcCity *selected;
  int from, to;

  lc_city_filter_set_regions (filter, LC_REGION_BIT (LC_REGION_AFRICA));
  lc_city_filter_set_years (filter, 2020, 0);
  lc_city_filter_toggle_cohort (filter, lc_palette_cohort_for_year (2022));
  lc_sidebar_set_sort_by (lc_window_get_sidebar (window), "country");
  gtk_single_selection_set_selected (lc_window_get_selection (window), 2);
  selected = gtk_single_selection_get_selected_item (lc_window_get_selection (window));
  g_assert_nonnull (selected);
  g_object_ref (selected);
  lc_test_iterate_until (lc_test_window_is_drawn, window);
  shumate_viewport_set_zoom_level (viewport, 4.5);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 5.0, 20.0);
  gtk_window_close (GTK_WINDOW (window));

  window = lc_test_open_window (TRUE, 1280, 800);
  filter = lc_window_get_filter (window);
  viewport = shumate_simple_map_get_viewport (lc_window_get_map (window));

  g_assert_cmpuint (lc_city_filter_get_regions (filter), ==, LC_REGION_BIT (LC_REGION_AFRICA));
  lc_city_filter_get_years (filter, &from, &to);
  g_assert_cmpint (from, ==, 2020);
  g_assert_cmpint (to, ==, 0);
  g_assert_cmpuint (lc_city_filter_get_hidden_cohorts (filter), ==,
                    LC_CITY_FILTER_COHORT_BIT (lc_palette_cohort_for_year (2022)));
  g_assert_cmpstr (lc_sidebar_get_sort_by (lc_window_get_sidebar (window)), ==, "country");
  g_assert_cmpstr (lc_city_get_id (gtk_single_selection_get_selected_item (lc_window_get_selection (window))),
                   ==, lc_city_get_id (selected));
  g_assert_cmpstr (lc_sidebar_get_visible_page (lc_window_get_sidebar (window)), ==, "city");
  g_assert_cmpfloat_with_epsilon (shumate_viewport_get_zoom_level (viewport), 4.5, 0.01);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), 5.0, 0.01);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), 20.0, 0.01);

  /* Leave the next tests a clean start. */
  lc_city_filter_reset (filter);
  gtk_single_selection_set_selected (lc_window_get_selection (window), GTK_INVALID_LIST_POSITION);
  gtk_window_close (GTK_WINDOW (window));
  g_object_unref (selected);
}

/* What --region=africa --years=2020-2025 --city=… hands the window. */
static void
test_sidebar_open_state (void)
{
  LcWindow *window = lc_window_new (NULL, FALSE);
  LcQuery query = LC_QUERY_INIT;
  LcSidebar *sidebar = lc_window_get_sidebar (window);

  query.regions = LC_REGION_BIT (LC_REGION_AFRICA);
  query.year_from = 2020;
  query.year_to = 2025;
  lc_window_open_state (window, &query, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  lc_test_iterate_until (lc_test_window_is_drawn, window);

  for (guint i = 0; i < g_list_model_get_n_items (cities_of (window)); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities_of (window), i);

      g_assert_cmpint (lc_city_get_region (city), ==, LC_REGION_AFRICA);
      g_assert_cmpint (lc_city_get_year_max (city), >=, 2020);
    }
  g_assert_cmpuint (g_list_model_get_n_items (cities_of (window)), >, 10);

  lc_window_open_state (window, NULL, "lisbon");
  /* Lisbon is no African city: asking for it by name shows it anyway. */
  g_assert_cmpstr (lc_city_get_id (gtk_single_selection_get_selected_item (lc_window_get_selection (window))),
                   ==, "lisbon");
  g_assert_cmpstr (lc_sidebar_get_visible_page (sidebar), ==, "city");
  lc_test_iterate_until (lc_test_window_is_drawn, window);
  {
    ShumateViewport *viewport = shumate_simple_map_get_viewport (lc_window_get_map (window));

    g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), 38.72, 0.01);
    g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), -9.13, 0.01);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_narrow (gpointer data)
{
  return lc_window_is_narrow (LC_WINDOW (data));
}

static gboolean
is_wide (gpointer data)
{
  return !lc_window_is_narrow (LC_WINDOW (data));
}

static gboolean
sidebar_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_sidebar (LC_WINDOW (data))));
}

static gboolean
map_beside_sidebar (gpointer data)
{
  LcWindow *window = data;

  return gtk_widget_get_width (GTK_WIDGET (lc_window_get_map (window)))
         < gtk_widget_get_width (GTK_WIDGET (window)) - 250;
}

/* At 600 pixels the map has the window and the sidebar comes over it with
 * the header bar's toggle (F9). */
static void
test_sidebar_narrow (void)
{
  LcWindow *window = lc_test_open_window (FALSE, 600, 800);
  GtkWidget *sidebar = GTK_WIDGET (lc_window_get_sidebar (window));
  GtkWidget *map = GTK_WIDGET (lc_window_get_map (window));

  lc_test_iterate_until (is_narrow, window);
  g_assert_true (lc_window_is_narrow (window));
  g_assert_false (gtk_widget_get_mapped (sidebar));
  lc_test_iterate_until (lc_test_window_is_drawn, window);
  g_assert_cmpint (gtk_widget_get_width (map), ==, gtk_widget_get_width (GTK_WIDGET (window)));

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-sidebar", NULL);
  lc_test_iterate_until (sidebar_mapped, window);
  g_assert_true (gtk_widget_get_mapped (sidebar));
  /* Over the map, which keeps its size, not beside it. */
  lc_test_iterate_for (G_USEC_PER_SEC / 5);
  g_assert_cmpint (gtk_widget_get_width (map), ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_get_width (sidebar), >=, 280);
  g_assert_cmpint (gtk_widget_get_width (sidebar), <, gtk_widget_get_width (GTK_WIDGET (window)));

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-sidebar", NULL);
  lc_test_iterate_for (G_USEC_PER_SEC / 5);
  g_assert_false (gtk_widget_get_mapped (sidebar));

  /* Wide again: the sidebar is back beside the map. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  lc_test_iterate_until (is_wide, window);
  lc_test_iterate_until (sidebar_mapped, window);
  g_assert_true (gtk_widget_get_mapped (sidebar));
  lc_test_iterate_until (map_beside_sidebar, window);
  g_assert_cmpint (gtk_widget_get_width (map), <, gtk_widget_get_width (GTK_WIDGET (window)) - 250);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
shows_one_city (gpointer window)
{
  return g_list_model_get_n_items (cities_of (window)) == 1;
}

static gboolean
shows_many_cities (gpointer window)
{
  return g_list_model_get_n_items (cities_of (window)) > 100;
}

/* The glyphs in the text nodes that @widget draws now. */
static guint
count_node_glyphs (GskRenderNode *node)
{
  guint n = 0;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_TEXT_NODE:
      return gsk_text_node_get_num_glyphs (node);

    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        n += count_node_glyphs (gsk_container_node_get_child (node, i));
      return n;

    case GSK_CLIP_NODE:
      return count_node_glyphs (gsk_clip_node_get_child (node));

    case GSK_ROUNDED_CLIP_NODE:
      return count_node_glyphs (gsk_rounded_clip_node_get_child (node));

    case GSK_TRANSFORM_NODE:
      return count_node_glyphs (gsk_transform_node_get_child (node));

    case GSK_OPACITY_NODE:
      return count_node_glyphs (gsk_opacity_node_get_child (node));

    default:
      return 0;
    }
}

static guint
count_drawn_glyphs (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  return count_node_glyphs (node);
}

/* Asserts that every year chip in view shows its whole text, and returns
 * how many it looked at. */
static guint
assert_chips_whole (LcWindow *window)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint n_chips = 0;

  collect_widgets (GTK_WIDGET (lc_window_get_sidebar (window)), LC_TYPE_CITY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (!gtk_widget_get_mapped (row))
        continue;

      for (GtkWidget *child = gtk_widget_get_first_child (row);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          const char *text;
          GtkWidget *inscription;
          guint n_glyphs;

          if (!gtk_widget_has_css_class (child, "year-chip"))
            continue;

          text = lc_year_chip_get_text (LC_YEAR_CHIP (child));
          inscription = gtk_widget_get_first_child (child);
          g_assert_true (GTK_IS_INSCRIPTION (inscription));
          g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (inscription)), ==, text);
          g_assert_nonnull (text);
          g_assert_nonnull (strstr (text, "20"));

          /* What is drawn: one glyph a character ("2019": 4, "≈ 2019":
           * 6); "20…" has 3. */
          n_glyphs = count_drawn_glyphs (inscription);
          g_test_message ("chip “%s”: %u glyphs drawn in %d × %d px", text, n_glyphs,
                          gtk_widget_get_width (inscription), gtk_widget_get_height (inscription));
          if (n_glyphs != g_utf8_strlen (text, -1))
            g_error ("the chip “%s” draws %u glyphs in %d × %d px: it reads shortened",
                     text, n_glyphs, gtk_widget_get_width (inscription), gtk_widget_get_height (inscription));
          n_chips++;
        }
    }

  return n_chips;
}

/* At the default sidebar width every chip reads its whole year, "2019"
 * and "≈ 2025" and "2015–2018", not "20…", whatever the font's digits. */
static void
test_sidebar_chips_whole (gconstpointer font)
{
  LcWindow *window;
  LcSidebar *sidebar;
  GtkSearchEntry *entry;
  guint n_chips;

  if (font != NULL)
    g_object_set (gtk_settings_get_default (), "gtk-font-name", (const char *) font, NULL);
  else
    gtk_settings_reset_property (gtk_settings_get_default (), "gtk-font-name");
  window = lc_test_open_window (FALSE, 1280, 800);
  sidebar = lc_window_get_sidebar (window);
  entry = lc_sidebar_get_search_entry (sidebar);

  lc_test_iterate_for (G_USEC_PER_SEC / 10);
  n_chips = assert_chips_whole (window);
  g_assert_cmpuint (n_chips, >=, 10);

  /* A range of years, whose chip is not bold. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "aswan");
  lc_test_iterate_until (shows_one_city, window);
  lc_test_iterate_for (G_USEC_PER_SEC / 10);
  g_assert_cmpuint (g_list_model_get_n_items (cities_of (window)), ==, 1);
  g_assert_cmpuint (assert_chips_whole (window), ==, 1);

  /* And back to the whole list, rows rebound from the range. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  lc_test_iterate_until (shows_many_cities, window);
  lc_test_iterate_for (G_USEC_PER_SEC / 10);
  g_assert_cmpuint (assert_chips_whole (window), >=, 10);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The chips take the map's colours: style.css has to follow the palette. */
static void
test_sidebar_chip_colors (void)
{
  g_autoptr(GBytes) css = g_resources_lookup_data (RESOURCE_PATH "/style.css", 0, NULL);
  g_autofree char *text = NULL;

  g_assert_nonnull (css);
  text = g_strndup (g_bytes_get_data (css, NULL), g_bytes_get_size (css));
  for (guint i = 0; i < LC_PALETTE_N_COHORTS; i++)
    {
      LcRgb rgb = lc_palette_get_cohort_color (i);
      g_autofree char *rule = g_strdup_printf (".year-chip.cohort-%u { background-color: #%02x%02x%02x;", i,
                                               (int) (rgb.red * 255 + 0.5),
                                               (int) (rgb.green * 255 + 0.5),
                                               (int) (rgb.blue * 255 + 0.5));

      if (strstr (text, rule) == NULL)
        g_error ("style.css lacks “%s”", rule);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!lc_test_init_display ())
    return g_test_run ();

  g_test_add_func ("/sidebar/search/lisbon", test_sidebar_search_lisbon);
  g_test_add_func ("/sidebar/page/markup-is-text", test_sidebar_page_markup_is_text);
  g_test_add_func ("/sidebar/search/highlight", test_sidebar_search_highlight);
  g_test_add_func ("/sidebar/filter/region-africa", test_sidebar_region_africa);
  g_test_add_func ("/sidebar/filter/cohort-toggle", test_sidebar_cohort_toggle);
  g_test_add_func ("/sidebar/list/sort-and-back", test_sidebar_sort_and_back);
  g_test_add_func ("/sidebar/list/empty-state", test_sidebar_empty_state);
  g_test_add_func ("/sidebar/state/restart", test_sidebar_state_restart);
  g_test_add_func ("/sidebar/state/command-line", test_sidebar_open_state);
  g_test_add_func ("/sidebar/layout/narrow", test_sidebar_narrow);
  g_test_add_func ("/sidebar/chip-colors", test_sidebar_chip_colors);
  /* GTK's default font, GNOME's before 48, and Debian 13's fallback. */
  g_test_add_data_func ("/sidebar/chips/whole/default-font", NULL, test_sidebar_chips_whole);
  g_test_add_data_func ("/sidebar/chips/whole/cantarell", "Cantarell 11", test_sidebar_chips_whole);
  g_test_add_data_func ("/sidebar/chips/whole/dejavu-sans", "DejaVu Sans 11", test_sidebar_chips_whole);

  return g_test_run ();
}
