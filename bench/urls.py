"""The site's URLs plus the framework floor, served by the same gunicorn in the same run.

The floor is what `../shared/bench/floor` serves: one query and a tiny template, through the
site's whole middleware stack — about the fastest any Django page can be on this machine.
"""

from django.http import Http404, HttpResponse
from django.template import engines
from django.urls import include, path

from companies.models import Company

FLOOR = engines["django"].from_string(
    "<!DOCTYPE html><html><head><title>{{ item.name }}</title></head>"
    "<body><h1>{{ item.name }}</h1><p>{{ item.description }}</p></body></html>"
)


def floor(request):
    item = Company.objects.order_by("pk").only("name", "description").first()
    if item is None:
        raise Http404("No companies yet: run seed_bench.")
    return HttpResponse(FLOOR.render({"item": item}, request))


urlpatterns = [
    path("bench/floor/", floor),
    path("", include("newsroom.urls")),
]
