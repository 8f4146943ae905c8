"""Short Dutch explanations of the client codes (after MARKERS.md), for feedback on codes
that the key holds without the analyser's own explanation, or that were over-marked."""

from django.utils.translation import gettext_lazy as _

CODE_HELP = {
    "external_blame": _(
        "Externe schuld: de oorzaak ligt helemaal bij anderen of de omstandigheden; het eigen "
        "aandeel ontbreekt."
    ),
    "certainty": _(
        "Zekerheid: de eigen kijk wordt als vanzelfsprekend feit gebracht (‘Da’s toch "
        "duidelijk’, ‘Zo ben ik nu eenmaal’); twijfel is er niet."
    ),
    "black_and_white": _(
        "Zwart-wit: alles-of-niets (‘altijd’, ‘nooit’, ‘iedereen’, ‘totaal geen humor’)."
    ),
    "easy_label": _(
        "Makkelijk etiket: een globaal etiket voor een persoon (‘lui’, ‘slap’, ‘minkukels’) in "
        "plaats van een gevoel of verklaring."
    ),
    "assumed_intent": _(
        "Veronderstelde bedoeling: wat een ander wil, denkt of voelt wordt als feit gebracht, "
        "zonder het na te gaan."
    ),
    "rigid_rule": _(
        "Rigide regel: een norm als absolute wet (‘als manager mag je niet twijfelen’, ‘Dat doe "
        "je gewoon’)."
    ),
    "no_mental_states": _(
        "Geen mentale toestanden: een lang verhaal over wie wat deed, zonder gevoel, gedachte, "
        "wens of bedoeling."
    ),
    "affect_flooding": _(
        "Overspoeld door emotie: de cliënt ís het gevoel en kan er geen afstand van nemen "
        "(‘Terugpakken. Ik zal het ze betaald zetten’)."
    ),
    "mental_state": _(
        "Mentale toestand: woorden voor gevoelens, gedachten, wensen of bedoelingen — een sterk "
        "punt."
    ),
    "tentative": _(
        "Voorzichtig: de cliënt houdt er rekening mee dat hij het mis kan hebben (‘misschien’, "
        "‘denk ik’)."
    ),
    "perspective_taking": _(
        "Perspectief van de ander: de cliënt staat stil bij wat er in een ander kan omgaan."
    ),
    "self_reflection": _(
        "Zelfreflectie: de cliënt bekijkt zijn eigen denken of gedrag van een afstand (‘ik merk "
        "dat ik …’)."
    ),
}


def code_help(code):
    return CODE_HELP.get(code, "")


def _codes(kind):
    from dialogues.analysis import CLIENT_CODES, KIND

    return tuple(code for code in CLIENT_CODES if KIND[code] == kind)


PROBLEM_CODES = _codes("problem")
STRENGTH_CODES = _codes("strength")
