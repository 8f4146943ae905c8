"""Wrong join codes are counted per client address in Django's cache (a fixed window).

Settings: WORKSHOP_JOIN_MAX_FAILURES (10), WORKSHOP_JOIN_WINDOW_SECONDS (600),
WORKSHOP_RATE_LIMIT_CACHE (the cache alias, "default"), WORKSHOP_TRUST_X_FORWARDED_FOR (False;
turn on only behind a proxy that sets the header itself).
"""

from django.conf import settings
from django.core.cache import caches


def _cache():
    return caches[getattr(settings, "WORKSHOP_RATE_LIMIT_CACHE", "default")]


def max_failures():
    return getattr(settings, "WORKSHOP_JOIN_MAX_FAILURES", 10)


def window_seconds():
    return getattr(settings, "WORKSHOP_JOIN_WINDOW_SECONDS", 600)


def client_address(request):
    if getattr(settings, "WORKSHOP_TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "unknown")


def _key(request):
    return f"workshops:join-failures:{client_address(request)}"


def is_blocked(request):
    return (_cache().get(_key(request)) or 0) >= max_failures()


def record_failure(request):
    cache, key = _cache(), _key(request)
    if cache.add(key, 1, timeout=window_seconds()):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds())
        return 1
