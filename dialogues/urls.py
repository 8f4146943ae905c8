from django.urls import path, re_path

from .views import analyser, authoring, cases, practice, public, start

app_name = "dialogues"

urlpatterns = [
    path("", public.landing, name="landing"),
    path("start/", start.start, name="start"),
    path("casussen/", cases.case_list, name="case_list"),
    path("casussen/<slug:slug>/", cases.case_detail, name="case_detail"),
    path("analyse/", analyser.analyse_page, name="analyse"),
    path("casussen/<slug:slug>/oefenen/", practice.practice_start, name="practice_start"),
    path("casussen/<slug:slug>/script/", authoring.script_edit, name="script_edit"),
    path("oefenen/", practice.practice_list, name="practice_list"),
    path("oefenen/<int:pk>/", practice.practice, name="practice"),
    path("oefenen/<int:pk>/beurt/", practice.practice_turn, name="practice_turn"),
    path("oefenen/<int:pk>/hint/", practice.practice_hint, name="practice_hint"),
    path("oefenen/<int:pk>/afronden/", practice.practice_finish, name="practice_finish"),
    path("oefenen/<int:pk>/nabespreking/", practice.practice_debrief, name="practice_debrief"),
    path("oefenen/<int:pk>/verwijderen/", practice.practice_delete, name="practice_delete"),
    re_path(
        r"^oefenen/(?P<pk>[0-9]+)/export\.(?P<fmt>txt|json)$",
        practice.practice_export,
        name="practice_export",
    ),
]
