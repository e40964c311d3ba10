"""The read-only JSON API: fields, filters, the OpenAPI document, docs, throttle. Drafts:
test_api_drafts.py; budgets: test_api_budgets.py; caching and CORS: test_api_cache.py;
`q`: test_api_search.py; schemathesis: test_api_fuzz.py."""

from datetime import timedelta

import pytest
import yaml
from django.urls import reverse
from django.utils import timezone
from openapi_spec_validator import validate
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

from articles.models import DealEvent
from articles.tests import factories
from companies.models import CompanyAlias
from deals.models import Deal, DealParty

pytestmark = pytest.mark.django_db


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


def test_company_detail_says_how_companies_are_tied(client, world):
    world["company"].country = "CN"
    world["company"].save()
    data = client.get(api("company-detail", "acme")).json()
    [parent] = data["parents"]
    assert (parent["relation"], parent["stake_percent"]) == ("subsidiary", None)
    assert data["country"] == "CN"
    assert data["deals_url"] == "http://testserver/api/v1/deals/?company=acme"


def test_company_detail_lists_the_latest_ten_deals(client, world):
    for day in range(12):
        factories.deal(
            f"Deal {day}",
            announced_on=timezone.localdate() - timedelta(days=day),
            parties=[(world["company"], DealParty.Role.INVESTOR)],
        )
    deals = client.get(api("company-detail", "acme")).json()["deals"]
    assert [d["slug"] for d in deals] == [f"deal-{day}" for day in range(10)]


def test_authors_most_published_first_with_links(client, world):
    other = factories.author("Bo Other")
    for i in range(2):
        factories.article(f"Other story {i}", byline=other)
    listed = client.get(api("author-list")).json()["results"]
    assert [(a["slug"], a["story_count"]) for a in listed] == [("bo-other", 2), ("ann-writer", 1)]
    assert listed[1]["url"] == "http://testserver/authors/ann-writer/"
    assert listed[1]["stories"] == "http://testserver/api/v1/stories/?author=ann-writer"


def test_author_detail_has_the_bio(client, world):
    world["author"].bio = "Covers deals."
    world["author"].save()
    data = client.get(api("author-detail", "ann-writer")).json()
    assert (data["name"], data["bio"], data["story_count"]) == ("Ann Writer", "Covers deals.", 1)


def test_an_author_without_a_published_story_is_a_404(client, world):
    factories.author("Nobody Yet")
    assert client.get(api("author-detail", "nobody-yet")).status_code == 404


def test_topics_with_their_counts_and_links(client, world):
    factories.article("Second merger").tags.add("mergers")
    [topic] = client.get(api("topic-list")).json()["results"]
    assert topic == {
        "slug": "mergers",
        "name": "mergers",
        "story_count": 2,
        "url": "http://testserver/topics/mergers/",
        "api_url": "http://testserver/api/v1/topics/mergers/",
        "stories": "http://testserver/api/v1/stories/?topic=mergers",
    }
    assert client.get(api("topic-detail", "mergers")).json() == topic


def test_a_topic_in_another_script_has_an_api_address(client, world):
    world["story"].tags.add("阿里巴巴")
    encoded = "%E9%98%BF%E9%87%8C%E5%B7%B4%E5%B7%B4"
    data = client.get(api("topic-detail", "阿里巴巴")).json()
    assert data["api_url"] == f"http://testserver/api/v1/topics/{encoded}/"
    assert data["stories"] == f"http://testserver/api/v1/stories/?topic={encoded}"
    # The reader page's address, or null while the page's pattern refuses such slugs.
    assert data["url"] in (None, f"http://testserver/topics/{encoded}/")


@pytest.mark.parametrize("params", [{"status": "done"}, {"kind": "gift"}, {"company": "a b"}])
def test_a_deal_filter_out_of_its_choices_is_a_400(client, world, params):
    assert client.get(api("deal-list"), params).status_code == 400


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


# --- schema, docs, throttle -------------------------------------------------


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


@pytest.mark.parametrize(
    "moment", ["2025-01-01T00:00:00+20:31", "2025-01-01T00:00:00-23:59", "9999-12-31"]
)
def test_any_iso_offset_or_the_last_day_is_answered_not_a_500(client, world, moment):
    for name in ("published_after", "published_before"):
        assert client.get(api("story-list"), {name: moment}).status_code in (200, 400)


@pytest.mark.parametrize(
    ("name", "moment", "count"),
    [
        ("published_before", "0001-01-01T00:11:03+01:00", 0),
        ("published_after", "0001-01-01T00:11:03+01:00", None),
        ("published_after", "9999-12-31T23:59:59-05:00", 0),
    ],
)
def test_a_moment_whose_utc_falls_outside_the_calendar_filters_as_it_says(
    client, world, name, moment, count
):
    response = client.get(api("story-list"), {name: moment})
    assert response.status_code == 200
    everything = client.get(api("story-list")).json()["results"]
    assert everything
    expected = len(everything) if count is None else count
    assert len(response.json()["results"]) == expected
