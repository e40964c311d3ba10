"""One-click actions from suggestions on unsaved text: the panel's buttons (which need
the script, and say so without it), an editor's "Create deal" before the first save
(permission, CSRF, the text read again), and what the form keeps for the save: a writer's
proposal (who and when), a deal created from the text, a deal on file; the editor's view
of a proposal and the activity log of both."""

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.test import Client
from django.urls import reverse

from articles.models import Article, DealEvent, DealSuggestion
from companies.models import Company
from deals.models import Deal, DealParty

from . import factories

pytestmark = pytest.mark.django_db

SUGGEST = reverse("admin:articles_article_suggest")
CREATE = reverse("admin:articles_article_suggest_create_deal")
ADD = reverse("admin:articles_article_add")
REVIEW = reverse("admin:articles_dealsuggestion_changelist")

BODY = (
    "Ant Financial said it would invest $184m for a 45 per cent stake in Telenor Microfinance "
    "Bank. Alibaba welcomed the deal."
)
TEXT = {"headline": "Ant Financial buys into Pakistani bank", "body": BODY}


@pytest.fixture
def companies():
    for name, slug in [
        ("Ant Financial", "ant-financial"),
        ("Telenor Microfinance Bank", "tmb"),
        ("Alibaba Group", "alibaba"),
    ]:
        factories.company(name, slug=slug)
    Company.objects.get(slug="alibaba").aliases.create(name="Alibaba")


def fingerprint(client) -> str:
    return client.post(SUGGEST, TEXT).context["suggested_deals"][0]["fingerprint"]


def form(**overrides) -> dict:
    return factories.story_form(
        **{"headline": TEXT["headline"], "slug": "ant-financial-buys", "body": BODY, **overrides}
    )


# --- the panel on unsaved text -----------------------------------------------------------


def test_the_unsaved_panel_offers_link_buttons_for_companies(writer_client, companies):
    html = writer_client.post(SUGGEST, TEXT).content.decode()
    assert 'data-action="link-company"' in html
    assert 'aria-label="Link Telenor Microfinance Bank as ' in html


def test_a_writer_is_offered_propose_on_unsaved_text(writer_client, companies):
    html = writer_client.post(SUGGEST, TEXT).content.decode()
    assert 'data-action="propose"' in html and 'data-action="create-deal"' not in html
    assert "Only editors create deals" in html


def test_an_editor_is_offered_create_deal_on_unsaved_text(editor_client, companies):
    html = editor_client.post(SUGGEST, TEXT).content.decode()
    assert 'data-action="create-deal"' in html and 'data-action="propose"' not in html


def test_without_the_script_the_buttons_are_hidden_and_the_panel_says_save_first(
    writer_client, companies
):
    html = writer_client.post(SUGGEST, TEXT).content.decode()
    assert '<button type="button" class="button" hidden data-action="propose"' in html
    assert "Save the story first." in html and "data-without-script" in html


def test_a_deal_already_selected_in_the_form_is_not_offered_again(editor_client, companies):
    deal = Deal.objects.create(
        name="Ant stake", slug="ant-stake", kind="investment", status="announced"
    )
    DealParty.objects.create(deal=deal, company=Company.objects.get(slug="ant-financial"))
    DealParty.objects.create(deal=deal, company=Company.objects.get(slug="tmb"))
    offered = editor_client.post(SUGGEST, {**TEXT, "_deals_sent": "1"}).context
    assert offered["suggested_deals"][0]["live_action"] == "link"
    chosen = editor_client.post(SUGGEST, {**TEXT, "_deals_sent": "1", "deals": [deal.pk]})
    assert chosen.context["suggested_deals"] == []


# --- Create deal before the first save ----------------------------------------------------


def test_an_editor_creates_a_suggested_deal_from_unsaved_text(editor_client, companies):
    answer = editor_client.post(CREATE, {**TEXT, "fingerprint": fingerprint(editor_client)})
    deal = Deal.objects.get()
    assert answer.json() == {
        "id": deal.pk,
        "name": deal.name,
        "url": reverse("admin:deals_deal_change", args=[deal.pk]),
        "fingerprint": fingerprint(editor_client),
    }
    assert sorted(deal.parties.values_list("company__slug", "role")) == [
        ("ant-financial", "investor"), ("tmb", "investee"),
    ]  # fmt: skip
    assert (deal.value, deal.currency) == (184_000_000, "USD")
    assert not Article.objects.exists()


def test_a_deal_created_from_unsaved_text_is_not_public(editor_client, companies):
    editor_client.post(CREATE, {**TEXT, "fingerprint": fingerprint(editor_client)})
    assert not Deal.objects.public().exists()


def test_creating_from_unsaved_text_is_logged_as_an_addition(editor_client, editor, companies):
    editor_client.post(CREATE, {**TEXT, "fingerprint": fingerprint(editor_client)})
    entry = LogEntry.objects.get()
    assert (entry.user, entry.action_flag) == (editor, ADDITION)
    assert entry.change_message == (
        "Created from a suggestion in “Ant Financial buys into Pakistani bank” (unsaved)"
    )


def test_a_writer_cannot_create_a_deal_from_unsaved_text(writer_client, companies):
    response = writer_client.post(CREATE, {**TEXT, "fingerprint": fingerprint(writer_client)})
    assert response.status_code == 403 and not Deal.objects.exists()


def test_creating_from_unsaved_text_is_csrf_protected(editor, companies):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(CREATE, {**TEXT, "fingerprint": "x"}).status_code == 403


def test_creating_from_unsaved_text_needs_post(editor_client):
    assert editor_client.get(CREATE).status_code == 405


def test_a_fingerprint_the_text_does_not_suggest_creates_nothing(editor_client, companies):
    response = editor_client.post(CREATE, {**TEXT, "fingerprint": "investment|forged"})
    assert response.status_code == 409 and "no longer matches" in response.json()["error"]
    assert not Deal.objects.exists()


def test_create_without_a_fingerprint_is_a_400(editor_client, companies):
    assert editor_client.post(CREATE, TEXT).status_code == 400


# --- what the form keeps for the save ---------------------------------------------------


def test_saving_attaches_a_writers_proposal_with_who_and_when(writer_client, writer, companies):
    writer_client.post(ADD, form(_propose_deal=fingerprint(writer_client)))
    story = Article.objects.get()
    suggestion = DealSuggestion.objects.get()
    assert (suggestion.article, suggestion.state) == (story, DealSuggestion.State.PROPOSED)
    assert suggestion.proposed_by == writer and suggestion.proposed_at is not None
    assert not Deal.objects.exists()


def test_a_proposal_on_save_is_in_the_activity_log(writer_client, writer, companies):
    writer_client.post(ADD, form(_propose_deal=fingerprint(writer_client)))
    story = Article.objects.get()
    assert LogEntry.objects.filter(
        user=writer,
        object_id=str(story.pk),
        action_flag=CHANGE,
        change_message__startswith="Proposed the deal “Investment: Ant Financial",
    ).exists()


def test_a_proposal_the_saved_text_does_not_suggest_is_ignored(writer_client, companies):
    response = writer_client.post(ADD, form(_propose_deal="investment|forged"))
    assert response.status_code == 302
    assert not DealSuggestion.objects.exists()


def test_a_proposal_survives_a_validation_error(writer_client, companies):
    factories.draft("Taken", slug="ant-financial-buys")
    response = writer_client.post(ADD, form(_propose_deal=fingerprint(writer_client)))
    html = response.content.decode()
    assert response.status_code == 200 and "already has the address" in html
    assert '<input type="hidden" name="_propose_deal" value="investment|' in html
    assert "Proposed: sent to the editors when you save the story." in html


def test_saving_ties_a_created_deal_and_its_first_step_to_the_story(editor_client, companies):
    made = editor_client.post(CREATE, {**TEXT, "fingerprint": fingerprint(editor_client)}).json()
    editor_client.post(
        ADD, form(deals=[made["id"]], _created_deal=f"{made['id']}:{made['fingerprint']}")
    )
    story = Article.objects.get()
    deal = Deal.objects.get()
    assert list(story.deals.all()) == [deal]
    assert list(DealEvent.objects.values_list("article", flat=True)) == [story.pk]
    suggestion = DealSuggestion.objects.get()
    assert (suggestion.state, suggestion.deal) == (DealSuggestion.State.ACCEPTED, deal)


def test_a_created_deal_on_save_is_in_the_activity_log(editor_client, editor, companies):
    made = editor_client.post(CREATE, {**TEXT, "fingerprint": fingerprint(editor_client)}).json()
    editor_client.post(
        ADD, form(deals=[made["id"]], _created_deal=f"{made['id']}:{made['fingerprint']}")
    )
    story = Article.objects.get()
    assert LogEntry.objects.filter(
        user=editor, object_id=str(story.pk), change_message__startswith="Linked deal “"
    ).exists()


def test_a_created_deal_left_out_of_the_form_is_not_linked(editor_client, companies):
    made = editor_client.post(CREATE, {**TEXT, "fingerprint": fingerprint(editor_client)}).json()
    editor_client.post(ADD, form(_created_deal=f"{made['id']}:{made['fingerprint']}"))
    assert not Article.objects.get().deals.exists()
    assert DealEvent.objects.get().article is None


def test_a_writer_cannot_attach_a_created_deal(writer_client, companies):
    deal = Deal.objects.create(name="Ant stake", slug="ant-stake", kind="investment")
    DealEvent.objects.create(deal=deal, date="2026-01-01", status=deal.status)
    writer_client.post(ADD, form(_created_deal=f"{deal.pk}:{fingerprint(writer_client)}"))
    assert DealEvent.objects.get().article is None and not DealSuggestion.objects.exists()


def test_saving_links_a_deal_on_file_and_records_the_step(editor_client, companies):
    deal = Deal.objects.create(
        name="Ant stake", slug="ant-stake", kind="investment", status="in_talks"
    )
    DealParty.objects.create(deal=deal, company=Company.objects.get(slug="ant-financial"))
    DealParty.objects.create(deal=deal, company=Company.objects.get(slug="tmb"))
    reported = fingerprint(editor_client)
    editor_client.post(ADD, form(deals=[deal.pk], _on_file_deal=f"{deal.pk}:{reported}"))
    story = Article.objects.get()
    deal.refresh_from_db()
    assert deal.status == "announced"
    assert DealEvent.objects.get(deal=deal, status="announced").article == story


# --- the editor's review of a proposal ---------------------------------------------------


@pytest.fixture
def proposed(client, writer, editor, companies):
    client.force_login(writer)
    client.post(ADD, form(_propose_deal=fingerprint(client)))
    client.force_login(editor)
    return DealSuggestion.objects.get()


def test_the_editor_sees_who_proposed_the_deal_on_the_story(client, proposed):
    change = reverse("admin:articles_article_change", args=[proposed.article.pk])
    html = client.get(change).content.decode()
    assert "Proposed by writer-user, " in html


def test_the_review_list_shows_who_proposed_and_when(client, proposed):
    html = client.get(REVIEW, {"state__exact": "proposed"}).content.decode()
    assert "Proposed by writer-user, " in html


def test_accepting_a_proposal_logs_who_proposed_it(client, editor, proposed):
    client.post(
        reverse("admin:articles_article_create_deal", args=[proposed.article.pk]),
        {"fingerprint": proposed.fingerprint},
    )
    entry = LogEntry.objects.get(user=editor, change_message__startswith="Accepted")
    assert entry.object_id == str(proposed.article.pk)
    assert entry.change_message.startswith("Accepted the deal “Ant Financial investment in")
    assert entry.change_message.endswith("proposed by writer-user (created)")


def test_accepting_from_the_review_list_logs_it_on_the_story(client, editor, proposed):
    client.post(REVIEW, {"action": "create_deals", "_selected_action": [proposed.pk]})
    assert LogEntry.objects.filter(
        user=editor,
        object_id=str(proposed.article.pk),
        change_message__startswith="Accepted the deal",
    ).exists()


def test_the_activity_log_filters_accepted_proposals(client, proposed):
    client.post(REVIEW, {"action": "create_deals", "_selected_action": [proposed.pk]})
    log = client.get(reverse("admin:admin_logentry_changelist"), {"action": "accepted"})
    assert [e.change_message[:17] for e in log.context["cl"].result_list] == ["Accepted the deal"]


def test_a_created_deal_survives_a_validation_error(editor_client, companies):
    made = editor_client.post(CREATE, {**TEXT, "fingerprint": fingerprint(editor_client)}).json()
    factories.draft("Taken", slug="ant-financial-buys")
    kept = f"{made['id']}:{made['fingerprint']}"
    response = editor_client.post(ADD, form(deals=[made["id"]], _created_deal=kept))
    html = response.content.decode()
    assert f'<input type="hidden" name="_created_deal" value="{kept}">' in html
    assert response.context["suggested_deals"] == []  # selected in the form: not offered
