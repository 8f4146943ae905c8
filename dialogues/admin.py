from django import forms
from django.contrib import admin
from django.db.models import Q

from coachapp.admin_scope import LibraryScope, SuperuserOnlyAdmin, is_unrestricted

from .models import Case, ClientScript, Dialogue, Practice, ScriptLine, Turn

# The shared library in the admin: the example dialogues from the literature and their turns.
EXAMPLE_DIALOGUES = Q(kind=Dialogue.Kind.EXAMPLE)
EXAMPLE_TURNS = Q(dialogue__kind=Dialogue.Kind.EXAMPLE)


class DialogueInline(LibraryScope, admin.TabularInline):
    library = EXAMPLE_DIALOGUES
    model = Dialogue
    fields = ["order", "title", "kind"]
    extra = 0
    show_change_link = True


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "difficulty", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "title", "background"]
    inlines = [DialogueInline]


class TurnInline(LibraryScope, admin.TabularInline):
    library = EXAMPLE_TURNS
    model = Turn
    fields = ["position", "role", "speaker", "text"]
    extra = 0


@admin.register(Dialogue)
class DialogueAdmin(LibraryScope, admin.ModelAdmin):
    library = EXAMPLE_DIALOGUES
    list_display = ["title", "kind", "case", "owner", "updated"]
    list_filter = ["kind", "case"]
    search_fields = ["title", "turns__text"]
    raw_id_fields = ["owner"]
    inlines = [TurnInline]

    def get_exclude(self, request, obj=None):
        # Only superusers give a dialogue an owner: everyone else adds to the shared library.
        return [] if is_unrestricted(request) else ["owner"]

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "kind" and not is_unrestricted(request):
            kwargs["choices"] = [(Dialogue.Kind.EXAMPLE, Dialogue.Kind.EXAMPLE.label)]
        return super().formfield_for_choice_field(db_field, request, **kwargs)


@admin.register(Turn)
class TurnAdmin(LibraryScope, admin.ModelAdmin):
    library = EXAMPLE_TURNS
    list_display = ["dialogue", "position", "role", "speaker", "text"]
    list_filter = ["role", "dialogue__kind"]
    search_fields = ["text"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "dialogue" and not is_unrestricted(request):
            kwargs["queryset"] = Dialogue.objects.filter(EXAMPLE_DIALOGUES)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ScriptLineFormSet(forms.BaseInlineFormSet):
    """A script is checked as a whole on save (see scripted_client.Script.problems)."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        lines = [
            ScriptLine(**{k: v for k, v in form.cleaned_data.items() if k in LINE_FIELDS})
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        self.instance.validate_lines(lines)


LINE_FIELDS = [
    "order",
    "key",
    "kind",
    "text",
    "aspects",
    "persons",
    "times",
    "topics",
    "moves",
    "requires",
    "styles",
    "min_openness",
    "max_openness",
    "affect",
]


class ScriptLineInline(admin.StackedInline):
    model = ScriptLine
    formset = ScriptLineFormSet
    fields = LINE_FIELDS
    extra = 0


@admin.register(ClientScript)
class ClientScriptAdmin(admin.ModelAdmin):
    list_display = ["case", "start_openness", "start_affect"]
    inlines = [ScriptLineInline]


@admin.register(Practice)
class PracticeAdmin(SuperuserOnlyAdmin):
    list_display = ["dialogue", "script", "style", "openness", "affect", "finished"]
    list_filter = ["script", "style"]
    readonly_fields = ["dialogue", "script", "memory"]
