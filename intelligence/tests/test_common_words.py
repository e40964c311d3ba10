"""The editors' "common word" flag on aliases, and the country used for "the Swedish
lender", as the shared matcher reads them from the database."""

import importlib

import pytest
from django.apps import apps

from articles.tests import factories
from companies.models import CompanyAlias
from intelligence.analysis import analyse_story
from intelligence.registry import get_matcher

pytestmark = pytest.mark.django_db


@pytest.fixture
def amazon():
    company = factories.company("Amazon", slug="amazon", country="US")
    company.aliases.create(name="Amazon", needs_context=True)
    company.aliases.create(name="Amazon.com")
    return company


def found(text):
    return [hit.company for hit in get_matcher().find(text)]


def test_a_flagged_name_is_not_read_in_the_amazon_basin(amazon):
    assert found("Clearing in the Amazon basin reached a record.") == []


def test_a_flagged_name_is_read_where_the_words_say_company(amazon):
    assert found("Amazon said it would hire 3,000 drivers.") == [amazon.pk]


def test_an_unflagged_alias_of_the_same_company_confirms_the_name(amazon):
    assert found("Amazon.com grew. Amazon rainforest tours, a new unit, did too.") == [
        amazon.pk,
        amazon.pk,
    ]


def test_unflagging_reads_the_name_everywhere_again(amazon):
    alias = amazon.aliases.get(name="Amazon")
    alias.needs_context = False
    alias.save()
    assert found("Clearing in the Amazon basin reached a record.") == [amazon.pk]


def test_the_country_resolves_a_nationality_and_a_noun():
    buyer = factories.company("Contoso Bank", country="US")
    lender = factories.company("Nordbanken", country="SE")
    other = factories.company("Aurora Capital", country="FI")
    (deal,) = analyse_story(
        headline="",
        body=(
            "Aurora Capital reported results. Contoso Bank has agreed to buy 45 per cent of "
            "Nordbanken's card business. The Swedish lender will receive SEK 12bn for it."
        ),
    ).deals
    assert deal.parties == {buyer.pk: "investor", lender.pk: "seller"}
    assert other.pk not in deal.parties and deal.currency == "SEK"


def test_the_migration_refolds_aliases_typed_with_curly_apostrophes():
    company = factories.company("McDonald's")
    alias = company.aliases.create(name="McDonald’s Corp")
    CompanyAlias.objects.filter(pk=alias.pk).update(normalised="mcdonald’s corp")
    migration = importlib.import_module("companies.migrations.0003_alias_needs_context")
    migration.refold_aliases(apps, None)
    alias.refresh_from_db()
    assert alias.normalised == "mcdonald's corp"
