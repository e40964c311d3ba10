"""JSON-LD, Open Graph, Twitter cards, canonical addresses and `noindex`, read back the
way crawlers read them (extruct)."""

import re

import pytest
from django.urls import reverse

from articles import pictures
from articles.models import ArticleCompany, Byline
from articles.tests import factories
from articles.tests.seo_support import json_ld_of_type, opengraph, structured_data
from companies.models import CompanyRelation

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    alibaba = factories.company(
        "Alibaba Group", website="https://www.alibabagroup.com", ticker="NYSE: BABA"
    )
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


def news_article(client, story) -> dict:
    found = json_ld_of_type(client.get(story.get_absolute_url()).content, "NewsArticle")
    assert len(found) == 1
    return found[0]


def url(path: str) -> str:
    return f"http://testserver{path}"


def test_news_article_has_headline_description_and_dates(client, story):
    data = news_article(client, story)
    assert data["headline"] == story.headline
    assert data["description"] == story.standfirst
    assert data["datePublished"] == story.published_at.isoformat()
    assert data["dateModified"] == story.published_at.isoformat()
    assert data["url"] == url(story.get_absolute_url())
    assert data["isAccessibleForFree"] is True


def test_news_article_date_modified_is_the_revision(client, story):
    story.body += "\n\nA correction."
    story.save()
    story.refresh_from_db()
    data = news_article(client, story)
    assert data["dateModified"] == (story.revised_at() or story.published_at).isoformat()


def test_news_article_names_every_author_as_a_person(client, story):
    authors = news_article(client, story)["author"]
    assert [(a["@type"], a["name"]) for a in authors] == [
        ("Person", "James Kynge"),
        ("Person", "Henry Foy"),
    ]
    assert authors[0]["url"] == url(reverse("authors:detail", args=["james-kynge"]))


def test_news_article_publisher_is_an_organization_with_a_logo(client, story):
    publisher = news_article(client, story)["publisher"]
    assert publisher["@type"] == "Organization"
    assert publisher["name"] == "Newsroom"
    assert publisher["logo"]["url"] == url("/static/img/logo.png")


def test_about_and_mentions_are_the_companies_by_role(client, story):
    data = news_article(client, story)
    assert [o["name"] for o in data["about"]] == ["Alibaba Group"]
    assert [o["name"] for o in data["mentions"]] == ["Mail.ru Group"]


def test_a_company_in_a_story_has_its_url_website_and_ticker(client, story):
    alibaba = news_article(client, story)["about"][0]
    assert alibaba["url"] == url(reverse("companies:detail", args=["alibaba-group"]))
    assert alibaba["sameAs"] == "https://www.alibabagroup.com"
    assert alibaba["tickerSymbol"] == "NYSE: BABA"


def test_a_company_without_website_or_ticker_has_neither(client, story):
    mailru = news_article(client, story)["mentions"][0]
    assert mailru["@type"] == "Organization"
    assert "sameAs" not in mailru
    assert "tickerSymbol" not in mailru


def test_article_breadcrumbs_go_home_company_story(client, story):
    html = client.get(story.get_absolute_url()).content
    (crumbs,) = json_ld_of_type(html, "BreadcrumbList")
    items = crumbs["itemListElement"]
    assert [(i["position"], i["name"]) for i in items] == [
        (1, "Newsroom"),
        (2, "Alibaba Group"),
        (3, story.headline),
    ]
    assert items[2]["item"] == url(story.get_absolute_url())


def test_a_script_tag_in_a_headline_cannot_break_out_of_the_json_ld(client):
    hostile = 'Deal </script><script>alert("x")</script> & <!-- more'
    story = factories.article(hostile, slug="hostile", standfirst="</script>")
    html = client.get(story.get_absolute_url()).content.decode()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert all("<" not in body and ">" not in body for body in scripts)
    assert news_article(client, story)["headline"] == hostile


def test_a_preview_has_no_json_ld(editor_client):
    draft = factories.draft("Not yet")
    html = editor_client.get(draft.get_absolute_url()).content
    assert structured_data(html)["json-ld"] == []


# Companies -------------------------------------------------------------------------


@pytest.fixture
def group():
    parent = factories.company("Alibaba Group")
    company = factories.company(
        "Ant Financial", country="CN", ticker="HKEX: 6688", website="https://www.antgroup.com"
    )
    child = factories.company("Alipay")
    holding = factories.company("Telenor Microfinance Bank")
    factories.relation(parent, company, kind=CompanyRelation.Kind.AFFILIATE)
    factories.relation(company, child)
    factories.relation(company, holding, kind=CompanyRelation.Kind.STAKE)
    return company


def organization(client, company) -> dict:
    html = client.get(company.get_absolute_url()).content
    found = [
        item
        for item in structured_data(html)["json-ld"]
        if item.get("@type") in ("Organization", "Corporation")
    ]
    assert len(found) == 1
    return found[0]


def test_company_organization_has_url_country_and_ticker(client, group):
    data = organization(client, group)
    assert data["name"] == "Ant Financial"
    assert data["url"] == url(group.get_absolute_url())
    assert data["sameAs"] == "https://www.antgroup.com"
    assert data["tickerSymbol"] == "HKEX: 6688"
    assert data["address"] == {"@type": "PostalAddress", "addressCountry": "CN"}


def test_company_organization_has_its_parent_and_subsidiaries_not_its_stakes(client, group):
    data = organization(client, group)
    assert data["parentOrganization"]["name"] == "Alibaba Group"
    assert [o["name"] for o in data["subOrganization"]] == ["Alipay"]


def test_company_breadcrumbs(client, group):
    (crumbs,) = json_ld_of_type(client.get(group.get_absolute_url()).content, "BreadcrumbList")
    assert [i["name"] for i in crumbs["itemListElement"]] == [
        "Newsroom",
        "Companies",
        "Ant Financial",
    ]


# Sharing and indexing --------------------------------------------------------------


def canonical(html: str) -> str:
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


def test_article_open_graph_and_twitter_card(client, story):
    html = client.get(story.get_absolute_url()).content.decode()
    og = opengraph(html)
    assert og["og:title"] == story.headline
    assert og["og:description"] == story.standfirst
    assert og["@type"] == "article"  # extruct moves og:type here
    assert og["og:url"] == url(story.get_absolute_url())
    assert og["og:image"] == url("/static/img/logo.png")
    assert '<meta name="twitter:card" content="summary">' in html
    assert f'<meta name="twitter:title" content="{story.headline}">' in html


def test_article_canonical_and_description(client, story):
    html = client.get(f"{story.get_absolute_url()}?utm_source=x").content.decode()
    assert canonical(html) == url(story.get_absolute_url())
    assert f'<meta name="description" content="{story.standfirst}">' in html


def test_canonical_comes_from_site_url(client, settings, story):
    settings.SITE_URL = "https://news.example.org"
    html = client.get(story.get_absolute_url()).content.decode()
    assert canonical(html) == f"https://news.example.org{story.get_absolute_url()}"
    assert opengraph(html)["og:url"] == canonical(html)


def test_a_listing_page_keeps_its_page_number_in_the_canonical(client, story):
    for i in range(11):
        factories.article(f"More {i}", companies=[story.companies.first()])
    path = story.companies.first().get_absolute_url()
    html = client.get(f"{path}?page=2&utm_source=x").content.decode()
    assert canonical(html) == url(f"{path}?page=2")


def robots(html: str) -> str | None:
    found = re.search(r'<meta name="robots" content="([^"]+)">', html)
    return found.group(1) if found else None


def test_a_published_story_is_indexable(client, story):
    assert robots(client.get(story.get_absolute_url()).content.decode()) is None


def test_a_preview_is_noindex(editor_client):
    draft = factories.draft("Not yet")
    assert "noindex" in robots(editor_client.get(draft.get_absolute_url()).content.decode())


def test_an_empty_listing_is_noindex(client, story):
    html = client.get(reverse("deals:index"), {"status": "collapsed"}).content.decode()
    assert "noindex" in robots(html)


def test_an_out_of_range_page_is_a_noindex_404(client, story):
    response = client.get(reverse("topics:detail", args=["digital-silk-road"]), {"page": 99})
    assert response.status_code == 404
    assert "noindex" in robots(response.content.decode())


def test_a_listing_with_stories_is_indexable(client, story):
    html = client.get(reverse("topics:detail", args=["digital-silk-road"])).content.decode()
    assert robots(html) is None


def test_a_role_change_moves_a_company_between_about_and_mentions(client, story):
    ArticleCompany.objects.filter(article=story).update(role=ArticleCompany.Role.MENTIONS)
    story.save()  # a write, so the page cache sees a new version
    data = news_article(client, story)
    assert "about" not in data
    assert {o["name"] for o in data["mentions"]} == {"Alibaba Group", "Mail.ru Group"}


@pytest.fixture
def lead_picture(monkeypatch):
    """What the story view hands to its head when the story has a lead picture."""
    offered = {
        "og_image_url": "http://testserver/media/og-1200.jpg",
        "og_image_width": 1200,
        "og_image_height": 630,
        "og_image_alt": "Jack Ma on stage",
        "ld_image_urls": [
            "http://testserver/media/wide.jpg",
            "http://testserver/media/four-three.jpg",
            "http://testserver/media/square.jpg",
        ],
    }
    monkeypatch.setattr(pictures, "share_images", lambda article, request: offered)
    return offered


def test_a_lead_picture_is_the_open_graph_image(client, story, lead_picture):
    html = client.get(story.get_absolute_url()).content.decode()
    assert opengraph(html)["og:image"] == lead_picture["og_image_url"]
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_a_lead_picture_is_the_news_article_image(client, story, lead_picture):
    assert news_article(client, story)["image"] == lead_picture["ld_image_urls"]
