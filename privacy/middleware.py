"""Session idle timeout and `Cache-Control: no-store` for every page the app renders.

- `IdleTimeoutMiddleware`: someone logged in who sent no request of their own for
  `SESSION_IDLE_TIMEOUT` seconds is logged out (the next request finds them anonymous, so the
  login page follows). Views marked `@passive` (htmx polls that run while a page is open) neither
  count as activity nor keep the session alive. The last-activity time is written at most once a
  minute, so pages do not write the session on every request. Participants without an account
  are not timed out: their session only holds which workshop or room they joined, and it ends
  after `SESSION_COOKIE_AGE` (a workshop day).
- `NoStoreMiddleware`: pages, fragments and exports may hold personal data, so no browser or proxy
  keeps a copy (after logging out, Back shows no stale page). Static files (WhiteNoise answers
  them before this middleware) keep their own long cache headers.
"""

import time
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import resolve_url
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django_htmx.http import HttpResponseClientRedirect

LAST_ACTIVITY_KEY = "_last_activity"
WRITE_EVERY_SECONDS = 60


def passive(view):
    """Mark a view (a poll) whose requests are not activity of the person."""
    view.privacy_passive = True
    return view


class IdleTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        timeout = getattr(settings, "SESSION_IDLE_TIMEOUT", 0)
        if not timeout:
            return None
        now = int(time.time())
        last = request.session.get(LAST_ACTIVITY_KEY)
        if last is not None and now - last > timeout:
            logout(request)
            messages.info(
                request,
                _("Je was %(minutes)d minuten niet actief en bent uitgelogd. Log opnieuw in.")
                % {"minutes": timeout // 60},
            )
            if getattr(request, "htmx", False):
                # A fragment (a poll, a form sent in place) would get the login page swapped in:
                # htmx loads the login page as a whole instead.
                target = request.htmx.current_url_abs_path or request.get_full_path()
                return HttpResponseClientRedirect(
                    f"{resolve_url(settings.LOGIN_URL)}?next={quote(target)}"
                )
            return None
        if getattr(view_func, "privacy_passive", False) and last is not None:
            return None
        if last is None or now - last >= WRITE_EVERY_SECONDS:
            request.session[LAST_ACTIVITY_KEY] = now
        return None


class NoStoreMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, no_store=True, private=True)
        return response
