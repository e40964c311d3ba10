"""Management commands: the demo newsroom."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.demo.loader import demo_load
from articles.models import Article, Author, DealEvent
from companies.models import Company, CompanyAlias
from deals.models import Deal, DealParty

pytestmark = pytest.mark.django_db

MODELS = [Article, Author, Company, CompanyAlias, Deal, DealEvent, DealParty, get_user_model()]


def _counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_demo_tells_the_reference_scenario():
    demo_load(password="pw")
    assert Article.objects.published().count() >= 10
    assert Article.objects.filter(status=Article.Status.DRAFT).count() >= 1
    assert (
        Article.objects.filter(status="published")
        .exclude(pk__in=Article.objects.published())
        .count()
        >= 1
    )
    assert Company.objects.count() >= 20
    assert Deal.objects.count() >= 5
    assert CompanyAlias.objects.filter(name="Мэйл.ру").exists()
    assert CompanyAlias.objects.filter(name="阿里巴巴").exists()
    alibaba = Company.objects.get(slug="alibaba")
    children = set(alibaba.child_relations.values_list("child__slug", "kind"))
    assert {
        ("aliexpress", "subsidiary"),
        ("tmall", "subsidiary"),
        ("lazada", "subsidiary"),
    } <= children
    assert ("ant-financial", "affiliate") in children
    assert Company.objects.get(slug="vkontakte").parent_relations.get().parent.slug == "mail-ru"
    ant = Deal.objects.get(slug="ant-financial-telenor-microfinance-bank")
    assert (ant.value, ant.currency, ant.stake_percent) == (184_000_000, "USD", 45)
    assert Deal.objects.get(slug="aliexpress-russia-joint-venture").status == Deal.Status.IN_TALKS
    assert Deal.objects.get(slug="alibaba-sberbank-tie-up").status == Deal.Status.COLLAPSED


def test_demo_loads_twice_without_duplicates_or_changes():
    demo_load(password="pw")
    before = _counts()
    second = demo_load(password="pw")
    assert _counts() == before
    assert (second.created, second.updated) == (0, 0)


def test_demo_accounts_can_log_in_with_the_printed_password(client, capsys, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "s3cret-demo")
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "editor" in out and "writer" in out and "s3cret-demo" in out
    assert client.login(username="editor", password="s3cret-demo")
    user = get_user_model().objects.get(username="writer")
    assert user.is_staff and not user.has_perm("articles.publish_article")
    assert get_user_model().objects.get(username="editor").has_perm("articles.publish_article")


def test_demo_generates_passwords_when_none_is_given(capsys, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    report = demo_load()
    assert len(set(report.accounts.values())) == 2
    assert all(len(p) >= 12 for p in report.accounts.values())


def test_load_demo_is_quiet_at_verbosity_0(capsys):
    call_command("load_demo", verbosity=0)
    assert capsys.readouterr().out == ""
