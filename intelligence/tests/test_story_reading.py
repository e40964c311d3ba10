"""Issue 11's remaining forms, each on its own: the headline, commercial agreements against
trade contracts, money raised from the market, disclaimed intentions, stakes told as "a
majority of", objects and bystanders in a sentence, and talks that end. The sentences are
the team's own."""

from decimal import Decimal

import pytest

from intelligence.analysis import analyse_story
from intelligence.deals import SHOW_AT
from intelligence.matcher import CompanyMatcher

from .test_patterns import MATCHER


def deals(body: str, headline: str = ""):
    return analyse_story(
        headline=headline, body=body, matcher=MATCHER, min_confidence=SHOW_AT
    ).deals


def one_deal(body: str, headline: str = ""):
    found = deals(body, headline)
    assert len(found) == 1, found
    return found[0]


# --- the headline ------------------------------------------------------------------------


def test_the_headline_states_the_deal_the_body_tells_without_names():
    deal = one_deal(
        "The deal was agreed on Monday, the companies said.",
        headline="Greenleaf Foods to buy Pampas Agro for $2bn",
    )
    assert (deal.kind, deal.status) == ("acquisition", "announced")
    assert deal.parties == {"greenleaf": "acquirer", "pampas": "target"}
    assert (deal.value, deal.currency) == (Decimal("2000000000"), "USD")


def test_a_headline_short_name_stands_for_the_company_the_body_names_in_full():
    deal = one_deal(
        "The carmaker's board backed the offer on Friday. Bavaria Autowerke expects to close"
        " the deal in March, Volta Motors said.",
        headline="Volta agrees €4bn sale to Bavaria",
    )
    assert deal.parties == {"volta": "target", "baw": "acquirer"}
    assert (deal.value, deal.currency) == (Decimal("4000000000"), "EUR")


def test_a_deal_told_only_by_the_headline_takes_its_price_from_the_body():
    deal = one_deal(
        "The private equity firm will pay $450m, it said.",
        headline="Redwood Capital buys Wingtip Cloud",
    )
    assert deal.parties == {"redwood": "acquirer", "wingtip": "target"}
    assert (deal.value, deal.currency) == (Decimal("450000000"), "USD")


def test_the_headline_adds_no_party_to_a_side_the_body_already_names():
    deal = one_deal(
        "Greenleaf Foods has made a $1.1bn offer for Fertil Sul, people familiar with the"
        " matter said.",
        headline="Greenleaf Foods tops Pampas Agro bid for Fertil Sul",
    )
    assert set(deal.parties) == {"greenleaf", "fertil"}


def test_a_headline_merger_the_body_reads_as_an_analysts_idea_is_not_shown():
    found = deals(
        "A merger of Volta Motors and Bavaria Autowerke would create Europe's biggest maker"
        " of trucks, analysts said in a note.",
        headline="Analysts float Volta Motors and Bavaria Autowerke merger",
    )
    assert found == []


def test_a_denial_in_the_headline_is_not_a_deal():
    found = deals(
        "Kinetic Ventures said it was focused on raising its next fund.",
        headline="Kinetic Ventures denies talks to buy Wingtip Cloud",
    )
    assert found == []


# --- commercial agreements and trade ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Fourth Coffee has signed a licensing agreement with Greenleaf Foods to sell its"
        " blends in supermarkets.",
        "Fourth Coffee struck a distribution deal with Greenleaf Foods, which will carry its"
        " coffee in 900 stores.",
        "Fourth Coffee has agreed a deal with Greenleaf Foods to stock its pods in every shop.",
        "Trey Research signed a supply agreement with Volta Motors to sell it sensors.",
    ],
)
def test_licensing_distribution_and_supply_agreements_are_no_deal(sentence):
    # Commercial contracts, not deals the desk tracks (the evaluation sets' convention
    # since `eval-blind7/`; until the tenth session they were read as partnerships).
    assert deals(sentence) == []


def test_a_contract_won_to_supply_goods_is_not_a_deal():
    assert (
        deals("Trey Research signed a contract with Volta Motors to supply battery software.") == []
    )


# --- money from the market, disclaimed intentions ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Volta Motors will raise €500m in a rights issue, with Bavaria Autowerke, its largest"
        " shareholder, pledging to take up its rights.",
        "Wingtip Cloud raised $80m through a share placing; its biggest investor, Kinetic"
        " Ventures, bought shares in the sale.",
    ],
)
def test_money_raised_from_the_market_is_not_a_deal_with_a_shareholder(sentence):
    assert deals(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kinetic Ventures said it had no intention of making an offer for Wingtip Cloud.",
        "Kinetic Ventures said it was not interested in buying Wingtip Cloud.",
    ],
)
def test_a_disclaimed_intention_is_a_denial(sentence):
    assert deals(sentence) == []


# --- stakes, objects and bystanders -------------------------------------------------------


def test_a_majority_of_a_company_taken_is_an_acquisition():
    deal = one_deal("Kinetic Ventures took a majority of Wingtip Cloud for $90m.")
    assert (deal.kind, deal.status) == ("acquisition", "completed")
    assert deal.parties == {"kinetic": "acquirer", "wingtip": "target"}


def test_an_object_given_by_description_is_the_company_it_describes():
    deal = one_deal(
        "Volta Motors shares rose 10 per cent after Bavaria Autowerke agreed to buy the"
        " carmaker for €4bn."
    )
    assert deal.parties == {"baw": "acquirer", "volta": "target"}


def test_a_company_whose_shares_moved_is_not_a_party():
    deal = one_deal(
        "Contoso Bank shares fell 3 per cent as Northwind agreed to buy Baltic Freight for $1bn."
    )
    assert set(deal.parties) == {"northwind", "baltic"}


def test_a_company_that_agrees_to_sell_itself_is_the_target():
    deal = one_deal("Baltic Freight has agreed to sell itself to Northwind for $1bn.")
    assert deal.parties == {"baltic": "target", "northwind": "acquirer"}


# --- status -----------------------------------------------------------------------------------


def test_talks_that_ended_after_the_deal_word_collapse():
    deal = one_deal(
        "Talks between Volta Motors and Bavaria Autowerke over a merger have ended without"
        " agreement."
    )
    assert (deal.kind, deal.status) == ("merger", "collapsed")


# --- roles, triggers and terms (second round) ------------------------------------------


def test_shares_bought_from_a_holder_make_it_the_seller():
    deal = one_deal(
        "Redwood Capital raised its stake in Wingtip Cloud to 60% after buying shares from"
        " Kinetic Ventures for $120m."
    )
    assert deal.parties["kinetic"] == "seller"
    assert deal.parties["redwood"] == "acquirer"


def test_money_raised_from_a_backer_makes_it_the_investor():
    deal = one_deal("Wingtip Cloud has won a $25m investment from Kinetic Ventures.")
    assert deal.parties["kinetic"] == "investor"


def test_money_offered_for_a_company_is_a_bid():
    deal = one_deal("Kinetic Ventures offered $12 per share for Wingtip Cloud.")
    assert (deal.kind, deal.status) == ("acquisition", "announced")
    assert deal.parties == {"kinetic": "acquirer", "wingtip": "target"}
    assert deal.value is None  # a price per share is not the deal's value


def test_a_year_that_dates_a_description_leaves_the_sale_as_news():
    deal = one_deal(
        "Bavaria Autowerke has sold its 40% stake in the joint venture it formed with Volta"
        " Motors in 2015 to Redwood Capital."
    )
    assert deal.parties["baw"] == "seller"
    assert deal.parties["redwood"] == "investor"
    assert deal.stake == Decimal("40")


def test_a_purchase_dated_years_ago_is_background():
    found = deals(
        "Greenleaf Foods will cut 900 jobs as it merges the dairy business it bought from"
        " Pampas Agro in 2021 into its own."
    )
    assert found == []


def test_the_price_in_an_aside_telling_the_same_purchase_is_the_value():
    deal = one_deal(
        "Greenleaf Foods completed the acquisition of Pampas Agro, which it agreed to buy in"
        " March for $300m."
    )
    assert deal.status == "completed"
    assert (deal.value, deal.currency) == (Decimal("300000000"), "USD")


def test_a_bidder_for_a_company_is_its_suitor():
    deal = one_deal(
        "Greenleaf Foods is among the bidders for Pampas Agro, which could fetch $300m."
    )
    assert (deal.kind, deal.status) == ("acquisition", "rumoured")
    assert deal.parties == {"greenleaf": "acquirer", "pampas": "target"}


def test_two_companies_both_circling_a_target_are_two_bids():
    found = deals("Greenleaf Foods and Fertil Sul are both circling Pampas Agro.")
    assert sorted(sorted(d.parties) for d in found) == [
        ["fertil", "pampas"],
        ["greenleaf", "pampas"],
    ]


def test_money_for_a_stake_told_as_a_partnership_is_an_investment():
    deal = one_deal(
        "Volta Motors has brought in Redwood Capital as a partner in its battery arm, with"
        " the fund paying €400m for a 30% stake in the business."
    )
    assert deal.kind == "investment"
    assert deal.parties == {"volta": "investee", "redwood": "investor"}
    assert deal.stake == Decimal("30")


def test_talks_between_two_companies_over_a_takeover_name_the_bidder_first():
    deal = one_deal("Talks between Contoso Bank and Baltic Freight over a takeover resumed.")
    assert deal.parties == {"contoso": "acquirer", "baltic": "target"}


def test_talks_put_on_hold_are_still_talks():
    deal = one_deal(
        "Talks between Contoso Bank and Baltic Freight over a takeover have been put on hold,"
        " people close to the matter said."
    )
    assert deal.status == "in_talks"


def test_money_written_with_a_three_letter_code_is_raised():
    deal = one_deal("Wingtip Cloud raised CHF 40m from Kinetic Ventures on Wednesday.")
    assert deal.parties == {"wingtip": "investee", "kinetic": "investor"}
    assert (deal.value, deal.currency) == (Decimal("40000000"), "CHF")


# --- no deal at all ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a venture that exists already
        "Volta Motors and Bavaria Autowerke have worked together on batteries since 2018, and"
        " their joint venture employs 2,000 people.",
        # a lawsuit
        "Volta Motors is suing Bavaria Autowerke for $400m over a failed battery partnership.",
        # a stake sold to the market in a listing
        "Kinetic Ventures sold part of its holding in Wingtip Cloud in the company's IPO.",
        # cornerstone investors in a listing
        "Pampas Agro listed its shares in São Paulo, raising R$1.2bn from investors including"
        " Fertil Sul.",
        # the worth of a holding
        "Volta Motors' stake in Bavaria Autowerke is worth about €3bn at current prices.",
    ],
)
def test_sentences_that_report_no_deal(sentence):
    assert deals(sentence) == []


def test_a_venture_that_exists_is_news_when_it_ends():
    deal = one_deal("Volta Motors and Bavaria Autowerke agreed to wind up their joint venture.")
    assert (deal.kind, deal.status) == ("joint_venture", "collapsed")


def test_regulators_who_sued_to_stop_a_takeover_do_not_hide_it():
    deal = one_deal(
        "A judge blocked Volta Motors' $5bn acquisition of Bavaria Autowerke, siding with"
        " regulators who had sued to stop it."
    )
    assert (deal.kind, deal.status) == ("acquisition", "collapsed")


# --- across sentences and rival buyers (third round) -------------------------------------


def test_the_object_after_pay_for_given_by_description():
    deal = one_deal(
        "Baltic Freight said its board was reviewing options. Northwind said on Tuesday it"
        " would pay $2.1bn for the Swedish company."
    )
    assert deal.parties == {"northwind": "acquirer", "baltic": "target"}


def test_a_buyer_who_later_walks_away_collapses_the_talks():
    deal = one_deal(
        "Kinetic Ventures is in talks to buy Wingtip Cloud. Wingtip Cloud confirmed the talks."
        " Kinetic Ventures later walked away."
    )
    assert deal.status == "collapsed"


def test_two_companies_vying_for_a_target_are_two_bids():
    found = deals("Kinetic Ventures and Redwood Capital are vying to buy Wingtip Cloud.")
    assert sorted(sorted(d.parties) for d in found) == [
        ["kinetic", "wingtip"],
        ["redwood", "wingtip"],
    ]


def test_full_control_taken_names_the_company_controlled():
    deal = one_deal(
        "Kestrel Energi has taken full control of Nordlys Vind after buying the 49% it did not"
        " already own for NOK 6bn."
    )
    assert deal.parties == {"kestrel": "acquirer", "nordlys": "target"}
    assert (deal.value, deal.currency) == (Decimal("6000000000"), "NOK")


@pytest.mark.parametrize(
    "sentence",
    [
        # a description set off as a participle
        "Volta Motors, formed by the merger of two truck makers in 2019, said Bavaria"
        " Autowerke remained its biggest customer.",
        # willing to sell, no buyer
        "Greenleaf Foods said it was open to offers for its dairy arm, but Pampas Agro said it"
        " had no interest.",
        # a relationship of long standing
        "Trey Research has partnered with Wingtip Cloud for a decade.",
        # trade in goods
        "Bavaria Autowerke sells its cars through Volta Motors' dealer network.",
        "Fourth Coffee buys its beans from Pampas Agro.",
        # a loan, a bond
        "Contoso Bank lent Baltic Freight $200m to buy new ships.",
        "Nordbanken raised $1bn through a bond sale arranged by Contoso Bank.",
        # what analysts expect, a question
        "Analysts expect Kestrel Energi to bid for Nordlys Vind, but the company has said nothing.",
        "Could Kestrel Energi buy Nordlys Vind? Investors think so.",
    ],
)
def test_more_sentences_that_report_no_deal(sentence):
    assert deals(sentence) == []


def test_an_investment_won_from_a_backer_makes_the_winner_the_investee():
    deal = one_deal("Wingtip Cloud has won a $25m investment from Kinetic Ventures.")
    assert deal.parties == {"wingtip": "investee", "kinetic": "investor"}


def test_a_company_investing_in_a_region_does_not_join_the_deal_just_told():
    deal = one_deal(
        "Redwood Capital agreed to invest $184m for a 45 per cent stake in Wingtip Cloud."
        " Kinetic Ventures is also investing in the region."
    )
    assert deal.parties == {"redwood": "investor", "wingtip": "investee"}


def test_investments_in_two_companies_without_terms_are_two_deals():
    found = deals("In Europe Redwood Capital has invested in Wingtip Cloud and Trey Research.")
    assert sorted(sorted(d.parties) for d in found) == [
        ["redwood", "trey"],
        ["redwood", "wingtip"],
    ]


# --- the reference scenario, told in the team's words ------------------------------------

SCENARIO = CompanyMatcher(
    [
        ("alibaba", "alibaba", "Alibaba Group", ["Alibaba"]),
        ("mailru", "mail-ru", "Mail.ru Group", ["Mail.ru"]),
        ("rdif", "rdif", "Russian Direct Investment Fund", ["RDIF"]),
        ("sberbank", "sberbank", "Sberbank", []),
        ("ant", "ant-financial", "Ant Financial", []),
        ("tmb", "telenor-microfinance-bank", "Telenor Microfinance Bank", []),
        ("telenor", "telenor", "Telenor Group", ["Telenor"]),
        ("lazada", "lazada", "Lazada", []),
        ("tokopedia", "tokopedia", "Tokopedia", []),
        ("amazon", "amazon", "Amazon", [("Amazon", True)]),
        ("aliexpress", "aliexpress", "AliExpress", []),
        ("vk", "vk", "VKontakte", ["VK"]),
        ("tencent", "tencent", "Tencent", []),
    ]
)
SCENARIO_BODY = """\
Alibaba Group is in advanced talks to form an e-commerce joint venture with Mail.ru Group and \
the Russian Direct Investment Fund, people familiar with the matter said. The sovereign wealth \
fund would take a minority stake.

An earlier tie-up between Alibaba and Sberbank collapsed after a year of negotiations.

AliExpress, Alibaba's cross-border marketplace, is already popular in Russia, and Mail.ru \
controls the social network VKontakte.

In south-east Asia Alibaba has invested in Lazada and Tokopedia, partly to stay ahead of \
Amazon. Separately, Ant Financial, an Alibaba affiliate, agreed to invest $184m for a 45 per \
cent stake in Telenor Microfinance Bank, a subsidiary of Telenor Group. Tencent is also \
investing in the region.
"""


def test_the_reference_scenario_gives_its_five_deals():
    found = analyse_story(
        headline="Alibaba nears Russian e-commerce venture with Mail.ru",
        body=SCENARIO_BODY,
        matcher=SCENARIO,
        min_confidence=SHOW_AT,
    ).deals
    assert sorted((d.kind, d.status, sorted(d.parties)) for d in found) == [
        ("investment", "announced", ["ant", "tmb"]),
        ("investment", "completed", ["alibaba", "lazada"]),
        ("investment", "completed", ["alibaba", "tokopedia"]),
        ("joint_venture", "in_talks", ["alibaba", "mailru", "rdif"]),
        ("partnership", "collapsed", ["alibaba", "sberbank"]),
    ]


# --- wire forms (fifth round) ---------------------------------------------------------------


def test_a_rival_named_as_the_object_is_the_target():
    deal = one_deal(
        "OSLO, May 2 (Newswire) - Kestrel Energi agreed on Friday to acquire rival Nordlys Vind"
        " in a NOK 14bn cash-and-share deal."
    )
    assert deal.parties == {"kestrel": "acquirer", "nordlys": "target"}


def test_a_takeover_by_names_the_buyer_after_by():
    deal = one_deal("Wingtip Cloud agreed to a $900m takeover by Redwood Capital.")
    assert deal.parties == {"wingtip": "target", "redwood": "acquirer"}


def test_a_takeover_proposal_from_a_company_is_its_bid():
    deal = one_deal(
        "Baltic Freight has rejected a $2bn takeover proposal from Contoso Bank, saying it"
        " undervalued the company."
    )
    assert (deal.status, deal.parties) == (
        "collapsed",
        {"baltic": "target", "contoso": "acquirer"},
    )


def test_a_bid_that_lapsed_collapsed():
    deal = one_deal(
        "Contoso Bank's bid for Baltic Freight has lapsed after it failed to win enough"
        " acceptances."
    )
    assert deal.status == "collapsed"


def test_a_venture_owned_50_50_is_a_joint_venture():
    deal = one_deal(
        "Volta Motors and Bavaria Autowerke will set up a 50:50 battery venture with €1bn of"
        " investment."
    )
    assert deal.kind == "joint_venture"


@pytest.mark.parametrize(
    ("price", "value", "currency"),
    [
        ("A$1.2bn", "1200000000", "AUD"),
        ("NZ$300m", "300000000", "NZD"),
        ("9.5 billion Swedish kronor", "9500000000", "SEK"),
        ("CHF 700m", "700000000", "CHF"),
        ("2.5 trillion won", "2500000000000", "KRW"),
        ("Rs 4,500 crore", "45000000000", "INR"),
        ("€1.2 billion ($1.3 billion)", "1200000000", "EUR"),
    ],
)
def test_prices_in_the_forms_desks_write(price, value, currency):
    deal = one_deal(f"Redwood Capital agreed to buy Wingtip Cloud for {price}.")
    assert (deal.value, deal.currency) == (Decimal(value), currency)


@pytest.mark.parametrize(
    "sentence",
    [
        "Redwood Capital will buy the 49% of Wingtip Cloud it does not already own.",
        "Redwood Capital agreed to buy out minority shareholders in Wingtip Cloud for $200m.",
    ],
)
def test_buying_the_rest_of_a_company_is_an_acquisition(sentence):
    deal = one_deal(sentence)
    assert deal.kind == "acquisition"
    assert deal.parties == {"redwood": "acquirer", "wingtip": "target"}
