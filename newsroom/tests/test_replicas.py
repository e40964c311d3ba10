"""Read replicas for real: a PostgreSQL hot standby (.ci/run makes one with pg_basebackup -R)
named by DATABASE_REPLICA_URLS.

The replica alias is a test mirror of `default` (settings/base.py): Django creates no test
database on the standby, which refuses writes, but the alias keeps its own connection, to
the standby, and reads the test database that replication brought there. The first test
proves it is the standby that answers. The others are transactional: a row must be
committed on the primary before it can replicate.
"""

import time
from collections.abc import Callable

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import OperationalError, connections, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article
from articles.tests import factories
from newsroom.db_router import reading_from
from newsroom.middleware import PIN_COOKIE

REPLICA = "replica1"
pytestmark = pytest.mark.skipif(
    not settings.REPLICA_DATABASES,
    reason="DATABASE_REPLICA_URLS is unset: no read replica to test against "
    "(.ci/run points it at a real PostgreSQL hot standby)",
)
on_primary_and_replica = pytest.mark.django_db(databases=["default", REPLICA])
committed = pytest.mark.django_db(transaction=True, databases=["default", REPLICA])


def eventually(check: Callable[[], bool], seconds: float = 10) -> bool:
    """Poll `check` until it holds or `seconds` pass: replication takes a moment."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def on_replica(article: Article) -> Article | None:
    return Article.objects.using(REPLICA).filter(pk=article.pk).first()


def query_one(alias: str, sql: str):
    with connections[alias].cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()[0]


def _replica_answers() -> bool:
    try:
        return query_one(REPLICA, "SELECT 1") == 1
    except OperationalError:
        # e.g. the test database, just made on the primary, has not replicated yet.
        connections[REPLICA].close()
        return False


@pytest.fixture(autouse=True)
def replica_ready(request):
    if "django_db_setup" in request.fixturenames or request.node.get_closest_marker("django_db"):
        assert eventually(_replica_answers), "the replica does not answer"


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test renders its pages: a page cached by an earlier test would hide the reads."""
    cache.clear()


class Standby:
    """Holds the standby where it is, so it lags the primary for as long as a test needs."""

    def pause(self) -> None:
        query_one(REPLICA, "SELECT pg_wal_replay_pause()::text")

    def resume(self) -> None:
        query_one(REPLICA, "SELECT pg_wal_replay_resume()::text")


@pytest.fixture
def standby():
    controls = Standby()
    try:
        yield controls
    finally:
        controls.resume()


def replicated_story(**fields) -> Article:
    story = factories.article(**fields)
    assert eventually(lambda: on_replica(story) is not None), "the story never replicated"
    return story


@on_primary_and_replica
def test_the_replica_alias_is_a_hot_standby_of_the_test_database():
    assert query_one(REPLICA, "SELECT pg_is_in_recovery()") is True
    assert query_one("default", "SELECT pg_is_in_recovery()") is False
    assert query_one(REPLICA, "SELECT current_database()") == query_one(
        "default", "SELECT current_database()"
    )
    assert connections[REPLICA].settings_dict["NAME"].startswith("test_")


@committed
def test_a_story_committed_on_the_primary_appears_on_the_replica():
    story = factories.article("Alibaba nears Russian joint venture")
    assert eventually(lambda: on_replica(story) is not None)
    assert on_replica(story).headline == "Alibaba nears Russian joint venture"


@committed
def test_a_reader_page_reads_from_the_replica_only(client):
    story = replicated_story(headline="Ant Financial buys into Telenor Microfinance")
    with (
        CaptureQueriesContext(connections[REPLICA]) as replica,
        CaptureQueriesContext(connections["default"]) as primary,
    ):
        response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    assert b"Ant Financial buys into Telenor Microfinance" in response.content
    assert any('"articles_article"' in q["sql"] for q in replica.captured_queries)
    assert primary.captured_queries == []


@committed
def test_readers_see_what_the_replica_has_until_it_catches_up(client, standby):
    story = replicated_story(headline="Tmall opens to Russian shoppers")
    standby.pause()
    story.headline = "Tmall opens to Russian shoppers nationwide"
    story.save()
    page = story.get_absolute_url()
    assert b"shoppers nationwide" not in client.get(page).content

    standby.resume()
    assert eventually(lambda: b"shoppers nationwide" in client.get(page).content)


@committed
def test_an_editor_sees_their_own_save_at_once(editor_client, standby):
    story = replicated_story(headline="Mail.ru talks advance")
    standby.pause()
    story.headline = "Mail.ru talks advance to final stage"
    story.save()
    page = story.get_absolute_url()
    with CaptureQueriesContext(connections[REPLICA]) as replica:
        response = editor_client.get(page)
    assert b"talks advance to final stage" in response.content
    assert replica.captured_queries == []
    # An anonymous reader, meanwhile, is served by the lagging replica.
    assert b"final stage" not in Client().get(page).content


@committed
def test_reads_inside_a_transaction_stay_on_the_primary(standby):
    standby.pause()
    with reading_from(REPLICA), transaction.atomic():
        story = factories.article("Didi Chuxing expands in the region")
        assert Article.objects.filter(pk=story.pk).exists()


@committed
def test_the_admin_reads_from_the_primary(editor_client):
    story = factories.article("Sberbank talks collapse")
    with CaptureQueriesContext(connections[REPLICA]) as replica:
        response = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assert response.status_code == 200
    assert replica.captured_queries == []


@committed
def test_a_post_uses_the_primary_and_pins_the_client_there(client, standby):
    # The replica never sees the user nor the story: only the primary can serve them.
    standby.pause()
    factories.staff_user("desk-editor")
    with CaptureQueriesContext(connections[REPLICA]) as replica:
        response = client.post(
            reverse("admin:login"), {"username": "desk-editor", "password": "pw"}
        )
    assert response.status_code == 302, "the login found the user on the primary"
    assert replica.captured_queries == []
    assert response.cookies[PIN_COOKIE]["max-age"] == settings.REPLICA_PIN_SECONDS

    # Logged out again, the client still reads from the primary while the pin lasts.
    client.cookies.pop(settings.SESSION_COOKIE_NAME)
    story = factories.article("Lazada and Tokopedia draw Alibaba money")
    with CaptureQueriesContext(connections[REPLICA]) as replica:
        response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    assert replica.captured_queries == []
