"""Suggestions while writing: the endpoint that reads the text as typed (permission, CSRF,
unsaved text), "Save and suggest", the panels after a validation error, the address as
you type, and a writer's proposal of a deal that an editor creates in one click."""

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.urls import reverse

from articles.models import Article, DealSuggestion
from companies.models import Company
from deals.models import Deal

from . import factories

pytestmark = pytest.mark.django_db

SUGGEST = reverse("admin:articles_article_suggest")
SLUG = reverse("admin:articles_article_slug")
ADD = reverse("admin:articles_article_add")

BODY = (
    "Ant Financial said it would invest $184m for a 45 per cent stake in Telenor Microfinance "
    "Bank. Alibaba welcomed the deal."
)


@pytest.fixture
def companies():
    for name, slug in [
        ("Ant Financial", "ant-financial"),
        ("Telenor Microfinance Bank", "tmb"),
        ("Alibaba Group", "alibaba"),
    ]:
        factories.company(name, slug=slug)
    Company.objects.get(slug="alibaba").aliases.create(name="Alibaba")


def text(**overrides) -> dict:
    return {"headline": "Ant Financial buys into Pakistani bank", "body": BODY, **overrides}


def form(**overrides) -> dict:
    return factories.story_form(
        **{
            "headline": "Ant Financial buys into Pakistani bank",
            "slug": "ant-financial-buys",
            "body": BODY,
            **overrides,
        }
    )


def change_url(article: Article) -> str:
    return reverse("admin:articles_article_change", args=[article.pk])


# --- the endpoint ---------------------------------------------------------------------------


def test_the_endpoint_reads_unsaved_text_and_returns_the_panels(writer_client, companies):
    response = writer_client.post(SUGGEST, text())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Suggested companies" in html and "Telenor Microfinance Bank" in html
    assert "Suggested deals" in html and "$184m" in html
    assert "not yet saved" in html
    assert not Article.objects.exists() and not DealSuggestion.objects.exists()


def test_the_endpoint_answers_json_when_asked(editor_client, companies):
    response = editor_client.post(SUGGEST, text(), HTTP_ACCEPT="application/json")
    found = response.json()
    assert [c["name"] for c in found["companies"]] == [
        "Ant Financial", "Telenor Microfinance Bank", "Alibaba Group",
    ]  # fmt: skip
    assert found["deals"][0]["kind"] == "investment"
    assert found["deals"][0]["parties"] == ["ant-financial", "tmb"]


def test_the_endpoint_reads_the_text_as_typed_not_as_saved(editor_client, companies):
    story = factories.draft("Quiet story", body="Nothing to see.")
    response = editor_client.post(SUGGEST, text(object_id=story.pk))
    assert "Telenor Microfinance Bank" in response.content.decode()


def test_companies_already_linked_in_the_form_are_not_suggested(editor_client, companies):
    ant = Company.objects.get(slug="ant-financial")
    data = text(**{"company_links-0-company": str(ant.pk)})
    names = [c["name"] for c in editor_client.post(
        SUGGEST, data, HTTP_ACCEPT="application/json"
    ).json()["companies"]]  # fmt: skip
    assert "Ant Financial" not in names and "Alibaba Group" in names


def test_nothing_named_says_so(writer_client, companies):
    html = writer_client.post(SUGGEST, text(headline="Markets", body="A quiet day.")).content
    assert b"No company or deal named yet" in html


def test_an_empty_text_is_a_400(writer_client):
    assert writer_client.post(SUGGEST, {"headline": " ", "body": ""}).status_code == 400


def test_the_endpoint_needs_post(writer_client):
    assert writer_client.get(SUGGEST).status_code == 405


def test_the_endpoint_is_csrf_protected(writer, companies):
    client = Client(enforce_csrf_checks=True)
    client.force_login(writer)
    assert client.post(SUGGEST, text()).status_code == 403


def test_the_endpoint_accepts_the_forms_csrf_token(writer, companies):
    client = Client(enforce_csrf_checks=True)
    client.force_login(writer)
    token = client.get(ADD).context["csrf_token"]
    response = client.post(SUGGEST, text(), HTTP_X_CSRFTOKEN=str(token))
    assert response.status_code == 200


def test_anonymous_users_are_sent_to_log_in(client, companies):
    response = client.post(SUGGEST, text())
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_without_story_rights_are_refused(client, companies):
    client.force_login(factories.staff_user("clerk"))
    assert client.post(SUGGEST, text()).status_code == 403


def test_an_unknown_story_is_a_404(editor_client, companies):
    assert editor_client.post(SUGGEST, text(object_id="999999")).status_code == 404


def test_the_endpoint_costs_a_bounded_number_of_queries(
    editor_client, companies, django_assert_max_num_queries
):
    editor_client.post(SUGGEST, text())  # builds the matcher once
    with django_assert_max_num_queries(8):
        editor_client.post(SUGGEST, text())


# --- the story form ---------------------------------------------------------------------------


def test_the_add_page_offers_both_ways_to_suggest(writer_client):
    html = writer_client.get(ADD).content.decode()
    assert "Suggest companies and deals" in html and 'name="_suggest"' in html
    assert "admin/js/suggest.js" in html
    assert f'data-suggest-url="{SUGGEST}"' in html


def test_save_and_suggest_saves_and_opens_the_panels(writer_client, companies):
    response = writer_client.post(ADD, form(_suggest="1"))
    story = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{change_url(story)}#suggestions"
    page = writer_client.get(change_url(story)).content.decode()
    assert "Suggested companies" in page and "Telenor Microfinance Bank" in page


def test_the_panels_survive_a_validation_error_on_the_add_page(writer_client, companies):
    response = writer_client.post(ADD, form(status="published"))  # a writer cannot publish
    assert response.status_code == 200
    html = response.content.decode()
    assert "an editor publishes it" in html
    assert "Suggested companies" in html and "Telenor Microfinance Bank" in html
    assert [m.name for m in response.context["suggested_companies"]][0] == "Ant Financial"


def test_the_panels_follow_the_posted_text_after_an_error_on_the_change_page(
    editor_client, companies
):
    story = factories.draft("Quiet story", slug="quiet-story", body="Nothing to see.")
    factories.draft("Taken", slug="taken")
    response = editor_client.post(change_url(story), form(slug="taken"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "already has the address /articles/taken/" in html
    assert "Telenor Microfinance Bank" in html


# --- the address ------------------------------------------------------------------------------


def test_the_address_is_made_short_from_the_headline_when_left_empty(editor_client):
    headline = (
        "Alibaba in advanced talks to form an e-commerce joint venture with Mail.ru and "
        "the Russian Direct Investment Fund"
    )
    editor_client.post(ADD, form(headline=headline, slug=""))
    story = Article.objects.get()
    assert story.slug == "alibaba-in-advanced-talks-to-form-an-e-commerce-joint"


def test_an_address_taken_by_another_story_is_refused_with_a_clear_message(editor_client):
    factories.draft("Ant Financial buys", slug="ant-financial-buys")
    response = editor_client.post(ADD, form())
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["slug"]
    assert errors == [
        "Another story, “Ant Financial buys”, already has the address "
        "/articles/ant-financial-buys/. Choose another one, such as “ant-financial-buys-2”."
    ]


def test_a_story_keeps_its_own_address(editor_client):
    story = factories.draft("Ant Financial buys", slug="ant-financial-buys")
    response = editor_client.post(change_url(story), form())
    assert response.status_code == 302


def test_the_address_is_in_the_main_fieldset(writer_client):
    fieldsets = writer_client.get(ADD).context["adminform"].fieldsets
    assert "slug" in fieldsets[0][1]["fields"]
    assert fieldsets[0][1].get("classes", []) == []


def test_as_you_type_an_empty_address_gets_the_headlines_short_one(writer_client):
    factories.draft("Taken", slug="ant-financial-to-invest-184m")
    answer = writer_client.get(SLUG, {"headline": "Ant Financial to invest $184m in the"}).json()
    assert answer == {"slug": "ant-financial-to-invest-184m-2", "available": True, "message": ""}


def test_as_you_type_a_taken_address_is_flagged(writer_client):
    factories.draft("Ant Financial buys", slug="ant-financial-buys")
    answer = writer_client.get(SLUG, {"slug": "ant-financial-buys"}).json()
    assert answer["available"] is False and "ant-financial-buys-2" in answer["message"]


def test_as_you_type_the_storys_own_address_is_free(writer_client):
    story = factories.draft("Ant Financial buys", slug="ant-financial-buys")
    answer = writer_client.get(SLUG, {"slug": "ant-financial-buys", "object_id": story.pk})
    assert answer.json()["available"] is True


def test_as_you_type_a_malformed_address_is_flagged(writer_client):
    answer = writer_client.get(SLUG, {"slug": "Not a slug!"}).json()
    assert answer["available"] is False and "lower-case" in answer["message"]


def test_the_address_check_needs_story_rights(client):
    client.force_login(factories.staff_user("clerk"))
    assert client.get(SLUG, {"slug": "x"}).status_code == 403


# --- a writer proposes, an editor creates -----------------------------------------------------


@pytest.fixture
def story(companies, writer):
    return factories.draft("Ant Financial buys into Pakistani bank", body=BODY, created_by=writer)


def propose_url(article: Article) -> str:
    return reverse("admin:articles_article_propose_deal", args=[article.pk])


def test_a_writer_is_told_why_there_is_no_create_button(writer_client, story):
    html = writer_client.get(change_url(story)).content.decode()
    assert "Only editors create deals" in html
    assert "Create deal" not in html and "Propose to an editor" in html


def test_a_writer_proposes_a_deal(writer_client, writer, story):
    fingerprint = writer_client.get(change_url(story)).context["suggested_deals"][0]["fingerprint"]
    response = writer_client.post(propose_url(story), {"fingerprint": fingerprint})
    assert response.status_code == 302
    suggestion = DealSuggestion.objects.get()
    assert suggestion.state == DealSuggestion.State.PROPOSED and suggestion.article == story
    assert not Deal.objects.exists()
    assert LogEntry.objects.filter(
        user=writer, object_id=str(story.pk), change_message__startswith="Proposed the deal"
    ).exists()
    assert "waiting for an editor" in writer_client.get(change_url(story)).content.decode()


def test_an_editor_sees_the_proposal_and_creates_the_deal_in_one_click(
    writer_client, editor_client, story
):
    fingerprint = writer_client.get(change_url(story)).context["suggested_deals"][0]["fingerprint"]
    writer_client.post(propose_url(story), {"fingerprint": fingerprint})
    page = editor_client.get(change_url(story))
    assert "Proposed by editor-user, " in page.content.decode()  # one client, two logins
    assert page.context["suggested_deals"][0]["proposed"] is True
    editor_client.post(
        reverse("admin:articles_article_create_deal", args=[story.pk]),
        {"fingerprint": fingerprint},
    )
    suggestion = DealSuggestion.objects.get()
    assert suggestion.state == DealSuggestion.State.ACCEPTED
    assert list(story.deals.all()) == [suggestion.deal]


def test_proposals_are_accepted_from_the_review_list(writer_client, editor_client, story):
    fingerprint = writer_client.get(change_url(story)).context["suggested_deals"][0]["fingerprint"]
    writer_client.post(propose_url(story), {"fingerprint": fingerprint})
    suggestion = DealSuggestion.objects.get()
    editor_client.post(
        reverse("admin:articles_dealsuggestion_changelist"),
        {"action": "create_deals", "_selected_action": [suggestion.pk]},
    )
    suggestion.refresh_from_db()
    assert suggestion.state == DealSuggestion.State.ACCEPTED and suggestion.deal is not None


def test_a_stale_proposal_records_nothing(writer_client, story):
    response = writer_client.post(propose_url(story), {"fingerprint": "investment|x"}, follow=True)
    assert "nothing was proposed" in response.content.decode()
    assert not DealSuggestion.objects.exists()


def test_proposing_needs_a_fingerprint(writer_client, story):
    assert writer_client.post(propose_url(story), {}).status_code == 400


def test_a_writer_cannot_propose_on_a_live_story(writer_client, story):
    story.status = Article.Status.PUBLISHED
    story.save()
    assert writer_client.post(propose_url(story), {"fingerprint": "x"}).status_code == 403


def test_proposing_is_csrf_protected(writer, story):
    client = Client(enforce_csrf_checks=True)
    client.force_login(writer)
    assert client.post(propose_url(story), {"fingerprint": "x"}).status_code == 403
