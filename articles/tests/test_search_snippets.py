"""What a result card shows: a snippet of the body around the match (found late in a long
body too), highlighted safely, or the standfirst when the body holds no match; the
bylines read with the page. And phrases of common words, looked for in a bounded number
of stories on PostgreSQL, with a note to the reader when older stories were left out."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import search
from articles.models import Byline

from . import factories

pytestmark = pytest.mark.django_db

URL = reverse("articles:search")

FILLER = "Revenue was flat and costs rose in every region the group serves. " * 60


def cards(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response, response.context["page_obj"].object_list


# --- Snippets -------------------------------------------------------------------------


def test_a_match_late_in_a_long_body_is_shown_highlighted(client):
    factories.article("Quarterly update", body=FILLER + "Then the vanadium mine reopened.")
    _, (story,) = cards(client, q="vanadium")
    assert "<mark>vanadium</mark> mine reopened" in story.highlight


def test_a_word_form_is_highlighted_by_its_stem(client):
    factories.article("Quarterly update", body=FILLER + "Two acquisitions closed in May.")
    _, (story,) = cards(client, q="acquisition")
    assert "<mark>acquisitions</mark>" in story.highlight


def test_a_story_matched_by_its_headline_only_shows_its_standfirst(client):
    factories.article(
        "Vanadium price jumps", standfirst="Miners cheer a tight market.", body=FILLER
    )
    _, (story,) = cards(client, q="vanadium")
    assert story.highlight == "Miners cheer a tight market."


def test_the_body_s_own_highlight_characters_never_become_tags(client):
    body = "Stray \ue000marks\ue001 and \ue000 one more. The vanadium mine reopened.\ue000"
    factories.article("Quarterly update", body=body)
    _, (story,) = cards(client, q="vanadium")
    assert "<mark>vanadium</mark>" in story.highlight
    assert story.highlight.count("<mark>") == story.highlight.count("</mark>")
    assert "\ue000" not in story.highlight and "\ue001" not in story.highlight


def test_highlight_pairs_marks_and_escapes_everything_else():
    text = "5 < 6 \ue000x\ue001 stray\ue000 end\ue001\ue001"
    assert search.highlight(text) == "5 &lt; 6 <mark>x</mark> stray<mark> end</mark>"


def test_a_snippet_without_a_highlight_is_not_shown():
    assert search.highlight("Nothing marked here.") == ""


def test_the_snippet_pattern_takes_each_word_s_start_and_short_words_whole():
    query = search.parse('Acquisitions "co op" OR Мэйл -excluded')
    assert search.snippet_pattern(query) == r"(\macquisiti|\mco\M|\mop\M|мэйл)"


# --- Bylines on the cards -------------------------------------------------------------


def test_cards_carry_their_bylines_in_order(client):
    story = factories.article("Vanadium story", byline=factories.author("Anna Petrova"))
    Byline.objects.create(article=story, author=factories.author("Ben Osei"), order=1)
    response, (card,) = cards(client, q="vanadium")
    assert [b.author.name for b in card.bylines.all()] == ["Anna Petrova", "Ben Osei"]
    html = response.content.decode()
    assert 'rel="author">Anna Petrova</a> in London and' in html


def test_a_card_without_a_byline_has_none(client):
    factories.article("Vanadium story")
    _, (card,) = cards(client, q="vanadium")
    assert list(card.bylines.all()) == []


# --- Phrases of common words ----------------------------------------------------------


def test_loosening_a_phrase_requires_each_of_its_words():
    loose = search.parse('"joint venture" alibaba -sberbank').loosened()
    assert str(loose) == "joint venture alibaba"


def test_a_phrase_among_alternatives_loosens_to_its_longest_word():
    assert str(search.parse('"joint venture" OR tie-up').loosened()) == "venture OR tie-up"


def test_a_query_without_a_phrase_is_not_loosened():
    assert search.parse("joint venture").loosened() is None


@pytest.fixture
def phrases(monkeypatch):
    """Six stories holding both words, a minute apart, newest first: 0, 2 and 5 hold the
    phrase; candidates limited to the newest four."""
    monkeypatch.setattr(search, "PHRASE_CANDIDATES", 4)
    if connection.vendor == "postgresql":
        # As if the words were in most of a large archive.
        monkeypatch.setattr(search.PostgresSearch, "estimate", lambda self, stories, key=None: 1e6)
    now = timezone.now()
    for n in range(6):
        body = "The annual meeting." if n in (0, 2, 5) else "A meeting, annual at best."
        factories.article(f"Story {n}", body=body, published_at=now - timedelta(minutes=n))


def test_a_phrase_of_common_words_lists_its_newest_matches(client, phrases):
    _, stories = cards(client, q='"annual meeting"', sort="newest")
    found = [story.headline for story in stories]
    if connection.vendor == "postgresql":
        assert found == ["Story 0", "Story 2"]  # Story 5 is past the newest four
    else:
        assert found == ["Story 0", "Story 2", "Story 5"]  # FTS5 reads positions itself


def test_a_phrase_looked_for_in_the_newest_stories_only_says_so(client, phrases):
    response, _ = cards(client, q='"annual meeting"')
    limited = connection.vendor == "postgresql"
    assert response.context["limited"] is limited
    assert ("search-limited" in response.content.decode()) is limited


def test_a_phrase_with_enough_matches_among_the_newest_is_not_limited(monkeypatch, phrases):
    monkeypatch.setattr(search, "RANK_WINDOW", 1)
    hits = search.StoryHits(search.parse('"annual meeting"'), search.Filters(), search.NEWEST)
    assert hits.count() == 1 and hits.more
    assert not hits.limited  # the newest two matches are the newest two of all


def test_a_phrase_of_rare_words_is_looked_for_everywhere(client, monkeypatch):
    monkeypatch.setattr(search, "PHRASE_CANDIDATES", 4)
    if connection.vendor == "postgresql":
        monkeypatch.setattr(search.PostgresSearch, "estimate", lambda self, stories, key=None: 3)
    now = timezone.now()
    for n in range(6):
        body = "The annual meeting." if n == 5 else "A meeting, annual at best."
        factories.article(f"Story {n}", body=body, published_at=now - timedelta(minutes=n))
    response, stories = cards(client, q='"annual meeting"')
    assert [story.headline for story in stories] == ["Story 5"]
    assert response.context["limited"] is False


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plan")
def test_a_phrase_whose_words_are_in_most_stories_is_looked_for_among_the_newest(
    monkeypatch, phrases
):
    """The words in most stories: the phrase is looked for in a window of the newest
    stories, newest first (here the newest five, from the planner's histogram)."""
    now = timezone.now()
    bounds = [now - timedelta(minutes=5.5) + timedelta(minutes=k) for k in range(7)]
    monkeypatch.setattr(search, "statistics", lambda alias: (6.0, bounds))
    hits = search.StoryHits(search.parse('"annual meeting"'), search.Filters(), search.NEWEST)
    with CaptureQueriesContext(connection) as queries:
        assert [story.headline for story in hits[0:20]] == ["Story 0", "Story 2"]
    assert hits.limited
    assert '"published_at" >=' in queries.captured_queries[0]["sql"]
