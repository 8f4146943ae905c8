"""A trainer makes a new exercise from a case line: prefilled key from the analyser, corrected."""

import pytest
from django.urls import reverse

from dialogues.models import Turn
from workshops.models import Exercise, Participant, Workshop
from workshops.scoring import key_from_analysis

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


@pytest.fixture
def turn(cases):
    return Turn.objects.get(pk=8)  # Cliënt A: "Da’s toch duidelijk, ik word op het matje ..."


def url(turn, kind=None):
    base = reverse("workshops:exercise_from_turn", args=[turn.pk])
    return f"{base}?soort={kind}" if kind else base


def test_library_lists_case_lines_with_a_link(trainer_client, turn, exercises):
    content = trainer_client.get(reverse("workshops:exercise_library")).content.decode()
    assert url(turn) in content
    assert "Bart en de leeuw" in content


def test_markers_form_is_prefilled_with_the_analysers_key(trainer_client, turn):
    content = trainer_client.get(url(turn)).content.decode()
    for item in key_from_analysis(turn.analysed()):
        sentence = "all" if item["sentence"] is None else item["sentence"]
        assert f'value="{sentence}:{item["code"]}" checked' in content
    assert "Cliënt A:" in content  # title prefilled
    title = content.split('name="title"')[1].split('value="')[1].split('"')[0]
    assert ": ‘" not in title and not title.endswith("’")  # the saved message quotes it once


def test_trainer_corrects_the_key_and_adds_it_to_a_workshop(trainer_client, trainer, turn):
    workshop = Workshop.objects.create(name="Dinsdag", trainer=trainer)
    response = trainer_client.post(
        url(turn),
        {
            "kind": "markers",
            "title": "Matje",
            "marks": ["0:certainty", "0:easy_label"],
            "workshop": workshop.pk,
        },
    )
    assert response.status_code == 302
    exercise = Exercise.objects.get(title="Matje")
    assert exercise.owner == trainer
    assert exercise.source_turn == turn
    assert exercise.text == turn.text
    assert [(i["sentence"], i["code"]) for i in exercise.key] == [
        (0, "certainty"),
        (0, "easy_label"),
    ]
    assert workshop.exercises.filter(pk=exercise.pk).exists()


def test_empty_key_is_refused_with_a_dutch_message(trainer_client, turn):
    response = trainer_client.post(url(turn), {"kind": "markers", "title": "Leeg"})
    assert "Geef minstens één signaal" in response.content.decode()
    assert not Exercise.objects.filter(title="Leeg").exists()


def test_forged_key_values_are_ignored(trainer_client, turn):
    response = trainer_client.post(
        url(turn), {"kind": "markers", "title": "Vals", "marks": ["x:certainty", "7:nonsense"]}
    )
    assert response.status_code == 200
    assert not Exercise.objects.filter(title="Vals").exists()


def test_choose_exercise_from_a_line_prefills_the_articles_answer(trainer_client, turn):
    content = trainer_client.get(url(turn, "choose")).content.decode()
    assert "Oké, dat lijkt me niet fijn. Wat zeiden ze precies?" in content  # next coach turn
    response = trainer_client.post(
        url(turn),
        {
            "kind": "choose",
            "title": "Kies",
            "option_text_0": "Oké, dat lijkt me niet fijn. Wat zeiden ze precies?",
            "option_explanation_0": "Erkennen en nieuwsgierig doorvragen.",
            "option_text_1": "Niet zo overdrijven.",
            "option_explanation_1": "Bagatelliseren.",
            "best": "0",
        },
    )
    assert response.status_code == 302
    options = Exercise.objects.get(title="Kies").options
    assert [o["best"] for o in options] == [True, False]


def test_choose_needs_one_best_of_two_to_four(trainer_client, turn):
    response = trainer_client.post(
        url(turn), {"kind": "choose", "title": "Eén", "option_text_0": "Alleen deze", "best": "0"}
    )
    assert "twee tot vier" in response.content.decode()


def test_rewind_from_a_monologue(trainer_client, cases):
    monologue = Turn.objects.get(pk=42)  # Cliënt C and the marketing manager
    content = trainer_client.get(url(monologue, "rewind")).content.decode()
    assert 'name="moments"' in content
    response = trainer_client.post(
        url(monologue),
        {"kind": "rewind", "title": "Terugspoelen", "moments": ["1", "2"], "examples": "Wacht."},
    )
    assert response.status_code == 302
    exercise = Exercise.objects.get(title="Terugspoelen")
    assert exercise.moments == [1, 2] and exercise.examples == ["Wacht."]


def test_new_exercise_works_for_a_participant(trainer_client, trainer, turn, client):
    workshop = Workshop.objects.create(name="Woensdag", trainer=trainer)
    trainer_client.post(
        url(turn),
        {"kind": "markers", "title": "Nieuw", "marks": ["0:certainty"], "workshop": workshop.pk},
    )
    exercise = Exercise.objects.get(title="Nieuw")
    participant = Participant.objects.create(workshop=workshop, display_name="Pim")
    trainer_client.logout()
    session = client.session
    session["workshop_participant"] = participant.pk
    session.save()
    client.post(reverse("workshops:exercise", args=[exercise.pk]), {"marks": ["0:certainty"]})
    assert participant.attempts.get().is_good
