"""The read-only JSON API: fields, drafts never leaking, the OpenAPI document, budgets."""

from collections.abc import Callable
from datetime import timedelta

import pytest
import yaml
from django.urls import reverse
from django.utils import timezone
from openapi_spec_validator import validate
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

from articles.models import Article, DealEvent
from articles.tests import factories
from companies.models import CompanyAlias
from deals.models import Deal, DealParty

pytestmark = pytest.mark.django_db

# Every endpoint's query budget: constant, whatever the number of rows.
BUDGET = 8


def api(name: str, *args) -> str:
    return reverse(f"api:{name}", args=args)


@pytest.fixture
def world():
    parent = factories.company("Parent Group")
    acme = factories.company("Acme")
    CompanyAlias.objects.create(company=acme, name="Acme Corp")
    factories.relation(parent, acme)
    writer = factories.author("Ann Writer")
    deal = factories.deal("Acme buys Widget", parties=[(acme, DealParty.Role.ACQUIRER)])
    story = factories.article("Acme agrees deal", companies=[acme], byline=writer)
    story.tags.add("mergers")
    story.deals.add(deal)
    DealEvent.objects.create(
        deal=deal, date=timezone.localdate(), status=Deal.Status.ANNOUNCED, article=story
    )
    return {"company": acme, "parent": parent, "author": writer, "deal": deal, "story": story}


def test_story_list_fields(client, world):
    response = client.get(api("story-list"))
    assert response.status_code == 200
    [item] = response.json()["results"]
    assert item["slug"] == "acme-agrees-deal"
    assert item["url"] == "http://testserver/articles/acme-agrees-deal/"
    assert item["api_url"] == "http://testserver/api/v1/stories/acme-agrees-deal/"
    assert item["bylines"][0]["slug"] == "ann-writer"
    assert {"next", "previous"} <= response.json().keys()


def test_story_detail_fields(client, world):
    data = client.get(api("story-detail", "acme-agrees-deal")).json()
    assert "<p>" in data["body_html"]
    assert data["bylines"][0]["name"] == "Ann Writer"
    assert data["companies"] == [
        {
            "role": "about",
            "company": {
                "slug": "acme",
                "name": "Acme",
                "url": "http://testserver/companies/acme/",
                "api_url": "http://testserver/api/v1/companies/acme/",
            },
        }
    ]
    assert [d["slug"] for d in data["deals"]] == ["acme-buys-widget"]
    assert data["tags"] == ["mergers"]


def test_company_list_and_detail_fields(client, world):
    listed = client.get(api("company-list")).json()
    assert [c["slug"] for c in listed["results"]] == ["acme", "parent-group"]
    data = client.get(api("company-detail", "acme")).json()
    assert data["aliases"] == ["Acme Corp"]
    assert [c["slug"] for c in data["parents"]] == ["parent-group"]
    assert [d["slug"] for d in data["deals"]] == ["acme-buys-widget"]
    assert data["coverage"] == "http://testserver/api/v1/stories/?company=acme"
    parent = client.get(api("company-detail", "parent-group")).json()
    assert [c["slug"] for c in parent["subsidiaries"]] == ["acme"]


def test_deal_list_and_detail_fields(client, world):
    listed = client.get(api("deal-list"), {"company": "acme", "status": "announced"}).json()
    assert [d["slug"] for d in listed["results"]] == ["acme-buys-widget"]
    assert client.get(api("deal-list"), {"kind": "merger"}).json()["results"] == []
    data = client.get(api("deal-detail", "acme-buys-widget")).json()
    assert data["parties"][0]["role"] == "acquirer"
    assert data["parties"][0]["company"]["slug"] == "acme"
    [event] = data["timeline"]
    assert event["story"]["slug"] == "acme-agrees-deal"


@pytest.mark.parametrize(
    "params",
    [
        {"company": "acme"},
        {"topic": "mergers"},
        {"author": "ann-writer"},
        {"deal": "acme-buys-widget"},
    ],
)
def test_story_filters_select_the_story(client, world, params):
    factories.article("Unrelated story")
    found = client.get(api("story-list"), params).json()["results"]
    assert [s["slug"] for s in found] == ["acme-agrees-deal"]


def test_date_filters_bound_the_publication_time(client, world):
    factories.article("Old story", published_at=timezone.now() - timedelta(days=30))
    since = (timezone.now() - timedelta(days=2)).date().isoformat()
    newer = client.get(api("story-list"), {"published_after": since}).json()["results"]
    older = client.get(api("story-list"), {"published_before": since}).json()["results"]
    assert [s["slug"] for s in newer] == ["acme-agrees-deal"]
    assert [s["slug"] for s in older] == ["old-story"]


def test_story_filters_exclude_other_stories(client, world):
    for params in ({"company": "nobody"}, {"topic": "x"}, {"published_after": "2999-01-01"}):
        assert client.get(api("story-list"), params).json()["results"] == [], params


def test_a_bad_date_is_a_400(client, world):
    assert client.get(api("story-list"), {"published_after": "yesterday"}).status_code == 400


def test_cursor_pages_walk_every_story_newest_first(client):
    now = timezone.now()
    for i in range(25):
        factories.article(f"Story number {i}", published_at=now - timedelta(minutes=i + 1))
    first = client.get(api("story-list")).json()
    second = client.get(first["next"]).json()
    slugs = [s["slug"] for s in first["results"] + second["results"]]
    assert slugs == [f"story-number-{i}" for i in range(25)]
    assert second["next"] is None


# --- drafts never leak -------------------------------------------------------------


def _subject(name: str, **story_fields):
    company = factories.company(f"{name} Company")
    writer = factories.author(f"{name} Writer")
    deal = factories.deal(f"{name} Deal", marked_public=False)
    story = factories.article(f"{name} story", companies=[company], byline=writer, **story_fields)
    story.tags.add(f"{name.lower()}-topic")
    story.deals.add(deal)
    return story, deal, company


def draft(clock):
    story, deal, company = _subject("Draft", status=Article.Status.DRAFT)

    def publish():
        story.status = Article.Status.PUBLISHED
        story.published_at = timezone.now() - timedelta(minutes=1)
        story.save()

    return story, deal, company, publish


def scheduled(clock):
    story, deal, company = _subject("Scheduled", published_at=timezone.now() + timedelta(hours=2))
    return story, deal, company, lambda: clock.advance(hours=3)


def unpublished(clock):
    story, deal, company = _subject("Withdrawn")
    story.status = Article.Status.DRAFT
    story.save()

    def publish():
        story.status = Article.Status.PUBLISHED
        story.save()

    return story, deal, company, publish


def _visible(client, story, deal, company) -> dict[str, bool]:
    def in_list(address: str, params: dict, slug: str) -> bool:
        response = client.get(address, params)
        assert response.status_code == 200
        return slug in [item["slug"] for item in response.json()["results"]]

    seen = {
        "stories list": in_list(api("story-list"), {}, story.slug),
        "stories by company": in_list(api("story-list"), {"company": company.slug}, story.slug),
        "story detail": client.get(api("story-detail", story.slug)).status_code == 200,
        "deals list": in_list(api("deal-list"), {}, deal.slug),
        "deal detail": client.get(api("deal-detail", deal.slug)).status_code == 200,
    }
    company_data = client.get(api("company-detail", company.slug)).json()
    seen["company's deals"] = deal.slug in [d["slug"] for d in company_data["deals"]]
    return seen


@pytest.mark.parametrize("state", [draft, scheduled, unpublished], ids=lambda f: f.__name__)
def test_unpublished_stories_and_their_deals_stay_out_of_the_api_until_published(
    client, clock, state
):
    factories.article("Someone else's published story")
    story, deal, company, publish = state(clock)
    DealParty.objects.create(deal=deal, company=company, role=DealParty.Role.TARGET)

    before = _visible(client, story, deal, company)
    publish()
    after = _visible(client, story, deal, company)

    assert [where for where, seen in before.items() if seen] == []
    assert [where for where, seen in after.items() if not seen] == []


def test_a_timeline_step_reported_by_a_draft_is_hidden(client, world):
    hidden = factories.draft("Secret follow-up")
    DealEvent.objects.create(
        deal=world["deal"],
        date=timezone.localdate() + timedelta(days=1),
        status=Deal.Status.COMPLETED,
        article=hidden,
    )
    DealEvent.objects.create(
        deal=world["deal"], date=timezone.localdate() - timedelta(days=1), status="in_talks"
    )
    data = client.get(api("deal-detail", world["deal"].slug)).json()
    assert [e["status"] for e in data["timeline"]] == ["in_talks", "announced"]


# --- schema, docs, throttle, budgets -------------------------------------------------


def test_the_schema_is_valid_openapi_3(client):
    response = client.get(reverse("api:schema"))
    assert response.status_code == 200
    document = yaml.safe_load(response.content)
    assert document["openapi"].startswith("3.")
    validate(document)
    assert "/api/v1/stories/" in document["paths"]


def test_the_docs_page_serves_its_assets_locally(client):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    assert b"cdn." not in response.content
    assert b"/static/drf_spectacular_sidecar/" in response.content


def test_anonymous_clients_are_throttled():
    assert api_settings.DEFAULT_THROTTLE_CLASSES == [AnonRateThrottle]
    assert AnonRateThrottle().get_rate() == "120/min"


def test_past_the_rate_a_client_gets_a_429(client, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "2/min"})
    codes = [client.get(api("company-list")).status_code for _ in range(3)]
    assert codes == [200, 200, 429]


ENDPOINTS: list[tuple[str, Callable[[dict], str]]] = [
    ("stories", lambda w: api("story-list")),
    ("stories by company", lambda w: api("story-list") + "?company=acme&topic=mergers"),
    ("story", lambda w: api("story-detail", w["story"].slug)),
    ("companies", lambda w: api("company-list")),
    ("company", lambda w: api("company-detail", "acme")),
    ("deals", lambda w: api("deal-list") + "?company=acme"),
    ("deal", lambda w: api("deal-detail", w["deal"].slug)),
]


@pytest.mark.parametrize("name,address", ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
def test_query_budget(client, world, django_assert_max_num_queries, name, address):
    acme = world["company"]
    for i in range(5):  # more rows must not mean more queries
        more = factories.article(f"More {i}", companies=[acme], byline=factories.author())
        more.tags.add("mergers", f"extra-{i}")
        more.deals.add(world["deal"])
        DealEvent.objects.create(
            deal=world["deal"],
            date=timezone.localdate() - timedelta(days=i + 1),
            status="in_talks" if i % 2 else "rumoured",
            article=more,
        )
        factories.relation(acme, factories.company())
    url = address(world)
    client.get(url)  # warm anything per-process
    with django_assert_max_num_queries(BUDGET):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "moment", ["2025-01-01T00:00:00+20:31", "2025-01-01T00:00:00-23:59", "9999-12-31"]
)
def test_any_iso_offset_or_the_last_day_is_answered_not_a_500(client, world, moment):
    for name in ("published_after", "published_before"):
        assert client.get(api("story-list"), {name: moment}).status_code in (200, 400)
