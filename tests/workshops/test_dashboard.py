"""The trainer's dashboard figures (hand-made attempts with hand-worked totals), the actions on
a workshop, and the CSV export."""

import csv
import io

import pytest
from django.urls import reverse

from workshops.models import Attempt, Participant, Workshop
from workshops.stats import exercise_figures, participant_progress

from .conftest import exercise_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


@pytest.fixture
def group(workshop):
    """Three participants and their attempts, with results as the graders store them."""
    ann, bo, cas = (
        Participant.objects.create(workshop=workshop, display_name=name)
        for name in ("Ann", "Bo", "Cas")
    )
    markers = exercise_of("markers", "directie is er op uit")
    asking = exercise_of("not_knowing", "onderuit halen")
    bart = exercise_of("choose", "Bart")
    rewind = exercise_of("rewind", "marketing")

    def marks(who, good, missed):
        Attempt.objects.create(
            participant=who,
            exercise=markers,
            is_good=good,
            score=1.0 if good else 0.5,
            result={"found": [], "missed": missed, "over_marked": []},
        )

    marks(ann, False, [[0, "assumed_intent"], [1, "external_blame"]])
    marks(ann, True, [])
    marks(bo, False, [[0, "assumed_intent"]])
    # Not knowing: 3 of 4 follow-ups are advice, one good.
    for who, verdict in [(ann, "advice"), (ann, "good"), (bo, "advice"), (cas, "advice")]:
        Attempt.objects.create(
            participant=who,
            exercise=asking,
            is_good=verdict == "good",
            answer={"question": "?"},
            result={"verdict": verdict},
        )
    # Bart: Bo and Cas chose option 0 (wrong), Ann the best one.
    best = next(i for i, o in enumerate(bart.options) if o["best"])
    for who, option in [(ann, best), (bo, 0), (cas, 0)]:
        Attempt.objects.create(
            participant=who, exercise=bart, is_good=option == best, answer={"option": option}
        )
    Attempt.objects.create(
        participant=cas,
        exercise=rewind,
        is_good=False,
        answer={"sentence": 5, "question": '=HYPERLINK("http://x")'},
        result={"moment": "late", "question": {"verdict": "good"}},
    )
    return {"ann": ann, "bo": bo, "cas": cas, "markers": markers, "asking": asking, "bart": bart}


def figures_for(workshop, exercise):
    return next(f for f in exercise_figures(workshop) if f.exercise == exercise)


def test_markers_figures(workshop, group):
    fig = figures_for(workshop, group["markers"])
    assert fig.tried == 2  # Ann and Bo
    assert fig.attempts == 3
    assert fig.good_share == pytest.approx(1 / 3)
    # assumed_intent missed twice, external_blame once
    assert fig.missed_codes == [("assumed_intent", 2), ("external_blame", 1)]
    assert fig.missed_labels()[0] == ("veronderstelde bedoeling", 2)


def test_not_knowing_figures(workshop, group):
    fig = figures_for(workshop, group["asking"])
    assert fig.tried == 3
    assert fig.good_share == 0.25
    assert fig.advice_share == 0.75


def test_choose_figures(workshop, group):
    fig = figures_for(workshop, group["bart"])
    assert fig.tried == 3
    assert fig.good_share == pytest.approx(1 / 3)
    assert fig.wrong_options == [(0, 2)]


def test_untried_exercise_has_no_share(workshop, group):
    fig = figures_for(workshop, exercise_of("markers", "Terugpakken"))
    assert (fig.tried, fig.attempts, fig.good_share) == (0, 0, None)


def test_participant_progress(workshop, group):
    rows = {row.participant.display_name: row for row in participant_progress(workshop)}
    assert rows["Ann"].done == 3 and rows["Ann"].good == 3 and rows["Ann"].attempts == 5
    assert rows["Bo"].done == 3 and rows["Bo"].good == 0
    assert rows["Cas"].done == 3 and rows["Cas"].good == 0
    assert rows["Ann"].total == workshop.exercises.count() == 18


def test_dashboard_page_shows_code_figures_and_polls(trainer_client, workshop, group):
    response = trainer_client.get(reverse("workshops:dashboard", args=[workshop.pk]))
    content = response.content.decode()
    assert workshop.join_code in content
    assert reverse("workshops:join_code", args=[workshop.join_code]) in content
    figures_url = reverse("workshops:dashboard_figures", args=[workshop.pk])
    assert f'hx-get="{figures_url}"' in content and 'hx-trigger="every 3s"' in content
    assert "veronderstelde bedoeling (2×)" in content
    assert "75%" in content  # advice share
    for name in ("Ann", "Bo", "Cas"):
        assert name in content


def test_figures_fragment_is_only_the_figures(trainer_client, workshop, group):
    response = trainer_client.get(reverse("workshops:dashboard_figures", args=[workshop.pk]))
    content = response.content.decode()
    assert content.strip().startswith('<section id="figures"')
    assert "<html" not in content
    assert "Ann" in content


def test_remove_participant(trainer_client, workshop, group):
    url = reverse("workshops:remove_participant", args=[workshop.pk, group["bo"].pk])
    response = trainer_client.post(url, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    content = response.content.decode()
    assert f'data-participant="{group["bo"].pk}"' not in content
    assert f'data-participant="{group["ann"].pk}"' in content
    assert not Participant.objects.filter(pk=group["bo"].pk).exists()
    assert not Attempt.objects.filter(participant_id=group["bo"].pk).exists()


def test_create_workshop_with_the_ready_made_set(trainer_client, trainer, exercises):
    page = trainer_client.get(reverse("workshops:index")).content.decode()
    assert "Bart en de leeuw" in page
    response = trainer_client.post(
        reverse("workshops:create"),
        {"name": "Teamdag", "date": "2030-03-01", "exercises": [e.pk for e in exercises]},
    )
    workshop = Workshop.objects.get(name="Teamdag")
    assert response["Location"] == reverse("workshops:dashboard", args=[workshop.pk])
    assert workshop.trainer == trainer
    assert workshop.exercises.count() == exercises.count()


def test_create_workshop_errors_are_dutch(trainer_client, exercises):
    response = trainer_client.post(
        reverse("workshops:create"), {"name": "", "date": "2030-03-02", "ends_on": "2030-03-01"}
    )
    content = response.content.decode()
    assert response.status_code == 400
    assert "Geef de workshop een naam." in content
    assert "De einddatum ligt vóór de datum van de workshop." in content


def test_rename_close_reopen_delete(trainer_client, workshop):
    edit = reverse("workshops:edit", args=[workshop.pk])
    trainer_client.post(
        edit,
        {"name": "Nieuwe naam", "date": "2030-01-01", "exercises": [workshop.exercises.first().pk]},
    )
    workshop.refresh_from_db()
    assert workshop.name == "Nieuwe naam"
    trainer_client.post(reverse("workshops:close", args=[workshop.pk]))
    workshop.refresh_from_db()
    assert workshop.closed and not workshop.is_open
    trainer_client.post(reverse("workshops:reopen", args=[workshop.pk]))
    workshop.refresh_from_db()
    assert workshop.is_open
    confirm = trainer_client.get(reverse("workshops:delete", args=[workshop.pk]))
    assert "Weet je zeker" in confirm.content.decode()
    trainer_client.post(reverse("workshops:delete", args=[workshop.pk]))
    assert not Workshop.objects.filter(pk=workshop.pk).exists()


def test_reopen_after_end_date_clears_it(trainer_client, workshop):
    import datetime

    from django.utils import timezone

    workshop.date = workshop.ends_on = timezone.localdate() - datetime.timedelta(days=2)
    workshop.save()
    trainer_client.post(reverse("workshops:reopen", args=[workshop.pk]))
    workshop.refresh_from_db()
    assert workshop.is_open and workshop.ends_on is None


def test_csv_export_has_a_row_per_answer_and_neutralises_formulas(trainer_client, workshop, group):
    group["ann"].display_name = "=cmd|' /C calc'!A0"
    group["ann"].save()
    response = trainer_client.get(reverse("workshops:export", args=[workshop.pk]))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["workshop", "deelnemer", "oefening"]
    assert len(rows) == 1 + Attempt.objects.count()
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert "'=cmd|' /C calc'!A0" in [row[1] for row in rows]
    assert any("'=HYPERLINK" in cell or "zin 6: =HYPERLINK" in cell for row in rows for cell in row)


def test_opening_the_create_address_leads_back_to_the_workshop_list(client, trainer):
    client.force_login(trainer)
    response = client.get(reverse("workshops:create"))
    assert response.status_code == 302 and response["Location"] == reverse("workshops:index")


def test_csv_export_puts_the_dutch_label_beside_each_code(trainer_client, workshop, group):
    response = trainer_client.get(reverse("workshops:export", args=[workshop.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    header, *rows = rows
    cells = [cell for row in rows for cell in row]
    assert "advice (advies)" in cells and "good (goed)" in cells
    assert any("zin 1: assumed_intent (veronderstelde bedoeling)" in cell for cell in cells)
    assert {row[header.index("score")] for row in rows} >= {"0,50", "1,00"}  # Dutch decimals
