from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.http import require_GET
from django.views.i18n import set_language

handler500 = "coachapp.busy.server_error"


@login_not_required
@require_GET
def health(request):
    """For a proxy's or load balancer's health check (and scripts/loadbench.py's bare page):
    the whole middleware stack, no database, no template."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("healthz/", health, name="health"),
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
