"""The archive: the home page paginated into the past, and a month's stories."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from . import factories

pytestmark = pytest.mark.django_db


def at(year, month, day=15):
    return datetime(year, month, day, 12, tzinfo=UTC)


def archive(year, month):
    return reverse("articles:archive", kwargs={"year": year, "month": month})


def test_home_page_two_shows_older_stories(client):
    stories = [
        factories.article(f"Story {n}", published_at=at(2024, 1, 1) + timedelta(hours=n))
        for n in range(12)
    ]
    page = client.get(reverse("articles:home"), {"page": 2}).content.decode()
    assert stories[1].headline in page and stories[0].headline in page
    assert stories[11].headline not in page


def test_home_page_one_links_to_the_next_page(client):
    for n in range(12):
        factories.article(f"Story {n}")
    page = client.get(reverse("articles:home")).content.decode()
    assert '<link rel="next" href="?page=2">' in page
    assert 'name="robots"' not in page


def test_home_page_two_links_back_and_stays_out_of_the_index(client):
    for n in range(12):
        factories.article(f"Story {n}")
    page = client.get(reverse("articles:home"), {"page": 2}).content.decode()
    assert '<link rel="prev" href="?page=1">' in page
    assert "noindex" in page


def test_home_page_beyond_the_last_is_a_404(client):
    factories.article("Only story")
    assert client.get(reverse("articles:home"), {"page": 3}).status_code == 404


def test_month_lists_its_published_stories_only(client):
    factories.article("In March", published_at=at(2024, 3))
    factories.article("In April", published_at=at(2024, 4))
    factories.draft("Draft in March", published_at=at(2024, 3))
    page = client.get(archive(2024, 3)).content.decode()
    assert "In March" in page
    assert "In April" not in page and "Draft in March" not in page


def test_month_links_to_nearest_months_with_stories(client):
    factories.article("January", published_at=at(2023, 1))
    factories.article("June", published_at=at(2023, 6))
    factories.article("December", published_at=at(2023, 12))
    page = client.get(archive(2023, 6)).content.decode()
    assert f'href="{archive(2023, 1)}"' in page
    assert f'href="{archive(2023, 12)}"' in page


def test_month_ignores_drafts_when_linking_months(client):
    factories.draft("Draft", published_at=at(2023, 1))
    factories.article("June", published_at=at(2023, 6))
    page = client.get(archive(2023, 6)).content.decode()
    assert archive(2023, 1) not in page


def test_month_is_paginated(client):
    for n in range(12):
        factories.article(f"Story {n}", published_at=at(2024, 5, 1) + timedelta(hours=n))
    page = client.get(archive(2024, 5), {"page": 2}).content.decode()
    assert "Story 0" in page and "Story 11" not in page


def test_month_without_stories_is_a_404(client):
    factories.article("June", published_at=at(2023, 6))
    assert client.get(archive(2023, 7)).status_code == 404


@pytest.mark.parametrize("month", [0, 13])
def test_invalid_month_is_a_404(client, month):
    assert client.get(archive(2023, month)).status_code == 404


def test_future_story_is_not_in_its_month(client):
    soon = datetime.now(UTC) + timedelta(days=40)
    factories.article("Now")
    factories.article("Scheduled", published_at=soon)
    assert client.get(archive(soon.year, soon.month)).status_code == 404


@pytest.fixture(params=[15, 200], ids=["15-stories", "200-stories"])
def months(request):
    for n in range(request.param):
        factories.article(
            f"Story {n}",
            published_at=at(2022 + n % 3, 1 + n % 12),
            byline=factories.author() if n < 5 else None,
        ).tags.add(f"tag-{n % 7}")


def test_archive_query_budget(client, months, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert client.get(archive(2023, 2)).status_code == 200


def test_home_page_two_query_budget(client, months, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        assert client.get(reverse("articles:home"), {"page": 2}).status_code == 200


def test_the_home_page_links_to_its_newest_story_s_month_in_the_archive(client):
    story = factories.article("Latest of all")
    month = timezone.localtime(story.published_at)
    page = client.get(reverse("articles:home")).content.decode()
    archive = reverse("articles:archive", kwargs={"year": month.year, "month": month.month})
    assert f'href="{archive}"' in page
    assert client.get(archive).status_code == 200
