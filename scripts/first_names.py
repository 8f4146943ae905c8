"""Regenerate dialogues/analysis/lexicons/nl/first_names.json (run by hand; needs hunspell-nl).

    apt-get install hunspell-nl
    .venv/bin/python scripts/first_names.py

Source: deduce's first-name list (LGPL-3.0-or-later), lower-cased. Removed: names that OpenTaal
(hunspell-nl) lists only as a lower-case Dutch word, verbs, adjectives and stop words
(spacy-lookups-data, spaCy), deduce's own exceptions and the words of the project's word lists;
the hand lists below decide the rest.
"""

import json
import sys
from importlib.util import find_spec
from pathlib import Path

from spacy.lang.nl.stop_words import STOP_WORDS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from dialogues.analysis.components.lemmatizer import _table  # noqa: E402

LEXICON = Path(__file__).resolve().parent.parent / "dialogues/analysis/lexicons/nl"
HUNSPELL = Path("/usr/share/hunspell/nl.dic")
NOT_NAMES = {"lies", "mees", "fee", "iris", "jesus", "jezus", "mark", "bink", "boy", "king"}
NOT_NAMES |= {"take", "sage", "seven", "spike", "lean", "lee", "moon", "wing", "sing", "pax"}
NOT_NAMES |= {"rex", "riff", "feite"}  # feite: "in feite"
ALSO = {"kees", "dirk", "kim", "bram", "koen", "bas", "rob", "rik", "fleur", "jet", "roel", "gijs"}


def lines(path):
    return [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]


def main():
    deduce = Path(find_spec("deduce").origin).parent / "data/lookup/src/names/lst_first_name"
    names = lines(deduce / "items.txt")
    exceptions = {n.lower() for n in lines(deduce / "exceptions.txt")}
    lower, capital = set(), set()
    for line in HUNSPELL.read_text("utf-8").splitlines():
        word = line.split("/")[0].strip()
        if word:
            (lower if word[0].islower() else capital).add(word.lower())
    index, exc = _table("lemma_index"), _table("lemma_exc")
    bad = set(index["verb"]) | set(index["adj"]) | set(exc["verb"]) | set(exc["adj"])
    bad |= set(STOP_WORDS) | exceptions | (lower - capital) | NOT_NAMES
    lists = json.loads((LEXICON / "word_lists.json").read_text("utf-8"))
    ours = {w for k, v in lists.items() if isinstance(v, list) and k != "other_person" for w in v}
    kept = {n.lower() for n in names if n.isalpha() and len(n) > 2} - bad
    target = LEXICON / "first_names.json"
    data = json.loads(target.read_text("utf-8"))
    data["names"] = sorted((kept | ALSO) - ours)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(data['names'])} names")


if __name__ == "__main__":
    main()
