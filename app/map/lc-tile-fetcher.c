/* lc-tile-fetcher.c: downloads map tiles over HTTP, politely, through a disk cache
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-tile-fetcher"

#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "lc-tile-fetcher.h"

/* Highest zoom level any public tile server offers, with margin. */
#define MAX_ZOOM_LEVEL 22
#define DEFAULT_TIMEOUT_SECONDS 10
/* After a failed connection, how long tiles go straight to the fallback
 * instead of each waiting for its own timeout. */
#define UNREACHABLE_BACKOFF_SECONDS 15
#define CACHE_SIZE_LIMIT (200 * 1000 * 1000)
/* The OpenStreetMap tile usage policy allows two connections per client. */
#define MAX_CONNECTIONS_PER_HOST 2

struct _LcTileFetcher
{
  ShumateDataSource  parent_instance;

  char              *url_template;
  char              *cache_dir;
  gint64             max_age;
  gint64             unreachable_until;

  SoupSession       *session;
  ShumateFileCache  *cache;
};

G_DEFINE_FINAL_TYPE (LcTileFetcher, lc_tile_fetcher, SHUMATE_TYPE_DATA_SOURCE)

G_DEFINE_QUARK (lc-tile-fetcher-error-quark, lc_tile_fetcher_error)

enum {
  PROP_0,
  PROP_URL_TEMPLATE,
  PROP_CACHE_DIR,
  PROP_TIMEOUT,
  PROP_MAX_AGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  int          x;
  int          y;
  int          zoom_level;
  GUri        *uri;
  GBytes      *cached;
  char        *etag;
  GDateTime   *modtime;
  SoupMessage *message;
  GBytes      *fresh;
  /* libsoup cancels the cancellable it is given when the session is
   * aborted; the caller's must only be cancelled by the caller. */
  GCancellable *soup_cancellable;
  GCancellable *caller_cancellable;
  gulong        caller_cancelled_id;
} Request;

static void
request_free (Request *request)
{
  if (request->caller_cancelled_id != 0)
    g_cancellable_disconnect (request->caller_cancellable, request->caller_cancelled_id);
  g_clear_object (&request->caller_cancellable);
  g_clear_object (&request->soup_cancellable);
  g_clear_pointer (&request->uri, g_uri_unref);
  g_clear_pointer (&request->cached, g_bytes_unref);
  g_clear_pointer (&request->etag, g_free);
  g_clear_pointer (&request->modtime, g_date_time_unref);
  g_clear_object (&request->message);
  g_clear_pointer (&request->fresh, g_bytes_unref);
  g_free (request);
}

static gboolean
is_fresh (LcTileFetcher *self,
          GDateTime     *modtime)
{
  g_autoptr(GDateTime) now = NULL;

  if (modtime == NULL)
    return FALSE;

  now = g_date_time_new_now_utc ();
  return g_date_time_difference (now, modtime) < self->max_age * G_TIME_SPAN_SECOND;
}

static gboolean
is_image (SoupMessage *message,
          GBytes      *body)
{
  const char *content_type;

  if (body == NULL || g_bytes_get_size (body) == 0)
    return FALSE;

  /* A missing Content-Type is tolerated; an HTML error page is not. */
  content_type = soup_message_headers_get_content_type (soup_message_get_response_headers (message), NULL);
  return content_type == NULL || g_str_has_prefix (content_type, "image/");
}

/* When the server cannot be reached or fails, an old tile is still better
 * than none: the cache keeps it for exactly that. */
static gboolean
return_stale_or_error (GTask  *task,
                       GError *error)
{
  Request *request = g_task_get_task_data (task);

  if (request->cached != NULL && !g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      g_debug ("Using the expired cached tile %d/%d/%d: %s",
               request->zoom_level, request->x, request->y, error->message);
      g_error_free (error);
      g_task_return_pointer (task, g_bytes_ref (request->cached), (GDestroyNotify) g_bytes_unref);
      return TRUE;
    }

  g_task_return_error (task, error);
  return FALSE;
}

static void
on_tile_stored_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  /* A tile that could not be cached is still a good tile. */
  if (!shumate_file_cache_store_tile_finish (SHUMATE_FILE_CACHE (object), result, &error))
    g_debug ("Could not cache tile %d/%d/%d: %s",
             request->zoom_level, request->x, request->y, error->message);

  g_task_return_pointer (task, g_bytes_ref (request->fresh), (GDestroyNotify) g_bytes_unref);
}

static void
on_response_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LcTileFetcher *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autoptr(GBytes) body = NULL;
  GError *error = NULL;
  guint status;

  body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);
  if (body == NULL && g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      g_task_return_error (task, error);
      return;
    }

  if (body == NULL)
    {
      /* No network, or the server is down: the tiles queued behind this one
       * would each wait for their own timeout, leaving the map blank that
       * long. Give them all up now so that the fallback fills them. */
      if (g_get_monotonic_time () >= self->unreachable_until)
        {
          g_debug ("Tile server unreachable, trying again in %d s: %s",
                   UNREACHABLE_BACKOFF_SECONDS, error->message);
          self->unreachable_until = g_get_monotonic_time () + UNREACHABLE_BACKOFF_SECONDS * G_USEC_PER_SEC;
          soup_session_abort (self->session);
        }

      /* An abort looks like a cancellation, which callers take as "not
       * wanted any more": say what really happened. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_clear_error (&error);
          error = g_error_new (LC_TILE_FETCHER_ERROR,
                               LC_TILE_FETCHER_ERROR_UNREACHABLE,
                               _("The tile server cannot be reached"));
        }

      return_stale_or_error (task, error);
      return;
    }

  status = soup_message_get_status (request->message);

  if (status == SOUP_STATUS_NOT_MODIFIED && request->cached != NULL)
    {
      shumate_file_cache_mark_up_to_date (self->cache, request->x, request->y, request->zoom_level);
      g_task_return_pointer (task, g_bytes_ref (request->cached), (GDestroyNotify) g_bytes_unref);
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_autofree char *address = g_uri_to_string_partial (request->uri, G_URI_HIDE_PASSWORD | G_URI_HIDE_QUERY);

      return_stale_or_error (task,
                             g_error_new (LC_TILE_FETCHER_ERROR,
                                          LC_TILE_FETCHER_ERROR_HTTP_STATUS,
                                          /* Translators: the tile server's answer, e.g. "500 Internal Server Error", then its address */
                                          _("The tile server answered “%u %s” for %s"),
                                          status,
                                          soup_message_get_reason_phrase (request->message),
                                          address));
      return;
    }

  if (!is_image (request->message, body))
    {
      return_stale_or_error (task,
                             g_error_new (LC_TILE_FETCHER_ERROR,
                                          LC_TILE_FETCHER_ERROR_NOT_AN_IMAGE,
                                          _("The tile server did not send an image")));
      return;
    }

  request->fresh = g_steal_pointer (&body);

  /* Answer once the tile is on disk, so that the next request finds it. */
  shumate_file_cache_store_tile_async (self->cache,
                                       request->x,
                                       request->y,
                                       request->zoom_level,
                                       request->fresh,
                                       soup_message_headers_get_one (soup_message_get_response_headers (request->message),
                                                                     "ETag"),
                                       NULL,
                                       on_tile_stored_cb,
                                       g_steal_pointer (&task));
}

static void
on_caller_cancelled_cb (GCancellable *caller_cancellable,
                        gpointer      user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

static void
send_request (LcTileFetcher *self,
              GTask         *task)
{
  Request *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  request->message = soup_message_new_from_uri (SOUP_METHOD_GET, request->uri);
  headers = soup_message_get_request_headers (request->message);

  /* Revalidate an expired tile rather than download it again. */
  if (request->etag != NULL)
    soup_message_headers_replace (headers, "If-None-Match", request->etag);
  if (request->cached != NULL && request->modtime != NULL)
    {
      g_autofree char *date = soup_date_time_to_string (request->modtime, SOUP_DATE_HTTP);

      soup_message_headers_replace (headers, "If-Modified-Since", date);
    }

  request->soup_cancellable = g_cancellable_new ();
  if (g_task_get_cancellable (task) != NULL)
    {
      request->caller_cancellable = g_object_ref (g_task_get_cancellable (task));
      request->caller_cancelled_id = g_cancellable_connect (request->caller_cancellable,
                                                            G_CALLBACK (on_caller_cancelled_cb),
                                                            request->soup_cancellable,
                                                            NULL);
    }

  soup_session_send_and_read_async (self->session,
                                    request->message,
                                    G_PRIORITY_DEFAULT,
                                    request->soup_cancellable,
                                    on_response_cb,
                                    task);
}

static void
on_cache_read_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LcTileFetcher *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  request->cached = shumate_file_cache_get_tile_finish (SHUMATE_FILE_CACHE (object),
                                                        &request->etag,
                                                        &request->modtime,
                                                        result,
                                                        &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (request->cached != NULL && is_fresh (self, request->modtime))
    {
      g_task_return_pointer (task, g_bytes_ref (request->cached), (GDestroyNotify) g_bytes_unref);
      return;
    }

  if (g_get_monotonic_time () < self->unreachable_until)
    {
      return_stale_or_error (task,
                             g_error_new (LC_TILE_FETCHER_ERROR,
                                          LC_TILE_FETCHER_ERROR_UNREACHABLE,
                                          _("The tile server cannot be reached")));
      return;
    }

  send_request (self, g_steal_pointer (&task));
}

static void
lc_tile_fetcher_get_tile_data_async (ShumateDataSource   *source,
                                     int                  x,
                                     int                  y,
                                     int                  zoom_level,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  LcTileFetcher *self = LC_TILE_FETCHER (source);
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;
  Request *request;
  GUri *uri = NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lc_tile_fetcher_get_tile_data_async);

  if (zoom_level < 0 || zoom_level > MAX_ZOOM_LEVEL
      || x < 0 || y < 0 || x >= (1 << zoom_level) || y >= (1 << zoom_level))
    {
      g_task_return_new_error (task,
                               LC_TILE_FETCHER_ERROR,
                               LC_TILE_FETCHER_ERROR_INVALID_TILE,
                               _("There is no map tile %d/%d/%d"),
                               zoom_level, x, y);
      return;
    }

  url = lc_tile_fetcher_build_url (self->url_template, x, y, zoom_level);
  if (url != NULL)
    uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  if (uri == NULL
      || (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0
          && g_strcmp0 (g_uri_get_scheme (uri), "https") != 0))
    {
      g_clear_pointer (&uri, g_uri_unref);
      g_task_return_new_error (task,
                               LC_TILE_FETCHER_ERROR,
                               LC_TILE_FETCHER_ERROR_INVALID_URL,
                               _("“%s” is not a web address with {z}, {x} and {y}"),
                               self->url_template);
      return;
    }

  request = g_new0 (Request, 1);
  request->x = x;
  request->y = y;
  request->zoom_level = zoom_level;
  request->uri = uri;
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  shumate_file_cache_get_tile_async (self->cache, x, y, zoom_level, cancellable,
                                     on_cache_read_cb, g_steal_pointer (&task));
}

static GBytes *
lc_tile_fetcher_get_tile_data_finish (ShumateDataSource  *source,
                                      GAsyncResult       *result,
                                      GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
lc_tile_fetcher_constructed (GObject *object)
{
  LcTileFetcher *self = LC_TILE_FETCHER (object);
  g_autofree char *cache_key = NULL;

  G_OBJECT_CLASS (lc_tile_fetcher_parent_class)->constructed (object);

  if (self->url_template == NULL)
    self->url_template = g_strdup ("");
  if (self->cache_dir == NULL)
    self->cache_dir = g_build_filename (g_get_user_cache_dir (), "learning-cities", "tiles", NULL);

  /* Tiles from another server must never be mistaken for this one's. */
  cache_key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, self->url_template, -1);
  cache_key[16] = '\0';
  self->cache = shumate_file_cache_new_full (CACHE_SIZE_LIMIT, cache_key, self->cache_dir);
}

static void
lc_tile_fetcher_finalize (GObject *object)
{
  LcTileFetcher *self = LC_TILE_FETCHER (object);

  g_clear_pointer (&self->url_template, g_free);
  g_clear_pointer (&self->cache_dir, g_free);
  g_clear_object (&self->session);
  g_clear_object (&self->cache);

  G_OBJECT_CLASS (lc_tile_fetcher_parent_class)->finalize (object);
}

static void
lc_tile_fetcher_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LcTileFetcher *self = LC_TILE_FETCHER (object);

  switch (prop_id)
    {
    case PROP_URL_TEMPLATE:
      g_value_set_string (value, self->url_template);
      break;

    case PROP_CACHE_DIR:
      g_value_set_string (value, self->cache_dir);
      break;

    case PROP_TIMEOUT:
      g_value_set_uint (value, lc_tile_fetcher_get_timeout (self));
      break;

    case PROP_MAX_AGE:
      g_value_set_int64 (value, self->max_age);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_tile_fetcher_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LcTileFetcher *self = LC_TILE_FETCHER (object);

  switch (prop_id)
    {
    case PROP_URL_TEMPLATE:
      g_free (self->url_template);
      self->url_template = g_value_dup_string (value);
      break;

    case PROP_CACHE_DIR:
      g_free (self->cache_dir);
      self->cache_dir = g_value_dup_string (value);
      break;

    case PROP_TIMEOUT:
      lc_tile_fetcher_set_timeout (self, g_value_get_uint (value));
      break;

    case PROP_MAX_AGE:
      lc_tile_fetcher_set_max_age (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_tile_fetcher_class_init (LcTileFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateDataSourceClass *source_class = SHUMATE_DATA_SOURCE_CLASS (klass);

  object_class->constructed = lc_tile_fetcher_constructed;
  object_class->finalize = lc_tile_fetcher_finalize;
  object_class->get_property = lc_tile_fetcher_get_property;
  object_class->set_property = lc_tile_fetcher_set_property;

  /* The 1.0 entry points; later libshumate versions still call them. */
  source_class->get_tile_data_async = lc_tile_fetcher_get_tile_data_async;
  source_class->get_tile_data_finish = lc_tile_fetcher_get_tile_data_finish;

  /**
   * LcTileFetcher:url-template:
   *
   * The address of a tile, with `{z}`, `{x}` and `{y}` for the zoom level,
   * column and row.
   */
  properties[PROP_URL_TEMPLATE] =
    g_param_spec_string ("url-template", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LcTileFetcher:cache-dir:
   *
   * Where downloaded tiles are kept; %NULL for the user's cache directory.
   */
  properties[PROP_CACHE_DIR] =
    g_param_spec_string ("cache-dir", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * LcTileFetcher:timeout:
   *
   * Seconds to wait for the server before giving a tile up; 0 waits forever.
   */
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL,
                       0, G_MAXUINT, DEFAULT_TIMEOUT_SECONDS,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * LcTileFetcher:max-age:
   *
   * Seconds a cached tile is used without asking the server again.
   */
  properties[PROP_MAX_AGE] =
    g_param_spec_int64 ("max-age", NULL, NULL,
                        0, G_MAXINT64 / G_TIME_SPAN_SECOND, LC_TILE_FETCHER_DEFAULT_MAX_AGE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_tile_fetcher_init (LcTileFetcher *self)
{
  /* libshumate's own downloader sends "libshumate/<version>" whatever
   * shumate_set_user_agent() says when built with libsoup 3. */
  self->session = soup_session_new_with_options ("user-agent", LC_TILE_FETCHER_USER_AGENT,
                                                 "max-conns-per-host", MAX_CONNECTIONS_PER_HOST,
                                                 NULL);
}

/**
 * lc_tile_fetcher_new:
 * @url_template: the address of a tile, with `{z}`, `{x}` and `{y}`
 *
 * Creates a data source that downloads tiles from a web server and keeps
 * them in the user's cache directory for #LcTileFetcher:max-age seconds.
 *
 * Returns: (transfer full): a new #LcTileFetcher
 */
LcTileFetcher *
lc_tile_fetcher_new (const char *url_template)
{
  g_return_val_if_fail (url_template != NULL, NULL);

  return g_object_new (LC_TYPE_TILE_FETCHER,
                       "url-template", url_template,
                       NULL);
}

const char *
lc_tile_fetcher_get_url_template (LcTileFetcher *self)
{
  g_return_val_if_fail (LC_IS_TILE_FETCHER (self), NULL);

  return self->url_template;
}

/**
 * lc_tile_fetcher_get_cache_dir:
 * @self: a #LcTileFetcher
 *
 * Returns: the directory holding the tile cache
 */
const char *
lc_tile_fetcher_get_cache_dir (LcTileFetcher *self)
{
  g_return_val_if_fail (LC_IS_TILE_FETCHER (self), NULL);

  return self->cache_dir;
}

guint
lc_tile_fetcher_get_timeout (LcTileFetcher *self)
{
  g_return_val_if_fail (LC_IS_TILE_FETCHER (self), 0);

  return soup_session_get_timeout (self->session);
}

void
lc_tile_fetcher_set_timeout (LcTileFetcher *self,
                             guint          timeout)
{
  g_return_if_fail (LC_IS_TILE_FETCHER (self));

  if (soup_session_get_timeout (self->session) == timeout)
    return;

  soup_session_set_timeout (self->session, timeout);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

gint64
lc_tile_fetcher_get_max_age (LcTileFetcher *self)
{
  g_return_val_if_fail (LC_IS_TILE_FETCHER (self), 0);

  return self->max_age;
}

void
lc_tile_fetcher_set_max_age (LcTileFetcher *self,
                             gint64         max_age)
{
  g_return_if_fail (LC_IS_TILE_FETCHER (self));
  g_return_if_fail (max_age >= 0);

  if (self->max_age == max_age)
    return;

  self->max_age = max_age;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_AGE]);
}

/**
 * lc_tile_fetcher_build_url:
 * @url_template: an address with `{z}`, `{x}` and `{y}`
 * @x: the tile's column
 * @y: the tile's row
 * @zoom_level: the tile's zoom level
 *
 * Returns: (transfer full) (nullable): the address of the tile, or %NULL if
 *   @url_template lacks one of the three placeholders
 */
char *
lc_tile_fetcher_build_url (const char *url_template,
                           int         x,
                           int         y,
                           int         zoom_level)
{
  g_autoptr(GString) url = NULL;
  gboolean has_x = FALSE, has_y = FALSE, has_z = FALSE;

  g_return_val_if_fail (url_template != NULL, NULL);

  url = g_string_sized_new (strlen (url_template) + 16);

  for (const char *p = url_template; *p != '\0'; p++)
    {
      if (g_str_has_prefix (p, "{x}"))
        {
          g_string_append_printf (url, "%d", x);
          has_x = TRUE;
          p += 2;
        }
      else if (g_str_has_prefix (p, "{y}"))
        {
          g_string_append_printf (url, "%d", y);
          has_y = TRUE;
          p += 2;
        }
      else if (g_str_has_prefix (p, "{z}"))
        {
          g_string_append_printf (url, "%d", zoom_level);
          has_z = TRUE;
          p += 2;
        }
      else
        {
          g_string_append_c (url, *p);
        }
    }

  if (!has_x || !has_y || !has_z)
    return NULL;

  return g_string_free (g_steal_pointer (&url), FALSE);
}
