/* lc-tile-fetcher.h
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

/* What the fetcher sends as User-Agent: tile servers such as OpenStreetMap's
 * block anonymous or generic clients. */
#define LC_TILE_FETCHER_USER_AGENT \
  "LearningCities/" PACKAGE_VERSION " (+https://github.com/learningcities/LearningCities)"

/* The OpenStreetMap tile usage policy asks clients to keep tiles at least
 * this long before asking again. */
#define LC_TILE_FETCHER_DEFAULT_MAX_AGE (7 * 24 * 60 * 60)

#define LC_TILE_FETCHER_ERROR (lc_tile_fetcher_error_quark ())

/**
 * LcTileFetcherError:
 * @LC_TILE_FETCHER_ERROR_INVALID_URL: the URL template does not give a valid http(s) URL
 * @LC_TILE_FETCHER_ERROR_INVALID_TILE: the tile is outside the world at its zoom level
 * @LC_TILE_FETCHER_ERROR_HTTP_STATUS: the server answered with an error status
 * @LC_TILE_FETCHER_ERROR_NOT_AN_IMAGE: the server answered with something else than an image
 * @LC_TILE_FETCHER_ERROR_UNREACHABLE: the server could not be reached a moment ago
 */
typedef enum
{
  LC_TILE_FETCHER_ERROR_INVALID_URL,
  LC_TILE_FETCHER_ERROR_INVALID_TILE,
  LC_TILE_FETCHER_ERROR_HTTP_STATUS,
  LC_TILE_FETCHER_ERROR_NOT_AN_IMAGE,
  LC_TILE_FETCHER_ERROR_UNREACHABLE,
} LcTileFetcherError;

#define LC_TYPE_TILE_FETCHER (lc_tile_fetcher_get_type ())

G_DECLARE_FINAL_TYPE (LcTileFetcher, lc_tile_fetcher, LC, TILE_FETCHER, ShumateDataSource)

GQuark         lc_tile_fetcher_error_quark      (void);

LcTileFetcher *lc_tile_fetcher_new              (const char    *url_template);

const char    *lc_tile_fetcher_get_url_template (LcTileFetcher *self);
const char    *lc_tile_fetcher_get_cache_dir    (LcTileFetcher *self);
guint          lc_tile_fetcher_get_timeout      (LcTileFetcher *self);
void           lc_tile_fetcher_set_timeout      (LcTileFetcher *self,
                                                 guint          timeout);
gint64         lc_tile_fetcher_get_max_age      (LcTileFetcher *self);
void           lc_tile_fetcher_set_max_age      (LcTileFetcher *self,
                                                 gint64         max_age);

char          *lc_tile_fetcher_build_url        (const char    *url_template,
                                                 int            x,
                                                 int            y,
                                                 int            zoom_level);

G_END_DECLS
