from django.contrib import admin

from .models import Case, Dialogue, Turn


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
