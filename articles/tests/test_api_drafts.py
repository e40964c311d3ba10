"""Drafts never leak through the API: one table of story states, one table of surfaces.

Each state makes a story that is not public — a draft, a scheduled story, a story
published then withdrawn, an embargoed one, and one in every other non-published status
the model has (an "in review" step, when there is one) — about its own company, by its
own author, with its own topic, reporting its own deal (public only through a published
story) and a step in the timeline of a deal that is public anyway. Every API list, detail
and count must leave it out, and show it once it is published.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from articles.models import Article, DealEvent
from deals.models import Deal, DealParty

from . import factories

pytestmark = pytest.mark.django_db


def api(name: str, *args) -> str:
    return reverse(f"api:{name}", args=args)


def _story(name: str, open_deal: Deal, **fields) -> dict:
    company = factories.company(f"{name} Company")
    writer = factories.author(f"{name} Writer")
    deal = factories.deal(f"{name} Deal", marked_public=False)
    DealParty.objects.create(deal=deal, company=company, role=DealParty.Role.TARGET)
    story = factories.article(
        f"{name} story", body=f"Zanzibarite {name.lower()} report.", companies=[company],
        byline=writer, **fields,
    )  # fmt: skip
    topic = slugify(f"{name} topic")
    story.tags.add(topic)
    story.deals.add(deal)
    DealEvent.objects.create(
        deal=open_deal, date=timezone.localdate(), status=Deal.Status.COMPLETED, article=story
    )
    return {"story": story, "company": company, "author": writer, "deal": deal,
            "topic": topic, "open_deal": open_deal}  # fmt: skip


def _republish(story: Article) -> None:
    story.status = Article.Status.PUBLISHED
    if story.published_at is None or story.published_at > timezone.now():
        story.published_at = timezone.now() - timedelta(minutes=1)
    story.save()


def draft(clock, open_deal):
    made = _story("Draft", open_deal, status=Article.Status.DRAFT)
    return made, lambda: _republish(made["story"])


def scheduled(clock, open_deal):
    made = _story("Scheduled", open_deal, published_at=timezone.now() + timedelta(hours=2))
    return made, lambda: clock.advance(hours=3)


def unpublished(clock, open_deal):
    made = _story("Withdrawn", open_deal)
    made["story"].status = Article.Status.DRAFT
    made["story"].save()
    return made, lambda: _republish(made["story"])


def embargoed(clock, open_deal):
    made = _story("Embargoed", open_deal, embargo_until=timezone.now() + timedelta(hours=2))
    return made, lambda: clock.advance(hours=3)


def _in_status(status: str):
    def state(clock, open_deal):
        made = _story(status.replace("_", " ").title(), open_deal, status=status)
        return made, lambda: _republish(made["story"])

    state.__name__ = f"status_{status}"
    return state


# Every status that is not "published" (drafts, and any review step the desk adds).
OTHER_STATUSES = [
    _in_status(s)
    for s in Article.Status.values
    if s not in (Article.Status.PUBLISHED, Article.Status.DRAFT)
]
STATES = [draft, scheduled, unpublished, embargoed, *OTHER_STATUSES]


def _slugs(client, address: str, params: dict | None = None) -> list[str]:
    response = client.get(address, params or {})
    assert response.status_code == 200, (address, params, response.status_code)
    return [item["slug"] for item in response.json()["results"]]


def _found(client, address: str) -> dict | None:
    response = client.get(address)
    assert response.status_code in (200, 404), (address, response.status_code)
    return response.json() if response.status_code == 200 else None


def _visible(client, made: dict) -> dict[str, bool]:
    story, company, writer = made["story"], made["company"], made["author"]
    deal, topic = made["deal"], made["topic"]
    stories = api("story-list")
    company_data = _found(client, api("company-detail", company.slug)) or {}
    author = _found(client, api("author-detail", writer.slug))
    topic_data = _found(client, api("topic-detail", topic))
    listed_companies = {c["slug"]: c for c in client.get(api("company-list")).json()["results"]}
    listed_authors = {a["slug"]: a for a in client.get(api("author-list")).json()["results"]}
    listed_topics = {t["slug"]: t for t in client.get(api("topic-list")).json()["results"]}
    open_deal = _found(client, api("deal-detail", made["open_deal"].slug)) or {}
    return {
        "stories list": story.slug in _slugs(client, stories),
        "stories by company": story.slug in _slugs(client, stories, {"company": company.slug}),
        "stories by topic": story.slug in _slugs(client, stories, {"topic": topic}),
        "stories by author": story.slug in _slugs(client, stories, {"author": writer.slug}),
        "stories by deal": story.slug in _slugs(client, stories, {"deal": deal.slug}),
        "stories by q": story.slug in _slugs(client, stories, {"q": "zanzibarite"}),
        "story detail": _found(client, api("story-detail", story.slug)) is not None,
        "deals list": deal.slug in _slugs(client, api("deal-list")),
        "deals by company": deal.slug
        in _slugs(client, api("deal-list"), {"company": company.slug}),
        "deal detail": _found(client, api("deal-detail", deal.slug)) is not None,
        "company's deals": deal.slug in [d["slug"] for d in company_data.get("deals", [])],
        "company count (detail)": company_data.get("story_count", 0) > 0,
        "company count (list)": listed_companies[company.slug]["story_count"] > 0,
        "timeline step": story.slug
        in [(e["story"] or {}).get("slug") for e in open_deal.get("timeline", [])],
        "authors list": writer.slug in listed_authors,
        "author detail": author is not None,
        "author count": (author or {}).get("story_count", 0) > 0,
        "topics list": topic in listed_topics,
        "topic detail": topic_data is not None,
        "topic count": (topic_data or {}).get("story_count", 0) > 0,
    }


@pytest.mark.parametrize("state", STATES, ids=lambda f: f.__name__)
def test_a_story_that_is_not_public_is_on_no_api_surface_until_published(client, clock, state):
    factories.article("Someone else's published story")
    open_deal = factories.deal("Open deal", marked_public=True)
    made, publish = state(clock, open_deal)

    before = _visible(client, made)
    publish()
    after = _visible(client, made)

    assert [where for where, seen in before.items() if seen] == []
    assert [where for where, seen in after.items() if not seen] == []


def test_the_table_covers_every_api_endpoint():
    """A new endpoint must join the table above (and the budgets)."""
    from articles.api.urls import v1

    assert {p.name for p in v1} == {
        "story-list", "story-detail", "company-list", "company-detail", "deal-list",
        "deal-detail", "author-list", "author-detail", "topic-list", "topic-detail",
    }  # fmt: skip
