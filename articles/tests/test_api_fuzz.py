"""Schemathesis over the OpenAPI document, through the WSGI app: generated requests to
every endpoint never get a server error, and every answer (errors included) conforms to
the document: status code, content type and body."""

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

EXAMPLES_PER_ENDPOINT = 30


@pytest.fixture
def keep_the_test_connection():
    """The WSGI app closes the database connection after each request, as in production;
    inside a test's transaction it must not (Django's test client does the same)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def test_generated_requests_never_get_a_server_error(monkeypatch, keep_the_test_connection):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": None})
    acme = factories.company("Acme")
    deal = factories.deal("Acme buys Widget", parties=[(acme, DealParty.Role.ACQUIRER)])
    story = factories.article("Acme agrees deal", companies=[acme], byline=factories.author())
    story.tags.add("mergers")
    story.deals.add(deal)

    schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 6
    failures, calls = [], []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_ENDPOINT,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case):
            response = case.call()
            case.validate_response(response)
            calls.append(response.status_code)
            if response.status_code >= 500:
                failures.append((case.method, case.formatted_path, case.query))

        run()
    assert failures == []
    assert len(calls) >= len(operations) * 10  # the cases really ran
