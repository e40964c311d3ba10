"""RSS and Atom feeds: latest, per company (with its group), topic, author and deal."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Byline
from articles.tests import factories
from articles.tests.seo_support import parse_feed, queries_for
from companies.models import CompanyRelation

pytestmark = pytest.mark.django_db

FEED_BUDGET = 8


@pytest.fixture
def story():
    alibaba = factories.company("Alibaba Group")
    mailru = factories.company("Mail.ru Group")
    kynge, foy = factories.author("James Kynge"), factories.author("Henry Foy")
    made = factories.article(
        "Alibaba nears Russian joint venture",
        standfirst="Talks with Mail.ru and RDIF are advanced.",
        companies=[alibaba],
        mentions=[mailru],
        byline=kynge,
    )
    Byline.objects.create(article=made, author=foy, order=1, location="Moscow")
    made.tags.add("digital silk road")
    return made


def test_latest_rss_parses_with_the_story_metadata(client, story):
    parsed = parse_feed(client, reverse("feeds:latest"))
    entry = parsed.entries[0]
    assert parsed.version == "rss20"
    assert entry.title == story.headline
    assert entry.link == f"http://testserver{story.get_absolute_url()}"
    assert entry.summary == story.standfirst
    assert entry.published_parsed is not None


def test_rss_names_every_author(client, story):
    entry = parse_feed(client, reverse("feeds:latest")).entries[0]
    assert [a["name"] for a in entry.authors] == ["James Kynge", "Henry Foy"]


def test_rss_categories_are_the_tags_and_the_companies(client, story):
    entry = parse_feed(client, reverse("feeds:latest")).entries[0]
    assert {t.term for t in entry.tags} == {"digital silk road", "Alibaba Group", "Mail.ru Group"}


def test_latest_atom_parses_with_updated_summary_and_authors(client, story):
    parsed = parse_feed(client, reverse("feeds:latest_atom"))
    entry = parsed.entries[0]
    assert parsed.version == "atom10"
    assert entry.updated_parsed is not None
    assert entry.summary == story.standfirst
    assert [a["name"] for a in entry.authors] == ["James Kynge", "Henry Foy"]
    assert entry.link == f"http://testserver{story.get_absolute_url()}"


def test_latest_feed_is_newest_first_and_published_only(client):
    older = factories.article("Older", published_at=timezone.now() - timedelta(days=2))
    newer = factories.article("Newer")
    factories.draft("A draft")
    factories.scheduled("Tomorrow's")
    titles = [e.title for e in parse_feed(client, reverse("feeds:latest")).entries]
    assert titles == [newer.headline, older.headline]


def test_company_feed_carries_its_groups_coverage_but_not_a_stakes(client):
    parent = factories.company("Alibaba Group")
    subsidiary = factories.company("AliExpress")
    holding = factories.company("Some Holding")
    factories.relation(parent, subsidiary)
    factories.relation(parent, holding, kind=CompanyRelation.Kind.STAKE)
    factories.article("Own story", companies=[parent])
    factories.article("Subsidiary story", companies=[subsidiary])
    factories.article("Stake story", companies=[holding])
    parsed = parse_feed(client, reverse("feeds:company", args=[parent.slug]))
    assert {e.title for e in parsed.entries} == {"Own story", "Subsidiary story"}
    assert parsed.feed.link == f"http://testserver{parent.get_absolute_url()}"


def test_topic_feed_has_the_topics_stories(client, story):
    factories.article("Untagged")
    parsed = parse_feed(client, reverse("feeds:topic", args=["digital-silk-road"]))
    assert [e.title for e in parsed.entries] == [story.headline]


def test_author_feed_has_the_authors_stories(client, story):
    factories.article("Someone else's", byline=factories.author("Other Writer"))
    parsed = parse_feed(client, reverse("feeds:author", args=["henry-foy"]))
    assert [e.title for e in parsed.entries] == [story.headline]


def test_deal_feed_has_the_deals_coverage(client, story):
    deal = factories.deal("Alibaba Mail.ru JV", slug="alibaba-jv")
    story.deals.add(deal)
    factories.article("Not about the deal")
    parsed = parse_feed(client, reverse("feeds:deal", args=[deal.slug]))
    assert [e.title for e in parsed.entries] == [story.headline]


@pytest.mark.parametrize(
    "url",
    [
        reverse("feeds:company", args=["nobody"]),
        reverse("feeds:topic", args=["nothing"]),
        reverse("feeds:author", args=["nobody"]),
        reverse("feeds:deal", args=["nothing"]),
    ],
)
def test_unknown_subject_has_no_feed(client, url):
    assert client.get(url).status_code == 404


def test_a_deal_that_is_not_public_has_no_feed(client):
    deal = factories.deal("Quiet talks", marked_public=False)
    assert client.get(reverse("feeds:deal", args=[deal.slug])).status_code == 404


def test_an_author_with_only_drafts_has_no_feed(client):
    writer = factories.author("Draft Writer")
    factories.draft("Unfinished", byline=writer)
    assert client.get(reverse("feeds:author", args=[writer.slug])).status_code == 404


def test_feed_links_come_from_site_url(client, settings, story):
    settings.SITE_URL = "https://news.example.org"
    parsed = parse_feed(client, reverse("feeds:latest"))
    assert parsed.feed.link == "https://news.example.org/"
    assert parsed.entries[0].link == f"https://news.example.org{story.get_absolute_url()}"


def test_feed_links_come_from_the_request_host_without_site_url(client, settings, story):
    settings.SITE_URL = ""
    settings.ALLOWED_HOSTS = ["news.test"]
    response = client.get(reverse("feeds:latest_atom"), HTTP_HOST="news.test")
    assert b"http://news.test/articles/" in response.content
    assert b"example.com" not in response.content


def test_feed_answers_a_revalidation_with_304(client, story):
    first = client.get(reverse("feeds:latest"))
    again = client.get(reverse("feeds:latest"), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_feed_is_public_to_caches_and_served_from_the_page_cache(client, story):
    client.get(reverse("feeds:latest"))
    second = client.get(reverse("feeds:latest"))
    assert "public" in second["Cache-Control"]
    assert second["X-Page-Cache"] == "hit"
    assert second["Last-Modified"]


def test_publishing_a_story_changes_the_feed(client, story):
    first = client.get(reverse("feeds:latest"))
    factories.article("Fresh news")
    again = client.get(reverse("feeds:latest"), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert b"Fresh news" in again.content


def test_every_page_head_links_the_latest_feeds(client, story):
    html = client.get("/").content.decode()
    assert f'title="Newsroom: latest stories" href="{reverse("feeds:latest")}"' in html
    assert f'href="{reverse("feeds:latest_atom")}"' in html


@pytest.mark.parametrize(
    ("page", "feed"),
    [
        (lambda s: s.company_links.first().company.get_absolute_url(), "feeds:company"),
        (lambda s: reverse("topics:detail", args=["digital-silk-road"]), "feeds:topic"),
        (lambda s: s.bylines.first().author.get_absolute_url(), "feeds:author"),
    ],
)
def test_subject_pages_link_their_own_feed(client, story, page, feed):
    path = page(story)
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    html = client.get(path).content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert f'href="{reverse(feed, args=[slug])}"' in html


def test_deal_page_links_its_feed(client, story):
    deal = factories.deal("Alibaba Mail.ru JV", slug="alibaba-jv")
    story.deals.add(deal)
    html = client.get(deal.get_absolute_url()).content.decode()
    assert f'href="{reverse("feeds:deal", args=[deal.slug])}"' in html


@pytest.mark.parametrize(
    "url",
    [
        lambda: reverse("feeds:latest"),
        lambda: reverse("feeds:latest_atom"),
        lambda: reverse("feeds:company", args=["alibaba-group"]),
        lambda: reverse("feeds:topic", args=["digital-silk-road"]),
        lambda: reverse("feeds:author", args=["james-kynge"]),
        lambda: reverse("feeds:deal", args=["alibaba-jv"]),
    ],
)
def test_feed_queries_do_not_grow_with_the_data(client, story, url):
    deal = factories.deal("Alibaba Mail.ru JV", slug="alibaba-jv")
    story.deals.add(deal)
    small = queries_for(client, url())
    for i in range(12):
        writer = factories.author()
        made = factories.article(
            companies=[factories.company(), story.company_links.first().company],
            byline=writer,
        )
        Byline.objects.create(article=made, author=story.bylines.first().author, order=1)
        made.tags.add("digital silk road", f"topic {i}")
        made.deals.add(deal)
    large = queries_for(client, url())
    assert small == large <= FEED_BUDGET
