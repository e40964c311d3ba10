"""The article admin's suggestion panels: what they show and who may accept them."""

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.test import Client
from django.urls import reverse

from articles.models import DealSuggestion
from companies.models import Company
from deals.models import Deal

from . import factories

pytestmark = pytest.mark.django_db

BODY = (
    "Ant Financial said it would invest $184m for a 45 per cent stake in Telenor Microfinance "
    "Bank. Alibaba welcomed the deal."
)


@pytest.fixture
def story():
    for name, slug in [
        ("Ant Financial", "ant-financial"),
        ("Telenor Microfinance Bank", "tmb"),
        ("Alibaba Group", "alibaba"),
        ("Sberbank", "sberbank"),
    ]:
        factories.company(name, slug=slug)
    Company.objects.get(slug="alibaba").aliases.create(name="Alibaba")
    article = factories.draft("Ant Financial buys into Pakistani bank", body=BODY)
    article.company_links.create(company=Company.objects.get(slug="sberbank"), role="mentions")
    return article


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def accept_url(article):
    return reverse("admin:articles_article_accept_companies", args=[article.pk])


def deal_url(article):
    return reverse("admin:articles_article_create_deal", args=[article.pk])


def test_panels_list_unlinked_companies_stale_links_and_deals(editor_client, story):
    response = editor_client.get(change_url(story))
    html = response.content.decode()
    assert [m.name for m in response.context["suggested_companies"]] == [
        "Ant Financial", "Telenor Microfinance Bank", "Alibaba Group",
    ]  # fmt: skip
    assert "Suggested companies" in html and "Link as about" in html
    assert [link.company.name for link in response.context["unmentioned_links"]] == ["Sberbank"]
    assert "no longer named in the text" in html
    assert "Suggested deals" in html and "$184m" in html and "Create deal" in html


def test_accepting_one_company_links_it_with_its_role(editor_client, editor, story):
    ant = Company.objects.get(slug="ant-financial")
    response = editor_client.post(accept_url(story), {"company": ant.pk})
    assert response.status_code == 302
    assert story.company_links.get(company=ant).role == "about"
    assert story.company_links.count() == 2
    assert LogEntry.objects.filter(user=editor, object_id=str(story.pk)).exists()


def test_accept_all_links_every_suggestion_and_keeps_editor_links(editor_client, story):
    editor_client.post(accept_url(story), {"all": "1"})
    assert dict(story.company_links.values_list("company__slug", "role")) == {
        "ant-financial": "about",
        "tmb": "mentions",
        "alibaba": "mentions",
        "sberbank": "mentions",
    }


def test_a_writer_can_accept_companies_on_a_draft(writer_client, story):
    writer_client.post(accept_url(story), {"all": "1"})
    assert story.company_links.count() == 4


def test_a_writer_cannot_accept_on_a_live_story(writer_client, story):
    story.status = "published"
    story.save()
    assert writer_client.post(accept_url(story), {"all": "1"}).status_code == 403
    assert story.company_links.count() == 1


def test_a_writer_cannot_create_deals(writer_client, story):
    fingerprint = writer_client.get(change_url(story)).context["suggested_deals"][0]["fingerprint"]
    assert writer_client.post(deal_url(story), {"fingerprint": fingerprint}).status_code == 403
    assert not Deal.objects.exists()


def test_creating_a_deal_fills_it_in_and_links_the_story(editor_client, editor, story):
    fingerprint = editor_client.get(change_url(story)).context["suggested_deals"][0]["fingerprint"]
    response = editor_client.post(deal_url(story), {"fingerprint": fingerprint})
    deal = Deal.objects.get()
    assert response["Location"] == reverse("admin:deals_deal_change", args=[deal.pk])
    assert (deal.kind, deal.status, deal.value, deal.currency, deal.stake_percent) == (
        "investment", "announced", 184_000_000, "USD", 45,
    )  # fmt: skip
    assert deal.name == "Ant Financial investment in Telenor Microfinance Bank"
    assert dict(deal.parties.values_list("company__slug", "role")) == {
        "ant-financial": "investor",
        "tmb": "investee",
    }
    assert list(story.deals.all()) == [deal]
    assert deal.events.get().article == story
    assert DealSuggestion.objects.get().state == "accepted"
    assert LogEntry.objects.filter(
        user=editor, action_flag=ADDITION, object_id=str(deal.pk)
    ).exists()
    # Once created, the suggestion leaves the panel.
    assert editor_client.get(change_url(story)).context["suggested_deals"] == []


def test_a_stale_deal_suggestion_creates_nothing(editor_client, story):
    response = editor_client.post(deal_url(story), {"fingerprint": "investment|nope"}, follow=True)
    assert "no longer matches" in response.content.decode()
    assert not Deal.objects.exists()


@pytest.mark.parametrize("data", [{}, {"company": "abc"}])
def test_bad_accept_requests_are_400(editor_client, story, data):
    assert editor_client.post(accept_url(story), data).status_code == 400


def test_a_deal_request_without_a_fingerprint_is_400(editor_client, story):
    assert editor_client.post(deal_url(story), {}).status_code == 400


def test_accepting_needs_post(editor_client, story):
    assert editor_client.get(accept_url(story)).status_code == 405


def test_accepting_is_csrf_protected(editor, story):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(accept_url(story), {"all": "1"}).status_code == 403
    assert story.company_links.count() == 1


def test_anonymous_users_cannot_accept(client, story):
    response = client.post(accept_url(story), {"all": "1"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert story.company_links.count() == 1


def test_an_unknown_story_is_a_404(editor_client, story):
    assert (
        editor_client.post(
            accept_url(story).replace(str(story.pk), "999999"), {"all": "1"}
        ).status_code
        == 404
    )


def test_recorded_suggestions_become_deals_from_the_review_list(editor_client, story):
    from django.core.management import call_command

    call_command("link_companies", story.slug, "--apply", verbosity=0)
    suggestion = DealSuggestion.objects.get()
    editor_client.post(
        reverse("admin:articles_dealsuggestion_changelist"),
        {"action": "create_deals", "_selected_action": [suggestion.pk]},
    )
    suggestion.refresh_from_db()
    assert suggestion.state == "accepted" and suggestion.deal.kind == "investment"
