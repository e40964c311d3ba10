"""The company and story change forms read their inline rows' chosen objects once, whatever
the number of rows (core/admin_autocomplete.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Byline
from articles.tests import factories
from companies.models import CompanyRelation


def _queries(client, url) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


def _with_subsidiaries(name: str, n: int):
    parent = factories.company(name)
    for i in range(n):
        CompanyRelation.objects.create(
            parent=parent,
            child=factories.company(f"{name} Unit {i:02}"),
            kind=CompanyRelation.Kind.SUBSIDIARY,
        )
    return parent


@pytest.mark.django_db
def test_a_company_change_form_costs_the_same_with_one_subsidiary_or_twenty(editor_client):
    small = _with_subsidiaries("Small Group", 1)
    large = _with_subsidiaries("Large Group", 20)
    url = "/admin/companies/company/{}/change/"
    for company in (small, large):  # sessions, content types, presence rows made
        editor_client.get(url.format(company.pk))
    few, _ = _queries(editor_client, url.format(small.pk))
    many, html = _queries(editor_client, url.format(large.pk))
    assert many == few
    # Each row's box still shows its subsidiary, chosen.
    for i in range(20):
        assert f"selected>Large Group Unit {i:02}</option>" in html


@pytest.mark.django_db
def test_a_story_change_form_costs_the_same_with_one_company_and_author_or_eight(editor_client):
    one = factories.article("One of each", companies=[factories.company("Solo Co")])
    eight = factories.article(
        "Eight of each", companies=[factories.company(f"Crowd Co {i}") for i in range(8)]
    )
    for story, n in ((one, 1), (eight, 8)):
        Byline.objects.filter(article=story).delete()
        for i in range(n):
            Byline.objects.create(
                article=story, author=factories.author(f"{story.pk} Writer {i}"), order=i
            )
    url = "/admin/articles/article/{}/change/"
    for story in (one, eight):
        editor_client.get(url.format(story.pk))
    few, _ = _queries(editor_client, url.format(one.pk))
    many, html = _queries(editor_client, url.format(eight.pk))
    assert many == few
    for i in range(8):
        assert f"selected>Crowd Co {i}</option>" in html
        assert f"selected>{eight.pk} Writer {i}</option>" in html
