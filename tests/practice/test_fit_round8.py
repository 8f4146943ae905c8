"""Misfit kinds of the seventh and eighth blind ratings, one group of tests a kind, with
positives in several phrasings (tidy, chat, Flemish) and look-alike negatives. The coach turns
are written for these tests (through the real analyser), not taken from the rated sessions."""

import pytest

from dialogues import coach_turn
from dialogues import scripted_client as sc

from .scripts import last, shipped

SCRIPTS = shipped()
ALL = sorted(SCRIPTS)
OPENING = {
    "client-a": "Wat is er gebeurd met de directie?",
    "client-b": "Wat is er gebeurd met die medewerker?",
    "client-c": "Wat is er gebeurd met die manager?",
    "patient-a": "Wat is er gebeurd met je baas?",
}


def sided(text):
    from dialogues.analysis import analyse

    return sc.classify(analyse(text, "coach")).code == "amplifying"


# -- siding in a statement: a verdict on what was done to him, or a generalisation on his side --

SIDING = [
    "amai, da's straf zeg. nooit komen kijken en dan wel commentaar geven, schandalig",
    "Dat is ook gewoon onterecht, hoor.",
    "pfff die verdient echt een lesje",
    "Vreselijk, zo behandeld worden.",
    "Tja, zulke types zijn nu eenmaal zo, die zitten in hun ivoren toren.",
    "ja zo gaat dat bij die lui, die weten niks van de werkvloer",
    "Sommige mensen zijn gewoon traag, niet iedereen is zo snel als jij.",
    "die moet ook nie zo zeuren natuurlijk haha",
    "emoties horen daar eigenlijk ook niet thuis he",
    "Wat een toestand zeg, zo iemand moet je toch niet hebben!!",
]


@pytest.mark.parametrize("text", SIDING)
def test_siding_in_a_statement_is_amplifying(text):
    assert sided(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Je vindt het onterecht, hoor ik.",
        "Vind je het schandalig?",
        "Wat vreselijk voor je.",
        "Je zegt dat het belachelijk is. Wat maakt het zo erg voor je?",
        "Hoe kijk je daar nu naar, is het onterecht?",
    ],
)
def test_his_view_given_back_or_asked_is_no_siding(text):
    assert not sided(text), text


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("text", SIDING[:6])
def test_siding_gets_agreement_not_a_feeling_answer(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert reply.move.code == "amplifying", reply.reason
    assert reply.kind in ("react", "short"), (reply.text, reply.reason)
    assert reply.line.kind != "deflect", reply.text


@pytest.mark.parametrize("slug", ALL)
def test_siding_again_and_again_ends_in_agreement_not_a_stock_deflection(slug):
    replies = [last(slug, [OPENING[slug]] + SIDING[:n]) for n in range(1, 6)]
    for reply in replies:
        assert reply.line.kind in ("react", "short"), (reply.text, reply.reason)
    assert "acknowledge" in replies[-1].line.moves or replies[-1].line.kind == "react"


# -- a validation that names no feeling: he takes it in, he answers no feeling question ---------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Dat kan ik me voorstellen.",
        "dat kan ik me voorstellen, het is nie niks om daar zo naar te kijken",
        "da kan ik me goed voorstellen, da het je dan te langzaam gaat",
        "Wat een rotsituatie.",
        "Wat vreselijk voor je.",
        "Dat snap ik wel, als je het zo vertelt.",
    ],
)
def test_a_validation_without_a_feeling_is_taken_in(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert "acknowledge" in reply.line.moves, (reply.text, reply.reason)
    assert reply.kind == "short"


@pytest.mark.parametrize("slug", ALL)
def test_a_validation_naming_a_feeling_is_still_taken_up_or_corrected(slug):
    reply = last(slug, [OPENING[slug], "Je klinkt behoorlijk boos, als je dat zo vertelt."])
    assert "acknowledge" not in reply.line.moves, reply.text


@pytest.mark.parametrize("slug", ALL)
def test_acknowledgements_follow_his_openness(slug):
    low = last(slug, ["Dat kan ik me voorstellen."], openness=1)
    high = last(slug, ["Dat kan ik me voorstellen."], openness=9)
    assert low.line.max_openness <= 3 < high.line.min_openness, (low.text, high.text)


@pytest.mark.parametrize("slug", ALL)
def test_an_acknowledgement_never_answers_a_closed_question(slug):
    reply = last(slug, [OPENING[slug], "Ben je boos?"])
    assert "acknowledge" not in reply.line.moves, reply.text


def test_coach_turn_module_reads_the_verdicts_from_its_lexicon():
    lex = coach_turn.lexicon()["siding"]
    assert "schandalig" in lex["verdicts"] and "je vindt" in lex["not_verdicts"]
