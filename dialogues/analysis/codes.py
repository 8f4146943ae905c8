"""The marker vocabulary of MARKERS.md: codes, their role, kind and Dutch label."""

CLIENT_PROBLEMS = (
    "external_blame",
    "certainty",
    "black_and_white",
    "easy_label",
    "assumed_intent",
    "rigid_rule",
    "no_mental_states",
    "affect_flooding",
)
CLIENT_STRENGTHS = ("mental_state", "tentative", "perspective_taking", "self_reflection")
COACH_GOOD = (
    "not_knowing_question",
    "empathic_validation",
    "clarification",
    "stop_and_rewind",
    "alternative_perspective",
    "relationship_focus",
    "coach_self_disclosure",
)
COACH_BAD = ("advice", "telling_feelings", "interpretation", "dismissing", "amplifying")
COACH_NEUTRAL = ("closed_question",)

CLIENT_CODES = CLIENT_PROBLEMS + CLIENT_STRENGTHS
COACH_CODES = COACH_GOOD + COACH_BAD + COACH_NEUTRAL
ALL_CODES = CLIENT_CODES + COACH_CODES
ROLES = ("client", "coach")

KIND = {
    **dict.fromkeys(CLIENT_PROBLEMS, "problem"),
    **dict.fromkeys(CLIENT_STRENGTHS, "strength"),
    **dict.fromkeys(COACH_GOOD, "coach-good"),
    **dict.fromkeys(COACH_BAD, "coach-bad"),
    **dict.fromkeys(COACH_NEUTRAL, "neutral"),
}

LABEL_NL = {
    "external_blame": "externe schuld",
    "certainty": "zekerheid",
    "black_and_white": "zwart-wit",
    "easy_label": "makkelijk etiket",
    "assumed_intent": "veronderstelde bedoeling",
    "rigid_rule": "rigide regel",
    "no_mental_states": "geen mentale toestanden",
    "affect_flooding": "overspoeld door emotie",
    "mental_state": "mentale toestand",
    "tentative": "voorzichtig",
    "perspective_taking": "perspectief van de ander",
    "self_reflection": "zelfreflectie",
    "not_knowing_question": "niet-wetende vraag",
    "empathic_validation": "empathische erkenning",
    "clarification": "verheldering",
    "stop_and_rewind": "stop en terugspoelen",
    "alternative_perspective": "ander perspectief",
    "relationship_focus": "relatie hier en nu",
    "coach_self_disclosure": "eigen gedachten van de coach",
    "advice": "advies",
    "telling_feelings": "gevoel invullen",
    "interpretation": "interpretatie",
    "dismissing": "bagatelliseren",
    "amplifying": "aandikken",
    "closed_question": "gesloten vraag",
}


def codes_for_role(role):
    if role == "client":
        return CLIENT_CODES
    if role == "coach":
        return COACH_CODES
    raise ValueError(f"unknown role {role!r}: expected 'client' or 'coach'")
