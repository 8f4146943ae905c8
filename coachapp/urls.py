from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

handler500 = "coachapp.busy.server_error"

urlpatterns = [
    path(
        "inloggen/",
        login_not_required(auth_views.LoginView.as_view(redirect_authenticated_user=True)),
        name="login",
    ),
    # The language switch in the page header: POST language=en|nl, remembered in a cookie.
    path("taal/", login_not_required(set_language), name="set_language"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("transcripten/", include("reviews.urls")),
    path("workshops/", include("workshops.urls")),
    path("rollenspel/", include("rooms.urls")),
    path("mijn-gegevens/", include("privacy.urls")),
    path("", include("dialogues.urls")),
]
