"""Search (`/search/?q=`): the index the database keeps, ranking, filters, companies found
by name despite typos, hostile input, and that nothing unpublished is ever found or counted.
The same tests run on SQLite (FTS5) and PostgreSQL (tsvector, pg_trgm)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles import search
from articles.models import Article, ArticleCompany
from companies.models import CompanyAlias

from . import factories

pytestmark = pytest.mark.django_db

URL = reverse("articles:search")


def results(client, **params) -> tuple[list[str], int]:
    """The headlines of the stories on the results page, in order, and the count shown."""
    response = client.get(URL, params)
    assert response.status_code == 200
    page = response.context["page_obj"]
    if page is None:
        return [], 0
    return [story.headline for story in page.object_list], page.paginator.count


def found(client, **params) -> list[str]:
    return results(client, **params)[0]


# --- The query language ---------------------------------------------------------------


def test_parse_reads_phrases_or_and_exclusions():
    query = search.parse('"joint venture" alibaba OR tencent -sberbank')
    assert [[t.text for t in group] for group in query.groups] == [
        ["joint venture"],
        ["alibaba", "tencent"],
    ]
    assert query.groups[0][0].phrase
    assert [t.text for t in query.excluded] == ["sberbank"]


def test_parse_of_nothing_but_operators_is_empty():
    assert not search.parse('*:&| "" - OR -- ()!')


def test_parse_of_nothing_but_exclusions_is_empty():
    assert not search.parse("-alibaba -tencent")


def test_parse_caps_length_and_terms():
    query = search.parse(" ".join(f"word{n}" for n in range(5000)))
    assert len(str(query)) <= search.MAX_QUERY_CHARS
    assert sum(len(g) for g in query.groups) == search.MAX_TERMS


def test_parse_drops_control_characters():
    assert str(search.parse("ali\x00baba\x07 group\u200b")) == "ali baba group"


def test_fts5_expression_quotes_every_term():
    expression = search.fts5_expression(search.parse('a* OR b:c -"d NEAR e" f^'))
    assert expression == '(("a" OR "b c") AND ("f")) NOT "d NEAR e"'


# --- Finding stories ------------------------------------------------------------------


def test_finds_a_published_story_by_a_word_of_its_body(client):
    factories.article("Quarterly results", body="Revenue rose on strong e-commerce sales.")
    assert found(client, q="revenue") == ["Quarterly results"]


def test_finds_word_forms_by_stem(client):
    factories.article("Talks collapse", body="The negotiations collapsed after a year.")
    assert found(client, q="negotiation") == ["Talks collapse"]


def test_a_headline_match_ranks_above_a_body_match(client):
    factories.article("A story about ports", body="It mentions lithium once.")
    factories.article("Lithium prices soar", body="Miners cheer.")
    assert found(client, q="lithium") == ["Lithium prices soar", "A story about ports"]


def test_newest_first_when_asked(client):
    now = timezone.now()
    factories.article("Lithium older", published_at=now - timedelta(days=2))
    factories.article("Cobalt and lithium", body="lithium", published_at=now - timedelta(days=1))
    assert found(client, q="lithium", sort="newest") == ["Cobalt and lithium", "Lithium older"]


def test_finds_a_story_by_a_linked_company_name(client):
    tencent = factories.company("Tencent Holdings")
    factories.article("Games maker invests", body="A stake in a studio.", companies=[tencent])
    assert found(client, q="tencent") == ["Games maker invests"]


def test_a_company_linked_later_is_searchable_and_unlinking_removes_it(client):
    story = factories.article("Games maker invests", body="A stake in a studio.")
    tencent = factories.company("Tencent Holdings")
    link = ArticleCompany.objects.create(article=story, company=tencent)
    assert found(client, q="tencent") == ["Games maker invests"]
    link.delete()
    assert found(client, q="tencent") == []


def test_a_renamed_company_is_found_by_its_new_name(client):
    company = factories.company("Old Name Ltd")
    factories.article("A story", body="Nothing else.", companies=[company])
    company.name = "Zephyrine Corp"
    company.save()
    assert found(client, q="zephyrine") == ["A story"]
    assert found(client, q="old name") == []


def test_an_edited_story_is_found_by_its_new_words(client):
    story = factories.article("Draft headline", body="Plain body.")
    story.headline = "Antimony shortage"
    story.save()
    assert found(client, q="antimony") == ["Antimony shortage"]
    assert found(client, q="draft headline") == []


def test_a_deleted_story_is_not_found(client):
    factories.article("Antimony shortage").delete()
    assert found(client, q="antimony") == []


def test_a_quoted_phrase_matches_only_those_words_together(client):
    factories.article("Joint venture agreed", body="A joint venture with a partner.")
    factories.article("Venture capital", body="A venture fund and a joint account.")
    assert found(client, q='"joint venture"') == ["Joint venture agreed"]


def test_or_finds_either_word(client):
    factories.article("Lithium news")
    factories.article("Cobalt news")
    factories.article("Nickel news")
    assert sorted(found(client, q="lithium OR cobalt")) == ["Cobalt news", "Lithium news"]


def test_a_minus_leaves_a_word_out(client):
    factories.article("Lithium and cobalt")
    factories.article("Lithium alone")
    assert found(client, q="lithium -cobalt") == ["Lithium alone"]


def test_results_carry_highlighted_escaped_snippets(client):
    factories.article(
        "Chip news", body="The <script>alert(1)</script> chipmaker said **lithium** rose."
    )
    story = client.get(URL, {"q": "lithium"}).context["page_obj"].object_list[0]
    assert "<mark>lithium</mark>" in story.highlight
    assert "<script>" not in story.highlight
    assert "**" not in story.highlight


# --- Filters --------------------------------------------------------------------------


@pytest.fixture
def desk():
    alibaba = factories.company("Alibaba Group", slug="alibaba")
    tencent = factories.company("Tencent", slug="tencent")
    anna = factories.author("Anna Petrova")
    now = timezone.now()
    factories.article(
        "Lithium one", companies=[alibaba], byline=anna, published_at=now - timedelta(days=40)
    ).tags.add("mining")
    factories.article("Lithium two", companies=[tencent], published_at=now - timedelta(days=3))
    return now


def test_filter_by_company(client, desk):
    assert found(client, q="lithium", company="alibaba") == ["Lithium one"]


def test_filter_by_topic(client, desk):
    assert found(client, q="lithium", topic="mining") == ["Lithium one"]


def test_filter_by_author(client, desk):
    assert found(client, q="lithium", author="anna-petrova") == ["Lithium one"]


def test_filter_by_date_range(client, desk):
    since = (desk - timedelta(days=10)).date().isoformat()
    assert found(client, q="lithium", **{"from": since}) == ["Lithium two"]
    until = (desk - timedelta(days=10)).date().isoformat()
    assert found(client, q="lithium", to=until) == ["Lithium one"]


def test_filters_without_words_list_the_newest_matching_stories(client, desk):
    assert found(client, company="tencent") == ["Lithium two"]


def test_the_filter_in_use_is_named(client, desk):
    response = client.get(URL, {"q": "lithium", "company": "alibaba"})
    assert response.context["filter_names"] == {"company": "Alibaba Group"}


def test_a_bad_date_is_a_400(client):
    assert client.get(URL, {"q": "x", "from": "yesterday"}).status_code == 400


# --- Companies ------------------------------------------------------------------------


@pytest.fixture
def companies():
    alibaba = factories.company("Alibaba Group", slug="alibaba")
    mailru = factories.company("Mail.ru Group", slug="mail-ru")
    CompanyAlias.objects.create(company=mailru, name="Мэйл.ру")
    factories.company("Tencent", slug="tencent")
    return alibaba, mailru


def test_companies_are_found_by_name_despite_a_typo(client, companies):
    response = client.get(URL, {"q": "Alibba"})
    assert [c.name for c in response.context["companies"]] == ["Alibaba Group"]


def test_companies_are_found_by_an_alias_in_another_script(client, companies):
    response = client.get(URL, {"q": "Мэйл.ру"})
    assert [c.name for c in response.context["companies"]] == ["Mail.ru Group"]


def test_an_alias_added_later_is_found(client, companies):
    CompanyAlias.objects.create(company=companies[0], name="Ali Baba Holding")
    response = client.get(URL, {"q": "Baba Holding"})
    assert [c.name for c in response.context["companies"]] == ["Alibaba Group"]


def test_companies_are_shown_above_the_stories(client, companies):
    factories.article("Alibaba results", companies=[companies[0]])
    html = client.get(URL, {"q": "alibaba"}).content.decode()
    assert html.index('href="/companies/alibaba/"') < html.index("Alibaba results")


def test_no_results_suggest_close_company_names(client, companies):
    response = client.get(URL, {"q": "Alibba"})
    assert response.context["page_obj"].paginator.count == 0
    assert "Did you mean" in response.content.decode()
    assert "?q=Alibaba%20Group" in response.content.decode()


def test_an_unrelated_word_finds_no_company(client, companies):
    assert client.get(URL, {"q": "zzzqqq"}).context["companies"] == []


# --- Drafts never leak ----------------------------------------------------------------


def _unpublished(story: Article) -> Article:
    story.status = Article.Status.DRAFT
    story.save()
    return story


HIDDEN = {
    "draft": lambda **kw: factories.draft("Secret vanadium story", **kw),
    "scheduled": lambda **kw: factories.scheduled("Secret vanadium story", **kw),
    "unpublished": lambda **kw: _unpublished(factories.article("Secret vanadium story", **kw)),
}


@pytest.mark.parametrize("state", HIDDEN)
def test_an_unpublished_story_is_never_found_nor_counted(client, state):
    company = factories.company("Vanadium Corp", slug="vanadium-corp")
    author = factories.author("Anna Petrova")
    story = HIDDEN[state](companies=[company], byline=author)
    story.tags.add("metals")
    for params in (
        {"q": "vanadium"},
        {"q": "vanadium", "sort": "newest"},
        {"q": "secret", "company": "vanadium-corp"},
        {"q": "secret", "topic": "metals"},
        {"q": "secret", "author": "anna-petrova"},
        {"company": "vanadium-corp"},
    ):
        assert results(client, **params) == ([], 0), params


@pytest.mark.parametrize("state", HIDDEN)
def test_an_unpublished_story_is_found_once_published(client, state):
    story = HIDDEN[state]()
    story.status = Article.Status.PUBLISHED
    story.published_at = timezone.now() - timedelta(minutes=1)
    story.save()
    assert results(client, q="vanadium") == (["Secret vanadium story"], 1)


# --- Cost and bad input ---------------------------------------------------------------


def test_relevance_ranks_only_the_newest_window_and_counts_stop_there(client, monkeypatch):
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    now = timezone.now()
    # The oldest is the best match, but outside the newest three.
    factories.article("Lithium lithium lithium", published_at=now - timedelta(days=9))
    for n in range(4):
        factories.article(f"Story {n}", body="lithium", published_at=now - timedelta(days=n))
    response = client.get(URL, {"q": "lithium"})
    assert response.context["page_obj"].paginator.count == 3
    assert response.context["more"]
    assert "Lithium lithium lithium" not in [s.headline for s in response.context["page_obj"]]


def test_past_the_window_newest_first_still_lists_the_newest(client, monkeypatch):
    monkeypatch.setattr(search, "RANK_WINDOW", 2)
    now = timezone.now()
    for n in range(3):
        factories.article(f"Lithium {n}", published_at=now - timedelta(days=n))
    assert found(client, q="lithium", sort="newest") == ["Lithium 0", "Lithium 1"]


def test_the_search_page_has_a_constant_query_budget(client, django_assert_max_num_queries):
    alibaba = factories.company("Alibaba Group", slug="alibaba")
    author = factories.author("Anna Petrova")
    for n in range(25):
        story = factories.article(f"Lithium {n}", companies=[alibaba], byline=author)
        story.tags.add("mining")
    params = {"q": "lithium", "company": "alibaba", "topic": "mining", "author": "anna-petrova"}
    with django_assert_max_num_queries(10):
        response = client.get(URL, params)
    assert len(response.context["page_obj"].object_list) == search.PER_PAGE


def test_pages_hold_at_most_twenty_stories_and_a_page_past_the_end_is_a_404(client):
    for n in range(search.PER_PAGE + 1):
        factories.article(f"Lithium {n}")
    assert len(found(client, q="lithium")) == search.PER_PAGE
    assert len(found(client, q="lithium", page=2)) == 1
    assert client.get(URL, {"q": "lithium", "page": 3}).status_code == 404
    assert client.get(URL, {"q": "lithium", "page": "x"}).status_code == 404


HOSTILE = [
    "a" * 10_000,
    "lithium " * 2_000,
    '"' * 50,
    '"unbalanced quote',
    "OR OR OR",
    "- - -",
    "-",
    "*",
    "*:&|!()<->'\\",
    "a:* & b | !c <-> (d",
    "lithium\x00",
    "NEAR(a b) AND NOT OR",
    "headline:lithium",
    "Alibaba 阿里巴巴 Мэйл.ру العربية हिन्दी 🙂 \u202e\ufeff",
    "\U0010ffff\ue000\ue001",
    "%s %% '; DROP TABLE articles_article; --",
]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_are_answered_without_an_error(client, q):
    factories.article("Lithium story")
    response = client.get(URL, {"q": q})
    assert response.status_code in (200, 400)


def test_results_are_not_indexed_by_search_engines(client):
    html = client.get(URL, {"q": "lithium"}).content.decode()
    assert '<meta name="robots" content="noindex' in html


def test_every_page_has_a_search_box(client):
    html = client.get(reverse("articles:home")).content.decode()
    assert f'action="{URL}"' in html
    assert 'name="q"' in html
