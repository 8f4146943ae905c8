"""The spelling layer: chat, spoken and Flemish forms read as standard Dutch (spelling.json).

Nothing here changes the text: a typed word keeps its characters and offsets, only its NORM
(and so its lemma) becomes the standard form that the rules are written in.

- words: 'nie' → niet, 'gwn' → gewoon, 'ge' → je (a lexeme attribute, computed once per word);
- splits: 'da's' → da + 's (dat is), 'kheb' → k + heb (ik heb): tokenizer special cases, in
  lower case, capitalised and upper case, whose pieces spell the typed word exactly;
- fuzzy: a word that is no known Dutch form ('gefrusteerd', 'egoistisch') is read as the
  lexicon word at one edit from it (deletion, insertion, substitution or swap of two letters),
  when both are long enough and exactly one lexicon word is that close;
- names: a first name as typed ('kevin', 'petra'; first_names.json) gets the norm NAME, which
  the word list $other_person holds: the rules read it as another person.
"""

from spacy.attrs import NORM, ORTH

from .lexicon import compile_pattern, load_json, load_jsonl, normalise, word_lists

NAME = "~naam"


def spelling_table():
    return load_json("spelling.json")


def _deletes(word):
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def lexicon_words():
    """Every word the lexicons name: list entries and the literal words of all patterns."""
    from .rules import marker_rules

    lists = word_lists()
    words = {normalise(w) for values in lists.values() for w in values if " " not in w}
    patterns = [rule.pattern for role in ("client", "coach") for rule in marker_rules(role)]
    patterns += [entry["pattern"] for entry in load_jsonl("context.jsonl")]
    for pattern in patterns:
        for tokens in compile_pattern(pattern, lists):
            for token in tokens:
                for attr in ("NORM", "LEMMA"):
                    value = token.get(attr)
                    if isinstance(value, str):
                        words.add(value)
                    elif isinstance(value, dict) and "IN" in value:
                        words.update(value["IN"])
    return {w for w in words if w.isalpha()}


class Speller:
    def __init__(self, known, targets=None):
        """known(word) → True for a known Dutch word form; targets: the lexicon's words."""
        table = spelling_table()
        self.words = {normalise(e["form"]): normalise(e["norm"]) for e in table["words"]}
        self.splits = table["splits"]
        self.min_length = table["fuzzy"]["min_length"]
        self.known = known
        self.names = frozenset(load_json("first_names.json")["names"])
        targets = lexicon_words() if targets is None else targets
        self.targets = {w for w in targets if len(w) >= self.min_length}
        self.index = {}
        for target in self.targets:
            for key in (target, *_deletes(target)):
                self.index.setdefault(key, set()).add(target)

    def norm(self, text):
        word = normalise(text)
        spelled = self.words.get(word)
        if spelled:
            return spelled
        if word in self.names:
            return NAME  # 'kevin en sanne', 'mijn collega gerard': another person
        return self.correct(word) or word

    def correct(self, word):
        """The one lexicon word at one edit from an unknown word, or None."""
        if len(word) < self.min_length or not word.isalpha() or word in self.targets:
            return None
        if self.known(word):
            return None
        candidates = set(self.index.get(word, ()))
        for variant in _deletes(word):
            candidates |= self.index.get(variant, set())
        candidates = {c for c in candidates if abs(len(c) - len(word)) <= 1}
        return candidates.pop() if len(candidates) == 1 else None

    def add_special_cases(self, tokenizer):
        # "m'n", "z'n", "'t" stay one token as spaCy keeps them, also typed with a curly
        # apostrophe ('m’n baas' was 'm' + '’n', read as 'een')
        for form, norm in self.words.items():
            if "'" not in form:
                continue
            for cased in (form, form.capitalize(), form.upper()):
                curly = cased.replace("'", "’")
                tokenizer.add_special_case(curly, [{ORTH: curly, NORM: norm}])
        for entry in self.splits:
            orths = [orth for orth, _norm in entry["pieces"]]
            norms = [normalise(norm) for _orth, norm in entry["pieces"]]
            capitalised = [orths[0].capitalize(), *orths[1:]]
            for cased in (orths, capitalised, [orth.upper() for orth in orths]):
                for quote in ("'", "’"):
                    pieces = [orth.replace("'", quote) for orth in cased]
                    tokenizer.add_special_case(
                        "".join(pieces),
                        [
                            {ORTH: orth, NORM: norm}
                            for orth, norm in zip(pieces, norms, strict=True)
                        ],
                    )
