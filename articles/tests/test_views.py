"""The readers' pages: what they show, what they must never show, and bad input."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import live
from articles.models import Article, DealEvent
from companies.models import CompanyRelation
from deals.models import Deal, DealParty

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom():
    """One published story, one draft and one scheduled, all about the same company."""
    alibaba = factories.company("Alibaba Group", slug="alibaba")
    mailru = factories.company("Mail.ru Group", slug="mail-ru")
    lazada = factories.company("Lazada")
    factories.relation(alibaba, lazada, stake_percent=83)
    writer = factories.author("Anna Petrova")
    jv = factories.deal(
        "Russian joint venture",
        kind=Deal.Kind.JOINT_VENTURE,
        status=Deal.Status.IN_TALKS,
        value="2000000000",
        parties=[(alibaba, DealParty.Role.PARTNER), (mailru, DealParty.Role.PARTNER)],
    )
    public = factories.article("Alibaba nears deal", companies=[alibaba, mailru], byline=writer)
    public.tags.add("e-commerce")
    public.deals.add(jv)
    secret = factories.draft(
        "SECRET draft about Alibaba", companies=[alibaba, mailru], byline=writer
    )
    secret.tags.add("e-commerce", "secret-topic")
    secret.deals.add(jv)
    future = factories.scheduled(
        "FUTURE scheduled story", companies=[alibaba, mailru], byline=writer
    )
    future.tags.add("e-commerce")
    future.deals.add(jv)
    DealEvent.objects.create(
        deal=jv, date="2018-06-01", status=Deal.Status.IN_TALKS, article=secret
    )
    return {
        "alibaba": alibaba, "mailru": mailru, "lazada": lazada, "writer": writer, "jv": jv,
        "public": public, "draft": secret, "scheduled": future,
    }  # fmt: skip


PAGES = [
    ("articles:home", {}),
    ("companies:detail", {"slug": "alibaba"}),
    ("companies:detail", {"slug": "mail-ru"}),
    ("companies:index", {}),
    ("deals:index", {}),
    ("deals:detail", {"slug": "russian-joint-venture"}),
    ("topics:detail", {"slug": "e-commerce"}),
    ("authors:detail", {"slug": "anna-petrova"}),
    ("articles:detail", {"slug": "alibaba-nears-deal"}),
]


@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_drafts_and_scheduled_stories_never_appear(client, newsroom, name, kwargs):
    response = client.get(reverse(name, kwargs=kwargs))
    assert response.status_code == 200
    html = response.content.decode()
    assert "SECRET" not in html
    assert "FUTURE" not in html


@pytest.mark.parametrize("story", ["draft", "scheduled"])
def test_unpublished_story_is_a_404_for_readers(client, newsroom, story):
    response = client.get(newsroom[story].get_absolute_url())
    assert response.status_code == 404


def test_counts_include_only_published_stories(client, newsroom):
    response = client.get(reverse("companies:index"))
    alibaba = next(c for c in response.context["object_list"] if c.slug == "alibaba")
    assert alibaba.story_count == 1
    company_page = client.get(newsroom["alibaba"].get_absolute_url())
    assert [(c.name, c.shared) for c in company_page.context["co_mentioned"]] == [
        ("Mail.ru Group", 1)
    ]


def test_tag_used_only_by_drafts_is_a_404(client, newsroom):
    assert client.get(reverse("topics:detail", kwargs={"slug": "secret-topic"})).status_code == 404


def test_deal_timeline_does_not_link_an_unpublished_story(client, newsroom):
    response = client.get(newsroom["jv"].get_absolute_url())
    assert newsroom["draft"].get_absolute_url() not in response.content.decode()
    assert "In talks" in response.content.decode()


def test_article_page_shows_bylines_companies_deals_and_tags(client, newsroom):
    html = client.get(newsroom["public"].get_absolute_url()).content.decode()
    assert "Anna Petrova</a> in London" in html
    assert 'href="/companies/alibaba/"' in html
    assert "Russian joint venture" in html and "$2bn" in html
    assert 'href="/topics/e-commerce/"' in html
    assert "<time datetime=" in html


def test_company_page_shows_facts_group_deals_and_coverage(client, newsroom):
    html = client.get(newsroom["alibaba"].get_absolute_url()).content.decode()
    assert "Lazada" in html and "83%" in html
    assert "Russian joint venture" in html and "Partner" in html
    assert "Alibaba nears deal" in html


def test_company_coverage_includes_its_subsidiaries(client, newsroom):
    story = factories.article("Lazada expands in Vietnam", companies=[newsroom["lazada"]])
    response = client.get(newsroom["alibaba"].get_absolute_url())
    assert story in response.context["page_obj"].object_list


def test_company_coverage_excludes_a_minority_stake(client, newsroom):
    holding = factories.company("Tokopedia")
    factories.relation(newsroom["alibaba"], holding, kind=CompanyRelation.Kind.STAKE)
    story = factories.article("Tokopedia raises money", companies=[holding])
    response = client.get(newsroom["alibaba"].get_absolute_url())
    assert story not in response.context["page_obj"].object_list


def test_subsidiary_page_links_to_its_parent(client, newsroom):
    html = client.get(newsroom["lazada"].get_absolute_url()).content.decode()
    assert 'href="/companies/alibaba/"' in html


def test_related_coverage_ranks_by_what_is_shared(client, newsroom):
    alibaba, mailru = newsroom["alibaba"], newsroom["mailru"]
    both = factories.article("Shares two companies", companies=[alibaba, mailru])
    one = factories.article("Shares one company", companies=[mailru])
    factories.article("Shares nothing", companies=[factories.company()])
    response = client.get(newsroom["public"].get_absolute_url())
    assert list(response.context["related"]) == [both, one]


def test_deal_index_filters_by_status_and_kind(client, newsroom):
    other = factories.deal(
        "Completed buyout", kind=Deal.Kind.ACQUISITION, status=Deal.Status.COMPLETED
    )
    url = reverse("deals:index")
    assert list(client.get(url, {"status": "in_talks"}).context["object_list"]) == [newsroom["jv"]]
    assert list(client.get(url, {"kind": "acquisition"}).context["object_list"]) == [other]
    assert (
        list(client.get(url, {"status": "completed", "kind": "merger"}).context["object_list"])
        == []
    )


@pytest.mark.parametrize("query", [{"status": "bogus"}, {"kind": "<script>"}])
def test_deal_index_rejects_unknown_filters_with_400(client, newsroom, query):
    response = client.get(reverse("deals:index"), query)
    assert response.status_code == 400
    assert "<script>" not in response.content.decode()


@pytest.mark.parametrize(
    "url",
    ["/articles/nope/", "/companies/nope/", "/deals/nope/", "/topics/nope/", "/authors/nope/"],
)
def test_unknown_slug_is_a_404_page(client, newsroom, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


PAGINATED = ["/companies/alibaba/", "/topics/e-commerce/", "/authors/anna-petrova/", "/deals/"]


@pytest.mark.parametrize("page", ["abc", "99999", "0", "-1", "1.5", "2", "1e3", "None"])
@pytest.mark.parametrize("url", PAGINATED)
def test_a_page_number_that_is_no_page_is_a_404(client, newsroom, url, page):
    # Each list has one page: "2" and "99999" are beyond the last.
    assert client.get(url, {"page": page}).status_code == 404


@pytest.mark.parametrize("page", ["", "1", "01"])
@pytest.mark.parametrize("url", PAGINATED)
def test_an_empty_or_first_page_number_is_the_first_page(client, newsroom, url, page):
    response = client.get(url, {"page": page})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1


@pytest.mark.parametrize("url", ["/topics/e-commerce/", "/authors/anna-petrova/", "/deals/"])
def test_page_last_is_the_last_page_of_a_list(client, newsroom, url):
    for n in range(30):
        story = factories.article(f"More {n}", byline=newsroom["writer"])
        story.tags.add("e-commerce")
        factories.deal(f"More deal {n}")
    response = client.get(url, {"page": "last"})
    assert response.status_code == 200
    page = response.context["page_obj"]
    assert page.paginator.num_pages > 1
    assert page.number == page.paginator.num_pages


def test_page_last_is_the_last_page_on_a_company_page(client, newsroom):
    for n in range(12):
        factories.article(f"Coverage {n}", companies=[newsroom["alibaba"]])
    response = client.get("/companies/alibaba/", {"page": "last"})
    assert response.status_code == 200
    page = response.context["page_obj"]
    assert page.number == page.paginator.num_pages == 2


def test_the_second_half_of_a_long_list_reads_from_the_other_end_in_the_same_order(
    client, newsroom
):
    # Pages past the middle are read with the ordering reversed: the stories and their
    # order must be exactly those of a plain offset.
    for n in range(35):
        factories.article(f"Old {n}", companies=[newsroom["alibaba"]])
    stories = list(
        Article.objects.published().covering(newsroom["alibaba"].group_ids()).newest_first()
    )
    for number in (1, 2, 3, 4):
        page = client.get("/companies/alibaba/", {"page": number}).context["page_obj"]
        assert list(page.object_list) == stories[(number - 1) * 10 : number * 10]


def test_page_beyond_the_last_is_a_404(client, newsroom):
    assert client.get("/companies/alibaba/", {"page": "2"}).status_code == 404
    assert client.get("/companies/alibaba/", {"page": "1"}).status_code == 200


def test_company_coverage_is_paginated(client, newsroom):
    for n in range(12):
        factories.article(f"Coverage {n}", companies=[newsroom["alibaba"]])
    first = client.get("/companies/alibaba/")
    second = client.get("/companies/alibaba/", {"page": 2})
    assert len(first.context["page_obj"].object_list) == 10
    assert len(second.context["page_obj"].object_list) == 3
    assert 'rel="next"' in first.content.decode()


def test_staff_who_may_change_stories_can_preview_a_draft(writer_client, newsroom):
    response = writer_client.get(newsroom["draft"].get_absolute_url())
    assert response.status_code == 200
    assert "Preview" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_staff_without_change_permission_cannot_preview(client, newsroom):
    client.force_login(factories.staff_user("intern"))
    assert client.get(newsroom["draft"].get_absolute_url()).status_code == 404


def test_public_pages_are_cacheable_for_anonymous_readers(client, newsroom):
    response = client.get(newsroom["public"].get_absolute_url())
    assert "public" in response["Cache-Control"]
    assert response.has_header("ETag")


def test_unchanged_page_answers_304_to_a_revalidation(client, newsroom):
    url = newsroom["public"].get_absolute_url()
    etag = client.get(url)["ETag"]
    assert client.get(url, headers={"if-none-match": etag}).status_code == 304


def test_healthz_answers_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_home_lists_latest_stories_companies_and_deals(client, newsroom):
    response = client.get("/")
    assert list(response.context["latest"]) == [newsroom["public"]]
    assert [c.slug for c in response.context["top_companies"]] == ["alibaba", "mail-ru"]
    assert list(response.context["latest_deals"]) == [newsroom["jv"]]


@pytest.mark.parametrize("small", [1000, 0], ids=["short-list", "long-list"])
def test_topic_author_and_company_lists_agree_whichever_plan_reads_them(client, monkeypatch, small):
    """A long list of links is read by walking the date index (`_linked`), a short one by
    reading the links first: the same stories, newest first, drafts left out, either way."""
    from articles.models import articles as article_models

    monkeypatch.setattr(article_models, "SMALL_LINK_SET", small)
    company = factories.company("Walked Co", slug="walked")
    partner = factories.company("Partner Co")
    writer = factories.author("Walter Walk")
    now = timezone.now()
    stories = []
    for n in range(12):
        story = factories.article(
            f"Walked {n}",
            companies=[company, partner] if n % 4 == 0 else [company],
            byline=writer,
            published_at=now - timedelta(hours=n + 1),
        )
        story.tags.add("walked")
        stories.append(story)
    factories.draft("Walked draft", companies=[company], byline=writer).tags.add("walked")
    live.refresh_all()
    expected = [s.headline for s in stories[:10]]
    for url in ("/topics/walked/", writer.get_absolute_url(), company.get_absolute_url()):
        context = client.get(url).context
        listed = [a.headline for a in context["page_obj"].object_list]
        assert listed == expected, url
        last = client.get(url, {"page": "last"}).context["page_obj"].object_list
        assert [a.headline for a in last] == ["Walked 10", "Walked 11"], url
    # The company page was last: its co-mentions, read through either plan too.
    assert [(c.name, c.shared) for c in context["co_mentioned"]] == [("Partner Co", 3)]


def _deal_list(html: str) -> list[str]:
    from bs4 import BeautifulSoup

    items = BeautifulSoup(html, "html.parser").select("ul.deal-list li.deal")
    return [" ".join(item.get_text(" ", strip=True).split()) for item in items]


def test_company_page_lists_each_deal_with_its_role_terms_and_other_parties(client):
    buyer, target, seller = (factories.company(n) for n in ("Northwind", "Fjord Pay", "Ovid"))
    factories.deal(
        "Northwind buys Fjord Pay",
        parties=[
            (buyer, DealParty.Role.ACQUIRER),
            (target, DealParty.Role.TARGET),
            (seller, DealParty.Role.SELLER),
        ],
        kind=Deal.Kind.ACQUISITION,
        status=Deal.Status.COMPLETED,
        value="2100000000",
        currency="SEK",
        stake_percent=Decimal("45.50"),
        announced_on=date(2026, 3, 4),
    )
    factories.deal(
        "Northwind invests in Ovid",
        parties=[(buyer, DealParty.Role.INVESTOR), (seller, DealParty.Role.INVESTEE)],
        announced_on=date(2025, 1, 2),
    )
    response = client.get(buyer.get_absolute_url())
    assert _deal_list(response.content.decode()) == [
        "Northwind buys Fjord Pay Completed Acquirer · Acquisition · SEK 2.1bn · 45.5% stake "
        "Fjord Pay (target) Ovid (seller)",
        "Northwind invests in Ovid Announced Investor · Investment Ovid (investee)",
    ]
    assert f'href="{target.get_absolute_url()}"' in response.content.decode()
    on_the_target_s_page = _deal_list(client.get(target.get_absolute_url()).content.decode())
    assert on_the_target_s_page == [
        "Northwind buys Fjord Pay Completed Target · Acquisition · SEK 2.1bn · 45.5% stake "
        "Northwind (acquirer) Ovid (seller)"
    ]


def test_company_page_names_its_parents_and_children_with_kind_and_stake(client):
    parent, company = factories.company("Alibaba Group"), factories.company("Ant Group")
    child = factories.company("Alipay")
    factories.relation(parent, company, CompanyRelation.Kind.AFFILIATE, stake_percent=Decimal("33"))
    factories.relation(company, child, CompanyRelation.Kind.SUBSIDIARY)
    story = factories.article("Alipay grows", companies=[child])
    response = client.get(company.get_absolute_url())
    html = " ".join(response.content.decode().split())
    assert (
        f'<dt>Affiliate of</dt> <dd><a href="{parent.get_absolute_url()}">Alibaba Group</a> (33%)'
        in html
    )
    assert f'<a href="{child.get_absolute_url()}">Alipay</a> <span class="count">subsidiary' in html
    # The subsidiary's coverage is the group's.
    assert list(response.context["page_obj"].object_list) == [story]
