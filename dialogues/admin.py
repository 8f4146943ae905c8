from django import forms
from django.contrib import admin

from .models import Case, ClientScript, Dialogue, Practice, ScriptLine, Turn


class DialogueInline(admin.TabularInline):
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


class TurnInline(admin.TabularInline):
    model = Turn
    fields = ["position", "role", "speaker", "text"]
    extra = 0


@admin.register(Dialogue)
class DialogueAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "case", "owner", "updated"]
    list_filter = ["kind", "case"]
    search_fields = ["title", "turns__text"]
    raw_id_fields = ["owner"]
    inlines = [TurnInline]


@admin.register(Turn)
class TurnAdmin(admin.ModelAdmin):
    list_display = ["dialogue", "position", "role", "speaker", "text"]
    list_filter = ["role", "dialogue__kind"]
    search_fields = ["text"]


class ScriptLineFormSet(forms.BaseInlineFormSet):
    """A script is checked as a whole on save: enough steps, no gaps, enough lines per pool."""

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


LINE_FIELDS = ["pool", "step", "text", "affect"]


class ScriptLineInline(admin.TabularInline):
    model = ScriptLine
    formset = ScriptLineFormSet
    fields = LINE_FIELDS
    extra = 0


@admin.register(ClientScript)
class ClientScriptAdmin(admin.ModelAdmin):
    list_display = ["case", "start_openness", "start_affect"]
    inlines = [ScriptLineInline]


@admin.register(Practice)
class PracticeAdmin(admin.ModelAdmin):
    list_display = ["dialogue", "script", "step", "openness", "affect", "finished"]
    list_filter = ["script"]
    readonly_fields = ["dialogue", "script", "pool_counts"]
