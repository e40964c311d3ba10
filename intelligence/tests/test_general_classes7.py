"""Deal extraction on a seventh round of general classes, found in `eval-blind9/` and
`eval-blind10/` (development data since their one measurement): an end or a completion that
is only weighed or still to come, rounds rejected before the one agreed, a deal used to date
something, deals counted, spending called investment, a past told nearer the act than the
day of the story, talks held in a past year, a seller described before its name, another
holder's share. Each class in several phrasings of our own, with the cases nearby that must
still give the deal; the cast and helpers are those of `test_general_classes`."""

import pytest

from core.money import find_money
from intelligence.tests.test_general_classes import BUY, deals, facts, one_deal

AGREED = "Halden agreed to buy Fjellpay for $1.5bn. "

# --- 1. an end or a completion weighed, or still to come, moves no deal -----------------


@pytest.mark.parametrize(
    "after",
    [
        "Once the deal completes, Fjellpay's owners will hold 88pc of the enlarged group.",
        "When the deal completes, Fjellpay will be delisted.",
        "Fjellpay's board said it had considered terminating the agreement but backed the"
        " revised terms.",
        "Nordkap said it had weighed walking away from the deal.",
        "The deal should close in March, once the government has decided not to use its"
        ' special "golden power" to block it.',
        "An activist fund sought to block the deal.",
        "Some investors urged the board to reject the offer.",
    ],
)
def test_an_end_or_completion_weighed_or_to_come_leaves_the_deal_announced(after):
    kind, status, parties, *_ = facts(one_deal(AGREED + after))
    assert (kind, status, parties) == ("acquisition", "announced", BUY)


@pytest.mark.parametrize(
    ("after", "status"),
    [
        ("The deal completed on Monday.", "completed"),
        ("Halden said it completed the purchase on Friday.", "completed"),
        ("Regulators blocked the deal on Monday.", "collapsed"),
        ("Halden walked away from the deal on Monday.", "collapsed"),
        ("Fjellpay's board terminated the agreement on Friday.", "collapsed"),
    ],
)
def test_an_end_or_completion_told_as_done_still_moves_the_deal(after, status):
    assert one_deal(AGREED + after).status == status


# --- 2. rounds rejected before the one agreed --------------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "Halden had first proposed 540p in September and then 590p, both of which were rebuffed.",
        "Fjellpay rejected two earlier offers as too low.",
        "Halden's previous bid was rejected in May.",
        "The raised offer values Fjellpay at about $1.5bn.",
    ],
)
def test_earlier_rounds_rejected_do_not_end_the_agreed_deal(after):
    deal = one_deal("Fjellpay has agreed to a $1.5bn takeover by Halden. " + after)
    assert (deal.status, dict(deal.parties)) == ("announced", BUY)


def test_a_rejection_of_the_agreed_deal_itself_still_ends_it():
    deal = one_deal(
        "Fjellpay has agreed to a $1.5bn takeover by Halden. "
        "Fjellpay's shareholders rejected the deal on Friday."
    )
    assert deal.status == "collapsed"


# --- 3. a deal used to date something, deals counted, spending -------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Most of Fjellpay's directors left Halden after the merger.",
        "Fjellpay's shares have doubled since the takeover by Halden.",
        "Halden has made nine purchases since its listing, the largest being Fjellpay.",
        "Halden has completed several acquisitions this year, including Nordkap's arm.",
        "Halden said a string of acquisitions had lifted sales at Fjellpay.",
        '"Halden and Fjellpay will each make their own decisions on investment and on'
        ' capital," the chairman said.',
        "Halden said it would cut investment, and Fjellpay said it would raise dividends.",
    ],
)
def test_a_deal_as_a_date_a_count_of_deals_and_spending_are_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay. It has made nine purchases since its listing.",
        "Halden made an investment in Fjellpay on Monday.",
        "Halden's investment, announced on Monday, values Fjellpay at $400m.",
        "Halden completed the acquisition of Fjellpay on Monday.",
    ],
)
def test_one_deal_told_beside_them_is_still_found(body):
    assert len(deals(body)) == 1


# --- 4. the past nearest the act dates it -----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "A judge on Friday allowed former shareholders of Fjellpay to sue over claims they"
        " were underpaid when the company was merged into Halden six years ago.",
        "On Tuesday a court heard that Fjellpay was sold to Halden in 2019.",
        "Halden and Fjellpay had discussed a partnership in 2022, but the talks ended without"
        " an agreement.",
        "Halden and Fjellpay held merger talks in 2021 that came to nothing.",
    ],
)
def test_a_deal_dated_in_the_past_next_to_its_act_is_background(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed on Tuesday to buy Fjellpay, a company founded six years ago.",
        "Halden has been in talks to buy Fjellpay since 2024.",
        "Halden and Fjellpay discussed a merger on Tuesday.",
    ],
)
def test_a_deal_of_today_beside_an_older_date_is_news(body):
    assert len(deals(body)) == 1


# --- 5. a seller described before its name; another holder's share ---------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden will buy Fjellpay from JSE-listed Nordkap for $2bn.",
        "Halden will buy Fjellpay from private equity firm Nordkap for $2bn.",
        "Halden will buy Fjellpay from Swedish investor Nordkap for $2bn.",
        "Halden will buy Fjellpay from state-owned Nordkap for $2bn.",
    ],
)
def test_a_seller_described_before_its_name_is_the_seller(body):
    assert dict(one_deal(body).parties) == {**BUY, "nordkap": "seller"}


@pytest.mark.parametrize(
    "after",
    [
        "A staff share scheme will own 5% of the company.",
        "Its employees will keep their jobs, Halden said, and an employee trust will hold 4%.",
        "Managers will own the remaining 10 per cent.",
    ],
)
def test_another_holders_share_is_not_the_stake(after):
    assert one_deal("Halden will buy Fjellpay for $2bn. " + after).stake is None


def test_the_buyers_own_share_is_still_the_stake():
    deal = one_deal("Halden will buy Fjellpay for $2bn. Halden will own 60 per cent of it.")
    assert f"{deal.stake:f}" == "60"


# --- 6. who buys and who sells, told in the passive or with a description ---------------


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "A 12% stake in Fjellpay is being sold to Halden for €1.1 billion.",
            {"fjellpay": "investee", "halden": "investor"},
        ),
        (
            "Fjellpay is being sold to Halden by Nordkap for $1bn.",
            {**BUY, "nordkap": "seller"},
        ),
        (
            "Fjellpay was sold to Halden by its owner Nordkap.",
            {**BUY, "nordkap": "seller"},
        ),
        ("The acquisition of Fjellpay by Norway's Halden was completed on Friday.", BUY),
        ("Fjellpay was bought by Norway's Halden for $2bn.", BUY),
        (
            "Private equity firm Nordkap has agreed to sell Fjellpay, a maker of cylinders, to"
            " German engineering group Halden for SEK 4.2 billion.",
            {"nordkap": "seller", **BUY},
        ),
        (
            "Nordkap sold its stake in Fjellpay to US-based Halden.",
            {"nordkap": "seller", **BUY},
        ),
    ],
)
def test_the_buyer_after_sold_to_and_a_described_or_placed_name(body, parties):
    assert dict(one_deal(body).parties) == parties


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay said its board would recommend a cash offer of 512p a share from Halden.",
        "Fjellpay accepted an offer of about $2bn in cash from Halden.",
        "Fjellpay's board backed an offer of 640p from Halden on Friday.",
    ],
)
def test_an_offer_of_terms_from_a_bidder_names_it_and_its_target(body):
    assert dict(one_deal(body).parties) == BUY


# --- 7. the formal words of walking away; shares offered to the market; negated stakes --


def test_abandoning_a_pursuit_with_no_intention_to_offer_is_a_collapse():
    deal = one_deal(
        "Halden has abandoned its pursuit of Fjellpay, saying it does not intend to make an"
        " offer for the chain after failing to agree terms with its board."
    )
    assert (deal.status, dict(deal.parties)) == ("collapsed", BUY)


@pytest.mark.parametrize(
    "body",
    [
        "Halden said it does not intend to make an offer for Fjellpay.",
        "Halden denied it was in talks to buy Fjellpay.",
    ],
)
def test_a_denial_alone_is_still_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Halden prices Fjellpay listing at bottom of range",
            "Halden is selling existing shares equal to 25% of Fjellpay, with an option for"
            " the banks to sell a further 3.75% if demand allows.",
        ),
        ("", "Halden will sell 25% of Fjellpay in an initial public offering."),
        ("", "Nordkap is not taking an equity stake in Fjellpay, a spokesman said."),
    ],
)
def test_shares_sold_to_the_market_and_a_stake_not_taken_are_no_deal(headline, body):
    assert deals(body, headline) == []


def test_a_sale_to_a_named_buyer_before_a_listing_is_still_a_deal():
    deal = one_deal("Nordkap sold 25% of Fjellpay to Halden ahead of its listing.")
    assert dict(deal.parties) == {
        "nordkap": "seller",
        "fjellpay": "investee",
        "halden": "investor",
    }


# --- 8. more of a round told later; an aside that only describes ----------------------


@pytest.mark.parametrize(
    "after",
    [
        "Nordkap and Osprey, both new backers, also took part.",
        "Nordkap joined the round, as did Osprey.",
        "New investor Nordkap joined the round, as did Osprey, which backed the company's"
        " seed round in 2022.",
    ],
)
def test_investors_told_in_a_later_sentence_join_the_round(after):
    deal = one_deal("Fjellpay has raised $46 million in a round led by Halden. " + after)
    assert dict(deal.parties) == {
        "fjellpay": "investee",
        "halden": "investor",
        "nordkap": "investor",
        "osprey": "investor",
    }


def test_rival_bidders_each_weighing_offers_stay_two_deals():
    assert len(deals("Halden and Nordkap are each weighing offers for Fjellpay.")) == 2


def test_an_aside_that_describes_a_lender_does_not_hide_the_purchase():
    deal = one_deal(
        "Halden said it had agreed to buy Fjellpay, an Oslo firm that lends to Norwegians"
        " buying cars, from its private owners."
    )
    assert dict(deal.parties) == BUY


@pytest.mark.parametrize(
    ("after", "value", "currency"),
    [
        ("The price, 6.8 billion Norwegian kroner ($615 million), will be paid in cash.",
         "6800000000", "NOK"),
        ("The price is $400m.", "400000000", "USD"),
        ("The consideration, €50m, is payable in shares.", "50000000", "EUR"),
    ],
)  # fmt: skip
def test_the_price_told_in_a_later_sentence_is_the_value(after, value, currency):
    kind, status, parties, got, got_currency, _ = facts(
        one_deal("Halden said it had agreed to buy Fjellpay from its owners. " + after)
    )
    assert (got, got_currency) == (value, currency)


def test_a_share_price_told_later_is_no_value():
    assert one_deal("Halden agreed to buy Fjellpay. The share price, $12, rose 4%.").value is None


# --- 9. time clauses, goods, a past deal named again, an end joined to the agreement ----


def test_a_time_clause_after_the_telling_holds_the_news():
    deal = one_deal(
        '"We were offered a good price," Tierney said on Tuesday, a day after her family agreed'
        " to sell Fjellpay to Halden for €62 million."
    )
    assert (dict(deal.parties), f"{deal.value:f}") == (BUY, "62000000")


def test_a_denial_told_as_what_came_before_the_news_does_not_hide_it():
    deal = one_deal(
        "Fjellpay confirmed that it is in talks to sell itself to Halden, a week after it"
        " called reports of an approach speculation."
    )
    assert (deal.status, dict(deal.parties)) == ("in_talks", BUY)


@pytest.mark.parametrize(
    "body",
    [
        "Halden already buys milk from most of Fjellpay's suppliers.",
        "Halden sells gas to Fjellpay.",
        "Halden will buy cement from Fjellpay.",
    ],
)
def test_goods_named_bare_are_trade(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay in 2023 and completed the deal the following year.",
        "Regulators fined Halden on Wednesday. The chemicals group agreed to buy Fjellpay in"
        " 2023 and completed the deal the following year after the Commission cleared it."
        " The company does not dispute that the takeover itself raised no competition"
        " concerns.",
    ],
)
def test_a_deal_done_in_past_years_and_named_again_stays_background(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Halden agreed to buy Fjellpay last year and completed the deal on Monday.", "completed"),
        ("Halden agreed to buy Fjellpay in March and has now completed the purchase.",
         "completed"),
        ("Halden agreed to buy Fjellpay and called off the deal on Friday.", "collapsed"),
        ("Halden agreed to buy Fjellpay and said it expected to complete the deal in May.",
         "announced"),
        ("Halden agreed to buy Fjellpay last year. Regulators blocked the deal on Tuesday.",
         "collapsed"),
    ],
)  # fmt: skip
def test_an_end_joined_to_the_agreement_is_where_the_deal_stands(body, status):
    assert one_deal(body).status == status


# --- 10. joint buyers splitting what they buy ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay agreed to be bought by a consortium of Halden and Nordkap for $3.1bn. The two"
        " buyers will each own half of the company.",
        "Halden and Nordkap will each own 50% of Fjellpay after buying it for $3.1bn.",
    ],
)
def test_joint_buyers_splitting_the_company_are_one_deal_with_no_stake(body):
    deal = one_deal(body)
    assert (dict(deal.parties), deal.stake) == (
        {"halden": "acquirer", "nordkap": "acquirer", "fjellpay": "target"},
        None,
    )


# --- 11. sellers named after the deal; amounts that are not its price ------------------


@pytest.mark.parametrize(
    "after",
    [
        "The sellers, among them Fjellpay's founders and the venture capital firm Nordkap, may"
        " receive a further €40 million.",
        "The sellers include Nordkap.",
        "The vendors, including Nordkap, will reinvest part of the proceeds.",
    ],
)
def test_sellers_named_after_the_deal_are_its_sellers(after):
    deal = one_deal("Halden has completed the acquisition of Fjellpay for €120 million. " + after)
    assert dict(deal.parties) == {**BUY, "nordkap": "seller"}


def test_a_company_telling_of_the_sellers_is_not_one():
    deal = one_deal("Halden agreed to buy Fjellpay for $1bn. Nordkap said the sellers were happy.")
    assert dict(deal.parties) == BUY


@pytest.mark.parametrize(
    "after",
    [
        "Holders of about €300 million of its subordinated bonds will see them written down.",
        "The state will cover up to €1.8 billion of losses on its loans.",
        "Customers withdrew about €1.1 billion in the last ten days.",
    ],
)
def test_bonds_losses_and_other_amounts_told_later_are_not_the_price(after):
    deal = one_deal("Fjellpay was taken over by Halden on Sunday night. " + after)
    assert deal.value is None


@pytest.mark.parametrize(
    "after",
    [
        "It will pay 3.4bn kronor in cash.",
        "The deal values Fjellpay at about $2bn.",
        "Halden will pay about $450m.",
    ],
)
def test_a_price_told_later_is_still_the_value(after):
    assert one_deal("Halden agreed to buy Fjellpay on Monday. " + after).value is not None


# --- 12. a denied report; goods in quantity; the target's currency; terms -------------


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay said it was not in talks with any buyer. A newspaper reported that Halden had"
        " made an offer for Fjellpay.",
        "Fjellpay said it was not in talks with Halden or any other party. The newspaper,"
        " citing unnamed sources, had said that Halden had made an informal offer valuing"
        " Fjellpay at about €600 million.",
    ],
)
def test_a_press_report_of_an_offer_the_target_denies_is_no_deal(body):
    assert deals(body) == []


def test_a_deal_agreed_after_a_denial_is_still_news():
    deal = one_deal(
        "Fjellpay said it was not in talks with any buyer. On Friday Halden agreed to buy"
        " Fjellpay for $2bn."
    )
    assert dict(deal.parties) == BUY


@pytest.mark.parametrize(
    "body",
    [
        "Halden has agreed to buy 30 turboprop and regional jet aircraft from Fjellpay in a"
        " deal worth $2.4 billion.",
        "Halden ordered 12 wide-body passenger jets from Fjellpay.",
    ],
)
def test_goods_in_quantity_are_trade(body):
    assert deals(body) == []


def test_a_building_sold_to_a_named_buyer_is_a_deal():
    deal = one_deal("Nordkap has agreed to sell its Sha Tin shopping centre to Halden for $800m.")
    assert dict(deal.parties) == {"nordkap": "seller", "halden": "acquirer"}


@pytest.mark.parametrize(
    ("after", "stake"),
    [
        ("Nordkap keeps 55 per cent and a veto over budgets.", "45"),
        ('"We do not need to own 100% of every road," Nordkap said.', "45"),
    ],
)
def test_a_veto_right_and_a_wish_are_neither_status_nor_stake(after, stake):
    deal = one_deal(
        "Halden has completed its €1.9 billion purchase of 45 per cent of Fjellpay from"
        " Nordkap. " + after
    )
    assert (deal.status, f"{deal.stake:f}") == ("completed", stake)


def test_the_buyers_own_placing_is_not_the_stake():
    deal = one_deal(
        "Halden agreed to buy Fjellpay for up to $1bn. It will fund the purchase with debt and a"
        " placing of up to 9.9pc of its share capital."
    )
    assert deal.stake is None


# --- 13. penalties, past rumours, a contract called a partnership, market shares -------


@pytest.mark.parametrize(
    "body",
    [
        "Halden and Fjellpay were ordered by the court to pay penalties totalling A$64 million"
        " for agreeing not to compete.",
        "Halden explored buying Fjellpay in 2022, but the talks ended without an offer.",
        "Halden considered a bid for Fjellpay last year.",
        "Halden will supply cells to Fjellpay under a ten-year contract. Halden said the"
        ' agreement was "a partnership for the long term" but that it would not invest in'
        " Fjellpay.",
    ],
)
def test_penalties_past_rumours_and_a_contract_called_a_partnership_are_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden is exploring a sale of Fjellpay, people familiar with the matter said.",
        "Halden is considering a bid for Fjellpay, a company founded two years ago.",
        "Halden and Fjellpay formed a partnership to develop chips.",
    ],
)
def test_rumours_of_today_and_partnerships_formed_are_still_found(body):
    assert len(deals(body)) == 1


def test_a_market_share_is_no_stake():
    deal = one_deal(
        "Halden agreed to buy Fjellpay for $400m. Together the two companies sell about 38% of"
        " the salmon feed used in the country."
    )
    assert deal.stake is None


def test_the_conversion_of_an_amount_that_is_no_price_is_no_price_either():
    deal = one_deal(
        "Halden and Fjellpay will form a joint venture to build a plant in Gujarat at a cost of"
        " about Rs 8,400 crore ($1 billion)."
    )
    assert deal.value is None


def test_a_conversion_after_the_price_leaves_the_price():
    deal = one_deal("Halden will pay €500m (about $540m) for Fjellpay.")
    assert (f"{deal.value:f}", deal.currency) == ("500000000", "EUR")


# --- 14. control of an activity, goods sold in a retailer's shops, prices that rise ----


@pytest.mark.parametrize(
    "body",
    [
        "The commission said Halden had taken control of Fjellpay's vessel scheduling five"
        " months before approval.",
        "Halden launched its sunscreen on Monday, to be sold for its first year only in the 240"
        " shops of French perfume chain Fjellpay under an exclusive distribution agreement.",
    ],
)
def test_control_of_an_activity_and_retail_are_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Nordkap has taken control of Fjellpay.",
        "Nordkap has taken control of Halden's Fjellpay unit.",
    ],
)
def test_control_of_a_company_or_a_unit_is_still_a_purchase(body):
    assert one_deal(body).kind == "acquisition"


def test_a_price_rising_to_as_much_as_is_the_upper_one():
    deal = one_deal(
        "Halden is to buy Fjellpay for $620m upfront, rising to as much as $1bn if its drug wins"
        " approval."
    )
    assert f"{deal.value:f}" == "1000000000"


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("S/ 1.1 billion", "1100000000", "PEN"),
        ("RD$5bn", "5000000000", "DOP"),
        ("GH₵2bn", "2000000000", "GHS"),
    ],
)
def test_local_signs_of_more_than_one_character(text, value, currency):
    (money, *_) = find_money(f"It will pay {text} for the company.")
    assert (f"{money.value:f}", money.currency) == (value, currency)
