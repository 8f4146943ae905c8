"""The solo role-play pages: start, talk, hint, finish, debrief, list, export, delete."""

import json
import uuid

import pytest
from django.urls import reverse

from dialogues.models import Dialogue, Practice, Turn

from .conftest import ADVICE, CLOSED, NOT_KNOWING

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(coach_client, script):
    response = coach_client.post(reverse("dialogues:practice_start", args=["client-a"]))
    practice = Practice.objects.get()
    assert response["Location"] == practice.get_absolute_url()
    return practice


def send(client, practice, text, key=None, htmx=True, after=None):
    if after is None:  # the page shows every turn so far
        after = practice.dialogue.turns.order_by("position").last().position
    data = {"text": text, "key": str(key or uuid.uuid4()), "after": after}
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(
        reverse("dialogues:practice_turn", args=[practice.pk]), data, headers=headers
    )


def texts(practice):
    return list(practice.dialogue.turns.values_list("role", "text"))


def test_case_page_offers_practice_only_for_scripted_cases(coach_client, script):
    assert "Oefen dit gesprek" in coach_client.get("/casussen/client-a/").content.decode()
    assert "Oefen dit gesprek" not in coach_client.get("/casussen/bart/").content.decode()
    response = coach_client.post(reverse("dialogues:practice_start", args=["bart"]))
    assert response.status_code == 404


def line(practice, key):
    return practice.script.lines.get(key=key).text


def test_start_opens_with_the_case_opening_line(coach_client, practice, coach):
    dialogue = practice.dialogue
    assert (dialogue.kind, dialogue.owner, dialogue.case.slug) == ("practice", coach, "client-a")
    assert texts(practice) == [("client", dialogue.case.opening_line)]
    assert (practice.openness, practice.affect, practice.style) == (2, 6, "plain")
    page = coach_client.get(practice.get_absolute_url()).content.decode()
    assert "Verstuur" in page and 'value="2"' in page


def test_the_coach_picks_a_style_when_starting(coach_client, script):
    page = coach_client.get("/casussen/client-a/").content.decode()
    assert 'name="style"' in page and "gesloten en kortaf" in page
    coach_client.post(reverse("dialogues:practice_start", args=["client-a"]), {"style": "upset"})
    practice = Practice.objects.get()
    assert practice.style == "upset" and practice.affect == 8 and practice.openness == 1
    coach_client.post(reverse("dialogues:practice_start", args=["client-a"]), {"style": "nope"})
    assert Practice.objects.latest("dialogue__created").style == "plain"


def test_a_not_knowing_question_gets_an_answer_to_what_it_asked(coach_client, practice):
    response = send(coach_client, practice, NOT_KNOWING)
    assert response.status_code == 200
    html = response.content.decode()
    # Only what changed: the two new turns, then the form and the panel out of band.
    assert html.lstrip().startswith('<li class="turn turn-coach" value="2" id="turn-2">')
    assert 'id="turn-1"' not in html and "<html" not in html
    assert '<div id="turn-form-box" hx-swap-oob="true">' in html
    assert 'name="after" value="3"' in html
    assert '<aside id="practice-feedback"' in html
    assert "mentaliserende interventie" in html
    practice.refresh_from_db()
    assert practice.openness == 3
    state = practice.dialogue.turns.last().client_state
    assert state["kind"] == "answer" and state["asks"]["aspect"] == "moment"
    assert (state["openness"], state["move"]) == (3, "mentalizing")
    assert texts(practice)[-1] == ("client", line(practice, state["line"]))
    assert state["reason"]


def test_advice_makes_the_client_defensive_and_says_why(coach_client, practice):
    html = send(coach_client, practice, ADVICE).content.decode()
    state = practice.dialogue.turns.last().client_state
    assert state["kind"] == "react" and state["code"] == "advice"
    assert "Dit is advies: ‘" in html
    practice.refresh_from_db()
    assert practice.openness == 0


def test_a_closed_question_gets_a_short_answer(coach_client, practice):
    html = send(coach_client, practice, CLOSED).content.decode()
    assert line(practice, "a-s-1") in html


def test_a_turn_answer_does_not_grow_with_the_conversation(coach_client, practice):
    sizes = [len(send(coach_client, practice, NOT_KNOWING).content) for _ in range(12)]
    assert max(sizes[-3:]) < 1.3 * max(sizes[:3])  # replies differ in length; no growth
    html = send(coach_client, practice, NOT_KNOWING).content.decode()
    assert html.count('<li class="turn ') == 2


def test_a_retry_after_a_lost_answer_gets_the_same_turns_once(coach_client, practice):
    key = uuid.uuid4()
    first = send(coach_client, practice, NOT_KNOWING, key=key).content.decode()
    retry = send(coach_client, practice, NOT_KNOWING, key=key, after=1).content.decode()
    assert 'id="turn-2"' in first and 'id="turn-3"' in first
    assert 'id="turn-2"' in retry and 'id="turn-3"' in retry
    assert practice.dialogue.turns.count() == 3


@pytest.mark.django_db(transaction=True)
def test_a_retry_outside_a_test_transaction_is_refused_by_the_database(coach_client, practice):
    # As in production (autocommit, no test transaction around the request): the second insert
    # with the same key fails in the database and the first turns come back.
    key = uuid.uuid4()
    first = send(coach_client, practice, ADVICE, key=key).content.decode()
    retry = send(coach_client, practice, ADVICE, key=key, after=1).content.decode()
    assert 'id="turn-3"' in first and 'id="turn-3"' in retry
    assert [role for role, _ in texts(practice)] == ["client", "coach", "client"]
    practice.refresh_from_db()
    assert practice.memory.get("turn") == 1  # the client's state moved once


def test_a_turn_is_one_short_transaction(coach_client, practice, django_assert_max_num_queries):
    send(coach_client, practice, ADVICE)
    with django_assert_max_num_queries(10):
        html = send(coach_client, practice, NOT_KNOWING).content.decode()
    assert 'id="turn-4"' in html and 'id="turn-5"' in html
    stored = list(practice.dialogue.turns.order_by("position").values_list("role", "analysis"))
    assert [role for role, _ in stored] == ["client", "coach", "client", "coach", "client"]
    assert all(analysis for _, analysis in stored[1:])  # stored with the turn, not afterwards


def statements(queries):
    """What each round trip to the database was: 'INSERT+UPDATE+UPDATE' for three in one."""
    kinds = []
    for q in queries:
        first = q["sql"].split()[0].upper()
        # (the texts of these tests contain no '; UPDATE "')
        kinds.append("+".join([first] + ["UPDATE"] * q["sql"].count('; UPDATE "')))
    return kinds


def turn_writes():
    """Both turns, the client's state and the dialogue's time: one round trip to PostgreSQL."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return ["INSERT+UPDATE+UPDATE"]
    return ["INSERT", "UPDATE", "UPDATE"]


@pytest.mark.django_db(transaction=True)
def test_a_turn_request_is_one_short_transaction_of_seven_round_trips(coach_client, practice):
    """As in production (no test transaction around the request): the session, the account;
    BEGIN, the practice (who may see it, its lock and the account's review permission in one
    statement), the last turns, one INSERT … VALUES for both turns with the client's state and
    the dialogue's time, COMMIT. When the session's activity time is due (once a minute) its
    UPDATE joins the same transaction: still one commit. Nothing is read back for the answer.
    (The health check before it asks PostgreSQL nothing on an idle connection: test_serving.)"""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from privacy.middleware import LAST_ACTIVITY_KEY, WRITE_EVERY_SECONDS

    with CaptureQueriesContext(connection) as queries:  # the activity time was written just now
        html = send(coach_client, practice, ADVICE, after=1).content.decode()
    assert 'id="turn-2"' in html and 'id="turn-3"' in html
    expected = ["SELECT", "SELECT", "BEGIN", "SELECT", "SELECT", *turn_writes()]
    assert statements(queries) == [*expected, "COMMIT"]
    insert = next(q["sql"] for q in queries if q["sql"].startswith("INSERT"))
    assert "VALUES" in insert and "UNNEST" not in insert
    practice.refresh_from_db()
    practice.dialogue.refresh_from_db()
    stored = list(practice.dialogue.turns.order_by("position"))
    assert [t.position for t in stored] == [1, 2, 3]
    assert stored[1].submission_key and stored[1].analysis and stored[2].client_state
    assert practice.dialogue.updated == stored[2].created  # the dialogue's time: the client turn's
    assert practice.memory["turn"] == 1  # the client's state, in the same round trip

    session = coach_client.session
    session[LAST_ACTIVITY_KEY] -= WRITE_EVERY_SECONDS + 1
    session.save()
    with CaptureQueriesContext(connection) as due:
        html = send(coach_client, practice, NOT_KNOWING, after=3).content.decode()
    assert 'id="turn-4"' in html and 'id="turn-5"' in html
    assert statements(due) == [*expected, "UPDATE", "COMMIT"]
    assert "django_session" in due[-2]["sql"]
    assert coach_client.session[LAST_ACTIVITY_KEY] > session[LAST_ACTIVITY_KEY]  # written once
    assert [role for role, _ in texts(practice)] == ["client", "coach", "client", "coach", "client"]


@pytest.mark.parametrize("who", ["coach", "in the trainer group", "given the permission"])
def test_rule_ids_under_the_clients_markers_for_reviewers_only_in_the_same_statements(
    client, coach, script, who, django_assert_num_queries
):
    from django.contrib.auth.models import Group, Permission

    if who == "in the trainer group":
        coach.groups.add(Group.objects.get(name="trainer"))
    elif who == "given the permission":
        coach.user_permissions.add(Permission.objects.get(codename="review_transcripts"))
    client.force_login(coach)
    practice = Practice.start(coach, script.case)
    send(client, practice, ADVICE)  # the activity time is written: not due in the next turns
    after = 3
    for text in (NOT_KNOWING, CLOSED, NOT_KNOWING):  # until the client's answer has markers
        # As for anyone: the permission comes with the practice.
        with django_assert_num_queries(6 + len(turn_writes())):
            html = send(client, practice, text, after=after).content.decode()
        after += 2
        if 'class="explanations"' in html:
            break
    assert 'class="explanations"' in html
    assert ('class="rule-id"' in html) is (who != "coach")


def test_a_turn_whose_session_ended_meanwhile_is_refused_and_not_stored(coach_client, practice):
    from unittest import mock

    from django.contrib.sessions.models import Session

    from privacy.middleware import LAST_ACTIVITY_KEY, WRITE_EVERY_SECONDS

    session = coach_client.session
    session[LAST_ACTIVITY_KEY] -= WRITE_EVERY_SECONDS + 1  # due: written in the turn's transaction
    session.save()
    request_session = dict(coach_client.session.items())  # what the request reads …
    Session.objects.filter(pk=session.session_key).delete()  # … logged out in another tab
    with mock.patch("coachapp.sessions.SessionStore.load", return_value=request_session):
        response = send(coach_client, practice, NOT_KNOWING, after=1)
    assert response.status_code == 400
    assert practice.dialogue.turns.count() == 1


def test_invalid_input_answers_with_the_form_only(coach_client, practice):
    response = send(coach_client, practice, "")
    assert response["HX-Retarget"] == "#turn-form-box"
    assert response["HX-Reswap"] == "outerHTML"
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="turn-form-box">') and "<li" not in html


def test_a_page_from_before_gets_reloaded(coach_client, practice):
    url = reverse("dialogues:practice_turn", args=[practice.pk])
    data = {"text": NOT_KNOWING, "key": str(uuid.uuid4())}  # no position: an older page
    response = coach_client.post(url, data, headers={"HX-Request": "true"})
    assert response["HX-Refresh"] == "true"
    assert practice.dialogue.turns.count() == 3  # the turn itself was taken


def test_without_javascript_a_turn_is_a_post_and_redirect(coach_client, practice):
    response = send(coach_client, practice, NOT_KNOWING, htmx=False)
    assert response.status_code == 302 and response["Location"] == practice.get_absolute_url()
    said = practice.dialogue.turns.last().text
    assert said in coach_client.get(response["Location"]).content.decode()


def test_the_same_form_twice_gives_one_turn(coach_client, practice):
    key = uuid.uuid4()
    send(coach_client, practice, NOT_KNOWING, key=key)
    send(coach_client, practice, NOT_KNOWING, key=key)
    send(coach_client, practice, NOT_KNOWING, key=key, htmx=False)
    assert [role for role, _ in texts(practice)] == ["client", "coach", "client"]
    practice.refresh_from_db()
    assert practice.openness == 3


@pytest.mark.parametrize(
    "text,message",
    [
        ("", "Je hebt nog niets getypt"),
        ("   ", "Je hebt nog niets getypt"),
        ("a" * 2001, "te lang"),
    ],
)
def test_bad_input_is_explained_and_stores_nothing(coach_client, practice, text, message):
    response = send(coach_client, practice, text)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Turn.objects.filter(dialogue=practice.dialogue).count() == 1


def test_the_hint_reveals_suggestions_and_is_counted(coach_client, practice):
    page = coach_client.get(practice.get_absolute_url()).content.decode()
    assert "Je zou kunnen vragen" not in page  # hidden by default: it is practice
    url = reverse("dialogues:practice_hint", args=[practice.pk])
    html = coach_client.post(url, headers={"HX-Request": "true"}).content.decode()
    suggestions = practice.dialogue.turns.first().analysed().suggestions
    assert suggestions and suggestions[0].text in html.replace("&#x27;", "'")
    response = coach_client.post(url)  # without JavaScript
    assert response["Location"].endswith("?hint=1#hint")
    assert "Je zou kunnen vragen" in coach_client.get(response["Location"]).content.decode()
    practice.refresh_from_db()
    assert practice.hints_used == 2


def test_finish_closes_the_conversation_and_shows_the_debrief(coach_client, practice):
    send(coach_client, practice, ADVICE)  # misses the chance the opening line offers
    send(coach_client, practice, NOT_KNOWING)
    response = coach_client.post(reverse("dialogues:practice_finish", args=[practice.pk]))
    assert response["Location"] == reverse("dialogues:practice_debrief", args=[practice.pk])
    assert practice.dialogue.turns.last().client_state["kind"] == "closing"
    assert texts(practice)[-1][1] in {line(practice, "a-c-low-1"), line(practice, "a-c-low-2")}
    html = coach_client.get(response["Location"]).content.decode()
    assert "50%" in html  # one of two coach turns mentalizing
    missed = html.split("Gemiste kansen")[1].split("Zo kan het ook")[0]
    assert "Je had kunnen vragen" in missed and ADVICE in missed
    assert "<polyline" in html
    review = reverse("reviews:detail", args=[practice.pk])
    assert review in html and coach_client.get(review).status_code == 200
    # Finished: no more turns.
    assert "afgerond" in send(coach_client, practice, NOT_KNOWING).content.decode()
    assert practice.dialogue.turns.count() == 6


def test_list_shows_own_sessions_only(coach_client, practice, django_user_model, script):
    other = django_user_model.objects.create_user("ander", password="x-geheim-9")
    Practice.start(other, script.case)
    html = coach_client.get(reverse("dialogues:practice_list")).content.decode()
    assert html.count("Oefengesprek met Cliënt A") == 1
    assert reverse("dialogues:practice", args=[practice.pk]) in html


def test_export_text_and_json(coach_client, practice):
    send(coach_client, practice, ADVICE)
    text = coach_client.get(reverse("dialogues:practice_export", args=[practice.pk, "txt"]))
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert "attachment" in text["Content-Disposition"]
    assert f"Coach: {ADVICE}" in text.content.decode()
    data = json.loads(
        coach_client.get(reverse("dialogues:practice_export", args=[practice.pk, "json"])).content
    )
    assert [t["role"] for t in data["turns"]] == ["client", "coach", "client"]
    assert "advice" in data["turns"][1]["codes"]
    assert data["summary"]["non_mentalizing_share"] == 100
    assert coach_client.get(f"/oefenen/{practice.pk}/export.exe").status_code == 404


def test_delete_removes_the_session_and_its_turns(coach_client, practice):
    response = coach_client.post(reverse("dialogues:practice_delete", args=[practice.pk]))
    assert response["Location"] == reverse("dialogues:practice_list")
    assert not Dialogue.objects.filter(kind="practice").exists()
    assert not Turn.objects.filter(dialogue_id=practice.pk).exists()


PRACTICE_URLS = [
    ("get", "dialogues:practice", []),
    ("post", "dialogues:practice_turn", []),
    ("post", "dialogues:practice_hint", []),
    ("post", "dialogues:practice_finish", []),
    ("get", "dialogues:practice_debrief", []),
    ("post", "dialogues:practice_delete", []),
    ("get", "dialogues:practice_export", ["txt"]),
    ("get", "dialogues:practice_export", ["json"]),
]


@pytest.mark.parametrize("method,name,extra", PRACTICE_URLS)
@pytest.mark.parametrize("htmx", [False, True])
def test_another_users_session_is_404(
    client, practice, django_user_model, method, name, extra, htmx
):
    intruder = django_user_model.objects.create_user("nieuwsgierig", password="x-geheim-8")
    client.force_login(intruder)
    url = reverse(name, args=[practice.pk, *extra])
    headers = {"HX-Request": "true"} if htmx else {}
    response = getattr(client, method)(
        url, {"text": "hallo"} if method == "post" else None, headers=headers
    )
    assert response.status_code == 404
    assert Practice.objects.filter(pk=practice.pk).exists()
    assert practice.dialogue.turns.count() == 1


def test_csrf_holds_for_htmx_posts(client, coach, script):
    client.force_login(coach)
    practice = Practice.start(coach, script.case)
    csrf_client = type(client)(enforce_csrf_checks=True)
    csrf_client.force_login(coach)
    url = reverse("dialogues:practice_turn", args=[practice.pk])
    data = {"text": NOT_KNOWING, "key": str(uuid.uuid4())}
    assert csrf_client.post(url, data, headers={"HX-Request": "true"}).status_code == 403
    page = csrf_client.get(practice.get_absolute_url())
    token = page.cookies["csrftoken"].value
    headers = {"HX-Request": "true", "X-CSRFToken": token}
    assert csrf_client.post(url, data, headers=headers).status_code == 200
    assert practice.dialogue.turns.count() == 3


def test_trainers_edit_scripts_in_the_admin_and_broken_scripts_are_refused(client, trainer, script):
    client.force_login(trainer)
    url = reverse("admin:dialogues_clientscript_change", args=[script.pk])
    page = client.get(url)
    assert page.status_code == 200
    lines = list(script.lines.all())
    data = {
        "case": script.case.pk,
        "start_openness": 2,
        "start_affect": 6,
        "notes": "",
        "topics": json.dumps(script.topics),
        "styles": json.dumps(script.styles),
        "lines-TOTAL_FORMS": len(lines),
        "lines-INITIAL_FORMS": len(lines),
        "lines-MIN_NUM_FORMS": 0,
        "lines-MAX_NUM_FORMS": 1000,
    }
    for i, line in enumerate(lines):
        data.update(
            {
                f"lines-{i}-id": line.pk,
                f"lines-{i}-script": script.pk,
                **{
                    f"lines-{i}-{name}": json.dumps(getattr(line, name))
                    for name in [
                        "aspects",
                        "persons",
                        "times",
                        "topics",
                        "moves",
                        "requires",
                        "styles",
                    ]
                },
                **{
                    f"lines-{i}-{name}": getattr(line, name)
                    for name in ["order", "key", "kind", "text", "min_openness", "max_openness"]
                },
                f"lines-{i}-affect": line.affect if line.affect is not None else "",
            }
        )
    body = next(i for i, line in enumerate(lines) if line.key == "a-d-body")
    broken = {**data, f"lines-{body}-DELETE": "on"}
    response = client.post(url, broken)
    assert response.status_code == 200
    assert "het lijf" in response.content.decode()
    assert script.lines.filter(key="a-d-body").exists()
    assert client.post(url, data).status_code == 302


def test_the_case_page_offers_to_resume_a_running_session(coach_client, practice):
    html = coach_client.get("/casussen/client-a/").content.decode()
    assert "Verder met je oefengesprek" in html
    assert reverse("dialogues:practice", args=[practice.pk]) in html
    coach_client.post(reverse("dialogues:practice_finish", args=[practice.pk]))
    html = coach_client.get("/casussen/client-a/").content.decode()
    assert "Verder met je oefengesprek" not in html


def test_opening_the_start_address_leads_back_to_the_case(coach_client, script):
    response = coach_client.get(reverse("dialogues:practice_start", args=["client-a"]))
    assert response.status_code == 302 and response["Location"] == "/casussen/client-a/"
    assert not Practice.objects.exists()


def test_the_depth_advice_uses_the_affect_the_gauge_shows(coach_client, practice):
    html = send(coach_client, practice, "Dat is echt schandalig van ze, ik zou ook woedend zijn!")
    html = html.content.decode()
    practice.refresh_from_db()
    assert practice.affect >= 8
    assert f"{practice.affect}/10" in html
    assert "1. Ondersteunen &amp; empathie" in html and "Weinig emotie" not in html
    calm = send(coach_client, practice, "Ik kan me voorstellen dat het je raakt.").content
    practice.refresh_from_db()
    assert f"({practice.affect}/10)" in calm.decode()


def test_the_move_explanation_quotes_the_words_once(coach_client, practice):
    html = send(coach_client, practice, ADVICE).content.decode()
    move = html.split('class="panel move')[1].split("</div>")[0]
    assert move.count("Je moet gewoon eens") == 1


def test_the_hint_speaks_of_the_clients_last_reply(coach_client, practice):
    url = reverse("dialogues:practice_hint", args=[practice.pk])
    send(coach_client, practice, ADVICE)
    hint = coach_client.post(url, headers={"HX-Request": "true"}).content.decode()
    assert "Cliënt A klapt dicht na je advies" in hint
    send(coach_client, practice, "Wat voelde je toen?")
    hint = coach_client.post(url, headers={"HX-Request": "true"}).content.decode()
    assert "wantrouwig na je eerdere advies" in hint
    send(coach_client, practice, "Wat ging er toen door je heen?")
    send(coach_client, practice, "Wat dacht je toen?")  # wary for three turns
    hint = coach_client.post(url, headers={"HX-Request": "true"}).content.decode()
    assert "Cliënt A vertelde net over gedachten. Een volgende stap die hij nu aankan" in hint


def test_the_debrief_chart_has_axes_and_turn_numbers(coach_client, practice):
    send(coach_client, practice, NOT_KNOWING)
    send(coach_client, practice, ADVICE)
    coach_client.post(reverse("dialogues:practice_finish", args=[practice.pk]))
    html = coach_client.get(reverse("dialogues:practice_debrief", args=[practice.pk])).content
    svg = html.decode().split('<svg class="chart"')[1].split("</svg>")[0]
    assert svg.count('class="tick tick-y"') == 3 and ">10</text>" in svg
    assert 'y="65.0"' in svg and ",0" not in svg  # coordinates never written the Dutch way
    client_positions = [1, 3, 5, 6]
    for position in client_positions:
        assert f'text-anchor="middle">{position}</text>' in svg
    assert ">beurt</text>" in svg


def test_the_text_export_includes_the_feedback(coach_client, practice):
    send(coach_client, practice, ADVICE)
    send(coach_client, practice, NOT_KNOWING)
    text = coach_client.get(reverse("dialogues:practice_export", args=[practice.pk, "txt"]))
    body = text.content.decode()
    assert f"Coach: {ADVICE}\n  [Feedback: niet-mentaliserende zet] Dit is advies" in body
    assert "  [openheid 0/10, emotie 7/10] Zet: advies" in body
    assert "Nabespreking\n50% mentaliserend, 50% niet-mentaliserend (2 beurten)" in body
    assert "Gemiste kans bij beurt 2:" in body


def test_the_practice_page_shows_no_template_comment(coach_client, practice):
    page = coach_client.get(practice.get_absolute_url()).content.decode()
    assert "{#" not in page and "#}" not in page
