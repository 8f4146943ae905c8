"""Session idle timeout and `Cache-Control: no-store` for every page the app renders.

- `IdleTimeoutMiddleware`: someone logged in who sent no request of their own for
  `SESSION_IDLE_TIMEOUT` seconds is logged out (the next request finds them anonymous, so the
  login page follows). Views marked `@passive` (htmx polls that run while a page is open) neither
  count as activity nor keep the session alive. The last-activity time is written at most once a
  minute, so pages do not write the session on every request. Participants without an account
  are not timed out: their session only holds which workshop or room they joined, and it ends
  after `SESSION_COOKIE_AGE` (a workshop day).
  Every request of someone active pushes the session's expiry on, so a session in use would never
  end: `SESSION_ABSOLUTE_MAX_AGE` (24 hours) after logging in, they are logged out all the same.
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
LOGIN_TIME_KEY = "_login_time"
WRITE_EVERY_SECONDS = 60


def passive(view):
    """Mark a view (a poll) whose requests are not activity of the person."""
    view.privacy_passive = True
    return view


def _remember_login_time(sender, request, user, **kwargs):
    """Logging in starts the clock of SESSION_ABSOLUTE_MAX_AGE (connected in PrivacyConfig)."""
    session = getattr(request, "session", None)
    if session is not None:
        session[LOGIN_TIME_KEY] = int(time.time())


def _log_out(request, message):
    logout(request)
    messages.info(request, message)
    if getattr(request, "htmx", False):
        # A fragment (a poll, a form sent in place) would get the login page swapped in: htmx
        # loads the login page as a whole instead.
        target = request.htmx.current_url_abs_path or request.get_full_path()
        return HttpResponseClientRedirect(f"{resolve_url(settings.LOGIN_URL)}?next={quote(target)}")
    return None


class IdleTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        now = int(time.time())
        max_age = getattr(settings, "SESSION_ABSOLUTE_MAX_AGE", 0)
        if max_age:
            started = request.session.get(LOGIN_TIME_KEY)
            if started is None:  # a session from before the clock was kept: it starts now
                request.session[LOGIN_TIME_KEY] = now
            elif now - started > max_age:
                return _log_out(
                    request,
                    _("Je was langer dan %(hours)d uur ingelogd en bent uitgelogd. Log opnieuw in.")
                    % {"hours": max_age // 3600},
                )
        timeout = getattr(settings, "SESSION_IDLE_TIMEOUT", 0)
        if not timeout:
            return None
        last = request.session.get(LAST_ACTIVITY_KEY)
        if last is not None and now - last > timeout:
            return _log_out(
                request,
                _("Je was %(minutes)d minuten niet actief en bent uitgelogd. Log opnieuw in.")
                % {"minutes": timeout // 60},
            )
        if getattr(view_func, "privacy_passive", False) and last is not None:
            return None
        if last is None or now - last >= WRITE_EVERY_SECONDS:
            request.session[LAST_ACTIVITY_KEY] = now
        return None


class RequestSizeLimitMiddleware:
    """Refuse a request body larger than REQUEST_MAX_BYTES before anything reads it (413).

    Django's DATA_UPLOAD_MAX_MEMORY_SIZE counts only form fields, not files in a multipart body,
    and those are read (spooled to disk) before a view could refuse them; a body that says it is
    too large is not read at all here, whoever sends it and to whichever address. The proxy's
    `client_max_body_size` (README) refuses it even earlier."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.limit = getattr(settings, "REQUEST_MAX_BYTES", 0)

    def __call__(self, request):
        if self.limit:
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > self.limit:
                from django.template.response import TemplateResponse

                response = TemplateResponse(
                    request, "413.html", {"limit_mb": self.limit // 2**20}, status=413
                )
                response["Connection"] = "close"  # the unread body would be the next request
                return response.render()
        return self.get_response(request)


class NoStoreMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, no_store=True, private=True)
        return response
