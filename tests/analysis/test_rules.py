"""Every rule's own examples (kept with the rule in the lexicons) and the analyser's contract."""

import pytest

from dialogues.analysis import analyse
from dialogues.analysis.arrays import token_arrays
from dialogues.analysis.codes import COACH_CODES
from dialogues.analysis.lexicon import load_json, load_jsonl
from dialogues.analysis.pipeline import make_doc
from dialogues.analysis.rules import MARKER_FILES, all_rules


def _role(codes):
    return "coach" if set(codes) & set(COACH_CODES) else "client"


def _rule_examples():
    """(kind, role, rule id, code, 'pos'|'neg', text) for every example in the lexicons."""
    turn = {k: v for k, v in load_json("turn_rules.json").items() if not k.startswith("_")}
    entries = [("marker", role, e) for role in MARKER_FILES for e in load_jsonl(MARKER_FILES[role])]
    entries += [("context", None, e) for e in load_jsonl("context.jsonl")]
    entries += [("turn", None, {"id": k, **v}) for k, v in turn.items()]
    entries += [("clause", e["role"], e) for e in load_json("clauses.json")["rules"]]
    for kind, role, entry in entries:
        codes = [entry["code"]] if "code" in entry else entry["codes"]
        codes = codes + [all_rules()[r].code for r in entry.get("rules", ())]
        for polarity in ("pos", "neg"):
            for text in entry.get("examples", {}).get(polarity, []):
                yield kind, role or _role(codes), entry["id"], entry.get("code"), polarity, text


EXAMPLES = list(_rule_examples())


@pytest.mark.parametrize(
    "kind,role,rule_id,code,polarity,text",
    EXAMPLES,
    ids=[f"{e[2]}:{e[4]}:{e[5][:30]}" for e in EXAMPLES],
)
def test_rule_example(kind, role, rule_id, code, polarity, text):
    """pos: the rule fires (and its code is flagged); neg: it does not fire on the look-alike.
    For a context rule, 'fires' means that it drops a candidate marker."""
    doc = make_doc(text, role)
    arrays = token_arrays(doc)
    if kind == "context":
        fired = rule_id in {hit.rule for hit in arrays.dropped}
    elif kind == "turn":
        fired = rule_id in {hit.rule for hit in arrays.markers}
    elif kind == "clause":  # the clause rule itself; the final marker may come from a pattern
        fired = rule_id in {hit.rule for hit in doc.user_data["clause_hits"]}
    else:
        fired = rule_id in {hit.rule for hit in arrays.kept if hit.code == code}
    debug = (arrays.candidates, arrays.dropped, arrays.markers)
    if polarity == "pos":
        assert fired, debug
        if code:
            assert code in analyse(text, role).codes, debug
    else:
        assert not fired, debug


def test_every_rule_has_positive_and_negative_examples():
    covered = {}
    for _kind, _role, rule_id, _code, polarity, _text in EXAMPLES:
        covered.setdefault(rule_id, set()).add(polarity)
    context_ids = {entry["id"] for entry in load_jsonl("context.jsonl")}
    for rule_id in [*all_rules(), *context_ids]:
        assert covered.get(rule_id) == {"pos", "neg"}, rule_id


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


def test_the_package_docstring_example_holds():
    import doctest

    import dialogues.analysis

    assert doctest.testmod(dialogues.analysis).failed == 0
