/* lc-sidebar.c: the list of cities and a city's page, beside the map
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-sidebar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-city-filter-model.h"
#include "lc-city-page.h"
#include "lc-city-row.h"
#include "lc-sidebar.h"

struct _LcSidebar
{
  GtkBox              parent_instance;

  LcStore            *store;
  LcCityFilter       *filter;
  GtkSingleSelection *selection;
  char               *sort_by;
  gboolean            updating_entry;
  guint               header_idle_id;
  GPtrArray          *spare_rows;

  /* Template widgets */
  GtkStack           *stack;
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkLabel           *coverage_label;
  GtkStack           *results_stack;
  GtkListView        *list_view;
  GtkButton          *back_button;
  GtkScrolledWindow  *city_scroller;
  LcCityPage         *city_page;
};

G_DEFINE_FINAL_TYPE (LcSidebar, lc_sidebar, GTK_TYPE_BOX)

#define MAX_SPARE_ROWS 256

/* On each row: its GtkListItem, which knows the row's position; on each
 * list item: its row. */
static GQuark list_item_quark;
static GQuark row_quark;

enum {
  PROP_0,
  PROP_SORT_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
city_year_min (LcCity   *city,
               gpointer  user_data)
{
  return city != NULL ? lc_city_get_year_min (city) : 0;
}

static GtkSorter *
string_sorter_new (const char *property)
{
  return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (LC_TYPE_CITY, NULL, property)));
}

static GtkSorter *
sorter_new (const char *sort_by)
{
  GtkMultiSorter *sorter;

  if (g_strcmp0 (sort_by, "country") == 0)
    {
      sorter = gtk_multi_sorter_new ();
      gtk_multi_sorter_append (sorter, string_sorter_new ("country-name"));
      gtk_multi_sorter_append (sorter, string_sorter_new ("name"));
      return GTK_SORTER (sorter);
    }

  if (g_strcmp0 (sort_by, "year") == 0)
    {
      GtkExpression *year = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL,
                                                         G_CALLBACK (city_year_min), NULL, NULL);

      sorter = gtk_multi_sorter_new ();
      gtk_multi_sorter_append (sorter, GTK_SORTER (gtk_numeric_sorter_new (year)));
      gtk_multi_sorter_append (sorter, string_sorter_new ("name"));
      return GTK_SORTER (sorter);
    }

  return string_sorter_new ("name");
}

static gboolean
list_has_focus (LcSidebar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL
         && (focus == GTK_WIDGET (self->list_view)
             || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)));
}

/* The countries of the cities shown: the window's model counts them as it
 * filters; any other is read through. */
static guint
count_countries (LcSidebar *self)
{
  g_autoptr(GHashTable) countries = NULL;
  GListModel *model = gtk_single_selection_get_model (self->selection);
  guint n_items;

  if (LC_IS_CITY_FILTER_MODEL (model))
    return lc_city_filter_model_get_n_countries (LC_CITY_FILTER_MODEL (model));

  countries = g_hash_table_new (g_str_hash, g_str_equal);
  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (model, i);

      g_hash_table_add (countries, (gpointer) lc_city_get_country_code (city));
    }

  return g_hash_table_size (countries);
}

static void
update_header (LcSidebar *self)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  g_autofree char *cities_text = NULL;
  g_autofree char *text = NULL;
  LcCohort *latest;
  guint n_items = g_list_model_get_n_items (model);
  guint n_countries;

  g_clear_handle_id (&self->header_idle_id, g_source_remove);

  n_countries = count_countries (self);

  cities_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u city", "%u cities", n_items), n_items);
  /* Translators: "366 cities in 91 countries"; the first %s is "N cities" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in %u country", "%s in %u countries", n_countries),
                          cities_text, n_countries);
  gtk_label_set_text (self->count_label, text);

  /* How much of the network the data holds, from the latest cohort's count. */
  latest = self->store != NULL ? lc_store_get_latest_cohort (self->store) : NULL;
  if (latest != NULL && lc_cohort_get_total_cities_after (latest) > 0)
    {
      g_autofree char *coverage = NULL;
      int total = lc_cohort_get_total_cities_after (latest);

      /* Translators: under "366 cities in 91 countries": how many
       * cities UNESCO counts in the network */
      coverage = g_strdup_printf (_("of %d members of the network"), total);
      gtk_label_set_text (self->coverage_label, coverage);
      gtk_widget_set_visible (GTK_WIDGET (self->coverage_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->coverage_label), FALSE);
    }

  gtk_stack_set_visible_child_name (self->results_stack, n_items > 0 ? "list" : "empty");
}

static gboolean
header_idle_cb (gpointer user_data)
{
  LcSidebar *self = user_data;

  self->header_idle_id = 0;
  update_header (self);
  return G_SOURCE_REMOVE;
}

/* Once the list is drawn, and once however many changes came at once. */
static void
on_items_changed_cb (LcSidebar  *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *model)
{
  if (self->header_idle_id == 0)
    self->header_idle_id = g_idle_add (header_idle_cb, self);

  /* Which of the list or the empty page shows cannot wait. */
  gtk_stack_set_visible_child_name (self->results_stack,
                                    g_list_model_get_n_items (model) > 0 ? "list" : "empty");
}

static void
on_selected_item_cb (LcSidebar          *self,
                     GParamSpec         *pspec,
                     GtkSingleSelection *selection)
{
  LcCity *city = gtk_single_selection_get_selected_item (selection);

  if (city == NULL)
    {
      lc_sidebar_show_results (self);
      return;
    }

  /* Moving through the list with the arrow keys selects, and the map
   * follows; the page opens with Enter or a click, so the keyboard is never
   * taken out of the list. */
  if (list_has_focus (self) && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") == 0)
    return;

  lc_sidebar_show_city (self, city);
}

/* Rows that stay in the list are not bound again when the search text
 * changes, so their highlights are redone here: the few rows GtkListView
 * keeps are its descendants. */
static void
refresh_highlights (GtkWidget  *widget,
                    const char *query)
{
  if (LC_IS_CITY_ROW (widget))
    {
      LcCity *city = lc_city_row_get_city (LC_CITY_ROW (widget));

      if (city != NULL)
        lc_city_row_set_city (LC_CITY_ROW (widget), city, query);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    refresh_highlights (child, query);
}

static void
on_filter_search_text_cb (LcSidebar    *self,
                          GParamSpec   *pspec,
                          LcCityFilter *filter)
{
  const char *text = lc_city_filter_get_search_text (filter);
  g_autofree char *shown = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  /* Restored state, the command line and Reset Filters set the text too. */
  if (!self->updating_entry && g_strcmp0 (*shown != '\0' ? shown : NULL, text) != 0)
    {
      self->updating_entry = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
      self->updating_entry = FALSE;
    }

  refresh_highlights (GTK_WIDGET (self->list_view), text);
}

static void
on_search_changed_cb (LcSidebar      *self,
                      GtkSearchEntry *entry)
{
  if (self->filter == NULL || self->updating_entry)
    return;

  self->updating_entry = TRUE;
  lc_city_filter_set_search_text (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  self->updating_entry = FALSE;
}

static void
on_search_activate_cb (LcSidebar      *self,
                       GtkSearchEntry *entry)
{
  g_autoptr(LcCity) first = NULL;

  if (self->selection == NULL)
    return;

  /* The entry may still wait for its search delay. */
  on_search_changed_cb (self, entry);

  first = g_list_model_get_item (G_LIST_MODEL (self->selection), 0);
  if (first == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, 0);
  lc_sidebar_show_city (self, first);
}

static void
on_stop_search_cb (LcSidebar      *self,
                   GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_reset_clicked_cb (LcSidebar *self,
                     GtkButton *button)
{
  if (self->filter != NULL)
    lc_city_filter_reset (self->filter);
}

static void
open_position (LcSidebar *self,
               guint      position)
{
  g_autoptr(LcCity) city = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (city == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  lc_sidebar_show_city (self, city);
}

static void
on_list_activate_cb (LcSidebar   *self,
                     guint        position,
                     GtkListView *list_view)
{
  open_position (self, position);
}

/* A click opens the page even on the row already selected, which the
 * selection alone would not tell. One gesture on the list, in the capture
 * phase so that the rows' own still select, rather than one per row: rows
 * come and go with every filter change. */
static void
on_list_released_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     LcSidebar       *self)
{
  GtkWidget *widget;
  GtkListItem *list_item;

  if (n_press != 1)
    return;

  widget = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);
  while (widget != NULL && !LC_IS_CITY_ROW (widget))
    widget = gtk_widget_get_parent (widget);
  if (widget == NULL || lc_city_row_get_city (LC_CITY_ROW (widget)) == NULL)
    return;

  list_item = g_object_get_qdata (G_OBJECT (widget), list_item_quark);
  if (list_item != NULL && gtk_list_item_get_position (list_item) != GTK_INVALID_LIST_POSITION)
    open_position (self, gtk_list_item_get_position (list_item));
}

/* GTK 4.8's list view does not reuse the rows of the cities a change
 * takes out for those it brings in: it makes new ones, then destroys the
 * old. Building a row costs far more than binding one, so the rows of list
 * items torn down wait here for the next setup. The list item keeps a
 * reference of its own to its row, since GTK lets go of the child before
 * it emits ::teardown. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              LcSidebar                *self)
{
  GtkWidget *row;

  if (self->spare_rows != NULL && self->spare_rows->len > 0)
    row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
  else
    row = g_object_ref_sink (lc_city_row_new ());

  /* The list item outlives its child: no reference needed that way. */
  g_object_set_qdata (G_OBJECT (row), list_item_quark, list_item);
  g_object_set_qdata_full (G_OBJECT (list_item), row_quark, row, g_object_unref);
  gtk_list_item_set_child (list_item, row);
}

static void
teardown_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 LcSidebar                *self)
{
  GtkWidget *row = g_object_steal_qdata (G_OBJECT (list_item), row_quark);

  if (row == NULL)
    return;

  g_object_set_qdata (G_OBJECT (row), list_item_quark, NULL);
  /* A list view in GTK 4.8 keeps a few hundred rows at most. */
  if (self->spare_rows != NULL && self->spare_rows->len < MAX_SPARE_ROWS
      && gtk_widget_get_parent (row) == NULL)
    g_ptr_array_add (self->spare_rows, row);
  else
    g_object_unref (row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             LcSidebar                *self)
{
  lc_city_row_set_city (LC_CITY_ROW (gtk_list_item_get_child (list_item)),
                        gtk_list_item_get_item (list_item),
                        self->filter != NULL ? lc_city_filter_get_search_text (self->filter) : NULL);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               LcSidebar                *self)
{
  lc_city_row_set_city (LC_CITY_ROW (gtk_list_item_get_child (list_item)), NULL, NULL);
}

static void
go_back (LcSidebar *self)
{
  /* Going back lets go of the city, on the map too. */
  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  lc_sidebar_show_results (self);
}

static void
on_back_clicked_cb (LcSidebar *self,
                    GtkButton *button)
{
  go_back (self);
}

/* Escape and Alt+Left go back from a city's page, and do nothing on the
 * list, so that Escape still reaches whatever else wants it there. */
static gboolean
back_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  LcSidebar *self = LC_SIDEBAR (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "city") != 0)
    return FALSE;

  go_back (self);
  return TRUE;
}

static void
lc_sidebar_dispose (GObject *object)
{
  LcSidebar *self = LC_SIDEBAR (object);

  g_clear_handle_id (&self->header_idle_id, g_source_remove);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_SIDEBAR);
  /* After the list view, whose rows come back here as it goes. */
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);

  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lc_sidebar_parent_class)->dispose (object);
}

static void
lc_sidebar_finalize (GObject *object)
{
  LcSidebar *self = LC_SIDEBAR (object);

  g_clear_pointer (&self->sort_by, g_free);

  G_OBJECT_CLASS (lc_sidebar_parent_class)->finalize (object);
}

static void
lc_sidebar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LcSidebar *self = LC_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SORT_BY:
      g_value_set_string (value, self->sort_by);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_sidebar_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LcSidebar *self = LC_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SORT_BY:
      lc_sidebar_set_sort_by (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_sidebar_class_init (LcSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_sidebar_dispose;
  object_class->finalize = lc_sidebar_finalize;
  object_class->get_property = lc_sidebar_get_property;
  object_class->set_property = lc_sidebar_set_property;

  /* "name", "country" or "year": the order of the list. */
  properties[PROP_SORT_BY] =
    g_param_spec_string ("sort-by", NULL, NULL,
                         "name",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LC_TYPE_CITY_PAGE);
  list_item_quark = g_quark_from_static_string ("lc-sidebar-list-item");
  row_quark = g_quark_from_static_string ("lc-sidebar-row");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/lc-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, LcSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, LcSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcSidebar, count_label);
  gtk_widget_class_bind_template_child (widget_class, LcSidebar, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, LcSidebar, results_stack);
  gtk_widget_class_bind_template_child (widget_class, LcSidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, LcSidebar, back_button);
  gtk_widget_class_bind_template_child (widget_class, LcSidebar, city_scroller);
  gtk_widget_class_bind_template_child (widget_class, LcSidebar, city_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_property_action (widget_class, "sidebar.sort-by", "sort-by");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, back_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, back_shortcut_cb, NULL);
}

static void
lc_sidebar_init (LcSidebar *self)
{
  GtkListItemFactory *factory;
  GtkGesture *click;

  self->sort_by = g_strdup ("name");
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (on_list_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  /* Typing while the list has the focus searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
}

/**
 * lc_sidebar_set_models:
 * @self: a #LcSidebar
 * @store: (nullable): the dataset, for cities' stories and the coverage
 * @filter: the filter behind @selection
 * @selection: the filtered, sorted cities the map shows too
 */
void
lc_sidebar_set_models (LcSidebar          *self,
                       LcStore            *store,
                       LcCityFilter       *filter,
                       GtkSingleSelection *selection)
{
  g_return_if_fail (LC_IS_SIDEBAR (self));
  g_return_if_fail (LC_IS_CITY_FILTER (filter));
  g_return_if_fail (GTK_IS_SINGLE_SELECTION (selection));
  g_return_if_fail (self->selection == NULL);

  g_set_object (&self->store, store);
  self->filter = g_object_ref (filter);
  self->selection = g_object_ref (selection);

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (selection, "items-changed", G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (selection, "notify::selected-item", G_CALLBACK (on_selected_item_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (filter, "notify::search-text", G_CALLBACK (on_filter_search_text_cb), self, G_CONNECT_SWAPPED);

  lc_sidebar_set_sort_by (self, self->sort_by);
  on_filter_search_text_cb (self, NULL, filter);
  update_header (self);
}

const char *
lc_sidebar_get_sort_by (LcSidebar *self)
{
  g_return_val_if_fail (LC_IS_SIDEBAR (self), NULL);

  return self->sort_by;
}

/**
 * lc_sidebar_set_sort_by:
 * @self: a #LcSidebar
 * @sort_by: "name", "country" or "year"
 *
 * Orders the shared model, so the map's drawing order follows too.
 */
void
lc_sidebar_set_sort_by (LcSidebar  *self,
                        const char *sort_by)
{
  GListModel *sorted;

  g_return_if_fail (LC_IS_SIDEBAR (self));

  if (g_strcmp0 (sort_by, "country") != 0 && g_strcmp0 (sort_by, "year") != 0)
    sort_by = "name";

  if (g_strcmp0 (self->sort_by, sort_by) != 0)
    {
      g_free (self->sort_by);
      self->sort_by = g_strdup (sort_by);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_BY]);
    }

  if (self->selection == NULL)
    return;

  /* The window sorts before it filters; either order works here. */
  sorted = gtk_single_selection_get_model (self->selection);
  if (LC_IS_CITY_FILTER_MODEL (sorted))
    sorted = lc_city_filter_model_get_source (LC_CITY_FILTER_MODEL (sorted));
  else if (GTK_IS_FILTER_LIST_MODEL (sorted))
    sorted = gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (sorted));
  if (GTK_IS_SORT_LIST_MODEL (sorted))
    {
      g_autoptr(GtkSorter) sorter = sorter_new (self->sort_by);

      gtk_sort_list_model_set_sorter (GTK_SORT_LIST_MODEL (sorted), sorter);
    }
}

/**
 * lc_sidebar_focus_search:
 * @self: a #LcSidebar
 *
 * Shows the list and puts the cursor in the search entry (Ctrl+F).
 */
void
lc_sidebar_focus_search (LcSidebar *self)
{
  g_return_if_fail (LC_IS_SIDEBAR (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") != 0)
    go_back (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * lc_sidebar_get_visible_page:
 * @self: a #LcSidebar
 *
 * Returns: "results" or "city"
 */
const char *
lc_sidebar_get_visible_page (LcSidebar *self)
{
  g_return_val_if_fail (LC_IS_SIDEBAR (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * lc_sidebar_show_city:
 * @self: a #LcSidebar
 * @city: the city whose page to open
 */
void
lc_sidebar_show_city (LcSidebar *self,
                      LcCity    *city)
{
  gboolean had_focus;

  g_return_if_fail (LC_IS_SIDEBAR (self));
  g_return_if_fail (LC_IS_CITY (city));

  had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;

  lc_city_page_set_city (self->city_page, self->store, city);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->city_scroller), 0.0);
  gtk_stack_set_visible_child_name (self->stack, "city");

  /* The keyboard stays in the sidebar: on the way back. */
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
}

/**
 * lc_sidebar_show_results:
 * @self: a #LcSidebar
 *
 * Back to the list, scrolled where it was.
 */
void
lc_sidebar_show_results (LcSidebar *self)
{
  gboolean had_focus;

  g_return_if_fail (LC_IS_SIDEBAR (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "results") == 0)
    return;

  had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;
  gtk_stack_set_visible_child_name (self->stack, "results");
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

LcCityPage *
lc_sidebar_get_city_page (LcSidebar *self)
{
  g_return_val_if_fail (LC_IS_SIDEBAR (self), NULL);

  return self->city_page;
}

GtkSearchEntry *
lc_sidebar_get_search_entry (LcSidebar *self)
{
  g_return_val_if_fail (LC_IS_SIDEBAR (self), NULL);

  return self->search_entry;
}

GtkListView *
lc_sidebar_get_list_view (LcSidebar *self)
{
  g_return_val_if_fail (LC_IS_SIDEBAR (self), NULL);

  return self->list_view;
}

/**
 * lc_sidebar_get_count_text:
 * @self: a #LcSidebar
 *
 * Returns: the header over the list, "366 cities in 91 countries"
 */
const char *
lc_sidebar_get_count_text (LcSidebar *self)
{
  g_return_val_if_fail (LC_IS_SIDEBAR (self), NULL);

  if (self->header_idle_id != 0)
    update_header (self);

  return gtk_label_get_text (self->count_label);
}
