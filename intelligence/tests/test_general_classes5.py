"""Deal extraction on a fifth round of general classes, found in `eval-blind7/`'s misses
and checked against the earlier blind sets': a fraction or a percentage that measures
something other than ownership (a share of revenue, of a market, of the votes cast, of the
buyers' own vehicle), a right to end a deal that is not its end, a price revised in a
participle clause. Each class in several phrasings of our own, with the cases that must
still give the fact; the cast and helpers are those of `test_general_classes`."""

import pytest

from intelligence.tests.test_general_classes import BUY, deals, facts, one_deal

# --- 1. a fraction that measures something else is not a stake ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay for $400m. Fjellpay had revenue of $90m last year, about"
        " a fifth of it from banks.",
        "Halden agreed to buy Fjellpay for $400m. Card deals made up nearly a fifth of US"
        " payment deals last year.",
        "Halden agreed to buy Fjellpay for $400m. Fjellpay now earns a quarter of the group's"
        " profit.",
        "Halden agreed to buy Fjellpay for $400m. Exports account for half of the company's sales.",
    ],
)
def test_a_fraction_of_a_measure_is_not_a_stake(body):
    deal = one_deal(body)
    assert (deal.parties, deal.stake) == (BUY, None)


@pytest.mark.parametrize(
    "body, stake",
    [
        ("Halden agreed to buy half of Fjellpay for $400m.", "50"),
        ("Halden paid $400m for a third of Fjellpay.", "33"),
        ("Halden said it had agreed to acquire a quarter of Fjellpay.", "25"),
    ],
)
def test_a_fraction_bought_is_still_the_stake(body, stake):
    assert facts(one_deal(body))[5] == stake


# --- 2. percentages that are not the stake changing hands -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay for $400m. About 91% of the shares voted at the meeting"
        " were cast in favour.",
        "Halden agreed to buy Fjellpay for $400m. Holders of 64 per cent of the votes cast"
        " backed the scheme.",
    ],
)
def test_a_vote_result_is_not_a_stake(body):
    assert one_deal(body).stake is None


@pytest.mark.parametrize(
    "body",
    [
        "A consortium led by Halden agreed to buy Fjellpay for $400m. Halden will hold 50 per"
        " cent of the bidding vehicle.",
        "Halden and Nordkap agreed to buy Fjellpay for $400m. Halden will own 60% of the"
        " consortium.",
        "Halden and Nordkap agreed to buy Fjellpay for $400m. Halden will hold 50 per cent,"
        " Nordkap 30 per cent and Osprey 20 per cent.",
    ],
)
def test_how_buyers_split_their_vehicle_is_not_a_stake(body):
    found = deals(body)
    assert found and all(deal.stake is None for deal in found)


def test_a_stake_bought_with_other_percentages_in_the_sentence_is_kept():
    deal = one_deal("Halden agreed to buy 30% of Fjellpay, whose shares rose 12%.")
    assert deal.stake == 30


# --- 3. a right to end a deal is not its end ---------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay for $400m. The contract has a clause allowing Halden to"
        " terminate the deal if sales fall.",
        "Halden agreed to buy Fjellpay for $400m. Halden has the right to walk away if"
        " regulators object.",
        "Halden agreed to buy Fjellpay for $400m. Investors feared the deal would collapse.",
        "Halden agreed to buy Fjellpay for $400m. The deal gives Halden a clause letting it"
        " terminate the agreement.",
    ],
)
def test_a_right_or_a_fear_of_ending_a_deal_leaves_it_standing(body):
    assert one_deal(body).status == "announced"


def test_a_deal_terminated_is_still_collapsed():
    deal = one_deal("Halden agreed to buy Fjellpay in May. On Monday Halden terminated the deal.")
    assert deal.status == "collapsed"


# --- 4. a price revised in a participle clause -------------------------------------------


@pytest.mark.parametrize(
    "body, value",
    [
        (
            "Halden said it had agreed new terms for its purchase of Fjellpay, cutting the price"
            " it will pay to $350m from the $400m agreed in May.",
            "350000000",
        ),
        (
            "Halden has improved its offer for Fjellpay, raising the price to $450m.",
            "450000000",
        ),
        (
            "Halden agreed to buy Fjellpay last month, and on Monday sweetened its offer to $500m.",
            "500000000",
        ),
    ],
)
def test_a_revised_price_is_the_value(body, value):
    assert facts(one_deal(body))[3] == value


def test_a_share_price_moving_to_a_level_is_not_the_value():
    deal = one_deal("Halden agreed to buy Fjellpay for $400m. Fjellpay's share price rose to $21.")
    assert deal.value == 400_000_000


# --- 5. a stake raised: the part that changes hands -------------------------------------


@pytest.mark.parametrize(
    "body, kind, stake",
    [
        (
            "Halden will raise its holding in Fjellpay (Norway) to 75 per cent after agreeing to"
            " buy a further 26 per cent from Nordkap.",
            "acquisition",
            "26",
        ),
        (
            "Halden has acquired an additional 12% of Fjellpay, lifting its stake to 40%.",
            "investment",
            "12",
        ),
        (
            "Halden paid $90m for another 20 per cent of Fjellpay, taking its holding to 60 per"
            " cent.",
            "acquisition",
            "20",
        ),
    ],
)
def test_a_stake_raised_is_the_part_bought_and_the_holding_decides_the_kind(body, kind, stake):
    deal = one_deal(body)
    assert (deal.kind, f"{deal.stake:f}") == (kind, stake)


def test_a_holding_raised_without_the_part_bought_is_the_holding():
    assert one_deal("Halden lifted its stake in Fjellpay to 35 per cent.").stake == 35


# --- 6. a past deal dated before its verb, or counted from an earlier one ----------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden reported higher sales. Its pattern was set in 2014, when Halden paid $410m for"
        " Fjellpay.",
        "Halden reported higher sales. Back then, in 2016, when Halden bought Fjellpay, the shares"
        " fell.",
        "Halden bought Fjellpay in 2014. Four years later it sold Nordkap to Osprey.",
        "Halden bought Fjellpay in 2014. Two years after that Osprey acquired Nordkap.",
    ],
)
def test_a_deal_dated_in_the_past_is_background(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed on Monday to buy Fjellpay for $400m; the deal is set to close in 2027.",
        "Halden agreed to buy Fjellpay for $400m. The deal is set for completion in 2027.",
    ],
)
def test_a_year_the_deal_is_set_to_close_leaves_it_the_news(body):
    assert one_deal(body).parties == BUY


# --- 7. a question nobody answered --------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden cut 600 jobs. A spokesman declined to say whether Halden had considered selling"
        " Fjellpay.",
        "Halden cut 600 jobs. The company would not comment on whether Nordkap might buy Fjellpay.",
        "Halden cut 600 jobs. It is unclear whether Halden will sell Fjellpay to Nordkap.",
        "Halden cut 600 jobs. She refused to confirm if Halden was in talks to acquire Fjellpay.",
    ],
)
def test_a_deal_in_an_unanswered_question_is_no_deal(body):
    assert deals(body) == []


def test_a_company_weighing_whether_to_sell_is_still_a_rumour():
    deal = one_deal("Nordkap is considering whether to sell Fjellpay to Halden.")
    assert deal.status == "rumoured"


# --- 8. a holding it already has ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden cut 600 jobs. Halden also has a 50% interest in Fjellpay, which is not affected.",
        "Halden cut 600 jobs. The group holds a 20 per cent stake in Fjellpay.",
        "Halden cut 600 jobs. Halden still owns a minority holding in Fjellpay.",
    ],
)
def test_a_holding_already_held_is_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden will hold a 51% stake in Fjellpay after the deal.",
        "Halden has taken a 20 per cent stake in Fjellpay.",
        "Halden bought a 20% stake in Fjellpay.",
    ],
)
def test_a_holding_taken_or_to_come_is_still_a_deal(body):
    assert set(one_deal(body).parties) == {"halden", "fjellpay"}


# --- 9. a licence to trade is not a sale ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden granted Fjellpay the rights to develop and sell its card reader in Asia.",
        "Fjellpay won a licence to market and sell Halden's terminals.",
        "Halden gave Fjellpay the exclusive right to distribute, service and sell its devices.",
    ],
)
def test_a_right_to_sell_goods_is_not_an_acquisition(body):
    assert all(deal.kind != "acquisition" for deal in deals(body))


# --- 10. money a company manages or hopes to save -----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden and Fjellpay called off merger talks. Together they manage about CHF 78bn of"
        " client assets.",
        "Halden and Fjellpay called off merger talks. Analysts had estimated annual savings of"
        " up to CHF 60m.",
        "Halden and Fjellpay called off merger talks. The two oversee $12bn in customer deposits.",
    ],
)
def test_assets_managed_and_savings_are_not_a_merger_value(body):
    deal = one_deal(body)
    assert (deal.kind, deal.status, deal.value) == ("merger", "collapsed", None)


# --- 11. an opening phrase set off by a comma is not an aside ----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden reported higher profit. In a short note at the end of its statement, the company"
        " said it had bought Fjellpay for €12m.",
        "Halden reported higher profit. Under the plan approved by its board, the group has"
        " bought Fjellpay for €12m.",
        "Halden reported higher profit. At a briefing in Oslo, the company said it had bought"
        " Fjellpay for €12m.",
    ],
)
def test_a_deal_after_an_opening_phrase_is_read(body):
    deal = one_deal(body)
    assert (deal.parties, deal.status, deal.value) == (BUY, "completed", 12_000_000)


def test_an_apposition_after_the_subject_is_still_an_aside():
    deal = one_deal("Halden, the Norwegian payments group, has bought Fjellpay for €12m.")
    assert deal.parties == BUY


# --- 12. a deal told in an aside about a person's company ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden cut its forecast. Garza, whose company last week agreed to sell its card unit,"
        " Fjellpay, to Nordkap for 5.8 billion pesos, said Halden would keep hiring.",
        "Halden cut its forecast. Its chief executive, whose group agreed on Monday to sell"
        " Fjellpay to Nordkap for $300m, told analysts sales would recover.",
    ],
)
def test_a_sale_told_in_an_aside_about_the_chief_of_the_seller(body):
    deal = one_deal(body)
    assert deal.parties == {"halden": "seller", "fjellpay": "target", "nordkap": "acquirer"}


def test_an_aside_about_a_person_with_no_deal_gives_none():
    assert (
        deals(
            "Halden cut its forecast. Garza, whose company makes brakes, said Fjellpay and"
            " Nordkap were customers."
        )
        == []
    )


# --- 13. a buyer or seller named with its country's possessive ----------------------------


@pytest.mark.parametrize(
    "body, parties",
    [
        (
            "Halden agreed to sell Fjellpay to Norway's Nordkap for $5m.",
            {"halden": "seller", "fjellpay": "target", "nordkap": "acquirer"},
        ),
        (
            "Halden agreed to buy Fjellpay from South Korea's Nordkap for $5m.",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
        ),
        (
            "Nordkap sold its card unit, Fjellpay, to Britain's Halden.",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
        ),
    ],
)
def test_a_party_named_with_its_country_keeps_its_role(body, parties):
    assert one_deal(body).parties == parties


# --- 14. a seller told by a sale without its object ---------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Nordkap said it had decided to sell because it could not match the investment Halden"
        " planned.",
        "Nordkap agreed to sell, as it wants to focus on cards.",
        "Nordkap, which is based in Oslo, is selling to raise cash.",
    ],
)
def test_a_sale_without_its_object_names_the_seller_of_the_deal_told(second):
    deal = one_deal("Halden will buy Fjellpay for $5m. " + second)
    assert deal.parties == {**BUY, "nordkap": "seller"}


def test_a_sale_without_its_object_does_not_replace_the_seller():
    deal = one_deal(
        "Halden will buy Fjellpay from Osprey for $5m. Nordkap said it would sell, too."
    )
    assert deal.parties == {**BUY, "osprey": "seller"}


def test_a_sale_without_its_object_alone_is_no_deal():
    assert deals("Nordkap said it had decided to sell because it could not match Halden.") == []


# --- 15. the members of a bidding consortium told later -----------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "The group, which also includes pension investor Nordkap and asset manager Osprey,"
        " first approached Fjellpay in May.",
        "The consortium also comprises Nordkap and Osprey.",
        "Other members of the consortium are Nordkap and Osprey.",
    ],
)
def test_consortium_members_told_later_are_buyers(second):
    deal = one_deal("A consortium led by Halden agreed to buy Fjellpay for $5m. " + second)
    assert deal.parties == {**BUY, "nordkap": "acquirer", "osprey": "acquirer"}


@pytest.mark.parametrize(
    "second",
    [
        "The consortium includes Nordkap, which was advised by Osprey.",
        "The group includes Nordkap; Osprey advised Fjellpay.",
    ],
)
def test_only_the_listed_members_join_the_consortium(second):
    deal = one_deal("A consortium led by Halden agreed to buy Fjellpay for $5m. " + second)
    assert deal.parties == {**BUY, "nordkap": "acquirer"}


def test_a_group_including_a_company_is_no_consortium_without_one():
    deal = one_deal("Halden agreed to buy Fjellpay for $5m. The group also includes Nordkap.")
    assert deal.parties == BUY


# --- 16. a bidder named for a sale only talked of -----------------------------------------

RUMOUR = "Nordkap is exploring a sale of Fjellpay, according to people familiar with the matter. "


@pytest.mark.parametrize(
    "second",
    [
        "Halden, the listed payments group, is among the parties that have expressed interest,"
        " one of the people said.",
        "Halden has shown interest, the people said.",
        "Possible buyers include Halden, one person said.",
        "Halden is seen as the likely buyer.",
    ],
)
def test_a_named_suitor_is_the_buyer_of_a_rumoured_sale(second):
    deal = one_deal(RUMOUR + second)
    assert (deal.status, deal.parties) == ("rumoured", {**BUY, "nordkap": "seller"})


@pytest.mark.parametrize(
    "second",
    [
        "Halden has not expressed interest, a spokesman said.",
        "Halden and Osprey have both shown interest.",
    ],
)
def test_a_suitor_denied_or_not_singled_out_is_not_the_buyer(second):
    deal = one_deal(RUMOUR + second)
    assert "halden" not in deal.parties


def test_a_suitor_does_not_replace_the_buyer_of_an_agreed_deal():
    deal = one_deal("Osprey agreed to buy Fjellpay for $5m. Halden had also shown interest.")
    assert deal.parties == {"osprey": "acquirer", "fjellpay": "target"}


# --- 17. a passive purchase with an adverb ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay, which owns four plants, will be bought outright by Halden in an all-cash deal.",
        "Fjellpay was quietly sold to Halden.",
        "Fjellpay was sold quietly to Halden.",
        "Fjellpay is to be acquired jointly by Halden.",
    ],
)
def test_a_passive_purchase_with_an_adverb_names_buyer_and_target(body):
    assert one_deal(body).parties == BUY


# --- 18. "also": another act of the company the story is about ----------------------------


def test_a_reference_doing_another_act_is_the_story_s_company_not_the_last_buyer():
    found = deals(
        "Halden will sell its cement unit to Nordkap for $5m. The group said it had also agreed"
        " to buy a 26 per cent stake in Osprey for $1m.",
        headline="Halden to sell cement unit",
    )
    assert [dict(deal.parties) for deal in found] == [
        {"halden": "seller", "nordkap": "acquirer"},
        {"halden": "investor", "osprey": "investee"},
    ]


def test_a_reference_without_another_act_is_still_the_deal_s_buyer():
    found = deals(
        "Nordkap agreed to buy Fjellpay from Halden for $5m. The company agreed to buy Osprey"
        " for $1m.",
        headline="Halden sells Fjellpay",
    )
    assert dict(found[-1].parties) == {"nordkap": "acquirer", "osprey": "target"}


# --- 19. the deal told, done, with its parties left unnamed -------------------------------


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Halden and Fjellpay agreed to merge in May. The merger closed on Monday.", "merger"),
        (
            "Halden agreed to buy Fjellpay in May. The takeover was completed on Monday.",
            "acquisition",
        ),
        ("Halden agreed to buy Fjellpay for $5m. This deal has now closed.", "acquisition"),
    ],
)
def test_the_deal_told_closing_without_its_parties_is_completed(body, kind):
    deal = one_deal(body)
    assert (deal.kind, deal.status) == (kind, "completed")


@pytest.mark.parametrize(
    "second",
    [
        "The takeover is expected to close on Monday.",
        "Several brewers have been bought by larger groups this year.",
        "Halden said it had now bought four companies this year.",
    ],
)
def test_a_closing_to_come_or_of_other_deals_leaves_it_announced(second):
    assert one_deal("Halden agreed to buy Fjellpay in May. " + second).status == "announced"


# --- 20. an end told with a past year is background --------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Halden walked away from talks with a Norwegian rival in 2021.",
        "Halden pulled out of a deal with a rival two years ago.",
        "Halden abandoned an earlier attempt to buy a lender back in 2019.",
    ],
)
def test_an_end_dated_in_the_past_does_not_end_the_deal_told(second):
    deal = one_deal("Halden agreed on Monday to merge with Fjellpay. " + second)
    assert deal.status == "announced"


def test_an_end_on_the_day_still_ends_the_deal_agreed_in_a_past_year():
    deal = one_deal(
        "Halden agreed to merge with Fjellpay. On Monday Halden walked away from the deal, which"
        " it agreed in 2024."
    )
    assert deal.status == "collapsed"


# --- 21. the second leg of a swap ---------------------------------------------------------

SWAP = {"nordkap": "acquirer", "osprey": "target", "halden": "seller"}


@pytest.mark.parametrize(
    "body",
    [
        "Under the deal, Halden will take over Fjellpay, the network Nordkap has owned since"
        " 2014. In return, Nordkap will get Osprey, the operator that Halden built up.",
        "Halden agreed to buy Fjellpay from Nordkap. Nordkap will receive Halden's card unit,"
        " Osprey, in exchange.",
        "Halden agreed to take over Fjellpay from Nordkap. For its part, Nordkap takes over"
        " Osprey.",
    ],
)
def test_the_second_leg_of_a_swap_is_a_deal_of_its_own(body):
    found = deals(body)
    assert [dict(deal.parties) for deal in found] == [{**BUY, "nordkap": "seller"}, SWAP]


@pytest.mark.parametrize(
    "second",
    [
        "In return for the cash, Nordkap said it would invest more in cards.",
        "In return, Halden will get Nordkap's support for the bid.",
        "In exchange, shareholders will get 2 Halden shares for each Fjellpay share.",
    ],
)
def test_what_a_deal_gives_in_return_is_no_second_deal(second):
    assert len(deals("Halden agreed to buy Fjellpay from Nordkap for $5m. " + second)) == 1


# --- 22. a rejected bid the bidder still pursues ------------------------------------------

REJECTED = "Fjellpay's board has rejected a takeover proposal from Halden. "


@pytest.mark.parametrize(
    "second",
    [
        "Halden said it was considering its options.",
        "Halden said it remained ready to talk and could take its offer directly to Fjellpay's"
        " shareholders.",
        "Investors expect a higher offer. Halden has until May 1 to announce a firm intention to"
        " bid or walk away.",
    ],
)
def test_a_rejected_bid_still_pursued_is_still_talked_of(second):
    assert one_deal(REJECTED + second).status == "rumoured"


@pytest.mark.parametrize(
    "second",
    [
        "Halden said it would not return with a higher offer.",
        "Halden walked away on Friday, though it had said it was considering its options.",
        "Fjellpay shares fell 12%.",
    ],
)
def test_a_rejected_bid_given_up_or_left_there_is_collapsed(second):
    assert one_deal(REJECTED + second).status == "collapsed"


# --- 23. what the deal values the company at, told in another clause ----------------------


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay has agreed to be taken over by Halden, after Halden lifted its offer to $3.85 a"
        " share, valuing Fjellpay's equity at about $4.6bn.",
        "Halden agreed to buy Fjellpay. The proposal, which values Fjellpay at about $4.6bn, was"
        " backed by the board.",
    ],
)
def test_a_valuation_told_in_a_later_clause_is_the_value(body):
    assert one_deal(body).value == 4_600_000_000


def test_a_value_including_debt_told_later_is_not_the_value():
    deal = one_deal(
        "Halden agreed to buy Fjellpay. Including about $3.1bn of debt, the transaction values"
        " the business at roughly $7.7bn."
    )
    assert deal.value is None


# --- 24. status words of a deal near, done or dropped -----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden is nearing a deal to buy Fjellpay.",
        "Halden is on the verge of buying Fjellpay.",
        "Halden is close to an agreement to acquire Fjellpay.",
    ],
)
def test_a_deal_near_agreement_is_in_talks(body):
    assert one_deal(body).status == "in_talks"


@pytest.mark.parametrize(
    "body, status",
    [
        ("Halden merged with Fjellpay last month.", "completed"),
        ("Nordkap offloaded Fjellpay to Halden for $200m.", "completed"),
        ("Nordkap has divested Fjellpay to Halden.", "completed"),
        ("Halden ditched its bid for Fjellpay.", "collapsed"),
        ("Halden agreed to merge with Fjellpay.", "announced"),
        ("Halden will combine with Fjellpay next year.", "announced"),
    ],
)
def test_past_forms_of_a_sale_a_merger_or_a_dropped_bid(body, status):
    assert one_deal(body).status == status


# --- 25. a bid weighed, its target the company whose shares moved ------------------------


@pytest.mark.parametrize(
    "body, status",
    [
        ("Shares in Fjellpay rose after Halden said it was weighing a bid.", "rumoured"),
        (
            "Fjellpay's shares rose 20% after Halden confirmed it was in early discussions about"
            " a possible offer.",
            "in_talks",
        ),
        ("Fjellpay stock jumped after Halden said it was preparing a formal offer.", "rumoured"),
    ],
)
def test_a_bid_weighed_is_for_the_company_whose_shares_moved(body, status):
    deal = one_deal(body)
    assert (deal.parties, deal.status) == (BUY, status)


@pytest.mark.parametrize(
    "body",
    [
        "Halden said it was weighing a bid.",
        "Fjellpay shares rose 4% on Monday as Halden said it was considering its options.",
    ],
)
def test_a_bid_weighed_with_no_target_is_no_deal(body):
    assert deals(body) == []


def test_the_company_whose_shares_moved_is_no_party_of_a_deal_with_its_own_object():
    deal = one_deal("Osprey shares fell 3% after Halden agreed to buy Fjellpay.")
    assert deal.parties == BUY


# --- 26. a relationship of long standing ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden reported higher sales. Halden has partnered with Fjellpay since 2015.",
        "Halden and Fjellpay have worked together since 2019 on card readers.",
        "Halden has collaborated with Fjellpay on payments since 2012, it said.",
    ],
)
def test_a_partnership_since_a_past_year_is_background(body):
    assert deals(body) == []


def test_a_partnership_told_on_the_day_is_news():
    deal = one_deal("Halden said on Monday it had partnered with Fjellpay to build card readers.")
    assert deal.kind == "partnership"


# --- 27. a price paid for a percentage told at the end of the sentence --------------------


@pytest.mark.parametrize(
    "body, stake",
    [
        ("Halden is to acquire a majority of Fjellpay. It will pay HK$900m for 60 per cent.", "60"),
        ("Halden agreed to invest in Fjellpay. It is paying $20m for 15%, the company said.", "15"),
    ],
)
def test_a_price_paid_for_a_percentage_is_the_stake(body, stake):
    assert facts(one_deal(body))[5] == stake
