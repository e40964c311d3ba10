"""Stories about deals already on file: the suggestion panel offers to link the story to the
deal (and to record the step when the status moved) in one click, `link_companies --apply`
records the same as a suggestion, and the panel shows each suggestion's confidence and
evidence."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.linking import deals_on_file, status_moved
from articles.models import DealEvent, DealSuggestion
from deals.models import Deal
from intelligence.analysis import analyse_story

from . import factories

pytestmark = pytest.mark.django_db

BODY = (
    "Volta Motors agreed to buy Bavaria Autowerke for €1bn on Monday. "
    "The deal ends months of talks between the two carmakers."
)


@pytest.fixture
def volta():
    return factories.company("Volta Motors", slug="volta")


@pytest.fixture
def baw():
    return factories.company("Bavaria Autowerke", slug="baw")


@pytest.fixture
def on_file(volta, baw):
    deal = factories.deal(
        "Volta and BAW",
        kind=Deal.Kind.ACQUISITION,
        status=Deal.Status.IN_TALKS,
        announced_on=date(2026, 1, 5),
        parties=[(volta, "acquirer"), (baw, "target")],
    )
    DealEvent.objects.create(deal=deal, date=date(2026, 1, 5), status=Deal.Status.IN_TALKS)
    return deal


@pytest.fixture
def story(on_file):
    return factories.draft("Volta agrees to buy BAW", slug="volta-baw", body=BODY)


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def link_url(article):
    return reverse("admin:articles_article_link_deal", args=[article.pk])


def panel_deal(client, article):
    (deal,) = client.get(change_url(article)).context["suggested_deals"]
    return deal


def test_status_moves_forward_only():
    assert status_moved(on_file="in_talks", reported="announced")
    assert status_moved(on_file="announced", reported="collapsed")
    assert not status_moved(on_file="completed", reported="announced")
    assert not status_moved(on_file="announced", reported="in_talks")
    assert not status_moved(on_file="announced", reported="announced")


def test_a_suggestion_with_the_same_parties_and_a_compatible_kind_is_news_of_the_deal(
    story, on_file, django_assert_max_num_queries
):
    facts = analyse_story(headline=story.headline, body=story.body).deals
    with django_assert_max_num_queries(2):
        found = deals_on_file(facts)
    assert list(found.values()) == [on_file]


def test_a_deal_with_other_parties_is_not_the_one_on_file(story, on_file, volta):
    other = factories.company("Tailspin Toys")
    on_file.parties.exclude(company=volta).update(company=other)
    assert deals_on_file(analyse_story(headline="", body=BODY).deals) == {}


def test_the_panel_offers_to_link_the_deal_on_file_and_record_the_step(editor_client, story):
    html = editor_client.get(change_url(story)).content.decode()
    assert "On file:" in html and "Volta and BAW" in html
    assert "Link story to this deal and record “announced”" in html
    assert "Create deal" not in html


def test_the_panel_shows_confidence_and_every_evidence_sentence(editor_client, story):
    deal = panel_deal(editor_client, story)
    html = editor_client.get(change_url(story)).content.decode()
    assert 50 <= deal["confidence"] <= 100
    assert f"{deal['confidence']}%" in html and "Confidence" in html
    assert deal["evidence"][0].startswith("Volta Motors agreed to buy")
    assert "<li>Volta Motors agreed to buy Bavaria Autowerke" in html


def test_one_click_links_the_story_and_records_a_dated_event(editor_client, story, on_file):
    fingerprint = panel_deal(editor_client, story)["fingerprint"]
    response = editor_client.post(link_url(story), {"fingerprint": fingerprint, "deal": on_file.pk})
    assert response.status_code == 302
    assert list(story.deals.all()) == [on_file]
    event = on_file.events.get(status="announced")
    assert (event.article, event.date) == (story, timezone.now().date())
    on_file.refresh_from_db()
    assert on_file.status == "announced"
    suggestion = DealSuggestion.objects.get()
    assert (suggestion.state, suggestion.deal, suggestion.on_file) == ("accepted", on_file, on_file)
    assert Deal.objects.count() == 1
    # Done: the suggestion leaves the panel.
    assert editor_client.get(change_url(story)).context["suggested_deals"] == []


def test_news_that_moves_nothing_links_without_an_event(editor_client, story, on_file):
    Deal.objects.filter(pk=on_file.pk).update(status=Deal.Status.COMPLETED)
    deal = panel_deal(editor_client, story)
    assert deal["on_file"] == on_file and not deal["status_moved"]
    editor_client.post(link_url(story), {"fingerprint": deal["fingerprint"], "deal": on_file.pk})
    assert list(story.deals.all()) == [on_file]
    assert on_file.events.count() == 1
    on_file.refresh_from_db()
    assert on_file.status == "completed"


def test_a_mismatched_deal_links_nothing(editor_client, story, on_file):
    fingerprint = panel_deal(editor_client, story)["fingerprint"]
    other = factories.deal("Another deal")
    response = editor_client.post(
        link_url(story), {"fingerprint": fingerprint, "deal": other.pk}, follow=True
    )
    assert "nothing was linked" in response.content.decode()
    assert not story.deals.exists()


def test_a_writer_cannot_link_deals(writer_client, story, on_file):
    fingerprint = panel_deal(writer_client, story)["fingerprint"]
    response = writer_client.post(link_url(story), {"fingerprint": fingerprint, "deal": on_file.pk})
    assert response.status_code == 403
    assert not story.deals.exists()


def test_apply_records_the_news_as_a_suggestion_for_the_deal_on_file(story, on_file):
    call_command("link_companies", story.slug, "--apply", verbosity=0)
    suggestion = DealSuggestion.objects.get()
    assert (suggestion.on_file, suggestion.status, suggestion.state) == (
        on_file,
        "announced",
        "pending",
    )
    assert suggestion.confidence >= 0.5
    assert not story.deals.exists() and on_file.events.count() == 1


def test_accepting_that_suggestion_links_instead_of_creating(editor_client, story, on_file):
    call_command("link_companies", story.slug, "--apply", verbosity=0)
    suggestion = DealSuggestion.objects.get()
    editor_client.post(
        reverse("admin:articles_dealsuggestion_changelist"),
        {"action": "create_deals", "_selected_action": [suggestion.pk]},
    )
    assert Deal.objects.count() == 1
    assert list(story.deals.all()) == [on_file]
    assert on_file.events.filter(status="announced", article=story).exists()


def test_apply_skips_news_of_a_linked_deal_that_moves_nothing(story, on_file):
    story.deals.add(on_file)
    Deal.objects.filter(pk=on_file.pk).update(status=Deal.Status.ANNOUNCED)
    call_command("link_companies", story.slug, "--apply", verbosity=0)
    assert not DealSuggestion.objects.exists()


def test_the_json_report_keeps_its_documented_shape(story):
    out = StringIO()
    call_command("link_companies", story.slug, "--format", "json", stdout=out)
    (report,) = json.loads(out.getvalue())
    assert set(report) == {"article", "companies", "deals"}
    (deal,) = report["deals"]
    assert set(deal) == {"kind", "status", "parties", "value", "currency", "stake", "evidence"}
