"""Security headers, no cached private pages, no inline script or style, the idle timeout."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def scripts(cases):
    from django.core.management import call_command

    call_command("loaddata", "client_scripts", verbosity=0)


class InlineFinder(HTMLParser):
    """Collects everything a Content-Security-Policy without 'unsafe-inline' would block."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and not attrs.get("src"):
            self.problems.append("inline <script>")
        if tag == "style":
            self.problems.append("<style>")
        for name, value in attrs.items():
            if name == "style":
                self.problems.append(f"style= on <{tag}>")
            if name.startswith("on"):
                self.problems.append(f"{name}= on <{tag}>")
            if name in ("href", "src", "action") and (value or "").startswith("javascript:"):
                self.problems.append(f"javascript: URL on <{tag}>")


def inline_problems(html):
    finder = InlineFinder()
    finder.feed(html)
    return finder.problems


def test_pages_send_a_strict_content_security_policy(client):
    response = client.get(reverse("dialogues:landing"))
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_permissions_policy_switches_off_camera_microphone_and_location(client):
    header = client.get(reverse("dialogues:landing")).headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in header


def test_htmx_is_told_not_to_inject_its_indicator_style(client):
    page = client.get(reverse("dialogues:landing")).content.decode()
    assert '"includeIndicatorStyles": false' in page


def test_private_pages_and_exports_are_never_stored(coach_client, scripts):
    response = coach_client.post(reverse("dialogues:practice_start", args=["client-a"]))
    practice_url = response.headers["Location"]
    pk = int(practice_url.rstrip("/").split("/")[-1])
    for url in (
        practice_url,
        reverse("dialogues:practice_list"),
        reverse("dialogues:practice_export", args=[pk, "json"]),
    ):
        response = coach_client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response.headers["Cache-Control"], url


def test_the_practice_list_has_no_inline_handler_but_still_asks_before_deleting(
    coach_client, scripts
):
    coach_client.post(reverse("dialogues:practice_start", args=["client-a"]))
    page = coach_client.get(reverse("dialogues:practice_list")).content.decode()
    assert "data-confirm=" in page
    assert "js/confirm.js" in page
    assert inline_problems(page) == []


def test_idle_session_is_logged_out(coach_client, settings):
    import time

    from privacy.middleware import LAST_ACTIVITY_KEY

    assert coach_client.get(reverse("dialogues:case_list")).status_code == 200
    session = coach_client.session
    session[LAST_ACTIVITY_KEY] = int(time.time()) - settings.SESSION_IDLE_TIMEOUT - 5
    session.save()
    response = coach_client.get(reverse("dialogues:case_list"))
    assert response.status_code == 302
    assert response.headers["Location"].startswith(reverse("login"))
    page = coach_client.get(response.headers["Location"]).content.decode()
    assert "niet actief" in page


def test_an_idle_htmx_request_loads_the_login_page_as_a_whole(coach_client, settings):
    import time

    from privacy.middleware import LAST_ACTIVITY_KEY

    coach_client.get(reverse("dialogues:case_list"))
    session = coach_client.session
    session[LAST_ACTIVITY_KEY] = int(time.time()) - settings.SESSION_IDLE_TIMEOUT - 5
    session.save()
    response = coach_client.get(
        reverse("dialogues:practice_list"),
        headers={"HX-Request": "true", "HX-Current-URL": "http://testserver/oefenen/"},
    )
    assert response.headers["HX-Redirect"] == reverse("login") + "?next=/oefenen/"
    assert "_auth_user_id" not in coach_client.session


def test_activity_keeps_the_session_and_polls_do_not(coach_client, settings):
    import time

    from privacy.middleware import LAST_ACTIVITY_KEY, passive

    coach_client.get(reverse("dialogues:case_list"))
    assert coach_client.session[LAST_ACTIVITY_KEY] >= int(time.time()) - 2
    # The two polls of the app are marked passive.
    from rooms.views import room_turns
    from workshops.views.trainer import dashboard_figures

    assert room_turns.privacy_passive and dashboard_figures.privacy_passive
    assert passive(lambda request: None).privacy_passive


def test_sessions_last_a_day_at_most(settings):
    assert settings.SESSION_COOKIE_AGE <= 24 * 60 * 60
    assert settings.SESSION_IDLE_TIMEOUT == 30 * 60


def test_bidi_controls_are_stripped_by_every_form():
    import importlib
    import inspect

    from django import forms

    from privacy.text import CleanTextMixin, strip_bidi

    assert strip_bidi("Jan\u202eneD") == "JanneD"
    assert strip_bidi("\u2067שלום\u2069") == "שלום"
    for module_name in ("dialogues.forms", "workshops.forms", "reviews.forms", "rooms.forms"):
        module = importlib.import_module(module_name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module_name:
                assert issubclass(cls, CleanTextMixin), f"{module_name}.{name}"


def test_a_name_with_a_right_to_left_override_is_stored_without_it(client, trainer, cases):
    from workshops.models import Participant, Workshop

    workshop = Workshop.objects.create(name="Dag 1", trainer=trainer)
    client.post(
        reverse("workshops:join"),
        {"code": workshop.join_code, "display_name": "Anna\u202e gnikooc"},
    )
    participant = Participant.objects.get()
    assert "\u202e" not in participant.display_name
    assert participant.display_name == "Anna gnikooc"


def test_a_session_in_use_ends_a_day_after_logging_in(coach_client, settings):
    """Every request pushes the expiry on; logging in starts a clock that does not move."""
    import time

    from privacy.middleware import LAST_ACTIVITY_KEY, LOGIN_TIME_KEY

    assert settings.SESSION_ABSOLUTE_MAX_AGE == 24 * 60 * 60
    session = coach_client.session
    assert session[LOGIN_TIME_KEY] >= int(time.time()) - 5  # set by logging in
    session[LOGIN_TIME_KEY] = int(time.time()) - settings.SESSION_ABSOLUTE_MAX_AGE + 60
    session[LAST_ACTIVITY_KEY] = int(time.time())
    session.save()
    assert coach_client.get(reverse("dialogues:case_list")).status_code == 200  # a minute left
    session = coach_client.session
    session[LOGIN_TIME_KEY] -= 120
    session[LAST_ACTIVITY_KEY] = int(time.time())  # active just now, all the same
    session.save()
    response = coach_client.get(reverse("dialogues:case_list"))
    assert response.status_code == 302
    assert response.headers["Location"].startswith(reverse("login"))
    assert "_auth_user_id" not in coach_client.session
    page = coach_client.get(response.headers["Location"]).content.decode()
    assert "langer dan 24 uur ingelogd" in page
