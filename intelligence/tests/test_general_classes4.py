"""Deal extraction on a fourth round of general classes, found in `eval-blind6/`'s misses
and checked against the earlier blind sets': a deal done long ago told in a story whose
attribution carries the day ("…, the company said on Tuesday"), a past price paid, a deal
told in an aside with its day after the verb. Each class in several phrasings of our own,
with the cases that must still give a deal; the cast and helpers are those of
`test_general_classes`."""

import pytest

from intelligence.deals.terms import _find_money
from intelligence.tests.test_general_classes import BUY, deals, facts, one_deal

# --- 1. background told on the day of the story ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden has signed a $900m loan with Brightwater, replacing debt it took on for its"
        " 2021 acquisition of Fjellpay, the company said on Tuesday.",
        "Halden repaid the bonds it sold to fund its 2019 purchase of Fjellpay, it said on Monday.",
        "Halden, which bought Fjellpay in 2018, cut its forecast, the group said today.",
        "Halden bought Fjellpay in 2017 and has doubled its sales since, the company told"
        " investors on Thursday.",
    ],
)
def test_a_deal_done_years_ago_is_background_though_the_story_is_told_today(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body, status",
    [
        ("Halden agreed on Tuesday to buy Fjellpay, which it has chased since 2019.", "announced"),
        ("Halden on Monday completed its purchase of Fjellpay, agreed in 2024.", "completed"),
        (
            "Halden said on Tuesday it had agreed to buy Fjellpay for $400m, ending talks that"
            " began in 2023.",
            "announced",
        ),
    ],
)
def test_a_deal_done_on_the_day_is_still_the_news(body, status):
    deal = one_deal(body)
    assert (deal.kind, deal.status, deal.parties) == ("acquisition", status, BUY)


# --- 2. a price paid years ago ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden reported higher sales. The deal is its largest since 2019, when it paid £140m"
        " for Fjellpay.",
        "Halden reported higher sales. It paid $200m for Fjellpay in 2020.",
        "Halden reported higher sales. In 2016 Halden paid 3bn kronor for Fjellpay.",
    ],
)
def test_a_price_paid_in_a_past_year_is_background(body):
    assert deals(body) == []


def test_a_price_paid_now_is_the_deal():
    deal = one_deal("Halden paid £140m for Fjellpay on Monday.")
    kind, _, parties, value, currency, _ = facts(deal)
    assert (kind, parties, value, currency) == ("acquisition", BUY, "140000000", "GBP")


def test_a_bolt_on_beside_results_keeps_its_own_price_not_an_older_one():
    deal = one_deal(
        "Halden reported higher profit and said it had agreed to buy Fjellpay for £85m. The"
        " deal is its largest since 2019, when it paid £140m for Tamarind."
    )
    assert facts(deal) == ("acquisition", "announced", BUY, "85000000", "GBP", None)


# --- 3. a deal told in an aside, its day after the verb ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden, which agreed on Monday to buy Fjellpay for $500m, defended the price on"
        " Tuesday. The group will fund the purchase with cash.",
        "Halden, which agreed last week to buy Fjellpay for $500m, defended the price. The"
        " deal needs approval from regulators.",
        "Halden, which on Monday agreed to buy Fjellpay for $500m, defended the price. The"
        " deal needs approval from regulators.",
    ],
)
def test_a_deal_told_in_an_aside_is_the_news_when_the_story_says_more(body):
    deal = one_deal(body)
    assert facts(deal)[:5] == ("acquisition", "announced", BUY, "500000000", "USD")


def test_a_deal_in_an_aside_with_no_more_said_stays_in_passing():
    assert deals("Halden, which agreed on Monday to buy Fjellpay, reported higher profits.") == []


# --- 4. the day's trading ends, not the deal --------------------------------------------

PARTNERS = {"halden": "partner", "fjellpay": "partner"}


@pytest.mark.parametrize(
    "second",
    [
        "The agreement was announced after the market closed on Wednesday.",
        "The companies gave details after trading closed on Monday.",
        "It was disclosed after the stock exchange closed on Friday.",
    ],
)
def test_the_market_closing_does_not_complete_the_deal(second):
    deal = one_deal(f"Halden and Fjellpay have agreed to merge. {second}")
    assert (deal.kind, deal.status, deal.parties) == ("merger", "announced", PARTNERS)


@pytest.mark.parametrize(
    "second",
    [
        "The deal was completed on Friday.",
        "The transaction closed on Monday, the companies said.",
        "Halden said the transaction closed last week.",
    ],
)
def test_the_deal_closing_still_completes_it(second):
    deal = one_deal(f"Halden and Fjellpay agreed to merge in March. {second}")
    assert (deal.kind, deal.status) == ("merger", "completed")


# --- 5. what the parties earn is not the price ------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Together they wrote gross premiums of CHF 19.4bn last year.",
        "Fjellpay collected premiums of $2bn in 2025.",
        "The two had combined revenues of €3bn.",
    ],
)
def test_premiums_and_revenues_told_after_the_deal_are_not_its_value(second):
    deal = one_deal(f"Halden agreed to buy Fjellpay. {second}")
    assert (deal.value, deal.currency or None) == (None, None)


def test_a_price_told_after_the_deal_still_fills_it():
    deal = one_deal("Halden agreed to buy Fjellpay. It will pay CHF 1.2bn in cash.")
    assert facts(deal)[3:5] == ("1200000000", "CHF")


# --- 6. an end told as a choice still open ----------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Under takeover rules, it has until October 1 to make a firm offer or walk away.",
        "Halden may still call off the deal if regulators object.",
        "The board said it could terminate the agreement should costs rise.",
        "Halden must bid or pull out by Friday.",
    ],
)
def test_an_end_still_open_is_no_collapse(second):
    deal = one_deal(f"Halden agreed to buy Fjellpay for $400m. {second}")
    assert (deal.kind, deal.status, deal.parties) == ("acquisition", "announced", BUY)


@pytest.mark.parametrize(
    "second",
    [
        "On Friday Halden walked away from the deal.",
        "Halden called off the takeover on Monday.",
        "Regulators blocked the deal on Thursday.",
    ],
)
def test_an_end_that_happened_still_collapses_the_deal(second):
    deal = one_deal(f"Halden agreed to buy Fjellpay for $400m. {second}")
    assert deal.status == "collapsed"


def test_a_partnership_a_company_will_end_is_still_ended():
    deal = one_deal("Halden will end its codeshare with Fjellpay in March, it said.")
    assert (deal.kind, deal.status) == ("partnership", "collapsed")


@pytest.mark.parametrize(
    "body",
    [
        "Halden tried to buy Fjellpay in 2019 but was rebuffed. Fjellpay reported higher sales.",
        "Regulators blocked Halden's bid for Fjellpay in 2021. Fjellpay's sales rose 4%.",
    ],
)
def test_an_attempt_that_failed_in_a_past_year_is_background(body):
    assert deals(body) == []


# --- 7. a rival bidder for the company being bid for ------------------------------------

RIVAL = {"nordkap": "acquirer", "fjellpay": "target"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden made a firm $1.2bn offer for Fjellpay, only for Nordkap to say hours later that"
        " it was considering a rival bid.",
        "Halden made a firm $1.2bn offer for Fjellpay. Nordkap said it was weighing a competing"
        " offer.",
        "Halden agreed to buy Fjellpay for $1.2bn. Nordkap is preparing a counter bid, people"
        " familiar with the matter said.",
    ],
)
def test_a_rival_bid_is_a_second_deal_for_the_same_company(body):
    found = deals(body)
    assert sorted(d.parties.items() for d in found) == sorted([BUY.items(), RIVAL.items()]), found
    first = next(d for d in found if d.parties == BUY)
    assert facts(first)[3:5] == ("1200000000", "USD")


def test_the_rival_bidders_price_is_its_own():
    found = deals(
        "Halden made a firm $1.2bn offer for Fjellpay. Nordkap said it was considering a"
        " competing offer. People close to Nordkap said it could pay as much as $1.35bn."
    )
    values = {tuple(d.parties.items()): facts(d)[3] for d in found}
    assert values == {tuple(BUY.items()): "1200000000", tuple(RIVAL.items()): "1350000000"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden raised its offer for Fjellpay to $1.3bn to see off a rival bid.",
        "Halden agreed to buy Fjellpay for $1.2bn. Fjellpay's board said no rival offer had"
        " emerged.",
    ],
)
def test_a_rival_bid_with_no_bidder_named_is_no_deal(body):
    found = deals(body)
    assert [d.parties for d in found] == [BUY]


# --- 8. naira -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("will invest N45 billion in", "45000000000"),
        ("a ₦45bn deal", "45000000000"),
        ("paid 12 billion naira for", "12000000000"),
    ],
)
def test_naira_forms_are_read(text, value):
    found = _find_money(text)
    assert [(f"{m.value:f}", m.currency) for m in found] == [(value, "NGN")]


@pytest.mark.parametrize("text", ["N95 masks", "the N7 road", "Series N"])
def test_a_capital_n_before_a_number_without_a_scale_is_no_money(text):
    assert _find_money(text) == []


def test_a_naira_investment_keeps_its_own_currency_not_the_conversion():
    deal = one_deal(
        "Halden will invest N45 billion in Fjellpay for a quarter of the company. The money,"
        " about $30 million at the official rate, will be paid in two tranches."
    )
    assert facts(deal)[3:] == ("45000000000", "NGN", "25")


# --- 9. a holder selling its stake through a placing --------------------------------------

SOLD_DOWN = {"halden": "seller", "fjellpay": "target"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden has sold its remaining 12 per cent stake in Fjellpay through an overnight"
        " placing with institutional investors, raising about £210m.",
        "Halden sold its 12% holding in Fjellpay in an accelerated bookbuild for £210m.",
        "Halden has sold its 12 per cent stake in Fjellpay through a placing, raising £210m and"
        " ending a relationship that began in 2016.",
    ],
)
def test_a_stake_sold_through_a_placing_is_a_sale_by_its_holder(body):
    deal = one_deal(body)
    kind, status, parties, value, currency, stake = facts(deal)
    assert kind in ("acquisition", "investment")
    assert {c: "target" if r == "investee" else r for c, r in parties.items()} == SOLD_DOWN
    assert (status, value, currency, stake) == ("completed", "210000000", "GBP", "12")


@pytest.mark.parametrize(
    "body",
    [
        "Halden raised $300m through a placing of new shares.",
        "Halden sold $300m of new shares in a placing.",
        "Halden also sold $300 million of private placement notes to insurer Fjellpay.",
        "Halden sold its 12 per cent stake in Fjellpay in 2016, a relationship that began in 2009.",
    ],
)
def test_money_raised_from_the_market_or_a_sale_long_ago_is_no_deal(body):
    assert deals(body) == []


# --- 10. the owner told in an apposition sells ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden will take over Fjellpay, the Norwegian lender Nordkap has owned since 2014.",
        "Halden agreed to buy Fjellpay, the payments business Nordkap owns.",
        "Halden will acquire Fjellpay, a lender Nordkap has long controlled.",
    ],
)
def test_the_owner_named_in_an_apposition_is_the_seller(body):
    deal = one_deal(body)
    assert deal.parties == {**BUY, "nordkap": "seller"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden will take over Fjellpay, the Norwegian lender Nordkap owned until 2019.",
        "Halden will take over Fjellpay, the Norwegian lender Nordkap advised last year.",
    ],
)
def test_a_former_owner_or_another_role_in_the_apposition_is_no_seller(body):
    deal = one_deal(body)
    assert deal.parties == BUY


# --- 11. a business joined to the buyer's own -------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden said it would merge Fjellpay with its existing fixed-line business.",
        "Halden will combine Fjellpay with its own payments unit next year.",
        "Halden plans to merge Fjellpay into its Nordic division.",
    ],
)
def test_merging_a_business_into_ones_own_is_no_merger_between_companies(body):
    assert [d.kind for d in deals(body)] == []


def test_a_merger_of_two_companies_is_still_a_merger():
    deal = one_deal("Halden will merge with Fjellpay to create a Nordic payments group.")
    assert (deal.kind, deal.parties) == ("merger", {"halden": "partner", "fjellpay": "partner"})


# --- 12. a past act that starts a state ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The two groups have competed in Norway since Halden bought Fjellpay from a Swedish bank.",
        "Fjellpay was run by its founders until Halden acquired it.",
        "Sales have doubled since Halden took over Fjellpay.",
    ],
)
def test_a_purchase_that_starts_a_state_told_is_background(body):
    assert deals(body) == []


def test_a_purchase_told_after_since_a_time_is_still_news():
    deal = one_deal("Halden bought Fjellpay on Monday, its first deal since March.")
    assert (deal.kind, deal.parties) == ("acquisition", BUY)


# --- 13. a company's own people buy it; "from its parent, X" sells ----------------------


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay's management team is buying the company from its listed parent, Nordkap"
        " Holdings, in a deal funded by Halden.",
        "Fjellpay's managers agreed to buy the lender from its owner, Nordkap Holdings, with"
        " backing from Halden.",
        "Fjellpay's founders will buy the business back from its parent, Nordkap Holdings, in"
        " a deal funded by Halden.",
    ],
)
def test_a_management_buyout_names_the_backer_the_company_and_the_parent(body):
    deal = one_deal(body)
    assert deal.parties == {**BUY, "nordkap": "seller"}


@pytest.mark.parametrize(
    "body, parties",
    [
        (
            "Halden agreed to buy Fjellpay from its parent, Nordkap Holdings.",
            {**BUY, "nordkap": "seller"},
        ),
        ("Halden's chief executive said the group would buy Fjellpay.", BUY),
        ("Halden's board agreed to buy Fjellpay for $400m.", BUY),
    ],
)
def test_a_buyer_named_with_its_people_still_buys(body, parties):
    deal = one_deal(body)
    assert deal.parties == parties


# --- 14. debt sold to a named investor ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden also sold $200m of notes to Brightwater.",
        "Halden sold $300 million of private placement notes to insurer Brightwater.",
        "Halden sold bonds to Brightwater, which will hold them to maturity.",
    ],
)
def test_notes_or_bonds_sold_to_an_investor_are_borrowing_not_a_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden sold its debt collection unit to Brightwater.",
        "Halden sold Fjellpay to Brightwater for $200m.",
    ],
)
def test_a_business_sold_to_a_buyer_is_still_a_sale(body):
    deal = one_deal(body)
    assert deal.kind == "acquisition"
    assert deal.parties["halden"] == "seller"
    assert deal.parties["brightwater"] == "acquirer"


# --- a company's past does not veto its news --------------------------------------------


@pytest.mark.parametrize(
    "background",
    [
        "A previous attempt by Fjellpay to combine with a smaller Danish lender was abandoned"
        " in 2019 over differences about valuation.",
        "Halden bought a stake in a Finnish payments firm in 2018.",
    ],
)
def test_a_deal_the_headline_tells_survives_the_companies_past_deals(background):
    body = (
        "The two lenders expect cost savings of 400m kronor a year within three years. "
        + background
    )
    deal = one_deal(body, headline="Halden and Fjellpay agree all-share merger")
    assert (deal.kind, deal.status) == ("merger", "announced")
    assert set(deal.parties) == {"halden", "fjellpay"}


def test_a_denial_still_rules_its_companies_out_of_the_headline():
    body = "Halden denied on Tuesday that it was in talks to merge with Fjellpay."
    assert deals(body, headline="Halden and Fjellpay agree all-share merger") == []


@pytest.mark.parametrize(
    "headline, body",
    [
        (
            "Halden's Fjellpay purchase pays off",
            "Halden bought Fjellpay in 2019 and has doubled its sales since, the company said.",
        ),
        ("Halden buys Fjellpay", "Halden bought Fjellpay in 2019. Sales have doubled since."),
    ],
)
def test_a_headline_deal_the_body_tells_as_background_is_not_news(headline, body):
    assert deals(body, headline=headline) == []
