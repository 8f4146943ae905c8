import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db
URL = reverse("dialogues:analyse")


def test_empty_page_invites_to_type(coach_client):
    response = coach_client.get(URL)
    assert response.status_code == 200
    assert "Nog niets geanalyseerd" in response.content.decode()


def test_analysis_shows_markers_with_labels_and_suggestions(coach_client):
    response = coach_client.post(URL, {"role": "client", "text": "Hij is gewoon slap."})
    content = response.content.decode()
    assert 'class="marker easy_label' in content
    assert "makkelijk etiket" in content  # a visible label, not colour alone
    assert "Wat bedoel je precies met ‘slap’?" in content or "‘slap’" in content


def test_empty_input_gets_a_friendly_message(coach_client):
    response = coach_client.post(URL, {"role": "client", "text": "   "})
    assert "Typ eerst een uitspraak" in response.content.decode()


def test_too_long_input_is_refused_clearly(coach_client):
    response = coach_client.post(URL, {"role": "client", "text": "woord " * 1001})
    assert response.status_code == 200
    assert "maximaal 5000 tekens" in response.content.decode()


def test_htmx_request_gets_only_the_result_fragment(coach_client):
    response = coach_client.post(
        URL, {"role": "coach", "text": "Je moet gewoon met haar praten."}, HTTP_HX_REQUEST="true"
    )
    content = response.content.decode()
    assert content.lstrip().startswith('<section id="result"')
    assert "<html" not in content and "advies" in content


@pytest.mark.parametrize(
    "text", ["<script>alert('x')</script> is gewoon lui", '"><img src=x onerror=alert(1)> altijd']
)
def test_user_text_is_escaped_in_the_highlight(coach_client, text):
    content = coach_client.post(URL, {"role": "client", "text": text}).content.decode()
    assert "<script>alert" not in content and "<img src=x" not in content
    assert "&lt;" in content


def test_csrf_is_enforced_for_htmx_posts(coach):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coach)
    response = client.post(URL, {"role": "client", "text": "Hallo"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 403


def test_case_page_shows_markers_of_the_example_dialogues(coach_client, cases):
    content = coach_client.get(reverse("dialogues:case_detail", args=["client-a"])).content.decode()
    assert 'class="marker' in content
    assert "veronderstelde bedoeling" in content
