import pytest
from django.urls import URLPattern, get_resolver, reverse
from django.utils.html import escape

from dialogues.models import Case, Dialogue

pytestmark = pytest.mark.django_db

PUBLIC = {"dialogues:landing", "login"}
# Every named URL of the app, with sample arguments.
PRIVATE = {
    "dialogues:start": [],
    "dialogues:case_list": [],
    "dialogues:case_detail": ["client-a"],
    "dialogues:analyse": [],
    "dialogues:practice_list": [],
    "dialogues:practice_start": ["client-a"],
    "dialogues:practice": [1],
    "dialogues:practice_turn": [1],
    "dialogues:practice_hint": [1],
    "dialogues:practice_finish": [1],
    "dialogues:practice_debrief": [1],
    "dialogues:practice_delete": [1],
    "dialogues:practice_export": [1, "txt"],
    "dialogues:script_edit": ["client-a"],
}


def app_url_names():
    resolver = get_resolver()
    names = set()
    for pattern in resolver.url_patterns:
        namespace = getattr(pattern, "namespace", None)
        if namespace == "dialogues":
            names |= {
                f"dialogues:{p.name}" for p in pattern.url_patterns if isinstance(p, URLPattern)
            }
    return names


def test_every_app_url_is_covered_by_these_tests():
    assert app_url_names() == (PUBLIC | set(PRIVATE)) - {"login"}


@pytest.mark.parametrize("name,args", PRIVATE.items())
def test_anonymous_users_are_sent_to_login(client, cases, name, args):
    url = reverse(name, args=args)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_landing_and_login_are_public(client, name):
    assert client.get(reverse(name)).status_code == 200


def test_landing_speaks_to_the_three_audiences(client):
    content = client.get(reverse("dialogues:landing")).content.decode()
    for audience in ["Voor coaches", "Voor deelnemers aan een workshop", "Voor trainers"]:
        assert audience in content


def test_logged_in_user_sees_case_library(coach_client, cases):
    response = coach_client.get(reverse("dialogues:case_list"))
    assert response.status_code == 200
    for name in ["Cliënt A", "Cliënt B", "Cliënt C", "Patiënt A", "Bart"]:
        assert name in response.content.decode()


def test_case_page_shows_background_and_example_dialogue(coach_client, cases):
    case = Case.objects.get(slug="client-a")
    response = coach_client.get(case.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == 200
    assert escape(case.source) in content
    first_turn = case.dialogues.examples().first().turns.first()
    assert "De directie" in first_turn.text
    assert "De directie" in content


def test_unknown_case_is_404(coach_client, cases):
    response = coach_client.get(reverse("dialogues:case_detail", args=["bestaat-niet"]))
    assert response.status_code == 404


def test_logout_only_by_post(coach_client):
    assert coach_client.get(reverse("logout")).status_code == 405
    response = coach_client.post(reverse("logout"))
    assert response.status_code == 302
    assert coach_client.get(reverse("dialogues:case_list")).status_code == 302


HOSTILE = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
]


@pytest.mark.parametrize("text", HOSTILE)
def test_turn_text_is_escaped_on_case_page(coach_client, cases, text):
    case = Case.objects.get(slug="client-b")
    dialogue = Dialogue.objects.create(title="Vijandig", kind="example", case=case, order=99)
    dialogue.append_turn("client", text)
    content = coach_client.get(case.get_absolute_url()).content.decode()
    assert text not in content
    assert "&lt;" in content and ("&lt;script&gt;" in content or "&lt;img" in content)
