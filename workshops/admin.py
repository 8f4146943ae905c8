from django.contrib import admin

from coachapp.admin_scope import SuperuserOnlyAdmin

from .models import Attempt, Exercise, Participant, Workshop


@admin.register(Workshop)
class WorkshopAdmin(SuperuserOnlyAdmin):
    list_display = ["name", "date", "ends_on", "closed", "trainer", "join_code"]
    list_filter = ["closed", "date"]
    search_fields = ["name", "join_code"]
    filter_horizontal = ["exercises"]


@admin.register(Participant)
class ParticipantAdmin(SuperuserOnlyAdmin):
    list_display = ["display_name", "workshop", "user", "joined"]
    search_fields = ["display_name"]


@admin.register(Exercise)
class ExerciseAdmin(SuperuserOnlyAdmin):
    list_display = ["title", "kind", "case", "owner", "order"]
    list_filter = ["kind", "case"]
    search_fields = ["title", "text"]


@admin.register(Attempt)
class AttemptAdmin(SuperuserOnlyAdmin):
    list_display = ["participant", "exercise", "is_good", "score", "created"]
    list_filter = ["is_good", "exercise__kind"]
