from django.urls import path

from . import views

app_name = "rooms"

urlpatterns = [
    path("", views.room_list, name="list"),
    path("openen/", views.room_open, name="open"),
    path("zelf-openen/", views.room_open_own, name="open_own"),
    path("meedoen/", views.join_by_code, name="join_by_code"),
    path("meedoen/<str:code>/", views.join_by_code, name="join_link"),
    path("mijn/", views.history, name="history"),
    path("<int:pk>/", views.room, name="room"),
    path("<int:pk>/meedoen/", views.room_join, name="join"),
    path("<int:pk>/beurt/", views.room_turn, name="turn"),
    path("<int:pk>/beurten/", views.room_turns, name="turns"),
    path("<int:pk>/beurt/<int:turn_pk>/notitie/", views.room_note, name="note"),
    path("<int:pk>/nieuwe-ronde/", views.room_new_round, name="new_round"),
    path("<int:pk>/sluiten/", views.room_close, name="close"),
    path("<int:pk>/verwijderen/", views.room_delete, name="delete"),
    path("<int:pk>/ronde/<int:number>/", views.round_detail, name="round"),
]
