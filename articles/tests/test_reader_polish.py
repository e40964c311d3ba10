"""Favicon, print styles, the layout fix and reading time on story pages."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from articles.models import Article
from articles.templatetags.reading import reading_minutes

from . import factories

STATIC = Path(settings.BASE_DIR) / "static"


@pytest.mark.parametrize(
    ("words", "minutes"), [(0, 1), (1, 1), (230, 1), (231, 2), (460, 2), (461, 3)]
)
def test_reading_minutes_rounds_up_at_230_words(words, minutes):
    story = Article(body_html="<p>" + " ".join(["word"] * words) + "</p>")
    assert reading_minutes(story) == minutes


def test_reading_minutes_ignores_markup():
    story = Article(body_html='<p><a href="x">one</a> <strong>two</strong></p>\n' * 300)
    assert reading_minutes(story) == 3


@pytest.mark.django_db
def test_story_page_shows_reading_time(client):
    story = factories.article("Long read", body=" ".join(["word"] * 500))
    assert "3 min read" in client.get(story.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_pages_link_favicon_and_touch_icon(client):
    page = client.get(reverse("articles:home")).content.decode()
    assert 'rel="icon"' in page and 'rel="apple-touch-icon"' in page


@pytest.mark.parametrize("name", ["favicon.ico", "img/favicon-32.png", "img/apple-touch-icon.png"])
def test_icon_files_exist(name):
    assert (STATIC / name).stat().st_size > 0


def test_main_padding_is_not_overridden_by_wrap():
    css = (STATIC / "css/site.css").read_text()
    assert "main.wrap { padding-block:" in css


def test_print_styles_hide_the_site_around_the_story():
    css = (STATIC / "css/site.css").read_text()
    assert "@media print" in css
