"""Slugs: unique in one query, ASCII from any script, cut at a word boundary."""

import pytest
from django.core.management import call_command

from articles.models import Article
from companies.models import Company
from core.slugs import STORY_SLUG_LENGTH, short_slug, slug_base, unique_slug
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


# A story's address: the headline's first words, short, never ending on a small word.

LONG_HEADLINE = (
    "Alibaba in advanced talks to form an e-commerce joint venture with Mail.ru Group and "
    "the Russian Direct Investment Fund"
)


def test_a_story_slug_is_the_headlines_first_words_within_60_characters():
    slug = short_slug(LONG_HEADLINE, fallback="story")
    assert slug == "alibaba-in-advanced-talks-to-form-an-e-commerce-joint"
    assert len(slug) <= STORY_SLUG_LENGTH == 60


def test_a_story_slug_is_cut_at_a_word_boundary():
    slug = short_slug("word " * 30, fallback="story")
    assert len(slug) <= 60 and slug.split("-") == ["word"] * 12


@pytest.mark.parametrize(
    ("headline", "slug"),
    [
        ("Tencent bets on the", "tencent-bets"),
        ("Sberbank walks away from talks with", "sberbank-walks-away-from-talks"),
        ("Didi Chuxing and JD.com invest in", "didi-chuxing-and-jdcom-invest"),
        ("What Lazada is to", "what-lazada"),
        ("Ant Financial to invest $184m for a 45% stake in Telenor of the", None),
    ],
)
def test_a_story_slug_never_ends_on_a_small_word(headline, slug):
    made = short_slug(headline, fallback="story")
    if slug is not None:
        assert made == slug
    assert made.rsplit("-", 1)[-1] not in {"of", "the", "and", "to", "in", "a", "with", "is"}


def test_a_story_slug_made_only_of_small_words_keeps_the_first():
    assert short_slug("Of the", fallback="story") == "of"


def test_a_story_slug_with_nothing_left_is_the_fallback():
    assert short_slug("!!!", fallback="story") == "story"


def test_a_short_unique_slug_numbers_a_taken_address():
    factories.draft("Taken", slug="tencent-bets")
    assert unique_slug(Article, "Tencent bets on the", fallback="story", short=True) == (
        "tencent-bets-2"
    )


def test_a_short_unique_slug_ignores_the_story_being_edited():
    story = factories.draft("Tencent bets", slug="tencent-bets")
    made = unique_slug(Article, "Tencent bets", fallback="story", short=True, exclude_pk=story.pk)
    assert made == "tencent-bets"
