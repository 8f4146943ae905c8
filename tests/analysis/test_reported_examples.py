"""What a new user saw go wrong on 'Analyse een uitspraak' (issue 12): each a kind of case."""

import pytest

from dialogues.analysis import analyse
from dialogues.analysis.components.turn_rules import verb_stems


@pytest.mark.parametrize(
    ("text", "role", "present", "absent"),
    [
        ("wat maakte dat je zo reageerde denk je", "coach", "not_knowing_question", None),
        ("gwoon egoistisch", "client", "easy_label", None),
        ("da's typisch voor hem", "client", "easy_label", None),
        ("toen dacht ik ja hoor", "client", None, "tentative"),
        ("die snappen er niks van", "client", None, "mental_state"),
        ("ze hebben het echt op je gemunt, die baas van je", "coach", None, "relationship_focus"),
        ("ik zou ook woedend zijn", "coach", None, "alternative_perspective"),
        ("ik zou ook woedend zijn", "coach", "amplifying", "coach_self_disclosure"),
        ("ik schrik daar eerlijk gezegd een beetje van", "coach", "coach_self_disclosure", None),
        ("top, dankjewel!!", "client", None, "affect_flooding"),
    ],
)
def test_the_reported_cases(text, role, present, absent):
    codes = analyse(text, role).codes
    if present:
        assert present in codes, codes
    if absent:
        assert absent not in codes, codes


def test_happy_exclamations_get_no_flooding_suggestions():
    analysis = analyse("top, dankjewel!!", "client")
    assert not any("affect_flooding" in s.for_codes for s in analysis.suggestions)
    assert analysis.depth.affect_score < 3


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ons huis ligt aan de vaart", "external_blame"),  # a place
        ("de schuld van ons huis is nog groot", "external_blame"),  # a debt
        ("ik denk mee met mijn vriendin over een schema", "mental_state"),  # a separable verb
        ("die deken voelt zacht aan", "mental_state"),  # touch
        ("dat vuurwerk had een kort lontje", "easy_label"),  # a fuse
        ("de koeling moest leeg voor de levering", "mental_state"),  # a thing's state
        ("het deeg voelt om 4 uur nog koud", "mental_state"),  # touch
        ("achteraf was dat best bot van mij", "easy_label"),  # an act, not a person
        ("JALOERS?? ben je gek. ik wil mn kinderen zien", "easy_label"),  # an exclamation
        ("da's toch om zot van te worden", "easy_label"),
        ("'s avonds zit ik in mn luie stoel", "easy_label"),  # a thing
        ("mn moeder zegt dat ik lui ben", "easy_label"),  # reported: the mother's label
        ("mijn oudste zegt dat ik nooit luister", "black_and_white"),  # reported
        ("ik merk dat ik dan altijd grapjes ga maken", "black_and_white"),  # looks at itself
    ],
)
def test_the_polysemous_words_the_issue_names(text, code):
    assert code not in analyse(text, "client").codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("het ligt aan mijn baas", "external_blame"),
        ("het is de schuld van de bank dat ik failliet ben", "external_blame"),
        ("ik denk dat hij boos is", "mental_state"),
        ("ik voel me zo rot", "mental_state"),
        ("mijn baas heeft een kort lontje", "easy_label"),
        ("die arts is gewoon een arrogante kwast", "easy_label"),
        ("hij is gewoon gek", "easy_label"),
        ("hij komt altijd te laat en niemand zegt er iets van", "black_and_white"),
        ("ik voel me zo leeg sinds ze weg is", "mental_state"),
        ("leeg.", "mental_state"),  # a one-word answer names the feeling asked about
    ],
)
def test_and_their_ordinary_sense_still_counts(text, code):
    assert code in analyse(text, "client").codes


@pytest.mark.parametrize(
    ("lemma", "stem"),
    [("zetten", "zet"), ("maken", "maak"), ("geven", "geef"), ("lezen", "lees"), ("gaan", "ga")]
    + [("doen", "doe"), ("vragen", "vraag"), ("vertellen", "vertel"), ("kijken", "kijk")],
)
def test_a_verbs_bare_stem(lemma, stem):
    assert stem in verb_stems(lemma)


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("stuur haar gewoon een berichtje", True),
        ("laat haar eerst zelf poetsen", True),
        ("laat ons efkes samen vertragen", False),  # a proposal about the talk
    ],
)
def test_an_imperative_is_advice_not_a_question(text, advice):
    codes = analyse(text, "coach").codes
    assert ("advice" in codes) == advice, codes
    assert "closed_question" not in codes, codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("je zegt: 'ik schrok me rot'. wat gebeurde er toen?", "amplifying"),
        ("Je zegt ‘je moet gewoon doorgaan’. Van wie heb je dat geleerd?", "advice"),
    ],
)
def test_the_clients_words_quoted_back_are_no_coach_move(text, code):
    codes = analyse(text, "coach").codes
    assert code not in codes and "not_knowing_question" in codes, codes


def test_a_mind_word_inside_anothers_stated_intent_is_that_intent():
    codes = analyse("die vrouw wil gewoon dat ik opstap", "client").codes
    assert "assumed_intent" in codes and "mental_state" not in codes, codes
    codes = analyse("ik ben zo boos. die vrouw wil gewoon dat ik opstap", "client").codes
    assert {"assumed_intent", "mental_state"} <= set(codes), codes


@pytest.mark.parametrize(
    ("text", "code", "present"),
    [
        # 'geen idee' waves the question off: the absolute after it still counts
        ("geen idee, die is altijd zo relaxed. die kan het nie schelen", "black_and_white", True),
        ("Dat weet ik niet zo zeker, hij is er altijd wel.", "black_and_white", False),
        ("weet ik veel. ze wil me pijn doen", "tentative", False),
        ("weet ik veel. misschien was hij gewoon moe", "tentative", True),
        # a strong feeling floods when exclaimed or shouted, not when said calmly
        ("ik ben woedend!", "affect_flooding", True),
        ("kwaad?? ik ben RAZEND.", "affect_flooding", True),
        ("Kwaad? Ik ben razend. Hij heeft ons de match gekost.", "affect_flooding", False),
        # a negation ends at the comma
        ("nee. maar da hoeft ook nie, da's toch duidelijk", "certainty", True),
        ("Het is niet duidelijk wat hij bedoelt.", "certainty", False),
    ],
)
def test_scope_of_a_deflection_and_a_negation(text, code, present):
    assert (code in analyse(text, "client").codes) is present


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Ga zitten, Femke. Vertel maar.", []),
        ("geen probleem, we hebben tijd zat. vertel", []),
        ("Vertel eens wat er gebeurde.", ["not_knowing_question"]),
        # a permission to share his own view is no question; asking the client to ask is closed
        ("Mag ik zeggen wat ik denk?", []),
        ("zou je sandra ooit vragen hoe zij de ritten verdeelt?", ["closed_question"]),
        ("mag ik vragen wat er in je omging op dat moment?", ["not_knowing_question"]),
        # a request to hear back, an invitation to go back, a guess asked for: no yes/no question
        ("veel succes morgen. laat je weten hoe het ging?", []),
        ("kunt ge mij terugnemen naar die dag?", []),
        ("zou hij daar tussen zitten, denk je?", ["alternative_perspective"]),
        # the story asked for, no mind explored
        ("wat is er dan precies gebeurd?", []),
        ("wat is er gebeurd in jou, toen?", ["not_knowing_question"]),
        # a check of the coach's understanding hands the sentence back: no relationship question
        ("klinkt alsof daar nog iets ouds zit. zit ik daar goed?", ["clarification"]),
    ],
)
def test_a_bare_invitation_to_start_is_no_question_and_no_advice(text, codes):
    assert analyse(text, "coach").codes == codes


@pytest.mark.parametrize(
    ("text", "mental_state"),
    [
        # another's mind inside a sweeping stance, or inside a norm, is part of it
        ("mn manager zet overal rode strepen. hij vindt nooit iets goed", False),
        (
            "ze wil 40 mensen uitnodigen die ik nooit zag. ze wil gewoon de show stelen, zo is ze",
            False,
        ),
        ("Dat zegt iedereen. Jullie snappen het gewoon niet.", False),
        ("een leidinggevende hoort nie bang te zijn, punt", False),
        ("Als verpleegkundige laat je nooit merken dat je ergens mee zit.", False),
        # look-alikes: the speaker's own feeling, a guess, or a feeling beside the stance
        ("ik was egt woest. die vrouw wil gwn gratis haar haar laten doen", True),
        ("misschien was hij gewoon bang", True),
        ("ik was razend. en verdrietig, maar dat laat je op je werk niet zien", True),
        ("hij vindt het prima zo", True),
        ("die wil dat zijn zoon prof wordt. die gast is gwn nen hooligan", False),
        ("ze zal wel gedacht hebben dat ik slordig ben, die is gwn een zeur", True),
    ],
)
def test_a_mind_word_inside_a_stance_or_a_norm_names_no_mental_state(text, mental_state):
    assert ("mental_state" in analyse(text, "client").codes) == mental_state


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Ja, natuurlijk.", False),
        ("tuurlijk, vraag maar", False),
        ("ja natuurlijk, graag 😄", False),
        ("Natuurlijk, ga je gang.", False),
        ("ja natuurlijk, gisteren al gedaan", False),  # a reply that opens the turn
        ("Hm. Dat kan natuurlijk. Hij vindt dit lastig, denk ik.", False),  # a concession
        # look-alikes: 'natuurlijk' that holds a view as self-evident
        ("ja natuurlijk ben ik boos", True),
        ("ja natuurlijk. da's toch duidelijk. iedereen ziet da", True),
        ("Natuurlijk klopt dat, ik heb het zelf gezien.", True),
        ("Natuurlijk. Als trainer moet ge opkomen voor uw spelers, dat doet ge gewoon.", True),
    ],
)
def test_of_course_that_agrees_to_a_request_is_no_certainty(text, certainty):
    assert ("certainty" in analyse(text, "client").codes) == certainty


@pytest.mark.parametrize(
    ("text", "blame"),
    [
        # the speaker's own harmful act blames no one else
        ("geraakt?? ik ga die vrouw kapotmaken", False),
        ("oei. kheb haar eigenlijk beschuldigd. ik moet da goedmaken", False),
        # look-alike: another's harmful act against him
        ("mijn ex heeft de kinderen tegen mij opgezet. door haar willen ze nie meer komen", True),
    ],
)
def test_an_own_harmful_act_is_no_external_blame(text, blame):
    assert ("external_blame" in analyse(text, "client").codes) == blame
