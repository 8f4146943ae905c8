"""A participant does each kind of exercise through the views; feedback and stored attempts.

The analyser's verdict on a participant's question is replaced by a hand-made one here, so these
tests check the wiring (what is stored and shown), not today's analyser rules."""

import pytest
from django.urls import reverse

from dialogues.analysis import Analysis, Marker
from workshops import grading
from workshops.models import Attempt, Exercise, Participant

from .conftest import exercise_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def participant(workshop):
    return Participant.objects.create(workshop=workshop, display_name="Sanne")


@pytest.fixture
def joined(client, participant, bind):
    return bind(participant)


@pytest.fixture
def coach_codes(monkeypatch):
    """Make the analyser see the given codes in the participant's question."""
    real = grading.analyse
    chosen = {"codes": ["not_knowing_question"]}

    def fake(text, role):
        if role != "coach":
            return real(text, role)
        markers = tuple(
            Marker(code, 0, len(text), text, f"test.{code}", f"uitleg bij {code}")
            for code in chosen["codes"]
        )
        return Analysis(text=text, role="coach", markers=markers)

    monkeypatch.setattr(grading, "analyse", fake)
    return chosen


def url(exercise):
    return reverse("workshops:exercise", args=[exercise.pk])


def test_fixture_set_is_complete_and_valid(exercises):
    assert exercises.count() >= 12
    kinds = {e.kind for e in exercises}
    assert kinds == set(Exercise.Kind.values)
    for exercise in exercises:
        exercise.full_clean()
    cases = {e.case.name for e in exercises}
    assert {"Cliënt A", "Cliënt B", "Cliënt C", "Patiënt A", "Bart (4)"} <= cases
    first_choice = Exercise.objects.filter(kind="choose").first()
    assert "Bart" in first_choice.title
    rewind = Exercise.objects.filter(kind="rewind").first()
    assert "marketing" in rewind.text


def test_markers_exercise_shows_sentences_with_code_checkboxes(joined, exercises):
    exercise = exercise_of("markers", "directie is er op uit")
    content = joined.get(url(exercise)).content.decode()
    assert "De directie is er op uit om mij onderuit te halen." in content
    assert 'value="0:external_blame"' in content
    assert 'value="1:certainty"' in content
    assert 'value="all:no_mental_states"' in content


def test_markers_answer_is_scored_against_the_key(joined, participant, exercises):
    exercise = exercise_of("markers", "directie is er op uit")
    # The key: (0, external_blame), (0, assumed_intent), (1, external_blame).
    response = joined.post(url(exercise), {"marks": ["0:external_blame", "1:certainty"]})
    attempt = Attempt.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("workshops:attempt", args=[attempt.pk])
    assert attempt.participant == participant
    assert not attempt.is_good
    assert attempt.result["found"] == [[0, "external_blame"]]
    assert attempt.result["missed"] == [[0, "assumed_intent"], [1, "external_blame"]]
    assert attempt.result["over_marked"] == [[1, "certainty"]]
    page = joined.get(response["Location"]).content.decode()
    assert "Gemist (2)" in page
    assert "Te veel aangeduid (1)" in page
    assert "veronderstelde bedoeling" in page
    assert "er op uit om mij onderuit te halen" in page  # the key's words


def test_markers_all_found_is_good(joined, exercises):
    exercise = exercise_of("markers", "directie is er op uit")
    marks = ["0:external_blame", "0:assumed_intent", "1:external_blame"]
    joined.post(url(exercise), {"marks": marks})
    attempt = Attempt.objects.get()
    assert attempt.is_good and attempt.score == 1.0


def test_markers_need_at_least_one_choice(joined, exercises):
    exercise = exercise_of("markers", "directie is er op uit")
    response = joined.post(url(exercise), {})
    assert "Duid minstens één signaal aan" in response.content.decode()
    assert not Attempt.objects.exists()


def test_htmx_answer_returns_only_the_feedback_fragment(joined, exercises):
    exercise = exercise_of("markers", "directie is er op uit")
    response = joined.post(url(exercise), {"marks": ["0:external_blame"]}, HTTP_HX_REQUEST="true")
    content = response.content.decode()
    assert response.status_code == 200
    assert content.strip().startswith('<section id="answer"')
    assert "<html" not in content
    assert "Gevonden (1)" in content


def test_not_knowing_advice_is_named_and_suggestions_shown(joined, exercises, coach_codes):
    exercise = exercise_of("not_knowing", "onderuit halen")
    coach_codes["codes"] = ["advice"]
    response = joined.post(
        url(exercise), {"question": "Ga gewoon met de directie praten."}, HTTP_HX_REQUEST="true"
    )
    content = response.content.decode()
    attempt = Attempt.objects.get()
    assert attempt.result["verdict"] == "advice" and not attempt.is_good
    assert "Dit is advies" in content
    assert "uitleg bij advice" in content  # the analyser's own explanation: why
    assert "vragen die de analyser voorstelt" in content
    assert "Waar merk je aan dat ze er op uit zijn om jou onderuit te halen?" in content
    # Trying again is allowed: the form is still there.
    assert 'name="question"' in content


def test_not_knowing_retry_can_be_good(joined, exercises, coach_codes):
    exercise = exercise_of("not_knowing", "onderuit halen")
    coach_codes["codes"] = ["closed_question"]
    joined.post(url(exercise), {"question": "Heb je dat gezegd?"})
    coach_codes["codes"] = ["not_knowing_question"]
    joined.post(url(exercise), {"question": "Waar merk je dat aan?"})
    verdicts = list(Attempt.objects.values_list("result__verdict", "is_good"))
    assert verdicts == [("closed_question", False), ("good", True)]


def test_question_is_required_and_limited(joined, exercises):
    exercise = exercise_of("not_knowing", "onderuit halen")
    assert (
        "Schrijf eerst je vraag" in joined.post(url(exercise), {"question": " "}).content.decode()
    )
    long = joined.post(url(exercise), {"question": "x" * 1001}).content.decode()
    assert "hoogstens 1000 tekens" in long
    assert not Attempt.objects.exists()


def test_choose_explains_every_option(joined, exercises):
    exercise = exercise_of("choose", "Bart")
    best = next(i for i, o in enumerate(exercise.options) if o["best"])
    wrong = (best + 1) % len(exercise.options)
    response = joined.post(url(exercise), {"option": wrong}, HTTP_HX_REQUEST="true")
    content = response.content.decode()
    assert not Attempt.objects.get().is_good
    assert "Er is een betere reactie." in content
    assert "(jouw keuze)" in content and "(beste reactie)" in content
    for option in exercise.options:
        assert option["explanation"].split("’")[0][:30] in content
    joined.post(url(exercise), {"option": best})
    assert Attempt.objects.filter(is_good=True).count() == 1


def test_choose_rejects_an_option_that_does_not_exist(joined, exercises):
    exercise = exercise_of("choose", "Bart")
    response = joined.post(url(exercise), {"option": 9})
    assert response.status_code == 200
    assert not Attempt.objects.exists()


def test_rewind_names_the_moment_markers_and_the_articles_way(joined, exercises, coach_codes):
    exercise = exercise_of("rewind", "marketing")
    coach_codes["codes"] = ["stop_and_rewind"]
    response = joined.post(
        url(exercise),
        {"sentence": 1, "question": "Wacht even, ik wil terug naar dat moment."},
        HTTP_HX_REQUEST="true",
    )
    content = response.content.decode()
    attempt = Attempt.objects.get()
    assert attempt.is_good and attempt.result["moment"] == "right"
    assert "Nou dat kan niet." in content
    assert "Wat er op dat moment gebeurt" in content or "geen signalen" in content
    assert "Wacht even, je gaat me iets te snel." in content  # the article's own line
    assert "Vertraag doelbewust het gesprek door de film terug te draaien" in content
    # Markers at that moment are the analyser's, for that sentence only.
    for marker in attempt.result["markers_at_moment"]:
        assert marker["words"] in "Nou dat kan niet."


def test_rewind_too_late_is_said(joined, exercises, coach_codes):
    exercise = exercise_of("rewind", "marketing")
    joined.post(url(exercise), {"sentence": 5, "question": "Wat voelde je toen?"})
    attempt = Attempt.objects.get()
    assert attempt.result["moment"] == "late" and not attempt.is_good
    page = joined.get(reverse("workshops:attempt", args=[attempt.pk])).content.decode()
    assert "al voorbij het moment" in page


def test_closed_workshop_accepts_no_answers(joined, workshop, exercises):
    workshop.closed = True
    workshop.save()
    exercise = exercise_of("choose", "Bart")
    response = joined.post(url(exercise), {"option": 0})
    assert "gesloten" in response.content.decode()
    assert not Attempt.objects.exists()


def test_home_shows_progress(joined, exercises):
    exercise = exercise_of("choose", "Bart")
    best = next(i for i, o in enumerate(exercise.options) if o["best"])
    joined.post(url(exercise), {"option": best})
    content = joined.get(reverse("workshops:home")).content.decode()
    assert "Gedaan: 1 van 18" in content


def test_user_text_is_escaped(joined, exercises, coach_codes):
    exercise = exercise_of("not_knowing", "onderuit halen")
    hostile = "<script>alert('x')</script>"
    content = joined.post(
        url(exercise), {"question": hostile}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert hostile not in content
    assert "&lt;script&gt;" in content
