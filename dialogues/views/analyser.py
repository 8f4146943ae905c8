"""The 'Analyse een uitspraak' page."""

from django.template.response import TemplateResponse


def analyse_page(request):
    return TemplateResponse(request, "dialogues/analyse.html", {})
