"""Where a login lands: a trainer's home (workshops, transcripts to review, rooms), for
everyone else the case list."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from dialogues.models import Dialogue

LATEST = 5


@require_GET
def start(request):
    from coachapp.roles import may_review
    from reviews.models import reviewable_dialogues
    from rooms.models import Room
    from workshops.models import Workshop

    user = request.user
    if not may_review(user):
        return redirect("dialogues:case_list")
    workshops = Workshop.objects.filter(trainer=user).order_by("-date", "-pk")
    dialogues = reviewable_dialogues(user).select_related("owner").order_by("-updated", "-pk")
    context = {
        "workshops": workshops[:LATEST],
        "workshop_count": workshops.count(),
        "shared": [d for d in dialogues.exclude(owner=user)[:LATEST]],
        "imported": list(dialogues.filter(owner=user, kind=Dialogue.Kind.IMPORTED)[:LATEST]),
        "rooms": list(
            Room.objects.visible_to(None, user).open().select_related("case", "workshop")[:LATEST]
        ),
    }
    return TemplateResponse(request, "dialogues/trainer_home.html", context)
