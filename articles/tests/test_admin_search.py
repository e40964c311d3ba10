"""The story list's search box: words through the full-text index, drafts included, or a
story's whole slug."""

import pytest
from django.urls import reverse

from articles import search
from articles.models import Article

from . import factories

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")


def _found(client, q: str) -> list[str]:
    response = client.get(CHANGELIST, {"q": q})
    assert response.status_code == 200
    return sorted(story.headline for story in response.context["cl"].result_list)


@pytest.fixture
def stories():
    factories.article(
        "Northwind buys a payments group",
        body="The deal gives Northwind a foothold in Baltic lending.",
    )
    factories.draft("Zeta weighs a listing", standfirst="Bankers sound out Gulf investors.")
    factories.article("Harbour cranes idle", companies=[factories.company("Keelhaul Logistics")])


def test_a_word_of_the_body_finds_the_story(editor_client, stories):
    assert _found(editor_client, "baltic") == ["Northwind buys a payments group"]


def test_a_draft_is_found_by_its_standfirst(editor_client, stories):
    assert _found(editor_client, "Gulf investors") == ["Zeta weighs a listing"]


def test_a_linked_company_s_name_finds_the_story(editor_client, stories):
    assert _found(editor_client, "Keelhaul") == ["Harbour cranes idle"]


def test_a_whole_slug_finds_its_story(editor_client, stories):
    story = factories.article("A story found by its slug", slug="found-by-slug-2026")
    assert _found(editor_client, story.slug) == ["A story found by its slug"]


def test_words_in_no_story_find_nothing(editor_client, stories):
    assert _found(editor_client, "zeppelin") == []


@pytest.mark.parametrize("q", ['"', "***", "-", "a" * 5000, "\\", "OR OR"])
def test_hostile_search_text_is_answered(editor_client, stories, q):
    assert editor_client.get(CHANGELIST, {"q": q}).status_code == 200


# --- Bounded: the newest matches ----------------------------------------------------------


def _messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def pool_of_two(monkeypatch):
    monkeypatch.setattr(search, "ADMIN_POOL", 2)


def test_past_the_pool_the_newest_matches_are_listed(editor_client, pool_of_two):
    for n in range(3):
        factories.article(f"Baltic story {n}")
    assert _found(editor_client, "baltic") == ["Baltic story 1", "Baltic story 2"]


def test_past_the_pool_a_note_says_the_list_is_cut(editor_client, pool_of_two):
    for n in range(3):
        factories.article(f"Baltic story {n}")
    response = editor_client.get(CHANGELIST, {"q": "baltic"})
    assert any("newest 2" in message for message in _messages(response))


def test_within_the_pool_every_match_is_listed_without_a_note(editor_client, pool_of_two):
    for n in range(2):
        factories.article(f"Baltic story {n}")
    response = editor_client.get(CHANGELIST, {"q": "baltic"})
    assert len(response.context["cl"].result_list) == 2
    assert _messages(response) == []


def test_the_pool_is_taken_after_the_filters(editor_client, pool_of_two):
    """An older draft is found under the draft filter, though newer published stories
    match too."""
    factories.draft("Baltic draft")
    for n in range(3):
        factories.article(f"Baltic story {n}")
    response = editor_client.get(CHANGELIST, {"q": "baltic", "status__exact": "draft"})
    assert [story.headline for story in response.context["cl"].result_list] == ["Baltic draft"]


def test_a_slug_is_found_whatever_the_pool(editor_client, pool_of_two):
    for n in range(3):
        factories.article(f"Baltic story {n}")
    oldest = Article.objects.order_by("pk").first()
    assert _found(editor_client, oldest.slug) == [oldest.headline]


def test_a_search_has_a_constant_query_budget(editor_client, django_assert_max_num_queries):
    def queries() -> int:
        with django_assert_max_num_queries(12) as counted:
            editor_client.get(CHANGELIST, {"q": "baltic"})
        return len(counted.captured_queries)

    factories.article("Baltic story", companies=[factories.company("Keelhaul")])
    editor_client.get(CHANGELIST, {"q": "baltic"})  # warm
    small = queries()
    for n in range(30):
        factories.article(f"Baltic story {n}", companies=[factories.company()])
    assert queries() == small
