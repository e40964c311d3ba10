"""Every input of the admin's forms has a name a screen reader can announce: the story
form's date and time boxes, and each cell of a tabular inline ("Company, row 2"). The
select2 autocompletes are named in the browser (static/admin/js/select2-names.js); that
and the whole forms are checked by axe in browser_tests/test_accessibility.py."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains

from articles.models import Correction

from . import factories

pytestmark = pytest.mark.django_db

ADD = reverse("admin:articles_article_add")


def _label(for_id: str, text: str) -> str:
    return f'<label class="visually-hidden" for="{for_id}">{text}</label>'


def test_the_publication_date_and_time_boxes_are_named(editor_client):
    response = editor_client.get(ADD)
    assertContains(response, 'aria-label="Publication date"')
    assertContains(response, 'aria-label="Publication time"')


def test_the_embargo_date_and_time_boxes_are_named(editor_client):
    response = editor_client.get(ADD)
    assertContains(response, 'aria-label="Embargo date"')
    assertContains(response, 'aria-label="Embargo time"')


def test_each_cell_of_a_saved_inline_row_is_labelled_by_its_column_and_row(editor_client):
    story = factories.article(byline=factories.author(), companies=[factories.company()])
    response = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assertContains(response, _label("id_bylines-0-author", "Author, row 1"), html=True)
    assertContains(response, _label("id_bylines-0-location", "Location, row 1"), html=True)
    assertContains(response, _label("id_company_links-0-role", "Role, row 1"), html=True)


def test_a_saved_rows_delete_box_is_labelled(editor_client):
    story = factories.article(byline=factories.author())
    response = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assertContains(response, _label("id_bylines-0-DELETE", "Delete, row 1"), html=True)


def test_the_rows_are_numbered_from_one(editor_client):
    story = factories.article(companies=[factories.company(), factories.company()])
    response = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assertContains(response, _label("id_company_links-1-company", "Company, row 2"), html=True)


def test_the_template_row_for_added_rows_is_labelled_as_a_new_row(editor_client):
    response = editor_client.get(ADD)
    assertContains(
        response, _label("id_company_links-__prefix__-company", "Company, new row"), html=True
    )


def test_a_split_date_and_time_in_an_inline_row_gets_a_label_for_each_box(editor_client):
    story = factories.article()
    Correction.objects.create(article=story, text="The stake is 45%, not 54%.")
    response = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assertContains(
        response, _label("id_corrections-0-noted_at_0", "Noted at, row 1, date"), html=True
    )
    assertContains(
        response, _label("id_corrections-0-noted_at_1", "Noted at, row 1, time"), html=True
    )


def test_the_company_forms_alias_rows_are_labelled(editor_client):
    company = factories.company("Alibaba Group")
    company.aliases.create(name="Alibaba")
    response = editor_client.get(reverse("admin:companies_company_change", args=[company.pk]))
    assertContains(response, _label("id_aliases-0-name", "Name, row 1"), html=True)


def test_the_deal_forms_party_rows_are_labelled(editor_client):
    deal = factories.deal(parties=[(factories.company(), "investor")])
    response = editor_client.get(reverse("admin:deals_deal_change", args=[deal.pk]))
    assertContains(response, _label("id_parties-0-role", "Role, row 1"), html=True)


def test_a_read_only_cell_has_no_label(editor_client):
    """A read-only value is text, not an input: a label would point at nothing."""
    story = factories.article()
    Correction.objects.create(article=story, text="The stake is 45%, not 54%.")
    response = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assert 'for="id_corrections-0-revision_link"' not in response.content.decode()


def test_every_admin_page_loads_the_select2_names_and_the_accessibility_styles(editor_client):
    response = editor_client.get(reverse("admin:index"))
    assertContains(response, "admin/js/select2-names.js")
    assertContains(response, "admin/css/newsroom-a11y.css")
