"""Who sees what in /admin/: one place for the admin's permissions.

Superusers see and edit everything. Everyone else with admin access (trainers: staff in the group
`trainer`) only works on the *shared library* there: cases, the example dialogues from the
literature and their turns, and the scripted clients. Everything a person made or said in the
app (practice sessions, role-play rounds, imported transcripts, workshops, answers, judgements)
is managed on the app's own pages, which check ownership; the admin never shows it to them.
"""

from django.contrib import admin
from django.db.models import Q


def is_unrestricted(request):
    return request.user.is_active and request.user.is_superuser


class LibraryScope:
    """Limit an admin (or inline) to the rows matching `library` for everyone but superusers.

    The queryset, every object-level permission and the choices of foreign keys follow the same
    filter, so a row outside the library can be neither listed, opened, changed nor deleted,
    not even as a related object of something else that is deleted.
    """

    library = Q()

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset if is_unrestricted(request) else queryset.filter(self.library)

    def _in_scope(self, request, obj):
        # An inline is asked about its parent object: the parent admin decides on that one.
        if obj is None or not isinstance(obj, self.model) or is_unrestricted(request):
            return True
        return type(obj)._default_manager.filter(self.library, pk=obj.pk).exists()

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._in_scope(request, obj)


class SuperuserOnlyAdmin(admin.ModelAdmin):
    """People's own data: only superusers reach it in the admin, whatever group they are in."""

    def has_module_permission(self, request):
        return is_unrestricted(request)

    def has_view_permission(self, request, obj=None):
        return is_unrestricted(request)

    def has_add_permission(self, request, *args):
        return is_unrestricted(request)

    def has_change_permission(self, request, obj=None):
        return is_unrestricted(request)

    def has_delete_permission(self, request, obj=None):
        return is_unrestricted(request)
