"""Deal extraction on a seventeenth round of general classes, written in our own words in the
nineteenth session from what two new development batteries and our own phrasings showed;
beside each no-deal case, the deal told in the same words, which must still be read."""

import pytest

from intelligence.tests.test_general_classes import deals, facts


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group will invest $50m in Fjellpay's new plant in Bergen.",
        "The investment by Halden Group in Fjellpay's new plant will create 300 jobs.",
        "Halden Group is investing NOK 400m in Fjellpay's planned data centre outside Oslo.",
    ],
)
def test_money_put_into_a_site_another_company_is_building_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    ("body", "stake"),
    [
        ("Halden Group invested $30m in Fjellpay on Monday.", None),
        (
            "Halden Group will invest $50m in Fjellpay's planned terminal, taking a 40% stake "
            "in it.",
            "40",
        ),
    ],
)
def test_money_put_into_the_company_or_a_stake_in_its_site_is_still_a_deal(body, stake):
    (deal,) = [d for d in deals(body) if len(d.parties) >= 2]
    assert facts(deal)[2]["halden"] == "investor"
    assert facts(deal)[5] == stake


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "",
            "A lot of coffee from Fjellpay, a farm in the Yungas valleys, sold for a record "
            "US$312 a pound at an online auction on Tuesday, bought by the Japanese importer "
            "Halden Group.",
        ),
        ("Halden Group pays record for Fjellpay's Yungas coffee", "The auction closed."),
        (
            "",
            "Fjellpay is not for sale. If Halden Group wants Norwegian salmon, it can buy it "
            "by the kilo, as it does today.",
        ),
        ("", "Halden Group paid $2m for Fjellpay's old trucks on Monday."),
    ],
)
def test_goods_bought_by_the_unit_or_by_their_makers_name_are_trade(headline, body):
    assert [facts(d) for d in deals(body, headline) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group paid $2bn for Fjellpay's payments unit on Monday.",
        "Halden Group will pay $2bn for Fjellpay.",
        "Halden Group bought Fjellpay for $312m on Tuesday.",
    ],
)
def test_a_company_or_its_business_bought_is_still_a_deal(body):
    (deal,) = [d for d in deals(body) if len(d.parties) >= 2]
    assert facts(deal)[2]["halden"] == "acquirer"


def test_a_partnership_whose_partners_hold_no_shares_in_each_other_is_no_deal():
    body = (
        "Halden Group's code-share with Fjellpay added 48,000 passengers in the quarter. "
        "Neither holds shares in the other."
    )
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_a_combination_drug_is_no_merger():
    body = (
        "Halden Group has obtained a licence to make and sell a combination blood-pressure "
        "pill developed by Fjellpay in Kazakhstan."
    )
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []
    merger = "Halden Group and Fjellpay agreed on Monday to an all-share combination."
    assert [facts(d)[0] for d in deals(merger)] == ["merger"]


def test_shares_index_funds_must_buy_and_sell_are_no_deal():
    body = (
        "Brokers estimate that tracker funds will need to buy about NOK 420m of Halden Group "
        "shares and sell around NOK 260m of Fjellpay stock."
    )
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "purpose",
    ["To help pay for the purchase, Halden Group also", "To pay for Cambodia, Halden Group"],
)
def test_a_sale_told_after_what_it_pays_for_is_read_with_its_roles(purpose):
    body = (
        f"{purpose} agreed on Thursday to sell its car-leasing subsidiary, Fjellpay, to "
        "Osprey Capital for €85m."
    )
    (deal,) = deals(body)
    assert facts(deal)[2] == {"halden": "seller", "fjellpay": "target", "osprey": "acquirer"}
    assert facts(deal)[3:5] == ("85000000", "EUR")


def test_paying_for_the_acquisition_of_a_company_is_still_the_deal():
    (deal,) = deals("Halden Group will pay for the acquisition of Fjellpay with cash and shares.")
    assert facts(deal)[2] == {"halden": "acquirer", "fjellpay": "target"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group declined to buy Fjellpay, its chief executive said.",
        "Halden Group passed up the opportunity to invest in Fjellpay.",
        "Halden Group refused to buy Fjellpay's stake.",
        "Halden Group balked at buying Fjellpay.",
        "Halden Group won't bid for Fjellpay.",
        "Osprey Capital bought 2 million Halden Group shares for its clients on Monday.",
    ],
)
def test_a_buyer_that_chose_not_to_or_a_brokers_trade_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "Halden Group declined to comment on its purchase of Fjellpay, completed on Monday.",
            {"halden": "acquirer", "fjellpay": "target"},
        ),
        (
            "Fjellpay, which Halden Group declined to buy in 2019, agreed on Monday to sell "
            "itself to Osprey Capital for $1bn.",
            {"fjellpay": "target", "osprey": "acquirer"},
        ),
        (
            "Osprey Capital bought a 5% stake in Halden Group for $40m on Monday.",
            {"osprey": "investor", "halden": "investee"},
        ),
    ],
)
def test_the_deal_told_beside_a_refusal_is_still_read(body, parties):
    (deal,) = deals(body)
    assert facts(deal)[2] == parties


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group's joint venture with Fjellpay added 48,000 customers in the quarter.",
        "Halden Group's code-share with Fjellpay, which lets passengers book through to Oslo, "
        "added 48,000 passengers in the quarter.",
        "Its partnership with Fjellpay lifted Halden Group's sales by 12% in the quarter.",
        "Halden Group's joint venture with Fjellpay will build a $200m plant in Bergen.",
    ],
)
def test_a_venture_already_running_told_by_what_it_does_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group's partnership with Fjellpay was signed on Monday.",
        "Halden Group's new partnership with Fjellpay will let customers pay by phone.",
        "Halden Group and Fjellpay formed a joint venture on Monday that will build a plant.",
    ],
)
def test_a_venture_told_as_news_is_still_read(body):
    (deal,) = deals(body)
    assert set(facts(deal)[2].values()) == {"partner"}


@pytest.mark.parametrize(
    "body",
    [
        "The trustees of Halden Group's pension scheme have bought a £120 million bulk annuity "
        "from insurer Fjellpay.",
        "Halden Group bought a $120m bulk annuity from Fjellpay.",
        'Halden Group described the deal as "the end of a long road that began when we bought '
        'Fjellpay".',
        "The trouble began when Halden Group bought Fjellpay.",
    ],
)
def test_a_financial_product_bought_or_a_deal_told_as_a_beginning_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group's shares fell when it bought Fjellpay for $2bn on Monday.",
        "Halden Group bought a 20% stake in Fjellpay, the insurer that sells annuities.",
    ],
)
def test_a_deal_beside_those_words_is_still_read(body):
    (deal,) = deals(body)
    assert facts(deal)[2]["halden"] in ("acquirer", "investor")


@pytest.mark.parametrize(
    "body",
    [
        'Halden Group has been named in market gossip as a possible bidder for Fjellpay. "We '
        'have not been approached, and we are not looking," its chief said.',
        "Halden Group is said to be weighing a bid for Fjellpay. Halden Group denied the "
        "report on Monday.",
        "Halden Group will transfer its 35% holding in Fjellpay to its parent, Osprey "
        "Capital, for NOK 4.2bn in a reshuffle of assets inside the group.",
        "Halden Group will move its 35% holding in Fjellpay to Osprey Capital, its parent, "
        "in an intra-group transfer.",
    ],
)
def test_a_rumour_denied_next_or_a_holding_moved_inside_a_group_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group is in talks to buy Fjellpay, people familiar with the matter said. "
        "Osprey Capital denied it was also bidding.",
        "Halden Group is in talks to buy Fjellpay, people familiar with the matter said. "
        "Fjellpay declined to comment.",
        "Halden Group agreed to buy Fjellpay for $2bn, the largest deal within the group's "
        "history.",
    ],
)
def test_a_rumour_denied_by_another_or_not_denied_is_still_read(body):
    (deal,) = deals(body)
    assert facts(deal)[2] == {"halden": "acquirer", "fjellpay": "target"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group took over 41,000 of Fjellpay's mobile customers between April and "
        "September with an offer of six free months.",
        'Fjellpay said the ruling let "Halden Group buy our customers with our own numbers".',
        "Halden Group buys from more than 60 dairies and we value our partnership with Fjellpay.",
        'The regulator ruled that the "buy now, pay later" offer run by Halden Group and '
        "Fjellpay is a consumer loan.",
        "Halden Group raised €1.9 million on Tuesday evening by selling 26 paintings from its "
        "art collection at Fjellpay, the auction house.",
        'Fjellpay\'s owner said it had "always said no to selling shares" when Halden Group '
        "proposed a joint ski pass.",
    ],
)
def test_customers_won_goods_sold_and_a_refusal_to_sell_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "Halden Group took over Fjellpay, which has 41,000 customers, on Monday.",
            {"halden": "acquirer", "fjellpay": "target"},
        ),
        (
            "Fjellpay raised €19m by selling new shares to Halden Group.",
            {"fjellpay": "investee", "halden": "investor"},
        ),
        (
            "Halden Group agreed to buy Fjellpay from Osprey Capital for $40m.",
            {"halden": "acquirer", "fjellpay": "target", "osprey": "seller"},
        ),
    ],
)
def test_a_company_taken_over_or_shares_sold_are_still_read(body, parties):
    (deal,) = deals(body)
    assert facts(deal)[2] == parties


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("", "Halden Group, an Agadir trader, buys what Fjellpay does not take, for resale."),
        (
            "",
            "Halden Group said on Sunday it had acquired a photon-counting CT scanner from "
            "German maker Fjellpay for its hospital in Irbid.",
        ),
        (
            "",
            "Halden Group will take over the central atrium of Fjellpay's flagship centre from "
            "December 1.",
        ),
        (
            "",
            "Under the agreement, Halden Group will quote a bid and an offer for Fjellpay "
            "shares and will stand ready to buy or sell up to 50,000 shares a day.",
        ),
        (
            "Regulator cuts price in Halden Group's interconnection offer after Fjellpay complaint",
            "",
        ),
        (
            "",
            "The chain said milk and yoghurt would be sold at fixed prices after an agreement "
            "with its supplier, Fjellpay. Halden Group runs the chain.",
        ),
        (
            "",
            "In 2009 Halden Group and Fjellpay spent four months in talks about combining "
            "their kilns.",
        ),
        ("", "Halden Group said it would not build a holding in Fjellpay."),
        (
            "",
            "A court ordered Osprey Capital to pay 3 million Egyptian pounds in damages to "
            "Fjellpay. The article, published in March, said Halden Group had agreed to buy "
            "70% of Fjellpay for $420 million. Fjellpay denied the report the same afternoon.",
        ),
    ],
)
def test_goods_spaces_quotes_price_lists_and_reports_denied_are_no_deal(headline, body):
    assert [facts(d) for d in deals(body or "Nothing else.", headline) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Halden Group and Fjellpay have held preliminary discussions about combining their "
            "logistics software units, people briefed on the matter said.",
            "merger",
        ),
        (
            "Halden Group said it had held talks with Fjellpay about combining their networks.",
            "merger",
        ),
        (
            "Halden Group agreed to buy Fjellpay for $120m and to sell its tractor-parts unit "
            "to Osprey Capital.",
            "acquisition",
        ),
        ("Halden Group agreed to buy Fjellpay, a maker of CT scanners, for $120m.", "acquisition"),
    ],
)
def test_companies_combined_or_bought_beside_those_words_are_still_read(body, kind):
    found = [d for d in deals(body) if len(d.parties) >= 2]
    assert found and facts(found[0])[0] == kind


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay agreed to supply 180 tonnes of tea a year. Halden Group will sell the leaf "
        'under its own label as "Himalayan First Flush", with Fjellpay named on the pack.',
        "Halden Group buys most of its cocoa from Fjellpay.",
        "Halden Group has won a NOK 18.4 billion contract to rebuild 74 km of canals, "
        "outbidding Fjellpay. Halden Group's price was about 6% below Fjellpay's offer of "
        "NOK 19.6 billion, according to the evaluation report.",
    ],
)
def test_a_crop_sold_or_an_offer_for_work_already_won_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group's purchase of the cotton ginner Fjellpay from Osprey Capital has collapsed.",
        "Halden Group agreed to buy Fjellpay Coffee for $40m.",
        "Halden Group, which won a contract to build a dam last year, agreed on Monday to buy "
        "Fjellpay for $40m.",
    ],
)
def test_a_company_named_by_its_crop_or_bought_in_a_tender_story_is_still_read(body):
    (deal,) = deals(body)
    assert facts(deal)[2]["halden"] == "acquirer"


def test_a_denial_of_a_separate_report_leaves_the_talks_told():
    body = (
        "Halden Group and Fjellpay, two family-controlled winemakers, said on Wednesday they "
        "were in talks to merge, confirming a report in a business weekly. Both wineries "
        "denied a separate report that an Austrian drinks group had offered CZK 600 million "
        "for Fjellpay alone."
    )
    (deal,) = deals(body)
    assert facts(deal)[:3] == (
        "merger",
        "in_talks",
        {"halden": "partner", "fjellpay": "partner"},
    )


def test_a_denial_of_the_report_itself_still_takes_it_back():
    body = (
        "A business weekly reported that Halden Group was in talks to buy Fjellpay. "
        "Fjellpay denied the report on Wednesday."
    )
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Halden Group said it would pay $50 million in cash for Fjellpay, which runs card "
            "terminals, and up to $20 million more if Fjellpay meets revenue targets.",
            "70000000",
        ),
        (
            "Halden Group agreed to buy Fjellpay. The price is up to $260 million: $220 million "
            "at completion and as much as $40 million more if volumes rise.",
            "260000000",
        ),
        (
            "Halden Group said it had signed an agreement to buy Fjellpay. The price, disclosed "
            "in a filing to the Superintendencia Financiera on Thursday morning, is $112 "
            "million.",
            "112000000",
        ),
        (
            "Halden Group and Fjellpay agreed to merge. The merged company would be worth about "
            "NOK 14 billion.",
            None,
        ),
    ],
)
def test_the_price_with_an_earn_out_or_after_a_long_aside(body, value):
    (deal,) = deals(body)
    assert facts(deal)[3] == value


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "Halden Group and Fjellpay agreed in April to merge. On Wednesday the competition "
            "regulator stopped them.",
            "collapsed",
        ),
        (
            "Halden Group and Fjellpay agreed in April to merge. Fjellpay said on Wednesday the "
            "deal was over.",
            "collapsed",
        ),
        (
            "Halden Group agreed to buy Fjellpay; the deal was over budget, analysts said.",
            "announced",
        ),
        (
            "Two regional chains have started talks about combining. Halden Group and Fjellpay "
            "said in a joint statement that they had hired advisers to study a merger.",
            "in_talks",
        ),
    ],
)
def test_a_deal_stopped_over_or_in_talks_told_in_more_words(body, status):
    (deal,) = deals(body)
    assert facts(deal)[1] == status


@pytest.mark.parametrize("amount", ["GHS 1.1 billion", "GH₵1.1 billion", "KES 1.1 billion"])
def test_an_offer_in_any_currency_form_is_read(amount):
    (deal,) = deals(f"Halden Group could offer {amount} for Fjellpay, bankers said.")
    assert facts(deal)[2] == {"halden": "acquirer", "fjellpay": "target"}
    assert facts(deal)[3] == "1100000000"


def test_the_target_named_after_a_bid_for_a_described_company():
    body = (
        "Halden Group is weighing a bid for a Ghanaian biscuit maker, bankers said. The target "
        "is Fjellpay, which sells its crackers in eleven countries."
    )
    (deal,) = deals(body)
    assert facts(deal)[:3] == (
        "acquisition",
        "rumoured",
        {"halden": "acquirer", "fjellpay": "target"},
    )


def test_a_target_that_is_not_a_company_joins_nothing():
    body = "Halden Group agreed to buy Osprey Capital. The sales target is Fjellpay's to set."
    (deal,) = deals(body)
    assert facts(deal)[2] == {"halden": "acquirer", "osprey": "target"}


def test_a_venture_formally_established_is_completed():
    body = (
        "The joint venture set up by Halden Group and Fjellpay to assemble motorcycles has "
        "been formally established, the partners said on Monday."
    )
    (deal,) = deals(body)
    assert facts(deal)[:2] == ("joint_venture", "completed")


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group and Fjellpay agreed to form a joint venture. Halden Group made a profit "
        "from crude sold at about $70 a barrel.",
        "Halden Group and Fjellpay are negotiating a joint venture. Its shares, at NOK 9.10, "
        "value it at NOK 7.3 billion.",
    ],
)
def test_a_price_by_the_barrel_or_the_markets_valuation_is_no_deal_value(body):
    (deal,) = deals(body)
    assert facts(deal)[3] is None


def test_an_exchange_of_shares_valuing_the_company_bought_is_still_the_price():
    body = (
        "Halden Group will absorb Fjellpay through an exchange of shares that values the latter "
        "at NOK 640 million."
    )
    (deal,) = deals(body)
    assert facts(deal)[3] == "640000000"


def test_a_bidder_left_in_the_race_is_the_buyer():
    body = (
        "Halden Group is one of two bidders left for 40% of Fjellpay, which its owner, the "
        "investment firm Osprey Capital, put up for sale in September."
    )
    (deal,) = deals(body)
    assert facts(deal)[2] == {"halden": "acquirer", "fjellpay": "target", "osprey": "seller"}


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "",
            "Fjellpay has had its timetable-scheduling engine merged into Harbourline, the "
            "open-source project maintained by Halden Group.",
        ),
        ("Fjellpay's scheduling code merged into Halden Group's open-source project", "x"),
        (
            "",
            "Fjellpay told the tribunal that Halden Group had offered to sell it the registered "
            "name for £25,000.",
        ),
        (
            "",
            "On paper the obvious merger is Halden Group with Fjellpay: neighbours, both "
            "loss-making.",
        ),
    ],
)
def test_code_merged_a_name_sold_or_a_columnists_obvious_merger_is_no_deal(headline, body):
    assert [facts(d) for d in deals(body, headline) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Fjellpay's payments unit merged into Halden Group", "x"),
        ("", "Fjellpay has had its payments business acquired by Halden Group."),
    ],
)
def test_a_business_merged_or_bought_is_still_read(headline, body):
    assert [d for d in deals(body, headline) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        "A judge dismissed a claim by Halden Group against Fjellpay, ruling that a letter of "
        "intent for Halden Group to buy the trucking company never became a contract.",
        "Fjellpay sells warehouse-planning software and counts Halden Group among about 120 "
        "customers; neither company owns any part of the other.",
        'Your columnist wants Ottawa to let Halden Group and Fjellpay merge, "creating an '
        'eastern champion". Neither bank has proposed any such thing.',
        "The minister has ordered a national security review of Halden Group's 19.8% holding "
        "in Fjellpay.",
        "The US processor Halden Group buys about 40% of Fjellpay's frozen fries and flakes.",
    ],
)
def test_a_lapsed_letter_a_customer_a_wish_a_review_and_a_share_of_goods_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_a_share_of_a_state_owned_company_bought_is_still_a_stake():
    body = (
        "Halden Group will buy 49% of Norway's state-owned Fjellpay for NOK 1.9 billion after "
        "winning a privatisation tender."
    )
    (deal,) = deals(body)
    assert facts(deal)[2] == {"halden": "investor", "fjellpay": "investee"}
    assert facts(deal)[5] == "49"


def test_the_partners_of_a_nameless_lede_named_together_next():
    body = (
        "Two rural banks said on Wednesday they were in talks to merge, confirming a report in "
        'a business daily. Halden Group and Fjellpay told the exchange that "preliminary '
        'discussions" had started in October.'
    )
    (deal,) = deals(body)
    assert facts(deal)[:3] == ("merger", "in_talks", {"halden": "partner", "fjellpay": "partner"})


def test_two_companies_named_later_in_another_context_are_not_the_ledes_partners():
    body = (
        "Two rural banks said on Wednesday they were in talks to merge. Neither gave a price. "
        "Analysts at Halden Group and Fjellpay put the combined value at NOK 9 billion."
    )
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "The joint venture that Halden Group and Fjellpay agreed last year will not go ahead.",
            "collapsed",
        ),
        (
            "Halden Group and Fjellpay formed a joint venture in May. Halden Group said on "
            "Tuesday it was leaving the venture.",
            "collapsed",
        ),
        ("Halden Group agreed to buy Fjellpay; the deal will go ahead next week.", "announced"),
    ],
)
def test_a_venture_that_will_not_go_ahead_or_that_a_partner_leaves_has_collapsed(body, status):
    (deal,) = deals(body)
    assert facts(deal)[1] == status


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group's bid to win the Fjellpay account failed on Tuesday.",
        "Halden Group sold Fjellpay a 20-year lease on its Oslo warehouse for $4m.",
        "Halden Group merged two of Fjellpay's payment products into one app under a licence.",
    ],
)
def test_a_bid_for_an_account_a_lease_sold_and_products_merged_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group agreed to merge with Fjellpay's parent, Osprey Capital.",
        "Halden Group's bid to win control of Fjellpay failed on Tuesday.",
    ],
)
def test_a_merger_with_a_parent_or_a_bid_for_control_is_still_read(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay had been one of the few unhedged producers, and some holders had bought its "
        "shares for that reason. Halden Group arranged the hedge.",
        'Halden Group has recommended a "pair trade": buying shares in Fjellpay and selling '
        "short the same amount of Osprey Capital.",
        "Halden Group has announced a status match offer for members of the frequent flyer "
        "programme of Fjellpay, its main competitor.",
        "A team of students won the schools share-market challenge after buying NZ$50,000 of "
        "virtual shares in Fjellpay through Halden Group.",
    ],
)
def test_holders_buying_a_pair_trade_a_status_match_and_a_game_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_a_fund_buying_a_stake_is_still_a_deal():
    (deal,) = deals("Osprey Capital bought a 12% stake in Fjellpay from Halden Group for $40m.")
    assert facts(deal)[2]["osprey"] in ("investor", "acquirer")


@pytest.mark.parametrize(
    "body",
    [
        "Twice in the 1990s Halden Group asked to buy Fjellpay, its chief executive said.",
        "Fjellpay bought six berths for its fleet from Halden Group.",
        "Halden Group bought 40 trucks from Fjellpay.",
    ],
)
def test_a_bid_dated_to_a_decade_or_things_counted_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group bought two hotels from Fjellpay for $40m.",
        "Halden Group bought 2 million shares in Fjellpay.",
    ],
)
def test_a_business_counted_or_shares_bought_are_still_read(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]


def test_index_funds_buying_a_company_s_shares_is_no_deal():
    body = (
        "Brokers estimate that funds tracking the index will have to buy about $210 million of "
        "Fjellpay shares on the day the change takes effect. Halden Group could face selling "
        "of about $65 million."
    )
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_a_company_buying_an_index_provider_is_still_a_deal():
    (deal,) = deals("Halden Group agreed to buy Fjellpay, the index provider, for $2bn.")
    assert facts(deal)[2] == {"halden": "acquirer", "fjellpay": "target"}


@pytest.mark.parametrize(
    "body",
    [
        'Halden Group told the newsletter it had "no appetite" for buying a second terminal '
        "and was not in contact with Fjellpay's shareholders.",
        "Recruiters told them their money bought shares in listed companies, chiefly Fjellpay, "
        "of which Halden Group claimed to own 10%.",
        "Final-year MBA students spent four hours on Saturday valuing a merger between Halden "
        "Group and Fjellpay.",
        "Halden Group reported a 34% rise in profit, helped by a 4.1 billion franc gain from "
        "revaluing its 18% holding in Fjellpay.",
    ],
)
def test_no_appetite_savings_invested_a_class_exercise_and_a_revaluation_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_a_deal_beside_an_mba_or_a_revaluation_word_is_still_read():
    body = "Halden Group, whose chief has an MBA, agreed to buy Fjellpay for $40m on Monday."
    (deal,) = deals(body)
    assert facts(deal)[2] == {"halden": "acquirer", "fjellpay": "target"}
