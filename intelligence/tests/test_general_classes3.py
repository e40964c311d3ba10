"""Deal extraction on a third round of general classes: a deal told again between the same
companies, an end or a completion told as a prospect or of another deal, "investment" as a
kind of company, and money and stakes that are not the deal's terms. Each class in several
phrasings of our own, with the cases that must still give a deal; the cast and helpers are
those of `test_general_classes`."""

import pytest

from intelligence.analysis import analyse_story
from intelligence.deals import SHOW_AT
from intelligence.matcher import CompanyMatcher
from intelligence.tests.test_general_classes import BUY, deals, facts, one_deal

PARTNERS = {"halden": "partner", "fjellpay": "partner"}


# --- 1. the same deal told again -------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay for $400m. Fjellpay is the biggest of five acquisitions"
        " Halden has made since 2020.",
        "Halden has completed its purchase of Fjellpay for $400m. Halden paid for all of"
        " Fjellpay's shares in cash, it said.",
        "Halden is in talks to buy Fjellpay. A deal would let Halden sell Fjellpay's insurance"
        " policies through its branches.",
        "Halden closed its acquisition of Fjellpay on Monday. Halden said it planned to combine"
        " Fjellpay with two smaller lenders it already owns.",
    ],
)
def test_a_later_sentence_about_the_same_two_companies_is_no_second_deal(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == ("acquisition", BUY)


def test_a_buyer_buying_goods_from_its_venture_partner_is_no_second_deal():
    deal = one_deal(
        "Halden and Fjellpay will form a joint venture to build battery cells. Halden buys"
        " most of its cells from Fjellpay today."
    )
    assert (deal.kind, deal.parties) == ("joint_venture", PARTNERS)


def test_the_price_told_again_fills_the_deal_it_retells():
    deal = one_deal(
        "Halden said it had completed its takeover of Fjellpay. Halden paid 86 billion yen for"
        " all of Fjellpay's shares, it said."
    )
    assert facts(deal) == ("acquisition", "completed", BUY, "86000000000", "JPY", None)


@pytest.mark.parametrize(
    "body, parties",
    [
        (
            "Halden agreed to buy Fjellpay for $400m. Separately, Osprey agreed to buy Tamarind"
            " for $50m.",
            [BUY, {"osprey": "acquirer", "tamarind": "target"}],
        ),
        (
            "Halden agreed to buy Fjellpay for $400m. In a separate deal, Nordkap agreed to sell"
            " Tamarind to Halden for $90m.",
            [BUY, {"nordkap": "seller", "tamarind": "target", "halden": "acquirer"}],
        ),
    ],
)
def test_a_deal_naming_another_company_is_still_a_second_deal(body, parties):
    assert [d.parties for d in deals(body)] == parties


# --- 2. an end or a completion that is not the news ------------------------------------


@pytest.mark.parametrize(
    "body, status",
    [
        (
            "Halden agreed to buy Fjellpay. It expects the deal to be completed in the first"
            " half of next year.",
            "announced",
        ),
        (
            "Halden agreed to buy Fjellpay. The group hopes the deal will be completed by March.",
            "announced",
        ),
        (
            "Halden is considering an offer for Fjellpay, people familiar with the matter said."
            " Halden could still walk away, they said.",
            "rumoured",
        ),
        (
            "Halden is in talks to buy Fjellpay. The talks might yet collapse over the price,"
            " one person said.",
            "in_talks",
        ),
    ],
)
def test_an_end_or_completion_told_as_a_prospect_leaves_the_status(body, status):
    assert one_deal(body).status == status


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay. Halden tried to buy a Belgian leasing company in 2021"
        " but pulled out during due diligence.",
        "Halden agreed to buy Fjellpay. In 2023 the group bid for a Danish lender but walked"
        " away after regulators objected.",
    ],
)
def test_the_end_of_another_unnamed_deal_leaves_the_status(body):
    assert one_deal(body).status == "announced"


def test_the_price_of_another_unnamed_deal_is_not_the_deals():
    deal = one_deal(
        "Halden agreed to buy Fjellpay. The group also agreed to buy a small Danish lender"
        " for $20m."
    )
    assert deal.value is None


@pytest.mark.parametrize(
    "body",
    [
        "Halden launched a hostile offer for Fjellpay after the target's board rejected two"
        " earlier approaches.",
        "Halden made a new offer for Fjellpay, because its first bid was blocked by regulators.",
    ],
)
def test_an_end_told_as_what_led_to_the_bid_leaves_it_announced(body):
    assert one_deal(body).status == "announced"


@pytest.mark.parametrize(
    "body, status",
    [
        ("Halden agreed to buy Fjellpay. Regulators blocked the deal on Tuesday.", "collapsed"),
        ("Halden agreed to buy Fjellpay. The deal was completed on Friday.", "completed"),
        ("Halden agreed to buy Fjellpay. Halden walked away from the deal on Friday.", "collapsed"),
        ("Halden's bid for Fjellpay collapsed after the two sides failed to agree.", "collapsed"),
    ],
)
def test_an_end_or_completion_told_as_news_still_moves_the_status(body, status):
    assert one_deal(body).status == status


# --- 3. "investment" as a kind of company ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Swiss investment holding Halden on Tuesday launched a hostile tender offer for Fjellpay.",
        "Investment group Halden agreed to buy Fjellpay.",
        "Halden, an investment firm, agreed to buy Fjellpay.",
    ],
)
def test_investment_naming_a_kind_of_company_is_no_trigger(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == ("acquisition", BUY)


def test_a_stake_bought_by_an_investment_group_names_its_roles():
    deal = one_deal(
        "Abu Dhabi investment group Halden has bought 30 per cent of Fjellpay from Nordkap"
        " for $410 million."
    )
    assert deal.parties == {"halden": "investor", "fjellpay": "investee", "nordkap": "seller"}


@pytest.mark.parametrize(
    "body",
    ["Halden made an investment in Fjellpay.", "Halden's investment in Fjellpay closed on Monday."],
)
def test_an_investment_is_still_a_trigger(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == (
        "investment",
        {"halden": "investor", "fjellpay": "investee"},
    )


# --- 4. money and stakes ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body, value, currency",
    [
        (
            "Halden said it had walked away from its proposed 740 million pound takeover of"
            " Fjellpay.",
            "740000000",
            "GBP",
        ),
        ("Halden made a 2 billion euro bid for Fjellpay.", "2000000000", "EUR"),
        (
            "Halden agreed to buy Fjellpay. The group said it would pay 4.2 billion Danish crowns"
            " for the company.",
            "4200000000",
            "DKK",
        ),
        (
            "Halden agreed to buy Fjellpay for 4.5 billion Norwegian kroner.",
            "4500000000",
            "NOK",
        ),
        (
            "Regulators blocked Halden's planned acquisition of Fjellpay, saying the 1.8 trillion"
            " won ($1.3 billion) deal would hurt competition.",
            "1800000000000",
            "KRW",
        ),
    ],
)
def test_a_price_in_currency_words_is_the_deals_value(body, value, currency):
    deal = one_deal(body)
    assert (f"{deal.value:f}", deal.currency) == (value, currency)


@pytest.mark.parametrize(
    "body",
    [
        "Halden launched a hostile offer for Fjellpay. Halden is offering 84 Swiss francs in"
        " cash for each Fjellpay share.",
        "Halden made an offer for Fjellpay. It will pay 310 pence per Fjellpay share.",
        "Halden walked away from its takeover of Fjellpay. It will book about 6 million pounds"
        " of costs related to the aborted bid.",
        "Halden agreed to buy Fjellpay. It expects $40m of savings from the deal.",
    ],
)
def test_a_price_per_share_or_a_cost_is_no_deal_value(body):
    assert one_deal(body).value is None


@pytest.mark.parametrize(
    "body",
    [
        "Halden launched a hostile offer for Fjellpay. Its largest shareholder, the founding"
        " Berg family, owns 14% and will not tender.",
        "Halden made an offer for Fjellpay. The Norwegian government, which holds 20%, backs"
        " the bid.",
    ],
)
def test_another_holders_stake_is_not_the_deals(body):
    assert one_deal(body).stake is None


@pytest.mark.parametrize(
    "body, stake",
    [
        (
            "Halden agreed to buy a majority of Fjellpay. Under the terms, Halden will pay"
            " 2.2 billion reais for 60% of Fjellpay.",
            "60",
        ),
        (
            "Halden agreed to take control of Fjellpay. The company will pay R$1.3 billion for"
            " 70% of the business, with the founders keeping the rest.",
            "70",
        ),
        ("Halden said it paid $400m for 30 per cent of Fjellpay.", "30"),
    ],
)
def test_the_share_a_price_pays_for_is_the_deals_stake(body, stake):
    assert f"{one_deal(body).stake:f}" == stake


def test_a_share_of_sales_is_no_stake():
    deal = one_deal("Halden agreed to buy Fjellpay. Fjellpay accounts for 40% of Halden's sales.")
    assert deal.stake is None


# --- 5. a rumour the story denies ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden on Wednesday denied it was in talks to buy Fjellpay. A newspaper reported that"
        " Halden had approached Fjellpay about a takeover worth $900m.",
        "Halden said there was no truth in reports it would bid for Fjellpay. The Herald had"
        " reported that Halden was weighing an offer for Fjellpay, according to people"
        " familiar with the matter.",
    ],
)
def test_a_report_of_talks_the_story_denies_is_no_deal(body):
    assert deals(body) == []


def test_a_deal_agreed_after_a_denial_is_still_news():
    deal = one_deal(
        "Halden denied it was in talks to buy Fjellpay last month. On Monday Halden agreed to"
        " buy Fjellpay for $900m."
    )
    assert (deal.status, deal.parties) == ("announced", BUY)


def test_a_rumour_about_another_bidder_survives_a_denial():
    deal = one_deal(
        "Halden denied it was in talks to buy Fjellpay. People familiar with the matter said"
        " Osprey was weighing a bid for Fjellpay."
    )
    assert deal.parties == {"osprey": "acquirer", "fjellpay": "target"}


# --- 6. no deal: ratings, damages, the subject's own "its" -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        'Halden kept its "buy" rating on Fjellpay and raised its earnings forecasts by 8 per cent.',
        'Of the 14 analysts covering Fjellpay, 11 rate it "buy" and three "hold".',
        "Halden upgraded Fjellpay to buy from hold on Monday.",
        "Analysts at Halden reiterated their sell recommendation on Fjellpay.",
    ],
)
def test_an_analysts_rating_is_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden is seeking damages of at least $45m and an order to stop Fjellpay selling"
        " the test.",
        "A court ordered Fjellpay to pay Halden damages of $12m for using its software.",
        "Halden claimed damages from Fjellpay, saying it sold products built on Halden's designs.",
    ],
)
def test_damages_claimed_in_a_dispute_are_no_deal(body):
    assert deals(body) == []


def test_a_named_rating_beside_a_deal_leaves_the_deal():
    deal = one_deal("Nordkap agreed to buy Fjellpay. Halden kept its buy rating on Nordkap.")
    assert deal.parties == {"nordkap": "acquirer", "fjellpay": "target"}


@pytest.mark.parametrize(
    "body",
    [
        "Brightwater Bank managed the sale. Halden will use the money to pay for maintenance on"
        " its platforms.",
        "Brightwater Bank arranged the sale. Halden will pay for repairs at its plants.",
    ],
)
def test_its_after_a_place_is_the_payers_own_not_a_seller(body):
    assert deals(body) == []


def test_its_right_after_a_sale_is_still_the_sellers():
    deal = one_deal("Halden agreed to sell its stake in Fjellpay to Nordkap.")
    assert deal.parties["halden"] == "seller"


# --- 7. two acts reported in one sentence ----------------------------------------------

SOLD_TO_OSPREY = {"halden": "seller", "osprey": "acquirer"}


@pytest.mark.parametrize(
    "body, second",
    [
        (
            "Halden said on Thursday it had agreed to buy rival Fjellpay for NOK 2.8bn, and that"
            " it would sell its Scottish farms to Osprey Capital for £95m.",
            SOLD_TO_OSPREY,
        ),
        (
            "Halden said on Tuesday it had agreed to buy Fjellpay for £310m and, in a separate"
            " transaction, to sell its data-hosting business Tamarind Labs to Osprey Capital for"
            " £95m.",
            {"halden": "seller", "tamarind": "target", "osprey": "acquirer"},
        ),
        (
            "Halden agreed to buy Fjellpay and to sell its card unit to Osprey for $50m.",
            SOLD_TO_OSPREY,
        ),
    ],
)
def test_a_second_act_reported_in_the_same_sentence_is_a_second_deal(body, second):
    first, other = deals(body)
    assert (first.parties, other.parties) == (BUY, second)


def test_the_sites_a_company_sells_are_a_business():
    deal = one_deal("Halden agreed to sell its two data centres in Essex to Osprey for $90m.")
    assert (deal.parties, f"{deal.value:f}") == (SOLD_TO_OSPREY, "90000000")


@pytest.mark.parametrize(
    "body",
    [
        "Halden sold its cars to Osprey last year.",
        "Halden sells its fish to Osprey through a long-term contract.",
    ],
)
def test_goods_a_company_sells_are_still_trade(body):
    assert deals(body) == []


def test_and_that_about_the_same_deal_adds_no_deal():
    deal = one_deal("Halden said it had bought Fjellpay and that the deal would lift earnings.")
    assert (deal.status, deal.parties) == ("completed", BUY)


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay for NOK 2.8bn. Fjellpay's owners will receive half the"
        " price in cash and half in new Halden shares.",
        "Halden agreed to buy Fjellpay for $1bn, a third in cash and two thirds in Halden stock.",
    ],
)
def test_how_the_price_is_paid_is_no_stake(body):
    assert one_deal(body).stake is None


def test_a_fraction_of_the_company_is_still_a_stake():
    deal = one_deal("Halden agreed to buy half of Fjellpay for $200m, paying in cash.")
    assert f"{deal.stake:f}" == "50"


# --- 8. more money forms: ranges offered, shillings, a venture's combined outlay --------


@pytest.mark.parametrize(
    "body, value, currency",
    [
        (
            "Halden said it was in talks to buy Fjellpay. A newspaper reported that Halden was"
            " offering between 7 billion and 7.5 billion Swedish crowns for the company.",
            "7500000000",
            "SEK",
        ),
        (
            "Halden is in talks to buy Fjellpay. It is offering between $300m and $350m for the"
            " business, people familiar with the matter said.",
            "350000000",
            "USD",
        ),
    ],
)
def test_a_range_offered_is_its_upper_bound(body, value, currency):
    deal = one_deal(body)
    assert (f"{deal.value:f}", deal.currency) == (value, currency)


@pytest.mark.parametrize(
    "body, value, currency",
    [
        (
            "Fjellpay has raised KSh 2.4 billion from Halden in exchange for a minority holding.",
            "2400000000",
            "KES",
        ),
        ("Halden agreed to buy Fjellpay for RM1.2bn.", "1200000000", "MYR"),
        ("Halden agreed to buy Fjellpay for TSh 90bn.", "90000000000", "TZS"),
    ],
)
def test_prefixed_currencies_of_other_markets_are_read(body, value, currency):
    deal = one_deal(body)
    assert (f"{deal.value:f}", deal.currency) == (value, currency)


def test_what_the_partners_invest_in_their_venture_is_its_value():
    deal = one_deal(
        "Halden and Fjellpay will form a joint venture to supply gas. The two companies will"
        " invest a combined S$300 million in the venture."
    )
    assert facts(deal) == ("joint_venture", "announced", PARTNERS, "300000000", "SGD", None)


def test_an_investment_elsewhere_after_a_venture_is_its_own_deal():
    venture, other = deals(
        "Halden and Fjellpay formed a joint venture. Separately, Osprey will invest $20m in"
        " Tamarind."
    )
    assert (venture.value, other.parties) == (None, {"osprey": "investor", "tamarind": "investee"})


# --- 9. the teller of a sale, control passed, the new owner ----------------------------

SALE = {"fjellpay": "target", "halden": "acquirer", "nordkap": "seller"}


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay has been sold to Halden for $400m, Nordkap said on Tuesday.",
        "Fjellpay will be sold to Halden for $400m, Nordkap said.",
        "The sale of Fjellpay to Halden was completed on Monday, said Nordkap.",
    ],
)
def test_who_tells_of_a_sale_naming_no_seller_is_the_seller(body):
    assert one_deal(body).parties == SALE


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay was bought by Halden for $400m, Brightwater said.",
        "Fjellpay was sold to Halden for $400m, analysts at Corvid said.",
        "Fjellpay was sold to Halden for $400m, Halden said.",
    ],
)
def test_who_tells_of_a_purchase_or_analyses_a_sale_is_no_seller(body):
    assert one_deal(body).parties == {"fjellpay": "target", "halden": "acquirer"}


@pytest.mark.parametrize(
    "body",
    [
        "Control of Fjellpay passed to Halden on Monday.",
        "Control of Fjellpay has passed to Halden Group after the deal closed.",
        "Control of Fjellpay was transferred to Halden for $300m.",
        "Halden now owns Fjellpay after the deal closed.",
        "Halden now owns all of Fjellpay.",
    ],
)
def test_control_passed_or_a_new_owner_is_a_completed_acquisition(body):
    deal = one_deal(body)
    assert (deal.kind, deal.status, deal.parties) == ("acquisition", "completed", BUY)


@pytest.mark.parametrize(
    "body",
    [
        "The chairmanship of Fjellpay passed to Halden's former chief executive.",
        "The Fjellpay brand passed to Halden's founder.",
        "Fjellpay's founder still owns 20% of the company.",
        "Fjellpay is owned by Halden, which bought it in 2015.",
    ],
)
def test_something_else_passing_or_an_owner_of_long_standing_is_no_deal(body):
    assert deals(body) == []


# --- 10. the owner the story names is the seller ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden has held early discussions with Nordkap Holdings, the investment firm that owns"
        " Fjellpay, about a possible bid. Halden is considering an offer for Fjellpay, people"
        " familiar with the matter said.",
        "Halden has closed its acquisition of Fjellpay for $250m. Fjellpay was owned by Nordkap,"
        " a family-controlled conglomerate.",
        "Halden agreed to buy Fjellpay. Fjellpay, which is controlled by Nordkap, makes cards.",
    ],
)
def test_the_owner_named_for_the_company_bought_is_the_seller(body):
    assert one_deal(body).parties == {**BUY, "nordkap": "seller"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden has closed its acquisition of Fjellpay for $250m. Fjellpay was owned by Nordkap"
        " until 2019.",
        "Halden agreed to buy Fjellpay. Fjellpay is owned by a group of pension funds and Nordkap.",
    ],
)
def test_a_former_or_one_of_several_owners_is_not_named_the_seller(body):
    assert one_deal(body).parties == BUY


def test_the_owner_of_a_company_taking_a_minority_stake_is_no_seller():
    deal = one_deal("Halden agreed to buy 20% of Fjellpay. Fjellpay is controlled by Nordkap.")
    assert "nordkap" not in deal.parties


# --- 11. a trigger word inside a company's name ----------------------------------------

NAMED = CompanyMatcher(
    [
        ("halden", "halden", "Halden Group", ["Halden"], False, "NO"),
        ("orionpay", "orionpay", "Orion Pay", [], False, "MY"),
    ]
)


@pytest.mark.parametrize(
    "body",
    [
        "Orion Pay has been sold to Halden for $400m.",
        "Halden agreed to buy Orion Pay for $400m.",
    ],
)
def test_a_trigger_word_inside_a_name_is_no_trigger(body):
    # A cast of its own: "Orion Pay" holds the word "pay" ("pay … for" is a trigger).
    deal = analyse_story(headline="", body=body, matcher=NAMED, min_confidence=SHOW_AT).deals
    assert [d.parties for d in deal] == [{"orionpay": "target", "halden": "acquirer"}]


# --- 12. a co-owner bought out ---------------------------------------------------------

BOUGHT_OUT = {"halden": "acquirer", "nordkap": "seller", "fjellpay": "target"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden bought out Nordkap, its partner in Fjellpay, for $200m.",
        "Halden has bought out its co-owner Nordkap from Fjellpay.",
        "Halden agreed to buy out its joint venture partner Nordkap in Fjellpay for $90m.",
    ],
)
def test_a_co_owner_bought_out_sells_the_business(body):
    assert one_deal(body).parties == BOUGHT_OUT


@pytest.mark.parametrize(
    "body",
    [
        "Osprey bought out Fjellpay for $50m.",
        "Halden agreed to buy out Fjellpay's minority shareholders.",
    ],
)
def test_a_company_bought_out_is_the_target(body):
    deal = one_deal(body)
    assert deal.parties["fjellpay"] == "target"


# --- 13. a deal told in an aside -------------------------------------------------------

OSPREY_BUYS = {"osprey": "acquirer", "fjellpay": "target"}


@pytest.mark.parametrize(
    "body",
    [
        "Osprey, which last week agreed to buy Fjellpay, reported higher profits on Tuesday."
        " The $300m deal is expected to close in March.",
        "Osprey, which on Monday agreed to buy Fjellpay for $300m, said its profits rose 12%.",
        "Osprey, which is buying Fjellpay, said the deal would close in March after regulators"
        " approved it.",
    ],
)
def test_a_deal_told_in_an_aside_is_the_news_when_the_story_says_more(body):
    deal = one_deal(body)
    assert (deal.kind, deal.status, deal.parties) == ("acquisition", "announced", OSPREY_BUYS)


@pytest.mark.parametrize(
    "body",
    [
        "Osprey, which last week agreed to buy Fjellpay, reported higher profits on Tuesday.",
        "Osprey, which agreed to pay $2m to settle a lawsuit, reported higher profits.",
    ],
)
def test_a_deal_told_in_an_aside_alone_is_no_news(body):
    assert deals(body) == []


def test_a_deal_in_an_aside_gives_way_to_the_sentences_own():
    deal = one_deal(
        "Osprey, which last week agreed to buy Fjellpay, on Tuesday agreed to sell Tamarind to"
        " Halden for $50m."
    )
    assert deal.parties == {"osprey": "seller", "tamarind": "target", "halden": "acquirer"}
