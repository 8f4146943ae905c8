from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("", views.transcript_list, name="list"),
    path("importeren/", views.import_transcript, name="import"),
    path("importeren/<int:pk>/", views.import_preview, name="import_preview"),
    path("overeenstemming/", views.agreement_overview, name="agreement"),
    path("oordelen.jsonl", views.export_all_jsonl, name="export_all_jsonl"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/samenvatting/", views.summary, name="summary"),
    path("<int:pk>/rapport/", views.report, name="report"),
    path("<int:pk>/export.csv", views.export_csv, name="export_csv"),
    path("<int:pk>/export.json", views.export_json, name="export_json"),
    path("<int:pk>/oordelen.jsonl", views.export_jsonl, name="export_jsonl"),
    path("<int:pk>/delen/", views.share, name="share"),
    path("<int:pk>/delen/<int:share_pk>/stoppen/", views.unshare, name="unshare"),
    path("<int:pk>/verwijderen/", views.delete, name="delete"),
    path("beurt/<int:turn_pk>/", views.turn_fragment, name="turn"),
    path("beurt/<int:turn_pk>/oordeel/", views.judge, name="judge"),
    path("beurt/<int:turn_pk>/toevoegen/", views.add_marker, name="add_marker"),
    path(
        "beurt/<int:turn_pk>/oordeel/<int:pk>/wissen/",
        views.remove_judgement,
        name="remove_judgement",
    ),
    path("beurt/<int:turn_pk>/opmerking/", views.comment, name="comment"),
    path(
        "beurt/<int:turn_pk>/opmerking/<int:pk>/wissen/",
        views.delete_comment,
        name="delete_comment",
    ),
]
