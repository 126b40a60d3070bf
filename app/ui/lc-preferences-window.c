/* lc-preferences-window.c: the Preferences window
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lc-preferences-window.h"
#include "lc-tile-fetcher.h"

struct _LcPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwEntryRow          *tile_url_row;
  GtkButton            *tile_url_reset_button;
};

G_DEFINE_FINAL_TYPE (LcPreferencesWindow, lc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean
is_tile_url_template (const char *text)
{
  g_autofree char *url = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  url = lc_tile_fetcher_build_url (text, 0, 0, 0);
  if (url == NULL)
    return FALSE;

  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  return g_strcmp0 (scheme, "https") == 0 || g_strcmp0 (scheme, "http") == 0;
}

static void
sync_tile_url_row (LcPreferencesWindow *self)
{
  g_autofree char *url_template = g_settings_get_string (self->settings, "online-tile-url");

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->tile_url_row)), url_template) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->tile_url_row), url_template);
  gtk_widget_remove_css_class (GTK_WIDGET (self->tile_url_row), "error");
}

static void
on_tile_url_setting_changed_cb (LcPreferencesWindow *self,
                                const char          *key,
                                GSettings           *settings)
{
  sync_tile_url_row (self);
}

static void
on_tile_url_apply_cb (LcPreferencesWindow *self,
                      AdwEntryRow         *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (!is_tile_url_template (text))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("A tile address starts with https:// and contains {z}, {x} and {y}")));
      return;
    }

  g_settings_set_string (self->settings, "online-tile-url", text);
}

static void
on_tile_url_changed_cb (LcPreferencesWindow *self,
                        AdwEntryRow         *row)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
on_tile_url_reset_cb (LcPreferencesWindow *self,
                      GtkButton           *button)
{
  g_settings_reset (self->settings, "online-tile-url");
  sync_tile_url_row (self);
}

static void
lc_preferences_window_dispose (GObject *object)
{
  LcPreferencesWindow *self = LC_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (lc_preferences_window_parent_class)->dispose (object);
}

static void
lc_preferences_window_finalize (GObject *object)
{
  LcPreferencesWindow *self = LC_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lc_preferences_window_parent_class)->finalize (object);
}

static void
lc_preferences_window_class_init (LcPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_preferences_window_dispose;
  object_class->finalize = lc_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/lc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcPreferencesWindow, tile_url_row);
  gtk_widget_class_bind_template_child (widget_class, LcPreferencesWindow, tile_url_reset_button);
  gtk_widget_class_bind_template_callback (widget_class, on_tile_url_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tile_url_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tile_url_reset_cb);
}

static void
lc_preferences_window_init (LcPreferencesWindow *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GAction) map_source = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_APP_ID);

  /* The radio buttons are bound to the key through a stateful action: no
   * code keeps them and the setting in step. */
  map_source = g_settings_create_action (self->settings, "map-source");
  g_action_map_add_action (G_ACTION_MAP (group), map_source);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "prefs", G_ACTION_GROUP (group));

  sync_tile_url_row (self);
  g_signal_connect_object (self->settings, "changed::online-tile-url",
                           G_CALLBACK (on_tile_url_setting_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * lc_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer floating): a new #LcPreferencesWindow
 */
LcPreferencesWindow *
lc_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (LC_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}
