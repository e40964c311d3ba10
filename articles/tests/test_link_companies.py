"""link_companies: the report, its JSON shape, and --apply."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from articles.models import Article, DealSuggestion
from companies.models import Company
from deals.models import Deal
from intelligence.tests import reference

from . import factories

pytestmark = pytest.mark.django_db

BODY = f"{reference.SENTENCE} Ant Financial has made similar deals before."


@pytest.fixture
def story():
    for name, slug in [
        ("Ant Financial", "ant-financial"),
        ("Alibaba Group", "alibaba"),
        ("Telenor Microfinance Bank", "telenor-microfinance-bank"),
        ("Telenor Group", "telenor"),
    ]:
        factories.company(name, slug=slug)
    Company.objects.get(slug="alibaba").aliases.create(name="Alibaba")
    return factories.draft("Ant Financial buys into Pakistani bank", slug="ant-telenor", body=BODY)


def run(*args) -> str:
    out = StringIO()
    call_command("link_companies", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_json_has_the_designed_shape(story):
    (result,) = json.loads(run("ant-telenor", "--format", "json"))
    assert set(result) == {"article", "companies", "deals"}
    assert result["article"] == "ant-telenor"
    first = result["companies"][0]
    assert set(first) == {"company", "name", "mentions", "role", "first"}
    ant = next(c for c in result["companies"] if c["company"] == "ant-financial")
    assert ant == {
        "company": "ant-financial",
        "name": "Ant Financial",
        "mentions": 3,
        "role": "about",
        "first": BODY.split(". ")[0] + ".",
    }
    (deal,) = result["deals"]
    assert set(deal) == {*reference.DEAL_KEYS, "evidence"}
    assert {k: deal[k] for k in reference.DEAL_KEYS} == reference.DEAL
    assert deal["evidence"].startswith("Ant Financial, the payments affiliate")


def test_without_apply_nothing_is_written(story):
    run("ant-telenor")
    assert not story.company_links.exists()
    assert not DealSuggestion.objects.exists()


def test_apply_links_companies_with_roles_and_records_suggestions(story):
    run("ant-telenor", "--apply")
    assert dict(story.company_links.values_list("company__slug", "role")) == {
        "ant-financial": "about",
        "telenor-microfinance-bank": "mentions",
        "alibaba": "mentions",
        "telenor": "mentions",
    }
    suggestion = DealSuggestion.objects.get()
    assert (suggestion.kind, suggestion.state, suggestion.stake_percent) == (
        "investment",
        "pending",
        45,
    )
    assert not Deal.objects.exists()


def test_apply_never_changes_or_removes_an_editors_links(story):
    telenor = Company.objects.get(slug="telenor")
    unrelated = factories.company("Sberbank")
    story.company_links.create(company=telenor, role="about")
    story.company_links.create(company=unrelated, role="mentions")
    run("ant-telenor", "--apply")
    links = dict(story.company_links.values_list("company__slug", "role"))
    assert links["telenor"] == "about"
    assert links["sberbank"] == "mentions"


def test_apply_twice_adds_nothing_more(story):
    run("ant-telenor", "--apply")
    counts = (story.company_links.count(), DealSuggestion.objects.count())
    run("ant-telenor", "--apply")
    assert (story.company_links.count(), DealSuggestion.objects.count()) == counts


def test_all_reads_every_story(story):
    factories.article("Another story", body="Alibaba grew.")
    assert [r["article"] for r in json.loads(run("--all", "--format", "json"))] == [
        "ant-telenor",
        "another-story",
    ]


@pytest.mark.parametrize("args", [[], ["ant-telenor", "--all"]])
def test_stories_must_be_named_or_all(story, args):
    with pytest.raises(CommandError, match="--all"):
        run(*args)


def test_an_unknown_slug_is_an_error(story):
    with pytest.raises(CommandError, match="No story with the slug: nope"):
        run("ant-telenor", "nope")


def test_text_report_lists_companies_and_deals(story):
    out = run("ant-telenor")
    assert "Ant Financial (about, 3×)" in out
    parties = "ant-financial (investor), telenor-microfinance-bank (investee)"
    assert f"deal: investment, announced, {parties}" in out


def test_apply_stores_evidence_without_nul_bytes_and_cut_to_a_readable_length(story):
    """A body stored before the limits existed: a deal "sentence" with no full stop for
    thousands of words, and on SQLite (PostgreSQL stores none) a NUL byte."""
    long_sentence = reference.SENTENCE.rstrip(".") + " and" + " more words" * 1500 + "."
    nul = "\x00" if connection.vendor == "sqlite" else ""
    Article.objects.filter(pk=story.pk).update(body=f"Note{nul} " + long_sentence)
    run("ant-telenor", "--apply")
    evidence = DealSuggestion.objects.filter(article=story).values_list("evidence", flat=True)
    assert evidence
    for text in evidence:
        assert "\x00" not in text and len(text) <= 2000


def test_apply_on_published_stories_leaves_every_count_as_a_full_recount_does(story):
    from articles import live
    from articles.models import CoMention

    second = factories.article("Alibaba and Ant Financial again", body=BODY)
    story.status, story.published_at = Article.Status.PUBLISHED, second.published_at
    story.save()
    run("--all", "--apply")

    def counts():
        return (
            sorted(Company.objects.values_list("slug", "story_count", "group_story_count")),
            sorted(CoMention.objects.values_list("company__slug", "other__slug", "shared")),
        )

    after_apply = counts()
    assert {slug: n for slug, n, _ in after_apply[0]}["ant-financial"] == 2
    live.refresh_all()
    assert counts() == after_apply
