from django.contrib import admin

from coachapp.admin_scope import SuperuserOnlyAdmin

from .models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(SuperuserOnlyAdmin):
    """The whole audit trail, read-only, for superusers (owners read theirs under Mijn gegevens)."""

    list_display = ["created", "actor", "action", "object_type", "object_label", "owner", "detail"]
    list_filter = ["action", "object_type"]
    search_fields = ["object_label", "actor__username", "owner__username"]
    date_hierarchy = "created"

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False
