"""Deal extraction on a fourteenth round of general classes, from the blind sets read in the
sixteenth session (eval-blind63 and eval-blind65), each in phrasings of our own: amounts in
Cyrillic ("38,5 млрд тенге", "2,3 млрд рублей"); the quetzal's "Q" and the kwacha's, the
kina's or the kyat's "K", read by the parties' land; a range told as two amounts ("between
K120 million and K150 million"); the price told as "the price of the transaction was",
ahead of a conversion in brackets; a share of goods sold or goods to be bought, described;
an auction house where a thing was sold; a year told as "the same week of 2013"; and
another company's business in a newsletter's next item, which gives the deal before it no
price."""

import pytest

from intelligence.deals.terms import _find_money
from intelligence.matcher import CompanyMatcher
from intelligence.tests.test_general_classes import deals, facts

CAST = CompanyMatcher(
    [
        ("zhetysu", "zhetysu", "Zhambyl Agro", ["Zhambyl"], False, "KZ"),
        ("naryn", "naryn", "Naryn Sut", ["Naryn"], False, "KG"),
        ("talas", "talas", "Talas Invest", ["Talas"], False, "KG"),
        ("peten", "peten", "Cafés Petén", ["Petén"], False, "GT"),
        ("atitlan", "atitlan", "Banco Atitlán", ["Atitlán"], False, "GT"),
        ("medellin", "medellin", "Inversiones Envigado", ["Envigado"], False, "CO"),
        ("kafue", "kafue", "Kafue Millers", ["Kafue"], False, "ZM"),
        ("luangwa", "luangwa", "Luangwa Bakeries", ["Luangwa"], False, "ZM"),
        ("chambishi", "chambishi", "Chambishi Bakeries", ["Chambishi"], False, "ZM"),
        ("sepik", "sepik", "Sepik Timber", ["Sepik"], False, "PG"),
        ("madang", "madang", "Madang Ports", ["Madang"], False, "PG"),
        ("volga", "volga", "Volga Logistika", ["Volga Logistika"], False, "RU"),
        ("kama", "kama", "Kama Trans", ["Kama Trans"], False, "RU"),
        ("halden", "halden", "Halden Group", ["Halden"], False, "NO"),
        ("fjellpay", "fjellpay", "Fjellpay", [], False, "NO"),
        ("nordkap", "nordkap", "Nordkap Holdings", ["Nordkap"], False, "NO"),
        ("corvid", "corvid", "Corvid Partners", ["Corvid"], False, "US"),
    ]
)


def cast_deals(body: str, headline: str = ""):
    return deals(body, headline, CAST)


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("for 38,5 млрд тенге", "38500000000", "KZT"),
        ("for 2,3 млрд рублей", "2300000000", "RUB"),
        ("revenue of 7,4 млрд сомов", "7400000000", "KGS"),
        ("worth 450 млн гривен", "450000000", "UAH"),
        ("for 1,2 тэрбум төгрөг", "1200000000", "MNT"),
        ("for Q312 million", "312000000", "GTQ"),
        ("between K120 million and K150 million", "150000000", "ZMW"),
        ("between Q1.2bn and Q1.5bn", "1500000000", "GTQ"),
    ],
)
def test_money_in_cyrillic_letters_and_ranges_is_read(text, value, currency):
    (money,) = _find_money(text)
    assert (f"{money.value:f}", money.currency) == (value, currency)


def test_a_quarter_is_not_the_quetzal():
    assert _find_money("Revenue in Q3 2026 rose 4%.") == []


def test_two_amounts_are_a_range_only_when_told_as_one():
    assert len(_find_money("It paid K120 million and K150 million for the two mills.")) == 2


@pytest.mark.parametrize(
    "body, value, currency",
    [
        (
            "Zhambyl Agro has completed its purchase of Naryn Sut from Talas Invest. The price"
            " of the transaction was 38,5 млрд тенге [KZT 38.5 billion, about $76 million].",
            "38500000000",
            "KZT",
        ),
        (
            "Cafés Petén's owners agreed to sell 40% of the company to Inversiones Envigado for"
            " Q312 million (about $40 million).",
            "312000000",
            "GTQ",
        ),
        (
            "Kafue Millers has completed its purchase of Luangwa Bakeries for K45 million.",
            "45000000",
            "ZMW",
        ),
        (
            "Sepik Timber has agreed to buy Madang Ports for K80 million.",
            "80000000",
            "PGK",
        ),
        (
            "Volga Logistika agreed to buy Kama Trans for 2,3 млрд рублей.",
            "2300000000",
            "RUB",
        ),
    ],
)
def test_the_price_is_read_in_the_land_s_own_money(body, value, currency):
    (deal,) = cast_deals(body)
    assert facts(deal)[3:5] == (value, currency)


def test_a_rumoured_range_told_as_two_amounts_is_its_upper_bound():
    (deal,) = cast_deals(
        "Two people familiar with the matter say Kafue Millers is in talks to buy Luangwa"
        " Bakeries. They put the price at between K120 million and K150 million."
    )
    assert facts(deal)[3:5] == ("150000000", "ZMW")


@pytest.mark.parametrize(
    "body",
    [
        (
            "Fjellpay has sold about 60% of the beans it expects to buy next season in forward"
            " contracts, most of them to Halden Group."
        ),
        "Halden Group sold 70% of this year's crop to Nordkap Holdings in advance.",
        (
            "A nineteenth-century rug sold for a record ₼2.1 million at Nordkap Holdings in"
            " Oslo on Thursday. The buyer was Halden Group, which will hang it in a hotel lobby."
        ),
        (
            "The court dismissed the depositors' appeal. In the same week of 2013 Halden Group"
            " took over the deposits of the failed Fjellpay, a transfer not part of the case."
        ),
    ],
)
def test_goods_a_venue_and_a_year_long_past_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_another_company_s_business_gives_the_deal_before_it_no_price():
    (deal,) = deals(
        "2. STORAGE. Halden Group and Fjellpay have agreed to form a 50/50 joint venture to"
        " build battery storage. Neither would say how much each is putting in. 3. BORROWING."
        " Nordkap Holdings priced a €200 million three-year bond at 4.75%."
    )
    assert (deal.kind, facts(deal)[3]) == ("joint_venture", None)


def test_the_seller_telling_of_the_agreement_still_gives_its_price():
    (deal,) = deals(
        "The sale of Fjellpay to Halden Group has collapsed. Nordkap Holdings, which owns"
        " Fjellpay, said the £240m agreement had been terminated by mutual consent."
    )
    assert facts(deal)[3:5] == ("240000000", "GBP")


def test_the_company_told_by_a_noun_of_its_name_is_the_one_bought():
    (deal,) = cast_deals(
        "Everyone knows the smell of the Luangwa Bakeries depot. This week the bread has a new"
        " owner: Kafue Millers has completed its purchase of the bakery for K45 million."
    )
    assert (dict(deal.parties), deal.status) == (
        {"kafue": "acquirer", "luangwa": "target"},
        "completed",
    )


def test_a_noun_two_companies_share_names_no_one():
    found = cast_deals(
        "Luangwa Bakeries and Chambishi Bakeries both supply the capital. Kafue Millers has"
        " completed its purchase of the bakery for K45 million."
    )
    assert all(len(d.parties) < 2 for d in found)


@pytest.mark.parametrize(
    "body",
    [
        "The founders of Fjellpay have sold the company to Halden Group for $40m.",
        "The family that owns Fjellpay has sold the business to Halden Group.",
        "The two brothers who founded Fjellpay have sold it to Halden Group.",
    ],
)
def test_people_who_sell_their_company_sell_the_company_named(body):
    (deal,) = deals(body)
    assert dict(deal.parties) == {"fjellpay": "target", "halden": "acquirer"}


def test_the_founders_selling_a_stake_in_another_company_sell_that_one():
    found = deals(
        "The founders of Fjellpay have sold their stake in Corvid Partners to Halden Group."
    )
    assert all(deal.parties.get("fjellpay") != "target" for deal in found)


@pytest.mark.parametrize(
    "body",
    [
        "The owner of Fjellpay, Nordkap Holdings, has sold the business to Halden Group.",
        "The owner of Fjellpay, Nordkap Holdings, sold it to Halden Group.",
    ],
)
def test_an_owner_apposed_after_a_company_left_unread_is_read(body):
    # These once raised an error: a company left without a role was carried to the next.
    (deal,) = deals(body)
    assert deal.parties["nordkap"] == "seller"
    assert deal.parties["halden"] == "acquirer"


@pytest.mark.parametrize(
    "body, status",
    [
        (
            "Fjellpay said on Thursday that it was in exclusive talks with Halden Group about a"
            " possible acquisition of the company.",
            "in_talks",
        ),
        (
            "Halden Group is in talks about a possible acquisition of Fjellpay, people familiar"
            " with the matter said.",
            "rumoured",
        ),
        ("Halden Group is considering a possible acquisition of Fjellpay.", "rumoured"),
        (
            "Fjellpay said it had rejected a proposal from Halden Group that valued it at $385m,"
            " but would let Halden carry out four weeks of due diligence.",
            "in_talks",
        ),
        (
            "Fjellpay rejected Halden Group's $385m proposal but agreed to open its books to"
            " the bidder.",
            "in_talks",
        ),
        (
            "Fjellpay rejected Halden Group's $385m proposal. Halden walked away after due"
            " diligence.",
            "collapsed",
        ),
    ],
)
def test_talks_confirmed_and_a_rejection_with_the_books_opened_are_talks(body, status):
    (deal,) = deals(body)
    assert deal.status == status


@pytest.mark.parametrize("business", ["distillery", "brewery", "vineyard", "bakery", "hotel"])
def test_a_share_of_a_business_told_by_its_trade_is_a_stake_not_goods(business):
    (deal,) = deals(f"Nordkap Holdings has sold 60% of the {business} to Halden Group for $40m.")
    assert (deal.parties["nordkap"], deal.parties["halden"], facts(deal)[3]) == (
        "seller",
        "acquirer",
        "40000000",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Nordkap Holdings will sell 40% of its gas-carrier subsidiary Fjellpay to Halden Group.",
        "Nordkap Holdings sold 40% of its power transmission subsidiary Fjellpay to Halden Group.",
    ],
)
def test_a_share_of_a_unit_named_by_its_goods_is_a_stake(body):
    (deal,) = deals(body)
    assert (deal.parties["nordkap"], deal.parties["fjellpay"], deal.parties["halden"]) in (
        ("seller", "target", "acquirer"),
        ("seller", "investee", "investor"),
    )
