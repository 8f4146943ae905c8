"""Positives and look-alike negatives per code, as users would notice them."""

import pytest

from dialogues.analysis import analyse

POSITIVES = [
    ("client", "Het ligt aan mijn baas, die plant alles op het laatste moment.", "external_blame"),
    ("client", "Door die idioten van inkoop ligt alles stil.", "external_blame"),
    ("client", "Da’s toch duidelijk.", "certainty"),
    ("client", "Zo ben ik nu eenmaal.", "certainty"),
    ("client", "Hij komt nooit op tijd.", "black_and_white"),
    ("client", "Het is een stel minkukels en bureaucraten.", "easy_label"),
    ("client", "Mijn collega is gewoon lui.", "easy_label"),
    ("client", "Hij doet het expres.", "assumed_intent"),
    ("client", "Ze zullen mij wel even laten zien wie de baas is.", "assumed_intent"),
    ("client", "Als manager mag je niet twijfelen.", "rigid_rule"),
    ("client", "Dat kan ik niet maken tegenover mijn collega's.", "rigid_rule"),
    ("client", "Terugpakken. Ik zal het ze betaald zetten.", "affect_flooding"),
    ("client", "Ik word er GEK van!!!", "affect_flooding"),
    ("client", "Ik voel me gekleineerd.", "mental_state"),
    ("client", "Misschien heb ik het verkeerd begrepen.", "tentative"),
    ("client", "Misschien was hij vooral moe.", "perspective_taking"),
    ("client", "Ik merk dat ik onrustig word als er emoties zijn.", "self_reflection"),
    (
        "client",
        "Maandag kwam hij binnen, gooide de map op tafel, liep naar het raam en belde daarna "
        "de leverancier over de levering van vrijdag.",
        "no_mental_states",
    ),
    ("coach", "Waar merk je aan dat ze er op uit zijn?", "not_knowing_question"),
    ("coach", "Oké, dat lijkt me niet fijn.", "empathic_validation"),
    (
        "coach",
        "Je hebt het gevoel dat ze je op je plaats willen zetten, klopt dat?",
        "clarification",
    ),
    ("coach", "Wacht even, je gaat me iets te snel.", "stop_and_rewind"),
    ("coach", "Je zou er ook anders tegen aan kunnen kijken.", "alternative_perspective"),
    ("coach", "Heb je dat gevoel nu ook, hier bij mij?", "relationship_focus"),
    ("coach", "Ik zou mij in zo'n geval gefrustreerd voelen.", "coach_self_disclosure"),
    ("coach", "Je moet gewoon met haar gaan praten.", "advice"),
    ("coach", "Probeer eens rustig te blijven.", "advice"),
    ("coach", "Jij bent gewoon bang.", "telling_feelings"),
    ("coach", "Dat komt doordat je vader vroeger ook nooit naar je luisterde.", "interpretation"),
    ("coach", "Jongen, da's flauwe kul, er zijn hier geen leeuwen.", "dismissing"),
    ("coach", "WAT? Zit er een leeuw onder je bed? Wat een enge toestand!!", "amplifying"),
    ("coach", "Heb je dat ook tegen haar gezegd?", "closed_question"),
]

NEGATIVES = [
    ("client", "We gebruiken alleen natuurlijke materialen.", "certainty"),
    ("client", "Die lui van inkoop bellen morgen terug.", "easy_label"),
    ("client", "Misschien was hij gewoon moe, dat kan ik me goed voorstellen.", "easy_label"),
    ("client", "Het overleg is altijd op maandag om negen uur.", "black_and_white"),
    ("client", "Misschien was ik gewoon te snel.", "rigid_rule"),
    ("client", "Ik moet om vijf uur de kinderen halen.", "rigid_rule"),
    ("client", "Het ligt niet alleen aan hem, ik heb er ook een rol in.", "external_blame"),
    ("client", "Het was me niet duidelijk wat ze bedoelde.", "certainty"),
    ("client", "Ik weet het niet zeker.", "certainty"),
    ("client", "Hij deed het niet expres, denk ik.", "assumed_intent"),
    ("client", "Ik probeer het echt.", "advice"),
    ("coach", "Hoe laat is het?", "not_knowing_question"),
    ("coach", "Hoe heet je leidinggevende?", "not_knowing_question"),
    ("coach", "Je voelt je gepasseerd, klopt dat?", "closed_question"),
    ("coach", "Wat moet er volgens jou gebeuren?", "advice"),
    ("coach", "Ik vraag me af of je je misschien afgewezen voelde?", "telling_feelings"),
    ("coach", "Ach, wat vervelend voor je.", "dismissing"),
    ("coach", "Ga je daarna nog naar je werk?", "advice"),
]


@pytest.mark.parametrize("role,text,code", POSITIVES)
def test_positive(role, text, code):
    analysis = analyse(text, role)
    assert code in analysis.codes, [(m.code, m.rule, m.text) for m in analysis.markers]


@pytest.mark.parametrize("role,text,code", NEGATIVES)
def test_look_alike_is_not_flagged(role, text, code):
    analysis = analyse(text, role)
    assert code not in analysis.codes, [(m.code, m.rule, m.text) for m in analysis.markers]


def test_each_marker_explains_itself_with_offsets_into_the_text():
    text = "Da’s toch duidelijk, de directie is erop uit om mij onderuit te halen."
    analysis = analyse(text, "client")
    assert analysis.markers
    for marker in analysis.markers:
        assert text[marker.start : marker.end] == marker.text
        assert marker.rule and marker.explanation


def test_client_codes_only_on_client_turns_and_coach_codes_on_coach_turns():
    from dialogues.analysis import CLIENT_CODES, COACH_CODES

    text = "Je moet gewoon altijd eerlijk zijn, da's toch logisch?"
    assert set(analyse(text, "client").codes) <= set(CLIENT_CODES)
    assert set(analyse(text, "coach").codes) <= set(COACH_CODES)


def test_unknown_role_is_refused():
    with pytest.raises(ValueError):
        analyse("Hallo", "observer")


def test_result_is_frozen_and_serialisable():
    analysis = analyse("Hij is gewoon lui.", "client")
    with pytest.raises(AttributeError):
        analysis.role = "coach"
    data = analysis.to_dict()
    assert data["codes"] == analysis.codes and data["depth"]["level"] in range(1, 6)


def test_depth_advice_stays_at_the_surface_for_strong_emotion():
    calm = analyse("Misschien voelde hij zich gepasseerd, dat kan ik me voorstellen.", "client")
    flooded = analyse("Ik word er GEK van!!! Ik zal het ze betaald zetten!", "client")
    assert flooded.depth.level == 1 and flooded.depth.reason
    assert calm.depth.level > flooded.depth.level


def test_polarity_hint_for_talking_only_about_others():
    analysis = analyse("Hij zegt nooit wat. Zij doet alles. Ze laten hem gewoon zitten.", "client")
    assert analysis.polarity.other_focus > analysis.polarity.self_focus
    assert "zelf" in analysis.polarity.hint
