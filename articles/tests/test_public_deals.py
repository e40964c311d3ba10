"""When a deal is public: once a published story reports it, or an editor marks it public.

Until then no reader surface shows it: not its page, the deal index, the home page's
latest deals, a party's company page, nor a story's page.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from deals.models import Deal, DealParty

from . import factories

pytestmark = pytest.mark.django_db

NAME = "Zanzibar tie-up"


@pytest.fixture
def tie_up():
    """A deal nobody has reported yet, between two companies with public pages."""
    zanzibar = factories.company("Zanzibar Telecom", slug="zanzibar")
    other = factories.company("Other Party")
    return factories.deal(
        NAME,
        marked_public=False,
        kind=Deal.Kind.PARTNERSHIP,
        parties=[(zanzibar, DealParty.Role.PARTNER), (other, DealParty.Role.PARTNER)],
    )


def shown(client, deal: Deal) -> dict[str, bool]:
    """Where a reader can see `deal`, surface by surface."""
    zanzibar = deal.companies.get(slug="zanzibar")
    return {
        "deal page": client.get(deal.get_absolute_url()).status_code == 200,
        "deal index": NAME in client.get(reverse("deals:index")).content.decode(),
        "home page": NAME in client.get(reverse("articles:home")).content.decode(),
        "company page": NAME in client.get(zanzibar.get_absolute_url()).content.decode(),
    }


NOWHERE = dict.fromkeys(["deal page", "deal index", "home page", "company page"], False)
EVERYWHERE = dict.fromkeys(NOWHERE, True)


def reporting(deal: Deal, **fields) -> Article:
    story = factories.article(**fields)
    story.deals.add(deal)
    return story


def test_a_deal_no_story_reports_is_hidden_everywhere(client, tie_up):
    assert not tie_up.is_public()
    assert not Deal.objects.public().exists()
    assert shown(client, tie_up) == NOWHERE


def test_a_deal_reported_only_by_a_draft_is_hidden_everywhere(client, tie_up):
    reporting(tie_up, status=Article.Status.DRAFT)
    tie_up.refresh_from_db()
    assert not tie_up.is_public()
    assert shown(client, tie_up) == NOWHERE


def test_a_deal_reported_by_a_published_story_is_shown_everywhere(client, tie_up):
    story = reporting(tie_up)
    tie_up.refresh_from_db()
    assert tie_up.is_public()
    assert list(Deal.objects.public()) == [tie_up]
    assert shown(client, tie_up) == EVERYWHERE
    assert NAME in client.get(story.get_absolute_url()).content.decode()


def test_a_deal_an_editor_marked_public_is_shown_without_a_story(client, tie_up):
    tie_up.marked_public = True
    tie_up.save()
    assert tie_up.is_public()
    assert shown(client, tie_up) == EVERYWHERE


def test_a_deal_goes_back_into_hiding_when_its_only_story_is_unpublished(client, tie_up):
    story = reporting(tie_up)
    story.status = Article.Status.DRAFT
    story.save()
    tie_up.refresh_from_db()
    assert not tie_up.is_public()
    assert shown(client, tie_up) == NOWHERE


def test_a_deal_goes_back_into_hiding_when_its_story_drops_it(client, tie_up):
    story = reporting(tie_up)
    story.deals.remove(tie_up)
    tie_up.refresh_from_db()
    assert not tie_up.is_public()
    assert shown(client, tie_up) == NOWHERE


def test_a_deal_reported_by_a_scheduled_story_appears_when_its_time_comes(client, tie_up, clock):
    story = reporting(tie_up, published_at=clock.now + timedelta(hours=2))
    tie_up.refresh_from_db()
    assert not tie_up.is_public()
    assert shown(client, tie_up) == NOWHERE
    assert client.get(story.get_absolute_url()).status_code == 404

    clock.advance(hours=2)  # nobody saves anything: time alone makes it public

    assert tie_up.is_public()
    assert list(Deal.objects.public()) == [tie_up]
    seen = shown(client, tie_up)
    assert seen == dict.fromkeys(seen, True)
    assert NAME in client.get(story.get_absolute_url()).content.decode()


# The deal page must build its queryset per request: `Deal.objects.public()` reads the
# clock, and a class-level queryset would freeze it at import time.


def test_a_deal_page_appears_when_its_scheduled_story_goes_live(client, tie_up, clock):
    reporting(tie_up, published_at=clock.now + timedelta(hours=2))
    clock.advance(hours=2)
    assert client.get(tie_up.get_absolute_url()).status_code == 200


def test_a_deal_page_appears_when_a_story_reports_it_after_the_site_started(client, tie_up):
    reporting(tie_up, published_at=timezone.now())
    assert client.get(tie_up.get_absolute_url()).status_code == 200


def test_a_deal_is_public_from_its_earliest_published_story(tie_up, clock):
    reporting(tie_up, published_at=clock.now + timedelta(days=2))
    first = reporting(tie_up, published_at=clock.now + timedelta(days=1))
    reporting(tie_up, status=Article.Status.DRAFT, published_at=clock.now - timedelta(days=3))
    tie_up.refresh_from_db()
    assert tie_up.reported_at == first.published_at
    clock.advance(days=1)
    assert tie_up.is_public()
    clock.now -= timedelta(microseconds=1)
    assert not tie_up.is_public()
    assert not Deal.objects.public().exists()


def test_a_story_page_lists_only_its_public_deals(client, tie_up):
    story = factories.article("A public story")
    hidden_elsewhere = factories.deal("Quiet merger", marked_public=False)
    story.deals.add(tie_up)
    # A deal the story names is public through the story itself; one linked to it only
    # in a draft is not, and the story's page must not leak it.
    draft = factories.draft("A draft")
    draft.deals.add(hidden_elsewhere)
    html = client.get(story.get_absolute_url()).content.decode()
    assert NAME in html
    assert "Quiet merger" not in html
    assert not Deal.objects.get(pk=hidden_elsewhere.pk).is_public()
