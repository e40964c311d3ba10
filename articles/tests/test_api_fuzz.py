"""Schemathesis over the OpenAPI document, through the WSGI app: generated requests to
every endpoint never get a server error, and every answer (errors included) conforms to
the document: status code, content type and body.

How many cases per endpoint: API_FUZZ_EXAMPLES (100 in `make test`; .ci/run sets 300).
"""

import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from rest_framework.throttling import AnonRateThrottle

from articles.tests import factories
from deals.models import DealParty

pytestmark = pytest.mark.django_db

EXAMPLES_PER_ENDPOINT = int(os.environ.get("API_FUZZ_EXAMPLES", "100"))

ENDPOINTS = [
    "/api/v1/stories/",
    "/api/v1/stories/{slug}/",
    "/api/v1/companies/",
    "/api/v1/companies/{slug}/",
    "/api/v1/deals/",
    "/api/v1/deals/{slug}/",
    "/api/v1/authors/",
    "/api/v1/authors/{slug}/",
    "/api/v1/topics/",
    "/api/v1/topics/{slug}/",
]


@pytest.fixture
def keep_the_test_connection():
    """The WSGI app closes the database connection after each request, as in production;
    inside a test's transaction it must not (Django's test client does the same)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def schema(monkeypatch, keep_the_test_connection):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": None})
    acme = factories.company("Acme")
    deal = factories.deal("Acme buys Widget", parties=[(acme, DealParty.Role.ACQUIRER)])
    story = factories.article("Acme agrees deal", companies=[acme], byline=factories.author())
    story.tags.add("mergers", "阿里巴巴")
    story.deals.add(deal)
    return schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


def test_the_schema_lists_every_endpoint(schema):
    paths = {result.ok().path for result in schema.get_all_operations()}
    assert paths == set(ENDPOINTS)


@pytest.mark.parametrize("path", ENDPOINTS)
def test_generated_requests_never_get_a_server_error(schema, path):
    operation = schema[path]["GET"]
    failures, calls = [], []

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_ENDPOINT,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        response = case.call()
        calls.append(response.status_code)
        if response.status_code >= 500:
            failures.append((case.formatted_path, case.query, response.status_code))
        case.validate_response(response)

    run()
    assert failures == []
    assert len(calls) >= min(EXAMPLES_PER_ENDPOINT, 10)  # the cases really ran
