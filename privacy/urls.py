from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("", views.my_data, name="my_data"),
    path("export.json", views.my_data_export, name="export"),
    path("verwijderen/", views.my_data_delete, name="delete"),
]
