"""Who is a trainer: one answer for every app (workshops, rooms, authoring, reviews).

Trainers are the active members of the group "trainer". A migration gives that group the review
permission, which the navigation checks (`perms.reviews.review_transcripts`); whoever holds that
permission otherwise (a superuser, an account given it directly) may review transcripts too,
without becoming a trainer of workshops.
"""

TRAINER_GROUP = "trainer"
REVIEW_PERMISSION = "reviews.review_transcripts"


def is_trainer(user):
    return bool(
        user.is_authenticated and user.is_active and user.groups.filter(name=TRAINER_GROUP).exists()
    )


def may_review(user):
    return bool(user.is_authenticated and (is_trainer(user) or user.has_perm(REVIEW_PERMISSION)))
