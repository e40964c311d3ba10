"""Slugs: unique in one query, ASCII from any script, cut at a word boundary."""

import pytest
from django.core.management import call_command

from companies.models import Company
from core.slugs import slug_base, unique_slug
from deals.models import Deal

from . import factories

pytestmark = pytest.mark.django_db


def test_a_free_slug_is_the_name_itself():
    assert unique_slug(Company, "Alibaba Group", fallback="company") == "alibaba-group"


def test_a_taken_slug_gets_the_first_free_number():
    factories.company("Alibaba Group", slug="alibaba-group")
    assert unique_slug(Company, "Alibaba, Group", fallback="company") == "alibaba-group-2"
    factories.company("Alibaba  Group!", slug="alibaba-group-2")
    factories.company("Alibaba Group?", slug="alibaba-group-4")
    assert unique_slug(Company, "ALIBABA group", fallback="company") == "alibaba-group-3"


def test_a_longer_slug_sharing_the_prefix_does_not_take_the_name():
    factories.company("Alibaba Group Holding", slug="alibaba-group-holding")
    assert unique_slug(Company, "Alibaba Group", fallback="company") == "alibaba-group"


def test_slugs_are_unique_per_model():
    factories.company("Ant Financial", slug="ant-financial")
    assert unique_slug(Deal, "Ant Financial", fallback="deal") == "ant-financial"


def test_unique_slug_costs_one_query_however_many_are_taken(django_assert_num_queries):
    factories.company("Tencent", slug="tencent")
    for n in range(2, 30):
        factories.company(f"Tencent {n}", slug=f"tencent-{n}")
    with django_assert_num_queries(1):
        assert unique_slug(Company, "Tencent", fallback="company") == "tencent-30"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Анна Петрова", "anna-petrova"),
        ("Сбербанк", "sberbank"),
        ("阿里巴巴", "alibaba"),
        ("腾讯 控股", "tengxun-konggu"),
        ("Société Générale", "societe-generale"),
    ],
)
def test_names_in_other_scripts_are_transliterated(name, slug):
    assert unique_slug(Company, name, fallback="company") == slug


def test_a_name_with_no_letters_falls_back():
    assert unique_slug(Company, "!!!", fallback="company") == "company"
    factories.company("Company", slug="company")
    assert unique_slug(Company, "???", fallback="company") == "company-2"


def test_a_long_name_is_cut_at_a_word_boundary_with_room_for_a_number():
    field_length = Company._meta.get_field("slug").max_length
    name = " ".join(["conglomerate"] * 40)
    slug = unique_slug(Company, name, fallback="company")
    assert len(slug) <= field_length - 6
    assert slug.endswith("conglomerate")
    factories.company("Long one", slug=slug)
    assert len(unique_slug(Company, name, fallback="company")) <= field_length


def test_slug_base_respects_max_length():
    assert slug_base("alpha beta gamma", max_length=10, fallback="x") == "alpha-beta"
    assert slug_base("alphabetagamma", max_length=5, fallback="x") == "alpha"
    assert slug_base("", max_length=5, fallback="x") == "x"


def test_importing_two_companies_whose_names_slugify_alike_gives_two_slugs(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('name\nAlibaba Group\n"Alibaba, Group"\nАлибаба\n', encoding="utf-8")
    call_command("import_companies", str(path), verbosity=0)
    assert dict(Company.objects.values_list("name", "slug")) == {
        "Alibaba Group": "alibaba-group",
        "Alibaba, Group": "alibaba-group-2",
        "Алибаба": "alibaba",
    }
