"""An anchored token matcher: spaCy Matcher semantics, but only run where a rare word occurs.

spaCy's Matcher advances every pattern at every token. Our lexicons hold hundreds of patterns
that begin with broad lists or wildcards (`$other_person ~{0,6} ...`), so most of its work is
spent on partial matches that never complete. This matcher takes the *same* token patterns
(the output of lexicon.compile_pattern, validated by spaCy's Matcher in the tests) and
indexes every pattern on its rarest required token, its anchor. A document is scanned once,
one look-up per token of a per-word record (the patterns the word anchors, the bits of the
other required words it is); only the patterns whose anchor occurs and whose other required
words all occur are tried, and only at the anchor's positions, extending left and right.
tests/analysis/test_matching.py checks that it returns exactly the matches of spaCy's Matcher.

Token columns come from arrays.token_arrays(doc): NORM and LEMMA hashes and sentence starts.
"""

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.strings import get_string_id

from .lexicon import normalise

NORM, LEMMA, DIGIT = 0, 1, 2
COLUMNS = {"NORM": NORM, "LEMMA": LEMMA, "ORTH": NORM, "LOWER": NORM, "IS_DIGIT": DIGIT}
UNBOUNDED = 10_000
WORD_CACHE = 200_000  # words remembered per matcher (a bound for a long-running server)


class TokenSpec:
    """One token of a pattern: which column, which values, negated or not, how often."""

    __slots__ = ("column", "values", "negate", "sent_start", "low", "high", "words")

    def __init__(self, token):
        token = dict(token)
        op = token.pop("OP", None)
        self.low, self.high = _quantifier(op)
        self.sent_start = bool(token.pop("IS_SENT_START", False))
        self.column, self.values, self.negate, self.words = None, frozenset(), False, ()
        if len(token) > 1:
            raise ValueError(f"unsupported token pattern {token}")
        for attr, value in token.items():
            if attr not in COLUMNS:
                raise ValueError(f"unsupported attribute {attr}")
            if attr == "ORTH" and any(v != normalise(v) for v in _words(value)):
                raise ValueError(f"ORTH with case or quotes is not supported: {value}")
            self.column = COLUMNS[attr]
            if attr == "IS_DIGIT":
                self.values, self.negate, self.words = frozenset({int(bool(value))}), False, ("#",)
                continue
            self.negate = isinstance(value, dict) and "NOT_IN" in value
            self.words = tuple(_words(value))
            self.values = _interned(frozenset(get_string_id(w) for w in self.words))

    def test(self, columns, sent_starts, i):
        if self.sent_start and i not in sent_starts:
            return False
        if self.column is None:
            return True
        return (columns[self.column][i] in self.values) != self.negate

    def anchor_cost(self, frequent):
        """How often this token is expected to occur; None if it cannot anchor a match."""
        if self.column is None or self.negate or (self.low, self.high) != (1, 1):
            return None
        cost = sum(
            frequent[w] if w in frequent else 10 if w in STOP_WORDS or not w.isalpha() else 1
            for w in self.words
        )
        return cost * (2 if self.column == LEMMA else 1)  # a lemma stands for several forms


_INTERNED = {}


def _interned(value):
    """One object for equal word sets and requirements (the lexicons repeat their lists in many
    patterns): less memory to hold, and fewer places in it for a document's checks to touch."""
    return _INTERNED.setdefault(value, value)


def _words(value):
    if isinstance(value, dict):
        (value,) = value.values()
        return list(value)
    return [value]


def _quantifier(op):
    if op is None or op == "!":
        if op == "!":
            raise ValueError("OP '!' is not supported")
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, UNBOUNDED
    if op == "+":
        return 1, UNBOUNDED
    low, high = op.strip("{}").split(",") if "," in op else (op.strip("{}"),) * 2
    return int(low or 0), int(high) if high else UNBOUNDED


class Pattern:
    __slots__ = (
        *("key", "specs", "anchor", "left", "right", "required", "fixed", "checks"),
        *("near", "before", "after", "left_rest", "right_rest", "anchor_sent_start"),
    )

    def __init__(self, key, tokens, frequent=None):
        frequent = frequent or {}
        specs = []
        for token in tokens:
            spec = TokenSpec(token)
            if spec.low >= 1 and spec.high > 1 and spec.column is not None and not spec.negate:
                # 'x+' → 'x x*', so that the first x can anchor the pattern
                one = TokenSpec({k: v for k, v in token.items() if k != "OP"})
                spec.low, spec.high = spec.low - 1, spec.high - 1
                specs += [one, spec]
            else:
                specs.append(spec)
        self.key, self.specs = key, specs
        costs = [(s.anchor_cost(frequent), i) for i, s in enumerate(specs)]
        costs = [(cost, i) for cost, i in costs if cost is not None]
        self.anchor = min(costs)[1] if costs else None
        # Other tokens every match needs, rarest first: if one is absent from the document,
        # the pattern cannot match there and is skipped.
        self.required = tuple(
            _interned((spec.column, spec.values))
            for cost, i in sorted(costs)
            if i != self.anchor and (spec := specs[i]).column != DIGIT
        )
        if self.anchor is not None:
            self.left = specs[: self.anchor][::-1]
            self.right = specs[self.anchor + 1 :]
            # Both sides without quantifiers: one start, one end, no search needed; the other
            # tokens are checked at fixed offsets from the anchor, rarest first.
            self.fixed = all((s.low, s.high) == (1, 1) for s in self.left + self.right)
            offsets = [(k - self.anchor, spec) for k, spec in enumerate(specs) if k != self.anchor]
            offsets.sort(key=lambda item: item[1].anchor_cost(frequent) or UNBOUNDED)
            self.checks = tuple(
                (offset, spec.column, spec.values, spec.negate, spec.sent_start)
                for offset, spec in offsets
            )
            self.anchor_sent_start = specs[self.anchor].sent_start
            # With quantifiers: the tokens next to the anchor up to the first quantifier on
            # each side (before of them on the left, after on the right) still sit at fixed
            # offsets and are checked first, rarest first ('near'); only the rest of each side
            # is searched, from the first position after them.
            self.before = _single_count(self.left)
            self.after = _single_count(self.right)
            self.left_rest = self.left[self.before :]
            self.right_rest = self.right[self.after :]
            near = [(-1 - k, spec) for k, spec in enumerate(self.left[: self.before])]
            near += [(1 + k, spec) for k, spec in enumerate(self.right[: self.after])]
            near.sort(key=lambda item: item[1].anchor_cost(frequent) or UNBOUNDED)
            self.near = tuple(
                (offset, spec.column, spec.values, spec.negate, spec.sent_start)
                for offset, spec in near
                if spec.column is not None or spec.sent_start  # not a bare wildcard
            )


def _single_count(specs):
    """How many of specs, from the first, match exactly one token."""
    count = 0
    for spec in specs:
        if (spec.low, spec.high) != (1, 1):
            break
        count += 1
    return count


def _extend(specs, k, i, step, columns, sent_starts, n, out):
    """Positions reachable by matching specs[k:] from token i, moving by step (+1 or -1)."""
    out.update(_reach(specs[k:], i, step, columns, sent_starts, n))


def _reach(specs, i, step, columns, sent_starts, n):
    """The set of positions reachable by matching specs from token i, moving by step (+1 or
    -1): all ways through the quantifiers at once, position by position (no recursion)."""
    positions = (i,)
    for spec in specs:
        column, low, high = spec.column, spec.low, spec.high
        reached = set()
        if column is None and not spec.sent_start:  # a wildcard: any tokens, low to high
            for p in positions:
                if step > 0:
                    last = min(p + high, n)
                    if p + low <= last:
                        reached.update(range(p + low, last + 1))
                else:
                    first = max(p - high, 0)
                    if p - low >= first:
                        reached.update(range(first, p - low + 1))
        else:
            values, negate = spec.values, spec.negate
            for p in positions:
                count = 0
                while True:
                    if count >= low:
                        reached.add(p)
                    if count >= high:
                        break
                    position = p if step > 0 else p - 1
                    if position < 0 or position >= n:
                        break
                    if spec.sent_start and position not in sent_starts:
                        break
                    if column is not None and (columns[column][position] in values) == negate:
                        break
                    p += step
                    count += 1
        if not reached:
            return reached
        positions = reached
    return set(positions)


class AnchoredMatcher:
    def __init__(self, patterns, frequent=(), others=()):
        """patterns: (key, [spaCy token pattern, ...]) pairs, keys in any hashable form;
        frequent: words to avoid as anchors, most frequent first (word_lists.json);
        others: further groups of such pairs, matched from the same scan of a document
        (matcher(arrays, group=1), ...): the context rules beside a role's marker patterns."""
        frequent = {w: 1000 / (1 + rank / 10) for rank, w in enumerate(frequent)}
        groups = [patterns, *others]
        self.index = [({}, {}, {}) for _ in groups]  # group → column → anchor value → [Pattern]
        self.unanchored = [[] for _ in groups]
        for group, pairs in enumerate(groups):
            for key, alternatives in pairs:
                for tokens in alternatives:
                    pattern = Pattern(key, tokens, frequent)
                    if pattern.anchor is None:
                        self.unanchored[group].append(pattern)
                        continue
                    anchor = pattern.specs[pattern.anchor]
                    index = self.index[group][anchor.column]
                    for value in anchor.values:
                        index.setdefault(value, []).append(pattern)
        # Every distinct requirement (a NORM or LEMMA word set some pattern needs besides its
        # anchor) is one bit; each word carries the bits of the requirements it meets. A
        # document's words give one mask, and a pattern is tried only when its requirements'
        # bits are all in it: one integer test per candidate pattern instead of a set test per
        # requirement.
        bits = {}
        for columns in self.index:
            for index in columns:
                for found in index.values():
                    for pattern in found:
                        for requirement in pattern.required:
                            bits.setdefault(requirement, 1 << len(bits))
        self.word_bits = ({}, {})  # NORM, LEMMA: word hash → the bits of its requirements
        for (column, values), bit in bits.items():
            table = self.word_bits[column]
            for value in values:
                table[value] = table.get(value, 0) | bit
        # what the document loop reads of each pattern, unpacked without attribute look-ups:
        # (key, the bits of its requirements, pattern); per group, per column, per anchor value
        self.entries = tuple(
            tuple(
                {
                    value: tuple((p.key, sum(bits[r] for r in set(p.required)), p) for p in found)
                    for value, found in index.items()
                }
                for index in columns
            )
            for columns in self.index
        )
        self.digit_keys = tuple(frozenset(columns[DIGIT]) for columns in self.index)
        self.words = {}  # norm hash → (lemma hash, its bits, per group the patterns it anchors)

    def word(self, norm, lemma):
        """What one word brings to a document (once per word, not per token): the bits of the
        requirements it meets as a NORM or a LEMMA, and per group the patterns it anchors (None
        for none in any group)."""
        bits = self.word_bits[NORM].get(norm, 0) | self.word_bits[LEMMA].get(lemma, 0)
        anchored = tuple(
            entries[NORM].get(norm, ()) + entries[LEMMA].get(lemma, ()) for entries in self.entries
        )
        record = (lemma, bits, anchored if any(anchored) else None)
        if len(self.words) < WORD_CACHE:
            self.words[norm] = record
        return record

    def scan(self, arrays):
        """(the bits of the document's words, [(token, per group the patterns anchored on
        it)]), one look-up per token; kept on the arrays for the matcher's other groups."""
        scanned = arrays.scanned
        if scanned is not None and scanned[0] is self:
            return scanned[1], scanned[2]
        words, word = self.words, self.word
        have, anchors = 0, []
        for i, (norm, lemma) in enumerate(zip(arrays.norms, arrays.lemmas, strict=True)):
            record = words.get(norm)
            if record is None or record[0] != lemma:
                record = word(norm, lemma)
            if record[1]:
                have |= record[1]
            if record[2] is not None:
                anchors.append((i, record[2]))
        arrays.scanned = (self, have, anchors)
        return have, anchors

    def __call__(self, arrays, keys=None, group=0):
        """All matches of a group's patterns as a set of (key, start, end); keys: only
        patterns with these keys."""
        columns, sent_starts, n = arrays.columns, arrays.sent_starts, arrays.length
        found = set()
        at_anchor = self._at_anchor
        have, anchors = self.scan(arrays)
        for i, anchored in anchors:
            for key, need, pattern in anchored[group]:
                if (keys is not None and key not in keys) or need & have != need:
                    continue
                at_anchor(pattern, i, columns, sent_starts, n, found)
        if self.digit_keys[group]:
            values = columns[DIGIT]
            for value in self.digit_keys[group].intersection(values):
                for key, need, pattern in self.entries[group][DIGIT][value]:
                    if (keys is not None and key not in keys) or need & have != need:
                        continue
                    for i in [i for i, v in enumerate(values) if v == value]:
                        at_anchor(pattern, i, columns, sent_starts, n, found)
        for pattern in self.unanchored[group]:
            if keys is not None and pattern.key not in keys:
                continue
            for i in range(n):
                ends = _reach(pattern.specs, i, 1, columns, sent_starts, n)
                found.update((pattern.key, i, end) for end in ends if end > i)
        return found

    @staticmethod
    def _at_anchor(pattern, i, columns, sent_starts, n, found):
        if pattern.anchor_sent_start and i not in sent_starts:
            return
        if pattern.fixed:
            start, end = i - len(pattern.left), i + 1 + len(pattern.right)
            if start < 0 or end > n:
                return
            for offset, column, values, negate, sent_start in pattern.checks:
                j = i + offset
                if sent_start and j not in sent_starts:
                    return
                if column is not None and (columns[column][j] in values) == negate:
                    return
            found.add((pattern.key, start, end))
            return
        first, last = i - pattern.before, i + pattern.after  # the tokens at fixed offsets
        if first < 0 or last >= n:
            return
        for offset, column, values, negate, sent_start in pattern.near:
            j = i + offset
            if sent_start and j not in sent_starts:
                return
            if column is not None and (columns[column][j] in values) == negate:
                return
        rest = pattern.right_rest
        ends = _reach(rest, last + 1, 1, columns, sent_starts, n) if rest else (last + 1,)
        if not ends:
            return
        rest = pattern.left_rest
        starts = _reach(rest, first, -1, columns, sent_starts, n) if rest else (first,)
        key = pattern.key
        found.update((key, start, end) for start in starts for end in ends)
