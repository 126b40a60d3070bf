/* lc-window.c: the main window
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lc-application.h"
#include "lc-array-model.h"
#include "lc-basemap-source.h"
#include "lc-city.h"
#include "lc-city-filter-model.h"
#include "lc-city-layer.h"
#include "lc-filter-popover.h"
#include "lc-fit.h"
#include "lc-legend.h"
#include "lc-online-source.h"
#include "lc-sidebar.h"
#include "lc-tile-fetcher.h"
#include "lc-window.h"

/* The world is 256 logical pixels wide at zoom level 0. */
#define WORLD_TILE_SIZE 256.0

/* Below this window width the sidebar floats over the map. */
#define NARROW_WIDTH 700
/* How close "Show on Map" and --city go: a city and its surroundings. */
#define CITY_ZOOM 7.0
/* The closest a filter fit goes, for one city or a few close together. */
#define FIT_MAX_ZOOM 7.0
#define FIT_MARGIN 48.0

struct _LcWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  ShumateMapSource     *map_source;
  ShumateMapSource     *offline_source;
  gboolean              remember_state;
  gboolean              world_fitted;
  /* Frames without a tile loading since the map last changed: see
   * lc_window_is_drawn(). */
  guint                 settle_tick_id;
  guint                 settle_idle_id;
  guint                 quiet_frames;
  gboolean              went_idle;

  /* One filtered, sorted model and one selection, shared by the map and
   * the list so that they never disagree. */
  LcStore              *store;
  LcCityFilter         *filter;
  GtkSortListModel     *sorted;
  GtkSingleSelection   *selection;

  /* Template widgets */
  GtkOverlay           *map_overlay;
  ShumateSimpleMap     *map;
  LcCityLayer          *city_layer;
  LcLegend             *legend;
  GtkOverlay           *content_overlay;
  GtkPaned             *paned;
  LcSidebar            *sidebar;
  LcFilterPopover      *filter_popover;

  /* The sidebar is beside the map, or over it on a narrow window. */
  gboolean              show_sidebar;
  gboolean              wide_show_sidebar;
  gboolean              narrow;
  gboolean              narrow_applied;
  guint                 layout_idle_id;

  /* What the map shows first, and its following the filter. */
  guint                 fit_idle_id;
  gboolean              fit_pending;
  char                 *centre_city;
  gboolean              has_saved_view;
  LcView                saved_view;
};

G_DEFINE_FINAL_TYPE (LcWindow, lc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_REMEMBER_STATE,
  PROP_STORE,
  PROP_SHOW_SIDEBAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
count_pending_tiles (LcWindow *self)
{
  GObjectClass *source_class = G_OBJECT_GET_CLASS (self->map_source);
  guint pending_tiles = 0;

  /* Sources that render asynchronously count their unfinished tiles. */
  if (g_object_class_find_property (source_class, "pending-tiles") != NULL)
    g_object_get (self->map_source, "pending-tiles", &pending_tiles, NULL);

  return pending_tiles;
}

/* The map layer asks for its tiles some time after a change: libshumate
 * 1.0 when it is next allocated, 1.4 in an idle after that, or a frame
 * later still while the view moves fast. So a change is drawn only once a
 * few whole frames have passed with no tile loading. */
#define SETTLE_FRAMES 3

static gboolean
settle_idle_cb (gpointer user_data)
{
  LcWindow *self = user_data;

  self->settle_idle_id = 0;
  self->went_idle = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
settle_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  LcWindow *self = LC_WINDOW (widget);

#if SHUMATE_CHECK_VERSION (1, 4, 0)
  /* 1.4 defers a tile load while the view moves fast (or jumps, or a new
   * source's layer first looks) to a tick, and skips it when that tick's
   * frame time equals the one it predicted from outside the frame: then
   * no tile is asked for until the view changes again, and the map stays
   * blank (/shumate/data-source/online). A new allocation on each settling
   * frame makes the layer look again. */
  gtk_widget_queue_allocate (GTK_WIDGET (shumate_simple_map_get_base_map_layer (self->map)));
#endif

  /* A frame counts only if the main loop went idle since the last one:
   * the layer asks for tiles in an idle, which frames that come back to
   * back on a busy machine keep from running. */
  if (count_pending_tiles (self) > 0)
    self->quiet_frames = 0;
  else if (self->went_idle)
    self->quiet_frames++;
  self->went_idle = FALSE;

  if (self->quiet_frames < SETTLE_FRAMES)
    {
      if (self->settle_idle_id == 0)
        self->settle_idle_id = g_idle_add_full (G_PRIORITY_LOW, settle_idle_cb, self, NULL);
      return G_SOURCE_CONTINUE;
    }

  self->settle_tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
queue_map_settle (LcWindow *self)
{
  self->quiet_frames = 0;
  self->went_idle = FALSE;
  if (self->settle_tick_id == 0)
    self->settle_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), settle_tick_cb, NULL, NULL);
}

static void
fit_world (LcWindow *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  double width = gtk_widget_get_width (GTK_WIDGET (self->map));
  double zoom;

  /* Show the whole width of the world: that is what a world map opens on. */
  zoom = log2 (MAX (width, WORLD_TILE_SIZE) / WORLD_TILE_SIZE);
  zoom = CLAMP (zoom, shumate_viewport_get_min_zoom_level (viewport), 6.0);
  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 20.0, 10.0);
}

static void
centre_on_city (LcWindow *self,
                LcCity   *city)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);

  if (!lc_city_has_location (city))
    return;

  shumate_viewport_set_zoom_level (viewport, MAX (shumate_viewport_get_zoom_level (viewport), CITY_ZOOM));
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 lc_city_get_latitude (city),
                                 lc_city_get_longitude (city));
}

/* The map frames the cities the filter lets through, or the world when
 * nothing is filtered. */
static gboolean
fit_to_filtered (LcWindow *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  double width = gtk_widget_get_width (GTK_WIDGET (self->map));
  double height = gtk_widget_get_height (GTK_WIDGET (self->map));
  LcView view;

  if (width <= 0 || height <= 0)
    return FALSE;

  if (!lc_city_filter_is_active (self->filter))
    {
      fit_world (self);
      return TRUE;
    }

  if (lc_fit_cities (G_LIST_MODEL (self->selection), width, height, FIT_MARGIN,
                     shumate_viewport_get_min_zoom_level (viewport), FIT_MAX_ZOOM, &view))
    {
      shumate_viewport_set_zoom_level (viewport, view.zoom);
      shumate_location_set_location (SHUMATE_LOCATION (viewport), view.latitude, view.longitude);
    }
  return TRUE;
}

static void
apply_first_view (LcWindow *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  LcCity *city = NULL;

  if (self->centre_city != NULL && self->store != NULL)
    city = lc_store_get_city (self->store, self->centre_city);

  if (self->fit_pending || city != NULL)
    {
      self->fit_pending = FALSE;
      fit_to_filtered (self);
      if (city != NULL)
        centre_on_city (self, city);
      g_clear_pointer (&self->centre_city, g_free);
    }
  else if (self->has_saved_view)
    {
      shumate_viewport_set_zoom_level (viewport, self->saved_view.zoom);
      shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                     self->saved_view.latitude, self->saved_view.longitude);
    }
  else
    {
      fit_world (self);
    }
}

static gboolean
fit_idle_cb (gpointer user_data)
{
  LcWindow *self = user_data;

  self->fit_idle_id = 0;
  if (!self->world_fitted || !fit_to_filtered (self))
    self->fit_pending = TRUE;

  return G_SOURCE_REMOVE;
}

/* Once per main-loop turn, however many parts of the filter changed. */
static void
on_filter_changed_cb (LcWindow        *self,
                      GtkFilterChange  change,
                      GtkFilter       *filter)
{
  if (self->fit_idle_id == 0)
    self->fit_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_idle_cb, self, NULL);
}

static void
update_sidebar_visibility (LcWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar), self->show_sidebar);
}

static void
set_show_sidebar (LcWindow *self,
                  gboolean  show)
{
  show = !!show;
  if (self->show_sidebar == show)
    return;

  self->show_sidebar = show;
  if (!self->narrow_applied)
    self->wide_show_sidebar = show;
  update_sidebar_visibility (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SIDEBAR]);
}

/* The sidebar moves between the paned (wide) and the overlay (narrow).
 * It cannot move while the window is being allocated, hence the idle. */
static gboolean
layout_idle_cb (gpointer user_data)
{
  LcWindow *self = user_data;
  GtkWidget *sidebar = GTK_WIDGET (self->sidebar);

  self->layout_idle_id = 0;
  if (self->narrow == self->narrow_applied)
    return G_SOURCE_REMOVE;

  g_object_ref (sidebar);
  if (self->narrow)
    {
      gboolean wide_show = self->show_sidebar;

      gtk_paned_set_start_child (self->paned, NULL);
      gtk_widget_set_halign (sidebar, GTK_ALIGN_START);
      gtk_widget_set_size_request (sidebar, 320, -1);
      gtk_widget_add_css_class (sidebar, "overlay-sidebar");
      gtk_overlay_add_overlay (self->content_overlay, sidebar);
      self->narrow_applied = TRUE;
      /* A narrow window shows the map; the sidebar comes when asked for,
       * or with a city's page. */
      set_show_sidebar (self, gtk_single_selection_get_selected_item (self->selection) != NULL);
      self->wide_show_sidebar = wide_show;
    }
  else
    {
      gtk_overlay_remove_overlay (self->content_overlay, sidebar);
      gtk_widget_remove_css_class (sidebar, "overlay-sidebar");
      gtk_widget_set_halign (sidebar, GTK_ALIGN_FILL);
      gtk_widget_set_size_request (sidebar, -1, -1);
      gtk_paned_set_start_child (self->paned, sidebar);
      self->narrow_applied = FALSE;
      set_show_sidebar (self, self->wide_show_sidebar);
    }
  g_object_unref (sidebar);
  update_sidebar_visibility (self);
  queue_map_settle (self);

  return G_SOURCE_REMOVE;
}

static void
lc_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  LcWindow *self = LC_WINDOW (widget);

  GTK_WIDGET_CLASS (lc_window_parent_class)->size_allocate (widget, width, height, baseline);

  self->narrow = width < NARROW_WIDTH;
  if (self->narrow != self->narrow_applied && self->layout_idle_id == 0)
    self->layout_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, layout_idle_cb, self, NULL);
}

static void
on_selected_city_cb (LcWindow           *self,
                     GParamSpec         *pspec,
                     GtkSingleSelection *selection)
{
  /* A city picked on the map of a narrow window opens its page over it. */
  if (self->narrow_applied && gtk_single_selection_get_selected_item (selection) != NULL)
    set_show_sidebar (self, TRUE);
}

static void
show_on_map_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LcWindow *self = user_data;
  LcCity *city;

  if (self->store == NULL)
    return;

  city = lc_store_get_city (self->store, g_variant_get_string (parameter, NULL));
  if (city == NULL)
    return;

  centre_on_city (self, city);
  /* On a narrow window the sidebar would hide what was asked for. */
  if (self->narrow_applied)
    set_show_sidebar (self, FALSE);
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  LcWindow *self = user_data;

  set_show_sidebar (self, TRUE);
  lc_sidebar_focus_search (self->sidebar);
}

static void
reset_filters_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  LcWindow *self = user_data;

  lc_city_filter_reset (self->filter);
}

static const GActionEntry win_actions[] = {
  { "show-on-map", show_on_map_action, "s" },
  { "search", search_action },
  { "reset-filters", reset_filters_action },
};

static gboolean
on_first_frame_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  LcWindow *self = LC_WINDOW (widget);

  if (gtk_widget_get_width (GTK_WIDGET (self->map)) <= 0)
    return G_SOURCE_CONTINUE;

  /* The map's width is final once the sidebar has found its place. */
  if (self->narrow != self->narrow_applied || self->layout_idle_id != 0)
    return G_SOURCE_CONTINUE;

  apply_first_view (self);
  self->world_fitted = TRUE;
  queue_map_settle (self);

  return G_SOURCE_REMOVE;
}

static void
on_viewport_changed_cb (LcWindow   *self,
                        GParamSpec *pspec,
                        GObject    *viewport)
{
  queue_map_settle (self);
}

static void update_map_source (LcWindow *self);

static void
on_offline_style_changed_cb (LcWindow        *self,
                             GParamSpec      *pspec,
                             LcBasemapSource *source);

/* Nothing may touch the network unless the user asks for it. */
static ShumateMapSource *
create_offline_source (LcWindow *self)
{
  LcBasemapSource *source = lc_basemap_source_new ();

  g_signal_connect_object (source, "notify::dark",
                           G_CALLBACK (on_offline_style_changed_cb), self, G_CONNECT_SWAPPED);
  return SHUMATE_MAP_SOURCE (source);
}

/* libshumate 1.0.3 keeps drawn tiles until they scroll away, and setting
 * the same source again does nothing: a new source gets a new map layer,
 * drawn in the new palette. */
static void
on_offline_style_changed_cb (LcWindow        *self,
                             GParamSpec      *pspec,
                             LcBasemapSource *source)
{
  g_signal_handlers_disconnect_by_func (self->offline_source, on_offline_style_changed_cb, self);
  g_clear_object (&self->offline_source);
  self->offline_source = create_offline_source (self);
  update_map_source (self);
}

static ShumateMapSource *
create_online_source (LcWindow *self)
{
  g_autofree char *url_template = g_settings_get_string (self->settings, "online-tile-url");
  g_autoptr(LcTileFetcher) fetcher = lc_tile_fetcher_new (url_template);

  /* Any tile the server cannot give comes from the offline map. */
  return SHUMATE_MAP_SOURCE (lc_online_source_new (SHUMATE_DATA_SOURCE (fetcher),
                                                   self->offline_source));
}

static void
update_map_source (LcWindow *self)
{
  g_autofree char *choice = g_settings_get_string (self->settings, "map-source");
  gboolean online = g_strcmp0 (choice, "openstreetmap") == 0;

  g_clear_object (&self->map_source);
  if (online)
    self->map_source = create_online_source (self);
  else
    self->map_source = g_object_ref (self->offline_source);

  shumate_simple_map_set_map_source (self->map, self->map_source);
  queue_map_settle (self);

  /* An animated zoom asks the server for every level it passes through. */
  shumate_map_set_animate_zoom (shumate_simple_map_get_map (self->map), !online);
}

static void
on_map_setting_changed_cb (LcWindow   *self,
                           const char *key,
                           GSettings  *settings)
{
  g_autofree char *choice = NULL;

  /* A new tile address only matters to the online map. */
  choice = g_settings_get_string (self->settings, "map-source");
  if (g_strcmp0 (key, "online-tile-url") == 0 && g_strcmp0 (choice, "openstreetmap") != 0)
    return;

  update_map_source (self);
}

static int
find_city (LcWindow   *self,
           const char *id)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; id != NULL && *id != '\0' && i < n_items; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (g_strcmp0 (lc_city_get_id (city), id) == 0)
        return i;
    }
  return -1;
}

/* What the user was looking at: the filter, the order, the open city and
 * the map's view. */
static void
restore_browse_state (LcWindow *self)
{
  g_autofree char *country = g_settings_get_string (self->settings, "filter-country");
  g_autofree char *search = g_settings_get_string (self->settings, "filter-search");
  g_autofree char *sort_by = g_settings_get_string (self->settings, "sort-by");
  g_autofree char *city = g_settings_get_string (self->settings, "selected-city");
  double zoom = g_settings_get_double (self->settings, "map-zoom");
  int position;

  lc_city_filter_set_regions (self->filter, g_settings_get_uint (self->settings, "filter-regions"));
  lc_city_filter_set_years (self->filter,
                            g_settings_get_int (self->settings, "filter-year-from"),
                            g_settings_get_int (self->settings, "filter-year-to"));
  lc_city_filter_set_country (self->filter, country);
  lc_city_filter_set_search_text (self->filter, search);
  lc_city_filter_set_hidden_cohorts (self->filter, g_settings_get_uint (self->settings, "filter-hidden-cohorts"));
  lc_city_filter_set_include_inferred (self->filter, g_settings_get_boolean (self->settings, "filter-include-inferred"));
  lc_sidebar_set_sort_by (self->sidebar, sort_by);

  position = find_city (self, city);
  if (position >= 0)
    gtk_single_selection_set_selected (self->selection, position);

  /* A negative zoom: no view saved yet, so the world. */
  if (zoom >= 0.0)
    {
      self->has_saved_view = TRUE;
      self->saved_view.zoom = zoom;
      self->saved_view.latitude = g_settings_get_double (self->settings, "map-latitude");
      self->saved_view.longitude = g_settings_get_double (self->settings, "map-longitude");
    }

  gtk_paned_set_position (self->paned, g_settings_get_int (self->settings, "sidebar-width"));
  set_show_sidebar (self, g_settings_get_boolean (self->settings, "sidebar-visible"));
}

static void
save_browse_state (LcWindow *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  LcCity *city = gtk_single_selection_get_selected_item (self->selection);
  const char *country = lc_city_filter_get_country (self->filter);
  const char *search = lc_city_filter_get_search_text (self->filter);
  int from, to;

  lc_city_filter_get_years (self->filter, &from, &to);
  g_settings_set_uint (self->settings, "filter-regions", lc_city_filter_get_regions (self->filter));
  g_settings_set_int (self->settings, "filter-year-from", from);
  g_settings_set_int (self->settings, "filter-year-to", to);
  g_settings_set_string (self->settings, "filter-country", country != NULL ? country : "");
  g_settings_set_string (self->settings, "filter-search", search != NULL ? search : "");
  g_settings_set_uint (self->settings, "filter-hidden-cohorts", lc_city_filter_get_hidden_cohorts (self->filter));
  g_settings_set_boolean (self->settings, "filter-include-inferred", lc_city_filter_get_include_inferred (self->filter));
  g_settings_set_string (self->settings, "sort-by", lc_sidebar_get_sort_by (self->sidebar));
  g_settings_set_string (self->settings, "selected-city", city != NULL ? lc_city_get_id (city) : "");

  if (self->world_fitted)
    {
      g_settings_set_double (self->settings, "map-zoom", shumate_viewport_get_zoom_level (viewport));
      g_settings_set_double (self->settings, "map-latitude",
                             shumate_location_get_latitude (SHUMATE_LOCATION (viewport)));
      g_settings_set_double (self->settings, "map-longitude",
                             shumate_location_get_longitude (SHUMATE_LOCATION (viewport)));
    }

  /* The wide layout's choices: the narrow one always starts hidden. */
  if (!self->narrow_applied)
    g_settings_set_int (self->settings, "sidebar-width", gtk_paned_get_position (self->paned));
  g_settings_set_boolean (self->settings, "sidebar-visible", self->wide_show_sidebar);
}

static void
restore_state (LcWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  restore_browse_state (self);
}

static void
save_state (LcWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  /* The default size tracks the unmaximized size, which is what to restore. */
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  save_browse_state (self);
  g_settings_apply (self->settings);
}

static gboolean
lc_window_close_request (GtkWindow *window)
{
  LcWindow *self = LC_WINDOW (window);

  if (self->remember_state)
    save_state (self);

  return GTK_WINDOW_CLASS (lc_window_parent_class)->close_request (window);
}

static void
setup_models (LcWindow *self)
{
  g_autoptr(GListModel) all = NULL;
  LcCityFilterModel *filtered;
  GtkSorter *sorter;

  if (self->store == NULL)
    {
      g_autofree char *path = lc_store_get_default_path ();
      g_autoptr(GError) error = NULL;

      /* Windows made without the application (tests) open the dataset
       * themselves; the application already refused to start without it. */
      self->store = lc_store_open (path, &error);
      if (self->store == NULL)
        g_warning ("No member cities to show: %s", error->message);
    }

  if (self->store != NULL)
    {
      g_autoptr(GListModel) cities = lc_store_get_cities (self->store);

      /* Constant-time access by position, which the sorter needs. */
      all = G_LIST_MODEL (lc_array_model_new (cities));
    }
  else
    {
      all = G_LIST_MODEL (g_list_store_new (LC_TYPE_CITY));
    }

  /* Sorted once, then filtered: a filter change keeps the order and sorts
   * nothing again, only a new order in the sidebar's sort menu does (at
   * 100 000 cities, re-sorting on every change cost most of a frame). */
  sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (LC_TYPE_CITY, NULL, "name")));
  self->sorted = gtk_sort_list_model_new (g_steal_pointer (&all), sorter);

  self->filter = lc_city_filter_new (self->store);
  filtered = lc_city_filter_model_new (G_LIST_MODEL (self->sorted), self->filter);

  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* The cities and their legend float over the basemap. */
static void
setup_city_layer (LcWindow *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);

  /* Only add_overlay_layer: 1.0.3 declares insert_overlay_layer but never
   * defines it. */
  self->city_layer = lc_city_layer_new (viewport, self->selection);
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->city_layer));

  self->legend = lc_legend_new (self->store, self->filter);
  gtk_overlay_add_overlay (self->map_overlay, GTK_WIDGET (self->legend));
}

static void
lc_window_constructed (GObject *object)
{
  LcWindow *self = LC_WINDOW (object);

  G_OBJECT_CLASS (lc_window_parent_class)->constructed (object);

  setup_models (self);
  setup_city_layer (self);

  lc_sidebar_set_models (self->sidebar, self->store, self->filter, self->selection);
  lc_filter_popover_set_filter (self->filter_popover, self->store, self->filter);

  if (self->remember_state)
    restore_state (self);

  /* After restoring: the saved view wins over a fit to the saved filter. */
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (on_filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (on_selected_city_cb), self, G_CONNECT_SWAPPED);
}

static void
lc_window_dispose (GObject *object)
{
  LcWindow *self = LC_WINDOW (object);

  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
  g_clear_handle_id (&self->layout_idle_id, g_source_remove);
  g_clear_handle_id (&self->settle_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_WINDOW);

  G_OBJECT_CLASS (lc_window_parent_class)->dispose (object);
}

static void
lc_window_finalize (GObject *object)
{
  LcWindow *self = LC_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_object (&self->map_source);
  g_clear_object (&self->offline_source);
  g_clear_pointer (&self->centre_city, g_free);

  G_OBJECT_CLASS (lc_window_parent_class)->finalize (object);
}

static void
lc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LcWindow *self = LC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REMEMBER_STATE:
      self->remember_state = g_value_get_boolean (value);
      break;

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SHOW_SIDEBAR:
      set_show_sidebar (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LcWindow *self = LC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REMEMBER_STATE:
      g_value_set_boolean (value, self->remember_state);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SHOW_SIDEBAR:
      g_value_set_boolean (value, self->show_sidebar);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_window_class_init (LcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = lc_window_constructed;
  object_class->dispose = lc_window_dispose;
  object_class->finalize = lc_window_finalize;
  object_class->get_property = lc_window_get_property;
  object_class->set_property = lc_window_set_property;

  widget_class->size_allocate = lc_window_size_allocate;

  window_class->close_request = lc_window_close_request;

  /**
   * LcWindow:remember-state:
   *
   * Whether the window restores its size from GSettings when created and
   * saves it when closed. Off for screenshots, which ask for a fixed size.
   */
  properties[PROP_REMEMBER_STATE] =
    g_param_spec_boolean ("remember-state", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LcWindow:store:
   *
   * The member cities the window shows: the application's store, which
   * imports reload in place, so that they show up at once. A window made
   * without one (tests) opens the shipped dataset.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         LC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LcWindow:show-sidebar:
   *
   * Whether the list of cities is shown: beside the map, or over it on a
   * narrow window (F9, the header bar's sidebar button).
   */
  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);
  g_type_ensure (LC_TYPE_SIDEBAR);
  g_type_ensure (LC_TYPE_FILTER_POPOVER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/lc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcWindow, map);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, map_overlay);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, content_overlay);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, filter_popover);
}

static void
lc_window_init (LcWindow *self)
{
  g_autoptr(GPropertyAction) show_sidebar = NULL;

  self->remember_state = TRUE;
  self->show_sidebar = TRUE;
  self->wide_show_sidebar = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
  show_sidebar = g_property_action_new ("show-sidebar", self, "show-sidebar");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_sidebar));

  self->settings = g_settings_new (BASE_APP_ID);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  /* The map follows the Preferences window live. */
  g_signal_connect_object (self->settings, "changed::map-source",
                           G_CALLBACK (on_map_setting_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::online-tile-url",
                           G_CALLBACK (on_map_setting_changed_cb), self, G_CONNECT_SWAPPED);
  self->offline_source = create_offline_source (self);
  update_map_source (self);
  /* libshumate 1.6 adds a "changed" signal; 1.0 only notifies. */
  g_signal_connect_object (shumate_simple_map_get_viewport (self->map), "notify",
                           G_CALLBACK (on_viewport_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_add_tick_callback (GTK_WIDGET (self), on_first_frame_cb, NULL, NULL);
}

LcWindow *
lc_window_new (GtkApplication *application,
               gboolean        remember_state)
{
  LcStore *store = NULL;

  /* "application" is set only after constructed(), where the models are
   * made: the store goes in as a property of its own. */
  if (LC_IS_APPLICATION (application))
    store = lc_application_get_store (LC_APPLICATION (application));

  return g_object_new (LC_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "remember-state", remember_state,
                       NULL);
}

/**
 * lc_window_get_map:
 * @self: a #LcWindow
 *
 * Returns: (transfer none): the map filling the window's content area
 */
ShumateSimpleMap *
lc_window_get_map (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->map;
}

/**
 * lc_window_is_drawn:
 * @self: a #LcWindow
 * @pending: (out) (optional): what is still being drawn
 *
 * Returns: %TRUE once the map has its first view and no tile is loading
 */
gboolean
lc_window_is_drawn (LcWindow  *self,
                    char     **pending)
{
  guint pending_tiles;

  g_return_val_if_fail (LC_IS_WINDOW (self), FALSE);

  if (!self->world_fitted)
    {
      if (pending != NULL)
        *pending = g_strdup (_("the first view of the map"));
      return FALSE;
    }

  if (self->layout_idle_id != 0 || self->fit_idle_id != 0 || self->fit_pending)
    {
      if (pending != NULL)
        *pending = g_strdup (_("the layout of the sidebar and the map"));
      return FALSE;
    }

  pending_tiles = count_pending_tiles (self);
  if (pending_tiles > 0)
    {
      if (pending != NULL)
        *pending = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%u map tile",
                                                 "%u map tiles",
                                                 pending_tiles),
                                    pending_tiles);
      return FALSE;
    }

  if (self->settle_tick_id != 0)
    {
      if (pending != NULL)
        *pending = g_strdup (_("the map tiles"));
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_window_get_store:
 * @self: a #LcWindow
 *
 * Returns: (transfer none) (nullable): the member dataset the window shows
 */
LcStore *
lc_window_get_store (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * lc_window_get_filter:
 * @self: a #LcWindow
 *
 * Returns: (transfer none): the filter behind the map, the legend and the list
 */
LcCityFilter *
lc_window_get_filter (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->filter;
}

/**
 * lc_window_get_city_layer:
 * @self: a #LcWindow
 *
 * Returns: (transfer none): the map layer that draws the cities
 */
LcCityLayer *
lc_window_get_city_layer (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->city_layer;
}

/**
 * lc_window_get_legend:
 * @self: a #LcWindow
 *
 * Returns: (transfer none): the legend over the map
 */
LcLegend *
lc_window_get_legend (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->legend;
}

/**
 * lc_window_get_selection:
 * @self: a #LcWindow
 *
 * The filtered, sorted cities and the selected one: the model the map's
 * city layer draws and the sidebar's list shows.
 *
 * Returns: (transfer none): the selection model
 */
GtkSingleSelection *
lc_window_get_selection (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->selection;
}

/**
 * lc_window_get_sidebar:
 * @self: a #LcWindow
 *
 * Returns: (transfer none): the list of cities and the city pages
 */
LcSidebar *
lc_window_get_sidebar (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->sidebar;
}

/**
 * lc_window_get_filter_popover:
 * @self: a #LcWindow
 *
 * Returns: (transfer none): the header bar's filters
 */
LcFilterPopover *
lc_window_get_filter_popover (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->filter_popover;
}

/**
 * lc_window_is_narrow:
 * @self: a #LcWindow
 *
 * Returns: %TRUE if the sidebar floats over the map, as it does on a
 *   window narrower than 700 pixels
 */
gboolean
lc_window_is_narrow (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), FALSE);

  return self->narrow_applied;
}

/**
 * lc_window_open_state:
 * @self: a #LcWindow
 * @query: (nullable): the filter to show, replacing the restored one
 * @city_id: (nullable): the id of the city whose page to open
 *
 * What the command line asks for (--region, --years, --country,
 * --search, --city). The map frames the filtered cities, or centres on
 * @city_id, once it has its size.
 */
void
lc_window_open_state (LcWindow      *self,
                      const LcQuery *query,
                      const char    *city_id)
{
  int position;

  g_return_if_fail (LC_IS_WINDOW (self));

  if (query != NULL)
    {
      lc_city_filter_reset (self->filter);
      lc_city_filter_set_regions (self->filter, query->regions);
      lc_city_filter_set_years (self->filter, query->year_from, query->year_to);
      lc_city_filter_set_country (self->filter, query->country);
      lc_city_filter_set_search_text (self->filter, query->text);
    }

  if (city_id != NULL)
    {
      position = find_city (self, city_id);
      /* A city the filter hides is shown anyway: it was asked for by name. */
      if (position < 0)
        {
          lc_city_filter_reset (self->filter);
          position = find_city (self, city_id);
        }
      if (position >= 0)
        {
          gtk_single_selection_set_selected (self->selection, position);
          set_show_sidebar (self, TRUE);
        }
      g_free (self->centre_city);
      self->centre_city = g_strdup (city_id);
    }

  /* What was asked for decides the view, not the filter's changes on the
   * way there. */
  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
  self->has_saved_view = FALSE;
  self->fit_pending = TRUE;
  if (self->world_fitted)
    apply_first_view (self);
}
