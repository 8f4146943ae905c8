"""A busy or unreachable database gets a Dutch "try again" page (503), never a bare 500.

SQLite lets a request wait for another writer up to SQLITE_TIMEOUT seconds and then raises
OperationalError("database is locked"); a restarted PostgreSQL breaks the connections that were
in use (OperationalError / InterfaceError). Nothing was stored by the failed request (its
transaction was rolled back), and every form carries a one-time key, so sending it again is safe.

`DatabaseBusyMiddleware` answers such errors raised in a view; `server_error` (handler500) those
raised elsewhere (e.g. while the session is saved after the view).
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.template.response import TemplateResponse
from django.views.defaults import server_error as django_server_error

log = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5


def is_database_unavailable(exc):
    return isinstance(exc, (OperationalError, InterfaceError))


def busy_response(request, exc):
    log.warning("database unavailable for %s %s: %s", request.method, request.path, exc)
    htmx = request.headers.get("HX-Request") == "true"
    template = "busy.html#message" if htmx else "busy.html"
    response = TemplateResponse(request, template, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    if htmx:
        # Nothing on the page is replaced; the message is shown above the content (out of band).
        response["HX-Reswap"] = "none"
    return response.render()


class DatabaseBusyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_database_unavailable(exception):
            return busy_response(request, exception)
        return None


def server_error(request, template_name="500.html"):
    exc = sys.exc_info()[1]
    if is_database_unavailable(exc):
        try:
            return busy_response(request, exc)
        except Exception:  # noqa: BLE001, S110 - rendering must not hide the original error
            pass
    return django_server_error(request, template_name)
