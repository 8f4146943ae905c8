"""Transcript review for trainers: import, review page, judgements, comments, summary, exports.

Every view finds its dialogue through `reviewable_dialogues(request.user)`: someone else's
transcript, turn, judgement or comment is a 404, htmx fragments included.
"""

import json
import re
from datetime import timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coachapp.roles import may_review
from coachapp.spreadsheet import csv_text
from dialogues.analysis import COACH_CODES
from dialogues.labels import code_label, code_with_label
from dialogues.models import Dialogue, Turn
from privacy import audit

from . import charts, deidentify, parsing
from .forms import (
    AddMarkerForm,
    CommentForm,
    ExtraNamesForm,
    ImportForm,
    JudgeForm,
    MappingForm,
    ShareForm,
)
from .models import Comment, ImportDraft, Judgement, Share, reviewable_dialogues
from .review import (
    FILTERS,
    agreement_for,
    evaluation_lines,
    filter_reviews,
    review_turn,
    save_transcript,
    summarise,
    turn_reviews,
)

TURNS_PER_PAGE = 100

# --- helpers -------------------------------------------------------------------------------


def _require_trainer(request):
    if not may_review(request.user):
        raise Http404


def _dialogue(request, pk):
    return get_object_or_404(reviewable_dialogues(request.user).select_related("owner"), pk=pk)


def _owned_dialogue(request, pk):
    dialogue = _dialogue(request, pk)
    if dialogue.owner_id != request.user.pk:
        raise Http404
    return dialogue


def _turn(request, turn_pk):
    visible = reviewable_dialogues(request.user).values("pk")
    return get_object_or_404(
        Turn.objects.select_related("dialogue").filter(dialogue__in=visible), pk=turn_pk
    )


def _turn_response(request, turn, add_form=None, comment_form=None):
    """htmx: the turn fragment; otherwise back to the review page at this turn. A form with
    errors is shown again with status 422 (base.html lets htmx swap 422 responses)."""
    if not request.htmx and add_form is None and comment_form is None:
        url = reverse("reviews:detail", args=[turn.dialogue_id])
        page = (turn.position - 1) // TURNS_PER_PAGE + 1
        query = f"?pagina={page}" if page > 1 else ""
        return redirect(f"{url}{query}#turn-{turn.pk}")
    review = review_turn(turn, request.user)
    review.add_form = add_form
    review.comment_form = comment_form
    status = 422 if add_form is not None or comment_form is not None else 200
    if request.htmx:
        return TemplateResponse(
            request,
            "reviews/detail.html#turn",
            {"review": review, "dialogue": turn.dialogue},
            status=status,
        )
    context = _detail_context(request, turn.dialogue, {turn.pk: review})
    return TemplateResponse(request, "reviews/detail.html", context, status=status)


def _download(content, filename, content_type):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _file_stem(dialogue):
    return slugify(dialogue.title)[:50] or f"transcript-{dialogue.pk}"


# --- list ----------------------------------------------------------------------------------


@require_GET
def transcript_list(request):
    dialogues = reviewable_dialogues(request.user).annotate(
        turn_count=Count("turns", distinct=True),
        comment_count=Count("turns__review_comments", distinct=True),
    )
    dialogues = dialogues.select_related("owner", "case").order_by("-updated", "-pk")
    user = request.user
    context = {
        "imported": [
            d for d in dialogues if d.owner_id == user.pk and d.kind == Dialogue.Kind.IMPORTED
        ],
        "practice": [
            d for d in dialogues if d.owner_id == user.pk and d.kind != Dialogue.Kind.IMPORTED
        ],
        "shared": [d for d in dialogues if d.owner_id != user.pk],
        "is_trainer": may_review(user),
    }
    return TemplateResponse(request, "reviews/list.html", context)


# --- import --------------------------------------------------------------------------------


class SizeLimitedUploadHandler(FileUploadHandler):
    """Stops reading an uploaded file beyond the import limit instead of spooling it to disk."""

    def __init__(self, request, limit):
        super().__init__(request)
        self.limit = limit
        self.received = 0

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.request.reviews_upload_too_large = True
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None


@csrf_exempt  # the upload handler must be installed before the CSRF check reads the body
@require_http_methods(["GET", "POST"])
def import_transcript(request):
    request.upload_handlers.insert(0, SizeLimitedUploadHandler(request, parsing.MAX_BYTES))
    if request.method == "POST":
        try:
            request.POST  # noqa: B018 (parse the body here, where its size can be answered)
        except RequestDataTooBig:
            return _pasted_text_too_large(request)
    return _import_transcript(request)


def _pasted_text_too_large(request):
    """Pasted text beyond DATA_UPLOAD_MAX_MEMORY_SIZE: Django cannot read the form (not even
    its CSRF token), so nothing is done with it; the trainer gets the import page again with
    the size limit in Dutch instead of a bare 400 or an English CSRF page."""
    _require_trainer(request)
    context = {"form": ImportForm(), "page_errors": [parsing.pasted_too_large()]}
    return TemplateResponse(request, "reviews/import.html", context, status=413)


@csrf_protect
def _import_transcript(request):
    _require_trainer(request)
    form = ImportForm(
        request.POST or None,
        request.FILES or None,
        file_too_large=getattr(request, "reviews_upload_too_large", False),
    )
    if request.method == "POST" and form.is_valid():
        transcript = form.cleaned_data["transcript"]
        ImportDraft.objects.filter(
            owner=request.user, created__lt=timezone.now() - timedelta(days=1)
        ).delete()
        draft = ImportDraft.objects.create(
            owner=request.user,
            title=form.cleaned_data["title"],
            case=form.cleaned_data.get("case"),
            turns=[[t.speaker, t.text] for t in transcript.turns],
            skipped_lines=transcript.skipped_lines,
            source_format=transcript.source_format,
        )
        return redirect("reviews:import_preview", pk=draft.pk)
    status = 422 if form.is_bound else 200
    return TemplateResponse(request, "reviews/import.html", {"form": form}, status=status)


AUTOMATIC_TITLE = re.compile(r"(?:Transcript van|Transcript of) \d{1,2} \w+ \d{4}")


def _draft_suspects(draft):
    """Distinct words and numbers in the draft that still look like identifiers."""
    found = {}
    title = () if AUTOMATIC_TITLE.fullmatch(draft.title) else (draft.title,)
    for text in (*title, *(t for pair in draft.turns for t in pair)):
        for start, end in deidentify.suspects(text):
            found.setdefault(text[start:end], None)
    return list(found)[:40]


def _add_names(draft, names):
    """Replace more names in a draft (the trainer saw them in the preview); numbering goes on
    after the draft's own [Persoon N]."""
    texts = [draft.title, *(t for pair in draft.turns for t in pair)]
    first = deidentify.highest_person_number(texts) + 1
    deidentifier = deidentify.Deidentifier(
        deidentify.NameList.parse(names, first_number=first), use_deduce=False
    )
    draft.title = deidentifier.text(draft.title)[:200]
    draft.turns = [[deidentifier.text(s), deidentifier.text(t)] for s, t in draft.turns]
    draft.save(update_fields=["title", "turns"])
    return sum(deidentifier.counts.values())


@require_http_methods(["GET", "POST"])
def import_preview(request, pk):
    _require_trainer(request)
    draft = get_object_or_404(ImportDraft, pk=pk, owner=request.user)
    if request.method == "POST" and "cancel" in request.POST:
        draft.delete()
        messages.info(request, _("Import geannuleerd; er is niets bewaard."))
        return redirect("reviews:import")
    suspects = _draft_suspects(draft)
    extra_form = ExtraNamesForm(
        request.POST if "add_names" in request.POST else None, suspects=suspects
    )
    if extra_form.is_bound and extra_form.is_valid():
        count = _add_names(draft, extra_form.cleaned_data["extra"])
        messages.success(
            request,
            ngettext("%(count)s keer vervangen.", "%(count)s keer vervangen.", count)
            % {"count": count},
        )
        return redirect("reviews:import_preview", pk=draft.pk)
    speakers = parsing.speakers_of(speaker for speaker, _text in draft.turns)
    form = MappingForm(
        request.POST if request.method == "POST" and not extra_form.is_bound else None,
        speakers=speakers,
    )
    if form.is_bound and form.is_valid():
        roles = form.roles()
        rows = []
        for speaker, text in draft.turns:
            key = parsing.speaker_key(speaker)
            role = roles[key]
            known = speakers[key][1]
            name = parsing.stored_speaker(speaker) if role == known else speaker[:60]
            rows.append((name, role, text))
        dialogue = save_transcript(request.user, draft.title, rows, case=draft.case)
        draft.delete()
        audit.record(request, audit.Action.CREATE, dialogue, _("geïmporteerd"))
        messages.success(
            request,
            _("Transcript bewaard: %(count)s beurten.") % {"count": len(rows)},
        )
        return redirect("reviews:detail", pk=dialogue.pk)
    role_labels = dict(Turn.Role.choices)
    preview = []
    for speaker, text in draft.turns:
        role = speakers[parsing.speaker_key(speaker)][1]
        label = str(role_labels[role]) if role else ""
        if parsing.speaker_key(label) == parsing.speaker_key(speaker):
            label = ""  # 'Coach (coach)' says nothing new
        preview.append(
            {
                "speaker": deidentify.segments(speaker),
                "segments": deidentify.segments(text),
                "role": role,
                "role_label": label,
            }
        )
    unknown = [label for label, role in speakers.values() if role is None]
    counts = deidentify.placeholder_counts([draft.title, *(t for p in draft.turns for t in p)])
    context = {
        "draft": draft,
        "title_segments": deidentify.segments(draft.title),
        "form": form,
        "extra_form": extra_form,
        "preview": preview,
        "unknown": unknown,
        "replaced": [(KIND_LABELS.get(kind, kind), n) for kind, n in counts.items()],
        "suspects": suspects,
    }
    status = 422 if form.is_bound or extra_form.is_bound else 200
    return TemplateResponse(request, "reviews/import_preview.html", context, status=status)


KIND_LABELS = {
    "Persoon": gettext_lazy("namen uit je lijst"),
    "Naam": gettext_lazy("andere namen"),
    "Plaats": gettext_lazy("plaatsen en adressen"),
    "Instelling": gettext_lazy("instellingen"),
    "Datum": gettext_lazy("datums"),
    "Leeftijd": gettext_lazy("leeftijden"),
    "BSN": gettext_lazy("BSN"),
    "Nummer": gettext_lazy("nummers"),
    "Telefoon": gettext_lazy("telefoonnummers"),
    "E-mail": gettext_lazy("e-mailadressen"),
    "URL": gettext_lazy("webadressen"),
}


# --- the review page -----------------------------------------------------------------------


def _detail_context(request, dialogue, overrides=None):
    show = request.GET.get("toon", "")
    show = show if show in FILTERS else ""
    coach_code = request.GET.get("soort", "")
    coach_code = coach_code if coach_code in COACH_CODES else ""
    reviews = turn_reviews(dialogue, request.user)
    for review in reviews:
        if overrides and review.turn.pk in overrides:
            override = overrides[review.turn.pk]
            review.add_form, review.comment_form = override.add_form, override.comment_form
    is_owner = dialogue.owner_id == request.user.pk
    shown = filter_reviews(reviews, show, coach_code, request.user)
    page = Paginator(shown, TURNS_PER_PAGE).get_page(request.GET.get("pagina"))
    query = {key: value for key, value in (("toon", show), ("soort", coach_code)) if value}
    return {
        "dialogue": dialogue,
        "reviews": page.object_list,
        "page": page,
        "page_query": urlencode(query),
        "shown": len(shown),
        "total": len(reviews),
        "filters": FILTERS,
        "show": show,
        "coach_code": coach_code,
        "coach_codes": [(c, code_label(c)) for c in COACH_CODES],
        "is_owner": is_owner,
        "shares": dialogue.review_shares.select_related("trainer") if is_owner else (),
        "share_form": ShareForm(dialogue=dialogue) if is_owner else None,
        "audit_events": audit.for_object(dialogue)[:10] if is_owner else (),
    }


@require_GET
def detail(request, pk):
    dialogue = _dialogue(request, pk)
    if not request.htmx:
        audit.record(request, audit.Action.VIEW, dialogue)
    context = _detail_context(request, dialogue)
    template = "reviews/detail.html#turn-list" if request.htmx else "reviews/detail.html"
    return TemplateResponse(request, template, context)


@require_GET
def turn_fragment(request, turn_pk):
    turn = _turn(request, turn_pk)
    return TemplateResponse(
        request,
        "reviews/detail.html#turn",
        {"review": review_turn(turn, request.user), "dialogue": turn.dialogue},
    )


@require_POST
def judge(request, turn_pk):
    """Confirm or reject one of the analyser's flags; the same button again takes it back."""
    turn = _turn(request, turn_pk)
    form = JudgeForm(request.POST)
    codes = turn.analysed().codes if turn.analysable else []
    if not form.is_valid() or form.cleaned_data["code"] not in codes:
        return HttpResponse(_("Dit signaal hoort niet bij deze beurt."), status=400)
    Judgement.toggle(turn, request.user, form.cleaned_data["code"], form.cleaned_data["verdict"])
    audit.record(request, audit.Action.CHANGE, turn.dialogue, _("oordeel"))
    return _turn_response(request, turn)


@require_POST
def add_marker(request, turn_pk):
    turn = _turn(request, turn_pk)
    if not turn.analysable:
        raise Http404
    form = AddMarkerForm(request.POST, turn=turn, analysis_codes=turn.analysed().codes)
    if not form.is_valid():
        return _turn_response(request, turn, add_form=form)
    start, end = form.cleaned_data["span"]
    Judgement.objects.update_or_create(
        turn=turn,
        author=request.user,
        code=form.cleaned_data["code"],
        defaults={"verdict": Judgement.Verdict.ADD, "start": start, "end": end},
    )
    audit.record(request, audit.Action.CHANGE, turn.dialogue, _("signaal toegevoegd"))
    return _turn_response(request, turn)


@require_POST
def remove_judgement(request, turn_pk, pk):
    turn = _turn(request, turn_pk)
    get_object_or_404(Judgement, pk=pk, turn=turn, author=request.user).delete()
    audit.record(request, audit.Action.CHANGE, turn.dialogue, _("oordeel gewist"))
    return _turn_response(request, turn)


@require_POST
def comment(request, turn_pk):
    turn = _turn(request, turn_pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _turn_response(request, turn, comment_form=form)
    Comment.objects.create(turn=turn, author=request.user, text=form.cleaned_data["text"])
    audit.record(request, audit.Action.CHANGE, turn.dialogue, _("opmerking"))
    return _turn_response(request, turn)


@require_POST
def delete_comment(request, turn_pk, pk):
    turn = _turn(request, turn_pk)
    get_object_or_404(Comment, pk=pk, turn=turn, author=request.user).delete()
    audit.record(request, audit.Action.CHANGE, turn.dialogue, _("opmerking gewist"))
    return _turn_response(request, turn)


# --- sharing and deleting ------------------------------------------------------------------


@require_POST
def share(request, pk):
    dialogue = _owned_dialogue(request, pk)
    form = ShareForm(request.POST, dialogue=dialogue)
    if form.is_valid():
        Share.objects.create(dialogue=dialogue, trainer=form.user, shared_by=request.user)
        audit.record(request, audit.Action.SHARE, dialogue, form.user.get_username())
        messages.success(
            request, _("Gedeeld met %(name)s.") % {"name": form.cleaned_data["username"]}
        )
    else:
        messages.error(request, form.errors["username"][0])
    return redirect(reverse("reviews:detail", args=[dialogue.pk]) + "#delen")


@require_POST
def unshare(request, pk, share_pk):
    dialogue = _owned_dialogue(request, pk)
    shared = get_object_or_404(
        Share.objects.select_related("trainer"), pk=share_pk, dialogue=dialogue
    )
    shared.delete()
    audit.record(request, audit.Action.UNSHARE, dialogue, shared.trainer.get_username())
    messages.success(request, _("Niet meer gedeeld."))
    return redirect(reverse("reviews:detail", args=[dialogue.pk]) + "#delen")


@require_http_methods(["GET", "POST"])
def delete(request, pk):
    """Only an imported transcript, only by its owner: turns, judgements and comments go too."""
    dialogue = _owned_dialogue(request, pk)
    if dialogue.kind != Dialogue.Kind.IMPORTED:
        raise Http404
    if request.method == "POST":
        title = dialogue.title
        audit.record(request, audit.Action.DELETE, dialogue)
        dialogue.delete()
        messages.success(request, _("‘%(title)s’ is verwijderd.") % {"title": title})
        return redirect("reviews:list")
    return TemplateResponse(request, "reviews/delete.html", {"dialogue": dialogue})


# --- summary, agreement, report ------------------------------------------------------------


def _summary_context(request, dialogue):
    reviews = turn_reviews(dialogue, request.user)
    summary = summarise(reviews, request.user)
    return {
        "dialogue": dialogue,
        "reviews": reviews,
        "comment_count": sum(len(review.comments) for review in reviews),
        "summary": summary,
        "profile_chart": charts.bar_chart(summary["profile"], _("Interventieprofiel van de coach")),
        "timeline_chart": charts.timeline_chart(
            summary["timeline"], summary["last_position"], _("Signalen in de loop van het gesprek")
        ),
        "agreement": agreement_for(request.user, dialogue),
    }


@require_GET
def summary(request, pk):
    dialogue = _dialogue(request, pk)
    audit.record(request, audit.Action.VIEW, dialogue, _("samenvatting"))
    return TemplateResponse(request, "reviews/summary.html", _summary_context(request, dialogue))


@require_GET
def report(request, pk):
    dialogue = _dialogue(request, pk)
    audit.record(request, audit.Action.VIEW, dialogue, _("rapport"))
    return TemplateResponse(request, "reviews/report.html", _summary_context(request, dialogue))


@require_GET
def agreement_overview(request):
    table = agreement_for(request.user)
    reviewed = (
        reviewable_dialogues(request.user)
        .filter(turns__judgements__author=request.user)
        .annotate(
            judgement_count=Count(
                "turns__judgements",
                filter=Q(turns__judgements__author=request.user),
                distinct=True,  # the join with shares can repeat a row
            )
        )
        .order_by("-updated")
    )
    return TemplateResponse(
        request, "reviews/agreement.html", {"agreement": table, "reviewed": reviewed}
    )


# --- exports -------------------------------------------------------------------------------


def _jsonl(lines):
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


@require_GET
def export_jsonl(request, pk):
    dialogue = _dialogue(request, pk)
    audit.record(request, audit.Action.EXPORT, dialogue, "JSONL")
    content = _jsonl(evaluation_lines(request.user, dialogue))
    return _download(content, f"{_file_stem(dialogue)}.jsonl", "application/x-ndjson")


@require_GET
def export_all_jsonl(request):
    content = _jsonl(evaluation_lines(request.user))
    return _download(content, "oordelen.jsonl", "application/x-ndjson")


@require_GET
def export_csv(request, pk):
    dialogue = _dialogue(request, pk)
    audit.record(request, audit.Action.EXPORT, dialogue, "CSV")
    rows = [
        [
            _("nummer"),
            _("spreker"),
            _("rol"),
            _("tekst"),
            _("analyser"),
            _("bevestigd"),
            _("afgewezen"),
            _("toegevoegd"),
            _("opmerkingen"),
        ]
    ]
    for review in turn_reviews(dialogue, request.user):
        verdicts = review.verdicts(request.user)
        by_verdict = {
            v: ", ".join(
                code_with_label(c) for c in sorted(c for c, vv in verdicts.items() if vv == v)
            )
            for v in ("confirm", "reject", "add")
        }
        comments = " | ".join(
            f"{c.author.get_username()} ({timezone.localtime(c.created):%d-%m-%Y %H:%M}): {c.text}"
            for c in review.comments
        )
        rows.append(
            [
                review.turn.position,
                review.turn.speaker_label,
                review.turn.get_role_display(),
                review.turn.text,
                ", ".join(code_with_label(c) for c in review.codes),
                by_verdict["confirm"],
                by_verdict["reject"],
                by_verdict["add"],
                comments,
            ]
        )
    return _download(csv_text(rows), f"{_file_stem(dialogue)}.csv", "text/csv; charset=utf-8")


@require_GET
def export_json(request, pk):
    dialogue = _dialogue(request, pk)
    audit.record(request, audit.Action.EXPORT, dialogue, "JSON")
    turns = []
    for review in turn_reviews(dialogue, request.user):
        turns.append(
            {
                "position": review.turn.position,
                "speaker": review.turn.speaker_label,
                "role": review.turn.role,
                "text": review.turn.text,
                "analysis": review.analysis.to_dict() if review.analysis else None,
                "judgements": [
                    {
                        "code": j.code,
                        "verdict": j.verdict,
                        "start": j.start,
                        "end": j.end,
                        "author": j.author.get_username(),
                        "when": j.updated.isoformat(),
                    }
                    for j in review.judgements
                ],
                "comments": [
                    {
                        "text": c.text,
                        "author": c.author.get_username(),
                        "when": c.created.isoformat(),
                    }
                    for c in review.comments
                ],
            }
        )
    data = {
        "title": dialogue.title,
        "kind": dialogue.kind,
        "owner": dialogue.owner.get_username() if dialogue.owner else None,
        "created": dialogue.created.isoformat(),
        "turns": turns,
    }
    content = json.dumps(data, ensure_ascii=False, indent=2)
    return _download(content, f"{_file_stem(dialogue)}.json", "application/json")
