import pytest

from articles import roles
from articles.tests import factories
from intelligence.registry import invalidate_matcher


@pytest.fixture(autouse=True)
def fresh_matcher():
    """Each test's companies roll back with it, which no signal reports: start clean."""
    invalidate_matcher()


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
