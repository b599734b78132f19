"""Search that survives Elasticsearch: when the cluster fails, the database backend answers, and a circuit breaker
stops calling the cluster for a while, so that a dead cluster costs citizens no wait.

The breaker's state lives in Django's cache, shared by every worker (Redis in production; local memory works too,
per process):

- closed: searches go to Elasticsearch ("default");
- open, for ELASTICSEARCH_CIRCUIT_SECONDS after a failure: searches go straight to the "database" backend;
- half-open, once that time is over: one request (or /healthz) tries the cluster again while the others keep using
  the database; success closes the circuit, failure opens it for another period.

Wagtail's search results are lazy: the cluster is only called when they are counted, sliced or iterated, which the
view does in its paginator, outside this module. So `search_with_fallback` returns a `FallbackSearchResults`, which
runs each of those operations against Elasticsearch inside the guard and, if one fails, switches to the database
results and runs it there. The view receives an object it can count, slice and iterate without ever seeing an
Elasticsearch error.
"""

import functools
import logging

from modelsearch.backends import get_search_backend, import_backend
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError

logger = logging.getLogger(__name__)

PRIMARY_BACKEND = "default"
FALLBACK_BACKEND = "database"

OK = "ok"
DEGRADED = "degraded"

_OPEN_KEY = "search:elasticsearch:circuit-open"
# Set on a failure and cleared by the first success: after the open period only one request at a time probes.
_SUSPECT_KEY = "search:elasticsearch:suspect"
_PROBE_KEY = "search:elasticsearch:probe"
_HEALTHY_KEY = "search:elasticsearch:healthy"
_SUSPECT_SECONDS = 24 * 60 * 60


def _circuit_seconds():
    return int(getattr(settings, "ELASTICSEARCH_CIRCUIT_SECONDS", 60))


def _health_check_seconds():
    return int(getattr(settings, "ELASTICSEARCH_HEALTH_CHECK_SECONDS", 30))


def _probe_seconds():
    # Longer than one search may take, so that two probes do not overlap; short enough to recover from a crash.
    return int(float(getattr(settings, "ELASTICSEARCH_SEARCH_TIMEOUT", 2))) + 5


def _cache(operation, *args, **kwargs):
    """The breaker must not break search itself: with the cache unreachable it behaves as closed."""
    try:
        return getattr(cache, operation)(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 - whatever the cache client raises
        logger.debug("search circuit breaker: cache %s failed: %s", operation, error)
        return None


@functools.lru_cache
def _is_elasticsearch(backend_path):
    backend = import_backend(backend_path)
    # A backend module's SearchBackend may be a factory function (search.backend's is), never Elasticsearch's.
    return isinstance(backend, type) and issubclass(backend, ElasticsearchBaseSearchBackend)


def elasticsearch_is_default():
    """True when "default" is an Elasticsearch backend with a database backend behind it as "database"."""
    backends = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    primary, fallback = backends.get(PRIMARY_BACKEND), backends.get(FALLBACK_BACKEND)
    if not primary or not fallback:
        return False
    return _is_elasticsearch(primary["BACKEND"]) and not _is_elasticsearch(fallback["BACKEND"])


def describe(error):
    from elastic_transport import TransportError

    # A transport error's str() is only "Connection error"; its message says which host refused and how.
    detail = error.message if isinstance(error, TransportError) else error
    text = " ".join(str(detail).split())
    return f"{type(error).__name__}: {text[:300]}" if text else type(error).__name__


def is_cluster_failure(error):
    """Whether an error means the cluster is unusable (unreachable, too slow, overloaded or broken) rather than
    that it refused one request."""
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    if isinstance(error, TransportError):
        return True
    if isinstance(error, ApiError):
        return error.meta.status >= 500 or error.meta.status == 429
    return False


def circuit_is_open():
    return bool(_cache("get", _OPEN_KEY))


def record_failure(error, action):
    """One warning, no traceback, and the circuit opens: the next searches go straight to the database."""
    seconds = _circuit_seconds()
    logger.warning(
        "Elasticsearch failed while %s (%s); the database answers searches for the next %d s",
        action,
        describe(error),
        seconds,
    )
    _cache("set", _OPEN_KEY, describe(error), timeout=seconds)
    _cache("set", _SUSPECT_KEY, True, timeout=_SUSPECT_SECONDS)
    _cache("delete", _HEALTHY_KEY)
    _cache("delete", _PROBE_KEY)


def _record_recovery():
    logger.info("Elasticsearch answers again; searches use it")
    _cache("delete_many", [_SUSPECT_KEY, _PROBE_KEY])


def _may_call_elasticsearch():
    """(allowed, probing): whether this request may call the cluster, and whether it is the half-open probe."""
    # One round trip to the cache per search.
    state = _cache("get_many", [_OPEN_KEY, _SUSPECT_KEY]) or {}
    if state.get(_OPEN_KEY):
        return False, False
    if not state.get(_SUSPECT_KEY):
        return True, False
    if _cache("add", _PROBE_KEY, True, timeout=_probe_seconds()):
        return True, True
    return False, False


class FallbackSearchResults:
    """Search results from Elasticsearch while it answers, from the database backend as soon as it does not.

    Supports what the paginator and templates use: count(), len(), slicing (which returns a list, evaluated inside
    the guard) and iteration. Errors from the database backend (a query it rejects) are not caught here: the
    caller handles them as it would without Elasticsearch.
    """

    def __init__(self, run_fallback, results=None, probing=False):
        self._run_fallback = run_fallback
        self._probing = probing
        if results is None:
            self.backend_name = FALLBACK_BACKEND
            self._results = run_fallback()
        else:
            self.backend_name = PRIMARY_BACKEND
            self._results = results

    @property
    def degraded(self):
        return self.backend_name == FALLBACK_BACKEND

    def _evaluate(self, operation):
        if self.degraded:
            return operation(self._results)
        try:
            value = operation(self._results)
        except DatabaseError:
            # Loading the hits' pages failed in the database, not in the cluster: nothing to fall back to.
            raise
        except Exception as error:  # noqa: BLE001 - any error from the cluster or the client
            record_failure(error, "searching")
            self.backend_name = FALLBACK_BACKEND
            self._results = self._run_fallback()
            return operation(self._results)
        if self._probing:
            self._probing = False
            if getattr(self._results, "backend", None) is None:
                # Wagtail's EmptySearchResults (nothing to search for): the cluster was not asked, proves nothing.
                _cache("delete", _PROBE_KEY)
            else:
                _record_recovery()
        return value

    def count(self):
        return self._evaluate(lambda results: results.count())

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._evaluate(lambda results: list(results[key]))
        return self._evaluate(lambda results: results[key])

    def __iter__(self):
        return iter(self._evaluate(list))

    def __repr__(self):
        return f"<FallbackSearchResults from {self.backend_name!r}>"


def search_with_fallback(run, *args, **kwargs):
    """`run(*args, backend="default", **kwargs)`; when "default" is Elasticsearch and fails, or its circuit is
    open, `run(*args, backend="database", **kwargs)` answers instead.

    Without Elasticsearch the results of `run` come back untouched. With it, a `FallbackSearchResults`.
    """
    if not elasticsearch_is_default():
        return run(*args, backend=PRIMARY_BACKEND, **kwargs)

    def run_fallback():
        return run(*args, backend=FALLBACK_BACKEND, **kwargs)

    allowed, probing = _may_call_elasticsearch()
    if not allowed:
        return FallbackSearchResults(run_fallback)
    try:
        results = run(*args, backend=PRIMARY_BACKEND, **kwargs)
    except DatabaseError:
        raise
    except Exception as error:  # noqa: BLE001 - building the query may already reach the cluster or fail in it
        record_failure(error, "preparing a search")
        return FallbackSearchResults(run_fallback)
    return FallbackSearchResults(run_fallback, results, probing=probing)


def _check_cluster():
    """A count on the pages' index: cheap, needs only the read privilege the portal already has, and fails when
    the index is missing (before the first `update_index`), in which case searches would fail too."""
    from wagtail.models import Page

    try:
        backend = get_search_backend(PRIMARY_BACKEND)
        backend.es.count(index=backend.get_index_for_model(Page).name)
    except Exception as error:  # noqa: BLE001 - any error means searches would fail as well
        record_failure(error, "checking its health")
        return False
    return True


def search_status():
    """For /healthz: "ok" without Elasticsearch or while it answers, "degraded" while the database stands in.

    With the circuit closed, the cluster is checked at most every ELASTICSEARCH_HEALTH_CHECK_SECONDS (0: never),
    with the search timeout, so /healthz notices a dead cluster even when nobody searches, and the health probe
    rather than a citizen pays for the first timeout.
    """
    if not elasticsearch_is_default():
        return OK
    allowed, probing = _may_call_elasticsearch()
    if not allowed:
        return DEGRADED
    interval = _health_check_seconds()
    if not probing and (interval <= 0 or _cache("get", _HEALTHY_KEY)):
        return OK
    if not _check_cluster():
        return DEGRADED
    if probing:
        _record_recovery()
    if interval > 0:
        _cache("set", _HEALTHY_KEY, True, timeout=interval)
    return OK
