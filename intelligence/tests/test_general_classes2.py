"""Deal extraction on more general classes of copy: ownership told as a state, the teller
as the seller, a stake raised, commercial agreements, and a joint venture that itself buys.
Each class in several phrasings of our own, with the cases that must give no deal; the
cast and helpers are those of `test_general_classes`."""

import pytest

from intelligence.tests.test_general_classes import BUY, deals, one_deal

SALE = {"nordkap": "seller", "fjellpay": "target", "halden": "acquirer"}
STAKE_SALE = {"nordkap": "seller", "fjellpay": "investee", "halden": "investor"}
PARTNERS = {"halden": "partner", "fjellpay": "partner"}
VENTURE_BUYS = {"halden": "acquirer", "nordkap": "acquirer", "fjellpay": "target"}


# --- 1. ownership told as a state ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay is now owned by Halden Group.",
        "Fjellpay is now wholly owned by Halden.",
        "Fjellpay, now owned by Halden after the takeover, will keep its brand.",
        "Fjellpay, now owned by Halden, will keep its brand. Halden paid $500m for the company.",
        "Fjellpay passed into the hands of Halden Group on Friday.",
        "Fjellpay became a wholly owned subsidiary of Halden on Tuesday.",
        "Fjellpay has become a wholly owned subsidiary of Halden Group.",
        "Fjellpay is now part of Halden Group after the deal closed on Monday.",
    ],
)
def test_ownership_that_has_just_changed_is_a_completed_acquisition(body):
    deal = one_deal(body)
    assert (deal.kind, deal.status, deal.parties) == ("acquisition", "completed", BUY)


def test_ownership_to_come_is_an_announced_acquisition():
    deal = one_deal(
        "Fjellpay will become a wholly owned subsidiary of Halden when the deal closes."
    )
    assert (deal.kind, deal.status, deal.parties) == ("acquisition", "announced", BUY)


def test_a_price_told_with_the_new_owner_goes_with_the_deal():
    deal = one_deal("Fjellpay is now owned by Halden, which bought it from Nordkap for $500m.")
    assert (deal.parties, f"{deal.value:f}") == (BUY, "500000000")


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay, which has been owned by Halden since 2015, reported higher sales.",
        "Fjellpay, owned by Halden since 2015, launched a new card.",
        "Fjellpay has been owned by Halden since 2015.",
        "Fjellpay, a wholly owned subsidiary of Halden, launched a new card.",
        "Fjellpay is a wholly owned subsidiary of Halden Group.",
        "Fjellpay is owned by Halden Group and employs 400 people.",
        "Fjellpay became a subsidiary of Halden in 2015.",
        "Fjellpay became a unit of Halden in 2019 and now employs 400 people.",
    ],
)
def test_ownership_that_is_background_is_no_deal(body):
    assert deals(body) == []


def test_a_new_owner_named_in_passing_is_no_deal_beside_the_storys_news():
    (deal,) = deals(
        "Fjellpay, now owned by Halden, reported higher sales. Osprey agreed to buy Tamarind"
        " for $100m."
    )
    assert deal.parties == {"osprey": "acquirer", "tamarind": "target"}


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay, now owned by Halden, reported higher sales on Tuesday.",
        "Fjellpay, now part of Halden Group, cut 200 jobs. Revenue fell 12%.",
    ],
)
def test_a_new_owner_named_in_passing_with_no_word_of_the_deal_is_no_deal(body):
    assert deals(body) == []


def test_the_new_owner_told_after_the_completion_is_the_same_deal():
    deal = one_deal(
        "Halden completed its purchase of Fjellpay on Monday. Fjellpay, now owned by Halden,"
        " will keep its brand."
    )
    assert (deal.status, deal.parties) == ("completed", BUY)


# --- 2. the teller as the seller -------------------------------------------------------


@pytest.mark.parametrize(
    "body, status",
    [
        ("Nordkap said it had sold its unit Fjellpay to Halden.", "completed"),
        ("Nordkap agreed to sell Fjellpay to Halden.", "announced"),
        ("Nordkap said it would sell Fjellpay, its payments arm, to Halden.", "announced"),
        ("Nordkap has agreed to sell its card unit, Fjellpay, to Halden.", "announced"),
        ("Nordkap said it had agreed to sell its entire stake in Fjellpay to Halden.", "announced"),
    ],
)
def test_the_company_that_tells_of_a_sale_is_its_seller(body, status):
    deal = one_deal(body)
    assert (deal.kind, deal.status, deal.parties) == ("acquisition", status, SALE)


@pytest.mark.parametrize(
    "body, value",
    [
        ("Nordkap said on Monday it had sold its payments unit Fjellpay to Halden for $400m.",
         ("400000000", "USD")),
        ("Nordkap Holdings agreed to sell Fjellpay to Halden Group for NOK 3bn.",
         ("3000000000", "NOK")),
    ],
)  # fmt: skip
def test_the_price_of_a_sale_told_by_the_seller_goes_with_it(body, value):
    deal = one_deal(body)
    assert (deal.parties, (f"{deal.value:f}", deal.currency)) == (SALE, value)


@pytest.mark.parametrize(
    "body, kind, parties, stake",
    [
        ("Nordkap is selling its 30% stake in Fjellpay to Halden.", "investment", STAKE_SALE,
         "30"),
        ("Nordkap has sold its 30 per cent holding in Fjellpay to Halden Group.", "investment",
         STAKE_SALE, "30"),
        ("Nordkap will sell its 60% stake in Fjellpay to Halden.", "acquisition", SALE, "60"),
    ],
)  # fmt: skip
def test_a_stake_sold_by_the_teller_keeps_its_size_and_its_seller(body, kind, parties, stake):
    deal = one_deal(body)
    assert (deal.kind, deal.parties, f"{deal.stake:f}") == (kind, parties, stake)


def test_the_value_of_a_stake_sold_goes_with_the_stake():
    deal = one_deal("Nordkap is selling its 30% stake in Fjellpay to Halden for $120m.")
    assert (f"{deal.value:f}", f"{deal.stake:f}") == ("120000000", "30")


@pytest.mark.parametrize(
    "body",
    [
        "Nordkap agreed to sell Fjellpay to Halden. Halden will pay $400m for the business.",
        "Nordkap agreed to sell Fjellpay to Halden. The deal values Fjellpay at $400m.",
        "Nordkap agreed to sell Fjellpay to Halden. Halden will pay $400m for the company.",
    ],
)
def test_the_price_told_in_the_next_sentence_joins_the_sale(body):
    deal = one_deal(body)
    assert (deal.parties, f"{deal.value:f}") == (SALE, "400000000")


@pytest.mark.parametrize(
    "body, parties",
    [
        ("Halden said Nordkap agreed to sell Fjellpay to Osprey.",
         {"nordkap": "seller", "fjellpay": "target", "osprey": "acquirer"}),
        ("Osprey said Nordkap had agreed to sell Fjellpay to Halden for $400m.", SALE),
        ("Halden said Nordkap had agreed to sell it Fjellpay.", SALE),
    ],
)  # fmt: skip
def test_who_tells_of_another_companys_sale_is_no_seller(body, parties):
    assert one_deal(body).parties == parties


@pytest.mark.parametrize(
    "body",
    [
        "Nordkap said it had sold Fjellpay. The buyer is Halden, which paid $400m.",
        "Nordkap agreed to sell Fjellpay. Halden is the buyer, people familiar with the matter"
        " said.",
        "Nordkap agreed to sell Fjellpay. The purchaser was Halden, it said.",
    ],
)
def test_the_buyer_named_after_a_sale_joins_it(body):
    assert one_deal(body).parties == SALE


@pytest.mark.parametrize(
    "body",
    [
        "Halden was the buyer of Fjellpay in 2015.",
        "Halden said the buyer was not Fjellpay.",
    ],
)
def test_a_buyer_named_with_no_sale_told_is_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Nordkap sells its cards through Fjellpay.",
        "Nordkap sold more cards to Halden this year.",
        "Nordkap sold 200 buses to Halden last quarter.",
        "Halden sells its software to Fjellpay and Nordkap.",
    ],
)
def test_goods_sold_to_a_company_are_trade_not_a_sale_of_a_business(body):
    assert deals(body) == []


# --- 3. a stake raised -----------------------------------------------------------------
# A deal's stake is the part that changes hands where the story tells it ("bought a further
# 10%, taking it to 45%" is 10, as the blind sets label it), the holding it leads to where
# only that is told ("raised its holding to 35 per cent"); the holding decides the kind:
# past half, control passes and it is an acquisition.


@pytest.mark.parametrize(
    "body, stake",
    [
        ("Halden raised its stake in Fjellpay to 39%.", "39"),
        ("Halden has raised its stake in Fjellpay to 39 per cent.", "39"),
        ("Halden bought more Fjellpay shares, taking its holding to 39%.", "39"),
        ("Halden bought a further 10% of Fjellpay, taking it to 45%.", "10"),
        ("Halden bought a further 10 per cent of Fjellpay, taking its stake to 45 per cent.", "10"),
        ("Halden bought another 5% of Fjellpay, lifting its stake to 25%.", "5"),
        ("Halden upped its stake in Fjellpay to 29.9%.", "29.9"),
    ],
)
def test_a_stake_raised_below_half_is_an_investment_of_the_part_bought_or_the_holding(body, stake):
    deal = one_deal(body)
    assert (deal.kind, deal.status, f"{deal.stake:f}") == ("investment", "completed", stake)
    assert deal.parties == {"halden": "investor", "fjellpay": "investee"}


@pytest.mark.parametrize(
    "body, stake",
    [
        ("Halden lifted its stake in Fjellpay from 20% to 51%.", "51"),
        ("Halden has increased its stake in Fjellpay from 35% to 55%.", "55"),
        ("Halden took its stake in Fjellpay to 51%, giving it control.", "51"),
        ("Halden bought a further 15% of Fjellpay, taking its holding to 55%.", "15"),
    ],
)
def test_a_stake_raised_past_half_is_an_acquisition_of_the_part_bought_or_the_holding(body, stake):
    deal = one_deal(body)
    assert (deal.kind, deal.parties, f"{deal.stake:f}") == ("acquisition", BUY, stake)


@pytest.mark.parametrize(
    "body, headline",
    [
        ("Halden Group lifted its Fjellpay holding to 39 per cent on Monday.", ""),
        ("The Norwegian group bought the shares on the market.",
         "Halden raises Fjellpay stake to 39%"),
        ("Halden's stake in Fjellpay now stands at 39% after it bought more shares.", ""),
    ],
)  # fmt: skip
def test_a_stake_raised_told_as_a_compound_or_a_level_is_the_resulting_holding(body, headline):
    deal = one_deal(body, headline)
    assert (deal.parties, f"{deal.stake:f}") == (
        {"halden": "investor", "fjellpay": "investee"},
        "39",
    )


def test_the_price_of_a_stake_raised_goes_with_it():
    deal = one_deal("Halden increased its holding in Fjellpay to 60% for $200m.")
    assert (f"{deal.value:f}", f"{deal.stake:f}") == ("200000000", "60")


@pytest.mark.parametrize(
    "body",
    [
        "Halden cut its stake in Fjellpay to 10%.",
        "Halden raised its forecast to 10% growth after Fjellpay sales rose.",
        "Fjellpay raised its prices by 10%, Halden said.",
        "Halden, which raised its stake in Fjellpay to 30% in 2019, reported higher profits.",
        "Halden raised its dividend to 5% of earnings; Fjellpay did not.",
        "Halden's 20% stake in Fjellpay rose in value by 10%.",
    ],
)
def test_a_stake_cut_or_another_figure_raised_is_no_deal(body):
    assert deals(body) == []


# --- 4. commercial agreements ----------------------------------------------------------
# A deal struck with a company to supply or serve it is a commercial contract, no deal (the
# evaluation sets' convention since `eval-blind7/`; until the tenth session, a partnership);
# one to develop something together is a partnership.


@pytest.mark.parametrize(
    "body",
    [
        "Halden struck a deal with Fjellpay to supply payment terminals.",
        "Halden has struck a deal with Fjellpay to supply it with payment terminals for five"
        " years.",
        "Halden agreed a deal with Fjellpay to supply cards.",
        "Halden signed an agreement with Fjellpay to provide payment processing.",
        "Halden reached an agreement with Fjellpay to supply terminals.",
        "Halden inked a deal to supply Fjellpay with chips.",
    ],
)
def test_a_deal_with_a_company_to_supply_it_is_a_commercial_contract_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden struck a deal with Fjellpay to develop payment terminals.",
        "Halden signed an agreement with Fjellpay to co-develop a card.",
        "Halden reached an agreement with Fjellpay to launch a wallet in Norway.",
    ],
)
def test_a_deal_with_a_company_to_work_together_is_a_partnership(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == ("partnership", PARTNERS)


@pytest.mark.parametrize(
    "body",
    [
        "Halden signed a contract to provide Fjellpay with cloud services.",
        "Halden has signed a contract with Fjellpay to supply terminals worth $30m.",
        "Halden won an order from Fjellpay for 200 terminals.",
        "Halden won a $50m order from Fjellpay.",
        "Fjellpay awarded Halden a contract to build its data centre.",
        "Fjellpay placed an order with Halden for 50 terminals.",
        "Halden has been selected by Fjellpay to supply terminals.",
        "Halden will supply Fjellpay with terminals under a contract worth $30m.",
        "Halden supplies Fjellpay with terminals.",
    ],
)
def test_a_contract_or_an_order_is_trade_not_a_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Brightwater struck a deal with Fjellpay to provide a $200m loan.",
        "Brightwater signed an agreement with Fjellpay to provide financing for its expansion.",
    ],
)
def test_an_agreement_to_provide_money_is_credit_not_a_partnership(body):
    assert deals(body) == []


# --- 5. a joint venture that itself buys -----------------------------------------------
# The purchase is the transaction: the venture's owners are its acquirers (the venture is
# not a company on file), and a venture formed before is no deal of its own.


@pytest.mark.parametrize(
    "body",
    [
        "The joint venture formed by Halden and Nordkap will acquire Fjellpay.",
        "Halden and Nordkap's joint venture agreed to buy Fjellpay.",
        "The Halden-Nordkap joint venture will buy Fjellpay.",
        "The venture, owned equally by Halden and Nordkap, agreed to buy Fjellpay.",
        "Halden and Nordkap, through their joint venture, will acquire Fjellpay.",
        "Halden and Nordkap's joint venture, formed in 2018, agreed to buy Fjellpay.",
        "Halden formed a joint venture with Nordkap that will acquire Fjellpay.",
    ],
)
def test_a_joint_venture_that_buys_is_an_acquisition_by_its_owners(body):
    deal = one_deal(body)
    assert (deal.kind, deal.status, deal.parties) == ("acquisition", "announced", VENTURE_BUYS)


@pytest.mark.parametrize(
    "body",
    [
        "The joint venture formed by Halden and Nordkap last year will acquire Fjellpay for $300m.",
        "A joint venture of Halden and Nordkap has agreed to buy Fjellpay for $300m.",
    ],
)
def test_the_year_a_venture_was_formed_does_not_make_its_purchase_background(body):
    deal = one_deal(body)
    assert (deal.parties, f"{deal.value:f}") == (VENTURE_BUYS, "300000000")


@pytest.mark.parametrize(
    "body",
    [
        "Halden and Nordkap will form a joint venture to acquire Fjellpay.",
        "Halden and Nordkap formed a joint venture to buy Fjellpay.",
    ],
)
def test_a_joint_venture_formed_to_buy_is_one_acquisition_by_both(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == ("acquisition", VENTURE_BUYS)


@pytest.mark.parametrize(
    "body",
    [
        "Halden and Nordkap formed a joint venture in 2019. The joint venture will acquire"
        " Fjellpay for $300m.",
        "Halden and Nordkap formed a joint venture in 2019. On Monday the venture agreed to buy"
        " Fjellpay for $300m.",
    ],
)
def test_a_venture_formed_earlier_buys_for_its_owners_with_no_venture_deal(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties, f"{deal.value:f}") == (
        "acquisition",
        VENTURE_BUYS,
        "300000000",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Halden and Nordkap set up a joint venture in 2019.",
        "Halden and Nordkap formed a joint venture in 2019. The venture employs 300 people.",
    ],
)
def test_a_venture_formed_years_ago_and_buying_nothing_is_no_deal(body):
    assert deals(body) == []


def test_what_the_owners_hold_of_a_venture_that_buys_is_not_the_purchases_stake():
    deal = one_deal(
        "Halden and Nordkap will each own half of a joint venture that will buy a 30% stake in"
        " Fjellpay."
    )
    assert (deal.kind, f"{deal.stake:f}") == ("investment", "30")
    assert deal.parties == {"halden": "investor", "nordkap": "investor", "fjellpay": "investee"}


def test_a_venture_that_buys_a_companys_business_names_the_company_its_seller():
    deal = one_deal(
        "Halden agreed to form a venture with Nordkap that will acquire Fjellpay's card business"
        " for $200m."
    )
    assert (deal.kind, deal.parties, f"{deal.value:f}") == (
        "acquisition",
        {"halden": "acquirer", "nordkap": "acquirer", "fjellpay": "seller"},
        "200000000",
    )


def test_a_venture_that_buys_goods_is_no_acquisition():
    deal = one_deal(
        "Halden and Nordkap agreed to form a joint venture that will buy electricity from Fjellpay."
    )
    assert deal.kind == "joint_venture"
