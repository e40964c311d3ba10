"""Two stories about one company published at the same moment on PostgreSQL: the counts
each publish makes must take in the other's story (`live.in_turn`), not lose it to a
snapshot taken before the other committed."""

import threading
import time

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections, transaction

from articles import live, rankings
from articles.models import Article, CoMention
from articles.publishing import article_publish
from companies.models import Company

from . import factories

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite takes one writer at a time"),
]


def test_two_publishes_at_once_are_both_counted():
    editor = get_user_model().objects.create_superuser("racer", "racer@example.com", "x")
    hub, other = factories.company("Hub Co"), factories.company("Other Co")
    first = factories.draft("First", companies=[hub, other])
    second = factories.draft("Second", companies=[hub, other])
    first_open = threading.Event()
    errors: list[BaseException] = []

    def publish(story: Article, *, hold: bool) -> None:
        try:
            with transaction.atomic():
                article_publish(article=Article.objects.get(pk=story.pk), user=editor)
                if hold:
                    # Counted and not yet committed while the other publish starts.
                    first_open.set()
                    time.sleep(0.5)
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)
        finally:
            connections.close_all()

    holder = threading.Thread(target=publish, args=(first,), kwargs={"hold": True})
    holder.start()
    assert first_open.wait(10)
    latecomer = threading.Thread(target=publish, args=(second,), kwargs={"hold": False})
    latecomer.start()
    holder.join(20)
    latecomer.join(20)
    assert not errors

    hub.refresh_from_db()
    assert hub.story_count == 2
    assert live.current_state().story_count == 2
    assert CoMention.objects.get(company=hub, other=other).shared == 2
    assert [(c.name, c.coverage) for c in rankings.most_covered()] == [
        ("Hub Co", 2),
        ("Other Co", 2),
    ]
    assert Company.objects.get(pk=other.pk).story_count == 2
