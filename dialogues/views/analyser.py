"""'Analyse een uitspraak': paste a turn, see its markers, depth advice and suggestions."""

from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from ..analysis import analyse
from ..forms import AnalyseForm


@require_http_methods(["GET", "POST"])
def analyse_page(request):
    form = AnalyseForm(request.POST or None)
    result = None
    if form.is_bound and form.is_valid():
        result = analyse(form.cleaned_data["text"], form.cleaned_data["role"])
    template = "dialogues/analyse.html"
    if request.htmx:
        template += "#result"
    return TemplateResponse(request, template, {"form": form, "result": result})
