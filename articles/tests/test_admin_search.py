"""The story list's search box: words through the full-text index, drafts included, or a
story's whole slug."""

import pytest
from django.urls import reverse

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
