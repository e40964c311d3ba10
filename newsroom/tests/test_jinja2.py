"""The readers' Jinja2 templates keep the meaning Django's templates gave them."""

from datetime import UTC, date, datetime

import pytest
from django.template import defaultfilters, engines
from django.test import override_settings
from django.utils.html import escape

from articles.tests import factories

pytestmark = pytest.mark.django_db


def render(source: str, **context) -> str:
    return engines["jinja2"].from_string(source).render(context)


def test_a_printed_method_fails_instead_of_showing_its_name():
    story = factories.article("A story")
    with pytest.raises(TypeError, match="call it"):
        render("{{ story.get_absolute_url }}", story=story)
    assert render("{{ story.get_absolute_url() }}", story=story) == "/articles/a-story/"


def test_default_covers_any_false_value_as_django_s_does():
    assert render("{{ ''|default('none') }}") == "none"
    assert render("{{ 0|default('none') }}") == "none"
    assert render("{{ missing|default('none') }}") == "none"
    assert render("{{ 'set'|default('none') }}") == "set"


@override_settings(TIME_ZONE="Europe/Oslo")
def test_dates_are_shown_in_the_site_s_time_zone():
    moment = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)
    assert render("{{ moment|date('j M Y, H:i') }}", moment=moment) == "26 Nov 2026, 00:30"
    assert render("{{ day|date('j F Y') }}", day=date(2026, 1, 2)) == "2 January 2026"
    assert render("{{ nothing|date('j F Y') }}", nothing=None) == ""


def test_text_is_escaped_and_safe_markup_is_not():
    story = factories.article("Q&A <script>", byline=factories.author("Ann <b>Lee</b>"))
    out = render("{{ story.headline }} {{ bylines(story) }}", story=story)
    assert "Q&amp;A &lt;script&gt;" in out
    assert "Ann &lt;b&gt;Lee&lt;/b&gt;</a> in London" in out
    assert '<a href="/authors/' in out


def test_pluralize_and_linebreaks_as_in_django():
    assert render("stor{{ n|pluralize('y,ies') }}", n=1) == "story"
    assert render("stor{{ n|pluralize('y,ies') }}", n=2) == "stories"
    assert render("{{ text|linebreaksbr }}", text="a <b>\nb") == "a &lt;b&gt;<br>b"


def test_the_reading_time_counts_the_words_of_the_body():
    story = factories.article("Long read", body="word " * 461)
    assert render("{{ reading_minutes(story) }}", story=story) == "3"
    assert render("{{ reading_minutes(story) }}", story=factories.article("Short")) == "1"


def test_an_unknown_chain_of_names_renders_as_nothing():
    assert render("[{{ nothing.at.all }}]") == "[]"


@pytest.mark.parametrize(
    "text",
    [
        "Short",
        "x" * 40,
        "y" * 41,
        "Cafe\u0301 au lait, twenty chars+",  # a combining accent: composed first
        "A much longer description that runs past the limit of forty characters",
        "",
    ],
)
def test_truncatechars_as_in_django(text):
    for limit in (40, 1, 0):
        assert render("{{ text|truncatechars(limit) }}", text=text, limit=limit) == str(
            escape(defaultfilters.truncatechars(text, limit))
        )
