/* lc-array-model.c: a list model with constant-time access by position
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-array-model"

#include "config.h"

#include "lc-array-model.h"

/* GListStore finds an item by position in a balanced tree: cheap in order,
 * but GtkSortListModel asks in sorted order, which is random for the
 * store. At 100 000 cities that made each filter change cost a third of a
 * second. This model holds the same objects in an array, in step with its
 * source. */
struct _LcArrayModel
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *items;
};

static void lc_array_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcArrayModel, lc_array_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, lc_array_model_list_model_init))

static void
on_items_changed_cb (LcArrayModel *self,
                     guint         position,
                     guint         removed,
                     guint         added,
                     GListModel   *source)
{
  g_ptr_array_remove_range (self->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->items, position + i, g_list_model_get_item (source, position + i));

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static GType
lc_array_model_get_item_type (GListModel *model)
{
  LcArrayModel *self = LC_ARRAY_MODEL (model);

  return g_list_model_get_item_type (self->source);
}

static guint
lc_array_model_get_n_items (GListModel *model)
{
  LcArrayModel *self = LC_ARRAY_MODEL (model);

  return self->items->len;
}

static gpointer
lc_array_model_get_item (GListModel *model,
                         guint       position)
{
  LcArrayModel *self = LC_ARRAY_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
lc_array_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lc_array_model_get_item_type;
  iface->get_n_items = lc_array_model_get_n_items;
  iface->get_item = lc_array_model_get_item;
}

static void
lc_array_model_dispose (GObject *object)
{
  LcArrayModel *self = LC_ARRAY_MODEL (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, on_items_changed_cb, self);
  g_clear_object (&self->source);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_array_model_parent_class)->dispose (object);
}

static void
lc_array_model_class_init (LcArrayModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lc_array_model_dispose;
}

static void
lc_array_model_init (LcArrayModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * lc_array_model_new:
 * @source: the model to follow
 *
 * Returns: (transfer full): a model with the items of @source, kept in
 *   step with it
 */
LcArrayModel *
lc_array_model_new (GListModel *source)
{
  LcArrayModel *self;
  guint n_items;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (LC_TYPE_ARRAY_MODEL, NULL);
  self->source = g_object_ref (source);
  n_items = g_list_model_get_n_items (source);
  g_ptr_array_set_size (self->items, 0);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (self->items, g_list_model_get_item (source, i));

  g_signal_connect_swapped (source, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  return self;
}
