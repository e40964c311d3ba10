"""Deal extraction on an eighteenth round of general classes, written in our own words in the
twentieth session: a party the story names after telling the deal by description ("The
proposal came from X", "The lender is Y"); beside each, the same words where no deal is
told, which must stay no deal."""

import pytest

from intelligence.tests.test_general_classes import deals, facts


def _told(body: str) -> list[tuple]:
    return [facts(d) for d in deals(body) if len(d.parties) >= 2]


@pytest.mark.parametrize(
    ("body", "kind", "status", "roles"),
    [
        (
            "The board of Brightwater Bank has rejected a proposal to merge with an Oslo "
            "payments group. The proposal came from Halden Group, which had suggested a share "
            "swap.",
            "merger",
            "collapsed",
            {"brightwater": "partner", "halden": "partner"},
        ),
        (
            "Brightwater Bank has rejected a takeover offer from a payments group, it said on "
            "Monday. The offer came from Halden Group.",
            "acquisition",
            "collapsed",
            {"brightwater": "target", "halden": "acquirer"},
        ),
        (
            "Halden Group is in talks to buy a British lender, people familiar with the matter "
            "said. The lender is Brightwater Bank, which has 40 branches.",
            "acquisition",
            "in_talks",
            {"halden": "acquirer", "brightwater": "target"},
        ),
        (
            "Brightwater Bank has been bought by a Boston fund for $400m. The fund is Corvid "
            "Partners, which also backs Tamarind Labs.",
            "acquisition",
            "completed",
            {"brightwater": "target", "corvid": "acquirer"},
        ),
    ],
)
def test_the_other_party_named_in_the_next_sentence_joins_the_deal(body, kind, status, roles):
    (deal,) = _told(body)
    assert (deal[0], deal[1], deal[2]) == (kind, status, roles)


@pytest.mark.parametrize(
    ("body", "kind", "roles", "value"),
    [
        (
            "A payments group has agreed to buy a lender for $400m, people familiar with the "
            "matter said. The buyer is Halden Group, which runs 40 branches. The lender is "
            "Brightwater Bank, the Cardiff savings bank.",
            "acquisition",
            {"halden": "acquirer", "brightwater": "target"},
            "400000000",
        ),
        (
            "A payments group is exploring a combination with a smaller rival, bankers said. "
            "The group is Halden Group, which runs 40 branches. Its would-be partner is "
            "Fjellpay, the Oslo app.",
            "merger",
            {"halden": "partner", "fjellpay": "partner"},
            None,
        ),
        (
            "A payments group has raised $40m from a Boston fund. The fund is Corvid Partners, "
            "which also backs Tamarind Labs. The group is Halden Group.",
            "investment",
            {"corvid": "investor", "halden": "investee"},
            "40000000",
        ),
    ],
)
def test_a_nameless_ledes_parties_named_one_sentence_at_a_time(body, kind, roles, value):
    (deal,) = _told(body)
    assert (deal[0], deal[2], deal[3]) == (kind, roles, value)


@pytest.mark.parametrize(
    "body",
    [
        # A deal of long ago, a denial, an idea: the name given after it makes no news.
        "Halden Group bought a British lender in 2015. The lender is Brightwater Bank, which "
        "now has 40 branches.",
        "Halden Group denied it was in talks to buy a British lender. The lender is Brightwater "
        "Bank, which has 40 branches.",
        "Analysts said Halden Group should buy a British lender. The obvious lender is "
        "Brightwater Bank.",
        # No deal told at all: an adviser, a shareholder, a rival.
        "Halden Group has hired an adviser to find a buyer. The adviser is Corvid Partners.",
        "Halden Group said it was not in talks with a rival. The rival is Fjellpay, which had "
        "said so.",
        "Halden Group's biggest shareholder is a Boston fund. The fund is Corvid Partners, "
        "which bought its stake in 2012.",
        "Halden Group rejected a proposal from a shareholder to sell the bank. The shareholder "
        "is Corvid Partners, which owns 9%.",
        # The description stands where the buyer does, but the deal read has its buyer: the
        # name is not the company bought.
        "Fjellpay has received an offer for its Danish unit from a rival. The rival is Halden "
        "Group.",
        # The chairman is no party.
        "Halden Group is in talks to buy a British lender, people familiar with the matter "
        "said. The chairman is Corvid Partners.",
    ],
)
def test_a_company_named_after_a_description_that_tells_no_deal_is_no_party(body):
    assert _told(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group has bought the Norwegian television rights to two European club "
        "competitions for five seasons, paying about €9 million. The rights were sold by "
        "Fjellpay, the agency.",
        "Halden Group has bought the right to make and sell a generic version of a diabetes "
        "drug from Fjellpay for $6m.",
        "Halden Group has bought the whole 2025 vintage of amber wine from Fjellpay, about "
        "48,000 bottles.",
        "Halden Group have sold striker Luka Kharaishvili to Fjellpay for €6.5 million.",
        "Halden Group will buy your old car if you buy a new Fjellpay electric model.",
    ],
)
def test_rights_a_seasons_goods_a_player_or_peoples_things_are_no_deal(body):
    assert _told(body) == []


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Halden Group has bought the Norwegian unit of Fjellpay for $40m.",
            {"halden": "acquirer", "fjellpay": "seller"},
        ),
        (
            "Halden Group has bought the Fjellpay payments business for $40m.",
            {"halden": "acquirer", "fjellpay": "target"},
        ),
        (
            '"We will buy your company," Halden Group told Fjellpay in a letter offering $40m.',
            {"halden": "acquirer", "fjellpay": "target"},
        ),
        (
            "Halden Group has sold its whole Swedish unit, Fjellpay, to Corvid Partners for $40m.",
            {"halden": "seller", "fjellpay": "target", "corvid": "acquirer"},
        ),
    ],
)
def test_a_company_or_its_business_told_near_those_words_is_still_a_deal(body, roles):
    (deal,) = _told(body)
    assert deal[2] == roles


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Halden Group has approached the Oslo-listed Fjellpay about buying 20% of its "
            "shares from Corvid Partners, which owns 60%, people familiar with the matter said.",
            {"halden": "investor", "fjellpay": "investee", "corvid": "seller"},
        ),
        (
            "Halden Group has approached Corvid Partners about buying its 20% stake in "
            "Fjellpay, people familiar with the matter said.",
            {"halden": "investor", "corvid": "seller", "fjellpay": "investee"},
        ),
    ],
)
def test_the_company_approached_about_a_purchase_is_bought_or_sells(body, roles):
    (deal,) = _told(body)
    assert deal[2] == roles


def test_a_denial_told_separately_leaves_the_deal_told():
    body = (
        "Halden Group has approached Fjellpay about buying 20% of its shares from Corvid "
        "Partners, people familiar with the matter said. Separately, Corvid Partners denied a "
        "report that it was selling its Australian tenements."
    )
    (deal,) = _told(body)
    assert deal[2] == {"halden": "investor", "fjellpay": "investee", "corvid": "seller"}
    # … and said of the deal itself, the denial still takes it back.
    denied = body.replace("Separately, Corvid", "Corvid").replace(
        "that it was selling its Australian tenements", "that it was selling shares in Fjellpay"
    )
    assert _told(denied) == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "The sale of Fjellpay to Halden Group has fallen through after a government "
            "approval failed to arrive in time.",
            "collapsed",
        ),
        (
            "Halden Group and Fjellpay signed a letter of intent in July to merge. On Friday "
            "both said their boards had decided not to proceed with the merger.",
            "collapsed",
        ),
        (
            "A Norwegian payments group has pulled out of a deal to buy a British lender. "
            "Halden Group had agreed in February to pay $310 million for Brightwater Bank.",
            "collapsed",
        ),
        (
            "A Norwegian payments group is in talks to buy a British lender, a newspaper "
            "reported. Halden Group would pay $310 million for Brightwater Bank, it said.",
            "in_talks",
        ),
        (
            "Halden Group, brokers say, has been looking at buying Fjellpay for $40m.",
            "rumoured",
        ),
    ],
)
def test_an_end_or_a_rumour_told_in_other_words_is_the_deals_status(body, status):
    (deal,) = _told(body)
    assert deal[1] == status


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Halden Group has agreed to buy Fjellpay for $40m, its chairman said.", "announced"),
        (
            "Halden Group has agreed to buy Fjellpay for $40m. Fjellpay's shares fell 3% after "
            "the daily reported higher costs.",
            "announced",
        ),
    ],
)
def test_the_same_words_of_another_time_or_teller_leave_the_status(body, status):
    assert [d[1] for d in _told(body)] == [status]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Halden Group completed its acquisition of Fjellpay on Thursday. Halden, a payments "
            "group, paid NOK 3.9 billion to Corvid Partners, the investment company that owned "
            "Fjellpay.",
            "3900000000",
        ),
        (
            "Halden Group said on Sunday it now owns 51% of Fjellpay, which it bought from "
            "Corvid Partners of Norway for NOK 285 million.",
            "285000000",
        ),
    ],
)
def test_the_seller_paid_or_told_in_a_relative_clause_joins_the_deal(body, value):
    (deal,) = _told(body)
    assert deal[2]["corvid"] == "seller"
    assert deal[3] == value


def test_fees_paid_to_an_adviser_name_no_seller():
    body = (
        "Halden Group completed its acquisition of Fjellpay on Thursday. Halden paid fees of "
        "NOK 3.5 million to Corvid Partners, its adviser."
    )
    (deal,) = _told(body)
    assert "corvid" not in deal[2]


def test_an_end_told_after_two_opening_phrases_is_read():
    body = (
        "Halden Group and Fjellpay announced in February a merger. On Wednesday, after an "
        "investigation of seven months, the council blocked the merger."
    )
    (deal,) = _told(body)
    assert deal[1] == "collapsed"


def test_an_aside_after_two_opening_phrases_is_still_an_aside():
    body = (
        "On Monday, in a statement, Halden Group said it would sell Fjellpay, the lender it "
        "bought in 2008, to Corvid Partners."
    )
    (deal,) = _told(body)
    assert deal[2] == {"halden": "seller", "fjellpay": "target", "corvid": "acquirer"}


def test_a_price_for_each_share_is_not_the_deals_value():
    body = (
        "Fjellpay said it had entered exclusive talks with Halden Group about a possible cash "
        "offer for all of its shares at €5.80 each. The price would value the company at about "
        "€116 million."
    )
    (deal,) = _told(body)
    assert deal[3] == "116000000"


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay, a maker of software, is in talks with Corvid Partners about a $25 million "
        "Series B round, the company's co-founder said.",
        "Fjellpay is in talks with Corvid Partners about a $25 million funding round.",
    ],
)
def test_the_company_a_round_is_discussed_with_would_invest(body):
    (deal,) = _told(body)
    assert deal[2] == {"fjellpay": "investee", "corvid": "investor"}


def test_a_round_discussed_with_banks_names_no_investor():
    body = "Fjellpay and Halden Group are in talks with their banks about a $25m funding round."
    assert _told(body) == []


def test_a_rumour_told_in_market_shorthand_and_the_price_put_later():
    body = (
        "Fjellpay jumps 14% to €8.90 on a report that Halden Group is considering an offer for "
        "the company. Halden could pay about €200 million, the report said."
    )
    (deal,) = _told(body)
    assert deal[:4] == (
        "acquisition",
        "rumoured",
        {"fjellpay": "target", "halden": "acquirer"},
        "200000000",
    )


def test_a_bid_studied_and_its_likely_price_told_by_the_sources():
    body = (
        "Halden Group has hired advisers to study a bid for Fjellpay, the people said. One of "
        "them put the likely price at between €90 million and €110 million. Fjellpay's "
        'chairman said in September that the company "is not for sale".'
    )
    (deal,) = _told(body)
    assert deal[1] == "rumoured" and deal[3] == "110000000"


def test_a_denial_of_the_day_still_takes_the_rumour_back():
    body = (
        "Halden Group is studying a bid for Fjellpay, the people said. Fjellpay's chairman "
        'said on Tuesday that the company "is not for sale".'
    )
    assert _told(body) == []


def test_a_year_in_the_opening_phrases_dates_the_clause_they_open():
    body = (
        "In 2004, after liberalisation squeezed margins, he sold Fjellpay to Halden Group, the "
        "Swiss trading house, which still runs it."
    )
    assert _told(body) == []


def test_opening_phrases_without_a_past_year_leave_the_deal_news():
    body = "On Monday, after months of talks, Halden Group agreed to buy Fjellpay for $40m."
    (deal,) = _told(body)
    assert deal[1] == "announced"


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        (
            "Halden Group said on Wednesday it was negotiating the sale of its card business to "
            "a Danish buyer. Halden said it had signed a non-binding term sheet with Corvid "
            "Partners for Fjellpay, the subsidiary that makes cards.",
            {"halden": "seller", "corvid": "acquirer", "fjellpay": "target"},
        ),
        (
            "A Norwegian payments group is negotiating to buy a Swedish card maker, its parent "
            "said. Halden Group is in exclusive talks with Corvid Partners for its card unit, "
            "Fjellpay, Corvid said in a disclosure.",
            {"halden": "acquirer", "corvid": "seller", "fjellpay": "target"},
        ),
    ],
)
def test_the_talks_about_a_sale_name_its_other_companies(body, roles):
    (deal,) = _told(body)
    assert deal[1] == "in_talks" and deal[2] == roles


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group is in talks with Corvid Partners for Fjellpay's old trucks.",
        "Halden Group reported higher sales. It is in talks with Corvid Partners for its card "
        "unit, Fjellpay, to supply chips.",
    ],
)
def test_talks_with_no_sale_being_told_make_no_deal(body):
    assert _told(body) == []


@pytest.mark.parametrize(
    ("verb", "status"),
    [("have abandoned the plan", "collapsed"), ("have completed it", "announced")],
)
def test_an_agreement_told_in_a_relative_clause_ended_by_the_main_verb(verb, status):
    body = (
        f"Two Norwegian banks that had agreed to merge {verb}, saying they could not settle "
        "the ratio. Halden Group and Fjellpay signed a letter of intent in July to merge."
    )
    (deal,) = _told(body)
    assert deal[1] == status


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "Halden Group has paid €18 million for new shares equal to 15% of Fjellpay's "
            "enlarged capital, Fjellpay said on Tuesday.",
            "completed",
        ),
        ("Halden Group has agreed to pay €18 million for 15% of Fjellpay.", "announced"),
    ],
)
def test_a_price_paid_is_a_deal_done(body, status):
    (deal,) = _told(body)
    assert deal[1] == status


def test_a_grant_toward_a_ventures_plant_is_not_its_value():
    body = (
        "Halden Group and Fjellpay will set up a joint venture to recycle batteries. The venture "
        "will spend €85 million on a plant, financed in part by a €35 million grant from the "
        "state."
    )
    (deal,) = _told(body)
    assert deal[3] is None


def test_the_buyer_under_discussion_and_the_share_it_would_take_are_one_deal():
    body = (
        "Corvid Partners has opened negotiations to sell control of its card unit, the group "
        "said on Monday. The buyer under discussion is Halden Group. According to the report, "
        "the Norwegian company would take 60% of Fjellpay. Two people close to the talks said "
        'it was "about €45 million" for the 60%.'
    )
    (deal,) = _told(body)
    assert deal[1:4] == (
        "in_talks",
        {"corvid": "seller", "halden": "acquirer", "fjellpay": "target"},
        "45000000",
    )


def test_a_purchase_done_and_another_in_talks_stay_two_deals():
    body = (
        "Halden Group has completed its purchase of Fjellpay. It is also in talks to buy "
        "Brightwater Bank, people familiar with the matter said."
    )
    assert sorted(d[1] for d in _told(body)) == ["completed", "in_talks"]


@pytest.mark.parametrize(
    "body",
    [
        "The weekly named the buyer as Halden Group and the target as Fjellpay, and said "
        "Halden was prepared to pay about NOK 9.6 billion for 20% of Fjellpay.",
        "Two dealers said Halden Group had sounded out Fjellpay's owners about a purchase at "
        "between NOK 14 billion and NOK 16 billion.",
    ],
)
def test_a_deal_a_paper_names_or_a_buyer_sounds_out_is_a_rumour(body):
    (deal,) = _told(body)
    assert deal[1] == "rumoured"


def test_a_holding_whose_size_moved_is_a_state_not_a_purchase():
    body = (
        "Halden Group increased its holdings in Norwegian companies, its portfolio list shows. "
        "Its stake in Fjellpay, the Oslo payments group, rose to 2.4% from 1.1%, and its "
        "holding in Brightwater Bank rose to 3.2% from 2.9%."
    )
    assert _told(body) == []


def test_a_stake_raised_by_the_buyer_is_still_a_deal():
    (deal,) = _told("Halden Group raised its stake in Fjellpay to 45% from 25%.")
    assert deal[2] == {"halden": "investor", "fjellpay": "investee"}


def test_what_holders_said_the_deal_undervalued_is_not_its_price():
    body = (
        "Fjellpay merged into Halden Group on Friday. The merger had been opposed by holders "
        "who argued the swap undervalued a NOK 900 million property in Oslo."
    )
    (deal,) = _told(body)
    assert deal[3] is None
    (deal,) = _told("Halden Group agreed to buy Fjellpay for $40m, a price holders said was low.")
    assert deal[3] == "40000000"


@pytest.mark.parametrize(
    "body",
    [
        "Bankers in Oslo say Halden Group and its Swedish rival Fjellpay are considering a merger.",
        "Fjellpay said it had been approached by Halden Group about a takeover.",
        "Halden Group has approached Fjellpay about a takeover. Fjellpay said it was not in "
        "talks about its Bulgarian foil plant, which a Turkish company had offered to buy.",
    ],
)
def test_a_rumour_with_its_rival_an_approach_received_or_another_asset_denied(body):
    (deal,) = _told(body)
    assert deal[1] == "rumoured" and set(deal[2]) == {"halden", "fjellpay"}


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay said it had been approached by Halden Group about a supply contract.",
        "Halden Group is in talks to buy Fjellpay, people familiar with the matter said. "
        "Fjellpay said it was not in talks about its sale.",
    ],
)
def test_an_approach_for_trade_or_a_denial_of_the_sale_itself_is_no_deal(body):
    assert _told(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Chefs from Halden Group will take over the kitchen at Fjellpay's Soho site for a week "
        "in February.",
        "Halden Group will buy the cargoes from Geneva-based Fjellpay at a premium of $18.50 a "
        "tonne.",
        "The declaration also shows a stake in Fjellpay, a textiles exporter, held since 2009.",
        "Halden Group will buy about 1.2 million shares on the Oslo Stock Exchange over two "
        "months and hold them through Fjellpay, which will manage the plan.",
    ],
)
def test_a_kitchen_cargoes_an_old_holding_or_shares_on_the_exchange_are_no_deal(body):
    assert _told(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group will take over Fjellpay, the Oslo restaurant chain, for $40m.",
        "Halden Group will buy Fjellpay, listed on the Oslo exchange, for $40m.",
        "Halden Group bought 5% of Fjellpay on the market last week.",
    ],
)
def test_a_company_bought_near_those_words_is_still_a_deal(body):
    (deal,) = _told(body)
    assert "halden" in deal[2] and "fjellpay" in deal[2]


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group is recalling about 220,000 milk chocolate bars sold in Norway after "
        "salmonella was found in milk powder from its Swiss supplier, Fjellpay, the company said.",
        "Halden Group buys through Fjellpay and pays a premium of about eighty reais a bag for "
        "certified lots.",
    ],
)
def test_goods_sold_by_the_count_or_bought_through_a_trader_are_no_deal(body):
    assert _told(body) == []


def test_a_company_bought_through_a_fund_is_still_a_deal():
    (deal,) = _told("Halden Group bought Fjellpay through its Swedish fund for $40m.")
    assert deal[2] == {"halden": "acquirer", "fjellpay": "target"}


@pytest.mark.parametrize(
    ("body", "deal"),
    [
        ("Halden Group's foundation has bought 5% of Fjellpay for $3m.", False),
        ("Halden Group's pension fund has bought 5% of Fjellpay for $3m.", False),
        ("Halden Group has bought 5% of Fjellpay for $3m.", True),
    ],
)
def test_a_companys_fund_or_foundation_buying_is_not_the_company(body, deal):
    assert bool(_told(body)) == deal
