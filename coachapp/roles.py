"""Who is a trainer: one answer for every app (workshops, rooms, authoring, reviews).

Trainers are the active members of the group "trainer". A migration gives that group the review
permission, which the navigation checks (`perms.reviews.review_transcripts`); whoever holds that
permission otherwise (a superuser, an account given it directly) may review transcripts too,
without becoming a trainer of workshops.
"""

from django.db.models import Exists, Q
from django.utils.functional import SimpleLazyObject

TRAINER_GROUP = "trainer"
REVIEW_PERMISSION = "reviews.review_transcripts"


def is_trainer(user):
    return bool(
        user.is_authenticated and user.is_active and user.groups.filter(name=TRAINER_GROUP).exists()
    )


def may_review(user):
    return bool(user.is_authenticated and (is_trainer(user) or has_review_permission(user)))


def has_review_permission(user):
    """`user.has_perm(REVIEW_PERMISSION)` in one query instead of Django's two (the account's own
    permissions, then its groups'), kept on the user object for the rest of the request: the
    navigation and every marker's rule id ask it."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    known = user.__dict__.get("_review_permission")
    if known is None:
        known = _review_permissions(user).exists()
        user.__dict__["_review_permission"] = known
    return known


def _review_permissions(user):
    from django.contrib.auth.models import Permission

    app_label, codename = REVIEW_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).filter(
        Q(user=user) | Q(group__user=user)
    )


def review_permission_of(user_ref):
    """The same question as an expression on `user_ref` (an `OuterRef` to the account), for a
    query that reads something of that account anyway: `remember_review_permission` then keeps
    the answer for the request, and the templates ask no query of their own."""
    return Exists(_review_permissions(user_ref))


def remember_review_permission(user, known):
    """`known`: `review_permission_of(...)` for this very account, read in this request."""
    if user.is_authenticated and user.is_active and not user.is_superuser:
        user.__dict__["_review_permission"] = bool(known)


def context(request):
    """Template context: `review_permission` (asked only when a template uses it)."""
    user = getattr(request, "user", None)
    if user is None:
        return {}
    return {"review_permission": SimpleLazyObject(lambda: has_review_permission(user))}
