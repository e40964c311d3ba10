"""The site's URLs plus the framework floor: the smallest Django view, through the same stack."""

from django.http import HttpResponse
from django.urls import include, path


def floor(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench/floor/", floor),
    path("", include("newsroom.urls")),
]
