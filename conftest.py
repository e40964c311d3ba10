from datetime import timedelta

import pytest
from django.utils import timezone

from articles import roles
from articles.tests import factories
from intelligence.registry import invalidate_matcher


@pytest.fixture(autouse=True, scope="session")
def jinja2_renders_reported():
    """Django's test set-up makes its own engine report each render to the test client
    (`response.context`, `response.templates`); the readers' Jinja2 pages do the same."""
    from django.test.signals import template_rendered

    from newsroom.jinja2 import Template

    plain = Template.render

    def reported(self, context=None, request=None):
        context = {} if context is None else context
        template_rendered.send(sender=self, template=self, context=context)
        return plain(self, context, request)

    Template.render = reported
    yield
    Template.render = plain


@pytest.fixture(autouse=True)
def fresh_matcher():
    """Each test's companies roll back with it, which no signal reports: start clean."""
    invalidate_matcher()


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test's rows roll back with it, and so does the public version: a page cached
    by one test must not answer another."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture
def editor(db):
    return factories.staff_user("editor-user", roles.EDITOR)


@pytest.fixture
def writer(db):
    return factories.staff_user("writer-user", roles.WRITER)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def writer_client(client, writer):
    client.force_login(writer)
    return client


class Clock:
    """A controlled `django.utils.timezone.now()`: starts at the real time, moves only when
    told, so a scheduled story's time can come without a test waiting for it."""

    def __init__(self, now):
        self.now = now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch):
    controlled = Clock(timezone.now())
    monkeypatch.setattr(timezone, "now", lambda: controlled.now)
    return controlled
