"""The admin stays bounded as the archive grows: filters, counts and queries."""

import pytest
from django.urls import reverse

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[3, 60], ids=["3-companies", "60-companies"])
def archive(request):
    companies = [factories.company(f"Company {n:03d}") for n in range(request.param)]
    for n, company in enumerate(companies):
        story = factories.article(f"Story {n}", companies=[company])
        story.tags.add(f"topic {n}")
    return companies


def test_the_story_changelist_filters_list_a_bounded_number_of_companies_and_topics(
    editor_client, archive
):
    response = editor_client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 200
    filters = {spec.title: spec for spec in response.context["cl"].filter_specs}
    for title in ("company (most covered)", "topic (most used)"):
        choices = list(filters[title].choices(response.context["cl"]))
        assert len(choices) <= 16  # "All" and the 15 most covered


def test_filtering_by_a_company_outside_the_top_keeps_it_selectable(editor_client, archive):
    last = archive[-1]
    response = editor_client.get(reverse("admin:articles_article_changelist"), {"company": last.pk})
    assert [a.headline for a in response.context["cl"].result_list] == [f"Story {len(archive) - 1}"]
    assert last.name in response.content.decode()


def test_the_story_changelist_runs_a_fixed_number_of_queries(
    editor_client, archive, django_assert_max_num_queries
):
    with django_assert_max_num_queries(16):
        assert editor_client.get(reverse("admin:articles_article_changelist")).status_code == 200


def test_the_company_changelist_runs_a_fixed_number_of_queries(
    editor_client, archive, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        response = editor_client.get(reverse("admin:companies_company_changelist"), {"o": "-5"})
        assert response.status_code == 200
