"""The readers' Jinja2 templates keep the meaning Django's templates gave them."""

from datetime import UTC, date, datetime

import pytest
from django.template import defaultfilters, engines
from django.test import override_settings
from django.utils.html import escape

from articles.models import Article
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


CARD = (
    '{% for story in cards(stories) %}<a href="{{ story.card.url }}">{{ story.headline }}</a>'
    "|{{ story.card.byline }}|{{ story.card.published }}|{{ story.card.shown }}\n{% endfor %}"
)
ONE_BY_ONE = (
    '{% for story in stories %}<a href="{{ story.get_absolute_url() }}">{{ story.headline }}</a>'
    "|{{ bylines(story) }}|{{ story.published_at|date('Y-m-d\\\\TH:i:sO') }}"
    "|{{ story.published_at|date('j M Y') }}\n{% endfor %}"
)


def _stories():
    from articles.models import Byline

    first = factories.article(
        "Q&A on Northwind", byline=factories.author("Ann Lee"),
        published_at=datetime(2026, 11, 25, 23, 30, tzinfo=UTC),
    )  # fmt: skip
    Byline.objects.create(article=first, author=factories.author("Bo <b>Berg</b>"), order=1)
    second = factories.article("No byline", published_at=datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    return list(Article.objects.filter(pk__in=[first.pk, second.pk]).order_by("pk"))


def test_a_list_of_cards_prints_what_each_card_printed_one_by_one():
    stories = _stories()
    assert render(CARD, stories=stories) == render(ONE_BY_ONE, stories=stories)
    assert "Ann Lee</a> in London and" in render(CARD, stories=stories)


def test_a_card_s_date_is_in_the_time_zone_active_when_it_is_shown():
    from django.utils import timezone

    stories = _stories()
    assert "|25 Nov 2026\n" in render(CARD, stories=stories)  # London
    with timezone.override("Asia/Tokyo"):
        assert render(CARD, stories=stories) == render(ONE_BY_ONE, stories=stories)
        assert "|26 Nov 2026\n" in render(CARD, stories=stories)


def test_a_list_of_deals_prints_each_deal_s_address_status_terms_and_parties():
    from decimal import Decimal

    from deals.models import Deal, DealParty

    buyer, target = factories.company("Northwind"), factories.company("Fjord & Pay")
    factories.deal(
        "Northwind buys Fjord",
        parties=[(buyer, DealParty.Role.ACQUIRER), (target, DealParty.Role.TARGET)],
        kind=Deal.Kind.ACQUISITION, status=Deal.Status.COMPLETED, value="2100000000",
        stake_percent=Decimal("45.5"),
    )  # fmt: skip
    deals = list(Deal.objects.prefetch_related("parties__company"))
    out = render(
        "{% for deal in deal_lines(deals) %}{{ deal.line.url }}|{{ deal.line.status }}|"
        "{{ deal.line.facts }}|{% for url, name in deal.line.parties %}{{ url }} {{ name }};"
        "{% endfor %}{% endfor %}",
        deals=deals,
    )
    assert out == (
        f"{deals[0].get_absolute_url()}|Completed|Acquisition · $2.1bn · 45.5% stake|"
        f"{buyer.get_absolute_url()} Northwind;{target.get_absolute_url()} Fjord &amp; Pay;"
    )
