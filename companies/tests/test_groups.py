"""A company's coverage includes its group: subsidiaries and affiliates, never a mere stake."""

import pytest

from articles.tests import factories
from companies.models import Company, CompanyRelation

pytestmark = pytest.mark.django_db

Kind = CompanyRelation.Kind


@pytest.fixture
def group():
    parent = factories.company("Alibaba Group", slug="alibaba")
    children = {kind: factories.company(f"{kind.label} Co") for kind in Kind}
    for kind, child in children.items():
        factories.relation(parent, child, kind=kind)
    return parent, children


def test_group_ids_are_the_company_its_subsidiaries_and_affiliates(group):
    parent, children = group
    assert sorted(parent.group_ids()) == sorted(
        [parent.pk, children[Kind.SUBSIDIARY].pk, children[Kind.AFFILIATE].pk]
    )
    assert parent.group_ids()[0] == parent.pk


def test_a_company_without_relations_is_its_own_group(group):
    _, children = group
    loner = children[Kind.STAKE]
    assert loner.group_ids() == [loner.pk]


def test_a_child_s_group_does_not_include_its_parent(group):
    parent, children = group
    assert children[Kind.SUBSIDIARY].group_ids() == [children[Kind.SUBSIDIARY].pk]


def test_group_ids_read_prefetched_relations_without_a_query(group, django_assert_num_queries):
    parent, _ = group
    company = Company.objects.prefetch_related("child_relations").get(pk=parent.pk)
    with django_assert_num_queries(0):
        assert len(company.group_ids()) == 3


@pytest.mark.parametrize(
    ("kind", "counted"), [(Kind.SUBSIDIARY, True), (Kind.AFFILIATE, True), (Kind.STAKE, False)]
)
def test_the_company_page_shows_the_group_s_coverage(client, group, kind, counted):
    parent, children = group
    story = factories.article(f"News of the {kind} company", companies=[children[kind]])
    response = client.get(parent.get_absolute_url())
    assert response.status_code == 200
    assert (story.headline in response.content.decode()) is counted


def test_the_group_s_drafts_stay_off_the_company_page(client, group):
    parent, children = group
    factories.draft("Draft about the affiliate", companies=[children[Kind.AFFILIATE]])
    assert "Draft about the affiliate" not in client.get(parent.get_absolute_url()).content.decode()
