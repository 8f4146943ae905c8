"""Rules that look at a whole sentence or turn rather than at a word pattern.

client: affect flooding from punctuation and capitals; no_mental_states for a long turn that
names no feeling, thought, wish or intention.
coach: the kind of question (open wh-question, yes/no question, a declarative check), and the
precedence between codes (a clarification '..., klopt dat?' is not a plain closed question).
The final markers go to token_arrays(doc).markers as Hit tuples (arrays.marker_spans(doc) makes
them spaCy Spans, for whoever wants to look at them).
"""

from itertools import compress

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..arrays import Hit, doc_text, hashes, keep_longest, token_arrays
from ..lexicon import load_json, load_jsonl, verb_stems, word_lists
from .clauses import CLAUSE_HITS
from .clauses import CLAUSES as CLAUSE_KEY

MARKERS = "markers"
MENTALIZING_CODES = {"mental_state", "perspective_taking", "self_reflection", "assumed_intent"}
# A turn with any of these is no plain account of events: it names a mind, holds it lightly
# ('misschien hoorde hij me niet'), is flooded by feeling, or argues (a rule, a certainty,
# someone's intent as fact). A label or blame beside an account of who did what names no mind
# either ('hij heeft weer alle pannen vies teruggezet ... die jongen is gewoon dom').
NOT_A_NARRATIVE = MENTALIZING_CODES | {
    "tentative",
    "affect_flooding",
    "certainty",
    "rigid_rule",
    "assumed_intent",
}
REFLECTIVE = {"self_reflection", "tentative", "perspective_taking"}
MOVES_NOT_CHECKED = {"dismissing", "amplifying", "interpretation", "advice"}
STANCES = {"certainty", "black_and_white", "easy_label", "assumed_intent", "external_blame"}
# Coach moves that words in quotation marks (the client's, quoted back) do not make.
QUOTED_BACK = {"advice", "amplifying", "interpretation", "dismissing", "telling_feelings"}
# The clause classes of a mind (a checked summary of these is a clarification, of facts not).
MIND_CLASSES = {"emotion", "cognition", "perception", "intention", "evaluation", "frame"}
# What goes on inside another (not what he sees or how he is judged).
OTHER_MIND = {"emotion", "cognition", "intention"}
# The flooding rules on words (not on exclamation marks or capitals).
FLOOD_WORD_RULES = {"flood.gek_worden", "flood.sterke_woorden", "flood.wraak"}
# Markers whose own words a mind word may belong to ('dat weet iedereen', 'niemand snapt het',
# 'ze is gewoon depressief').
CLOSED_STANCES = {"certainty", "black_and_white", "rigid_rule", "easy_label"}
# A stance in quotation marks is the quoted person's (drop_quoted_stances).
QUOTABLE_STANCES = {
    "certainty",
    "black_and_white",
    "rigid_rule",
    "easy_label",
    "external_blame",
    "assumed_intent",
    "tentative",
}
# Codes after which an open wh-question is not (also) a not-knowing question.
BLOCK_OPEN_QUESTION = {
    "amplifying",
    "not_knowing_question",
    "clarification",
    "advice",
    "interpretation",
    "dismissing",
}
QUESTION_OVERRIDES = {
    "amplifying",
    "not_knowing_question",
    "clarification",
    "alternative_perspective",
    "relationship_focus",
    "stop_and_rewind",
    "advice",
    "coach_self_disclosure",
    "interpretation",
    "dismissing",
}


# What a turn that amplifies the client's alarm does not also do (validation_not_given).
ALARM_OVERRIDES = {"empathic_validation", "alternative_perspective"}


def _by_word(phrases, position):
    """({word: the phrases with that word at position}, the empty phrases, which fit any)."""
    empty = tuple(phrase for phrase in phrases if not phrase)
    found = {}
    for phrase in phrases:
        if phrase:
            found.setdefault(phrase[position], []).append(phrase)
    return {word: (*fitting, *empty) for word, fitting in found.items()}, empty


def _in_order_by_first(phrases):
    """({word: the phrases that begin with it or are empty, in list order}, the empty
    phrases): the candidates for next(...) over a phrase list, in the same order."""
    empty = tuple(phrase for phrase in phrases if not phrase)
    found = {}
    for phrase in phrases:
        if phrase:
            found.setdefault(phrase[0], None)
    by_first = {word: tuple(p for p in phrases if not p or p[0] == word) for word in found}
    return by_first, empty


def _starting(phrases, indexed, words):
    """The phrases of a list that can begin words, in list order (_in_order_by_first)."""
    if not words:
        return phrases
    by_first, empty = indexed
    return by_first.get(words[0], empty)


def clause_at(clauses, position):
    """The clause that holds the token at `position`, or None."""
    return next((c for c in clauses if c.start <= position < c.end), None)


@Language.factory("turn_rules", assigns=["doc.user_data"])
def make_turn_rules(nlp, name, min_narrative_words: int = 15):
    lemmatizer = nlp.get_pipe("nl_lemmatizer").lemmatizer
    return TurnRules(min_narrative_words, lemmatizer, nlp.vocab.strings)


class TurnRules:
    def __init__(self, min_narrative_words, lemmatizer, strings):
        lists = word_lists()
        self.lemmatizer, self.strings = lemmatizer, strings
        self.verb_forms = {}  # norm hash → "finite" | "stem" | None
        self.finite_plurals = hashes(lists["finite_plurals"])
        self.pronoun_subjects = hashes(lists["pronoun_subjects"])
        self.determiners = hashes(lists["determiner"]) | hashes(lists["your"])
        self.not_questions = {
            tuple(get_string_id(w) for w in item.split()) for item in lists["not_questions"]
        }
        self.embedding_verbs = hashes(lists["embedding_verbs"])
        self.check_backs = {
            tuple(get_string_id(w) for w in phrase.split()) for phrase in lists["check_backs"]
        }
        self.min_narrative_words = min_narrative_words
        self.mental = hashes(set(lists["mental_lemmas"]) | set(lists["emotion_words"]))
        self.acronyms = set(lists["acronyms"])
        self.wh_words = hashes(lists["wh_words"])
        self.factual_wh = {
            tuple(get_string_id(w) for w in item.split()) for item in lists["factual_wh"]
        }
        self.openers = hashes(lists["question_openers"])
        self.subjects = hashes(lists["subject_words"])
        self.prepositions = hashes(lists["prepositions"])
        self.others = hashes(
            (set(lists["other_person"]) | set(lists["third_person"])) - {"die", "men"}
        )
        self.states = hashes(set(lists["state_words"]) | set(lists["emotion_words"]))
        self.self_words = hashes(lists["subject_self"])
        self.hedges = hashes(lists["hedge_lead"])
        self.exclamative = hashes(lists["exclamative_after_wh"])
        self.subordinators = hashes(lists["subordinators"])
        self.you = hashes(lists["you_subject"])
        self.personal = hashes(["je", "jij", "u", "jullie", "ik", "hij", "zij", "ze", "we", "wij"])
        self.leading_subordinators = hashes(lists["leading_subordinators"])
        self.tags = {tuple(get_string_id(w) for w in tag.split()) for tag in lists["question_tags"]}
        # What a '?' undoes (context.jsonl: ctx.question, ctx.imperative_question) a question
        # without one undoes as well.
        question_contexts = [e for e in load_jsonl("context.jsonl") if e["pattern"] == ["\\?"]]
        self.undone_by_question = {
            target for e in question_contexts for target in [*e["codes"], *e.get("rules", ())]
        }
        self.labels = hashes(set(lists["label_adjectives"]) | set(lists["label_nouns"]))
        self.intensifiers = hashes(lists["intensifiers"])
        self.positive = hashes(lists["positive_words"])
        # good cheer across a turn: positive words that are not mere agreement ('precies!')
        # 'ze zal wel gedacht hebben', 'hij wil het vast', 'die schaamde zich zeker': a guess
        self.guess_words = hashes(["wel", "vast", "zeker", "zal", "zou", "allicht", "wss", "mss"])
        # the verbs of a look at oneself ('ik merk dat ik', 'dat weet ik van mezelf'), which a
        # self-observation absorbs; a feeling or a wish inside it is still named
        self.observing = hashes(
            "merken zien beseffen realiseren weten denken snappen begrijpen herkennen kennen"
            " vinden afvragen betrappen".split()
        )
        self.cheer = self.positive - hashes(lists["not_cheer"])
        self.negative = hashes(
            set(lists["evaluative_negative"])
            | set(lists["emotion_words"]) - set(lists["positive_words"])
            | {"niet", "geen", "nooit", "niks", "niets"}
        )
        self.weten = get_string_id("weten")
        self.ik = get_string_id("ik")
        self.fragment_hedges = hashes(["waarschijnlijk", "wellicht", "vermoedelijk", "misschien"])
        self.not_about_minds = hashes(
            set(lists["time_words"]) | set(lists["day_words"]) | {"morgen", "straks", "later"}
        )
        self.said_verbs = hashes(["zei", "zeg", "dacht", "denk", "riep", "schreef", "appte"])
        self.laten = get_string_id("laten")
        # In an account of events 'de mond houden', 'de bus missen', 'iets vergeten' name no mind.
        self.narrative_mind = self.mental - hashes(["houden", "missen", "vergeten"])
        self.feeling_asides = hashes(lists["feeling_asides"])
        self.missen = get_string_id("missen")
        self.missed_ones = hashes(lists["missed_ones"])
        self.question = get_string_id("?")
        self.clause_marks = hashes([";", ":"])
        self.comma = get_string_id(",")
        self.marks = hashes(["?", "!"])
        self.klopt = hashes(["klopt", "klopte"])
        self.weet, self.nog, self.met = (get_string_id(w) for w in ("weet", "nog", "met"))
        self.why_words = hashes(lists["why_words"])
        self.you_any = hashes(lists["you_any"])
        self.fact_words = hashes(lists["time_words"] + lists["day_words"] + lists["fact_words"])
        self.literal_words = hashes(lists["literal_states"])
        self.crazy = hashes(lists["crazy_words"])
        self.connectors = hashes(lists["label_connectors"])
        self.label_adjectives = hashes(lists["label_adjectives"])
        self.van = get_string_id("van")
        self.act_pronouns = hashes(lists["act_pronouns"])
        self.clause_gives_way = {
            r["id"]: frozenset(r.get("gives_way_to", ()))
            for r in load_json("clauses.json")["rules"]
        }
        self.statement_ends = hashes([".", "!", "!!", "!!!", "..."])
        self.quotes = hashes(["'", '"', "“", "”", "„", "«", "»"])
        self.clause_separators = self.quotes | self.clause_marks | {self.comma}
        self.vertel, self.laat, self.zou = (get_string_id(w) for w in ("vertel", "laat", "zou"))
        self.mag_ik = (get_string_id("mag"), self.ik)
        self.take_along = hashes(["meenemen", "terugnemen"])
        self.summing_up = hashes(["dus", "eigenlijk", "oftewel", "zegt", "bedoelt"])
        self.guess_tags = {
            (get_string_id(a), get_string_id(b))
            for a, b in (("denk", "je"), ("denkt", "je"), ("denkt", "u"))
        }
        self.sharing = hashes(["zeggen", "delen", "vertellen", "noemen", "benoemen"])
        self.what_happened = [get_string_id(w) for w in ("wat", "is", "er", "gebeurd")]
        self.fillers = hashes(["dan", "precies", "eigenlijk", "nou", "nu", "toch", "allemaal"])
        self.strong_feelings = hashes(lists["strong_feelings"])
        self.invitation_words = hashes(["vertel", "maar", "even", "ff", "eens", "gerust"])
        # the phrase sets above by the word a phrase must begin (or end) with, so that a
        # sentence is compared only with the phrases that can fit it
        self.not_questions_by_first = _by_word(self.not_questions, 0)
        self.check_backs_by_first = _by_word(self.check_backs, 0)
        self.tags_by_last = _by_word(self.tags, -1)
        self.every = hashes(lists["every_words"])
        self.generic_you = hashes(lists["generic_you"])
        self.alarm_words = hashes(lists["alarm_words"])
        self.stance_words = hashes(lists["stance_words"])
        self.agreement_words = hashes(lists["agreement_words"])
        self.fragment_feelings = hashes(lists["hard_experience"] + lists["fragment_feelings"])
        self.fragment_fillers = hashes(lists["intensifiers"] + lists["fragment_fillers"])
        self.alarm_negations = hashes(["niet", "nie"])
        self.alarm_after_negation = hashes(["normaal", "te"])
        self.address_verbs = hashes(lists["address_verbs"])
        self.norm_cues = hashes(lists["norm_cues"])
        self.closures = hashes(lists["closure_words"])
        self.role_nouns = hashes(lists["role_nouns"])
        self.als = hashes(["als", "wanneer", "zodra"])
        self.modal_rule = hashes(lists["modal_rule"]) | hashes(["moogt", "kunt", "moeten"])
        # 'in dit vak', 'in ons team', 'bij ons': the world a rule holds in
        self.rule_worlds = hashes(["vak", "beroep", "team", "sport", "familie", "gezin", "job"])
        self.this_our = hashes(["dit", "deze", "ons", "onze", "het", "die"])
        self.generic_determiners = hashes(lists["generic_determiners"])
        self.sentence_openers = hashes(lists["sentence_openers"])
        self.geen, self.die = get_string_id("geen"), get_string_id("die")
        self.now = get_string_id("nu")
        self.concession_words = hashes(["kan", "mag", "ook"])
        self.state_answers = hashes(["slecht", "moe", "kapot", "beroerd", "rot", "matig"])
        self.generic_persons = hashes(["iedereen", "niemand", "iemand", "elk", "kind"])
        self.past_forms = hashes(load_json("clauses.json")["past_forms"])
        self.past_words = {}
        self.spijt, self.hoor, self.dat, self.da = (
            get_string_id(w) for w in ("spijt", "hoor", "dat", "da")
        )
        self.en, self.toen = get_string_id("en"), get_string_id("toen")
        self.prepositions_in = hashes(["in", "bij"])
        self.elliptic_focus = hashes(lists["elliptic_focus"]) | (self.you_any - hashes(["je"]))
        self.report_verbs = hashes(["hoor", "zie", "merk", "lees", "snap", "begrijp", "denk"])
        self.heard = hashes(["hoor", "lees"])
        self.voorstellen = get_string_id("voorstellen")
        self.u = get_string_id("u")
        self.imagine_tags = {
            tuple(get_string_id(w) for w in tag.split())
            for tag in ("kan ik me voorstellen", "kan ik mij voorstellen")
        }
        self.agenda_questions = [
            tuple(get_string_id(w) for w in item.split()) for item in lists["agenda_questions"]
        ]
        self.wanneer, self.weer = get_string_id("wanneer"), get_string_id("weer")
        self.factual_openings = [
            tuple(get_string_id(w) for w in item.split()) for item in lists["factual_openings"]
        ]
        self.agenda_by_first = _in_order_by_first(self.agenda_questions)
        self.openings_by_first = _in_order_by_first(self.factual_openings)
        self._clause_words = (None, {})  # (norms of the last turn, (start, end) → words)

    def __call__(self, doc: Doc) -> Doc:
        arrays = token_arrays(doc)
        markers = list(arrays.kept)
        if doc.user_data.get("role", "client") == "client":
            if arrays.exclamations() or arrays.shouting_candidates():
                markers += self.affect_signals(doc, arrays)
            markers += self.hedged_other_minds(doc, arrays)
            markers += self.label_fragments(arrays)
            markers += self.feeling_fragments(arrays, markers)
            if not any(h.code == "rigid_rule" for h in markers):
                clauses = doc.user_data.get(CLAUSE_KEY, ())
                markers += self.generic_you_norm(arrays, clauses)
                markers += self.generic_role_norm(arrays, clauses)
        else:
            # 'je zegt: 'ik schrok me rot'', 'Je zegt ‘ik moet sterk zijn’': the client's words
            # quoted back are no move of the coach's own
            quoted = [c for c in doc.user_data.get(CLAUSE_KEY, ()) if c.quoted]
            markers = [
                h
                for h in markers
                if h.code not in QUOTED_BACK or not any(c.start <= h.start < c.end for c in quoted)
            ]
            # 'Ga zitten. Vertel maar.': a bare invitation to start, no question and no advice
            markers = [h for h in markers if not self.bare_invitation(h, arrays)]
            # before the question forms, which undo a statement's codes when the sentence asks
            markers = self.with_clause_hits(markers, doc)
            markers = self.own_acts_of_ik(markers, arrays)
            markers = self.checked_back(arrays, markers, doc.user_data.get(CLAUSE_KEY, ()))
            markers = self.drop_checked_readings(arrays, markers)
            markers = self.coach_questions(doc, arrays, markers)
            if arrays.exclamations() and arrays.shouting_candidates():
                markers += self.coach_alarm(doc)
            if arrays.exclamations() and not any(h.code == "amplifying" for h in markers):
                markers += self.coach_alarm_words(arrays)
            markers = self.validation_not_given(markers, arrays)
        if doc.user_data.get("role", "client") == "client":
            markers = self.drop_verbs_doing_other_work(markers, arrays)
            markers = self.drop_past_habits(markers, doc.user_data.get(CLAUSE_KEY, ()))
            markers = self.drop_quoted_stances(markers, doc.user_data.get(CLAUSE_KEY, ()), arrays)
            markers = self.drop_literal_states(markers, doc.user_data.get(CLAUSE_KEY, ()), arrays)
            markers = self.drop_labels_of_no_one(markers, arrays)
            markers = self.with_clause_hits(markers, doc)
            markers = self.drop_minds_inside_intents(markers)
            markers = self.drop_minds_inside_rules(markers, doc.user_data.get(CLAUSE_KEY, ()))
            markers += self.every_in_complaint(doc, arrays, markers)
            markers = self.drop_minds_in_stances(markers, doc.user_data.get(CLAUSE_KEY, ()), arrays)
            markers = self.drop_agreeing_of_course(markers, arrays)
            markers = self.drop_own_acts_as_blame(markers, doc.user_data.get(CLAUSE_KEY, ()))
            markers = self.drop_floods_not_his_now(
                markers, doc.user_data.get(CLAUSE_KEY, ()), arrays
            )
            markers += self.other_mind_made_certain(
                arrays, markers, doc.user_data.get(CLAUSE_KEY, ())
            )
            if any(h.code in STANCES for h in markers):
                # 'weet ik veel. ze wil me pijn doen': a not-knowing that waves the question off
                # before a stance holds nothing lightly
                markers = [h for h in markers if not self.deflects(h, arrays)]
            if any(h.code in REFLECTIVE and not self.deflects(h, arrays) for h in markers):
                # 'ik merk dat ik altijd grapjes maak', 'misschien ... nooit': in a turn that
                # looks at itself or holds a view lightly, a quantifier is no all-or-nothing
                # ('geen idee, die is altijd zo' waves the question off, it holds nothing lightly)
                markers = [h for h in markers if h.code != "black_and_white"]
            markers += self.narrative_without_mind(doc, arrays, markers)
        if len(markers) > 1:
            by_code = {}
            for hit in markers:
                by_code.setdefault(hit.code, []).append(hit)
            final = [hit for hits in by_code.values() for hit in keep_longest(hits)]
            markers = sorted(final, key=lambda h: (h.start, h.end, h.code))
        arrays.markers = markers
        return doc

    def bare_invitation(self, hit, arrays):
        """'vertel', 'Vertel maar.' closing the turn: an invitation to start talking."""
        norms = arrays.norms
        return (
            hit.code in ("not_knowing_question", "advice")
            and norms[hit.start] == self.vertel
            and all(norms[i] in self.invitation_words for i in range(hit.start, hit.end))
            and all(arrays.punct[i] for i in range(hit.end, arrays.length))
        )

    @staticmethod
    def deflects(hit, arrays):
        """'geen idee, die is altijd zo', 'weet ik veel.': a not-knowing that opens the turn and
        stands alone waves the question off."""
        return (
            hit.rule == "tent.weet_niet"
            and hit.start == 0
            and (hit.end >= arrays.length or arrays.punct[hit.end])
        )

    def with_clause_hits(self, markers, doc):
        """The clause rules' hits, where no word pattern already explains the same code (nor a
        code the rule gives way to: 'ik zou ook woedend zijn' amplifies, it discloses nothing)."""
        return markers + [
            hit
            for hit in doc.user_data.get(CLAUSE_HITS, ())
            if not any(
                (m.code == hit.code or m.code in self.clause_gives_way[hit.rule])
                and m.start < hit.end
                and hit.start < m.end
                for m in markers
            )
        ]

    # client -------------------------------------------------------------------------
    def drop_quoted_stances(self, markers, clauses, arrays):
        """ "Een gemeentelid zei: 'Dominee, u moet altijd klaarstaan.'", 'mn moeder zegt dat ik
        lui ben': a stance in quotation marks or reported from someone is that person's, unless
        the speaker quotes himself ('ik zei: ...')."""
        quoted = [c for c in clauses if c.quoted or c.reported]
        if not quoted:
            return markers
        norms = arrays.norms

        def own_words(clause):
            if not clause.quoted:
                return False
            before = norms[max(0, clause.start - 4) : clause.start]
            return self.ik in before and not self.said_verbs.isdisjoint(before)

        return [
            h
            for h in markers
            if h.code not in QUOTABLE_STANCES
            or not any(c.start <= h.start < c.end and not own_words(c) for c in quoted)
        ]

    @staticmethod
    def drop_past_habits(markers, clauses):
        """'mijn vader kwam nooit kijken', 'ik was vroeger nooit ziek': 'nooit' and 'altijd'
        in a clause about the past tell what happened, they generalise nothing now."""
        past = [c for c in clauses if c.past]
        if not past:
            return markers
        return [
            h
            for h in markers
            if h.rule != "bw.altijd_nooit" or not any(c.start <= h.start < c.end for c in past)
        ]

    @staticmethod
    def drop_minds_inside(markers, spans):
        """The turn without its mental_state hits when every one of them lies inside `spans`
        ((start, end) token ranges of another marker): the mind word belongs to that marker."""
        minds = [h for h in markers if h.code == "mental_state"]
        if not spans or not minds:
            return markers
        if not all(any(a <= m.start < b for a, b in spans) for m in minds):
            return markers
        return [h for h in markers if h.code != "mental_state"]

    def drop_minds_inside_intents(self, markers):
        """'die wil gewoon dat ik stop': another's intent stated as fact is that marker; a mind
        word inside it names no mental state of its own (unless the turn names one elsewhere)."""
        spans = [(h.start, h.end) for h in markers if h.code == "assumed_intent"]
        return self.drop_minds_inside(markers, spans)

    def drop_minds_inside_rules(self, markers, clauses):
        """'een leidinggevende hoort nie bang te zijn', 'als je iets wil, moet je het vragen': a
        mind word inside a norm (its span or its clause) is part of the rule, no mental state of
        the speaker's or anyone's (unless the turn names one outside it)."""
        rules = [h for h in markers if h.code == "rigid_rule"]
        if not rules:
            return markers
        spans = [(r.start, r.end) for r in rules] + [
            (c.start, c.end) for r in rules for c in clauses if c.start <= r.start < c.end
        ]
        return self.drop_minds_inside(markers, spans)

    def drop_minds_in_stances(self, markers, clauses, arrays):
        """'hij vindt nooit iets goed', 'jullie snappen het gewoon niet' (a stance word in its
        clause), 'die vent haat mij gwn', 'die wil dat zijn zoon prof wordt, die gast is gwn nen
        hooligan' (another's mind told as plain fact in a main clause): in a turn that takes a
        closed stance, another's mind is part of that stance, no look at what goes on in him
        ('hij vindt het prima zo' names his view; 'ze zal wel gedacht hebben' is a guess)."""
        minds = [h for h in markers if h.code == "mental_state"]
        if not minds or not any(h.code in STANCES or h.code == "rigid_rule" for h in markers):
            return markers
        plain_fact_holds = any(h.code in STANCES for h in markers) and not any(
            h.code in ("perspective_taking", "tentative") for h in markers
        )
        norms = arrays.norms
        swept = plain_fact = True  # every mind of the turn in one way or every one in the other
        for hit in minds:
            clause = clause_at(clauses, hit.start)
            if clause is None or clause.hedged or clause.question:
                return markers
            words = norms[clause.start : clause.end]
            swept = swept and (
                clause.subject in ("other", "you") and not self.stance_words.isdisjoint(words)
            )
            plain_fact = plain_fact and (
                plain_fact_holds
                and hit.rule == "mind.verb"
                and clause.subject == "other"
                and clause.main
                and not clause.negated
                and self.guess_words.isdisjoint(words)
            )
        if swept or plain_fact:
            return [h for h in markers if h.code != "mental_state"]
        return markers

    def drop_agreeing_of_course(self, markers, arrays):
        """'Ja, natuurlijk.', 'tuurlijk, vraag maar', 'ja natuurlijk, graag': 'natuurlijk' that
        agrees to a request holds no view as self-evident (unless the turn argues one)."""
        hits = [h for h in markers if h.rule == "cert.natuurlijk"]
        argues = STANCES | {"rigid_rule"}
        if not hits or any(h.code in argues and h.rule != "cert.natuurlijk" for h in markers):
            return markers
        norms, alpha = arrays.norms, arrays.alpha
        words = [norms[i] for i in range(arrays.length) if alpha[i]]
        agreeing = all(w in self.agreement_words for w in words)
        for hit in hits:
            following = [norms[i] for i in range(hit.end, arrays.length) if alpha[i]][:1]
            agreeing |= bool(following) and following[0] in self.agreement_words
            # 'ja natuurlijk, gisteren al gedaan', 'tuurlijk. ik heb het beloofd': a reply that
            # opens the turn; 'dat kan natuurlijk', 'dat mag ook natuurlijk': a concession
            before = [norms[i] for i in range(hit.start) if not arrays.punct[i]]
            opens = all(w in self.agreement_words for w in before) and (
                hit.end >= arrays.length or arrays.punct[hit.end]
            )
            agreeing |= opens or bool(before) and before[-1] in self.concession_words
        if not agreeing:
            return markers
        return [h for h in markers if h.rule != "cert.natuurlijk"]

    @staticmethod
    def drop_own_acts_as_blame(markers, clauses):
        """'ik ga haar kapotmaken', 'kheb haar eigenlijk beschuldigd', 'dat ik haar leven verpest':
        a harmful act whose subject is the speaker blames no one else for his problem."""
        if not any(h.rule == "blame.zij_verpesten" for h in markers):
            return markers
        own = [c for c in clauses if c.subject == "self"]
        if not own:
            return markers

        def by_self(hit):
            last = hit.end - 1
            return hit.rule == "blame.zij_verpesten" and any(c.start <= last < c.end for c in own)

        return [h for h in markers if not by_self(h)]

    def literal_states(self, clauses, norms):
        """'de koeling moest leeg', 'tis druk', 'de oven is kapot': the positions of words that
        name a state of mind as well as of a thing, in a clause without a person ('eng.', a
        one-word answer, still names the feeling asked about)."""
        if self.literal_words.isdisjoint(norms):
            return set()
        return {
            i
            for c in clauses
            if not c.subject and c.end - c.start > 3
            for i in range(c.start, c.end)
            if norms[i] in self.literal_words
        }

    def drop_labels_of_no_one(self, markers, arrays):
        """'achteraf was dat best bot van mij' judges an act, 'ik word er zot van' and 'ben je
        gek' are exclamations: an adjective is a label only for a person and as a verdict."""
        norms = arrays.norms

        def of_no_one(hit):
            if hit.rule != "label.copula_adjective":
                return False
            last, inside = norms[hit.end - 1], norms[max(0, hit.start - 1) : hit.end - 1]
            if last in self.crazy:
                following = norms[hit.end] if hit.end < len(norms) else 0
                return following in (self.van, self.question) or not self.you.isdisjoint(inside)
            return last in self.label_adjectives and not self.act_pronouns.isdisjoint(inside)

        return [h for h in markers if not of_no_one(h)]

    def drop_literal_states(self, markers, clauses, arrays):
        if not any(h.rule == "mind.emotion_word" for h in markers):
            return markers
        literal = self.literal_states(clauses, arrays.norms)
        return [h for h in markers if not (h.rule == "mind.emotion_word" and h.start in literal)]

    def drop_verbs_doing_other_work(self, markers, arrays):
        """'gwn luisteren denk ik', 'ik merk dat ik ...': the verb is a hedge after the fact or
        the self-observation, and counts as that, not as a named thought ('ik denk dat hij
        me mist' still names one)."""
        others = [h for h in markers if h.code in ("tentative", "self_reflection")]
        if not others:
            return markers

        norms, lemmas = arrays.norms, arrays.lemmas

        def absorbed(hit):
            for other in others:
                if other.start <= hit.start < other.end:
                    after = norms[hit.end] if hit.end < len(norms) else None
                    if other.code == "self_reflection":
                        # 'achteraf baal ik' is the look at oneself; in 'ik schaamde me. ik
                        # merk dat ik' the feeling of the sentence before is still named
                        _start, end = arrays.sentence(hit.start)
                        return lemmas[hit.start] in self.observing or other.end <= end
                    return after == self.ik
            return False

        return [h for h in markers if h.rule != "mind.verb" or not absorbed(h)]

    def affect_signals(self, doc, arrays):
        # on the token columns and the text (a token 'starts with !' if its first character
        # is one), without spaCy Token or Span objects
        text, idx, lengths, norms = doc_text(doc), arrays.idx, arrays.lengths, arrays.norms
        n = arrays.length
        exclaims = [i for i in range(n) if text[idx[i]] == "!"]
        # 'gefloten!! super blij mee!!': a turn of good cheer with no negative word anywhere
        cheerful = (
            bool(exclaims) and not self.cheer.isdisjoint(norms) and self.negative.isdisjoint(norms)
        )
        spans = []
        k = 0
        while k < len(exclaims):
            i = j = exclaims[k]
            k += 1
            while k < len(exclaims) and exclaims[k] == j + 1:
                j += 1
                k += 1
            if (j > i or lengths[i] > 1) and not (
                cheerful or self.happy(arrays, *arrays.sentence(i))
            ):
                spans.append(Hit(i, j + 1, "affect_flooding", "flood.exclamations"))
        # 'ik werd zo woedend!!!': a strong feeling exclaimed floods (said calmly it is a feeling)
        for i, norm in enumerate(norms):
            if norm in self.strong_feelings and any(i < k <= i + 3 for k in exclaims):
                spans.append(Hit(i, i + 1, "affect_flooding", "flood.sterke_woorden"))
        shouting = self.capitals(arrays, 3)
        exclaimed = sum(
            1
            for start, end in arrays.sentences()
            if text[idx[end - 1]] == "!" and not (cheerful or self.happy(arrays, start, end))
        )
        if (
            len(shouting) >= 2
            or (shouting and exclaimed)
            or any(norms[i] in self.strong_feelings for i in shouting)
        ):  # 'ik ben RAZEND': a strong feeling shouted floods on its own
            spans += [Hit(i, i + 1, "affect_flooding", "flood.capitals") for i in shouting]
        if exclaimed >= 3 and not spans:
            spans.append(Hit(0, len(doc), "affect_flooding", "flood.many_exclamations"))
        return spans

    def capitals(self, arrays, shortest):
        """Words in capitals of at least shortest letters, not acronyms ('RAZEND', not 'HR')."""
        strings, norms, lengths = self.strings, arrays.norms, arrays.lengths
        return [
            i
            for i in arrays.shouting_candidates()
            if lengths[i] >= shortest and strings[norms[i]] not in self.acronyms
        ]

    def every_in_complaint(self, doc, arrays, markers):
        """'mijn buren zijn asocialen. elke avond muziek', 'ze zet hem ELKE week op de bank':
        'elke ...' in a turn that labels someone, or shouted, generalises (said calmly, 'ik ga
        elke dinsdag', it is a habit or a schedule)."""
        if self.every.isdisjoint(arrays.norms) or any(h.code == "black_and_white" for h in markers):
            return []
        labels = any(h.code == "easy_label" for h in markers)
        norms, alpha = arrays.norms, arrays.alpha
        return [
            Hit(i, i + 2, "black_and_white", "bw.every_in_complaint")
            for i in range(arrays.length - 1)
            if norms[i] in self.every and alpha[i + 1] and (labels or doc[i].is_upper)
        ][:1]

    def drop_floods_not_his_now(self, markers, clauses, arrays):
        """'lotte was er kapot van', "hij riep 'ik word gek van jullie'", 'zaterdag was ik er
        kapot van, maar nu ...', 'ik weet van mezelf dat ik snel in paniek schiet': a flooding word
        of someone else, quoted, over, or looked at is no flood in the speaker now."""
        floods = [h for h in markers if h.rule in FLOOD_WORD_RULES]
        if not floods:
            return markers
        looked_at = {arrays.sentence(h.start) for h in markers if h.code == "self_reflection"}
        norms = arrays.norms
        drop = set()
        for h in floods:
            clause = clause_at(clauses, h.start)
            if clause is None:
                continue
            over = clause.past and self.now in norms[clause.end :]
            if (
                clause.subject == "other"
                or clause.quoted
                or clause.reported
                or over
                or arrays.sentence(h.start) in looked_at
            ):
                drop.add(h)
        return [h for h in markers if h not in drop]

    def other_mind_made_certain(self, arrays, markers, clauses):
        """'ze wil mijn uren, dat weet iedereen', 'mijn moeder bedoelt het gewoon goed, dat weet
        ik zeker': what goes on in another, in a turn that closes off doubt, is stated as fact
        (the certainty's own clause, 'dat weet iedereen', is about no one's mind)."""
        if not any(h.code == "certainty" for h in markers) or any(
            h.code == "assumed_intent" for h in markers
        ):
            return []
        closed = [(h.start, h.end) for h in markers if h.code in CLOSED_STANCES]
        norms = arrays.norms
        for c in clauses:
            if (
                c.subject != "other"
                or c.classes.isdisjoint(OTHER_MIND)
                or c.hedged
                or c.question
                or c.quoted
                or c.reported
                or any(a < c.end and c.start < b for a, b in closed)
                or not self.generic_persons.isdisjoint(norms[c.start : c.end])
            ):
                continue
            return [Hit(c.start, c.end, "assumed_intent", "intent.other_mind_made_certain")]
        return []

    def generic_you_norm(self, arrays, clauses):
        """'dat laat je als docent niet zien', 'als iemand aan je vriendin zit, sla je. klaar',
        'in een band ben je op tijd, punt': the client's 'you' after a fronted part is everyone,
        and with a norm word, a role, a closing 'punt' or an 'als'-clause before it, a rule."""
        norms, alpha = arrays.norms, arrays.alpha
        if self.generic_you.isdisjoint(norms):
            return []
        closed = not self.closures.isdisjoint(norms)
        for start, end in arrays.sentences():
            if norms[end - 1] == self.question or norms[start] in self.wh_words:
                continue
            for i in range(start + 1, end - 1):
                if norms[i + 1] not in self.generic_you or not alpha[i]:
                    continue
                if norms[i] in self.address_verbs or self.verb_form(norms[i]) is None:
                    continue
                clause = clause_at(clauses, i)
                if clause is None or clause.past or clause.quoted or clause.reported:
                    continue
                after = norms[i + 2 : end]
                role = any(
                    norms[k] in self.als
                    and norms[k + 1] in self.role_nouns
                    or norms[k] in self.als
                    and k + 2 < end
                    and norms[k + 2] in self.role_nouns
                    for k in range(start, end - 1)
                )
                conditional = norms[start] in self.als and any(
                    norms[k] == self.comma for k in range(start, i)
                )
                if closed or role or conditional or not self.norm_cues.isdisjoint(after):
                    return [Hit(i, i + 2, "rigid_rule", "rule.generic_you")]
            hit = self.you_must_in_a_role(arrays, clauses, start, end)
            if hit:
                return [hit]
        return []

    def you_must_in_a_role(self, arrays, clauses, start, end):
        """'ge moet daar boven staan als chauffeur', 'je moet daar tegen kunnen in dit vak': a
        sentence opened by 'je moet' with a role or the world it holds in is everyone's rule
        ('ge moet nie overdrijven he' is said to the coach)."""
        norms = arrays.norms
        i = start + (norms[start] in self.sentence_openers)
        if i + 1 >= end or norms[i] not in self.generic_you or norms[i + 1] not in self.modal_rule:
            return None
        clause = clause_at(clauses, i)
        if clause is None or clause.past or clause.quoted or clause.reported:
            return None
        words = norms[i + 2 : end]
        role = any(
            w in self.als and not self.role_nouns.isdisjoint(words[k + 1 : k + 3])
            for k, w in enumerate(words)
        )
        world = any(
            w in self.rule_worlds and words[k - 1] in self.this_our
            for k, w in enumerate(words)
            if k
        )
        return Hit(i, i + 2, "rigid_rule", "rule.generic_you") if role or world else None

    def generic_role_norm(self, arrays, clauses):
        """'Een bakker sluit niet op zondag.', 'ne vriend sms't nie met zijn ex, punt', 'Een manager
        die twijfelt, verliest zijn gezag.': a role in general as the subject of a present verb,
        with a norm word, a 'die'-clause or a closing 'punt': how such a person must be."""
        norms, alpha = arrays.norms, arrays.alpha
        if self.generic_determiners.isdisjoint(norms):
            return []
        closed = not self.closures.isdisjoint(norms)
        for start, end in arrays.sentences():
            if norms[end - 1] == self.question:
                continue
            i = start
            while i < end and (norms[i] in self.sentence_openers or not alpha[i]):
                i += 1
            if i + 2 >= end or norms[i] not in self.generic_determiners:
                continue
            noun = i + 1 if norms[i + 1] in self.role_nouns else i + 2
            if noun >= end or norms[noun] not in self.role_nouns:
                continue
            relative = norms[noun + 1] == self.die if noun + 1 < end else False
            for k in range(noun + 1, min(end, noun + 8 if relative else noun + 3)):
                if not alpha[k] or norms[k] in self.generic_you or self.verb_form(norms[k]) is None:
                    continue
                clause = clause_at(clauses, k)
                if clause is None or clause.past or clause.quoted or clause.reported:
                    break
                rest = norms[k + 1 : end]
                if closed or relative or self.geen in rest or not self.norm_cues.isdisjoint(rest):
                    return [Hit(i, k + 1, "rigid_rule", "rule.generic_role")]
                break
        return []

    def feeling_fragments(self, arrays, markers):
        """'zwaar. heel zwaar.', 'verwarrend. maar wel goed dat je het zegt', 'fijn eigenlijk.':
        a sentence that is only how something felt (and an adverb) answers with a feeling
        ('Zwaar?' echoes the coach's word and asks back)."""
        if any(h.code == "mental_state" for h in markers):
            return []
        norms, alpha = arrays.norms, arrays.alpha
        for start, end in arrays.sentences():
            if end > start and norms[end - 1] == self.question:
                continue
            words = [norms[i] for i in range(start, end) if alpha[i]]
            core = [w for w in words if w not in self.fragment_fillers]
            if len(words) <= 5 and len(core) == 1 and core[0] in self.fragment_feelings:
                i = next(k for k in range(start, end) if norms[k] == core[0])
                return [Hit(i, i + 1, "mental_state", "mind.fragment")]
        return []

    def label_fragments(self, arrays):
        """'gwoon egoistisch', 'Arrogant.': a sentence that is only a label (and an adverb)."""
        spans = []
        norms, alpha = arrays.norms, arrays.alpha
        if self.labels.isdisjoint(norms):
            return spans  # no label word anywhere
        for start, end in arrays.sentences():
            if end > start and norms[end - 1] == self.question:
                continue  # 'Waardeloos?', 'Gek?': the coach's word echoed, not the client's label
            words = [norms[i] for i in range(start, end) if alpha[i]]
            if not self.crazy.isdisjoint(words):
                continue  # 'ZOT!', 'amai. zot.': an exclamation, not a verdict on someone
            words = [w for w in words if w not in self.connectors]  # 'en lui.', 'of gwn dom'
            if all(w in self.state_answers or w in self.intensifiers for w in words):
                continue  # 'slecht.', 'heel moe': how he is, an answer, not a verdict
            if 0 < len(words) <= 3 and any(w in self.labels for w in words):
                if all(w in self.labels or w in self.intensifiers for w in words):
                    spans.append(Hit(start, end, "easy_label", "label.fragment"))
        return spans

    def happy(self, arrays, start, end):
        """'top, dankjewel!!': exclamations of good cheer, no negative word in the sentence."""
        words = arrays.norms[start:end]
        return not self.positive.isdisjoint(words) and self.negative.isdisjoint(words)

    def hedged_other_minds(self, doc, arrays):
        """'misschien was hij vooral moe', 'ik denk dat mijn partner bang is': a guess, held
        lightly, about what goes on in someone else."""
        norms, lemmas = arrays.norms, arrays.lemmas
        if self.hedges.isdisjoint(norms):
            return []
        if self.mental.isdisjoint(lemmas) and self.states.isdisjoint(norms):
            return []
        spans = []
        for start, end in arrays.sentences():
            if self.hedges.isdisjoint(norms[start:end]):
                continue
            for i in range(start, end):
                is_mind = lemmas[i] in self.mental or norms[i] in self.states
                if not is_mind or lemmas[i] == self.weten:
                    continue
                window = norms[max(start, i - 6) : min(end, i + 3)]
                near = range(max(start, i - 2), min(end, i + 2))
                about_self = any(
                    norms[j] in self.self_words and norms[j - 1] not in self.prepositions
                    for j in near
                )
                if not about_self and not self.others.isdisjoint(window):
                    spans.append(Hit(start, end, "perspective_taking", "persp.hedged_other_mind"))
                    break
        return spans

    def narrative_without_mind(self, doc, arrays, markers):
        if sum(arrays.alpha) < self.min_narrative_words:
            return []
        # a candidate the context dropped still argues ('niet expres'); a hedge in someone
        # else's quoted words ('zegt hij: misschien straks') holds nothing lightly
        norms, lemmas = arrays.norms, arrays.lemmas
        clauses = doc.user_data.get(CLAUSE_KEY, ())
        literal = self.literal_states(clauses, norms)
        # what someone else said, quoted or reported ("hij riep 'ik word gek van jullie'"), is
        # part of the account, not a mind the speaker names
        literal |= {i for c in clauses if c.quoted or c.reported for i in range(c.start, c.end)}
        candidates = [
            h for h in arrays.candidates if h.code != "tentative" and h.start not in literal
        ]
        if any(hit.code in NOT_A_NARRATIVE for hit in candidates + markers):
            return []
        for i, (norm, lemma) in enumerate(zip(norms, lemmas, strict=True)):
            if i in literal:
                continue
            if lemma in self.narrative_mind or norm in self.narrative_mind:
                # 'heeft me laten weten': telling someone, not knowing
                if not (lemma == self.weten and i and lemmas[i - 1] == self.laten):
                    return []
            if norm in self.feeling_asides:
                return []  # 'alsof er een deur dichtging', 'ik kan wel janken', 'ik ontplofte'
            if lemma == self.missen and i + 1 < len(norms) and norms[i + 1] in self.missed_ones:
                return []  # 'ik mis hem zo', not 'ik miste de bus'
        return [Hit(0, len(doc), "no_mental_states", "narrative.no_mind_words")]

    # coach --------------------------------------------------------------------------
    def verb_form(self, norm):
        """'finite' for a verb form that is not an infinitive ('heeft', 'voelde', 'zijn'),
        'stem' for a bare stem that may be an imperative ('neem', 'probeer'), else None."""
        form = self.verb_forms.get(norm, 0)
        if form == 0:
            form = self.verb_forms[norm] = self._verb_form(norm)
        return form

    def _verb_form(self, norm):
        if norm in self.finite_plurals:
            return "finite"
        word = self.strings[norm]
        lemma = self.lemmatizer.lemma(word)
        if lemma == word or lemma not in self.lemmatizer.index["verb"]:
            return None
        return "stem" if word in verb_stems(lemma) else "finite"

    def verb_first(self, words):
        """'heb je dat gezegd', 'zijn de kinderen erbij', 'voelde hij zich ...'."""
        if len(words) < 2:
            return False
        form = self.verb_form(words[0])
        if form is None or self.not_a_question(words):
            return False
        if form == "stem":  # 'heb je', 'voel je' ask; 'knap dat', 'laat haar' do not
            # 'probeer u daaraan vast te houden': before 'u' a stem is an imperative ('probeert
            # u' asks)
            return words[1] in self.personal and words[1] != self.u
        if words[1] in self.pronoun_subjects:
            return True
        return words[1] in self.determiners

    def not_a_question(self, words):
        """'maak je niet druk', 'dank je': a verb before 'je' that asks nothing."""
        phrases = (
            self.not_questions_by_first[0].get(words[0], self.not_questions_by_first[1])
            if words
            else self.not_questions
        )
        return any(tuple(words[: len(phrase)]) == phrase for phrase in phrases)

    def clause_words(self, norms, alpha, start, end):
        """The words of the sentence's last clause (after ',', ';' or ':'), openers dropped.
        Computed once per sentence of a turn (the question forms ask for it several times);
        the callers only read the lists."""
        turn, found = self._clause_words
        if turn is not norms:
            found = {}
            self._clause_words = (norms, found)
        words = found.get((start, end))
        if words is None:
            words = found[start, end] = self._clause_words_of(norms, alpha, start, end)
        return words

    def _clause_words_of(self, norms, alpha, start, end):
        sentence = norms[start:end]
        if self.clause_separators.isdisjoint(sentence):  # one clause, nothing quoted
            words = list(compress(sentence, alpha[start:end]))
            return words, ([words[:]] if words else [])
        clauses, current = [], []
        quoted = False
        for i in range(start, end):
            if norms[i] in self.quotes:  # words in quotes are someone's words, not this turn's
                quoted = not quoted
            elif quoted:
                continue
            elif norms[i] in self.clause_marks or norms[i] == self.comma:
                clauses.append(current)
                current = []
            elif alpha[i]:
                current.append(norms[i])
        clauses.append(current)
        words = [w for clause in clauses for w in clause]
        return words, [c for c in clauses if c]

    def reporting_tag(self, norms, alpha, start, end):
        """'…, hoor ik', '…, merk ik', '…, kan ik me voorstellen' closing a sentence: the verb
        of the tag (a verb before 'ik' that reports, not one that asks), else None."""
        if end <= start:
            return None
        last = end - 1
        while last > start and not alpha[last]:
            last -= 1
        if norms[last] != self.ik and norms[last] != self.voorstellen:
            return None  # the common case, decided without splitting the sentence
        _whole, clauses = self.clause_words(norms, alpha, start, end)
        if len(clauses) < 2:
            return None
        last = clauses[-1]
        if len(last) == 2 and last[1] == self.ik and last[0] in self.report_verbs:
            return last[0]
        if tuple(last) in self.imagine_tags:
            return last[0]
        return None

    def asking_clause(self, norms, alpha, start, end):
        """The words of the clause that asks: the first one if it opens a question, else the
        last one that does; openers ('oké', 'en') dropped."""
        whole, clauses = self.clause_words(norms, alpha, start, end)
        whole = self.strip_openers(whole)
        if len(clauses) > 1 and whole[1:2] == [self.ik]:
            # 'laat ik het anders vragen: wat zou je willen voelen', 'mag ik vragen: hoe is het
            # …': the coach's preface, the question is the wh-clause after it
            asked = next(
                (c for c in map(self.strip_openers, clauses[1:]) if self.opens_wh_question(c)),
                None,
            )
            if asked:
                return asked
        if self.opens_question(whole) or len(clauses) < 2:
            return whole
        for clause in reversed(clauses):
            clause = self.strip_openers(clause)
            if self.opens_question(clause):
                return clause
        return whole  # 'je was kwaad, en misschien ook ongerust?': a statement that checks

    def strip_openers(self, words):
        # 'oké, heb je ...': interjections go; 'dan kun je ...' keeps 'dan' (no inversion).
        while words and words[0] in self.openers and words[0] not in self.subordinators:
            words = words[1:]
        return words

    def question_form(self, norms, alpha, start, end):
        """Is the sentence a question by its form, without a question mark? A wh-word first
        ('wat maakte dat je zo reageerde'), a finite verb before its subject ('heb je dat
        gezegd', also in the last clause: 'en jij zelf, twijfel je weleens'), or a tag at the
        end ('je was boos, toch', '..., denk je'); 'wat fijn', 'wat een gedoe' are exclamations."""
        if end <= start or norms[end - 1] in self.statement_ends:
            return False  # 'allemaal, zegt ge.': a full stop ends a statement
        words, clauses = self.clause_words(norms, alpha, start, end)
        words = self.strip_openers(words)
        if len(words) < 2 or (len(words) == 2 and words[1] not in self.you):
            return False  # 'en zeur je' asks; 'echt niet' does not
        if any(
            tuple(words[-len(tag) :]) == tag
            for tag in self.tags_by_last[0].get(words[-1], self.tags_by_last[1])
        ):
            return True
        if (
            words[0] in self.wh_words
            and self.verb_form(words[1])
            and words[2:3]
            and (words[2] in self.subjects)
        ):
            return True  # 'wanneer merkte je dat voor het eerst': the verb, then its subject
        if words[0] in self.leading_subordinators:
            # 'omdat je vader ..., ben je nu zo streng': after a leading clause the verb comes
            # first in a statement too; only a wh-word still asks
            return len(clauses) > 1 and self.strip_openers(clauses[-1])[:1] in (
                [w] for w in self.wh_words
            )
        if self.opens_question(words):
            return True
        last = self.strip_openers(clauses[-1]) if len(clauses) > 1 else ()
        if len(last) > 1 and last[1] == self.ik:
            return False  # '…, vind ik straf', '…, hoorde ik van uw vrouw': a statement inverted
        if len(clauses) > 1 and self.opens_question(last):
            return True
        # 'dan vraag ik het liever: hoe is het voor jou, zonder je pc', 'en jij, hoe is het voor
        # jou, als …': a wh-word before its verb opens a question in a middle clause too
        return any(self.opens_wh_question(self.strip_openers(c)) for c in clauses[1:-1])

    def elliptic_question(self, norms, alpha, start, end):
        """'en vanbinnen?', 'En jij?', 'en in u, op da moment?', 'en daarna, toen je het las?':
        'en' and the person, the inside or the moment asked about, with no verb of its own and
        no other question in the sentence ('en toen' alone tells, 'en jij zelf, twijfel je
        weleens' asks a yes/no question, 'en je zoon, wat …' asks in its wh-clause)."""
        _whole, clauses = self.clause_words(norms, alpha, start, end)
        first = clauses[0] if clauses else []
        if len(first) < 2 or first[0] != self.en:
            return False
        if any(self.opens_question(self.strip_openers(c)) for c in clauses[1:]):
            return False
        focus = first[1]
        if focus == self.toen:  # 'en toen je dat appje las': a moment, its verb at the end
            return len(first) > 2 and first[2] in self.you_any
        if focus in self.prepositions_in and len(first) > 2:
            focus = first[2] if first[2] in self.you_any else 0
        if focus not in self.elliptic_focus:
            return False
        return not any(self.verb_form(w) for w in first[1:])

    def opens_wh_question(self, words):
        return bool(words) and words[0] in self.wh_words and self.opens_question(words)

    def opens_question(self, words):
        if len(words) < 2:
            return False
        first, second = words[0], words[1]
        if first in self.prepositions and second in self.wh_words and len(words) > 2:
            first, second = second, words[2]
        if first in self.wh_words:
            # 'wat je nu voelt is oud zeer': a wh-word before the subject opens a clause.
            return second not in self.exclamative and second not in self.subjects
        return self.verb_first(words)

    def coach_questions(self, doc, arrays, markers):
        result = list(markers)
        norms, alpha = arrays.norms, arrays.alpha
        clauses = doc.user_data.get(CLAUSE_KEY, ())
        for start, end in arrays.sentences():
            if end - start > 2 and norms[end - 2] in self.marks and norms[end - 1] in self.marks:
                continue  # 'een vape, op 14?!', 'om een barbecue??': alarm, not a question
            if self.elliptic_question(norms, alpha, start, end):
                # 'ge knikte. en vanbinnen?', 'En jij?', 'en daarna, toen je het las?': what he
                # felt, asked with 'en' and no verb of its own
                if not any(h.start < end and h.end > start for h in markers):
                    result.append(Hit(start, end, "not_knowing_question", "question.elliptic"))
                continue
            if self.question not in norms[start:end]:
                tag = self.reporting_tag(norms, alpha, start, end)
                if tag:
                    # 'ge zijt nu echt kwaad, hoor ik', 'dat doet pijn, kan ik me voorstellen':
                    # the coach says what he hears, he asks nothing; what he heard of the
                    # client's own is acknowledged
                    if tag in self.heard and not self.you_any.isdisjoint(norms[start:end]):
                        result.append(Hit(start, end, "empathic_validation", "emp.heard_tag"))
                    continue
                if not self.question_form(norms, alpha, start, end):
                    continue
                undone = [
                    h
                    for h in result
                    if h.start >= start
                    and h.end <= end
                    and (h.code in self.undone_by_question or h.rule in self.undone_by_question)
                ]
                result = [h for h in result if h not in undone]
                markers = [h for h in markers if h not in undone]
            present = {h.code for h in markers if h.start < end and h.end > start}
            # 'Je vertelde over je broer; hoe is het nu?', 'en jij, wat voelde jij toen':
            # the question is the clause that opens one (the first, else the last).
            words = self.asking_clause(norms, alpha, start, end)
            if len(words) == 1 and words[0] in self.why_words and self.question in norms[start:end]:
                result.append(Hit(start, end, "not_knowing_question", "question.open_wh"))
                continue  # 'Op je hoede. Waarvoor?'
            if len(words) < 2:
                continue  # 'Echt?', 'WAT?': a reaction, not a question to explore
            if start and self.is_check_back(norms, alpha, start, end):
                continue  # 'Is dat zo?' hands the sentence before it back (checked_back)
            if (
                self.what_happened[-1] in words
                and [w for w in words if w not in self.fillers] == self.what_happened
            ):
                continue  # 'balen. wat is er gebeurd': the story asked for, no mind explored
            first, second = words[0], words[1]
            if first in self.prepositions and second in self.wh_words:
                first, second = second, words[2] if len(words) > 2 else 0
            # 'Mag ik vragen wat er nu gebeurt?', 'Kun je vertellen hoe dat ging?' (not: 'heb je
            # hem gevraagd waarom hij zo laat was?', a yes/no question about what was done)
            embedded_wh = first in self.embedding_verbs and not self.wh_words.isdisjoint(words[2:])
            if (first, second) == self.mag_ik and not self.sharing.isdisjoint(words[2:6]):
                continue  # 'mag ik iets zeggen wat bij me opkomt?': a preface to his own view
            if first == self.laat and self.weten in words[1:5]:
                continue  # 'laat je weten hoe het ging': a request to hear back, no question
            if not self.take_along.isdisjoint(words[2:5]) and self.wh_words.isdisjoint(words):
                continue  # 'kun je me meenemen naar dat moment?': going back, not a yes/no
            if first == self.zou and tuple(words[-2:]) in self.guess_tags:
                continue  # 'zou hij daar tussen zitten, denk je?': a guess asked for, no fact
            if first == self.weet and self.nog not in words[1:4]:
                embedded_wh = False  # 'weet je waarom zij …' asks a fact; 'weet je nog hoe …' not
            if self.agenda_question(words):
                continue  # 'waar wil je het vandaag over hebben', 'wanneer zie je hem weer'
            if first in self.wh_words:
                if self.factual_opening(words, clauses, start):
                    continue  # 'wat stond er op dat briefje', 'hoe gaat het met je knie'
                if (first,) in self.factual_wh or (first, second) in self.factual_wh:
                    # 'wanneer merkte je dat voor het eerst', 'wat deed dat met je': a mind
                    asking = next((c for c in clauses if c.start == start), None)
                    if not (asking and not asking.classes.isdisjoint(MIND_CLASSES)) and not (
                        self.met in words and not self.you_any.isdisjoint(words)
                    ):
                        continue
                # An open question about someone's experience stays one when it also looks
                # at the relationship, another view or a moment to go back to.
                if not present & BLOCK_OPEN_QUESTION:
                    result.append(Hit(start, end, "not_knowing_question", "question.open_wh"))
            elif present & QUESTION_OVERRIDES or "telling_feelings" in present:
                continue
            elif embedded_wh:
                result.append(Hit(start, end, "not_knowing_question", "question.embedded_wh"))
            elif self.verb_first(words) or (
                self.verb_form(first) == "finite" and not self.not_a_question(words)
            ):
                result.append(Hit(start, end, "closed_question", "question.yes_no"))
            elif first in self.subjects and not present & MOVES_NOT_CHECKED:
                # 'ge waart kwaad, en misschien ook ongerust?' checks what he feels (a fact checked
                # is no clarification); 'het is maar een spelletje toch' dismisses, 'die boosheid
                # komt vast van je moeder, toch' interprets
                if self.names_a_mind(clauses, start, end) or not self.summing_up.isdisjoint(
                    norms[start:end]
                ):
                    result.append(Hit(start, end, "clarification", "question.declarative_check"))
        return result

    def agenda_question(self, words):
        """The session's agenda or a date asked ('waar wil je het vandaag over hebben', 'waar
        zullen we beginnen', 'wanneer zie je de vader weer', 'op welke dagen werk je'): no
        question about his experience."""
        phrases = _starting(self.agenda_questions, self.agenda_by_first, words)
        phrase = next((p for p in phrases if tuple(words[: len(p)]) == p), None)
        if phrase is None:
            return False
        if phrase[0] == self.wanneer:
            return self.weer in words  # 'wanneer zie je hem weer', not 'wanneer zie je dat'
        return True

    def factual_opening(self, words, clauses, start):
        """'Wat stond er in die klacht?', 'Wie waren er allemaal aanwezig?', 'Hoe is het met
        de rug?': a question after a fact, a thing or a body, with no word of a
        mind in the clause that asks, is no not-knowing question about his experience."""
        openings = _starting(self.factual_openings, self.openings_by_first, words)
        opening = next((p for p in openings if tuple(words[: len(p)]) == p), None)
        if opening is None:
            return False
        if opening[-1] == self.met and (
            len(words) < len(opening) + 2 or words[len(opening)] in self.you_any
        ):
            return False  # 'hoe gaat het met je, nu ...?' asks how he is
        if opening[-1] != self.met and not self.you_any.isdisjoint(words):
            return False  # 'Wat stond er voor je op het spel?' asks what mattered to him
        asking = next((c for c in clauses if c.start == start), None)
        return not (asking and not asking.classes.isdisjoint(MIND_CLASSES))

    def is_check_back(self, norms, alpha, start, end):
        """'klopt dat?', also 'klopt dat ongeveer', 'klopt dat, of zit ik ernaast?', 'is dat zo?'"""
        by_first, empty = self.check_backs_by_first
        if not empty:  # no phrase fits unless one begins with the sentence's first word
            first = next((norms[i] for i in range(start, end) if alpha[i]), None)
            if first is not None and first not in by_first:
                return False
        words = tuple(norms[i] for i in range(start, end) if alpha[i])
        phrases = by_first.get(words[0], empty) if words else self.check_backs
        return any(words[: len(c)] == c and len(words) <= len(c) + 4 for c in phrases)

    @staticmethod
    def names_a_mind(clauses, start, end):
        return any(
            start <= c.start < end and not c.classes.isdisjoint(MIND_CLASSES) for c in clauses
        )

    def plain_fact(self, arrays, clauses, start, end):
        """A summary of when, how long or how many, with no word of a mind in it ('Je was die
        ochtend te laat', 'je bent nu twee jaar afdelingshoofd')."""
        norms = arrays.norms
        if self.names_a_mind(clauses, start, end):
            return False
        return any(norms[i] in self.fact_words or arrays.digit[i] for i in range(start, end))

    def checked_back(self, arrays, markers, clauses):
        """'Je voelde je verklikt. Zeg ik dat goed?': a check-back sentence makes the sentence
        before it a clarification, no statement of the client's feelings. A check of a
        plain fact ('Je was die ochtend te laat, klopt dat?') is a closed question."""
        norms, alpha = arrays.norms, arrays.alpha
        sentences = arrays.sentences()
        backs = [
            k
            for k, (start, end) in enumerate(sentences)
            if k and self.is_check_back(norms, alpha, start, end)
        ]
        checked = {sentences[k - 1] for k in backs}
        kept = []
        for k in backs:
            start, end = sentences[k]
            before = sentences[k - 1]
            if self.plain_fact(arrays, clauses, *before):
                kept.append(Hit(start, end, "closed_question", "question.factual_check"))
            elif not any(
                # 'ik merk dat ik vastloop. herkent ge da?': the coach's own state handed over
                h.code
                in (
                    "telling_feelings",
                    "empathic_validation",
                    "clarification",
                    "coach_self_disclosure",
                )
                and arrays.sentence(h.start) in (before, (start, end))
                for h in markers
            ):
                kept.append(Hit(before[0], before[1], "clarification", "clar.checked_back"))
        for hit in markers:
            span = arrays.sentence(hit.start)
            if hit.rule == "clar.klopt_dat" and norms[hit.start] in self.klopt:
                checked_span = (
                    sentences[sentences.index(span) - 1]
                    if (span[0] == hit.start and sentences.index(span))
                    else span
                )
                if self.plain_fact(arrays, clauses, *checked_span):
                    kept.append(Hit(span[0], span[1], "closed_question", "question.factual_check"))
                    continue
            if span in checked and hit.code in ("telling_feelings", "empathic_validation"):
                kept.append(Hit(span[0], span[1], "clarification", "clar.checked_back"))
                continue
            kept.append(hit)
        return kept

    def past_word(self, norm):
        """'ging', 'reageerde', 'vulde': a past form of a verb (as the clause layer reads it)."""
        found = self.past_words.get(norm)
        if found is None:
            word = self.strings[norm]
            lemma = self.lemmatizer.lemma(word)
            stem = lemma[:-2] if lemma.endswith("en") else lemma
            found = (
                norm in self.past_forms
                or (
                    lemma != word
                    and lemma in self.lemmatizer.index["verb"]
                    and (
                        word[len(stem) :] in ("de", "te", "den", "ten")
                        # 'vulde', 'reageerde': the stem as the past tense writes it
                        or any(
                            word.endswith(suffix) and word[: -len(suffix)] in verb_stems(lemma)
                            for suffix in ("den", "ten", "de", "te")
                        )
                    )
                )
            )
            self.past_words[norm] = found
        return found

    def own_acts_of_ik(self, markers, arrays):
        """'ik ging te ver', 'dat vulde ik in', 'zo bedoelde ik het niet': the coach's own act
        (clause.coach_own_act) is told with 'ik' beside its past verb; 'we gaan verder waar we
        gebleven waren', 'ik ben benieuwd wat er gebeurde' tell no act of his own."""
        if not any(h.rule == "clause.coach_own_act" for h in markers):
            return markers
        norms = arrays.norms

        def told_by_ik(hit):
            return any(
                norms[i] == self.ik
                and any(
                    hit.start <= j < hit.end and self.past_word(norms[j]) for j in (i - 1, i + 1)
                )
                for i in range(hit.start, hit.end)
            )

        return [h for h in markers if h.rule != "clause.coach_own_act" or told_by_ik(h)]

    @staticmethod
    def drop_checked_readings(arrays, markers):
        """'dus misschien zit hij zelf ook klem. hoor ik dat goed?': a tentative reading of
        another that the coach checks with the client is a clarification; unchecked ('dus
        misschien zucht hij van de pijn en nie van u') it offers another view."""
        readings = [h for h in markers if h.rule == "alt.tentative_reading"]
        if not readings:
            return markers
        sentences = arrays.sentences()
        checked = set()
        for h in markers:
            if h.code == "clarification":
                k = sentences.index(arrays.sentence(h.start))
                checked.add(sentences[k])
                if k:
                    checked.add(sentences[k - 1])
        return [h for h in markers if h not in readings or arrays.sentence(h.start) not in checked]

    def validation_not_given(self, markers, arrays):
        """What looks like acknowledging his feeling and is another move: alarm ('Dat snap ik
        helemaal, ik zou ook ontploffen!', 'Jeetje, wat een ramp!') amplifies, it does not
        validate; 'dat spijt me' after the coach's own misstep ('ik merk dat ik je net
        afkapte. dat spijt me.') apologises; 'dat hoor ik' after a feeling stated as fact ('je
        bent gewoon jaloers, dat hoor ik zo') tells him what he feels."""
        validations = [h for h in markers if h.code == "empathic_validation"]
        if any(h.code == "amplifying" for h in markers):
            # 'stel je voor dat ze de straat op was gelopen!!': the worst case, no other view
            return [h for h in markers if h.code not in ALARM_OVERRIDES]
        if not validations:
            return markers
        norms = arrays.norms
        own = [h.start for h in markers if h.code == "coach_self_disclosure"]
        told = [arrays.sentence(h.start) for h in markers if h.code == "telling_feelings"]

        def not_given(hit):
            words = norms[hit.start : hit.end]
            if self.spijt in words:
                return any(start < hit.start for start in own)
            if self.hoor in words and words[:1] in ([self.dat], [self.da]):
                return arrays.sentence(hit.start) in told
            return False

        return [h for h in markers if h not in validations or not not_given(h)]

    def coach_alarm_words(self, arrays):
        """'Een uur?! Wat afschuwelijk, dat is echt niet normaal meer!', 'die man is een schoft,
        ik zou meteen ...!!': an alarm word in a turn the coach exclaims raises the alarm."""
        norms = arrays.norms
        for i, norm in enumerate(norms):
            if norm in self.alarm_words or (
                norm in self.alarm_negations
                and i + 1 < len(norms)
                and norms[i + 1] in self.alarm_after_negation
            ):
                return [Hit(i, i + 1, "amplifying", "amp.alarm_exclaimed")]
        return []

    def coach_alarm(self, doc):
        """A coach shouting (capitals with exclamation marks) amplifies the client's alarm."""
        shouting = self.capitals(token_arrays(doc), 2)
        return [Hit(i, i + 1, "amplifying", "amp.capitals") for i in shouting]
