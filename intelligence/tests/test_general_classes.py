"""Deal extraction on the general classes of copy a blind check found it failing on:
completions, advisers, Indian numbers, offer conditions, fund sizes, background deals,
kinds, commercial agreements, denials and collapses. Each class in several phrasings of our
own, with the negative cases, and a cast of companies no other test uses."""

import pytest

from intelligence.analysis import analyse_story
from intelligence.deals import SHOW_AT
from intelligence.deals.terms import _find_money
from intelligence.matcher import CompanyMatcher

MATCHER = CompanyMatcher(
    [
        ("halden", "halden", "Halden Group", ["Halden"], False, "NO"),
        ("fjellpay", "fjellpay", "Fjellpay", [], False, "NO"),
        ("nordkap", "nordkap", "Nordkap Holdings", ["Nordkap"], False, "NO"),
        ("brightwater", "brightwater", "Brightwater Bank", ["Brightwater"], False, "GB"),
        ("corvid", "corvid", "Corvid Partners", ["Corvid"], False, "US"),
        ("lindqvist", "lindqvist", "Lindqvist & Berg", [], False, "SE"),
        ("sarvodaya", "sarvodaya", "Sarvodaya Infra", ["Sarvodaya"], False, "IN"),
        ("meghna", "meghna", "Meghna Power", [], False, "IN"),
        ("kaveri", "kaveri", "Kaveri Telecom", [], False, "IN"),
        ("osprey", "osprey", "Osprey Capital", ["Osprey"], False, "US"),
        ("tamarind", "tamarind", "Tamarind Labs", ["Tamarind"], False, "US"),
    ]
)
BUY = {"halden": "acquirer", "fjellpay": "target"}


def deals(body: str, headline: str = "", matcher: CompanyMatcher = MATCHER):
    """The deals shown for a story read with `matcher`."""
    return analyse_story(
        headline=headline, body=body, matcher=matcher, min_confidence=SHOW_AT
    ).deals


def one_deal(body: str, headline: str = ""):
    found = deals(body, headline)
    assert len(found) == 1, found
    return found[0]


def facts(deal) -> tuple:
    value = f"{deal.value:f}" if deal.value is not None else None
    stake = f"{deal.stake:f}" if deal.stake is not None else None
    return deal.kind, deal.status, dict(deal.parties), value, deal.currency or None, stake


# --- 1. completions --------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden said on Monday it had completed its acquisition of Fjellpay.",
        "Halden has closed its purchase of Fjellpay.",
        "The sale of Fjellpay to Halden was completed on Friday.",
        "The acquisition of Fjellpay by Halden closed on Monday.",
        "Halden said it has completed its previously announced acquisition of Fjellpay.",
    ],
)
def test_a_completion_names_the_acquirer_and_the_target(body):
    deal = one_deal(body)
    assert (deal.kind, deal.status, deal.parties) == ("acquisition", "completed", BUY)


@pytest.mark.parametrize(
    "body",
    [
        "Nordkap said the sale of Fjellpay to Halden was completed on Friday.",
        "Nordkap's sale of Fjellpay to Halden closed on Tuesday.",
        "Halden completed the acquisition of Fjellpay from Nordkap.",
    ],
)
def test_a_completed_sale_names_the_seller(body):
    deal = one_deal(body)
    assert deal.status == "completed"
    assert deal.parties == {**BUY, "nordkap": "seller"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden closed its $1bn acquisition of Fjellpay, the payments company it agreed to buy in"
        " January.",
        "Halden has closed the $1bn purchase of Fjellpay.",
    ],
)
def test_closing_a_priced_purchase_is_not_raising_money(body):
    deal = one_deal(body)
    assert (deal.kind, deal.status, deal.parties) == ("acquisition", "completed", BUY)


@pytest.mark.parametrize(
    "body",
    [
        "Halden has now completed the takeover of Fjellpay it agreed last year.",
        "Halden has completed its acquisition of Fjellpay, which it agreed to buy in 2024 for"
        " $1bn.",
        "Halden finished its purchase of Fjellpay on Tuesday.",
    ],
)
def test_a_completion_of_a_deal_agreed_long_ago_is_news(body):
    deal = one_deal(body)
    assert (deal.status, deal.parties) == ("completed", BUY)


def test_the_headline_compound_names_the_target_of_a_completion():
    deal = one_deal(
        "The Norwegian group said on Monday it had completed its acquisition of the payments"
        " company.",
        headline="Halden completes Fjellpay takeover",
    )
    assert (deal.status, deal.parties) == ("completed", BUY)


def test_the_owner_named_in_an_apposition_of_the_business_sold_is_the_seller():
    deal = one_deal(
        "The sale of Fjellpay, Nordkap's payments arm, to Halden was completed on Friday."
    )
    assert deal.parties == {**BUY, "nordkap": "seller"}


def test_the_teller_described_as_the_company_taken_over_is_the_target():
    deal = one_deal("Fjellpay said Halden had completed its takeover of the company.")
    assert (deal.parties, deal.status) == (BUY, "completed")


def test_a_previously_announced_deal_completed_now_is_completed():
    deal = one_deal(
        "Halden said it has completed its previously announced acquisition of Fjellpay from"
        " Nordkap Holdings for $500m."
    )
    assert deal.status == "completed"


# --- 2. advisers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Corvid Partners advised Halden on its $2bn acquisition of Fjellpay.",
        "Halden, advised by Corvid Partners, agreed to buy Fjellpay for $2bn.",
        "Brightwater Bank underwrote the $2bn deal, in which Halden will buy Fjellpay.",
        "Corvid Partners and Brightwater Bank are advising Halden on the $2bn deal to buy"
        " Fjellpay.",
        "Halden agreed to buy Fjellpay for $2bn. Corvid Partners acted as financial adviser to"
        " Halden and Lindqvist & Berg was legal counsel.",
        "Halden agreed to buy Fjellpay for $2bn. Halden was advised by Corvid Partners and"
        " Lindqvist & Berg.",
    ],
)
def test_advisers_underwriters_and_brokers_are_not_parties(body):
    assert one_deal(body).parties == BUY


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay for $2bn, with Corvid Partners as financial adviser.",
        "Halden agreed to buy Fjellpay for $2bn, financed by a loan from Brightwater Bank.",
        "Halden will fund its $2bn purchase of Fjellpay with a bridge loan from Brightwater Bank"
        " and Corvid Partners.",
        "Halden's $2bn offer for Fjellpay is being advised on by Corvid Partners.",
    ],
)
def test_advisers_and_lenders_named_after_the_deal_are_not_parties(body):
    deal = one_deal(body)
    assert (deal.parties, f"{deal.value:f}") == (BUY, "2000000000")


def test_a_bank_lending_for_a_deal_is_no_party_and_its_loan_no_value():
    deal = one_deal(
        "Brightwater Bank is providing $1.5bn of debt financing for Halden's acquisition of"
        " Fjellpay."
    )
    assert (deal.parties, deal.value) == (BUY, None)


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay hired Brightwater Bank to defend it against Halden's $2bn hostile bid.",
        "Fjellpay rejected Halden's $2bn bid as too low.",
    ],
)
def test_the_company_fending_off_a_bid_is_its_target(body):
    assert one_deal(body).parties == BUY


def test_a_deal_only_brokered_by_a_bank_names_no_bank():
    found = deals("Corvid brokered the deal between Halden and Fjellpay.")
    assert all("corvid" not in deal.parties for deal in found)


# --- 3. Indian numbers -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("Rs 9,500 crore", "95000000000"),
        ("₹9,500 crore", "95000000000"),
        ("INR 450 crore", "4500000000"),
        ("3,200 crore rupees", "32000000000"),
        ("Rs 1.2 lakh crore", "1200000000000"),
        ("Rs 75 lakh", "7500000"),
        ("Rs 12,500 crores", "125000000000"),
        ("Rs 1,200-1,500 crore", "15000000000"),
        ("₹1,200 to 1,500 crore", "15000000000"),
        ("a Rs 9,500-crore deal", "95000000000"),
        ("between Rs 1,200 crore and Rs 1,500 crore", "15000000000"),
        ("Rs 1,250 cr", "12500000000"),
        ("Rs1,250cr", "12500000000"),
        ("Rs 50,00,000", "5000000"),
        ("₹12,50,00,000", "125000000"),
    ],
)
def test_indian_amounts_are_read_with_their_units(text, value):
    (money,) = _find_money(f"It could fetch {text} in the sale.")
    assert (f"{money.value:f}", money.currency) == (value, "INR")


@pytest.mark.parametrize(
    "body, value",
    [
        ("Sarvodaya Infra agreed to buy Meghna Power for Rs 9,500 crore.", "95000000000"),
        ("Sarvodaya Infra agreed to buy Meghna Power for Rs. 1,250 crore.", "12500000000"),
        (
            "Sarvodaya Infra is in talks to buy Meghna Power for Rs 1,200-1,500 crore, people"
            " familiar with the matter said.",
            "15000000000",
        ),
    ],
)
def test_an_indian_price_is_the_deals_value_end_to_end(body, value):
    deal = one_deal(body)
    assert (f"{deal.value:f}", deal.currency) == (value, "INR")
    assert deal.parties == {"sarvodaya": "acquirer", "meghna": "target"}


# --- 4. offer conditions ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden launched a NOK 30bn tender offer for Fjellpay, with a minimum acceptance"
        " condition of 50.1%.",
        "Halden offered $2bn for Fjellpay. The offer is conditional on acceptances of more than"
        " half of the shares.",
        "Halden will buy Fjellpay for $2bn if it secures at least 90 per cent of the shares.",
        "Halden bid $2bn for Fjellpay, subject to a 90% acceptance threshold.",
        "Halden has received acceptances for 72 per cent of Fjellpay shares in its $2bn takeover"
        " offer.",
    ],
)
def test_the_conditions_of_a_full_takeover_are_not_its_stake(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties, deal.stake) == ("acquisition", BUY, None)


def test_what_the_bidder_already_owns_is_not_the_stake_of_its_offer():
    deal = one_deal(
        "Halden Group has made a NOK 18bn recommended cash offer for Fjellpay. The offer is"
        " subject to acceptance by shareholders holding more than 90% of Fjellpay's shares."
        " Halden already owns 12 per cent of Fjellpay."
    )
    assert (deal.parties, deal.stake) == (BUY, None)


def test_a_stake_sold_by_a_companys_promoters_makes_the_company_the_target():
    deal = one_deal(
        "Meghna Power's promoters have agreed to sell a 51% stake to Sarvodaya Infra for"
        " Rs. 4,250 crore."
    )
    assert deal.parties == {"meghna": "target", "sarvodaya": "acquirer"}
    assert (f"{deal.value:f}", f"{deal.stake:f}") == ("42500000000", "51")


@pytest.mark.parametrize(
    "body, stake",
    [
        ("Halden bought 45 per cent of Fjellpay for $300m.", "45"),
        ("Halden agreed to buy the remaining 49% of Fjellpay for $100m.", "49"),
    ],
)
def test_a_stake_bought_is_still_the_stake(body, stake):
    assert f"{one_deal(body).stake:f}" == stake


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay for $2bn. Fjellpay shares rose 10 per cent.",
        "Halden agreed to buy Fjellpay for $2bn, sending its shares up 10 per cent.",
    ],
)
def test_a_share_price_move_is_never_a_stake(body):
    assert one_deal(body).stake is None


# --- 5. fund sizes and what investors manage -------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Osprey Capital, which has $12bn in assets under management, agreed to buy Tamarind Labs.",
        "Osprey Capital, with assets of $20bn, agreed to buy Tamarind Labs.",
        "Osprey Capital agreed to buy Tamarind Labs from its $6bn third fund.",
        "Osprey Capital will buy Tamarind Labs, which has a market value of $900m.",
        "Osprey Capital agreed to buy Tamarind Labs. Osprey raised $5bn for its latest fund last"
        " year.",
        "Osprey Capital agreed to buy Tamarind Labs. Osprey Capital's $3bn fund will make the"
        " investment.",
    ],
)
def test_a_fund_size_or_market_value_is_not_the_deals_value(body):
    deal = one_deal(body)
    assert deal.parties == {"osprey": "acquirer", "tamarind": "target"}
    assert deal.value is None


@pytest.mark.parametrize(
    "body",
    [
        "Osprey Capital, which manages $4bn, invested $30m in Tamarind Labs.",
        "Osprey Capital invested $30m from its $2bn fund in Tamarind Labs.",
        "Tamarind Labs raised $30m in a Series B round led by Osprey Capital, which manages $4bn.",
        "Tamarind Labs raised $30m from Osprey Capital, valuing the company at $1bn.",
    ],
)
def test_a_funding_rounds_value_is_the_round_size(body):
    assert f"{one_deal(body).value:f}" == "30000000"


@pytest.mark.parametrize(
    "body",
    [
        "Osprey Capital raised $2bn for its fourth fund from investors including Brightwater Bank.",
        "Osprey Capital's fund raised $3bn, with Brightwater Bank as its largest backer.",
        "Osprey Capital has closed its fourth growth fund at $2bn, above its $1.5bn target.",
    ],
)
def test_money_raised_for_an_investment_fund_is_no_deal(body):
    assert deals(body) == []


def test_a_fund_raised_by_the_lead_investor_told_in_an_aside_leaves_the_round():
    deal = one_deal(
        "Tamarind Labs raised $50m in a Series B. Osprey Capital, which raised a $2bn fund last"
        " year, led the round."
    )
    assert deal.parties == {"tamarind": "investee", "osprey": "investor"}
    assert f"{deal.value:f}" == "50000000"


# --- 6. background deals ---------------------------------------------------------------

NEWS = "Halden agreed to buy Tamarind Labs for $300m. "


@pytest.mark.parametrize(
    "background",
    [
        "Nordkap bought Fjellpay in 2018.",
        "Halden owns Fjellpay, which it bought in 2019.",
        "Since its 2018 acquisition of Fjellpay, Halden has expanded into payments.",
        "Halden and Nordkap formed Fjellpay as a joint venture in 2016.",
        "The deal follows Halden's purchase of Fjellpay in 2019.",
        "Nordkap acquired Fjellpay four years ago.",
        "It is Halden's biggest deal since it acquired Fjellpay for $1bn in 2017.",
        "Halden previously bought Fjellpay from Nordkap.",
    ],
)
def test_a_deal_told_as_background_is_not_suggested_nor_bleeds_into_the_news(background):
    deal = one_deal(NEWS + background)
    assert facts(deal) == (
        "acquisition",
        "announced",
        {"halden": "acquirer", "tamarind": "target"},
        "300000000",
        "USD",
        None,
    )


@pytest.mark.parametrize(
    "body",
    [
        "Halden bought Fjellpay, previously known as Payco, for $1bn.",
        "Halden agreed to buy Fjellpay, formerly part of Nordkap, for $1bn.",
    ],
)
def test_previously_that_dates_no_act_leaves_the_deal_as_news(body):
    assert one_deal(body).parties == BUY


def test_the_terms_of_a_background_deal_do_not_bleed_into_the_news_deal():
    deal = one_deal(
        "Halden agreed to buy Tamarind Labs. Nordkap bought Fjellpay in 2018. That deal valued"
        " Fjellpay at $500m."
    )
    assert (deal.parties, deal.value) == ({"halden": "acquirer", "tamarind": "target"}, None)


def test_a_sentence_naming_the_news_deals_party_after_background_still_adds_to_it():
    deal = one_deal(
        "Halden agreed to buy Tamarind Labs. Nordkap bought Fjellpay in 2018. Halden will pay"
        " $300m."
    )
    assert f"{deal.value:f}" == "300000000"


def test_a_background_deal_in_an_aside_leaves_the_sentences_own_deal():
    deal = one_deal(
        "Halden, which has grown since its 2018 acquisition of Fjellpay, agreed to buy"
        " Tamarind Labs."
    )
    assert deal.parties == {"halden": "acquirer", "tamarind": "target"}


def test_a_closing_year_to_come_does_not_make_a_deal_background():
    deal = one_deal("Halden's acquisition of Fjellpay is expected to close in 2027.")
    assert deal.parties == BUY


@pytest.mark.parametrize(
    "body",
    [
        "Halden bought Fjellpay in 2018. The deal was completed in 2019.",
        "Halden Group reported higher profit. Halden bought Fjellpay in 2018, and the deal was"
        " completed the following year.",
    ],
)
def test_a_background_deal_told_to_its_end_stays_background(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group reported higher profit. Halden agreed to buy Fjellpay in 2019, but"
        " regulators blocked the deal in 2020.",
        "Halden Group reported higher profit. Halden agreed to buy Fjellpay in 2019. Regulators"
        " blocked the deal a year later.",
        "Halden Group reported higher profit. In 2019 Halden agreed to buy Fjellpay for $1bn.",
    ],
)
def test_an_agreement_dated_by_a_past_year_is_background(body):
    assert deals(body) == []


def test_a_later_clause_that_ends_the_deal_collapses_it():
    deal = one_deal(
        "Halden agreed in 2019 to buy Fjellpay, but the deal collapsed on Monday when regulators"
        " blocked it."
    )
    assert (deal.parties, deal.status) == (BUY, "collapsed")


def test_a_deal_agreed_long_ago_is_the_news_when_it_is_blocked():
    deal = one_deal(
        "Halden agreed to buy Fjellpay for $2bn last year. The competition authority blocked"
        " the deal on Tuesday."
    )
    assert (deal.parties, deal.status) == (BUY, "collapsed")


# --- 7. the kind is the reported transaction's -----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden and Fjellpay agreed to form a joint venture to build charging stations.",
        "Halden and Fjellpay will set up a 50-50 joint venture in Norway.",
    ],
)
def test_forming_a_joint_venture_is_a_joint_venture(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == (
        "joint_venture",
        {"halden": "partner", "fjellpay": "partner"},
    )


@pytest.mark.parametrize(
    "body",
    [
        "Halden will take a 51% stake in the joint venture with Nordkap, which will be called"
        " Fjellpay.",
        "Halden and Nordkap have agreed to combine their payments businesses in a joint venture"
        " called Fjellpay, in which Halden will hold 60 per cent.",
    ],
)
def test_a_stake_in_a_venture_formed_with_a_partner_is_a_joint_venture_of_the_owners(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == (
        "joint_venture",
        {"halden": "partner", "nordkap": "partner"},
    )


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group and Nordkap Holdings will create a new company to develop payment"
        " terminals, investing a combined NOK 2bn.",
        "Halden Group will create a jointly owned company with Nordkap Holdings to run cash"
        " machines.",
    ],
)
def test_a_new_company_created_by_two_owners_is_a_joint_venture(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == (
        "joint_venture",
        {"halden": "partner", "nordkap": "partner"},
    )


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group and Nordkap Holdings have teamed up to bid for Fjellpay.",
        "Halden Group has teamed up with Nordkap Holdings to bid for Fjellpay.",
        "Halden Group and Nordkap Holdings joined forces to make a $2bn offer for Fjellpay.",
    ],
)
def test_a_consortium_bid_is_one_acquisition_by_both_bidders(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == (
        "acquisition",
        {"halden": "acquirer", "nordkap": "acquirer", "fjellpay": "target"},
    )


def test_teaming_up_to_offer_a_service_stays_a_partnership():
    deal = one_deal("Halden Group has teamed up with Fjellpay to offer instant payments.")
    assert deal.kind == "partnership"


def test_buying_out_a_partners_half_of_a_venture_makes_the_partner_the_seller():
    deal = one_deal(
        "Halden Group agreed to buy Nordkap Holdings' half of their joint venture for $400m."
    )
    assert deal.parties == {"halden": "acquirer", "nordkap": "seller"}


def test_a_takeover_told_as_a_merger_is_a_merger():
    deal = one_deal("Halden Group will absorb Nordkap Holdings in an all-share merger worth $4bn.")
    assert (deal.kind, deal.parties) == ("merger", {"halden": "partner", "nordkap": "partner"})


def test_a_stake_bought_in_a_joint_venture_is_an_investment():
    deal = one_deal("Halden agreed to buy a 40% stake in Fjellpay, its joint venture with Nordkap.")
    assert (deal.kind, deal.parties) == (
        "investment",
        {"halden": "investor", "fjellpay": "investee"},
    )


@pytest.mark.parametrize(
    "body",
    [
        "Halden and Fjellpay agreed to merge.",
        "Halden and Fjellpay agreed an all-share merger of equals.",
        "Halden agreed to merge with Fjellpay in a $3bn all-share deal.",
    ],
)
def test_a_merger_is_a_merger(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == ("merger", {"halden": "partner", "fjellpay": "partner"})


# --- 8. commercial agreements ----------------------------------------------------------
# A contract to supply, license or distribute is not a deal the desk tracks (the evaluation
# sets' convention since `eval-blind7/`); a partnership, an alliance or joint work is.


@pytest.mark.parametrize(
    "body",
    [
        "Halden signed a ten-year supply agreement with Fjellpay.",
        "Halden has signed a supply deal with Fjellpay worth $500m.",
        "Halden signed a licensing deal with Fjellpay.",
        "Halden signed a distribution agreement with Fjellpay for Asia.",
        "Halden Group has signed a ten-year agreement to supply Fjellpay with payment"
        " terminals, in a deal worth about $300m.",
        "Halden agreed to license its payments software to Fjellpay.",
    ],
)
def test_supply_licensing_and_distribution_contracts_are_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden and Fjellpay announced a strategic partnership.",
        "Halden formed an alliance with Fjellpay.",
        "Halden signed an agreement with Fjellpay to develop payment chips.",
    ],
)
def test_partnerships_and_joint_work_are_partnerships_of_both_sides(body):
    deal = one_deal(body)
    assert (deal.kind, deal.parties) == (
        "partnership",
        {"halden": "partner", "fjellpay": "partner"},
    )


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group works with Fjellpay to process card payments in Norway.",
        "Halden Group and Fjellpay have a long-standing partnership in card payments.",
        "Halden Group said its partnership with Fjellpay helped sales rise 10 per cent.",
    ],
)
def test_a_relationship_that_already_exists_is_no_new_partnership(body):
    assert deals(body) == []


def test_a_contract_won_is_trade_not_a_deal():
    assert deals("Halden won a $300m contract from Fjellpay.") == []


# --- 9. denials and non-deals ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden denied it was in talks to buy Fjellpay.",
        "Halden said it was not in talks with Fjellpay about a merger.",
        "Nordkap has no plans to sell Fjellpay, a spokesman said.",
        "Halden rejected reports that it would bid for Fjellpay.",
        "Halden dismissed a report that it was weighing an offer for Fjellpay.",
        "Halden said it had not received any approach from Fjellpay.",
        "Halden said it does not intend to make an offer for Fjellpay.",
        "Halden said there was no truth in reports that it planned to buy Fjellpay.",
        "Nordkap said Fjellpay was not for sale.",
        'Halden said there was "no substance" to reports that it was preparing a bid for Fjellpay.',
        'Halden called reports that it would buy Fjellpay "inaccurate".',
        "Halden said reports of a merger with Fjellpay were untrue.",
        'Halden said it had "no current intention" to make an offer for Fjellpay.',
        "Halden said it had no interest in buying Fjellpay.",
        "Halden played down talk of a takeover of Fjellpay, saying it was focused on growth.",
        "Halden said it was not looking to sell Fjellpay.",
    ],
)
def test_a_story_whose_only_deal_language_is_a_denial_gives_no_deal(body):
    assert deals(body, headline="Halden and Fjellpay") == []


@pytest.mark.parametrize(
    "body",
    [
        "Brightwater Bank raised its price target on Halden to $45 from $40.",
        "Halden shares rose 10 per cent after Fjellpay reported record profit.",
        "Halden agreed to pay $50m to settle claims brought by Fjellpay.",
        "Halden was fined $20m by regulators over its handling of Fjellpay accounts.",
        "Halden launched a new payments app with Fjellpay.",
        "Halden reported revenue of $2bn; Fjellpay, its largest customer, accounted for a third.",
    ],
)
def test_price_targets_share_moves_results_fines_and_launches_are_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group agreed to pay a $90m fine to settle a probe into its takeover of Fjellpay.",
        "Halden was fined $20m over the way it handled its purchase of Fjellpay.",
        "Halden agreed to settle claims from Fjellpay shareholders over its $2bn takeover.",
    ],
)
def test_a_fine_or_settlement_about_a_deal_is_no_deal(body):
    assert deals(body) == []


def test_a_break_fee_is_not_the_deals_value():
    deal = one_deal(
        "Halden has walked away from its planned takeover of Fjellpay. Halden will pay"
        " Fjellpay a $60m break fee."
    )
    assert (deal.status, deal.value) == ("collapsed", None)


def test_a_past_purchase_in_an_aside_does_not_complete_the_deal_being_told():
    deal = one_deal(
        "Sarvodaya Infra will acquire Meghna Power for Rs 12,400 crore. Kaveri Telecom, which"
        " Sarvodaya bought in 2017, is not part of the transaction."
    )
    assert deal.status == "announced"


def test_a_denial_told_in_an_aside_does_not_hide_the_sentences_deal():
    deal = one_deal(
        "Halden, which denied last month that it was in talks with Fjellpay, on Tuesday agreed"
        " to buy the company for $1bn."
    )
    assert (deal.parties, f"{deal.value:f}") == (BUY, "1000000000")


def test_a_denial_leaves_the_deal_the_story_does_report():
    (deal,) = deals(NEWS + "Halden denied it was in talks to buy Fjellpay.")
    assert deal.parties == {"halden": "acquirer", "tamarind": "target"}


# --- 10. collapses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden has abandoned its $2bn bid for Fjellpay.",
        "Halden terminated its agreement to buy Fjellpay.",
        "Halden dropped its bid for Fjellpay after regulators objected.",
        "Halden's takeover of Fjellpay was blocked by the regulator.",
        "Halden said it had walked away from its $2bn agreed takeover of Fjellpay.",
        "Regulators blocked Halden's proposed $2bn acquisition of Fjellpay.",
        "Halden dropped its pursuit of Fjellpay on Monday.",
        "Halden’s bid for Fjellpay collapsed after the Norwegian regulator blocked it.",
    ],
)
def test_a_deal_called_off_is_collapsed(body):
    deal = one_deal(body)
    assert (deal.parties, deal.status) == (BUY, "collapsed")


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay for $2bn in March. On Monday Halden walked away from the"
        " deal.",
        "Halden agreed to buy Fjellpay for $2bn. The deal was later scrapped.",
        "Halden agreed in May to buy Fjellpay for $2bn. Halden said on Friday it had terminated"
        " the agreement to buy Fjellpay.",
    ],
)
def test_a_deal_agreed_then_called_off_is_one_collapsed_deal(body):
    deal = one_deal(body)
    assert (deal.parties, deal.status, f"{deal.value:f}") == (BUY, "collapsed", "2000000000")


def test_plans_for_a_joint_venture_scrapped_are_a_collapsed_joint_venture():
    deal = one_deal("Halden and Nordkap scrapped plans for a joint venture in Norway.")
    assert (deal.kind, deal.status) == ("joint_venture", "collapsed")


# --- references across sentences ----------------------------------------------------------


def test_it_after_a_company_that_said_something_is_that_company():
    deal = one_deal(
        "Fjellpay shares jumped 20 per cent after Halden Group said it was considering an offer"
        " for the company."
    )
    assert (deal.parties, deal.status, deal.stake) == (BUY, "rumoured", None)


def test_a_nationality_and_a_noun_in_the_next_sentence_add_the_price_to_the_deal():
    deal = one_deal(
        "Lindqvist & Berg agreed to buy Fjellpay. The Swedish company will pay NOK 2bn.",
        headline="The Swedish lender",
    )
    assert deal.parties == {"lindqvist": "acquirer", "fjellpay": "target"}
    assert (f"{deal.value:f}", deal.currency) == ("2000000000", "NOK")


def test_a_pronoun_in_a_later_sentence_collapses_the_deal_it_agreed():
    deal = one_deal(
        "Halden agreed in March to buy Fjellpay for $1bn. On Tuesday, Halden said it had pulled"
        " out."
    )
    assert (deal.parties, deal.status) == (BUY, "collapsed")


# --- headlines -------------------------------------------------------------------------


def test_a_sale_told_by_the_headline_is_completed_by_the_body():
    deal = one_deal(
        "The Norwegian group said on Monday it had completed the sale for $400m.",
        headline="Halden sells Fjellpay to Nordkap",
    )
    assert deal.parties == {"halden": "seller", "fjellpay": "target", "nordkap": "acquirer"}
    assert deal.status == "completed"


def test_a_headline_passive_without_its_auxiliary_names_buyer_and_target():
    deal = one_deal(
        "The payments company said it had agreed to be acquired by the Norwegian group.",
        headline="Fjellpay bought by Halden in $1bn deal",
    )
    assert (deal.parties, deal.status) == (BUY, "announced")


# --- rumours and talks -----------------------------------------------------------------


def test_options_for_a_unit_including_a_sale_are_a_rumoured_sale():
    deal = one_deal(
        "Nordkap Holdings is exploring options for Fjellpay, including a sale, according to"
        " people familiar with the matter."
    )
    assert (deal.parties, deal.status) == ({"nordkap": "seller", "fjellpay": "target"}, "rumoured")


def test_merger_talks_are_talks():
    deal = one_deal("Halden Group and Fjellpay are in merger talks, the Financial Times reported.")
    assert (deal.kind, deal.status) == ("merger", "in_talks")


def test_talks_with_the_owner_about_buying_its_unit_make_the_owner_the_seller():
    deal = one_deal(
        "Halden Group has held preliminary talks with Nordkap Holdings about buying Fjellpay, the"
        " people said."
    )
    assert deal.parties == {**BUY, "nordkap": "seller"}


def test_a_status_word_in_an_aside_is_not_the_deals_status():
    deal = one_deal(
        "Halden Group is among suitors for Fjellpay, which Nordkap has put up for sale."
    )
    assert deal.status != "completed"
