"""Deal extraction on a tenth round of general classes: companies described by the country of
any state ("the Kazakh group", "the Peruvian miner"), and companies that own what a sentence
tells rather than act in it ("1.1 times the Zambian bank's book value"). Each class in several
phrasings of our own, with the cases nearby that must still give the deal."""

import pytest

from intelligence.analysis import analyse_story
from intelligence.deals import SHOW_AT
from intelligence.deals.nations import NATIONALITIES
from intelligence.matcher import CompanyMatcher
from intelligence.tests.test_general_classes import facts

WORLD = CompanyMatcher(
    [
        ("andara", "andara", "Andara Minerals", ["Andara"], False, "PE"),
        ("tengri", "tengri", "Tengri Holdings", ["Tengri"], False, "KZ"),
        ("zambezi", "zambezi", "Zambezi Copper", [], False, "ZM"),
        ("anatolia", "anatolia", "Anatolia Bankasi", ["Anatolia"], False, "TR"),
        ("qinling", "qinling", "Qinling New Energy", ["Qinling"], False, "CN"),
        ("coipasa", "coipasa", "Coipasa Litio", ["Coipasa"], False, "BO"),
        ("halden", "halden", "Halden Group", ["Halden"], False, "NO"),
        ("vardo", "vardo", "Vardo Advisers", ["Vardo"], False, ""),
    ]
)


def world_deals(body: str, headline: str = ""):
    return analyse_story(headline=headline, body=body, matcher=WORLD, min_confidence=SHOW_AT).deals


# --- 1. any country's adjective describes its company ----------------------------------


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("Peruvian", "PE"),
        ("Kazakh", "KZ"),
        ("Kazakhstani", "KZ"),
        ("Zambian", "ZM"),
        ("Bolivian", "BO"),
        ("Ivorian", "CI"),
        ("Filipino", "PH"),
        ("Sri Lankan", "LK"),
        ("Emirati", "AE"),
        ("Hong Kong", "HK"),
    ],
)
def test_every_states_adjective_names_its_country(adjective, code):
    assert NATIONALITIES[adjective.lower()] == code


def test_every_country_code_is_an_iso_code():
    from babel import Locale

    territories = Locale("en").territories
    assert set(NATIONALITIES.values()) <= {k for k in territories if len(k) == 2}


@pytest.mark.parametrize(
    "body",
    [
        "Andara, a copper producer, said on Monday it had held talks with several suitors."
        " Tengri shares rose in Almaty. The Kazakh group agreed to buy the Peruvian miner for"
        " $1.2bn.",
        "Tengri and Andara confirmed the talks on Monday. The Kazakh group agreed to buy the"
        " Peruvian company for $1.2bn.",
        "Andara has agreed to be bought by Tengri. The Kazakhstani holding company will pay"
        " $1.2bn for the Peruvian miner.",
    ],
)
def test_a_company_described_by_its_country_is_that_countrys_company(body):
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [facts(d)[:4] for d in found] == [
        (
            "acquisition",
            "announced",
            {"tengri": "acquirer", "andara": "target"},
            "1200000000",
        )
    ]


def test_a_description_never_resolves_to_a_company_known_to_be_from_elsewhere():
    # No Zambian company is on file: "the Zambian miner" is not Andara or Tengri.
    body = (
        "Andara said on Monday it had held talks with several suitors. Tengri said it had"
        " agreed to buy the Zambian miner for $400m."
    )
    for deal in world_deals(body):
        assert "andara" not in deal.parties


# --- 2. a company that owns what is told does not act ------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "The Turkish lender will pay €1.35 billion in cash, about 1.1 times the Zambian"
        " company's book value, and expects to complete the purchase next year.",
        "The Turkish lender will pay €1.35 billion, twice the Zambian company's annual sales,"
        " and expects to complete the purchase next year.",
    ],
)
def test_a_company_whose_figure_is_told_is_not_the_buyer(second):
    body = "Anatolia said on Monday that it had agreed to buy Zambezi Copper. " + second
    (deal,) = world_deals(body)
    assert facts(deal)[:5] == (
        "acquisition",
        "announced",
        {"anatolia": "acquirer", "zambezi": "target"},
        "1350000000",
        "EUR",
    )


def test_a_companys_own_takeover_told_by_description_still_acts():
    body = (
        "Tengri has held talks with Andara since March. The Kazakh group's takeover of the"
        " Peruvian miner for $1.2bn was agreed on Monday."
    )
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [dict(d.parties) for d in found] == [{"tengri": "acquirer", "andara": "target"}]
