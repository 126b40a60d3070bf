/* lc-store.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lc-city.h"
#include "lc-cohort.h"
#include "lc-query.h"
#include "lc-region.h"

G_BEGIN_DECLS

/* PRAGMA user_version of the compiled database. */
#define LC_STORE_SCHEMA_VERSION 1

#define LC_STORE_DATABASE_NAME "learning-cities.db"

#define LC_STORE_ERROR (lc_store_error_quark ())

typedef enum
{
  LC_STORE_ERROR_NOT_FOUND,
  LC_STORE_ERROR_CORRUPT,
  LC_STORE_ERROR_VERSION,
  LC_STORE_ERROR_QUERY,
} LcStoreError;

#define LC_TYPE_STORE (lc_store_get_type ())
G_DECLARE_FINAL_TYPE (LcStore, lc_store, LC, STORE, GObject)

GQuark      lc_store_error_quark             (void);

char       *lc_store_get_default_path        (void);
LcStore    *lc_store_open                    (const char     *path,
                                              GError        **error);
LcStore    *lc_store_open_with_user_data     (const char     *path,
                                              const char     *user_path,
                                              GError        **error);
gboolean    lc_store_reload                  (LcStore        *self,
                                              GError        **error);
const char *lc_store_get_path                (LcStore        *self);
const char *lc_store_get_user_path           (LcStore        *self);
const char *lc_store_get_user_problem        (LcStore        *self);
GListModel *lc_store_get_user_cities         (LcStore        *self);

guint       lc_store_count_cities            (LcStore        *self);
guint       lc_store_count_members           (LcStore        *self);
guint       lc_store_count_countries         (LcStore        *self);
guint       lc_store_count_cities_in_region  (LcStore        *self,
                                              LcRegion        region);
guint       lc_store_count_cities_in_year    (LcStore        *self,
                                              int             year);
guint       lc_store_count_cities_with_range (LcStore        *self);
guint       lc_store_count_cities_located    (LcStore        *self);

GListModel *lc_store_get_cities              (LcStore        *self);
LcCity     *lc_store_get_city                (LcStore        *self,
                                              const char     *id);
GListModel *lc_store_query                   (LcStore        *self,
                                              const LcQuery  *query,
                                              GError        **error);
GHashTable *lc_store_search_ids              (LcStore        *self,
                                              const char     *text,
                                              GError        **error);
gboolean    lc_store_load_details            (LcStore        *self,
                                              LcCity         *city,
                                              GError        **error);

GListModel *lc_store_get_cohorts             (LcStore        *self);
LcCohort   *lc_store_get_latest_cohort       (LcStore        *self);

const char *lc_store_get_credits             (LcStore        *self);
char      **lc_store_get_source_hosts        (LcStore        *self);

G_END_DECLS
