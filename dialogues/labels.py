"""The analyser's code labels in the UI's language.

The analyser (`dialogues.analysis`) is plain Python and Dutch: it knows each code's Dutch label
(`LABEL_NL`). The Django side shows labels through this mapping, so that the English UI says
"black and white" where the Dutch one says "zwart-wit". The msgids equal `LABEL_NL` (a test keeps
them in step); the context "marker code" keeps them apart from the same words elsewhere.
"""

from django.utils.translation import pgettext_lazy

from dialogues.analysis import LABEL_NL

CODE_LABELS = {
    "external_blame": pgettext_lazy("marker code", "externe schuld"),
    "certainty": pgettext_lazy("marker code", "zekerheid"),
    "black_and_white": pgettext_lazy("marker code", "zwart-wit"),
    "easy_label": pgettext_lazy("marker code", "makkelijk etiket"),
    "assumed_intent": pgettext_lazy("marker code", "veronderstelde bedoeling"),
    "rigid_rule": pgettext_lazy("marker code", "rigide regel"),
    "no_mental_states": pgettext_lazy("marker code", "geen mentale toestanden"),
    "affect_flooding": pgettext_lazy("marker code", "overspoeld door emotie"),
    "mental_state": pgettext_lazy("marker code", "mentale toestand"),
    "tentative": pgettext_lazy("marker code", "voorzichtig"),
    "perspective_taking": pgettext_lazy("marker code", "perspectief van de ander"),
    "self_reflection": pgettext_lazy("marker code", "zelfreflectie"),
    "not_knowing_question": pgettext_lazy("marker code", "niet-wetende vraag"),
    "empathic_validation": pgettext_lazy("marker code", "empathische erkenning"),
    "clarification": pgettext_lazy("marker code", "verheldering"),
    "stop_and_rewind": pgettext_lazy("marker code", "stop en terugspoelen"),
    "alternative_perspective": pgettext_lazy("marker code", "ander perspectief"),
    "relationship_focus": pgettext_lazy("marker code", "relatie hier en nu"),
    "coach_self_disclosure": pgettext_lazy("marker code", "eigen gedachten van de coach"),
    "advice": pgettext_lazy("marker code", "advies"),
    "telling_feelings": pgettext_lazy("marker code", "gevoel invullen"),
    "interpretation": pgettext_lazy("marker code", "interpretatie"),
    "dismissing": pgettext_lazy("marker code", "bagatelliseren"),
    "amplifying": pgettext_lazy("marker code", "aandikken"),
    "closed_question": pgettext_lazy("marker code", "gesloten vraag"),
}


# The kind of a coach's move as the scripted client reads it (dialogues.scripted_client's
# MOVE_LABEL_NL, Dutch), in the UI's language.
MOVE_LABELS = {
    "mentalizing": pgettext_lazy("coach move", "mentaliserende interventie"),
    "non_mentalizing": pgettext_lazy("coach move", "niet-mentaliserende zet"),
    "closed": pgettext_lazy("coach move", "gesloten vraag"),
    "empty": pgettext_lazy("coach move", "geen interventie herkend"),
}


def move_label(kind):
    label = MOVE_LABELS.get(kind)
    return str(label) if label is not None else kind


def code_label(code):
    """The label of an analyser code in the active language; an unknown code as it is (or its
    Dutch label, should the analyser gain a code before this mapping does)."""
    label = CODE_LABELS.get(code)
    return str(label) if label is not None else LABEL_NL.get(code, code)


def code_with_label(code):
    """For exports: the code as stored, with its label beside it, e.g. `advice (advies)`."""
    label = code_label(code)
    return code if label == code else f"{code} ({label})"
