"""The review of one transcript as plain data for templates and exports.

`turn_reviews(dialogue, user)` pairs every turn with its analysis, the judgements and comments
on it, and what the viewing reviewer made of each flag. Effective codes (what the summary, CSV
and report count) are the analyser's codes minus the viewer's rejections plus their additions.
"""

import dataclasses
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from dialogues.analysis import (
    ANALYSER_VERSION,
    CLIENT_CODES,
    COACH_CODES,
    KIND,
    Marker,
    analyse_many,
)
from dialogues.analysis.codes import CLIENT_PROBLEMS, COACH_BAD, COACH_GOOD
from dialogues.labels import code_label
from dialogues.models import Dialogue, Turn

from .agreement import agreement, evaluation_line
from .models import Comment, Judgement, reviewable_dialogues

ANALYSABLE = (Turn.Role.CLIENT, Turn.Role.COACH)


@dataclass
class Flag:
    code: str
    mine: Judgement | None = None  # the viewer's verdict on this flag
    others: list = field(default_factory=list)  # other reviewers' verdicts
    gone: bool = False  # judged earlier, no longer found by the (updated) analyser

    @property
    def label(self):
        return code_label(self.code)

    @property
    def kind(self):
        return KIND[self.code]


@dataclass
class TurnReview:
    turn: Turn
    analysis: object  # dialogues.analysis.Analysis or None for 'other' turns
    flags: list  # Flag for each code the analyser found
    added: list  # Judgement(verdict=add) of every reviewer
    comments: list
    display: object = None  # the analysis with the reviewers' added markers merged in
    judgements: list = field(default_factory=list)  # every reviewer's, on this turn
    add_form: object = None  # a bound form with errors, to show again
    comment_form: object = None

    @property
    def codes(self):
        return self.analysis.codes if self.analysis else []

    def verdicts(self, user):
        """{code: verdict} of one reviewer on this turn."""
        return {j.code: j.verdict for j in self.judgements if j.author_id == user.pk}

    def effective_codes(self, user):
        verdicts = self.verdicts(user)
        codes = {c for c in self.codes if verdicts.get(c) != Judgement.Verdict.REJECT}
        codes |= {c for c, v in verdicts.items() if v in ("add", "confirm")}
        return sorted(codes)

    @property
    def addable_codes(self):
        """The codes of this turn's role that the analyser did not find: a reviewer can add them."""
        role_codes = CLIENT_CODES if self.turn.role == "client" else COACH_CODES
        return [(c, code_label(c)) for c in role_codes if c not in self.codes]

    @property
    def is_problem(self):
        return any(KIND[c] == "problem" for c in self.codes) or any(
            KIND[j.code] == "problem" for j in self.added
        )


def _prefetched_turns(queryset):
    return queryset.select_related("dialogue").prefetch_related(
        Prefetch("judgements", queryset=Judgement.objects.select_related("author")),
        Prefetch("review_comments", queryset=Comment.objects.select_related("author")),
    )


def review_turn(turn, user):
    judgements = list(turn.judgements.select_related("author"))
    comments = list(turn.review_comments.select_related("author"))
    return _build(turn, judgements, comments, user)


def refresh_analyses(turns):
    """Analyse in one batch the turns whose stored analysis is missing or from an older analyser
    version (Turn.analysed() would do them one by one on a long transcript)."""
    stale = [
        t
        for t in turns
        if t.role in ANALYSABLE and (t.analysis is None or t.analysis_version != ANALYSER_VERSION)
    ]
    if not stale:
        return
    for turn, result in zip(stale, analyse_many((t.text, t.role) for t in stale), strict=True):
        turn.analysis, turn.analysis_version = result.to_dict(), ANALYSER_VERSION
    Turn.objects.bulk_update(stale, ["analysis", "analysis_version"], batch_size=500)


def turn_reviews(dialogue, user, turns=None):
    if turns is None:
        turns = list(_prefetched_turns(dialogue.turns.order_by("position")))
    refresh_analyses(turns)
    return [
        _build(turn, list(turn.judgements.all()), list(turn.review_comments.all()), user)
        for turn in turns
    ]


def _build(turn, judgements, comments, user):
    analysis = turn.analysed() if turn.role in ANALYSABLE else None
    flags = []
    if analysis:
        # the analyser's flags, then codes judged earlier that a newer analyser no longer finds
        judged = sorted({j.code for j in judgements if j.verdict != "add"} - set(analysis.codes))
        for code in [*analysis.codes, *judged]:
            on_code = [j for j in judgements if j.code == code and j.verdict != "add"]
            mine = next((j for j in on_code if j.author_id == user.pk), None)
            flags.append(
                Flag(code, mine, [j for j in on_code if j is not mine], code not in analysis.codes)
            )
    added = [j for j in judgements if j.verdict == Judgement.Verdict.ADD]
    # What the text highlights for this viewer: the analyser's markers without the ones they
    # rejected, plus every reviewer's additions.
    rejected = {
        j.code
        for j in judgements
        if j.author_id == user.pk and j.verdict == Judgement.Verdict.REJECT
    }
    display = analysis
    if analysis and (added or rejected):
        extra = tuple(
            Marker(
                code=j.code,
                start=j.start,
                end=j.end,
                text=turn.text[j.start : j.end],
                rule=f"trainer:{j.author.get_username()}",
                explanation=(
                    _("toegevoegd door jou")
                    if j.author_id == user.pk
                    else _("toegevoegd door %(name)s") % {"name": j.author.get_username()}
                ),
            )
            for j in added
            if j.start is not None and j.end is not None
        )
        kept = tuple(m for m in analysis.markers if m.code not in rejected)
        display = dataclasses.replace(analysis, markers=kept + extra)
    return TurnReview(turn, analysis, flags, added, comments, display, judgements)


# --- filters -------------------------------------------------------------------------------

FILTERS = {
    "": gettext_lazy("alle beurten"),
    "problems": gettext_lazy("alleen cliëntbeurten met niet-mentaliserende signalen"),
    "coach": gettext_lazy("alleen coachbeurten (kies hiernaast de soort)"),
    "comments": gettext_lazy("alleen beurten met opmerkingen"),
}


def filter_reviews(reviews, show="", coach_code="", user=None):
    if show == "problems":
        return [r for r in reviews if r.turn.role == "client" and r.is_problem]
    if show == "coach":
        return [
            r
            for r in reviews
            if r.turn.role == "coach" and (not coach_code or coach_code in r.effective_codes(user))
        ]
    if show == "comments":
        return [r for r in reviews if r.comments]
    return reviews


# --- summary -------------------------------------------------------------------------------


@dataclass
class MissedOpportunity:
    client: TurnReview
    coach: TurnReview | None
    problems: list
    reply_codes: list
    suggestion: str


def summarise(reviews, user):
    """The coach's intervention profile, markers over the session, missed opportunities."""
    profile = {code: 0 for code in COACH_CODES}
    timeline = []  # (position, code) of every client marker, in order
    for review in reviews:
        codes = review.effective_codes(user)
        if review.turn.role == "coach":
            for code in codes:
                profile[code] += 1
        elif review.turn.role == "client":
            timeline.extend((review.turn.position, code) for code in codes)
    missed = []
    for index, review in enumerate(reviews):
        if review.turn.role != "client":
            continue
        problems = [c for c in review.effective_codes(user) if c in CLIENT_PROBLEMS]
        if not problems:
            continue
        reply = next((r for r in reviews[index + 1 :] if r.turn.role in ANALYSABLE), None)
        reply = reply if reply and reply.turn.role == "coach" else None
        reply_codes = reply.effective_codes(user) if reply else []
        if (
            reply is None
            or not any(c in COACH_GOOD for c in reply_codes)
            or any(c in COACH_BAD for c in reply_codes)
        ):
            suggestions = review.analysis.suggestions if review.analysis else ()
            missed.append(
                MissedOpportunity(
                    review,
                    reply,
                    problems,
                    reply_codes,
                    suggestions[0].text if suggestions else "",
                )
            )
    coach_turns = sum(1 for r in reviews if r.turn.role == "coach")
    return {
        "profile": [(code, count) for code, count in profile.items() if count],
        "timeline": timeline,
        "missed": missed,
        "coach_turns": coach_turns,
        "client_turns": sum(1 for r in reviews if r.turn.role == "client"),
        "last_position": max((r.turn.position for r in reviews), default=0),
    }


# --- agreement and evaluation export -------------------------------------------------------


def reviewed_turns(user, dialogue=None):
    """Analysable turns of the transcripts (visible to the user) in which they judged anything,
    with their judgements prefetched and their analyses up to date."""
    dialogues = reviewable_dialogues(user).filter(turns__judgements__author=user)
    if dialogue is not None:
        dialogues = dialogues.filter(pk=dialogue.pk)
    turns = Turn.objects.filter(dialogue__in=dialogues.values("pk"), role__in=ANALYSABLE).order_by(
        "dialogue_id", "position"
    )
    turns = list(
        turns.select_related("dialogue").prefetch_related(
            Prefetch("judgements", queryset=Judgement.objects.filter(author=user), to_attr="mine")
        )
    )
    refresh_analyses(turns)
    return turns


def agreement_for(user, dialogue=None):
    units = (
        (turn.role, set(turn.analysed().codes), {j.code: j.verdict for j in turn.mine})
        for turn in reviewed_turns(user, dialogue)
    )
    return agreement(units)


def evaluation_lines(user, dialogue=None):
    for turn in reviewed_turns(user, dialogue):
        yield evaluation_line(
            f"t{turn.dialogue_id}-{turn.position}",
            turn.role,
            turn.text,
            set(turn.analysed().codes),
            {j.code: j.verdict for j in turn.mine},
        )


# --- import --------------------------------------------------------------------------------


def save_transcript(owner, title, rows, case=None):
    """Create an imported transcript from [(speaker, role, text), ...], all or nothing.
    The analyser runs before the transaction, so the database is locked only for the writes."""
    analysable = [(text, role) for _speaker, role, text in rows if role in ANALYSABLE]
    analyses = iter(analyse_many(analysable))
    with transaction.atomic():
        dialogue = Dialogue.objects.create(
            title=title, kind=Dialogue.Kind.IMPORTED, owner=owner, case=case
        )
        turns = []
        for position, (speaker, role, text) in enumerate(rows, start=1):
            analysis = next(analyses).to_dict() if role in ANALYSABLE else None
            turns.append(
                Turn(
                    dialogue=dialogue,
                    position=position,
                    role=role,
                    speaker=speaker,
                    text=text,
                    analysis=analysis,
                    analysis_version=ANALYSER_VERSION if analysis else "",
                )
            )
        Turn.objects.bulk_create(turns, batch_size=500)
    return dialogue
