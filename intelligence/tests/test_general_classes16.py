"""Deal extraction on a sixteenth round of general classes, written in our own words in the
eighteenth session from what eleven development batteries and six rounds of our own
phrasings showed: no-deal copy (a bid for a task or a right, trade by the unit or the
season, shares sold into the market, a partnership without equity, options held, pledges,
ideas, scenarios and case studies, pasts dated in more forms, a company named only as
someone else's possessor, goods, data, buildings and capacity bought), and deals told in
more ways (an agreement that lapsed, a price told alone or answered in a Q&A, a seller in a
relative clause, a stake taken without the word "stake"); beside each, the deals told in
the same words, which must still be read."""

import pytest

from intelligence.matcher import CompanyMatcher
from intelligence.tests.test_general_classes import deals, facts


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group bought Fjellpay, whose terminals sit in most Lisbon cafés, for "
            "$400m three years ago. It now plans to sell bonds to refinance the loans."
        ),
        (
            "Halden Group acquired Fjellpay, which makes payment terminals, for €90m in "
            "2019. It opened a plant in Porto on Tuesday."
        ),
    ],
)
def test_a_past_purchase_dated_after_an_aside_is_background(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group agreed to buy Fjellpay, whose terminals sit in most Lisbon cafés, "
            "for $400m on Tuesday."
        ),
        (
            "Halden Group sold its stake in Fjellpay on Monday, ending a partnership that "
            "began in 2016."
        ),
    ],
)
def test_the_news_told_with_an_aside_is_still_read(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "",
            "Osprey Capital has sold 13% of Fjellpay on the open market after the founder "
            "failed to meet a margin call, Fjellpay said on Friday.",
        ),
        (
            "Osprey Capital sells Fjellpay founder's pledged shares",
            "Osprey Capital sold the shares over three days through the exchange's order "
            "book at an average of €1.86 each, raising about €14m. Fjellpay said nobody had "
            "bought control.",
        ),
        (
            "",
            "Halden Group sold 4% of Fjellpay on the stock exchange for about $90m, halving "
            "its holding.",
        ),
        ("", "Halden Group sold its 10% stake in Fjellpay on the stock exchange over three days."),
    ],
)
def test_shares_sold_into_the_market_are_no_deal(headline, body):
    assert [facts(d) for d in deals(body, headline) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group bought 12% of Fjellpay in the market on Tuesday, a filing showed.",
        (
            "News that Nordkap has agreed to sell Fjellpay to Halden Group for $74m "
            "deserves more than a line in the market pages."
        ),
        "Nordkap sold its 30% stake in Fjellpay to Halden Group on Monday for $210m.",
    ],
)
def test_a_sale_or_purchase_with_its_buyer_is_still_a_deal(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group's bid to host the 2030 congress beat Fjellpay's, the organisers said.",
        ("Halden Group's $400m offer for the naming rights to the arena beat one from Fjellpay."),
        (
            "Fjellpay's $90m bid for the contract to run the airport's shops was rejected in "
            "favour of Halden Group's."
        ),
    ],
)
def test_a_bid_for_a_task_or_a_right_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group's $400m offer for Fjellpay was accepted by its board on Monday.",
        "Halden Group made a $2bn bid for Fjellpay, beating one from Nordkap.",
        "Halden Group's offer for the rights business of Fjellpay values it at $300m.",
    ],
)
def test_a_bid_for_a_company_is_still_a_deal(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Osprey Capital bought $150m of Halden Group's loans from banks at 90 cents on "
            "the dollar."
        ),
        (
            "Halden Group will invest $1bn in its Brazilian plants over five years, "
            "outspending Fjellpay."
        ),
        (
            "Fjellpay has invested heavily in its own payment network, a strategy Halden "
            "Group's chief executive called wasteful."
        ),
    ],
)
def test_debt_bought_or_money_spent_on_its_own_business_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group will invest $100m in Fjellpay for a 20% stake, the companies said.",
        "Halden Group invested $40m in Fjellpay, its partner in Brazil, for a 15% stake.",
    ],
)
def test_an_investment_in_another_company_is_still_a_deal(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group sold its Lisbon office tower to Fjellpay's landlord for $90m.",
        "Fjellpay's founder bought a $15m villa from Halden Group's chairman.",
        "Halden Group's auditors bought a 5% stake in Fjellpay's lawyers last year.",
    ],
)
def test_a_company_named_as_someone_elses_possessor_is_no_party(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "Halden Group's landlord, Nordkap, has agreed to buy Fjellpay for $50m.",
            {"nordkap": "acquirer", "fjellpay": "target"},
        ),
        (
            "Fjellpay's founders sold the company to Halden Group for $300m on Tuesday.",
            {"fjellpay": "target", "halden": "acquirer"},
        ),
    ],
)
def test_the_deal_told_beside_such_a_name_keeps_its_parties(body, parties):
    assert [facts(d)[2] for d in deals(body)] == [parties]


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group's bid to buy Fjellpay failed in 2019.",
        (
            "Halden Group's bid for Fjellpay collapsed in 2019; on Tuesday the two signed a "
            "marketing pact."
        ),
    ],
)
def test_a_bid_that_failed_years_ago_is_background(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "Halden Group's bid for Fjellpay failed on Tuesday after shareholders voted "
            "against it.",
            "collapsed",
        ),
        (
            "Halden Group agreed to buy Fjellpay in 2019; the deal was completed on Tuesday.",
            "completed",
        ),
        (
            "Halden Group agreed to buy Fjellpay in 2019; it completed the purchase on Tuesday.",
            "completed",
        ),
    ],
)
def test_a_bid_that_failed_now_or_a_deal_completed_now_is_news(body, status):
    assert [facts(d)[1] for d in deals(body)] == [status]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group would have to pay at least $3bn for Fjellpay, a banker at Osprey "
            "Capital said, if it ever wanted to buy it."
        ),
        (
            "Analysts at Corvid Partners say Halden Group could afford to buy Fjellpay for "
            "$3bn if it wanted."
        ),
        (
            "Halden Group's takeover of the Spanish market has left Fjellpay struggling, its "
            "chief executive said."
        ),
    ],
)
def test_an_imagined_purchase_or_a_market_taken_over_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group agreed to buy Fjellpay for $3bn on Tuesday; the deal would close "
            "in March if regulators approve it."
        ),
        "Halden Group's takeover of the market leader Fjellpay was completed on Monday.",
    ],
)
def test_a_deal_with_a_condition_or_a_market_leader_is_still_read(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Fjellpay won an order to supply Halden Group with steel. Halden Group will buy "
            "the steel over two years at €610 a tonne, a contract worth about €90m."
        ),
        (
            "Halden Group will pay $45m over the three seasons to sponsor the league, plus a "
            "share of tickets sold through its app; Fjellpay's bid was $38m."
        ),
        (
            "Halden Group opened a $200m plant on Thursday, built with bottling lines bought "
            "from Fjellpay of Bologna."
        ),
        (
            "Fjellpay sells about a quarter of its coffee in Britain through the importer "
            "Halden Group."
        ),
        (
            "Halden Group, the family holding company, has said it regards its stake in "
            "Fjellpay as permanent."
        ),
    ],
)
def test_trade_by_the_unit_or_the_season_and_a_holding_kept_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group will buy Fjellpay for $2bn, or $14 a share, the companies said.",
        "Halden Group sold its 20% stake in Fjellpay to Nordkap for $300m on Monday.",
        "Halden Group bought Fjellpay's bottling business from Nordkap for $90m.",
    ],
)
def test_a_price_per_share_or_a_business_bought_is_still_a_deal(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Fjellpay said it was not in talks to sell itself. Halden Group buys about a "
            "quarter of Fjellpay's cocoa butter under a supply contract that runs to 2028."
        ),
        (
            "The bull case assumes that Halden Group, which rents space on 61% of Fjellpay's "
            "towers, buys the company to secure its sites."
        ),
        "Halden Group should merge with Fjellpay, a columnist argued on Monday.",
        (
            "In 1996 Halden Group made its boldest move, buying 60% of Fjellpay, then being "
            "privatised, for 1.2 billion schillings."
        ),
        (
            "Four years after it paid €185m for Fjellpay, Halden Group said it would make no "
            "more acquisitions."
        ),
        (
            "Fjellpay's former owners sued Halden Group on Monday over the 2021 sale of the "
            "chain. Nordkap, which owned 60% of Fjellpay, and its founders sold the business "
            "to Halden Group for $110m, of which $30m was to be paid in 2024."
        ),
    ],
)
def test_trade_advice_scenarios_and_deals_of_years_ago_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group has completed the takeover of Fjellpay, a year after its first bid "
            "was blocked."
        ),
        "Halden Group agreed on Tuesday to buy Fjellpay, paying $2bn in cash.",
        (
            "Halden Group said on Monday it would buy Fjellpay for $300m; Fjellpay supplies "
            "it under a contract that runs to 2028."
        ),
    ],
)
def test_todays_deal_beside_such_words_is_still_read(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group said on Tuesday it had signed a co-operation agreement with "
            "Fjellpay under which it will make four of Fjellpay's medicines. Neither company "
            "is taking a shareholding in the other."
        ),
        (
            "Halden Group and Fjellpay agreed this month to develop payment tools together. "
            '"There is no equity in this," Halden’s chairman said.'
        ),
        (
            "Fjellpay has bought capacity on a new subsea cable for 20 years, paying $62m to "
            "Halden Group, which is building the system."
        ),
        ("Some readers wrote to ask whether Fjellpay had been sold to Halden Group. It has not."),
    ],
)
def test_a_partnership_without_equity_capacity_and_a_readers_question_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group and Fjellpay signed a strategic partnership on Monday, under which "
            "Halden will take a 10% stake in Fjellpay for $40m."
        ),
        (
            "Halden Group agreed to buy Fjellpay for $2bn on Monday. An editorial asks "
            "whether Fjellpay should have been sold to foreigners."
        ),
    ],
)
def test_a_partnership_with_a_stake_or_a_deal_questioned_is_still_read(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


def test_a_past_deal_beside_an_idea_stays_background_when_told_again():
    body = (
        "Halden Group will make no acquisitions next year, its chief executive said on "
        "Tuesday, four years after the company paid €185m for Fjellpay. "
        '"We bought Fjellpay at the top of the cycle," he said.'
    )
    assert deals(body, "Halden Group rules out acquisitions in 2027") == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "The ministry named Halden Group preferred bidder for the $900m port concession "
            "on Monday, ahead of Fjellpay."
        ),
        (
            "Halden Group has an option to buy Nordkap's 20% stake in Fjellpay from 2028, "
            "which it has not exercised."
        ),
        "Halden Group bought Fjellpay's old head office for $45m and will turn it into flats.",
        (
            "Nordkap has pledged its 25% stake in Fjellpay to Osprey Capital as security for "
            "a $90m loan."
        ),
        "Halden Group's joint venture partner in Spain, Fjellpay, reported a loss.",
    ],
)
def test_options_pledges_buildings_and_partners_described_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group exercised its option to buy the remaining 49% of Fjellpay from "
            "Nordkap for $300m on Monday."
        ),
        "Halden Group formed a joint venture with Fjellpay on Tuesday to make batteries.",
        "Halden Group bought Fjellpay's Spanish business for $45m on Monday.",
    ],
)
def test_an_option_exercised_a_venture_formed_and_a_business_bought_are_deals(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


def test_how_partners_split_a_venture_is_no_stake():
    body = (
        "Halden Group is teaming up with Fjellpay to make ready meals. Halden Group will own "
        "60% of the joint venture and Fjellpay 40%, the companies said."
    )
    assert [(facts(d)[0], facts(d)[5]) for d in deals(body)] == [("joint_venture", None)]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "OSLO, 24. november - Four point six billion kroner. That is what Halden Group "
            "has agreed to pay for Fjellpay, the fish farmer.",
            ("4600000000", "NOK"),
        ),
        (
            '"$2bn. That is what Halden Group paid for Fjellpay," its chief executive said on '
            "Monday.",
            ("2000000000", "USD"),
        ),
    ],
)
def test_a_price_told_as_a_sentence_of_its_own_is_the_deals(body, value):
    assert [facts(d)[3:5] for d in deals(body)] == [value]


def test_an_amount_alone_is_not_given_to_a_deal_that_does_not_point_back():
    body = "Four point six billion kroner. Halden Group has agreed to buy Fjellpay."
    assert [facts(d)[3] for d in deals(body)] == [None]


def test_a_qa_answer_to_the_price_question_is_the_price():
    body = (
        "Who is buying? Halden Group said on Monday that it is in exclusive talks to buy "
        "Fjellpay from Nordkap.\n\nFor how much? About US$120 million, Halden said, subject to "
        "due diligence.\n\nIs it done? No."
    )
    assert [facts(d)[3:5] for d in deals(body)] == [("120000000", "USD")]


def test_an_amount_after_another_question_is_not_the_price():
    body = (
        "Who is buying? Halden Group said on Monday that it is in exclusive talks to buy "
        "Fjellpay from Nordkap.\n\nHow big is Fjellpay? It had sales of US$80 million last year."
    )
    assert [facts(d)[3] for d in deals(body)] == [None]


def test_a_sale_ordered_to_satisfy_a_judgment_is_no_deal():
    body = (
        "A judge on Monday ordered that a businessman's 11.4% holding in Fjellpay be sold to "
        "satisfy a J$3.6 billion judgment won against him by Halden Group."
    )
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_a_rival_bid_for_work_is_no_deal():
    body = (
        "Halden Group and Fjellpay, bidding together, have been shortlisted to rebuild the "
        "Porto metro. Their joint bid, worth about $410m, is up against an offer from Nordkap."
    )
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_a_rival_bid_for_a_company_is_still_a_deal():
    body = (
        "Halden Group has bid $2bn for Fjellpay. Its offer is up against one from Nordkap, "
        "which bid $2.1bn on Monday."
    )
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group said its $30m investment in Fjellpay had been written off.",
        (
            "Halden Group's stake in Fjellpay has fallen to 8% after the start-up issued new "
            "shares to its staff."
        ),
        "Halden Group plans to invest $200m in Fjellpay-style payment start-ups across Africa.",
    ],
)
def test_a_holding_written_off_or_diluted_and_a_name_as_a_kind_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group will invest $30m in Fjellpay for a 12% stake, the companies said.",
        "Halden Group raised its stake in Fjellpay to 12% from 8% on Monday.",
    ],
)
def test_an_investment_or_a_stake_raised_is_still_a_deal(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        (
            "The joint venture between Halden Group and Fjellpay reported a profit of $40m, "
            "its first since 2019."
        ),
        (
            "Halden Group's failed 2018 merger with Fjellpay cost it $50m in fees, its annual "
            "report shows."
        ),
        "Halden Group teamed up with Fjellpay to sponsor the Lisbon marathon.",
        "Halden Group and Fjellpay launched a jointly developed app on Tuesday.",
    ],
)
def test_a_venture_at_work_a_dated_merger_and_things_done_together_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group and Fjellpay agreed on Monday to jointly develop payment terminals.",
        "The joint venture between Halden Group and Fjellpay was agreed on Tuesday.",
    ],
)
def test_a_partnership_or_venture_agreed_now_is_still_a_deal(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        (
            'Halden Group said it had "no knowledge" of any talks to buy Fjellpay, after a '
            "newspaper said it would pay $2bn."
        ),
        (
            "An acquisition of Fjellpay by Halden Group would face serious regulatory "
            "hurdles, the competition authority's former head said."
        ),
        (
            "Halden Group bid $2bn for Fjellpay in a hypothetical case study used by the "
            "business school."
        ),
    ],
)
def test_no_knowledge_a_deal_imagined_and_a_case_study_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_a_merger_imagined_after_the_talks_told_is_their_value():
    body = (
        "Halden Group and Fjellpay are in early-stage discussions about combining their "
        "businesses, according to people briefed on the matter. A merger would create a "
        "company worth around €5bn."
    )
    assert [facts(d)[:2] for d in deals(body)] == [("merger", "in_talks")]


def test_a_price_paid_at_the_time_is_history():
    body = (
        "The last branches of Fjellpay reopened as Halden Group this week, completing an "
        "integration that began when the bank bought the lender in 2021. The bank paid $64m "
        "for Fjellpay at the time and kept its brand."
    )
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_money_put_into_a_company_whose_name_is_a_cost_word_is_the_value():
    matcher = CompanyMatcher(
        [
            ("halden", "halden", "Halden Group", ["Halden"], False, "FI"),
            ("charge", "charge", "Kekava Charge", ["Kekava"], False, "LV"),
        ]
    )
    found = deals("Halden Group will invest €6 million in Kekava Charge.", "", matcher)
    assert [facts(d)[3:5] for d in found] == [("6000000", "EUR")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Halden Group's agreement to buy 60% of Fjellpay has lapsed after the two sides "
            "failed to obtain approvals before the deadline, Fjellpay said on Wednesday.",
            ("collapsed", "60"),
        ),
        (
            "Halden Group has completed its purchase of Fjellpay for $94m. Halden Group first "
            "entered Spain in 2019 by buying 49% of a Madrid bakery chain.",
            ("completed", None),
        ),
        (
            "Halden Group said on Monday it would expand by buying 49% of Fjellpay for $50m.",
            ("announced", "49"),
        ),
    ],
)
def test_an_agreement_that_lapsed_and_a_participle_of_the_past(body, expected):
    assert [(facts(d)[1], facts(d)[5]) for d in deals(body)] == [expected]


def test_the_seller_told_in_a_relative_clause_on_the_holding():
    body = (
        "Halden Group has completed the purchase of 51 per cent of Fjellpay. Halden Group paid "
        "$180m for the controlling holding, which it bought from Nordkap, a US investor."
    )
    assert [facts(d)[2] for d in deals(body)] == [
        {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"}
    ]


def test_a_company_selling_a_share_of_its_own_shares_is_the_investee():
    body = (
        "Fjellpay said on Friday that it was negotiating the sale of 15% of its shares to "
        "Halden Group. The shares would be newly issued."
    )
    assert [facts(d)[2] for d in deals(body)] == [{"fjellpay": "investee", "halden": "investor"}]


def test_a_round_of_a_past_year_is_background():
    body = (
        "Fjellpay is raising about $60m in a round led by Halden Group. The round would value "
        "the company at about $520m, up from $210m at its 2023 Series B, when it raised $25m "
        "from Nordkap."
    )
    assert [sorted(facts(d)[2]) for d in deals(body) if len(d.parties) >= 2] == [
        ["fjellpay", "halden"]
    ]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "",
            '"Nobody from a holding company has called," Halden Group’s founder said. "If '
            'they did, I’d ask them to buy a case of Fjellpay first."',
        ),
        (
            "Correction: Halden Group did not buy 9.1% of Fjellpay",
            "A story on November 24 said that Halden Group had bought 9.1% of Fjellpay. That "
            "was wrong. Halden Group holds 0.9% of Fjellpay, as it has since 2021.",
        ),
        (
            "",
            "Fjellpay said about 30 buyers had asked it to buy back their units. Halden Group "
            "sold about 90.",
        ),
        (
            "",
            "Halden Group has sold its entire holding in Fjellpay, worth around A$23 million. "
            "The shares were sold on the market over the past month, the fund said.",
        ),
        (
            "",
            "The regulator ordered that the 12.4% stake in Fjellpay held by Halden Group be "
            "frozen. Fjellpay said Halden Group had bought its shares on the market between "
            "2014 and 2016.",
        ),
    ],
)
def test_products_corrections_flats_market_sales_and_frozen_holdings_are_no_deal(headline, body):
    assert [facts(d) for d in deals(body, headline) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "In fact the companies had agreed that Halden Group would sell Fjellpay's sandals "
            "in 140 stores under a shared label for three years."
        ),
        (
            "Most of the invoices it buys are owed by Halden Group, whose suppliers can sell "
            "their bills to Fjellpay through a platform."
        ),
    ],
)
def test_another_companys_goods_and_goods_described_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group will sell Fjellpay's Spanish business to Nordkap for $90m.",
        "Halden Group agreed to buy Nordkap's cement plants in Portugal for $300m.",
        "Nordkap sold the bank it bought in 2019 to Halden Group on Monday.",
    ],
)
def test_a_business_of_another_company_sold_is_still_a_deal(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Halden Group and Fjellpay are studying a merger, a business daily reported on "
            "Monday, citing people close to both families. Both declined to comment. In "
            "September Halden Group said it had no plans to buy the plants of Nordkap, a "
            "bankrupt rival.",
            ("merger", "rumoured"),
        ),
        (
            "Halden Group has abandoned plans for a joint venture with Fjellpay to develop a "
            "geothermal field, the power producer said on Thursday as it reported a 12% fall "
            "in half-year profit. Halden Group also denied a newspaper report that it was "
            "looking for a buyer for its hydropower plants.",
            ("joint_venture", "collapsed"),
        ),
    ],
)
def test_a_denial_of_another_deal_leaves_this_one(body, expected):
    assert [facts(d)[:2] for d in deals(body)] == [expected]


def test_a_company_in_talks_with_a_fund_about_an_investment_is_invested_in():
    matcher = CompanyMatcher(
        [
            ("grocer", "grocer", "Nusta Market", ["Nusta"], False, "PE"),
            ("fund", "fund", "Monterrey Growth Partners", ["Monterrey Growth"], False, "MX"),
        ]
    )
    body = (
        "Nusta Market, the Lima online grocer, is in talks with Mexican venture fund Monterrey "
        "Growth Partners about an investment of up to US$40 million, its chief executive said."
    )
    assert [facts(d)[2] for d in deals(body, "", matcher)] == [
        {"grocer": "investee", "fund": "investor"}
    ]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "Fjellpay is raising about $60 million in a Series C round led by Halden Group, "
            "according to three people with knowledge of the round.",
            "rumoured",
        ),
        (
            "Fjellpay is raising about $60 million in a Series C round led by Halden Group.",
            "announced",
        ),
        ("Fjellpay has raised $60 million in a Series C round led by Halden Group.", "completed"),
    ],
)
def test_a_round_under_way_is_not_done(body, status):
    assert [facts(d)[1] for d in deals(body)] == [status]


def test_a_qa_on_talks_names_the_seller_and_leaves_analysts_values_and_old_offers():
    body = (
        "Halden Group confirmed on Wednesday that it is in exclusive talks to buy Fjellpay. "
        "Some questions and answers.\n\nWho is selling? The chain is owned by the investment "
        "group Nordkap, which bought it in 2016.\n\nWhat is the price? Neither side has given "
        "one. Analysts at Corvid Partners value the chain at $1.1bn to $1.3bn.\n\nWhy now? "
        "Halden Group has tried before: its 2019 offer for Tamarind Labs lost out to a higher "
        "bid from Osprey Capital."
    )
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == [
        (
            "acquisition",
            "in_talks",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
            None,
            None,
            None,
        )
    ]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "",
            "Halden Group is to merge two of its wholly owned subsidiaries, Fjellpay and "
            "Nordkap, into a single company from 1 January.",
        ),
        ("", "The appointment does not mean Halden Group is buying Fjellpay."),
        (
            "",
            "Halden Group argued the fees were ordinary trading costs because buying quarries "
            "was part of its business, as Fjellpay had said.",
        ),
        (
            "Tribunal rejects Halden Group's claim for abandoned bid costs",
            "Halden Group cannot deduct £1.9m of fees from a takeover approach it abandoned "
            "eight years ago. The group spent the money in 2017 preparing an offer for "
            "Fjellpay, before walking away. “An acquisition of shares in another company is "
            "a capital transaction, whether or not it completes,” the judge wrote.",
        ),
    ],
)
def test_reorganisations_denials_activities_and_general_statements_are_no_deal(headline, body):
    assert [facts(d) for d in deals(body, headline) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "Regulators ruled on Wednesday that comments by the chief executive of Halden "
            "Group did not amount to the announcement of a takeover offer for Fjellpay."
        ),
        (
            "The winning team at the business school spent three weeks working out how Halden "
            "Group could take over its neighbour Fjellpay, and how much it should pay."
        ),
        (
            "Managers of Halden Group and Fjellpay were sentenced for rigging bids for "
            "school-meal contracts worth €38 million."
        ),
        (
            "Halden Group has bought a daily pair of take-off and landing slots at Gatwick from "
            "Fjellpay for £9m."
        ),
        (
            "Halden Group has finished acquiring 4,200 square kilometres of 3D seismic data "
            "south of Crete for Fjellpay."
        ),
        (
            "Law firm Halden Group has hired two partners specialising in mergers and "
            "acquisitions from the Milan office of Fjellpay."
        ),
    ],
)
def test_rulings_case_studies_bid_rigging_slots_data_and_m_and_a_lawyers_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_a_start_up_that_reads_satellite_images_is_still_bought():
    body = (
        "Halden Group has acquired Fjellpay, a start-up that reads satellite images to "
        "forecast crop yields, for up to US$64 million."
    )
    assert [facts(d)[2] for d in deals(body)] == [{"halden": "acquirer", "fjellpay": "target"}]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Tour operator Halden Group has bought 40% of next summer's rooms at the five "
            "hotels of Cretan group Fjellpay, in one of the largest allotments on the island."
        ),
        (
            "Under the deal with Halden Group, which sells about a quarter of Fjellpay's "
            "output, each side absorbs half of the 15% duty."
        ),
    ],
)
def test_a_share_of_goods_or_capacity_is_no_stake(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group said it would sell 40% of its gas-carrier subsidiary Fjellpay to Nordkap.",
        "Nordkap bought 23.4% of its power transmission subsidiary Fjellpay on Thursday.",
        "Halden Group agreed to buy 40% of Fjellpay Power from Nordkap for $300m.",
    ],
)
def test_a_share_of_a_company_named_like_goods_is_still_a_stake(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


def test_the_company_sold_told_by_description_gives_the_seller():
    body = (
        "Halden Group said on Thursday it had completed the acquisition of Fjellpay for $91m. "
        "The processor was sold by Nordkap, a family holding company that keeps its fleet."
    )
    assert [facts(d)[2] for d in deals(body) if len(d.parties) >= 2] == [
        {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"}
    ]


def test_a_deal_blocked_as_it_has_collapsed():
    body = (
        "Halden Group said in April that it had agreed to buy Fjellpay from Nordkap. The price "
        "was $450m in cash.\n\nOn Thursday the competition office blocked it."
    )
    assert [facts(d)[1] for d in deals(body)] == ["collapsed"]


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group agreed in March to buy Fjellpay for US$185 million. On Tuesday the "
            "competition superintendency blocked it, saying the combination would leave small "
            "farmers with a single buyer."
        ),
        (
            "The planned merger of two dairy cooperatives, announced with fanfare in June, is "
            "off.\n\nMembers of Halden Group voted 312 to 190 on Saturday against combining "
            "with Fjellpay."
        ),
    ],
)
def test_an_end_told_before_its_reasons_or_by_a_vote_collapses_the_deal(body):
    assert [facts(d)[1] for d in deals(body) if len(d.parties) >= 2] == ["collapsed"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Halden Group has held informal discussions about taking 49% of Fjellpay, the "
            "people said.",
            ("investment", "in_talks", "49"),
        ),
        (
            "Halden Group took 49% of Fjellpay on Monday for $40m.",
            ("investment", "completed", "49"),
        ),
        (
            "Halden Group is studying an offer for Fjellpay, according to people familiar with "
            "the matter.",
            ("acquisition", "rumoured", None),
        ),
    ],
)
def test_a_share_taken_without_the_word_stake_and_an_offer_studied(body, expected):
    assert [(facts(d)[0], facts(d)[1], facts(d)[5]) for d in deals(body)] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group took 30% of the vote in Fjellpay's board election.",
        "Halden Group takes 20% of the revenue from Fjellpay's app store.",
    ],
)
def test_a_share_of_votes_or_revenue_taken_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_the_price_in_the_buyers_aside_and_the_seller_that_sold_it():
    body = (
        "Fjellpay has agreed to be sold. The buyer is Halden Group of Nashville, which "
        "announced on Tuesday that it would pay €112 million in cash for the company."
    )
    assert [facts(d)[3:5] for d in deals(body)] == [("112000000", "EUR")]
    body = (
        "Halden Group said on Monday it had completed its US$96 million purchase of Fjellpay. "
        '"We have handed over the keys," said the chief executive of Nordkap, the family '
        "holding company that sold it."
    )
    assert [facts(d)[2] for d in deals(body)] == [
        {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"}
    ]


def test_a_plan_together_named_a_joint_venture_later_is_one():
    body = (
        "Halden Group and Fjellpay have abandoned their plan to build a plant together, a year "
        "after announcing it. The two companies had agreed in November 2024 to set up a joint "
        "venture, owned equally."
    )
    assert [facts(d)[:2] for d in deals(body)] == [("joint_venture", "collapsed")]


def test_a_suitor_told_by_bankers_is_a_rumour():
    body = "Halden Group is among suitors for Fjellpay, bankers told this newspaper."
    assert [facts(d)[1] for d in deals(body)] == ["rumoured"]


def test_the_holder_of_what_is_bought_is_the_seller():
    body = (
        "Halden Group has dropped its plan to buy control of Fjellpay. The Danish group had "
        "agreed in March to pay 3.6 billion birr for 60% of the brewer, held by Nordkap."
    )
    assert [facts(d)[:3] for d in deals(body)] == [
        (
            "acquisition",
            "collapsed",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
        )
    ]
