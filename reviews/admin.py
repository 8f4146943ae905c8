from django.contrib import admin

from coachapp.admin_scope import SuperuserOnlyAdmin

from .models import Comment, ImportDraft, Judgement, Share


@admin.register(Judgement)
class JudgementAdmin(SuperuserOnlyAdmin):
    list_display = ["turn", "code", "verdict", "author", "updated"]
    list_filter = ["verdict", "code"]
    raw_id_fields = ["turn", "author"]


@admin.register(Comment)
class CommentAdmin(SuperuserOnlyAdmin):
    list_display = ["turn", "author", "created"]
    raw_id_fields = ["turn", "author"]


@admin.register(Share)
class ShareAdmin(SuperuserOnlyAdmin):
    list_display = ["dialogue", "trainer", "shared_by", "created"]
    raw_id_fields = ["dialogue", "trainer", "shared_by"]


@admin.register(ImportDraft)
class ImportDraftAdmin(SuperuserOnlyAdmin):
    list_display = ["title", "owner", "created"]
    raw_id_fields = ["owner", "case"]
