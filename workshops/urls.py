from django.urls import path

from .views import authoring, participant, trainer

app_name = "workshops"

urlpatterns = [
    # Participants (no account needed)
    path("meedoen/", participant.join, name="join"),
    path("meedoen/<str:code>/", participant.join, name="join_code"),
    path("mijn/", participant.home, name="home"),
    path("mijn/oefening/<int:pk>/", participant.exercise, name="exercise"),
    path("mijn/poging/<int:pk>/", participant.attempt_detail, name="attempt"),
    path("mijn/stoppen/", participant.leave, name="leave"),
    # Trainers
    path("", trainer.index, name="index"),
    path("nieuw/", trainer.create, name="create"),
    path("<int:pk>/", trainer.dashboard, name="dashboard"),
    path("<int:pk>/stand/", trainer.dashboard_figures, name="dashboard_figures"),
    path("<int:pk>/wijzigen/", trainer.edit, name="edit"),
    path("<int:pk>/sluiten/", trainer.close, name="close"),
    path("<int:pk>/heropenen/", trainer.reopen, name="reopen"),
    path("<int:pk>/verwijderen/", trainer.delete, name="delete"),
    path(
        "<int:pk>/deelnemers/<int:participant_pk>/verwijderen/",
        trainer.remove_participant,
        name="remove_participant",
    ),
    path("<int:pk>/resultaten.csv", trainer.export, name="export"),
    path("oefeningen/", trainer.exercise_library, name="exercise_library"),
    path(
        "oefeningen/nieuw/<int:turn_pk>/",
        authoring.exercise_from_turn,
        name="exercise_from_turn",
    ),
]
