"""A URL configuration with the company pages elsewhere (core/tests/test_urls.py)."""

from django.http import HttpResponse
from django.urls import include, path


def _page(request, slug):
    return HttpResponse(slug)


urlpatterns = [
    path("firms/", include(([path("<slug:slug>/", _page, name="detail")], "companies"))),
]
