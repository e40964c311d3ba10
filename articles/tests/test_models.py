from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article
from companies.models import CompanyAlias, CompanyRelation
from core.money import format_money
from deals.models import DealParty

from . import factories

pytestmark = pytest.mark.django_db


def test_body_html_is_rendered_from_markdown_on_save():
    story = factories.article(
        body="## Heading\n\nSome *emphasis* and [a link](https://example.com)."
    )
    assert "<h2>Heading</h2>" in story.body_html
    assert "<em>emphasis</em>" in story.body_html
    assert 'href="https://example.com"' in story.body_html


def test_slug_is_unique():
    factories.article("Same", slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.article("Other", slug="same")


def test_alias_is_stored_normalised():
    alias = CompanyAlias.objects.create(company=factories.company(), name="  ALIBABA   Group ")
    assert alias.normalised == "alibaba group"


@pytest.mark.parametrize("spelling", ["alibaba", "ALIBABA", "Alibaba ", "ａｌｉｂａｂａ"])
def test_aliases_are_unique_when_normalised(spelling):
    CompanyAlias.objects.create(company=factories.company(), name="Alibaba")
    with pytest.raises(IntegrityError), transaction.atomic():
        CompanyAlias.objects.create(company=factories.company(), name=spelling)


def test_aliases_in_other_scripts_are_kept_as_written():
    alias = CompanyAlias.objects.create(company=factories.company(), name="Мэйл.ру")
    CompanyAlias.objects.create(company=alias.company, name="阿里巴巴")
    assert alias.normalised == "мэйл.ру"
    assert CompanyAlias.objects.filter(normalised="阿里巴巴").exists()


def test_alias_naming_another_company_fails_validation():
    factories.company("Alibaba")
    alias = CompanyAlias(company=factories.company("Other"), name="alibaba")
    with pytest.raises(ValidationError, match="already names Alibaba"):
        alias.full_clean()


def test_company_name_is_unique_ignoring_case():
    factories.company("Tencent", slug="tencent")
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.company("TENCENT", slug="tencent-2")


def test_company_cannot_be_its_own_parent():
    c = factories.company()
    with pytest.raises(IntegrityError), transaction.atomic():
        CompanyRelation.objects.create(parent=c, child=c)


@pytest.mark.parametrize("stake", [Decimal("-1"), Decimal("100.01")])
def test_relation_stake_must_be_between_0_and_100(stake):
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.relation(factories.company(), factories.company(), stake_percent=stake)


@pytest.mark.parametrize("stake", [Decimal("-5"), Decimal("150")])
def test_deal_stake_must_be_between_0_and_100(stake):
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.deal(stake_percent=stake)


def test_deal_value_needs_a_currency():
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.deal(value=Decimal("1000"), currency="")


def test_deal_currency_must_be_iso_4217():
    d = factories.deal(value="1000", currency="XYZ")
    with pytest.raises(ValidationError, match="ISO 4217"):
        d.full_clean()


def test_a_company_is_a_party_to_a_deal_once():
    c = factories.company()
    d = factories.deal(parties=[(c, DealParty.Role.INVESTOR)])
    with pytest.raises(IntegrityError), transaction.atomic():
        DealParty.objects.create(deal=d, company=c, role=DealParty.Role.TARGET)


def test_an_author_has_one_byline_per_story():
    a = factories.author()
    story = factories.article(byline=a)
    with pytest.raises(IntegrityError), transaction.atomic():
        story.bylines.create(author=a)


@pytest.mark.parametrize(
    ("value", "currency", "shown"),
    [
        ("184000000", "USD", "$184m"),
        ("1200000000", "USD", "$1.2bn"),
        ("300000000", "GBP", "£300m"),
        ("2000000000", "EUR", "€2bn"),
        ("10000000000", "CNY", "RMB10bn"),
        ("50000", "CHF", "CHF 50,000"),
    ],
)
def test_money_is_shown_the_way_newsrooms_write_it(value, currency, shown):
    assert format_money(Decimal(value), currency) == shown


def test_covering_lists_each_story_once():
    a, b = factories.company(), factories.company()
    story = factories.article(companies=[a, b])
    assert list(Article.objects.covering([a.pk, b.pk])) == [story]


def test_a_backdated_story_is_not_shown_as_updated():
    story = factories.article(published_at=timezone.now() - timedelta(days=400))
    assert story.revised_at() is None


def test_a_story_edited_after_it_went_live_is_shown_as_updated():
    story = factories.article(published_at=timezone.now() - timedelta(days=2))
    Article.objects.filter(pk=story.pk).update(created_at=timezone.now() - timedelta(days=3))
    story.refresh_from_db()
    story.headline = "Corrected"
    story.save()
    assert story.revised_at() == story.updated_at
