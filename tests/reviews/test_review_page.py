"""The review page: judgements, added markers, comments, filters, escaping, deleting."""

import pytest
from django.urls import reverse

from dialogues.models import Dialogue, Turn
from reviews.models import Comment, Judgement, Share

from .conftest import add_turn

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def turn_at(dialogue, position):
    return dialogue.turns.get(position=position)


def test_review_page_shows_markers_intervention_and_depth(trainer_client, transcript):
    content = trainer_client.get(reverse("reviews:detail", args=[transcript.pk])).content.decode()
    assert '<mark class="marker external_blame' in content
    assert "externe schuld" in content and "veronderstelde bedoeling" in content
    assert "interventie: advies" in content  # the coach turn's intervention type
    assert "Secretaresse" in content and "(er wordt op de deur geklopt)" in content


def test_confirm_reject_and_take_back(trainer_client, transcript, trainer):
    turn = turn_at(transcript, 1)
    url = reverse("reviews:judge", args=[turn.pk])
    response = trainer_client.post(url, {"code": "external_blame", "verdict": "confirm"}, **HTMX)
    assert response.status_code == 200
    content = response.content.decode()
    assert "bevestigd door jou" in content
    assert 'aria-pressed="true"' in content
    trainer_client.post(url, {"code": "assumed_intent", "verdict": "reject"}, **HTMX)
    assert dict(Judgement.objects.values_list("code", "verdict")) == {
        "external_blame": "confirm",
        "assumed_intent": "reject",
    }
    # changing one's mind replaces the verdict; the same button again takes it back
    trainer_client.post(url, {"code": "external_blame", "verdict": "reject"}, **HTMX)
    assert Judgement.objects.get(code="external_blame").verdict == "reject"
    trainer_client.post(url, {"code": "external_blame", "verdict": "reject"}, **HTMX)
    assert not Judgement.objects.filter(code="external_blame").exists()


def test_only_flags_the_analyser_found_can_be_judged(trainer_client, transcript):
    turn = turn_at(transcript, 1)
    response = trainer_client.post(
        reverse("reviews:judge", args=[turn.pk]), {"code": "certainty", "verdict": "confirm"}
    )
    assert response.status_code == 400
    assert not Judgement.objects.exists()


def test_add_a_missed_marker_by_offsets(trainer_client, transcript, trainer):
    turn = turn_at(transcript, 3)  # "Da’s toch duidelijk, iedereen ziet dat."
    start = turn.text.index("iedereen")
    response = trainer_client.post(
        reverse("reviews:add_marker", args=[turn.pk]),
        {"code": "black_and_white", "start": start, "end": start + 8, "words": "iedereen"},
        **HTMX,
    )
    judgement = Judgement.objects.get()
    assert (judgement.verdict, judgement.start, judgement.end) == ("add", start, start + 8)
    assert judgement.words == "iedereen"
    content = response.content.decode()
    assert "toegevoegd door jou" in content
    assert 'data-rules="trainer:trainer"' in content  # highlighted in the text as well


def test_add_a_missed_marker_by_typing_the_words_without_javascript(trainer_client, transcript):
    turn = turn_at(transcript, 3)
    response = trainer_client.post(
        reverse("reviews:add_marker", args=[turn.pk]),
        {"code": "black_and_white", "words": "IEDEREEN ziet", "start": "", "end": ""},
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"#turn-{turn.pk}")
    judgement = Judgement.objects.get()
    assert judgement.words == "iedereen ziet"


def test_adding_words_that_are_not_in_the_turn_is_an_error(trainer_client, transcript):
    turn = turn_at(transcript, 3)
    response = trainer_client.post(
        reverse("reviews:add_marker", args=[turn.pk]),
        {"code": "black_and_white", "words": "nooit"},
    )
    assert response.status_code == 422
    assert "De woorden ‘nooit’ staan niet in deze beurt." in response.content.decode()
    assert not Judgement.objects.exists()


def test_adding_a_code_the_analyser_already_found_asks_to_confirm_instead(
    trainer_client, transcript
):
    turn = turn_at(transcript, 3)
    response = trainer_client.post(
        reverse("reviews:add_marker", args=[turn.pk]), {"code": "certainty"}, **HTMX
    )
    assert response.status_code == 422  # the form again, with its error (htmx swaps 422)
    assert "bevestig het signaal daar" in response.content.decode()


def test_adding_a_coach_code_to_a_client_turn_is_refused(trainer_client, transcript):
    turn = turn_at(transcript, 3)
    trainer_client.post(reverse("reviews:add_marker", args=[turn.pk]), {"code": "advice"})
    assert not Judgement.objects.exists()


def test_comment_is_saved_with_who_and_when(trainer_client, transcript, trainer):
    turn = turn_at(transcript, 2)
    response = trainer_client.post(
        reverse("reviews:comment", args=[turn.pk]), {"text": "Hier geeft de coach advies."}, **HTMX
    )
    comment = Comment.objects.get()
    assert (comment.author, comment.turn) == (trainer, turn)
    content = response.content.decode()
    assert "Hier geeft de coach advies." in content and "trainer," in content


def test_empty_comment_gets_a_dutch_error(trainer_client, transcript):
    turn = turn_at(transcript, 2)
    response = trainer_client.post(reverse("reviews:comment", args=[turn.pk]), {"text": " "})
    assert response.status_code == 422
    assert "Schrijf eerst een opmerking." in response.content.decode()
    assert not Comment.objects.exists()


def test_comments_of_a_shared_trainer_are_shown_to_the_owner(
    client, transcript, trainer, other_trainer
):
    Share.objects.create(dialogue=transcript, trainer=other_trainer, shared_by=trainer)
    client.force_login(other_trainer)
    turn = turn_at(transcript, 1)
    client.post(reverse("reviews:comment", args=[turn.pk]), {"text": "Let op de externe schuld"})
    client.post(
        reverse("reviews:judge", args=[turn.pk]), {"code": "external_blame", "verdict": "reject"}
    )
    client.force_login(trainer)
    content = client.get(reverse("reviews:detail", args=[transcript.pk])).content.decode()
    assert "Let op de externe schuld" in content and "trainer2" in content
    assert "afgewezen door trainer2" in content


def filtered(client, transcript, **params):
    response = client.get(reverse("reviews:detail", args=[transcript.pk]), params, **HTMX)
    content = response.content.decode()
    assert "<html" not in content  # the htmx request gets only the list
    return [t.text for t in transcript.turns.all() if f'id="turn-{t.pk}"' in content]


def test_filters(trainer_client, transcript, trainer):
    Comment.objects.create(turn=turn_at(transcript, 4), author=trainer, text="Mooie vraag")
    everything = filtered(trainer_client, transcript)
    assert len(everything) == 5
    assert filtered(trainer_client, transcript, toon="problems") == [
        "De directie is erop uit om mij onderuit te halen.",
        "Da’s toch duidelijk, iedereen ziet dat.",
    ]
    assert filtered(trainer_client, transcript, toon="coach", soort="advice") == [
        "Je moet gewoon met je baas gaan praten."
    ]
    assert len(filtered(trainer_client, transcript, toon="coach")) == 2
    assert filtered(trainer_client, transcript, toon="comments") == [
        "Waar merk je aan dat ze erop uit zijn?"
    ]


def test_filters_work_without_javascript(trainer_client, transcript):
    response = trainer_client.get(
        reverse("reviews:detail", args=[transcript.pk]), {"toon": "problems"}
    )
    content = response.content.decode()
    assert "<html" in content and "2 van 5 beurten" in content


HOSTILE = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "</mark><b>vet</b>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_escaped_in_highlights_comments_and_report(trainer_client, trainer, text):
    dialogue = Dialogue.objects.create(title=text, kind="imported", owner=trainer)
    turn_text = f"Iedereen {text} altijd"
    turn = add_turn(
        dialogue,
        "client",
        turn_text,
        [("black_and_white", 0, len(turn_text) - 1), ("external_blame", 9, 9 + len(text))],
        speaker=text,
    )
    Comment.objects.create(turn=turn, author=trainer, text=text)
    Judgement.objects.create(
        turn=turn, author=trainer, code="easy_label", verdict="add", start=9, end=9 + len(text)
    )
    for name in ["reviews:detail", "reviews:report", "reviews:summary", "reviews:list"]:
        args = [] if name == "reviews:list" else [dialogue.pk]
        content = trainer_client.get(reverse(name, args=args)).content.decode()
        assert text not in content, name
        assert "&lt;" in content, name
    fragment = trainer_client.get(reverse("reviews:turn", args=[turn.pk]), **HTMX)
    assert text not in fragment.content.decode()
    assert "&lt;" in fragment.content.decode()


def test_deleting_a_transcript_removes_turns_judgements_comments_and_shares(
    trainer_client, transcript, trainer, other_trainer
):
    turn = turn_at(transcript, 1)
    Judgement.objects.create(turn=turn, author=trainer, code="external_blame", verdict="confirm")
    Comment.objects.create(turn=turn, author=trainer, text="Weg ermee")
    Share.objects.create(dialogue=transcript, trainer=other_trainer, shared_by=trainer)
    url = reverse("reviews:delete", args=[transcript.pk])
    assert "Ja, verwijderen" in trainer_client.get(url).content.decode()
    response = trainer_client.post(url)
    assert response["Location"] == reverse("reviews:list")
    assert not Dialogue.objects.filter(pk=transcript.pk).exists()
    assert not Turn.objects.filter(dialogue_id=transcript.pk).exists()
    assert not Judgement.objects.exists() and not Comment.objects.exists()
    assert not Share.objects.exists()


def test_practice_dialogues_cannot_be_deleted_from_the_review_pages(client, participant):
    practice = Dialogue.objects.create(title="Oefening", kind="practice", owner=participant)
    client.force_login(participant)
    assert client.post(reverse("reviews:delete", args=[practice.pk])).status_code == 404
    assert Dialogue.objects.filter(pk=practice.pk).exists()


@pytest.mark.parametrize(
    "username,message",
    [
        # The same message for an unknown name and for someone who is no trainer.
        ("niemand", "Delen met ‘niemand’ lukt niet. Controleer de gebruikersnaam van de trainer."),
        ("coach", "Delen met ‘coach’ lukt niet. Controleer de gebruikersnaam van de trainer."),
        ("trainer", "Dit is al jouw eigen transcript."),
    ],
)
def test_sharing_only_with_an_existing_other_trainer(
    trainer_client, transcript, participant, username, message
):
    response = trainer_client.post(
        reverse("reviews:share", args=[transcript.pk]), {"username": username}, follow=True
    )
    assert message in response.content.decode()
    assert not Share.objects.exists()


def test_trying_many_usernames_is_slowed_down(trainer_client, transcript, other_trainer):
    from django.core.cache import cache

    cache.clear()
    url = reverse("reviews:share", args=[transcript.pk])
    for n in range(20):
        trainer_client.post(url, {"username": f"raden{n}"})
    response = trainer_client.post(url, {"username": "trainer2"}, follow=True)
    assert "Te veel gebruikersnamen geprobeerd" in response.content.decode()
    assert not Share.objects.exists()
    cache.clear()


def test_share_and_unshare(trainer_client, transcript, other_trainer):
    trainer_client.post(reverse("reviews:share", args=[transcript.pk]), {"username": "trainer2"})
    share = Share.objects.get()
    assert share.trainer == other_trainer
    response = trainer_client.post(
        reverse("reviews:share", args=[transcript.pk]), {"username": "trainer2"}, follow=True
    )
    assert "Je deelt dit transcript al met ‘trainer2’." in response.content.decode()
    trainer_client.post(reverse("reviews:unshare", args=[transcript.pk, share.pk]))
    assert not Share.objects.exists()


def test_a_newer_analyser_is_run_in_one_batch_and_old_verdicts_stay_visible(
    trainer_client, transcript, trainer
):
    turn = turn_at(transcript, 1)
    Judgement.objects.create(turn=turn, author=trainer, code="rigid_rule", verdict="confirm")
    Turn.objects.filter(dialogue=transcript, role__in=["client", "coach"]).update(
        analysis_version="an older version"
    )
    content = trainer_client.get(reverse("reviews:detail", args=[transcript.pk])).content.decode()
    assert not Turn.objects.filter(analysis_version="an older version").exists()
    # the analyser today does not call this a rigid rule: the verdict is shown, not lost
    assert "de analyser vindt dit niet meer" in content
    assert "bevestigd door jou" in content


def test_long_transcripts_are_paged_and_judging_returns_to_the_right_page(trainer_client, trainer):
    dialogue = Dialogue.objects.create(title="Lang", kind="imported", owner=trainer)
    for number in range(1, 231):
        add_turn(dialogue, "client", f"Beurt nummer {number}.", [("certainty", 0, 5)])
    url = reverse("reviews:detail", args=[dialogue.pk])
    first = trainer_client.get(url).content.decode()
    assert " nummer 100." in first and " nummer 101." not in first
    assert "pagina 1 van 3" in first
    third = trainer_client.get(url, {"pagina": 3, "toon": "problems"}).content.decode()
    assert " nummer 230." in third and " nummer 200." not in third
    assert "?toon=problems&amp;pagina=2" in third
    turn = dialogue.turns.get(position=150)
    response = trainer_client.post(
        reverse("reviews:judge", args=[turn.pk]), {"code": "certainty", "verdict": "confirm"}
    )
    assert response["Location"] == f"{url}?pagina=2#turn-{turn.pk}"


def test_a_rejected_marker_is_no_longer_highlighted_for_whoever_rejected_it(
    trainer_client, transcript, other_trainer, client
):
    turn = turn_at(transcript, 1)
    url = reverse("reviews:judge", args=[turn.pk])
    content = trainer_client.post(
        url, {"code": "external_blame", "verdict": "reject"}, **HTMX
    ).content.decode()
    assert '<mark class="marker external_blame' not in content  # the text is plain there
    assert '<mark class="marker assumed_intent' in content  # the other marker stays
    assert "afgewezen door jou" in content  # and the chip says who rejected it
    # Another reviewer, who did not reject it, still sees it highlighted.
    Share.objects.create(dialogue=transcript, trainer=other_trainer, shared_by=transcript.owner)
    client.force_login(other_trainer)
    page = client.get(reverse("reviews:detail", args=[transcript.pk])).content.decode()
    assert '<mark class="marker external_blame' in page


def test_an_added_marker_says_by_you_like_a_verdict_does(trainer_client, transcript):
    turn = turn_at(transcript, 3)
    content = trainer_client.post(
        reverse("reviews:add_marker", args=[turn.pk]),
        {"code": "black_and_white", "words": "iedereen"},
        **HTMX,
    ).content.decode()
    assert "toegevoegd door jou" in content
    assert "toegevoegd door trainer" not in content


def test_the_summary_shows_the_comments_the_report_shows(trainer_client, transcript, trainer):
    summary = reverse("reviews:summary", args=[transcript.pk])
    assert (
        "Nog geen opmerkingen bij dit transcript." in trainer_client.get(summary).content.decode()
    )
    turn = turn_at(transcript, 2)
    Comment.objects.create(turn=turn, author=trainer, text="Hier had je kunnen doorvragen.")
    page = trainer_client.get(summary).content.decode()
    assert "Hier had je kunnen doorvragen." in page
    assert f"#turn-{turn.pk}" in page and "Beurt 2" in page
