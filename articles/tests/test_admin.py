"""The editors' admin: roles, publishing, previews and the audit trail."""

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.urls import reverse

from articles.models import Article
from companies.models import Company

from . import factories

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")
ADD = reverse("admin:articles_article_add")


def _form(**overrides) -> dict:
    """A complete POST for the article change form, with empty inlines."""
    return factories.story_form(**{"tags": "e-commerce", **overrides})


def _change_url(article: Article) -> str:
    return reverse("admin:articles_article_change", args=[article.pk])


def test_writer_can_create_a_draft_and_is_recorded_as_its_author(writer_client, writer):
    response = writer_client.post(ADD, _form())
    assert response.status_code == 302
    story = Article.objects.get(slug="alibaba-nears-deal")
    assert story.status == Article.Status.DRAFT
    assert story.created_by == writer and story.updated_by == writer
    assert LogEntry.objects.filter(
        user=writer, action_flag=ADDITION, object_id=str(story.pk)
    ).exists()


def test_writer_cannot_publish_through_the_form(writer_client):
    response = writer_client.post(ADD, _form(status="published"))
    assert response.status_code == 200
    assert "an editor publishes it" in response.content.decode()
    assert not Article.objects.exists()


def test_writer_cannot_publish_an_existing_draft_with_a_forged_post(writer_client):
    story = factories.draft("Alibaba nears deal")
    response = writer_client.post(_change_url(story), _form(status="published"))
    assert response.status_code == 200
    story.refresh_from_db()
    assert story.status == Article.Status.DRAFT


def test_writer_cannot_publish_with_the_bulk_action(writer_client):
    story = factories.draft()
    response = writer_client.post(
        CHANGELIST, {"action": "publish", "_selected_action": [story.pk]}, follow=True
    )
    assert response.status_code == 200
    story.refresh_from_db()
    assert story.status == Article.Status.DRAFT


def test_writer_is_not_offered_the_publish_actions(writer_client):
    factories.draft()
    form = writer_client.get(CHANGELIST).context["action_form"]
    actions = dict(form.fields["action"].choices) if form else {}
    assert "publish" not in actions and "unpublish" not in actions


def test_writer_cannot_change_a_live_story(writer_client):
    story = factories.article("Alibaba nears deal")
    response = writer_client.post(_change_url(story), _form(status="draft", headline="Rewritten"))
    assert response.status_code == 403
    story.refresh_from_db()
    assert story.headline == "Alibaba nears deal" and story.is_published()


def test_editor_publishes_through_the_form_and_it_is_logged(editor_client, editor):
    story = factories.draft("Alibaba nears deal")
    response = editor_client.post(_change_url(story), _form(status="published"))
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.is_published()
    assert story.updated_by == editor
    messages = LogEntry.objects.filter(user=editor, object_id=str(story.pk), action_flag=CHANGE)
    assert "Published" in [entry.change_message for entry in messages]


def test_editor_publishes_and_unpublishes_in_bulk_with_log_entries(editor_client, editor):
    stories = [factories.draft(), factories.draft()]
    ids = [s.pk for s in stories]
    editor_client.post(CHANGELIST, {"action": "publish", "_selected_action": ids})
    assert Article.objects.published().count() == 2
    editor_client.post(CHANGELIST, {"action": "unpublish", "_selected_action": ids})
    assert Article.objects.published().count() == 0
    logged = LogEntry.objects.filter(user=editor, action_flag=CHANGE).values_list(
        "change_message", flat=True
    )
    assert sorted(logged) == ["Published", "Published", "Unpublished", "Unpublished"]


def test_editor_delete_is_logged(editor_client, editor):
    story = factories.draft()
    url = reverse("admin:articles_article_delete", args=[story.pk])
    editor_client.post(url, {"post": "yes"})
    assert not Article.objects.exists()
    assert LogEntry.objects.filter(user=editor, object_id=str(story.pk), action_flag=3).exists()


def test_scheduled_story_shows_as_scheduled_in_the_list(editor_client):
    factories.scheduled("Later")
    assert "Scheduled" in editor_client.get(CHANGELIST).content.decode()


@pytest.mark.parametrize(
    "url",
    [
        CHANGELIST,
        CHANGELIST + "?status__exact=draft",
        CHANGELIST + "?q=alibaba",
        ADD,
        reverse("admin:companies_company_changelist") + "?q=alibaba",
        reverse("admin:companies_company_add"),
        reverse("admin:deals_deal_changelist") + "?status__exact=in_talks",
        reverse("admin:deals_deal_add"),
        reverse("admin:articles_author_changelist"),
    ],
)
def test_admin_pages_open_for_editors(editor_client, url):
    company = factories.company("Alibaba")
    story = factories.article("Alibaba story", companies=[company], byline=factories.author())
    story.tags.add("e-commerce")
    assert editor_client.get(url).status_code == 200


def test_article_list_filters_by_tag_and_company(editor_client):
    company = factories.company("Alibaba")
    tagged = factories.article("Tagged", companies=[company])
    tagged.tags.add("e-commerce")
    factories.article("Untagged")
    by_tag = editor_client.get(CHANGELIST, {"tags__id__exact": tagged.tags.get().pk})
    by_company = editor_client.get(CHANGELIST, {"companies__id__exact": company.pk})
    assert list(by_tag.context["cl"].result_list) == [tagged]
    assert list(by_company.context["cl"].result_list) == [tagged]


def test_company_search_finds_aliases(editor_client):
    company = factories.company("Mail.ru Group")
    company.aliases.create(name="Мэйл.ру")
    response = editor_client.get(reverse("admin:companies_company_changelist"), {"q": "Мэйл"})
    assert list(response.context["cl"].result_list) == [company]


def test_view_on_site_previews_a_draft_for_its_editor(editor_client):
    story = factories.draft("Preview me")
    shortcut = editor_client.get(_change_url(story)).context["original"].get_absolute_url()
    response = editor_client.get(shortcut)
    assert response.status_code == 200
    assert "Preview" in response.content.decode()


def test_anonymous_users_are_sent_to_the_login_page(client, db):
    response = client.get(CHANGELIST)
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def _company_form(name: str, aliases: list[str]) -> dict:
    """A complete POST for the company add form."""
    data = {
        "name": name,
        "slug": name.lower().replace(" ", "-"),
        "aliases-TOTAL_FORMS": str(len(aliases)),
        "aliases-INITIAL_FORMS": "0",
        "parent_relations-TOTAL_FORMS": "0",
        "parent_relations-INITIAL_FORMS": "0",
        "child_relations-TOTAL_FORMS": "0",
        "child_relations-INITIAL_FORMS": "0",
    }
    data.update({f"aliases-{n}-name": alias for n, alias in enumerate(aliases)})
    return data


def test_two_new_aliases_that_normalise_alike_are_refused_not_a_500(editor_client):
    url = reverse("admin:companies_company_add")
    response = editor_client.post(url, _company_form("Alibaba Group", ["Alibaba", "ALIBABA"]))
    assert response.status_code == 200
    assert "are the same alias" in response.content.decode()
    assert not Company.objects.exists()


def test_an_alias_naming_another_company_is_refused_in_the_admin(editor_client):
    factories.company("Tencent")
    url = reverse("admin:companies_company_add")
    response = editor_client.post(url, _company_form("Other", ["tencent"]))
    assert response.status_code == 200
    assert "already names Tencent" in response.content.decode()
