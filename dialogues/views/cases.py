"""The case library: every logged-in user may read the cases and their examples."""

from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from coachapp.roles import is_trainer

from ..models import Case, ClientScript, Dialogue, Practice


@require_GET
def case_list(request):
    cases = Case.objects.annotate(example_count=Count("dialogues", distinct=True))
    return TemplateResponse(request, "dialogues/case_list.html", {"cases": cases})


@require_GET
def case_detail(request, slug):
    examples = Dialogue.objects.examples().prefetch_related("turns")
    case = get_object_or_404(
        Case.objects.prefetch_related(Prefetch("dialogues", queryset=examples, to_attr="examples")),
        slug=slug,
    )
    script = ClientScript.objects.filter(case=case).first()
    context = {
        "case": case,
        "can_practise": script is not None,
        "styles": script.style_choices if script else [],
        "can_author": script is not None and is_trainer(request.user),
        "running": Practice.objects.of(request.user).running().filter(dialogue__case=case).first(),
    }
    return TemplateResponse(request, "dialogues/case_detail.html", context)
