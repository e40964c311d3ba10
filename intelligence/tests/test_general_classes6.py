"""Deal extraction on a sixth round of general classes, found in `eval-blind8/`'s no-deal
stories: a unit's borrowing paid to its parent as a dividend, an act said not to happen, a
past deal with a hedge in its aside, shares sold to the market by their owner, a report of
talks that are denied. Each class in several phrasings of our own, with the cases nearby that
must still give the deal; the cast and helpers are those of `test_general_classes`."""

import pytest

from intelligence.tests.test_general_classes import BUY, deals, facts, one_deal

# --- 1. borrowing, and a dividend paid to the parent, are no investment -----------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden will spin off Fjellpay. Before the separation, Fjellpay will raise about $1.5bn"
        " of debt and pay most of it to Halden as a one-time dividend.",
        "Halden will spin off Fjellpay. Fjellpay will raise $800m of new debt and pay it to"
        " Halden as a special dividend.",
        "Halden will spin off Fjellpay. Fjellpay will raise $800m of borrowings and pay $700m"
        " to Halden.",
        "Halden will separate its payments arm. Ahead of the listing, Fjellpay will take on"
        " $800m of new debt and pay a one-off dividend to Halden.",
    ],
)
def test_debt_paid_to_the_parent_is_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay raised $80m from Halden.",
        "Fjellpay raised $80m of equity from Halden.",
    ],
)
def test_money_raised_from_an_investor_is_still_an_investment(body):
    kind, _, parties, value, currency, _ = facts(one_deal(body))
    assert (kind, parties, value, currency) == (
        "investment",
        {"fjellpay": "investee", "halden": "investor"},
        "80000000",
        "USD",
    )


# --- 2. an act said not to happen is no deal ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Nordkap will use Fjellpay's software. Fjellpay said it was a commercial arrangement"
        " and that Nordkap was not taking a stake in the company.",
        "Nordkap chose Fjellpay's software. Fjellpay said Nordkap was a customer and was not"
        " taking any stake in the business.",
        "Nordkap signed a contract with Fjellpay. Nordkap will not be making an investment in"
        " Fjellpay, a spokesman said.",
        "Halden will not take a stake in Fjellpay.",
        "Halden will never sell Fjellpay, its chairman said.",
        "Halden is not planning to buy Fjellpay.",
    ],
)
def test_a_negated_act_is_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden did not disclose how much it paid for Fjellpay.",
        "Halden is buying Fjellpay, a spokesman said.",
    ],
)
def test_a_negation_that_does_not_govern_the_act_keeps_the_deal(body):
    assert one_deal(body).parties == BUY


def test_a_stake_taken_is_still_an_investment():
    deal = one_deal("Halden will take a 10% stake in Fjellpay.")
    assert (deal.kind, deal.stake) == ("investment", 10)


# --- 3. a past deal stays background whatever its aside hedges -------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Nordkap has hired Ann Lee as chief executive. Lee is best known for her role in"
        " Halden's 2020 takeover of Fjellpay, which she helped negotiate.",
        "Nordkap has hired Ann Lee as finance chief. At Halden she led the 2018 purchase of"
        " Fjellpay, which she negotiated over a year.",
        "Nordkap appointed Ann Lee. She is credited with Halden's 2021 takeover of Fjellpay,"
        " which some analysts considered expensive.",
    ],
)
def test_a_dated_past_deal_with_a_hedged_aside_is_no_deal(body):
    assert deals(body) == []


def test_talks_with_a_dated_aside_are_still_talks():
    deal = one_deal("Halden is in talks to buy Fjellpay, which it first approached in 2021.")
    assert (deal.status, deal.parties) == ("in_talks", BUY)


# --- 4. shares sold to the market by their owner ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay set a price range for its flotation. The company said the offer would consist"
        " entirely of existing shares sold by its owner, private equity firm Halden, which"
        " bought it in 2017.",
        "Fjellpay's listing will consist only of existing shares, sold by its owner Halden.",
        "Fjellpay set the price range for its IPO. All the shares on offer are being sold by"
        " Halden, which owns the company.",
    ],
)
def test_shares_sold_in_a_listing_are_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay, sold by Nordkap to Halden last week for $300m, reported higher profits.",
        "Fjellpay has been sold by Nordkap to Halden for $300m.",
    ],
)
def test_a_company_sold_by_its_owner_names_the_seller(body):
    deal = one_deal(body)
    assert deal.parties == {**BUY, "nordkap": "seller"}


# --- 5. a report of talks that are denied ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden has denied a newspaper report that it is in talks to buy Fjellpay. The"
        " newspaper had reported that Halden had hired advisers and was close to making an"
        " offer for Fjellpay.",
        "Halden denied it was in talks to buy Fjellpay. A newspaper had reported that Halden"
        " was close to a formal offer for Fjellpay.",
        "Halden denied a report that it was in talks to buy Fjellpay. The newspaper said"
        " Halden was nearing a bid for Fjellpay.",
    ],
)
def test_a_denied_report_of_a_bid_is_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden is close to making an offer for Fjellpay.",
        "Halden was close to making an offer for Fjellpay, people familiar with the matter said.",
    ],
)
def test_a_bid_about_to_be_made_is_in_talks(body):
    deal = one_deal(body)
    assert (deal.status, deal.parties) == ("in_talks", BUY)


def test_a_deal_agreed_after_a_denial_is_announced():
    deal = one_deal(
        "Halden denied it was in talks to buy Fjellpay in March. On Tuesday Halden agreed to"
        " buy Fjellpay for $300m."
    )
    assert (deal.status, deal.parties) == ("announced", BUY)


# --- 6. two bidders for one target are two deals ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The board of Fjellpay has rejected a hostile offer from Halden and told shareholders"
        " to accept the lower bid from Nordkap that it agreed last month.",
        "Fjellpay rejected an offer from Halden, saying it preferred the agreed bid from Nordkap.",
        "Fjellpay turned down an approach from Halden and recommended a rival offer from Nordkap.",
    ],
)
def test_a_rejected_bid_and_a_backed_one_are_two_deals(body):
    found = {frozenset(deal.parties.items()) for deal in deals(body)}
    assert found == {
        frozenset({("halden", "acquirer"), ("fjellpay", "target")}),
        frozenset({("nordkap", "acquirer"), ("fjellpay", "target")}),
    }


def test_what_is_told_of_the_first_bidder_stays_with_its_bid():
    found = deals(
        "Fjellpay rejected an offer from Halden and backed the lower bid from Nordkap that it"
        " agreed last month. Halden's proposal values Fjellpay at $1.1bn. Halden took its bid"
        " directly to Fjellpay's investors on Monday, after two approaches were turned down."
    )
    by_buyer = {next(c for c, r in d.parties.items() if r == "acquirer"): d for d in found}
    assert (by_buyer["halden"].value, by_buyer["nordkap"].value) == (1100000000, None)
    assert by_buyer["nordkap"].status == "announced"


def test_an_offer_from_two_companies_together_is_one_deal():
    deal = one_deal("Fjellpay has received a takeover offer from Halden and Nordkap.")
    assert deal.parties == {**BUY, "nordkap": "acquirer"}


# --- 7. the seller named in a later sentence --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden has completed its $780m acquisition of Fjellpay, the Norwegian group said on"
        " Monday. The purchase, first announced in March, was made from Nordkap, an"
        " infrastructure investor that had owned Fjellpay since 2015.",
        "Halden has agreed to buy Fjellpay for $500m. The purchase is being made from Nordkap,"
        " which has owned Fjellpay since 2012.",
        "Halden has completed its acquisition of Fjellpay. The stake was bought from Nordkap.",
    ],
)
def test_a_seller_told_after_the_deal_joins_it(body):
    assert one_deal(body).parties == {**BUY, "nordkap": "seller"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden has agreed to buy Fjellpay. Nordkap has been selling assets to cut debt.",
        "Halden has agreed to buy Fjellpay. Nordkap pulled out of a sale of Osprey last year.",
    ],
)
def test_another_company_selling_is_not_the_seller(body):
    assert one_deal(body).parties == BUY


def test_a_separate_sale_is_its_own_deal():
    found = deals("Halden has agreed to buy Fjellpay. Nordkap sold its stake in Osprey to Corvid.")
    assert [deal.parties for deal in found] == [
        BUY,
        {"nordkap": "seller", "osprey": "target", "corvid": "acquirer"},
    ]


# --- 8. the part of the shares pledged to a deal is not its stake -----------------------


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay has agreed to be acquired by Halden for $860m. Directors and officers holding"
        " about 9 per cent of the shares have signed support agreements.",
        "Fjellpay has agreed to be acquired by Halden for $860m. Shareholders representing 40%"
        " of the shares have given irrevocable undertakings to accept.",
        "Fjellpay has agreed to be acquired by Halden for $860m. Investors with a combined 25"
        " per cent have backed the offer.",
    ],
)
def test_shares_pledged_in_support_are_not_a_stake(body):
    deal = one_deal(body)
    assert (deal.parties, deal.stake) == (BUY, None)


def test_a_part_bought_from_a_holder_is_still_the_stake():
    deal = one_deal("Halden agreed to buy 30% of Fjellpay from Nordkap.")
    assert (deal.stake, deal.parties["nordkap"]) == (30, "seller")


# --- 9. a scale joined by a hyphen ------------------------------------------------------


@pytest.mark.parametrize(
    "body, value, currency",
    [
        ("Fjellpay has agreed to be acquired by Halden for $860-million.", "860000000", "USD"),
        ("Halden agreed to buy Fjellpay in a C$1.2-billion deal.", "1200000000", "CAD"),
        ("Halden agreed to buy Fjellpay for €75-million.", "75000000", "EUR"),
    ],
)
def test_a_hyphenated_scale_is_read(body, value, currency):
    assert facts(one_deal(body))[3:5] == (value, currency)


def test_a_hyphenated_price_per_share_is_not_the_value():
    assert one_deal("Halden agreed to buy Fjellpay in a $5-a-share offer.").value is None


# --- 10. a management buyout: the company's people and their backer ---------------------

MBO = {"fjellpay": "target", "nordkap": "seller", "halden": "acquirer"}


@pytest.mark.parametrize(
    "body",
    [
        "The management team of Fjellpay, a maker of labels, is to buy the business from its"
        " owner Nordkap in a £145m deal backed by private equity firm Halden.",
        "The managers of Fjellpay will buy the company from Nordkap in a deal funded by buyout"
        " group Halden.",
        "Fjellpay's managers are buying the company from Nordkap with backing from Halden.",
    ],
)
def test_managers_buying_their_company_make_it_the_target_and_the_backer_the_buyer(body):
    assert one_deal(body).parties == MBO


@pytest.mark.parametrize(
    "rest",
    [
        "Halden will hold about 70% of the company after the buyout, with the chief executive"
        " and eight other managers owning the rest.",
        "Halden will own 80 per cent, with the management team holding the remainder.",
    ],
)
def test_the_backer_s_holding_beside_the_managers_rest_is_not_a_stake(rest):
    body = "The management team of Fjellpay is to buy the business from Nordkap in a deal backed"
    deal = one_deal(f"{body} by private equity firm Halden. {rest}")
    assert (deal.parties, deal.stake) == (MBO, None)


def test_a_part_bought_beside_the_seller_s_rest_is_still_the_stake():
    assert one_deal("Halden will buy 70% of Fjellpay, with Nordkap keeping the rest.").stake == 70


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay. For Nordkap, the sale completes a two-year effort to"
        " shrink.",
        "Halden agreed to buy Fjellpay. The deal completes the group's overhaul of its portfolio.",
    ],
)
def test_what_a_deal_completes_is_not_its_completion(body):
    assert one_deal(body).status == "announced"


# --- 11. a swap of two units: each buyer sells to the other ----------------------------

FIRST_LEG = {**BUY, "nordkap": "seller"}
SECOND_LEG = {"nordkap": "acquirer", "osprey": "target", "halden": "seller"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden and Nordkap agreed to swap units. Halden will take over Fjellpay, Nordkap's"
        " Czech subsidiary, while Nordkap will take control of Osprey, the Polish network"
        " Halden has owned since 2014.",
        "Halden and Nordkap agreed to swap units. Halden will take over Fjellpay, Nordkap's"
        " Czech subsidiary, while Nordkap will take control of Osprey.",
        "Halden and Nordkap will exchange businesses. Halden will buy Fjellpay, Nordkap's"
        " payments unit, while Nordkap will acquire Osprey.",
    ],
)
def test_the_two_legs_of_a_swap_name_each_seller(body):
    assert [deal.parties for deal in deals(body)] == [FIRST_LEG, SECOND_LEG]


@pytest.mark.parametrize(
    "money",
    [
        "Nordkap will also pay €140 million in cash to balance the exchange.",
        "Nordkap will make a balancing payment of €140 million.",
        "Nordkap will pay €140 million to make up the difference.",
    ],
)
def test_a_payment_that_evens_out_a_swap_is_not_a_value(money):
    body = (
        "Halden and Nordkap agreed to swap units. Halden will take over Fjellpay, Nordkap's"
        f" Czech subsidiary, while Nordkap will take control of Osprey. {money}"
    )
    assert [deal.value for deal in deals(body)] == [None, None]


def test_two_purchases_with_no_swap_keep_their_own_sellers():
    found = deals(
        "Halden will take over Fjellpay, Nordkap's Czech subsidiary, while Nordkap will take"
        " control of Osprey."
    )
    assert [deal.parties for deal in found] == [
        FIRST_LEG,
        {"nordkap": "acquirer", "osprey": "target"},
    ]


def test_the_owner_named_beside_the_company_bought_sells_it():
    deal = one_deal("Halden agreed to buy Fjellpay, Nordkap's Czech subsidiary, for €140 million.")
    assert facts(deal)[2:5] == (FIRST_LEG, "140000000", "EUR")


def test_a_list_of_companies_bought_stays_a_list():
    found = deals("Halden will buy Fjellpay, Nordkap and Osprey.")
    assert len(found) == 3 and all(len(deal.parties) == 2 for deal in found)


# --- 12. money written the local way ---------------------------------------------------


@pytest.mark.parametrize(
    "body, value, currency",
    [
        ("Halden agreed to buy Fjellpay for R3.8-billion in cash.", "3800000000", "ZAR"),
        ("Halden agreed to buy Fjellpay for $A610 million.", "610000000", "AUD"),
        ("Halden agreed to buy Fjellpay for $NZ45m.", "45000000", "NZD"),
        ("Halden agreed to buy Fjellpay for $US200 million.", "200000000", "USD"),
        (
            "Halden is in talks to buy Fjellpay in a deal worth about R$ 2,1 bilhões ($390"
            " million).",
            "2100000000",
            "BRL",
        ),
        ("Halden agreed to buy Fjellpay for R$ 450 milhões.", "450000000", "BRL"),
        ("Halden agreed to buy Fjellpay for R$ 1.200 milhões.", "1200000000", "BRL"),
    ],
)
def test_a_local_money_form_is_read(body, value, currency):
    assert facts(one_deal(body))[3:5] == (value, currency)


def test_a_dollar_amount_is_still_us_dollars():
    assert facts(one_deal("Halden agreed to buy Fjellpay for $50m."))[3:5] == ("50000000", "USD")


# --- 13. a block trade is a way of selling, not a block ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Nordkap has sold 8.5 per cent of Fjellpay in an overnight block trade worth about"
        " $A610 million.",
        "Nordkap sold its 12% stake in Fjellpay through a block sale to institutions.",
    ],
)
def test_a_block_trade_is_a_completed_sale(body):
    deal = one_deal(body)
    assert (deal.status, deal.parties) == (
        "completed",
        {"nordkap": "seller", "fjellpay": "investee"},
    )


@pytest.mark.parametrize(
    "body",
    [
        "Regulators blocked Halden's purchase of Fjellpay.",
        "The competition authority is blocking Halden's takeover of Fjellpay.",
    ],
)
def test_a_deal_blocked_by_regulators_is_still_collapsed(body):
    assert one_deal(body).status == "collapsed"


# --- 14. an opening phrase is not an aside ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden reported higher profits. Alongside the figures, the company said it had signed"
        " an agreement to acquire Fjellpay, a start-up whose software plans staff shifts.",
        "Halden reported higher profits. Ahead of the results, the company said it had agreed"
        " to buy Fjellpay, a payments start-up.",
        "Halden reported higher profits. Besides the results, the group said it would acquire"
        " Fjellpay, the Oslo payments firm.",
    ],
)
def test_a_deal_told_after_an_opening_phrase_is_read(body):
    assert one_deal(body).parties == BUY


def test_a_deal_told_in_an_aside_is_still_background():
    found = deals(
        "Halden, which agreed to buy Fjellpay in 2019, reported higher profits on Tuesday."
    )
    assert found == []


# --- 15. a company's own guidance is no deal value --------------------------------------


@pytest.mark.parametrize(
    "guidance",
    [
        "Halden now expects full-year revenue of $1.86bn to $1.88bn, up from a previous range of"
        " $1.82bn to $1.85bn.",
        "Halden raised its forecast to $1.9bn.",
        "Halden kept its outlook of $2bn in sales.",
    ],
)
def test_guidance_is_not_the_deal_value(guidance):
    deal = one_deal(f"Halden said it had signed an agreement to acquire Fjellpay. {guidance}")
    assert (deal.parties, deal.value) == (BUY, None)


def test_a_value_in_the_headline_still_counts():
    deal = one_deal(
        "Halden said it had signed an agreement to acquire Fjellpay. Halden now expects"
        " revenue of $1.86bn, up from a previous range of $1.82bn to $1.85bn.",
        headline="Halden buys Fjellpay for $210m as profit climbs",
    )
    assert facts(deal)[3:5] == ("210000000", "USD")


# --- 16. a completion told actively, and one denied -------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "Halden said it completed the purchase on Monday.",
        "On Monday Halden completed the purchase.",
        "The purchase was completed on Monday.",
    ],
)
def test_a_later_completion_of_the_deal_told_completes_it(later):
    deal = one_deal(f"Halden agreed to buy Fjellpay in March. {later}")
    assert (deal.status, deal.parties) == ("completed", BUY)


@pytest.mark.parametrize(
    "body",
    [
        "Halden has not yet completed its purchase of Fjellpay.",
        "Halden agreed to buy Fjellpay. The deal has not yet closed.",
        "Halden agreed to buy Fjellpay. Halden completed the purchase of a Danish lender in 2021.",
    ],
)
def test_a_completion_denied_or_of_another_deal_leaves_it_announced(body):
    assert one_deal(body).status == "announced"


# --- 17. a bid not ruled out is talked of; one ruled out is denied ----------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden has not ruled out buying Fjellpay.",
        "Halden did not rule out a bid for Fjellpay.",
        "Halden said it would not rule out selling Fjellpay if the price was right.",
    ],
)
def test_a_deal_not_ruled_out_is_rumoured(body):
    assert one_deal(body).status == "rumoured"


@pytest.mark.parametrize(
    "body",
    [
        "Halden ruled out a bid for Fjellpay.",
        "Halden has ruled out selling Fjellpay.",
        "Halden said it was not in talks with Fjellpay but did not rule out an offer.",
    ],
)
def test_a_deal_ruled_out_is_no_deal(body):
    assert deals(body) == []
