"""Trainers edit a case's scripted client and try it out (dry run). Trainers only: others 404."""


def is_trainer(user):
    return bool(
        user.is_authenticated and user.is_active and user.groups.filter(name="trainer").exists()
    )
