/* lc-cluster-set.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lc-projection.h"

G_BEGIN_DECLS

/* "Cities closer than about 24 px merge into one bubble" (issue 5). */
#define LC_CLUSTER_DEFAULT_DISTANCE 24.0

/**
 * LcCluster:
 * @centre: the mean position of the members
 * @count: the number of members; 1 means a lone point drawn as a dot
 * @seed: the index of the point the cluster grew from
 *
 * One group of points that are drawn as a single bubble.
 */
typedef struct
{
  LcPoint centre;
  guint   count;
  guint   seed;
  /*< private >*/
  guint   first_member;
} LcCluster;

typedef struct _LcClusterSet LcClusterSet;

LcClusterSet    *lc_cluster_set_new                 (const LcPoint      *points,
                                                     const guint8       *categories,
                                                     gsize               n_points,
                                                     guint               n_categories,
                                                     double              distance);
void             lc_cluster_set_free                (LcClusterSet       *set);

guint            lc_cluster_set_get_n_clusters      (const LcClusterSet *set);
const LcCluster *lc_cluster_set_get_cluster         (const LcClusterSet *set,
                                                     guint               cluster);
const guint     *lc_cluster_set_get_members         (const LcClusterSet *set,
                                                     guint               cluster,
                                                     guint              *n_members);
const guint     *lc_cluster_set_get_category_counts (const LcClusterSet *set,
                                                     guint               cluster);
guint            lc_cluster_set_get_n_categories    (const LcClusterSet *set);
int              lc_cluster_set_find_point          (const LcClusterSet *set,
                                                     guint               point);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcClusterSet, lc_cluster_set_free)

G_END_DECLS
