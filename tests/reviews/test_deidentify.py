"""De-identification: the trainer's list with its inflected forms, deduce for the rest.

The test transcript (data/deidentify_transcript.txt) plants identifiers of every kind, marked
{text|Kind}; the recall test replaces them and prints the figure and what was replaced that
was not planted (run with -s to see).
"""

import re
import time
from pathlib import Path

import pytest

from dialogues.analysis import analyse
from reviews import deidentify
from reviews.deidentify import Deidentifier, NameList
from reviews.parsing import parse_pasted

DATA = Path(__file__).parent / "data"
PLANTED = re.compile(r"\{([^{}|]+)\|([\w-]+)\}")
DOMAIN_WORDS = [
    "directie", "coach", "leidinggevende", "psycholoog", "huisarts", "teamleider", "collega's",
    "moeder", "vader", "gemeente", "afdeling", "administratie", "opname", "dossiernummer",
    "training", "pensioen", "boosheid", "vrouw", "broer", "zoon", "papa", "gezondheid",
]  # fmt: skip


def planted_transcript():
    """[(speaker, text, [(start, end, kind), ...]), ...] and the trainer's list."""
    names, turns = "", []
    for line in (DATA / "deidentify_transcript.txt").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("lijst:"):
            names = line.removeprefix("lijst:")
            continue
        speaker, marked = line.split(": ", 1)
        text, spans, position = "", [], 0
        for match in PLANTED.finditer(marked):
            text += marked[position : match.start()]
            spans.append((len(text), len(text) + len(match[1]), match[2]))
            text += match[1]
            position = match.end()
        text += marked[position:]
        turns.append((speaker, text, spans))
    return turns, names


def test_the_test_transcript_plants_at_least_50_identifiers_of_every_kind():
    turns, _names = planted_transcript()
    kinds = [kind for _s, _t, spans in turns for _a, _b, kind in spans]
    assert len(kinds) >= 50
    expected = {"Persoon", "Naam", "Plaats", "Instelling", "Datum", "Leeftijd", "BSN"}
    assert expected | {"Telefoon", "E-mail", "URL"} <= set(kinds)


def test_recall_of_planted_identifiers_is_at_least_95_percent():
    turns, names = planted_transcript()
    deidentifier = Deidentifier(NameList.parse(names))
    planted = replaced = 0
    missed, over = [], []
    for _speaker, text, spans in turns:
        covered = set()
        for span in deidentifier.spans(text):
            covered.update(range(span.start, span.end))
        for start, end, kind in spans:
            planted += 1
            needed = {i for i in range(start, end) if text[i].isalnum()}
            if needed <= covered:
                replaced += 1
            else:
                missed.append(f"{text[start:end]} ({kind})")
        inside = {i for start, end, _k in spans for i in range(start, end)}
        extra = sorted(covered - inside)
        for word in re.finditer(r"\w+", text):
            if any(word.start() <= i < word.end() for i in extra):
                over.append(word.group(0))
    recall = replaced / planted
    print(f"\nde-identification recall: {replaced}/{planted} = {recall:.1%}")
    print(f"missed: {missed or 'nothing'}")
    print(f"replaced but not planted ({len(over)}): {over or 'nothing'}")
    assert recall >= 0.95, missed
    assert not set(w.lower() for w in over) & set(DOMAIN_WORDS)
    assert len(over) <= 6, over


def test_domain_words_survive_and_the_text_reads_the_same():
    turns, names = planted_transcript()
    deidentifier = Deidentifier(NameList.parse(names))
    everything = " ".join(deidentifier.text(text) for _s, text, _spans in turns)
    for word in DOMAIN_WORDS:
        assert re.search(rf"\b{re.escape(word)}\b", everything), word
    assert "[Persoon 1]" in everything and "[Naam 1]" in everything


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Jans fiets", "[Persoon 1] fiets"),
        ("Jan's fiets", "[Persoon 1] fiets"),
        ("Jannie en Janneke en Jantje", "[Persoon 1] en [Persoon 1] en [Persoon 1]"),
        ("Fátima en FATIMA en Fatimaatje", "[Persoon 2] en [Persoon 2] en [Persoon 2]"),
        ("met De  Vries en DeVries en de vries", "met [Persoon 3] en [Persoon 3] en [Persoon 3]"),
        ("Jan-Willem en Anne-Fatima", "[Persoon 1] en [Persoon 2]"),
        ("[Persoon 4]-Willem", "[Persoon 4]-Willem"),  # an old draft's leak: see suspects()
        ("Janssen en Janus en Japan", "Janssen en Janus en Japan"),  # other words stay
        ("vriesvak en devriesje", "vriesvak en [Persoon 3]"),
    ],
)
def test_the_trainers_list_with_inflections_and_diminutives(text, expected):
    names = NameList.parse("Jan, Fatima, De Vries")
    assert names.names == ["Jan", "Fatima", "De Vries"]
    assert Deidentifier(names, use_deduce=False).text(text) == expected


def test_a_listed_name_that_is_an_ordinary_word_is_replaced_only_with_a_capital():
    deidentifier = Deidentifier(NameList.parse("Ben, Wil"))
    assert deidentifier.text("Ik ben blij dat Ben er is.") == "Ik ben blij dat [Persoon 1] er is."
    assert deidentifier.text("Ik wil dat Wil komt.") == "Ik wil dat [Persoon 2] komt."


def test_parts_of_a_listed_full_name_count_on_their_own_with_a_capital():
    deidentifier = Deidentifier(NameList.parse("Sanne de Wit"), use_deduce=False)
    assert (
        deidentifier.text("Sanne zei het tegen De Wit.") == "[Persoon 1] zei het tegen [Persoon 1]."
    )
    assert deidentifier.text("Een wit blad.") == "Een wit blad."


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Bel me op 06-12345678.", "[Telefoon]"),
        ("Bel me op +31 6 1234 5678.", "[Telefoon]"),
        ("Mijn BSN is 123456782.", "[BSN]"),
        ("Mail naar jan.devries@example.nl graag.", "[E-mail]"),
        ("Kijk op www.example.nl voor meer.", "[URL]"),
        ("Ik woon in 1012 AB.", "[Plaats]"),
        ("Ik woon in Amsterdam.", "[Plaats]"),
        ("Ik ben geboren op 12 maart 1985.", "[Datum]"),
        ("Ik ben 34 jaar oud.", "[Leeftijd]"),
        ("Ik lag in het Spaarne Gasthuis.", "[Instelling]"),
        ("Ik zit op Praktijk De Linde.", "[Instelling]"),
        ("We spreken op 8 april af.", "[Datum]"),
        ("Hij is 58 en gaat met pensioen.", "[Leeftijd]"),
        ("Zullen we hier in Leiden afspreken?", "[Plaats]"),
        ("Ik sprak met Pieter van den Berg.", "[Naam 1]"),
    ],
)
def test_deduce_and_the_extra_patterns_find_every_kind(text, kind):
    result = Deidentifier().text(text)
    assert kind in result, result


def test_the_same_person_keeps_the_same_number_across_turns():
    deidentifier = Deidentifier()
    first = deidentifier.text("Ik sprak met Pieter van den Berg en Marieke Janssen.")
    second = deidentifier.text("Later belde Pieter van den Berg nog.")
    assert first == "Ik sprak met [Naam 1] en [Naam 2]."
    assert second == "Later belde [Naam 1] nog."


def test_placeholders_are_not_replaced_again():
    deidentifier = Deidentifier(NameList.parse("Persoon"))
    assert deidentifier.text("[Persoon 1] en [Naam 2] in [Plaats].") == (
        "[Persoon 1] en [Naam 2] in [Plaats]."
    )


def test_file_names_and_titles_are_de_identified():
    deidentifier = Deidentifier(NameList.parse("Jan, De Vries"))
    name = deidentifier.file_name("gesprek-jan-de-vries-12-03-1985.txt")
    assert name.startswith("gesprek [Persoon 1]") and name.endswith("[Datum]"), name
    assert not re.search(r"jan|vries|1985|12", name, re.I), name
    unlisted = Deidentifier().file_name("Intake_Pieter_van_den_Berg_2024-03-01.docx")
    assert not re.search(r"pieter|berg|2024", unlisted, re.I), unlisted
    assert deidentifier.text("Gesprek met Sanne de Wit") == "Gesprek met [Naam 1]"


def test_suspects_point_at_what_still_looks_like_an_identifier():
    text = "Ze werkt bij Arkin, zegt [Persoon 1]. Dossier 48201 of 12/3. Nee, ik weet het niet."
    found = [text[a:b] for a, b in deidentify.suspects(text)]
    assert found == ["Arkin", "48201", "12/3"]
    compound = "Zo zei [Persoon 4]-Willem het."
    assert [compound[a:b] for a, b in deidentify.suspects(compound)] == ["Willem"]


def test_the_analyser_reads_placeholders_as_names():
    turns, names = planted_transcript()
    deidentifier = Deidentifier(NameList.parse(names))
    same = total = 0
    for speaker, text, _spans in turns:
        role = "coach" if speaker == "Coach" else "client"
        before = [m.code for m in analyse(text, role).markers]
        after = [m.code for m in analyse(deidentifier.text(text), role).markers]
        total += 1
        same += before == after
    print(f"\nanalyser: same markers before and after de-identification in {same}/{total} turns")
    assert same / total >= 0.9


def test_the_import_preview_of_200_turns_is_fast_after_warm_up(client, trainer, db):
    from django.urls import reverse

    deidentify.warm_up()
    turns, names = planted_transcript()
    lines = [f"{speaker}: {text}" for speaker, text, _s in turns]
    pasted = "\n".join((lines * (200 // len(lines) + 1))[:200])
    client.force_login(trainer)
    started = time.perf_counter()
    response = client.post(reverse("reviews:import"), {"text": pasted, "names": names})
    preview = client.get(response["Location"])
    seconds = time.perf_counter() - started
    print(f"\nimport + preview of 200 turns after warm-up: {seconds:.2f} s")
    assert preview.status_code == 200
    assert seconds < 2
    assert len(parse_pasted(pasted).turns) == 200


def test_listed_names_are_replaced_in_speakers_and_text():
    transcript = parse_pasted("Jan: Fatima doet altijd zo.\nCoach: Wat doet fatima dan, Jan?")
    result = Deidentifier(NameList.parse("Jan, Fatima\n"), use_deduce=False).transcript(transcript)
    assert [[t.speaker, t.text] for t in result.turns] == [
        ["[Persoon 1]", "[Persoon 2] doet altijd zo."],
        ["Coach", "Wat doet [Persoon 2] dan, [Persoon 1]?"],
    ]


def test_listed_names_match_whole_words_and_their_forms_only():
    deidentifier = Deidentifier(NameList.parse("Jan"), use_deduce=False)
    assert deidentifier.text("Jantje en Jan gingen samen met Janssen naar Japan.") == (
        "[Persoon 1] en [Persoon 1] gingen samen met Janssen naar Japan."
    )


def test_ordinary_coaching_text_is_hardly_touched():
    """The analyser's corpus (coaching turns written without real identifiers, apart from a
    few first names): what de-identification replaces there is printed, and stays rare."""
    import json

    corpus = Path(__file__).parents[1] / "analysis" / "data" / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text("utf-8").splitlines() if line]
    deidentifier = Deidentifier()
    replaced = [text[s.start : s.end] for text in texts for s in deidentifier.spans(text)]
    words = sum(len(text.split()) for text in texts)
    print(f"\n{len(texts)} corpus turns, {words} words: {len(replaced)} replaced: {replaced}")
    assert len(replaced) <= words / 1000
    assert not {w.lower() for w in replaced} & {"ho", "oei", "punt", "ken", "hup"}


def test_light_lists_leave_out_the_two_largest_lookups(monkeypatch):
    """DEDUCE_LISTS=light: deduce gets its base config without the street and institution
    lookups, and their loaders are left out only while it builds."""
    import deduce
    from deduce import lookup_structs

    seen = {}

    def fake_deduce(**kwargs):
        seen["config"] = kwargs["config"]
        seen["loaders"] = set(lookup_structs._LOOKUP_TRIE_LOADERS)
        return "instance"

    monkeypatch.setenv("DEDUCE_LISTS", "light")
    monkeypatch.setattr(deduce, "Deduce", fake_deduce)
    before = set(lookup_structs._LOOKUP_TRIE_LOADERS)
    assert deidentify._build(deduce, Path("/nonexistent")) == "instance"
    assert not {"street_lookup", "institution"} & set(seen["config"]["annotators"])
    assert {"street_pattern", "hospital"} <= set(seen["config"]["annotators"])
    assert seen["loaders"] == before - {"street", "healthcare_institution"}
    assert set(lookup_structs._LOOKUP_TRIE_LOADERS) == before
