"""The trainer's dashboard figures and the CSV export, computed from a workshop's attempts."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from dialogues.labels import code_label, code_with_label

from .models import Attempt, Exercise


def share(part, whole):
    return part / whole if whole else None


@dataclass
class ExerciseFigures:
    exercise: Exercise
    tried: int = 0  # participants with at least one attempt
    attempts: int = 0
    good: int = 0
    missed_codes: list = field(default_factory=list)  # [(code, times missed)], most first
    advice: int = 0  # follow-ups classified as advice
    verdicts: Counter = field(default_factory=Counter)
    wrong_options: list = field(default_factory=list)  # [(option index, times chosen)]
    wrong_moment: int = 0

    @property
    def good_share(self):
        return share(self.good, self.attempts)

    @property
    def advice_share(self):
        return share(self.advice, self.attempts)

    @property
    def wrong_moment_share(self):
        return share(self.wrong_moment, self.attempts)

    def missed_labels(self, limit=3):
        return [(code_label(code), n) for code, n in self.missed_codes[:limit]]

    def wrong_option_texts(self, limit=2):
        options = self.exercise.options
        return [
            (options[i]["text"] if 0 <= i < len(options) else "?", n)
            for i, n in self.wrong_options[:limit]
        ]


def exercise_figures(workshop):
    exercises = list(workshop.ordered_exercises())
    figures = {e.pk: ExerciseFigures(e) for e in exercises}
    tried = defaultdict(set)
    missed = defaultdict(Counter)
    wrong_options = defaultdict(Counter)
    for attempt in Attempt.objects.for_workshop(workshop).select_related("exercise"):
        fig = figures.get(attempt.exercise_id)
        if fig is None:  # exercise removed from the workshop later
            continue
        fig.attempts += 1
        fig.good += attempt.is_good
        tried[attempt.exercise_id].add(attempt.participant_id)
        result = attempt.result
        kind = attempt.exercise.kind
        if kind == Exercise.Kind.MARKERS:
            missed[attempt.exercise_id].update({code for _s, code in result.get("missed", [])})
        elif kind == Exercise.Kind.NOT_KNOWING:
            fig.verdicts[result.get("verdict")] += 1
            fig.advice += result.get("verdict") == "advice"
        elif kind == Exercise.Kind.CHOOSE:
            chosen = attempt.answer.get("option")
            if not attempt.is_good and isinstance(chosen, int):
                wrong_options[attempt.exercise_id][chosen] += 1
        elif kind == Exercise.Kind.REWIND:
            verdict = result.get("question", {}).get("verdict")
            fig.verdicts[verdict] += 1
            fig.advice += verdict == "advice"
            fig.wrong_moment += result.get("moment") != "right"
    for pk, fig in figures.items():
        fig.tried = len(tried[pk])
        fig.missed_codes = sorted(missed[pk].items(), key=lambda item: (-item[1], item[0]))
        fig.wrong_options = sorted(wrong_options[pk].items(), key=lambda item: (-item[1], item[0]))
    return [figures[e.pk] for e in exercises]


@dataclass
class ParticipantProgress:
    participant: object
    total: int
    done: int = 0  # exercises tried
    good: int = 0  # exercises with at least one good answer
    attempts: int = 0
    last: object = None

    @property
    def done_share(self):
        return share(self.done, self.total)


def participant_progress(workshop):
    exercise_ids = set(workshop.exercises.values_list("pk", flat=True))
    rows = {p.pk: ParticipantProgress(p, len(exercise_ids)) for p in workshop.participants.all()}
    done, good = defaultdict(set), defaultdict(set)
    for attempt in Attempt.objects.for_workshop(workshop).filter(exercise_id__in=exercise_ids):
        row = rows[attempt.participant_id]
        row.attempts += 1
        row.last = max(row.last, attempt.created) if row.last else attempt.created
        done[attempt.participant_id].add(attempt.exercise_id)
        if attempt.is_good:
            good[attempt.participant_id].add(attempt.exercise_id)
    for pk, row in rows.items():
        row.done, row.good = len(done[pk]), len(good[pk])
    return list(rows.values())


# --- CSV ------------------------------------------------------------------------------------


def csv_header():
    return [
        _("workshop"),
        _("deelnemer"),
        _("oefening"),
        _("soort"),
        _("tijdstip"),
        _("goed"),
        _("score"),
        _("antwoord"),
        _("beoordeling"),
    ]


def _verdict(verdict):
    """A follow-up verdict as stored (an analyser code or good / validation_only / no_question)
    with its label beside it."""
    if not verdict:
        return ""
    labels = {
        "good": _("goed"),
        "validation_only": _("alleen erkenning"),
        "no_question": _("geen vraag naar de beleving"),
    }
    if verdict in labels:
        return f"{verdict} ({labels[verdict]})"
    return code_with_label(verdict)


def _moment(moment):
    labels = {"right": _("goed moment"), "early": _("te vroeg"), "late": _("te laat")}
    return f"{moment} ({labels[moment]})" if moment in labels else moment or ""


def answer_summary(attempt):
    answer, result = attempt.answer, attempt.result
    kind = attempt.exercise.kind
    if kind == Exercise.Kind.MARKERS:

        def where(s):
            return _("hele uitspraak") if s is None else _("zin %(n)d") % {"n": s + 1}

        def fmt(pairs):
            return ", ".join(f"{where(s)}: {code_with_label(c)}" for s, c in pairs)

        return (
            fmt(answer.get("marks", [])),
            _("gevonden: %(found)s; gemist: %(missed)s; te veel: %(over)s")
            % {
                "found": fmt(result.get("found", [])),
                "missed": fmt(result.get("missed", [])),
                "over": fmt(result.get("over_marked", [])),
            },
        )
    if kind == Exercise.Kind.NOT_KNOWING:
        return answer.get("question", ""), _verdict(result.get("verdict", ""))
    if kind == Exercise.Kind.CHOOSE:
        options = attempt.exercise.options
        index = answer.get("option", -1)
        text = options[index]["text"] if 0 <= index < len(options) else ""
        return text, _("beste keuze") if attempt.is_good else _("niet de beste keuze")
    if kind == Exercise.Kind.REWIND:
        return (
            _("zin %(n)d: %(question)s")
            % {"n": answer.get("sentence", 0) + 1, "question": answer.get("question", "")},
            _("moment: %(moment)s; vraag: %(verdict)s")
            % {
                "moment": _moment(result.get("moment", "")),
                "verdict": _verdict(result.get("question", {}).get("verdict", "")),
            },
        )
    return "", ""


def csv_rows(workshop):
    """The header, then a row per attempt, oldest first."""
    yield csv_header()
    attempts = (
        Attempt.objects.for_workshop(workshop)
        .select_related("participant", "exercise")
        .order_by("created", "pk")
    )
    for attempt in attempts:
        answer, verdict = answer_summary(attempt)
        yield [
            workshop.name,
            attempt.participant.display_name,
            attempt.exercise.title,
            attempt.exercise.get_kind_display(),
            timezone.localtime(attempt.created).strftime("%Y-%m-%d %H:%M:%S"),
            _("ja") if attempt.is_good else _("nee"),
            number_format(attempt.score, 2),  # 0,50 in Dutch, 0.50 in English
            answer,
            verdict,
        ]
