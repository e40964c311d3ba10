"""Absolute links come from SITE_URL when set, from the request's host otherwise."""

import pytest
from django.test import RequestFactory

from core.site import absolute_url, site_root


def test_site_url_wins_over_the_request_host(settings):
    settings.SITE_URL = "https://news.example.org"
    request = RequestFactory().get("/", HTTP_HOST="testserver")
    assert absolute_url("/articles/x/", request) == "https://news.example.org/articles/x/"


def test_without_site_url_the_request_host_is_used(settings):
    settings.SITE_URL = ""
    request = RequestFactory().get("/", HTTP_HOST="localhost", secure=True)
    assert site_root(request) == "https://localhost"
    assert absolute_url("feeds/latest/", request) == "https://localhost/feeds/latest/"


def test_without_either_it_refuses_rather_than_invent_a_domain(settings):
    settings.SITE_URL = ""
    with pytest.raises(ValueError):
        site_root(None)


def test_each_request_keeps_its_own_host(settings):
    settings.SITE_URL = ""
    first = RequestFactory().get("/", HTTP_HOST="localhost")
    second = RequestFactory().get("/", HTTP_HOST="testserver", secure=True)
    assert [site_root(first), site_root(second), site_root(first)] == [
        "http://localhost",
        "https://testserver",
        "http://localhost",
    ]


def test_a_host_outside_allowed_hosts_is_refused_every_time(settings):
    from django.core.exceptions import DisallowedHost

    settings.SITE_URL = ""
    request = RequestFactory().get("/", HTTP_HOST="evil.example")
    for _ in range(2):
        with pytest.raises(DisallowedHost):
            site_root(request)
