"""Wrong join codes (workshops and rooms alike) are counted in Django's cache (a fixed window).

Two counters, so that a whole venue behind one address (a school or hospital network) is not
locked out by a few people mistyping:

- per browser session *and* address: `WORKSHOP_JOIN_MAX_FAILURES` (10) wrong codes in
  `WORKSHOP_JOIN_WINDOW_SECONDS` (600) lock that browser out;
- per address: `WORKSHOP_JOIN_MAX_FAILURES_PER_ADDRESS` (300) wrong codes in the same window lock
  the address out, which stops a guesser who throws away the session cookie. With 31⁸ ≈ 8.5 × 10¹¹
  possible codes, 300 guesses per 10 minutes find one of a hundred active codes with a chance of
  about 5 in a million per day.

WORKSHOP_RATE_LIMIT_CACHE names the cache (the "default" one; it must be shared between workers),
WORKSHOP_TRUST_X_FORWARDED_FOR (False) is for a proxy that sets the header itself.
"""

from django.conf import settings
from django.core.cache import caches


def _cache():
    return caches[getattr(settings, "WORKSHOP_RATE_LIMIT_CACHE", "default")]


def max_failures():
    return getattr(settings, "WORKSHOP_JOIN_MAX_FAILURES", 10)


def max_failures_per_address():
    return getattr(settings, "WORKSHOP_JOIN_MAX_FAILURES_PER_ADDRESS", 300)


def window_seconds():
    return getattr(settings, "WORKSHOP_JOIN_WINDOW_SECONDS", 600)


_warned_about_proxy = False


def client_address(request):
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if getattr(settings, "WORKSHOP_TRUST_X_FORWARDED_FOR", False):
        if forwarded:
            return forwarded.split(",")[0].strip()
    elif forwarded:
        _warn_about_proxy(request)
    return request.META.get("REMOTE_ADDR", "unknown")


def _warn_about_proxy(request):
    """Once per process: a request came through a proxy whose header is not trusted, so every
    client has the proxy's address, and the login lock and join limits hold for all at once."""
    global _warned_about_proxy
    address = request.META.get("REMOTE_ADDR", "")
    if _warned_about_proxy or address not in ("127.0.0.1", "::1"):
        return
    _warned_about_proxy = True
    import logging

    logging.getLogger(__name__).warning(
        "Requests arrive from %s with X-Forwarded-For, but WORKSHOP_TRUST_X_FORWARDED_FOR is off: "
        "every client counts as %s for the login lock and the join-code limit (anyone could "
        "lock a trainer out). Behind a proxy that sets the header itself, set it to 1.",
        address,
        address,
    )


def login_address(request):
    """The client address for django-axes: a valid IP address or None (a request without one,
    such as the test client's force_login, or a forged X-Forwarded-For)."""
    import ipaddress

    address = client_address(request)
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return None
    return address


def _keys(request, create_session=False):
    address = client_address(request)
    session = getattr(request, "session", None)
    if session is not None and session.session_key is None and create_session:
        session.save()
        session.modified = True  # send the cookie, so that the next try counts for this browser
    session_key = session.session_key if session is not None else None
    per_address = f"workshops:join-failures:{address}"
    per_browser = f"workshops:join-failures:{address}:{session_key}" if session_key else None
    return per_browser, per_address


def is_blocked(request):
    per_browser, per_address = _keys(request)
    cache = _cache()
    if (cache.get(per_address) or 0) >= max_failures_per_address():
        return True
    return per_browser is not None and (cache.get(per_browser) or 0) >= max_failures()


def _increment(cache, key):
    if cache.add(key, 1, timeout=window_seconds()):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds())
        return 1


def record_failure(request):
    """Count a wrong code; returns the count for this browser."""
    per_browser, per_address = _keys(request, create_session=True)
    cache = _cache()
    _increment(cache, per_address)
    return _increment(cache, per_browser) if per_browser else 0
