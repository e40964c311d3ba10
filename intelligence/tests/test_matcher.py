"""Company detection: each matching rule, roles, snippets, and the shared matcher."""

import pytest

from articles.tests import factories
from companies.models import Company, CompanyAlias
from intelligence.analysis import analyse_story
from intelligence.companies import suggested_role
from intelligence.matcher import CompanyMatcher
from intelligence.registry import get_matcher

GAZETTEER = [
    ("alibaba", "alibaba", "Alibaba Group", ["Alibaba", "阿里巴巴"]),
    ("mail-ru", "mail-ru", "Mail.ru Group", ["Mail.ru", "Мэйл.ру"]),
    ("rdif", "rdif", "Russian Direct Investment Fund", ["RDIF"]),
    ("ant", "ant", "Ant Financial", []),
    ("tmall", "tmall", "Tmall", []),
    ("telenor", "telenor", "Telenor Group", ["Telenor"]),
    ("tmb", "tmb", "Telenor Microfinance Bank", []),
    ("jd", "jd", "JD.com", []),
    ("grab", "grab", "Grab", []),
    ("vk", "vk", "VKontakte", ["VK"]),
    ("masmovil", "masmovil", "MásMóvil", []),
]


@pytest.fixture(scope="module")
def matcher():
    return CompanyMatcher(GAZETTEER)


def found(matcher, text):
    return [(hit.company, hit.text) for hit in matcher.find(text)]


@pytest.mark.parametrize(
    "text", ["Antarctica is cold", "Tmallx sells copies", "the antfinancial handle", "xTmall"]
)
def test_only_whole_words_match(matcher, text):
    assert found(matcher, text) == []


def test_the_longest_name_wins(matcher):
    assert found(matcher, "Telenor Microfinance Bank grew.") == [
        ("tmb", "Telenor Microfinance Bank")
    ]


def test_a_shorter_name_still_matches_elsewhere(matcher):
    hits = found(matcher, "Telenor Microfinance Bank is a unit of Telenor.")
    assert hits == [("tmb", "Telenor Microfinance Bank"), ("telenor", "Telenor")]


@pytest.mark.parametrize("text", ["Alibaba's plan", "Alibaba’s plan", "Alibaba' plan"])
def test_possessives_with_straight_and_curly_apostrophes(matcher, text):
    assert found(matcher, text) == [("alibaba", "Alibaba")]


def test_curly_possessive_on_a_short_capital_alias(matcher):
    assert found(matcher, "The RDIF’s chief") == [("rdif", "RDIF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares in JD.com.", [("jd", "JD.com")]),
        ("Mail.ru, VK and JD.com!", [("mail-ru", "Mail.ru"), ("vk", "VK"), ("jd", "JD.com")]),
        ("(Mail.ru)", [("mail-ru", "Mail.ru")]),
        ("mail.russia is not it", []),
        ("Alibaba-backed start-ups", [("alibaba", "Alibaba")]),
    ],
)
def test_punctuation_inside_names_and_around_them(matcher, text, expected):
    assert found(matcher, text) == expected


def test_short_capital_aliases_match_only_as_written(matcher):
    assert found(matcher, "the rdif and Rdif and vk.com") == []
    assert found(matcher, "RDIF and VK") == [("rdif", "RDIF"), ("vk", "VK")]


def test_longer_names_match_in_any_case(matcher):
    assert found(matcher, "ALIBABA GROUP and Mail.Ru Group") == [
        ("alibaba", "ALIBABA GROUP"),
        ("mail-ru", "Mail.Ru Group"),
    ]


def test_a_capitalised_name_does_not_match_a_lower_case_word(matcher):
    assert found(matcher, "rivals grab share; Grab grew") == [("grab", "Grab")]


@pytest.mark.parametrize(
    "text",
    [
        "ａｌｉｂａｂａ Group results",  # full-width letters
        "Alibaba\u00a0Group results",  # no-break space
        "Alibaba\nGroup results",  # a line break inside the name
    ],
)
def test_unicode_forms_of_a_name_match(matcher, text):
    assert [company for company, _ in found(matcher, text)] == ["alibaba"]


def test_composed_and_decomposed_accents_match():
    matcher = CompanyMatcher(GAZETTEER)
    decomposed = "Ma\u0301sMo\u0301vil agreed"
    assert [c for c, _ in found(matcher, decomposed)] == ["masmovil"]


def test_cyrillic_names_match_as_words(matcher):
    assert found(matcher, "Сделка с Мэйл.ру объявлена") == [("mail-ru", "Мэйл.ру")]


def test_chinese_names_match_without_spaces(matcher):
    assert found(matcher, "阿里巴巴宣布与腾讯合作") == [("alibaba", "阿里巴巴")]


def test_names_inside_markdown_are_found_and_urls_are_not(matcher):
    body = "Shoppers use **[Mail.ru](https://alibaba.com/x)** and _Tmall_ and *Alibaba*."
    names = {m.name for m in analyse_story(headline="", body=body, matcher=matcher).companies}
    assert names == {"Mail.ru Group", "Tmall", "Alibaba Group"}


def test_mentions_first_sentence_and_roles(matcher):
    analysis = analyse_story(
        headline="Alibaba nears deal",
        standfirst="",
        body="Markets rose. Alibaba met Mail.ru. Alibaba said yes. Telenor was not involved.",
        matcher=matcher,
    )
    by_slug = {m.slug: m for m in analysis.companies}
    assert by_slug["alibaba"].mentions == 3
    assert by_slug["alibaba"].role == "about"
    assert by_slug["alibaba"].first == "Alibaba met Mail.ru."
    assert by_slug["telenor"].role == "mentions"
    assert by_slug["telenor"].first == "Telenor was not involved."


@pytest.mark.parametrize(
    ("in_title", "mentions", "most", "role"),
    [
        (True, 1, 9, "about"),
        (False, 5, 5, "about"),
        (False, 3, 6, "about"),
        (False, 1, 1, "mentions"),
        (False, 2, 9, "mentions"),
    ],
)
def test_suggested_role(in_title, mentions, most, role):
    assert suggested_role(in_title=in_title, mentions=mentions, most=most) == role


@pytest.mark.django_db
def test_the_shared_matcher_follows_new_companies_and_aliases():
    assert get_matcher().find("Ozon grew") == []
    ozon = factories.company("Ozon")
    assert [h.company for h in get_matcher().find("Ozon grew")] == [ozon.pk]
    CompanyAlias.objects.create(company=ozon, name="Озон")
    assert [h.company for h in get_matcher().find("Озон вырос")] == [ozon.pk]
    ozon.delete()
    assert get_matcher().find("Ozon grew") == []


@pytest.mark.django_db
def test_the_shared_matcher_is_built_once_while_nothing_changes(django_assert_num_queries):
    factories.company("Ozon")
    first = get_matcher()
    with django_assert_num_queries(2):  # the gazetteer's signature, nothing more
        assert get_matcher() is first


@pytest.mark.django_db
def test_a_company_written_without_signals_is_found_by_every_process():
    # bulk_create sends no signal, as a write from another worker or app server reaches
    # this process: the signature read from the database still changes.
    get_matcher()
    (wildberries,) = Company.objects.bulk_create([Company(name="Wildberries", slug="wb")])
    assert get_matcher().find("Wildberries grows")[0].company == wildberries.pk
    CompanyAlias.objects.bulk_create(
        [CompanyAlias(company=wildberries, name="WB Group", normalised="wb group")]
    )
    assert get_matcher().find("WB Group grows")[0].company == wildberries.pk
