from django.urls import path

from .views import analyser, cases, public

app_name = "dialogues"

urlpatterns = [
    path("", public.landing, name="landing"),
    path("casussen/", cases.case_list, name="case_list"),
    path("casussen/<slug:slug>/", cases.case_detail, name="case_detail"),
    path("analyse/", analyser.analyse_page, name="analyse"),
]
