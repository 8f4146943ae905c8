"""URLs for `manage.py bench_practice`: the app's own, plus a bare view to compare with."""

from django.http import HttpResponse
from django.urls import include, path


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench-bare/", bare), path("", include("coachapp.urls"))]
