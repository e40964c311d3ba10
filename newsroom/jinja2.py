"""The readers' pages are Jinja2 templates (reader_templates/); the admin stays on Django's.

Jinja2 compiles a template to Python once, where Django's engine walks its nodes on every
render: on the story, company and list pages at 200,000 stories, rendering was the largest
single cost left (2.9 of the story page's 7 ms, 5.9 of the top company's 13). The reader
templates keep Django's meaning: the same filters (`date` in the site's time zone,
`default` for any false value, `pluralize`, `intcomma`...), the same helpers as the
template tags they replace (`picture`, `bylines`, `page_meta`, the JSON-LD), the same
escaping.

In tests, each render is reported to Django's test client as Django's own engine reports
it (conftest.py), so `response.context` works the same. A template that
prints a method instead of calling it (`{{ deal.get_kind_display }}` without the brackets)
fails loudly instead of printing `<bound method …>`.
"""

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template import defaultfilters
from django.template.backends import jinja2 as django_jinja2
from django.utils import timezone, translation
from django.utils.timezone import template_localtime  # type: ignore[attr-defined]
from jinja2 import ChainableUndefined, Environment, Undefined, pass_context
from markupsafe import Markup

from articles.models.corrections import notes_of
from articles.templatetags import seo
from articles.templatetags.newsroom import bylines, money, percent
from articles.templatetags.reading import reading_minutes
from core.urls import slug_urls, static_url, url
from images.picture import picture_html


def date(value, format_string: str = "") -> str:
    """Django's `date` filter, in the site's time zone as Django's templates show it.

    A list page shows the same few dozen moments on every view, and Django's formatter
    is slow (a fifth of a card's rendering): each moment, format, time zone and language
    is formatted once."""
    if value in (None, ""):
        return ""
    zone, language = timezone.get_current_timezone_name(), translation.get_language()
    try:
        return _formatted(value, format_string, zone, language)
    except TypeError:  # a value that cannot be a key
        return defaultfilters.date(template_localtime(value), format_string)


@dataclass(slots=True)
class Card:
    """What a story's card prints besides the story's own text."""

    url: str
    byline: str  # HTML, escaped
    published: str  # for <time datetime="…">
    shown: str  # "4 Mar 2026"


CARD_TIME, CARD_DATE = "Y-m-d\\TH:i:sO", "j M Y"


def cards(stories) -> list:
    """The stories of a list of cards, each given what its card prints (`story.card`),
    worked out for the whole list at once: the URL configuration, the script prefix, the
    time zone and the language are read once for the list, not for each address and date
    of each card (they were a third of a card's rendering)."""
    stories = list(stories)
    story_url, author_url = slug_urls("articles:detail"), slug_urls("authors:detail")
    zone, language = timezone.get_current_timezone_name(), translation.get_language()
    for story in stories:
        moment = story.published_at
        story.card = Card(
            url=story_url(story.slug),
            byline=bylines(story, author_url),
            published=_formatted(moment, CARD_TIME, zone, language) if moment else "",
            shown=_formatted(moment, CARD_DATE, zone, language) if moment else "",
        )
    return stories


@dataclass(slots=True)
class DealLine:
    """What a deal's line in a list prints besides the deal's own name and status."""

    url: str
    status: str  # the status's label
    facts: str
    parties: list[tuple[str, str]]  # each party's company: address, name


def deal_lines(deals, parties: dict | None = None) -> list:
    """The deals of a list, each given what its line prints (`deal.line`), the addresses
    worked out for the whole list at once, as `cards()` does for stories. Each deal's
    parties are its prefetched `parties`, or `parties[deal.pk]`: (slug, name) rows of their
    companies."""
    deals = list(deals)
    deal_url, company_url = slug_urls("deals:detail"), slug_urls("companies:detail")
    for deal in deals:
        if parties is None:
            companies = [(p.company.slug, p.company.name) for p in deal.parties.all()]
        else:
            companies = parties.get(deal.pk, [])
        deal.line = DealLine(
            url=deal_url(deal.slug),
            status=deal.get_status_display(),
            facts=deal.facts,
            parties=[(company_url(slug), name) for slug, name in companies],
        )
    return deals


@lru_cache(maxsize=8192)
def _formatted(value, format_string: str, zone: str, language: str | None) -> str:
    return defaultfilters.date(template_localtime(value), format_string)


@receiver(setting_changed)
def _forget(*, setting: str, **kwargs: Any) -> None:
    if setting in {"TIME_ZONE", "LANGUAGE_CODE"}:
        _formatted.cache_clear()


def truncatechars(value, length: Any) -> str:
    """Django's `truncatechars`. Most text is shorter than its limit (a page's description
    in its meta tags), and Django walks it character by character all the same: such text
    comes back as Django gives it back, normalised (NFC), without the walk."""
    if type(value) is str and type(length) is int and length > 0:
        text = unicodedata.normalize("NFC", value)
        if len(text) <= length:
            return text
    return defaultfilters.truncatechars(value, length)


def default(value, fallback: Any = "") -> Any:
    """Django's `default`: the fallback for any false value, not only an undefined one."""
    return value or fallback


def picture(image, preset: str = "lead", lazy: bool = True, alt: str | None = None):
    return "" if image is None else picture_html(image, preset, alt=alt, lazy=lazy)


def latest_note(article):
    notes = notes_of(article)
    return notes[-1] if notes else None


@pass_context
def page_meta(context) -> dict | None:
    return seo.page_meta(context).get("meta")


@pass_context
def page_feeds(context):
    return seo.page_feeds(context)


@pass_context
def article_jsonld(context, article):
    return seo.article_jsonld(context, article)


@pass_context
def company_jsonld(context, company, parent_relations=(), child_relations=()):
    return seo.company_jsonld(context, company, parent_relations, child_relations)


def _finalize(value: Any) -> Any:
    if callable(value) and not isinstance(value, Undefined):
        raise TypeError(f"a template printed {value!r}: call it, with ()")
    return value


def environment(**options: Any) -> Environment:
    # Django sets its own default first; a missing name renders as nothing, as in Django.
    options["undefined"] = ChainableUndefined
    env = Environment(finalize=_finalize, **options)
    env.globals.update(
        url=url,
        static=static_url,
        picture=picture,
        bylines=bylines,
        cards=cards,
        deal_lines=deal_lines,
        page_meta=page_meta,
        page_feeds=page_feeds,
        article_jsonld=article_jsonld,
        company_jsonld=company_jsonld,
        story_notes=notes_of,
        latest_note=latest_note,
        reading_minutes=reading_minutes,
    )
    env.filters.update(
        date=date,
        default=default,
        pluralize=defaultfilters.pluralize,
        capfirst=defaultfilters.capfirst,
        truncatechars=truncatechars,
        truncatewords=defaultfilters.truncatewords,
        urlencode=defaultfilters.urlencode,
        floatformat=defaultfilters.floatformat,
        linebreaksbr=lambda value: Markup(defaultfilters.linebreaksbr(value, autoescape=True)),
        intcomma=intcomma,
        money=money,
        percent=percent,
    )
    return env


class Template(django_jinja2.Template):
    """Named as Django's templates are, so the test client can list what a page used (the
    test set-up, conftest.py, has it report each render as Django's engine does)."""

    def __init__(self, template, backend):
        super().__init__(template, backend)
        self.name = template.name


class NewsroomJinja2(django_jinja2.Jinja2):
    def from_string(self, template_code):
        return Template(self.env.from_string(template_code), self)

    def get_template(self, template_name):
        found = super().get_template(template_name)
        return Template(found.template, self)
