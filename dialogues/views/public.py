"""Pages anyone may see."""

from django.contrib.auth.decorators import login_not_required
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET


@login_not_required
@require_GET
def landing(request):
    return TemplateResponse(request, "dialogues/landing.html")
