"""The clause layer: who feels, thinks or does what, hedged or not, now or then (clauses.json).

A sentence is split into clauses at ',', ';', ':' and at conjunctions ('maar', 'omdat', 'dat',
...). Each clause gets features, computed on the token columns:

- subject: whose mind or act it is about, from its first person word: self ('ik'), you
  ('je', 'ge' through the spelling layer), other (a named person or group, 'hij', 'ze');
- classes: the kinds of its predicate words (emotion, cognition, perception, intention,
  evaluation of a person, causing, norm), from the lexicons' word lists;
- hedged, negated, question (the sentence asks), past, quoted (inside quotation marks),
  reported (after 'X zegt dat', 'volgens X').

Clause rules (clauses.json, each with an id) define codes on these features; the turn rules
add their hits where no word pattern already explains the same code (doc.user_data).
The clauses travel on to the result
(Analysis.clauses), so that whoever reads a turn (the scripted client, a trainer) sees the
same structure the rules saw.
"""

from typing import NamedTuple

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..arrays import Hit, hashes, token_arrays
from ..lexicon import load_json, normalise, verb_stems, word_lists

CLAUSE_HITS = "clause_hits"
CLAUSES = "clauses"
FLAGS = (
    *("hedged", "negated", "question", "past", "quoted", "reported"),
    *("about_self", "about_you", "main", "exclaimed"),
)
QUOTES = ("'", '"', "“", "”", "„", "«", "»")
QUOTE = object()  # token_kinds: a quotation mark
MISSING = object()
EMPTY = frozenset()


class Clause(NamedTuple):
    start: int  # token offsets
    end: int
    subject: str  # "self" | "you" | "other" | ""
    classes: frozenset
    hedged: bool
    negated: bool
    question: bool
    past: bool
    quoted: bool
    reported: bool
    about_self: bool  # the speaker is named in it besides as its subject ('wil mij weg')
    main: bool  # a main clause opened by its subject ('je voelt je ...', not 'als je ...')
    about_you: bool  # the one spoken to is named in it besides as its subject ('zie hoe je ...')
    exclaimed: bool  # its sentence ends with '!'


_make = tuple.__new__


def _word_set(entries, lists):
    """('$list' | '@$list' | '@lemma' | 'word') entries → (norm hashes, lemma hashes)."""
    norms, lemmas = set(), set()
    for entry in entries:
        target = lemmas if entry.startswith("@") else norms
        name = entry.lstrip("@")
        words = lists[name[1:]] if name.startswith("$") else [name]
        target.update(normalise(w) for w in words if " " not in w)
    return hashes(norms), hashes(lemmas)


@Language.factory("clauses", assigns=["doc.user_data"])
def make_clauses(nlp, name):
    return ClauseLayer(nlp.get_pipe("nl_lemmatizer").lemmatizer)


class ClauseLayer:
    def __init__(self, lemmatizer):
        settings, lists = load_json("clauses.json"), word_lists()
        self.lemmatizer = lemmatizer
        self.boundaries = hashes(settings["boundaries"]) | hashes([",", ";", ":"])
        # 'dat', 'als', 'of' open a clause only when a subject follows ('dat hij', not
        # 'doet dat bewust'; 'als je', not 'als trainer')
        self.subject_led = hashes(settings["subject_led"])
        self.subject_starts = hashes(lists["pronoun_subjects"]) | hashes(lists["determiner"])
        self.objects = hashes(["mij", "me", "mezelf", "mijzelf"])
        # articles and possessives that open a noun phrase ('het', 'dat', 'die' stand alone)
        self.np_starts = hashes(
            ["de", "een", "mijn", "m'n", "mn", "onze", "ons", "zijn", "z'n", "zn", "hun", "den"]
        )
        self.persons = {
            person: _word_set(entries, lists) for person, entries in settings["persons"].items()
        }
        self.classes = {
            name: _word_set(entries, lists) for name, entries in settings["classes"].items()
        }
        self.hedges = hashes(settings["hedges"])
        self.negations = hashes(settings["negations"])
        self.past_forms = hashes(settings["past_forms"])
        self.speech = _word_set(settings["speech"], lists)
        self.quotes = hashes(QUOTES)
        self.question = get_string_id("?")
        self.exclamation = get_string_id("!")
        self.dat = get_string_id("dat")
        self.rules = settings["rules"]
        self.rules_by_role = {}  # role → [(compiled 'when', code, rule id)], in file order
        for rule in self.rules:
            self.rules_by_role.setdefault(rule["role"], []).append(
                (self.compile_rule(rule), rule["code"], rule["id"])
            )
        # role → subject → the rules a clause with that subject can meet, in file order
        self.rules_by_subject = {
            role: {
                subject: [r for r in rules if r[0][0] is None or subject in r[0][0]]
                for subject in (*self.persons, "")  # every value Clause.subject can have
            }
            for role, rules in self.rules_by_role.items()
        }
        self.past_cache = {}
        self.features = {}
        self.kinds = {}  # norm → (lemma, alpha, QUOTE, None or token_features(...))
        self.volgens = get_string_id("volgens")
        self.own_pronouns = hashes(["mij", "me", "ons"])
        self.punctuation = hashes([",", ";", ":"])
        self.openers = hashes(settings["openers"])

    def is_past(self, norm, strings):
        found = self.past_cache.get(norm)
        if found is None:
            word = strings[norm]
            lemma = self.lemmatizer.lemma(word)
            index = self.lemmatizer.index
            # the stem as the past tense writes it: 'zette', 'maakte', 'reageerde', 'vulde',
            # 'leefde' (verb_stems: the doubled vowel, the single consonant, f for v)
            found = (
                norm in self.past_forms
                or (
                    lemma != word
                    and lemma.endswith("en")
                    and lemma in index["verb"]
                    and word[:-1] not in index["adj"]  # 'verkeerde', 'goede': adjectives
                    and any(
                        word.endswith(suffix) and word[: -len(suffix)] in verb_stems(lemma)
                        for suffix in ("den", "ten", "de", "te")
                    )
                    and word[:-3] not in index["adj"]  # 'rotste', 'mooiste': superlatives
                )
            )
            self.past_cache[norm] = found
        return found

    def _in(self, pair, norm, lemma):
        return norm in pair[0] or lemma in pair[1]

    def token_features(self, norm, lemma, alpha, strings):
        """(person, classes, hedge, negation, past) of one word, computed once per word."""
        key = (norm, lemma)
        found = self.features.get(key)
        if found is None:
            person = next(
                (p for p, pair in self.persons.items() if self._in(pair, norm, lemma)), ""
            )
            classes = frozenset(
                n for n, pair in self.classes.items() if self._in(pair, norm, lemma)
            )
            past = bool(alpha) and self.is_past(norm, strings)
            found = (person, classes, norm in self.hedges, norm in self.negations, past)
            self.features[key] = found
        return found

    def token_kinds(self, arrays, strings):
        """[(token, kind)] for the tokens with a kind: QUOTE or (person, classes, hedge,
        negation, past) (the words without any feature, not 'volgens', are left out);
        computed once per word, looked up by its norm."""
        kinds, quotes = self.kinds, self.quotes
        result = []
        for i, (norm, lemma, alpha) in enumerate(
            zip(arrays.norms, arrays.lemmas, arrays.alpha, strict=True)
        ):
            record = kinds.get(norm)
            if record is None or record[0] != lemma or record[1] != alpha:
                if norm in quotes:
                    kind = QUOTE
                else:
                    found = self.token_features(norm, lemma, alpha, strings)
                    person, classes, _hedge, negation, past = found
                    plain = not (person or classes or negation or past or norm == self.volgens)
                    kind = None if plain else found
                record = kinds[norm] = (lemma, alpha, kind)
            if record[2] is not None:
                result.append((i, record[2]))
        return result

    def split(self, arrays, strings):
        norms, lemmas = arrays.norms, arrays.lemmas
        kinds = self.token_kinds(arrays, strings)  # the tokens with a kind, in order
        k, kinds_end = 0, len(kinds)  # the next of them (clauses follow each other)
        boundaries, subject_led, subject_starts = (
            self.boundaries,
            self.subject_led,
            self.subject_starts,
        )
        punctuation, openers, volgens = self.punctuation, self.openers, self.volgens
        clauses, quoted = [], False
        for sent_start, sent_end in arrays.sentences():
            sentence = norms[sent_start:sent_end]
            asks = self.question in sentence
            exclaimed = norms[sent_end - 1] == self.exclamation
            # A hedge anywhere in the sentence holds the whole of it lightly ('hij wilde,
            # denk ik, ...'); a negation reaches into the 'dat'-clause it governs ('ik denk
            # niet dat hij ...').
            sentence_hedged = not self.hedges.isdisjoint(sentence)
            starts = [sent_start]
            if not boundaries.isdisjoint(sentence):
                starts += [
                    i
                    for i in range(sent_start + 1, sent_end)
                    if norms[i] in boundaries
                    and (
                        norms[i] not in subject_led
                        or (i + 1 < sent_end and norms[i + 1] in subject_starts)
                    )
                ]
            previous = None
            for start, end in zip(starts, [*starts[1:], sent_end], strict=True):
                subject, classes = "", EMPTY
                negated, past, reported = False, False, False
                about_self = about_you = False
                clause_quoted = quoted
                lead = start + (norms[start] in punctuation)
                while lead < end - 1 and norms[lead] in openers:
                    lead += 1
                main = start == sent_start or norms[start] in punctuation
                while k < kinds_end and kinds[k][0] < end:
                    i, kind = kinds[k]
                    k += 1
                    if kind is QUOTE:
                        quoted = not quoted
                        clause_quoted = clause_quoted or quoted
                        continue
                    person, kinds_here, _hedge, negation, was = kind
                    if person:
                        if person == "self":
                            about_self |= subject not in ("", "self")
                        elif person == "you":
                            about_you |= subject not in ("", "you")
                        if not subject:
                            if i != lead:
                                main = False
                            subject = person
                            if (
                                person == "self"
                                and norms[i] in self.objects
                                and (norms[lead] in self.np_starts and lead + 1 < i)
                            ):
                                # 'mijn schoondochter wil mij ...': 'mij' is the object of
                                # the noun phrase before it, which is the subject
                                subject, about_self = "other", True
                    if kinds_here:
                        classes = classes | kinds_here
                    negated |= negation
                    past |= was
                    # 'volgens haar' reports someone; 'volgens mij' is the speaker's own view
                    if norms[i] == volgens:
                        reported |= i + 1 >= end or norms[i + 1] not in self.own_pronouns
                if previous is not None and norms[start] == self.dat:
                    negated |= previous.negated
                    # 'mama zegt dat ...': the clause reports what someone else said
                    said = any(
                        self._in(self.speech, norms[i], lemmas[i])
                        for i in range(previous.start, previous.end)
                    )
                    reported |= said and previous.subject == "other"
                clause = _make(  # Clause(...) without its Python-level __new__
                    Clause,
                    (
                        start,
                        end,
                        subject,
                        classes,
                        sentence_hedged,
                        negated,
                        asks,
                        past,
                        clause_quoted,
                        reported,
                        about_self,
                        main and bool(subject),
                        about_you,
                        exclaimed,
                    ),
                )
                clauses.append(clause)
                previous = clause
        return clauses

    @staticmethod
    def compile_rule(rule):
        """A clause rule's 'when' as (subjects, classes, unless, flag checks, followed_by)."""
        when = rule["when"]
        return (
            frozenset(when["subject"]) if "subject" in when else None,
            frozenset(when["classes"]) if "classes" in when else None,
            frozenset(when.get("unless", ())),
            tuple((Clause._fields.index(flag), when[flag]) for flag in FLAGS if flag in when),
            when.get("followed_by"),
        )

    @staticmethod
    def matches(compiled, clause, following):
        subjects, classes, unless, flags, followed_by = compiled
        if subjects is not None and clause.subject not in subjects:
            return False
        if classes is not None and clause.classes.isdisjoint(classes):
            return False
        if unless and not clause.classes.isdisjoint(unless):
            return False
        for index, value in flags:
            if clause[index] != value:
                return False
        if followed_by is not None:
            return following is not None and following.subject == followed_by
        return True

    def __call__(self, doc: Doc) -> Doc:
        arrays = token_arrays(doc)
        if not arrays.length:
            doc.user_data[CLAUSES] = ()
            return doc
        role = doc.user_data.get("role", "client")
        clauses = self.split(arrays, doc.vocab.strings)
        doc.user_data[CLAUSES] = tuple(clauses)
        hits = []
        by_subject = self.rules_by_subject.get(role, {})
        for k, clause in enumerate(clauses):
            following = clauses[k + 1] if k + 1 < len(clauses) else None
            for compiled, code, rule_id in by_subject.get(clause.subject, ()):
                if self.matches(compiled, clause, following):
                    hits.append(Hit(clause.start, clause.end, code, rule_id))
        doc.user_data[CLAUSE_HITS] = hits
        return doc
