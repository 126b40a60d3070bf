/* lc-city-layer.c: every member city on the map, in one drawing pass
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One widget draws every city of the window's selection model: a dot per
 * city, coloured by its cohort, or a ring when its year is inferred or
 * only a range; where cities are closer than 24 px they merge into a
 * bubble with their count and a ring of cohort colours. A widget per city
 * (ShumateMarkerLayer) costs ten times more per frame at a few thousand
 * cities (tests/bench-city-layer.c).
 *
 * What each frame costs is kept small by caching:
 *  - per model change: each city's Mercator position in the unit square
 *    (lc_projection_to_unit, the only sine and logarithm);
 *  - per integer zoom level: the clusters, built in world pixels, so that
 *    panning never reclusters and bubbles stay put while the map moves;
 *  - per look of a bubble (count and pie): its sprite, kept across cluster
 *    sets, so that a filter turned off again or a zoom level come back to
 *    paints no bubble anew;
 *  - per frame: a scale and shift of the cluster centres
 *    (lc_view_project_units), and, only when the pointer asks, a grid for
 *    hit-testing.
 */

#define G_LOG_DOMAIN "lc-city-layer"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "lc-city.h"
#include "lc-city-filter-model.h"
#include "lc-city-layer.h"
#include "lc-cluster-set.h"
#include "lc-palette.h"
#include "lc-projection.h"
#include "lc-spatial-grid.h"

#define NONE G_MAXUINT

#define SOURCE_LOCATED  (1 << 0)
#define SOURCE_RING     (1 << 1)

/* A category for the cluster pies beyond the palette's cohorts: cities
 * known only by a year range. */
#define NO_COHORT       LC_PALETTE_N_COHORTS
#define N_CATEGORIES    (LC_PALETTE_N_COHORTS + 1)

#define DOT_RADIUS      6.0
#define OUTLINE_WIDTH   1.5
/* How far a bubble's inner disc stays inside its rim. */
#define BUBBLE_RIM      3.5
#define RING_WIDTH      2.5
#define SELECTED_RADIUS 8.0
#define HALO_RADIUS     15.0
/* A click this far outside a dot still hits it: dots are small targets. */
#define HIT_SLOP        2.0
#define PAN_STEP        0.25
#define MAX_CLUSTER_ZOOM 20

/* Colours beyond the cohort palette: a neutral grey for cities without a
 * cohort, and GNOME's accent blue for the selection. */
#define NO_COHORT_COLOR 0x9A9996
#define ACCENT_COLOR    0x3584E4

/* Bubble sprites are kept while one of the last this many cluster sets
 * (the current one included) draws them, and all are let go when a new
 * set finds more than so many. */
#define SPRITE_GENERATIONS  3
#define MAX_BUBBLE_SPRITES  1024

/* What a bubble shows, and the sprite that shows it. */
typedef struct
{
  guint       count;
  guint       counts[N_CATEGORIES];  /* the pie */
  guint       generation;            /* of the last cluster set that drew it */
  GdkTexture *texture;
} BubbleSprite;

/* A colour, premultiplied by its alpha as cairo stores it. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} Paint;

struct _LcCityLayer
{
  ShumateLayer        parent_instance;

  GtkSingleSelection *selection;
  gboolean            dark;

  /* Per located city, in model order (cities without a location are not
   * in these arrays): */
  gboolean            cities_valid;
  gsize               n_cities;
  LcPoint            *units;
  guint8             *categories;    /* cohort, or NO_COHORT */
  gboolean           *rings;         /* year inferred or a range */
  guint              *positions;     /* position in the selection model */
  guint              *city_of_position;  /* per model item: index above, or NONE */
  guint               n_positions;

  /* When the selection shows a LcCityFilterModel, per item of the model
   * under it (its source), in order, kept across filter changes: */
  GListModel         *source;
  gboolean            source_valid;
  LcPoint            *source_units;
  guint8             *source_categories;
  guint8             *source_flags;  /* SOURCE_LOCATED, SOURCE_RING */

  /* Per integer zoom level: */
  int                 cluster_zoom;  /* -1 when the clusters are stale */
  LcClusterSet       *clusters;
  LcPoint            *cluster_units; /* the centre of each cluster */
  double             *cluster_radii;
  double              max_radius;
  GHashTable         *count_layouts; /* count → PangoLayout */

  /* Every mark is painted once into a small texture (a sprite) and each
   * frame only places textures: dots per cohort and kind, bubbles per
   * cluster of the current zoom level. A filter change or a new zoom
   * level makes new clusters, but those with the same cities look the
   * same: bubble sprites are found again by what they show. */
  int                 sprite_scale;
  GdkTexture         *dot_sprites[N_CATEGORIES][2];
  GdkTexture        **bubble_sprites;  /* per cluster, found when first seen */
  GHashTable         *bubble_looks;    /* BubbleSprite set */
  guint               generation;      /* counts the cluster sets */

  /* Per frame: what the last projection saw. */
  gboolean            projection_valid;
  LcView              view;
  gsize               n_visible;
  gsize               visible_room;
  LcPoint            *visible;
  guint              *visible_clusters;
  double             *visible_radii;
  LcSpatialGrid      *grid;          /* built on the first hit test */

  GtkEventController *parent_click;  /* on the map, to take the focus */

  /* Where the primary button went down on a dot or bubble. */
  gboolean            press_valid;
  double              press_x;
  double              press_y;
};

G_DEFINE_FINAL_TYPE (LcCityLayer, lc_city_layer, SHUMATE_TYPE_LAYER)

enum {
  PROP_0,
  PROP_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_source_hex (cairo_t *cr,
                guint32  hex,
                double   alpha)
{
  LcRgb rgb = lc_rgb_from_hex (hex);

  cairo_set_source_rgba (cr, rgb.red, rgb.green, rgb.blue, alpha);
}

static void
set_source_rgb (cairo_t *cr,
                LcRgb    rgb)
{
  cairo_set_source_rgb (cr, rgb.red, rgb.green, rgb.blue);
}

static LcRgb
category_color (guint category)
{
  if (category < LC_PALETTE_N_COHORTS)
    return lc_palette_get_cohort_color (category);

  return lc_rgb_from_hex (NO_COHORT_COLOR);
}

static LcBasemapStyle
get_style (LcCityLayer *self)
{
  return self->dark ? LC_BASEMAP_STYLE_DARK : LC_BASEMAP_STYLE_LIGHT;
}

static double
cluster_radius (guint count)
{
  if (count <= 1)
    return DOT_RADIUS + OUTLINE_WIDTH / 2.0;

  /* Grows slowly, 9 px for 2, 14 for 100, 23 for 100 000, so that
   * bubbles 24 px apart barely touch. */
  return 8.0 + 3.0 * log10 ((double) count);
}

static GListModel *
get_model (LcCityLayer *self)
{
  return G_LIST_MODEL (self->selection);
}

static void
invalidate_projection (LcCityLayer *self)
{
  self->projection_valid = FALSE;
  g_clear_pointer (&self->grid, lc_spatial_grid_free);
}

static void
clear_bubble_sprites (LcCityLayer *self)
{
  if (self->bubble_sprites != NULL && self->clusters != NULL)
    for (guint c = 0; c < lc_cluster_set_get_n_clusters (self->clusters); c++)
      g_clear_object (&self->bubble_sprites[c]);
  g_clear_pointer (&self->bubble_sprites, g_free);
}

static void
invalidate_sprites (LcCityLayer *self)
{
  for (guint c = 0; c < N_CATEGORIES; c++)
    {
      g_clear_object (&self->dot_sprites[c][0]);
      g_clear_object (&self->dot_sprites[c][1]);
    }
  clear_bubble_sprites (self);
  g_hash_table_remove_all (self->bubble_looks);
  if (self->clusters != NULL)
    self->bubble_sprites = g_new0 (GdkTexture *, MAX (lc_cluster_set_get_n_clusters (self->clusters), 1));
}

static guint
bubble_sprite_hash (gconstpointer key)
{
  const BubbleSprite *sprite = key;
  guint hash = sprite->count;

  for (guint c = 0; c < N_CATEGORIES; c++)
    hash = hash * 31 + sprite->counts[c];

  return hash;
}

static gboolean
bubble_sprite_equal (gconstpointer a,
                     gconstpointer b)
{
  const BubbleSprite *sa = a;
  const BubbleSprite *sb = b;

  return sa->count == sb->count && memcmp (sa->counts, sb->counts, sizeof sa->counts) == 0;
}

static void
bubble_sprite_free (gpointer data)
{
  BubbleSprite *sprite = data;

  g_clear_object (&sprite->texture);
  g_free (sprite);
}

/* A new cluster set: forget the sprites no recent one drew. Turning a
 * filter off again, or zooming back out, then finds the bubbles it
 * showed before, while panning far at one zoom level cannot hoard them. */
static void
age_bubble_sprites (LcCityLayer *self)
{
  GHashTableIter iter;
  gpointer key;

  self->generation++;
  if (g_hash_table_size (self->bubble_looks) > MAX_BUBBLE_SPRITES)
    {
      g_hash_table_remove_all (self->bubble_looks);
      return;
    }

  g_hash_table_iter_init (&iter, self->bubble_looks);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const BubbleSprite *sprite = key;

      if (self->generation - sprite->generation >= SPRITE_GENERATIONS)
        g_hash_table_iter_remove (&iter);
    }
}

static void
invalidate_clusters (LcCityLayer *self)
{
  clear_bubble_sprites (self);
  self->cluster_zoom = -1;
  g_clear_pointer (&self->clusters, lc_cluster_set_free);
  g_clear_pointer (&self->cluster_units, g_free);
  g_clear_pointer (&self->cluster_radii, g_free);
  g_hash_table_remove_all (self->count_layouts);
  invalidate_projection (self);
}

static void
invalidate_cities (LcCityLayer *self)
{
  self->cities_valid = FALSE;
  invalidate_clusters (self);
}

static void
on_source_items_changed_cb (LcCityLayer *self,
                            guint        position,
                            guint        removed,
                            guint        added,
                            GListModel  *source)
{
  self->source_valid = FALSE;
  invalidate_cities (self);
}

static void
set_source (LcCityLayer *self,
            GListModel  *source)
{
  if (self->source == source)
    return;

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, on_source_items_changed_cb, self);
  g_set_object (&self->source, source);
  if (self->source != NULL)
    g_signal_connect_object (self->source, "items-changed",
                             G_CALLBACK (on_source_items_changed_cb), self, G_CONNECT_SWAPPED);
  self->source_valid = FALSE;
}

/* Projects every city of the source once: a filter change then only
 * picks from these. */
static void
ensure_source (LcCityLayer *self)
{
  guint n_items;

  if (self->source_valid)
    return;

  n_items = g_list_model_get_n_items (self->source);
  self->source_units = g_renew (LcPoint, self->source_units, MAX (n_items, 1));
  self->source_categories = g_renew (guint8, self->source_categories, MAX (n_items, 1));
  self->source_flags = g_renew (guint8, self->source_flags, MAX (n_items, 1));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (self->source, i);
      int cohort = lc_city_get_cohort (city);

      self->source_flags[i] = 0;
      if (!lc_city_has_location (city))
        continue;

      lc_projection_to_unit (lc_city_get_latitude (city), lc_city_get_longitude (city),
                             &self->source_units[i]);
      self->source_categories[i] = cohort >= 0 ? (guint8) cohort : NO_COHORT;
      self->source_flags[i] = SOURCE_LOCATED;
      if (cohort < 0 || lc_city_get_year_inferred (city))
        self->source_flags[i] |= SOURCE_RING;
    }

  self->source_valid = TRUE;
}

/* The window's LcCityFilterModel tells where in its source each city
 * shown is: the cities of a filter change are then picked from the
 * source's, projected once, without asking the model for any. Returns
 * FALSE when the model is not such a filter model. */
static gboolean
collect_filtered (LcCityLayer *self,
                  guint        n_items,
                  gsize       *n_located)
{
  GListModel *inner = gtk_single_selection_get_model (self->selection);
  const guint *shown;
  guint n_shown;
  gsize k = 0;

  if (!LC_IS_CITY_FILTER_MODEL (inner))
    {
      set_source (self, NULL);
      return FALSE;
    }

  set_source (self, lc_city_filter_model_get_source (LC_CITY_FILTER_MODEL (inner)));
  if (self->source == NULL)
    return FALSE;
  ensure_source (self);

  shown = lc_city_filter_model_get_source_positions (LC_CITY_FILTER_MODEL (inner), &n_shown);
  if (n_shown != n_items)
    return FALSE;

  for (guint position = 0; position < n_shown; position++)
    {
      guint i = shown[position];

      if (self->source_flags[i] & SOURCE_LOCATED)
        {
          self->units[k] = self->source_units[i];
          self->categories[k] = self->source_categories[i];
          self->rings[k] = (self->source_flags[i] & SOURCE_RING) != 0;
          self->positions[k] = position;
          self->city_of_position[position] = (guint) k;
          k++;
        }
      else
        {
          /* Two members have no known place; the list still shows them. */
          self->city_of_position[position] = NONE;
        }
    }

  *n_located = k;
  return TRUE;
}

static void
ensure_cities (LcCityLayer *self)
{
  GListModel *model = get_model (self);
  guint n_items;
  gsize k = 0;

  if (self->cities_valid)
    return;

  n_items = model != NULL ? g_list_model_get_n_items (model) : 0;

  self->units = g_renew (LcPoint, self->units, MAX (n_items, 1));
  self->categories = g_renew (guint8, self->categories, MAX (n_items, 1));
  self->rings = g_renew (gboolean, self->rings, MAX (n_items, 1));
  self->positions = g_renew (guint, self->positions, MAX (n_items, 1));
  self->city_of_position = g_renew (guint, self->city_of_position, MAX (n_items, 1));
  self->n_positions = n_items;

  if (model != NULL && collect_filtered (self, n_items, &k))
    {
      self->n_cities = k;
      self->cities_valid = TRUE;
      return;
    }

  k = 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (model, i);
      int cohort;

      /* Two members have no known place; the list still shows them. */
      if (!lc_city_has_location (city))
        {
          self->city_of_position[i] = NONE;
          continue;
        }

      cohort = lc_city_get_cohort (city);
      lc_projection_to_unit (lc_city_get_latitude (city), lc_city_get_longitude (city),
                             &self->units[k]);
      self->categories[k] = cohort >= 0 ? (guint8) cohort : NO_COHORT;
      self->rings[k] = cohort < 0 || lc_city_get_year_inferred (city);
      self->positions[k] = i;
      self->city_of_position[i] = (guint) k;
      k++;
    }

  self->n_cities = k;
  self->cities_valid = TRUE;
}

static int
cluster_zoom_for (double zoom)
{
  return (int) CLAMP (round (zoom), 0, MAX_CLUSTER_ZOOM);
}

/* Clusters every city in world pixels of an integer zoom level. */
static LcClusterSet *
cluster_at_zoom (LcCityLayer *self,
                 int          zoom,
                 const guint *subset,
                 gsize        n_subset)
{
  double size = lc_projection_world_size (zoom);
  gsize n = subset != NULL ? n_subset : self->n_cities;
  g_autofree LcPoint *world = g_new (LcPoint, MAX (n, 1));
  g_autofree guint8 *categories = NULL;

  if (subset == NULL)
    {
      for (gsize i = 0; i < n; i++)
        {
          world[i].x = self->units[i].x * size;
          world[i].y = self->units[i].y * size;
        }
      return lc_cluster_set_new (world, self->categories, n, N_CATEGORIES,
                                 LC_CLUSTER_DEFAULT_DISTANCE);
    }

  for (gsize i = 0; i < n; i++)
    {
      world[i].x = self->units[subset[i]].x * size;
      world[i].y = self->units[subset[i]].y * size;
    }
  return lc_cluster_set_new (world, NULL, n, 0, LC_CLUSTER_DEFAULT_DISTANCE);
}

static void
ensure_clusters (LcCityLayer *self,
                 double       zoom)
{
  int level = cluster_zoom_for (zoom);
  guint n_clusters;
  double size;

  ensure_cities (self);
  if (self->cluster_zoom == level && self->clusters != NULL)
    return;

  invalidate_clusters (self);
  self->clusters = cluster_at_zoom (self, level, NULL, 0);
  self->cluster_zoom = level;
  age_bubble_sprites (self);

  n_clusters = lc_cluster_set_get_n_clusters (self->clusters);
  self->bubble_sprites = g_new0 (GdkTexture *, MAX (n_clusters, 1));
  size = lc_projection_world_size (level);
  self->cluster_units = g_new (LcPoint, MAX (n_clusters, 1));
  self->cluster_radii = g_new (double, MAX (n_clusters, 1));
  self->max_radius = DOT_RADIUS;

  for (guint c = 0; c < n_clusters; c++)
    {
      const LcCluster *cluster = lc_cluster_set_get_cluster (self->clusters, c);

      /* A lone city keeps its exact place rather than a rounded mean. */
      if (cluster->count == 1)
        self->cluster_units[c] = self->units[cluster->seed];
      else
        {
          self->cluster_units[c].x = cluster->centre.x / size;
          self->cluster_units[c].y = cluster->centre.y / size;
        }
      self->cluster_radii[c] = cluster_radius (cluster->count);
      self->max_radius = MAX (self->max_radius, self->cluster_radii[c]);
    }
}

static void
get_view (LcCityLayer *self,
          LcView      *view)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  view->latitude = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  view->longitude = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  view->zoom = shumate_viewport_get_zoom_level (viewport);
  view->rotation = shumate_viewport_get_rotation (viewport);
  view->width = gtk_widget_get_width (GTK_WIDGET (self));
  view->height = gtk_widget_get_height (GTK_WIDGET (self));
}

static void
ensure_projection (LcCityLayer *self)
{
  LcView view;
  guint n_clusters;
  gsize copies, room;
  double margin;

  get_view (self, &view);
  if (self->projection_valid && memcmp (&view, &self->view, sizeof view) == 0)
    return;

  ensure_clusters (self, view.zoom);
  invalidate_projection (self);
  self->view = view;

  n_clusters = lc_cluster_set_get_n_clusters (self->clusters);
  margin = self->max_radius + HALO_RADIUS;
  /* Every copy of the world the widget shows, when it is narrower. */
  copies = (gsize) ceil ((MAX (view.width, view.height) * G_SQRT2 + 2.0 * margin)
                         / lc_projection_world_size (view.zoom)) + 1;
  room = MAX ((gsize) n_clusters * copies, 1);
  if (room > self->visible_room)
    {
      self->visible = g_renew (LcPoint, self->visible, room);
      self->visible_clusters = g_renew (guint, self->visible_clusters, room);
      self->visible_radii = g_renew (double, self->visible_radii, room);
      self->visible_room = room;
    }

  self->n_visible = lc_view_project_units (&view, self->cluster_units, n_clusters, margin,
                                           self->visible, self->visible_clusters, room);
  self->projection_valid = TRUE;
}

static void
ensure_grid (LcCityLayer *self)
{
  ensure_projection (self);
  if (self->grid != NULL)
    return;

  for (gsize k = 0; k < self->n_visible; k++)
    self->visible_radii[k] = self->cluster_radii[self->visible_clusters[k]] + HIT_SLOP;
  self->grid = lc_spatial_grid_new (self->visible, self->n_visible,
                                    2.0 * (self->max_radius + HIT_SLOP));
}

static guint
get_selected_city (LcCityLayer *self)
{
  guint position;

  if (self->selection == NULL)
    return NONE;

  ensure_cities (self);
  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION || position >= self->n_positions)
    return NONE;

  return self->city_of_position[position];
}

/* The selected city is drawn on top, on its own, even inside a bubble. */
static gboolean
hit_selected (LcCityLayer *self,
              double       x,
              double       y,
              LcPoint     *where)
{
  guint city = get_selected_city (self);
  double lat, lon;
  LcPoint p;

  if (city == NONE)
    return FALSE;

  lc_projection_from_unit (&self->units[city], &lat, &lon);
  lc_view_location_to_widget (&self->view, lat, lon, &p);
  if (where != NULL)
    *where = p;

  return hypot (p.x - x, p.y - y) <= SELECTED_RADIUS + OUTLINE_WIDTH + HIT_SLOP;
}

/* Returns the cluster under (x, y), or NONE; the selected city counts as
 * a cluster of its own, reported through selected_city. */
static guint
hit_test (LcCityLayer *self,
          double       x,
          double       y,
          guint       *selected_city,
          int         *visible_index)
{
  int hit;

  *selected_city = NONE;
  if (visible_index != NULL)
    *visible_index = -1;

  if (self->selection == NULL)
    return NONE;

  ensure_grid (self);

  if (hit_selected (self, x, y, NULL))
    {
      *selected_city = get_selected_city (self);
      return NONE;
    }

  hit = lc_spatial_grid_hit_test_radii (self->grid, x, y, self->visible_radii,
                                        self->max_radius + HIT_SLOP);
  if (hit < 0)
    return NONE;

  if (visible_index != NULL)
    *visible_index = hit;
  return self->visible_clusters[hit];
}

static void
select_city (LcCityLayer *self,
             guint        city)
{
  gtk_single_selection_set_selected (self->selection, self->positions[city]);
}

static void
center_on_unit (LcCityLayer   *self,
                const LcPoint *unit)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  double lat, lon;

  lc_projection_from_unit (unit, &lat, &lon);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), lat, lon);
}

/* Zooms in to the first level at which the bubble's cities come apart. */
static void
zoom_into_cluster (LcCityLayer *self,
                   guint        cluster)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  int max_zoom = MIN ((int) shumate_viewport_get_max_zoom_level (viewport), MAX_CLUSTER_ZOOM);
  const guint *members;
  guint n_members;
  LcPoint centre = self->cluster_units[cluster];
  int target = -1;

  members = lc_cluster_set_get_members (self->clusters, cluster, &n_members);

  for (int zoom = self->cluster_zoom + 1; zoom <= max_zoom; zoom++)
    {
      g_autoptr(LcClusterSet) set = cluster_at_zoom (self, zoom, members, n_members);

      if (lc_cluster_set_get_n_clusters (set) > 1)
        {
          target = zoom;
          break;
        }
    }

  /* Cities at the very same place never split: pick the first. */
  if (target < 0)
    {
      if (self->cluster_zoom >= max_zoom)
        {
          select_city (self, members[0]);
          return;
        }
      target = max_zoom;
    }

  g_object_freeze_notify (G_OBJECT (viewport));
  shumate_viewport_set_zoom_level (viewport, target);
  center_on_unit (self, &centre);
  g_object_thaw_notify (G_OBJECT (viewport));
}

static void
pan_by (LcCityLayer *self,
        double       dx,
        double       dy)
{
  LcView view;
  LcPoint p;
  double lat, lon;

  get_view (self, &view);
  p.x = view.width / 2.0 + dx;
  p.y = view.height / 2.0 + dy;
  lc_view_widget_to_location (&view, &p, &lat, &lon);
  shumate_location_set_location (SHUMATE_LOCATION (shumate_layer_get_viewport (SHUMATE_LAYER (self))),
                                 lat, lon);
}

static void
zoom_by (LcCityLayer *self,
         double       step)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  double zoom = round (shumate_viewport_get_zoom_level (viewport)) + step;

  /* The viewport clamps to the source's range. */
  shumate_viewport_set_zoom_level (viewport, zoom);
}

static PangoLayout *
get_count_layout (LcCityLayer *self,
                  guint        count)
{
  PangoLayout *layout = g_hash_table_lookup (self->count_layouts, GUINT_TO_POINTER (count));
  g_autofree char *text = NULL;
  PangoFontDescription *font;

  if (layout != NULL)
    return layout;

  if (count < 10000)
    text = g_strdup_printf ("%u", count);
  else
    /* TRANSLATORS: a number of thousands of cities in a map bubble, e.g. “12k” */
    text = g_strdup_printf (_("%uk"), count / 1000);

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_font_description_set_absolute_size (font, (count < 1000 ? 11 : 10) * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  g_hash_table_insert (self->count_layouts, GUINT_TO_POINTER (count), layout);
  return layout;
}

static void
draw_dot (LcCityLayer *self,
          cairo_t     *cr,
          double       x,
          double       y,
          double       radius,
          guint        category,
          gboolean     ring)
{
  LcBasemapStyle style = get_style (self);

  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  set_source_rgb (cr, category_color (category));
  cairo_fill_preserve (cr);
  set_source_rgb (cr, lc_palette_get_outline (style));
  cairo_set_line_width (cr, OUTLINE_WIDTH);
  cairo_stroke (cr);

  /* A ring: the same colour around a hole, as on a map legend where a
   * hollow mark means "approximately". */
  if (ring)
    {
      double hole = radius - OUTLINE_WIDTH / 2.0 - RING_WIDTH;

      cairo_new_path (cr);
      cairo_arc (cr, x, y, hole, 0, 2 * G_PI);
      set_source_hex (cr, self->dark ? 0x1E1E1E : 0xFFFFFF, 1.0);
      cairo_fill_preserve (cr);
      set_source_rgb (cr, lc_palette_get_outline (style));
      cairo_set_line_width (cr, OUTLINE_WIDTH * 0.66);
      cairo_stroke (cr);
    }
}

/* How much of a pixel whose centre is this far from a circle's centre
 * the circle covers: a ramp one pixel wide across its edge. */
static inline double
coverage (double radius,
          double distance)
{
  return CLAMP (radius - distance + 0.5, 0.0, 1.0);
}

static inline void
paint_over (Paint *paint,
            LcRgb  color,
            double cover)
{
  paint->red = color.red * cover + paint->red * (1.0 - cover);
  paint->green = color.green * cover + paint->green * (1.0 - cover);
  paint->blue = color.blue * cover + paint->blue * (1.0 - cover);
  paint->alpha = cover + paint->alpha * (1.0 - cover);
}

static inline guint32
paint_to_pixel (const Paint *paint)
{
  /* CAIRO_FORMAT_ARGB32: premultiplied, in a native-endian word */
  return (guint32) (paint->alpha * 255.0 + 0.5) << 24
         | (guint32) (paint->red * 255.0 + 0.5) << 16
         | (guint32) (paint->green * 255.0 + 0.5) << 8
         | (guint32) (paint->blue * 255.0 + 0.5);
}

/* The direction of (dx, dy) as a fraction of a turn clockwise from up,
 * where the pie starts, from a polynomial arctangent within 2e-6 radians
 * (a ten-thousandth of a pixel at a bubble's rim): libm's atan2() took
 * half of paint_bubble()'s time. */
static inline double
turn_from_up (double dx,
              double dy)
{
  double across = fabs (dx);
  double along = fabs (dy);
  double ratio = MIN (across, along) / MAX (MAX (across, along), G_MINDOUBLE);
  double square = ratio * ratio;
  double angle = ratio * (0.99997726 + square * (-0.33262347 + square * (0.19354346
                 + square * (-0.11643287 + square * (0.05265332 + square * -0.01172120)))));

  if (across > along)
    angle = G_PI / 2.0 - angle;
  if (dy > 0)
    angle = G_PI - angle;
  angle /= 2.0 * G_PI;

  return dx < 0 ? 1.0 - angle : angle;
}

/* The pie's colour over a pixel at turn t that spans width turns: one
 * slice's, or where the pixel straddles boundaries, its slices' mixed by
 * how much of it each covers. Slice k spans ends[k] to ends[k + 1]. */
static void
pie_color (const double *ends,
           const LcRgb  *colors,
           guint         n_slices,
           double        t,
           double        width,
           Paint        *paint)
{
  double low = t - width / 2.0;
  double high = t + width / 2.0;
  double shift = 0.0;
  guint k = 0;

  while (k + 1 < n_slices && ends[k + 1] <= t)
    k++;

  if (low >= ends[k] && high <= ends[k + 1])
    {
      *paint = (Paint) { colors[k].red, colors[k].green, colors[k].blue, 1.0 };
      return;
    }

  /* back to the slice the pixel starts in, across the top if need be */
  while (low < ends[k] + shift)
    {
      if (k == 0)
        {
          k = n_slices;
          shift -= 1.0;
        }
      k--;
    }

  *paint = (Paint) { 0.0, 0.0, 0.0, 1.0 };
  for (;;)
    {
      double share = (MIN (high, ends[k + 1] + shift) - MAX (low, ends[k] + shift)) / width;

      if (share > 0.0)
        {
          paint->red += colors[k].red * share;
          paint->green += colors[k].green * share;
          paint->blue += colors[k].blue * share;
        }
      if (ends[k + 1] + shift >= high)
        break;
      if (++k == n_slices)
        {
          k = 0;
          shift += 1.0;
        }
    }
}

/* Paints a bubble's pie of cohorts, its outline and its inner disc into
 * the sprite's pixels, around the sprite's centre. Filled and stroked
 * with cairo, a bubble of a dozen cohorts took 80 µs, most of the first
 * frame after a filter change at 100 000 cities; worked out here pixel by
 * pixel from distance and direction, it takes a fifth of that, with edges
 * as smooth. */
static void
paint_bubble (LcCityLayer     *self,
              cairo_surface_t *surface,
              double           radius,
              const guint     *counts)
{
  int scale = self->sprite_scale;
  int size = cairo_image_surface_get_width (surface);
  int stride = cairo_image_surface_get_stride (surface);
  double centre = size / 2.0;
  double pie = radius * scale;
  double outer = (radius + OUTLINE_WIDTH / 2.0) * scale;
  double seam = (radius - OUTLINE_WIDTH / 2.0) * scale;
  double inner = (radius - BUBBLE_RIM) * scale;
  LcRgb outline = lc_palette_get_outline (get_style (self));
  LcRgb disc = lc_rgb_from_hex (self->dark ? 0x242424 : 0xFFFFFF);
  LcRgb colors[N_CATEGORIES];
  double ends[N_CATEGORIES + 1];
  guint n_slices = 0, total = 0, seen = 0;
  guint32 disc_pixel;
  guchar *data;

  for (guint c = 0; c < N_CATEGORIES; c++)
    total += counts[c];

  /* The slices in palette order, clockwise from the top. */
  ends[0] = 0.0;
  for (guint c = 0; c < N_CATEGORIES; c++)
    {
      if (counts[c] == 0)
        continue;
      colors[n_slices] = category_color (c);
      seen += counts[c];
      ends[++n_slices] = (double) seen / total;
    }

  disc_pixel = paint_to_pixel (&(Paint) { disc.red, disc.green, disc.blue, 1.0 });
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);

  for (int y = 0; y < size; y++)
    {
      guint32 *row = (guint32 *) (void *) (data + (gsize) y * stride);
      double dy = y + 0.5 - centre;

      for (int x = 0; x < size; x++)
        {
          double dx = x + 0.5 - centre;
          double square = dx * dx + dy * dy;
          double distance;
          double cover;
          Paint paint;

          /* Outside, the surface stays clear; well inside, the disc. */
          if (square >= (outer + 0.5) * (outer + 0.5))
            continue;
          if (square <= (inner - 0.5) * (inner - 0.5))
            {
              row[x] = disc_pixel;
              continue;
            }

          distance = sqrt (square);
          pie_color (ends, colors, n_slices, turn_from_up (dx, dy),
                     1.0 / (2.0 * G_PI * distance), &paint);
          cover = coverage (pie, distance);
          paint.red *= cover;
          paint.green *= cover;
          paint.blue *= cover;
          paint.alpha = cover;

          /* the outline, then the disc, each over what is below it */
          paint_over (&paint, outline, coverage (outer, distance) - coverage (seam, distance));
          paint_over (&paint, disc, coverage (inner, distance));
          row[x] = paint_to_pixel (&paint);
        }
    }

  cairo_surface_mark_dirty (surface);
}

static void
draw_count (LcCityLayer *self,
            cairo_t     *cr,
            double       x,
            double       y,
            guint        count)
{
  PangoLayout *layout = get_count_layout (self, count);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, round (x - width / 2.0), round (y - height / 2.0));
  set_source_hex (cr, self->dark ? 0xFFFFFF : 0x1E1E1E, 1.0);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_selected (LcCityLayer *self,
               cairo_t     *cr,
               guint        city)
{
  LcPoint p;

  /* only the position is wanted here */
  (void) hit_selected (self, 0, 0, &p);

  cairo_new_path (cr);
  cairo_arc (cr, p.x, p.y, HALO_RADIUS, 0, 2 * G_PI);
  set_source_hex (cr, ACCENT_COLOR, 0.3);
  cairo_fill_preserve (cr);
  set_source_hex (cr, ACCENT_COLOR, 1.0);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);

  draw_dot (self, cr, p.x, p.y, SELECTED_RADIUS, self->categories[city], self->rings[city]);
}

/* Sprites have an even logical size, so that a mark centred on a whole
 * pixel covers whole pixels and stays sharp. */
static int
sprite_size (double radius)
{
  return 2 * (int) ceil (radius + OUTLINE_WIDTH + 1.0);
}

static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);

  /* CAIRO_FORMAT_ARGB32 is GDK_MEMORY_DEFAULT, premultiplied native ARGB */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

static cairo_t *
begin_sprite (LcCityLayer      *self,
              int               size,
              cairo_surface_t **surface)
{
  cairo_t *cr;

  *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                         size * self->sprite_scale, size * self->sprite_scale);
  cr = cairo_create (*surface);
  cairo_scale (cr, self->sprite_scale, self->sprite_scale);
  return cr;
}

static GdkTexture *
end_sprite (cairo_t         *cr,
            cairo_surface_t *surface)
{
  GdkTexture *texture;

  cairo_destroy (cr);
  texture = texture_from_surface (surface);
  cairo_surface_destroy (surface);
  return texture;
}

static void
ensure_sprite_scale (LcCityLayer *self)
{
  int scale = MAX (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1);

  if (self->sprite_scale != scale)
    {
      invalidate_sprites (self);
      self->sprite_scale = scale;
    }
}

static GdkTexture *
get_dot_sprite (LcCityLayer *self,
                guint        category,
                gboolean     ring)
{
  GdkTexture **sprite = &self->dot_sprites[category][ring ? 1 : 0];

  if (*sprite == NULL)
    {
      int size = sprite_size (DOT_RADIUS);
      cairo_surface_t *surface;
      cairo_t *cr = begin_sprite (self, size, &surface);

      draw_dot (self, cr, size / 2.0, size / 2.0, DOT_RADIUS, category, ring);
      *sprite = end_sprite (cr, surface);
    }

  return *sprite;
}

static GdkTexture *
get_bubble_sprite (LcCityLayer *self,
                   guint        cluster)
{
  GdkTexture **sprite = &self->bubble_sprites[cluster];
  const LcCluster *info;
  BubbleSprite look = { 0, }, *found;

  if (*sprite != NULL)
    return *sprite;

  info = lc_cluster_set_get_cluster (self->clusters, cluster);
  look.count = info->count;
  memcpy (look.counts, lc_cluster_set_get_category_counts (self->clusters, cluster), sizeof look.counts);

  found = g_hash_table_lookup (self->bubble_looks, &look);
  if (found == NULL)
    {
      int size = sprite_size (self->cluster_radii[cluster]);
      cairo_surface_t *surface;
      cairo_t *cr = begin_sprite (self, size, &surface);

      paint_bubble (self, surface, self->cluster_radii[cluster], look.counts);
      draw_count (self, cr, size / 2.0, size / 2.0, info->count);

      found = g_memdup2 (&look, sizeof look);
      found->texture = end_sprite (cr, surface);
      g_hash_table_add (self->bubble_looks, found);
    }

  found->generation = self->generation;
  *sprite = g_object_ref (found->texture);
  return *sprite;
}

static void
on_viewport_notify_cb (LcCityLayer *self,
                       GParamSpec  *pspec,
                       GObject     *viewport)
{
  invalidate_projection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_items_changed_cb (LcCityLayer *self,
                     guint        position,
                     guint        removed,
                     guint        added,
                     GListModel  *model)
{
  invalidate_cities (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_selection_changed_cb (LcCityLayer *self,
                         guint        position,
                         guint        n_items,
                         GListModel  *model)
{
  invalidate_projection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_dark_changed_cb (LcCityLayer     *self,
                    GParamSpec      *pspec,
                    AdwStyleManager *style_manager)
{
  self->dark = adw_style_manager_get_dark (style_manager);
  g_hash_table_remove_all (self->count_layouts);
  invalidate_sprites (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_click_pressed_cb (LcCityLayer     *self,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkGestureClick *gesture)
{
  self->press_valid = TRUE;
  self->press_x = x;
  self->press_y = y;
}

static void
on_click_released_cb (LcCityLayer     *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  int threshold = 8;
  gboolean dragged;

  /* GtkGestureClick still emits released after the pointer went past the
   * drag threshold, and the map, which panned meanwhile, has brought the
   * dot along under it: that was a drag, not a click. */
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-dnd-drag-threshold", &threshold, NULL);
  dragged = self->press_valid
            && (fabs (x - self->press_x) >= threshold || fabs (y - self->press_y) >= threshold);
  self->press_valid = FALSE;
  if (dragged)
    return;

  if (lc_city_layer_activate_at (self, x, y))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_grab_focus (GTK_WIDGET (self));
    }
}

/* A click anywhere on the map gives the layer the keyboard focus, so
 * that the map's keys (+, -, arrows, Page Up/Down) work after it. */
static void
on_parent_pressed_cb (LcCityLayer     *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static gboolean
on_key_pressed_cb (LcCityLayer           *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      lc_city_layer_select_relative (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      lc_city_layer_select_relative (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      zoom_by (self, 1.0);
      return GDK_EVENT_STOP;

    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      zoom_by (self, -1.0);
      return GDK_EVENT_STOP;

    /* libshumate 1.0.3 has no keyboard panning of its own. */
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      pan_by (self, -width * PAN_STEP, 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      pan_by (self, width * PAN_STEP, 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      pan_by (self, 0, -height * PAN_STEP);
      return GDK_EVENT_STOP;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      pan_by (self, 0, height * PAN_STEP);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      if (self->selection == NULL
          || gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
        return GDK_EVENT_PROPAGATE;
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static gboolean
on_query_tooltip_cb (LcCityLayer *self,
                     int          x,
                     int          y,
                     gboolean     keyboard_mode,
                     GtkTooltip  *tooltip)
{
  g_autoptr(LcCity) city = NULL;
  g_autofree char *year = NULL;
  g_autofree char *markup = NULL;
  guint selected_city, cluster, city_index;
  int visible_index;
  LcPoint p;
  double radius;

  if (keyboard_mode)
    {
      selected_city = get_selected_city (self);
      if (selected_city == NONE)
        return FALSE;
      cluster = NONE;
      ensure_projection (self);
      (void) hit_selected (self, 0, 0, &p);
      radius = SELECTED_RADIUS;
    }
  else
    {
      cluster = hit_test (self, x, y, &selected_city, &visible_index);
      if (cluster == NONE && selected_city == NONE)
        return FALSE;
      if (selected_city != NONE)
        {
          (void) hit_selected (self, 0, 0, &p);
          radius = SELECTED_RADIUS;
        }
      else
        {
          p = self->visible[visible_index];
          radius = self->cluster_radii[cluster];
        }
    }

  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) floor (p.x - radius), (int) floor (p.y - radius),
                              (int) ceil (2 * radius), (int) ceil (2 * radius) });

  if (selected_city == NONE)
    {
      const LcCluster *info = lc_cluster_set_get_cluster (self->clusters, cluster);

      if (info->count > 1)
        {
          g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u member city",
                                                                 "%u member cities",
                                                                 info->count),
                                                    info->count);

          markup = g_strdup_printf ("<b>%s</b>\n%s", count, _("Click to zoom in"));
          gtk_tooltip_set_markup (tooltip, markup);
          return TRUE;
        }
      city_index = info->seed;
    }
  else
    city_index = selected_city;

  city = g_list_model_get_item (get_model (self), self->positions[city_index]);
  if (lc_city_get_year (city) != 0 && lc_city_get_year_inferred (city))
    /* TRANSLATORS: an admission year that was worked out, not stated */
    year = g_strdup_printf (_("%d (inferred)"), lc_city_get_year (city));
  else if (lc_city_get_year (city) != 0)
    year = g_strdup_printf ("%d", lc_city_get_year (city));
  else
    /* TRANSLATORS: an admission year known only as a range, e.g. “2015–2019” */
    year = g_strdup_printf (_("%d–%d"), lc_city_get_year_min (city), lc_city_get_year_max (city));

  markup = g_markup_printf_escaped ("<b>%s</b>\n%s · %s",
                                    lc_city_get_name (city),
                                    lc_city_get_country_name (city),
                                    year);
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
lc_city_layer_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  LcCityLayer *self = LC_CITY_LAYER (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint selected_city;
  cairo_t *cr;

  if (self->selection == NULL || width <= 0 || height <= 0)
    return;

  ensure_projection (self);
  selected_city = get_selected_city (self);
  if (self->n_visible == 0 && selected_city == NONE)
    return;

  ensure_sprite_scale (self);

  for (gsize k = 0; k < self->n_visible; k++)
    {
      guint cluster = self->visible_clusters[k];
      const LcCluster *info = lc_cluster_set_get_cluster (self->clusters, cluster);
      const LcPoint *p = &self->visible[k];
      GdkTexture *sprite;
      double size;

      if (info->count == 1)
        sprite = get_dot_sprite (self, self->categories[info->seed], self->rings[info->seed]);
      else
        sprite = get_bubble_sprite (self, cluster);

      size = (double) gdk_texture_get_width (sprite) / self->sprite_scale;
      gtk_snapshot_append_texture (snapshot, sprite,
                                   &GRAPHENE_RECT_INIT (round (p->x) - size / 2.0,
                                                        round (p->y) - size / 2.0,
                                                        size, size));
    }

  /* Only one, and its halo is translucent: drawn directly. */
  if (selected_city != NONE)
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      draw_selected (self, cr, selected_city);
      cairo_destroy (cr);
    }
}

/* Only dots and bubbles are the layer's: elsewhere the click, drag or
 * scroll falls through to the map, which pans and zooms. */
static gboolean
lc_city_layer_contains (GtkWidget *widget,
                        double     x,
                        double     y)
{
  LcCityLayer *self = LC_CITY_LAYER (widget);
  guint selected_city;

  return hit_test (self, x, y, &selected_city, NULL) != NONE || selected_city != NONE;
}

static void
lc_city_layer_root (GtkWidget *widget)
{
  LcCityLayer *self = LC_CITY_LAYER (widget);
  GtkWidget *parent;
  GtkGesture *click;

  GTK_WIDGET_CLASS (lc_city_layer_parent_class)->root (widget);

  parent = gtk_widget_get_parent (widget);
  if (parent == NULL || self->parent_click != NULL)
    return;

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_parent_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  self->parent_click = GTK_EVENT_CONTROLLER (click);
  gtk_widget_add_controller (parent, self->parent_click);
}

static void
lc_city_layer_unroot (GtkWidget *widget)
{
  LcCityLayer *self = LC_CITY_LAYER (widget);

  if (self->parent_click != NULL)
    {
      GtkWidget *parent = gtk_event_controller_get_widget (self->parent_click);

      if (parent != NULL)
        gtk_widget_remove_controller (parent, self->parent_click);
      self->parent_click = NULL;
    }

  GTK_WIDGET_CLASS (lc_city_layer_parent_class)->unroot (widget);
}

static void
lc_city_layer_set_selection (LcCityLayer        *self,
                             GtkSingleSelection *selection)
{
  g_assert (self->selection == NULL);

  if (selection == NULL)
    return;

  self->selection = g_object_ref (selection);
  g_signal_connect_object (selection, "items-changed",
                           G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  invalidate_cities (self);
}

static void
lc_city_layer_constructed (GObject *object)
{
  LcCityLayer *self = LC_CITY_LAYER (object);
  ShumateViewport *viewport;

  G_OBJECT_CLASS (lc_city_layer_parent_class)->constructed (object);

  /* ShumateViewport::changed is 1.6+; notify says as much. */
  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  g_signal_connect_object (viewport, "notify",
                           G_CALLBACK (on_viewport_notify_cb), self, G_CONNECT_SWAPPED);
}

static void
lc_city_layer_dispose (GObject *object)
{
  LcCityLayer *self = LC_CITY_LAYER (object);

  set_source (self, NULL);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (lc_city_layer_parent_class)->dispose (object);
}

static void
lc_city_layer_finalize (GObject *object)
{
  LcCityLayer *self = LC_CITY_LAYER (object);

  invalidate_cities (self);
  invalidate_sprites (self);
  g_clear_pointer (&self->count_layouts, g_hash_table_unref);
  g_clear_pointer (&self->bubble_looks, g_hash_table_unref);
  g_free (self->units);
  g_free (self->categories);
  g_free (self->rings);
  g_free (self->positions);
  g_free (self->city_of_position);
  g_free (self->source_units);
  g_free (self->source_categories);
  g_free (self->source_flags);
  g_free (self->visible);
  g_free (self->visible_clusters);
  g_free (self->visible_radii);

  G_OBJECT_CLASS (lc_city_layer_parent_class)->finalize (object);
}

static void
lc_city_layer_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LcCityLayer *self = LC_CITY_LAYER (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_city_layer_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LcCityLayer *self = LC_CITY_LAYER (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      lc_city_layer_set_selection (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_city_layer_class_init (LcCityLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lc_city_layer_constructed;
  object_class->dispose = lc_city_layer_dispose;
  object_class->finalize = lc_city_layer_finalize;
  object_class->get_property = lc_city_layer_get_property;
  object_class->set_property = lc_city_layer_set_property;

  widget_class->snapshot = lc_city_layer_snapshot;
  widget_class->contains = lc_city_layer_contains;
  widget_class->root = lc_city_layer_root;
  widget_class->unroot = lc_city_layer_unroot;

  /**
   * LcCityLayer:selection:
   *
   * The cities to draw, and the selected one: the window's filtered,
   * sorted selection, shared with the list.
   */
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL,
                         GTK_TYPE_SINGLE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "city-layer");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lc_city_layer_init (LcCityLayer *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkGesture *click;
  GtkEventController *keys;

  self->cluster_zoom = -1;
  self->count_layouts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->bubble_looks = g_hash_table_new_full (bubble_sprite_hash, bubble_sprite_equal,
                                              bubble_sprite_free, NULL);

  self->dark = adw_style_manager_get_dark (style_manager);
  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map of member cities"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Plus and minus zoom, arrow keys pan, Page Down and Page Up go to the next and previous city"),
                                  -1);

  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);

  /* Released, not pressed: a press that turns into a drag pans the map. */
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * lc_city_layer_new:
 * @viewport: the map's viewport
 * @selection: the cities to draw and the selected one
 *
 * Returns: (transfer full): a new layer, to add to the map with
 *   shumate_simple_map_add_overlay_layer()
 */
LcCityLayer *
lc_city_layer_new (ShumateViewport    *viewport,
                   GtkSingleSelection *selection)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);
  g_return_val_if_fail (GTK_IS_SINGLE_SELECTION (selection), NULL);

  return g_object_new (LC_TYPE_CITY_LAYER,
                       "viewport", viewport,
                       "selection", selection,
                       NULL);
}

GtkSingleSelection *
lc_city_layer_get_selection (LcCityLayer *self)
{
  g_return_val_if_fail (LC_IS_CITY_LAYER (self), NULL);

  return self->selection;
}

/**
 * lc_city_layer_get_n_cities:
 * @self: a #LcCityLayer
 *
 * Returns: the number of cities the layer draws, wherever the map is:
 *   those of the model that have a location
 */
guint
lc_city_layer_get_n_cities (LcCityLayer *self)
{
  g_return_val_if_fail (LC_IS_CITY_LAYER (self), 0);

  ensure_cities (self);
  return (guint) self->n_cities;
}

/**
 * lc_city_layer_get_n_clusters:
 * @self: a #LcCityLayer
 *
 * Returns: the number of marks (lone dots and bubbles) the cities make
 *   at the current zoom level, over the whole world
 */
guint
lc_city_layer_get_n_clusters (LcCityLayer *self)
{
  g_return_val_if_fail (LC_IS_CITY_LAYER (self), 0);

  ensure_projection (self);
  return lc_cluster_set_get_n_clusters (self->clusters);
}

/**
 * lc_city_layer_get_n_drawn:
 * @self: a #LcCityLayer
 *
 * Returns: the number of marks in view, a mark on a copy of the world
 *   counting again
 */
guint
lc_city_layer_get_n_drawn (LcCityLayer *self)
{
  g_return_val_if_fail (LC_IS_CITY_LAYER (self), 0);

  ensure_projection (self);
  return (guint) self->n_visible;
}

/**
 * lc_city_layer_pick_city:
 * @self: a #LcCityLayer
 * @x: horizontal widget coordinate
 * @y: vertical widget coordinate
 * @n_members: (out) (optional): how many cities the mark there stands for
 *
 * Returns: the model position of the city drawn at (@x, @y) (for a
 *   bubble, its first city), or %GTK_INVALID_LIST_POSITION
 */
guint
lc_city_layer_pick_city (LcCityLayer *self,
                         double       x,
                         double       y,
                         guint       *n_members)
{
  guint selected_city, cluster;
  const LcCluster *info;

  g_return_val_if_fail (LC_IS_CITY_LAYER (self), GTK_INVALID_LIST_POSITION);

  if (n_members != NULL)
    *n_members = 0;

  cluster = hit_test (self, x, y, &selected_city, NULL);
  if (selected_city != NONE)
    {
      if (n_members != NULL)
        *n_members = 1;
      return self->positions[selected_city];
    }
  if (cluster == NONE)
    return GTK_INVALID_LIST_POSITION;

  info = lc_cluster_set_get_cluster (self->clusters, cluster);
  if (n_members != NULL)
    *n_members = info->count;
  return self->positions[lc_cluster_set_get_members (self->clusters, cluster, &(guint) { 0 })[0]];
}

/**
 * lc_city_layer_activate_at:
 * @self: a #LcCityLayer
 * @x: horizontal widget coordinate
 * @y: vertical widget coordinate
 *
 * What a click does: selects the city drawn at (@x, @y), or zooms into
 * the bubble there until its cities come apart.
 *
 * Returns: %TRUE if there was a city or a bubble at (@x, @y)
 */
gboolean
lc_city_layer_activate_at (LcCityLayer *self,
                           double       x,
                           double       y)
{
  guint selected_city, cluster;
  const LcCluster *info;

  g_return_val_if_fail (LC_IS_CITY_LAYER (self), FALSE);

  cluster = hit_test (self, x, y, &selected_city, NULL);
  if (selected_city != NONE)
    return TRUE;
  if (cluster == NONE)
    return FALSE;

  info = lc_cluster_set_get_cluster (self->clusters, cluster);
  if (info->count == 1)
    select_city (self, info->seed);
  else
    zoom_into_cluster (self, cluster);

  return TRUE;
}

/**
 * lc_city_layer_select_relative:
 * @self: a #LcCityLayer
 * @step: 1 for the next city in list order, -1 for the previous one
 *
 * Selects a neighbour of the selected city in the model (the first or
 * the last city when none is selected) and moves the map to it: what
 * Page Down and Page Up do.
 */
void
lc_city_layer_select_relative (LcCityLayer *self,
                               int          step)
{
  guint n_items, selected, target;
  guint city;

  g_return_if_fail (LC_IS_CITY_LAYER (self));

  if (self->selection == NULL)
    return;

  n_items = g_list_model_get_n_items (get_model (self));
  if (n_items == 0)
    return;

  selected = gtk_single_selection_get_selected (self->selection);
  if (selected == GTK_INVALID_LIST_POSITION)
    target = step > 0 ? 0 : n_items - 1;
  else if (step > 0)
    target = MIN (selected + 1, n_items - 1);
  else
    target = selected > 0 ? selected - 1 : 0;

  gtk_single_selection_set_selected (self->selection, target);

  ensure_cities (self);
  city = self->city_of_position[target];
  if (city != NONE)
    center_on_unit (self, &self->units[city]);
}
