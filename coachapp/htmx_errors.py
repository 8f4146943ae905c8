"""htmx requests never get a whole page swapped into the part of the page they update.

An htmx request (a turn sent in place, the analyser, a room's poll) puts its answer into one
element. A whole page as that answer, the login page after the session ended in another tab, a
404 or 500 page, would land inside the conversation list. `HtmxErrorMiddleware` answers such
requests instead with:

- a redirect to the login page (Django's `LoginRequiredMiddleware`, `redirect_to_login`): an
  `HX-Redirect` to the login page with `next=` the page the browser shows (`HX-Current-URL`),
  so htmx loads the login page as a whole and the person comes back to that page;
- a 403 or 404 for someone not logged in who is no workshop or room participant either (a
  trainer's own room polled after logging out elsewhere): the same `HX-Redirect`;
- any other error status (4xx but 422, which forms use for their errors; 5xx): the status is
  kept, nothing is swapped (`HX-Reswap: none`) and a short message replaces `#htmx-error` at the
  top of the page (`templates/_htmx_error.html`, out of band; base.html has the empty element).

Nothing is stored by these requests (the login redirect comes before the view; an error is an
error), and the page keeps what was typed (`static/js/htmx-errors.js` keeps text boxes across
the login page). Responses that already tell htmx what to do (`HX-Redirect`, `HX-Refresh`,
`HX-Reswap`, `HX-Location`: the idle timeout, the busy-database message) are left alone, as are
boosted requests and history restores (they expect a whole page).

It sits just inside WhiteNoise and `coachapp.busy.DatabaseBusyMiddleware`, outside the session,
locale and authentication middleware, so it also sees errors raised there.
"""

from urllib.parse import quote, urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import resolve_url
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django_htmx.middleware import HtmxDetails

from rooms.access import SESSION_KEY as ROOM_SESSION_KEY
from workshops.access import SESSION_KEY as WORKSHOP_SESSION_KEY

REDIRECTS = {301, 302, 303, 307, 308}
HANDLED_HEADERS = ("HX-Redirect", "HX-Refresh", "HX-Reswap", "HX-Location")
FORM_ERRORS = 422  # a form with its errors, meant to be swapped in


def _htmx(request):
    htmx = getattr(request, "htmx", None)
    return htmx if htmx is not None else HtmxDetails(request)


def _is_login_redirect(response):
    if response.status_code not in REDIRECTS:
        return False
    login_path = urlsplit(resolve_url(settings.LOGIN_URL)).path
    return urlsplit(response.get("Location", "")).path == login_path


def _is_anonymous_visitor(request):
    """Not logged in, and no participant of a workshop or room in this session either."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    session = getattr(request, "session", None)
    if session is None:
        return True
    try:
        return not (session.get(WORKSHOP_SESSION_KEY) or session.get(ROOM_SESSION_KEY))
    except Exception:  # noqa: BLE001 - the session store failing must not hide the answer
        return True


def login_redirect(request, htmx, status=200):
    """An `HX-Redirect` to the login page that comes back to the page the browser shows."""
    login = resolve_url(settings.LOGIN_URL)
    page = htmx.current_url_abs_path
    if page and urlsplit(page).path != urlsplit(login).path:
        login = f"{login}?next={quote(page)}"
    response = HttpResponse(status=status)
    response["HX-Redirect"] = login
    return response


def error_message(status):
    if status == 403:
        return _(
            "Dit kon niet worden verstuurd: je hebt hier geen toegang (meer), of de pagina is "
            "verouderd. Vernieuw de pagina; wat je typte blijft staan."
        )
    if status == 404:
        return _(
            "Dit is niet (meer) te vinden: het is misschien verwijderd, of je hebt er geen "
            "toegang meer toe. Vernieuw de pagina."
        )
    if status >= 500:
        return _("Er ging aan onze kant iets mis. Probeer het zo opnieuw of vernieuw de pagina.")
    return _("Dit verzoek kon niet worden verwerkt. Vernieuw de pagina en probeer het opnieuw.")


def message_response(response):
    """The error status kept, nothing swapped, a short message at the top of the page."""
    status = response.status_code
    new = HttpResponse(
        render_to_string("_htmx_error.html", {"message": error_message(status)}), status=status
    )
    new["HX-Reswap"] = "none"
    return new


class HtmxErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        htmx = _htmx(request)
        if not htmx or htmx.boosted or htmx.history_restore_request:
            return response
        if any(response.has_header(header) for header in HANDLED_HEADERS):
            return response
        status = response.status_code
        if _is_login_redirect(response):
            new = login_redirect(request, htmx)
        elif status in (403, 404) and _is_anonymous_visitor(request):
            new = login_redirect(request, htmx, status=status)
        elif status >= 400 and status != FORM_ERRORS:
            new = message_response(response)
        else:
            return response
        new.cookies = response.cookies  # a session cycled, a CSRF cookie set: keep them
        return new
