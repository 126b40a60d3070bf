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
#include "lc-basemap-source.h"
#include "lc-city.h"
#include "lc-online-source.h"
#include "lc-tile-fetcher.h"
#include "lc-window.h"

/* The world is 256 logical pixels wide at zoom level 0. */
#define WORLD_TILE_SIZE 256.0

struct _LcWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  ShumateMapSource     *map_source;
  ShumateMapSource     *offline_source;
  gboolean              remember_state;
  gboolean              world_fitted;

  /* One filtered, sorted model and one selection, shared by the map and
   * the list so that they never disagree. */
  LcStore              *store;
  LcCityFilter         *filter;
  GtkSortListModel     *sorted;
  GtkSingleSelection   *selection;

  /* Template widgets */
  GtkOverlay           *map_overlay;
  ShumateSimpleMap     *map;
};

G_DEFINE_FINAL_TYPE (LcWindow, lc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_REMEMBER_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static gboolean
on_first_frame_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  LcWindow *self = LC_WINDOW (widget);

  if (gtk_widget_get_width (GTK_WIDGET (self->map)) <= 0)
    return G_SOURCE_CONTINUE;

  fit_world (self);
  self->world_fitted = TRUE;

  return G_SOURCE_REMOVE;
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

static void
restore_state (LcWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
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
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GListModel) all = NULL;
  GtkFilterListModel *filtered;
  GtkSorter *sorter;

  if (LC_IS_APPLICATION (app) && lc_application_get_store (LC_APPLICATION (app)) != NULL)
    {
      self->store = g_object_ref (lc_application_get_store (LC_APPLICATION (app)));
    }
  else
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
    all = g_object_ref (lc_store_get_cities (self->store));
  else
    all = G_LIST_MODEL (g_list_store_new (LC_TYPE_CITY));

  self->filter = lc_city_filter_new (self->store);
  filtered = gtk_filter_list_model_new (g_steal_pointer (&all),
                                        GTK_FILTER (g_object_ref (self->filter)));
  sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (LC_TYPE_CITY, NULL, "name")));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), sorter);

  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
lc_window_constructed (GObject *object)
{
  LcWindow *self = LC_WINDOW (object);

  G_OBJECT_CLASS (lc_window_parent_class)->constructed (object);

  setup_models (self);

  if (self->remember_state)
    restore_state (self);
}

static void
lc_window_dispose (GObject *object)
{
  LcWindow *self = LC_WINDOW (object);

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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/lc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcWindow, map);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, map_overlay);
}

static void
lc_window_init (LcWindow *self)
{
  self->remember_state = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

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

  gtk_widget_add_tick_callback (GTK_WIDGET (self), on_first_frame_cb, NULL, NULL);
}

LcWindow *
lc_window_new (GtkApplication *application,
               gboolean        remember_state)
{
  return g_object_new (LC_TYPE_WINDOW,
                       "application", application,
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
  GObjectClass *source_class;
  guint pending_tiles = 0;

  g_return_val_if_fail (LC_IS_WINDOW (self), FALSE);

  if (!self->world_fitted)
    {
      if (pending != NULL)
        *pending = g_strdup (_("the first view of the map"));
      return FALSE;
    }

  /* Sources that render asynchronously count their unfinished tiles. */
  source_class = G_OBJECT_GET_CLASS (self->map_source);
  if (g_object_class_find_property (source_class, "pending-tiles") != NULL)
    g_object_get (self->map_source, "pending-tiles", &pending_tiles, NULL);

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
