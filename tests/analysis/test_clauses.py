"""The clause layer: who feels, thinks or does what, hedged, negated, asked, past, reported."""

import pytest

from dialogues.analysis import analyse


def clauses(text, role="client"):
    analysis = analyse(text, role)
    return [(text[c.start : c.end], c) for c in analysis.clauses]


def test_a_turn_is_split_into_clauses_at_commas_and_conjunctions():
    parts = [words for words, _c in clauses("Ik was boos, maar hij bedoelde het goed.")]
    assert parts == ["Ik was boos", ", maar hij bedoelde het goed."] or len(parts) == 3


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("ik voel me rot", "self"),
        ("ge moet da nie doen", "you"),
        ("mijn schoonmoeder bemoeit zich overal mee", "other"),
        ("het regent", ""),
    ],
)
def test_whose_mind_or_act(text, subject):
    assert clauses(text)[0][1].subject == subject


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ik ben bang", "emotion"),
        ("hij denkt dat ik lui ben", "cognition"),
        ("ik merk het", "perception"),
        ("ze doet het expres", "intention"),
        ("hij is een sukkel", "evaluation"),
        ("het is zijn schuld", "causing"),
        ("je moet altijd klaarstaan", "norm"),
    ],
)
def test_predicate_classes(text, kind):
    assert kind in clauses(text)[0][1].classes


def test_hedge_negation_question_time_quote_and_report():
    (_, hedged), *_ = clauses("misschien was hij moe")
    assert hedged.hedged and hedged.past
    (_, negated), *_ = clauses("hij doet het niet expres")
    assert negated.negated and not negated.past
    assert clauses("Wat voelde je toen?", "coach")[0][1].question
    said = clauses("mama zegt dat jij nooit luistert")
    assert said[-1][1].reported
    assert any(c.quoted for _w, c in clauses("hij zei 'da's toch logisch'"))


def test_a_negation_reaches_into_the_clause_it_governs():
    *_, (_, governed) = clauses("ik denk niet dat hij het expres deed")
    assert governed.negated and governed.hedged
    assert "assumed_intent" not in analyse("ik denk niet dat hij het expres deed", "client").codes


def test_clauses_travel_with_the_stored_result():
    from dialogues.analysis import Analysis

    analysis = analyse("misschien was hij gewoon moe", "client")
    again = Analysis.from_dict(analysis.to_dict(), analysis.text)
    assert again.clauses == analysis.clauses


def test_a_stance_in_quotes_is_the_quoted_persons_unless_the_speaker_quotes_himself():
    quoted = "Een gemeentelid zei na de dienst: 'Dominee, u moet altijd klaarstaan.'"
    assert not {"rigid_rule", "black_and_white"} & set(analyse(quoted, "client").codes)
    assert "easy_label" in analyse("ik zei: 'jullie zijn een stel minkukels'", "client").codes


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("ik reageerde te snel", True),  # the doubled vowel of 'reageer'
        ("hij vulde het formulier in", True),  # the single consonant of 'vul'
        ("ik leefde voor mijn werk", True),  # f for v
        ("ik reageer te snel", False),
        ("Een goede vader is er altijd voor zijn kinderen.", False),  # an adjective
        ("Ze sturen de vrachtwagens naar het verkeerde dok.", False),
    ],
)
def test_the_past_tense_of_a_verb_whose_stem_changes(text, past):
    assert any(c.past for _, c in clauses(text)) == past


@pytest.mark.parametrize(
    ("text", "flood"),
    [
        ("ik word gek van die scheids!", True),
        ("Ik ben zo kwaad, ik zie rood, ik kan niet meer nadenken!", True),
        ("lotte was er kapot van, ze heeft heel de weg gehuild", False),  # someone else's
        ("hij riep 'ik word gek van jullie' en sloeg op het glas", False),  # quoted
        ("zaterdag was ik er kapot van, maar nu zie ik het anders", False),  # over
        ("ik weet van mezelf dat ik snel in paniek schiet", False),  # looked at
    ],
)
def test_a_flood_is_the_speakers_own_now(text, flood):
    codes = analyse(text, "client").codes
    assert ("affect_flooding" in codes) == flood
    if flood:
        assert "self_reflection" not in codes  # 'ik zie rood' observes nothing


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Mijn schoondochter wil mij bij de kleinkinderen weghouden.", "other"),
        ("de baas belt me elke avond", "other"),
        ("het raakte me meer dan ik dacht", "self"),  # 'het' stands alone: no noun phrase
        ("dat maakt me zo fel", "self"),
        ("mevrouw de smet heeft mij altijd al gehaat", "other"),
    ],
)
def test_a_noun_phrase_before_me_is_the_subject(text, subject):
    assert clauses(text)[0][1].subject == subject
