"""Revisions: every save recorded with who, when and why; compare and restore, each only
with the right to change that object."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from articles.models import Article
from companies.models import Company

from . import factories
from .test_locking import _form_data

pytestmark = pytest.mark.django_db


def _edit(client, story, **changes):
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = _form_data(client.get(url))
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


@pytest.fixture
def story(editor_client):
    draft = factories.draft("Alibaba nears deal", body="Alibaba is in talks with Mail.ru.")
    _edit(editor_client, draft, body="Alibaba is in advanced talks with Mail.ru and RDIF.")
    _edit(editor_client, draft, headline="Alibaba agrees Russian joint venture")
    return draft


def test_every_admin_save_records_a_revision_with_who_and_when(story, editor):
    versions = Version.objects.get_for_object(story)
    assert versions.count() == 2
    assert {v.revision.user for v in versions} == {editor}


def test_two_revisions_compare_with_word_level_differences(editor_client, story):
    newer, older = Version.objects.get_for_object(story)[:2]
    url = reverse("admin:articles_article_compare", args=[story.pk])
    response = editor_client.get(url, {"from": older.pk, "to": newer.pk})
    assert response.status_code == 200
    page = response.content.decode()
    assert "<ins>agrees Russian joint venture</ins>" in page or "<ins>agrees" in page
    assert "<del>" in page


def test_the_history_page_offers_the_compare_form(editor_client, story):
    url = reverse("admin:articles_article_history", args=[story.pk])
    page = editor_client.get(url).content.decode()
    assert 'action="compare/"' in page


def test_restoring_a_revision_makes_a_new_revision(editor_client, story):
    oldest = Version.objects.get_for_object(story).last()
    url = reverse("admin:articles_article_revision", args=[story.pk, oldest.pk])
    data = _form_data(editor_client.get(url))
    assert editor_client.post(url, data).status_code == 302
    story.refresh_from_db()
    assert story.headline == "Alibaba nears deal"
    assert Version.objects.get_for_object(story).count() == 3
    # The restore is an ordinary save: the version moves on, it never goes back.
    assert story.version >= 3


def test_a_writer_sees_revisions_of_their_own_drafts_only(writer, story):
    client = Client()
    client.force_login(writer)
    newer, older = Version.objects.get_for_object(story)[:2]
    urls = [
        reverse("admin:articles_article_history", args=[story.pk]),
        reverse("admin:articles_article_compare", args=[story.pk])
        + f"?from={older.pk}&to={newer.pk}",
        reverse("admin:articles_article_revision", args=[story.pk, older.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 403, url
    Article.objects.filter(pk=story.pk).update(created_by=writer)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_no_revision_page_without_the_change_permission(writer, editor_client):
    company = factories.company("Ozon")
    url = reverse("admin:companies_company_change", args=[company.pk])
    data = _form_data(editor_client.get(url))
    data["description"] = "Russian marketplace."
    assert editor_client.post(url, data).status_code == 302
    version = Version.objects.get_for_object(company).first()
    client = Client()
    client.force_login(writer)  # may view companies, not change them
    for url in (
        reverse("admin:companies_company_history", args=[company.pk]),
        reverse("admin:companies_company_compare", args=[company.pk])
        + f"?from={version.pk}&to={version.pk}",
        reverse("admin:companies_company_revision", args=[company.pk, version.pk]),
    ):
        assert client.get(url).status_code == 403, url


def test_a_compare_of_another_object_s_revisions_is_a_404(editor_client, story):
    other = factories.draft("Other")
    version = Version.objects.get_for_object(story).first()
    url = reverse("admin:articles_article_compare", args=[other.pk])
    assert editor_client.get(url, {"from": version.pk, "to": version.pk}).status_code == 404


def test_importers_record_revisions_with_a_comment(tmp_path: Path):
    (tmp_path / "companies.csv").write_text("name,sector\nWildberries,E-commerce\n")
    call_command("import_companies", str(tmp_path / "companies.csv"), verbosity=0)
    company = Company.objects.get(name="Wildberries")
    (revision,) = [v.revision for v in Version.objects.get_for_object(company)]
    assert "companies.csv" in revision.get_comment()
    (tmp_path / "story.md").write_text("---\ntitle: Imported story\n---\nBody.\n")
    call_command("import_articles", str(tmp_path / "story.md"), verbosity=0)
    story = Article.objects.get(headline="Imported story")
    assert "story.md" in Version.objects.get_for_object(story).get().revision.get_comment()
