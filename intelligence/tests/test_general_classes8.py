"""Deal extraction on an eighth round of general classes, found in the development sets'
misses: a stake bought in the market ("snapped up 29.9pc of rival X", "a blocking stake"),
a rejection told after a purchase already done. Each class in several phrasings of our own,
with the cases nearby that must still give the deal; the cast and helpers are those of
`test_general_classes`."""

import pytest

from core.money import find_money
from intelligence.tests.test_general_classes import BUY, deals, facts, one_deal

INVEST = {"halden": "investor", "fjellpay": "investee"}

# --- 1. a stake bought in the market -------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden has snapped up 29.9pc of rival Fjellpay in a dawn raid, paying £96m for a"
        " blocking stake that leaves it one share short of having to make a full bid.",
        "Halden scooped up 29.9 per cent of its rival Fjellpay on Tuesday, paying £96m.",
        "Halden has bought 29.9% of rival Fjellpay for £96m.",
        "Halden picked up 29.9pc of Fjellpay in the market yesterday, paying £96m for a"
        " blocking minority.",
    ],
)
def test_a_stake_bought_in_the_market_is_a_completed_investment(body):
    assert facts(one_deal(body)) == ("investment", "completed", INVEST, "96000000", "GBP", "29.9")


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to acquire rival Fjellpay for £96m.",
        "Halden bought a 29.9% stake in its rival Fjellpay.",
    ],
)
def test_a_rival_named_as_the_object_is_still_the_party_bought(body):
    assert set(one_deal(body).parties) == {"halden", "fjellpay"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Regulators are blocking Halden's purchase of Fjellpay.", "collapsed"),
        ("Halden agreed to buy Fjellpay. Regulators blocked the deal on Monday.", "collapsed"),
    ],
)
def test_blocking_a_deal_still_ends_it(body, status):
    assert one_deal(body).status == status


# --- 2. a rejection told after a purchase already done ----------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "Fjellpay rejected an approach from Halden worth 170p a share in September.",
        "Fjellpay had rebuffed two offers from Halden last year.",
        "Fjellpay turned down a Halden proposal in 2024.",
    ],
)
def test_a_rejection_told_after_a_completed_purchase_does_not_undo_it(after):
    body = "Halden completed its purchase of Fjellpay on Monday. " + after
    kind, status, parties, *_ = facts(one_deal(body))
    assert (kind, status, parties) == ("acquisition", "completed", BUY)


def test_a_completed_purchase_later_unwound_is_still_ended():
    body = "Halden completed its purchase of Fjellpay in May. Regulators blocked the deal today."
    assert one_deal(body).status == "collapsed"


# --- 3. a time after a deal noun is not what is bought ----------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "The Norwegian lender will pay €1.35bn in cash and expects to complete the purchase"
        " in the second half of next year.",
        "Halden will pay €1.35bn, about 1.1 times book value, and expects to close the deal in"
        " the first quarter.",
        "Halden will pay €1.35bn and hopes to finish the purchase in the spring.",
    ],
)
def test_a_price_told_with_the_deal_due_in_a_season_joins_the_deal(after):
    body = "Halden, a Norwegian lender, agreed on Monday to buy Fjellpay from Nordkap. " + after
    assert facts(one_deal(body)) == (
        "acquisition",
        "announced",
        {**BUY, "nordkap": "seller"},
        "1350000000",
        "EUR",
        None,
    )


def test_investing_in_a_region_still_names_no_company_bought():
    body = "Halden agreed to buy Fjellpay for $1.5bn. Osprey is also investing in the region."
    assert facts(one_deal(body))[2] == BUY


# --- 4. a seller described in common nouns; an aside with its own clauses ---------------

SALE = {**BUY, "nordkap": "seller"}


@pytest.mark.parametrize(
    "body",
    [
        "Halden said it had agreed to buy Fjellpay, a Norwegian consumer lender that finances"
        " cars, boats and caravans, from the insurer Nordkap.",
        "Halden agreed to buy Fjellpay from the Norwegian insurer Nordkap.",
        "Halden agreed to buy Fjellpay from its private equity owner Nordkap.",
        "Halden agreed to buy Fjellpay from the state-owned utility Nordkap.",
    ],
)
def test_a_seller_described_in_common_nouns_is_the_seller(body):
    assert dict(one_deal(body).parties) == SALE


@pytest.mark.parametrize(
    "body",
    [
        "Nordkap said it would sell Fjellpay, the small Polish lender it bought in 2008 and has"
        " struggled with ever since, to Halden.",
        "In the same announcement the group Nordkap said it would sell Fjellpay, the lender it"
        " bought in 2008, to Halden.",
    ],
)
def test_an_aside_with_its_own_past_and_clauses_leaves_the_sale(body):
    assert dict(one_deal(body).parties) == SALE


def test_an_aside_closed_before_a_second_clause_still_ends_there():
    body = (
        "Halden is considering an offer for Fjellpay. The developer has held early discussions"
        " with Nordkap, the investment firm that owns Fjellpay, and is working with Osprey on a"
        " possible bid."
    )
    found = one_deal(body)
    assert (found.kind, set(found.parties)) == ("acquisition", {"halden", "fjellpay", "nordkap"})


# --- 5. how a buyer funds a deal is not its price -----------------------------------------


@pytest.mark.parametrize(
    "funding",
    [
        "a share issue of about DKK 2 billion",
        "a rights issue of DKK 2bn",
        "a placing of DKK 2 billion",
        "a capital increase of DKK 2 billion",
    ],
)
def test_a_share_issue_funding_the_deal_is_not_its_price(funding):
    body = (
        "Halden agreed to buy Fjellpay. The group said it would fund the purchase from its own"
        f" capital and {funding}. Halden will pay DKK 1.8 billion."
    )
    assert facts(one_deal(body))[3:5] == ("1800000000", "DKK")


# --- 6. a deal told as background, restated; money put into things ----------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden said on Wednesday it would write down C$212 million of goodwill on its 2022"
        " acquisition of Fjellpay, admitting that it had paid too much. Halden paid C$390"
        " million for Fjellpay, based in Oslo, just before crop prices fell.",
        "Halden bought Fjellpay in 2022. Halden paid C$390 million for Fjellpay just before"
        " prices fell.",
        "Osprey has promised to invest €240 million in new cranes, a deeper quay and a rail"
        " connection over the life of the concession, beating Nordkap in the tender.",
        "Halden and Fjellpay plan to invest about €120 million in the first ten stations over"
        " five years.",
    ],
)
def test_a_past_deal_restated_and_money_put_into_things_are_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "Halden bought a 10% stake in Fjellpay in 2019. It agreed to buy the rest of"
            " Fjellpay for C$390 million.",
            "announced",
        ),
        (
            "Halden bought a 10% stake in Fjellpay in 2019. On Monday it bought the rest of"
            " Fjellpay for C$390 million.",
            "completed",
        ),
    ],
)
def test_a_new_act_after_an_old_deal_is_still_the_news(body, status):
    assert facts(one_deal(body))[1:4] == (status, BUY, "390000000")


@pytest.mark.parametrize(
    "body",
    [
        "Halden will invest €240 million in Fjellpay.",
        "Halden will invest €240 million in new shares of Fjellpay.",
    ],
)
def test_money_put_into_a_company_is_still_an_investment(body):
    assert facts(one_deal(body))[:4] == ("investment", "announced", INVEST, "240000000")


def test_spending_promised_with_a_purchase_is_not_its_price():
    body = "Halden agreed to buy Fjellpay and will invest $100m in its plants over five years."
    assert facts(one_deal(body))[3] is None


# --- 7. take-privates, acceptances, mergers' shares, agreements to buy, two bids ---------


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay has agreed to be taken private by Halden for C$27.40 a share in cash, valuing"
        " its equity at about C$1.1 billion, the companies said on Tuesday.",
        "Halden will take Fjellpay private in a C$1.1 billion deal.",
    ],
)
def test_a_take_private_is_an_acquisition(body):
    assert facts(one_deal(body))[:5] == ("acquisition", "announced", BUY, "1100000000", "CAD")


def test_the_acceptances_an_offer_won_are_not_its_stake():
    body = (
        "Swedish private equity firm Halden has completed its tender offer for Finnish software"
        " company Fjellpay after gaining 94.2% of the shares and votes, it said on Friday."
    )
    assert facts(one_deal(body))[:3] + facts(one_deal(body))[5:] == (
        "acquisition",
        "completed",
        BUY,
        None,
    )


def test_a_share_told_near_a_merger_is_not_its_stake():
    body = (
        "Halden and Fjellpay said on Monday they had agreed to merge. Icelandic law limits any"
        " group to 12 per cent of the cod quota, and the merged company would hold just under"
        " 10 per cent."
    )
    found = one_deal(body)
    assert (found.kind, found.stake) == ("merger", None)


def test_a_management_stake_told_at_length_is_not_the_deals():
    body = (
        "Nordkap has agreed to sell Fjellpay to rival buyout firm Halden for £78m. Chief"
        " executive Fiona Rendall and her management team will reinvest part of their proceeds"
        " and hold about 15pc of the business."
    )
    assert facts(one_deal(body))[5] is None


def test_a_memorandum_to_buy_is_talks_on_a_purchase():
    body = (
        "Halden said on Monday it had signed a memorandum of understanding and entered exclusive"
        " negotiations to buy Fjellpay for about ₩1.3 trillion ($940 million)."
    )
    assert facts(one_deal(body)) == (
        "acquisition",
        "in_talks",
        BUY,
        "1300000000000",
        "KRW",
        None,
    )


def test_a_memorandum_to_work_together_is_still_a_partnership():
    body = "Halden signed a memorandum of understanding with Fjellpay to develop ice-class ships."
    assert one_deal(body).kind == "partnership"


def test_a_sale_ended_and_a_higher_offer_accepted_are_two_bids():
    body = (
        "Fjellpay has terminated its agreed sale to Halden and accepted a higher offer from"
        " Nordkap that values the company at NOK 6.8bn. Fjellpay will pay Halden a break fee of"
        " NOK 150 million."
    )
    got = {(d.kind, d.status, frozenset(d.parties.items()), d.value) for d in deals(body)}
    assert {(status, value) for _, status, _, value in got} == {
        ("collapsed", None),
        ("announced", 6_800_000_000),
    }


def test_what_a_buyer_does_with_the_stores_it_bought_is_no_second_deal():
    body = (
        "Halden bought the Fjellpay brand and 12 stores from Nordkap for NZ$9.5 million. Halden"
        " said it would keep the Fjellpay name on the stores it bought, including its largest."
    )
    assert len(deals(body)) == 1


# --- 8. money to pay down debt, a programme of acquisitions, buyers with no one bought ----


@pytest.mark.parametrize(
    "body",
    [
        "Halden sold Fjellpay to Nordkap for ₱38.5bn. Halden said it would use about ₱20"
        " billion to pay down debt and keep the rest for its toll-road business.",
        "Halden sold Fjellpay to Nordkap for ₱38.5bn. Halden paid off ₱20 billion of loans for"
        " its power arm.",
    ],
)
def test_paying_down_debt_is_not_a_second_purchase(body):
    assert facts(one_deal(body))[2:4] == (
        {"halden": "seller", "fjellpay": "target", "nordkap": "acquirer"},
        "38500000000",
    )


def test_a_programme_of_acquisitions_and_a_critic_are_no_deal():
    body = (
        "The chairman of Halden resigned after shareholders voted down his plan to raise zł1.2"
        " billion in a rights issue that was meant to fund a programme of acquisitions. Nordkap,"
        " a proxy adviser, had urged investors to vote against, saying the company had not"
        " named a single business it wanted to buy."
    )
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay's board said on Wednesday it would recommend Halden's £3.4bn cash offer to"
        " shareholders.",
        "The maker of bread said on Friday its board would recommend a cash offer of 512p a"
        " share from Halden, the American snacks group, valuing Fjellpay at about £3.4bn.",
    ],
)
def test_the_company_whose_board_weighs_an_offer_is_its_target(body):
    assert facts(one_deal(body))[:5] == ("acquisition", "announced", BUY, "3400000000", "GBP")


# --- 9. an offer launched after a rebuff; the owner told by a description ----------------


def test_an_offer_launched_after_an_approach_was_rebuffed_is_announced_and_valued():
    body = (
        "Halden took its pursuit of Fjellpay straight to the insurer's shareholders on Tuesday,"
        " launching an offer of J$155 a share in cash a fortnight after the board turned down a"
        ' J$140 approach as "opportunistic". The new offer values Fjellpay at about J$52 billion'
        " (US$330 million)."
    )
    assert facts(one_deal(body))[:5] == ("acquisition", "announced", BUY, "52000000000", "JMD")


def test_an_end_after_the_news_still_ends_the_deal():
    body = "Halden agreed in May to buy Fjellpay, but the deal collapsed on Monday after a review."
    assert one_deal(body).status == "collapsed"


def test_a_clause_telling_what_came_before_does_not_move_the_status():
    body = (
        "Halden will buy out the remaining minority shareholders of Fjellpay, paying GEL 38"
        " million (about $14 million) for the 4.4% of the winery it does not yet own, after its"
        " tender offer this autumn lifted its holding to 95.6%."
    )
    assert facts(one_deal(body)) == ("acquisition", "announced", BUY, "38000000", "GEL", "4.4")


@pytest.mark.parametrize(
    "body",
    [
        "The auction for Fjellpay ended on Wednesday. Halden will pay RON 2.35 billion for the"
        " chain of 410 pharmacies, its owner, the Bucharest buyout firm Nordkap, said.",
        "Halden has pulled out of its purchase of Fjellpay, five months after it agreed to pay"
        " RSD 9.4 billion for the milk processor. Nordkap, the Belgrade investment group that"
        " owns the dairy, said on Monday that it had received a termination notice.",
    ],
)
def test_the_owner_told_by_a_description_is_the_seller(body):
    assert one_deal(body).parties["nordkap"] == "seller"


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("J$52 billion", "52000000000", "JMD"),
        ("TT$1.2bn", "1200000000", "TTD"),
        ("Bds$40m", "40000000", "BBD"),
        ("G$4bn", "4000000000", "GYD"),
        ("EC$20m", "20000000", "XCD"),
        ("NT$3bn", "3000000000", "TWD"),
    ],
)
def test_dollars_told_by_their_countrys_letters(text, value, currency):
    (money,) = find_money(f"It could fetch {text} in the sale.")
    assert (f"{money.value:f}", money.currency) == (value, currency)


# --- 10. a value told as a range of codes; shares issued for a whole company --------------


def test_a_range_told_with_codes_on_both_ends_is_its_upper_bound():
    body = (
        "Halden is in advanced talks to buy Fjellpay, according to people familiar with the"
        " matter. A deal could value Fjellpay at between QAR 1.8 billion and QAR 2.2 billion"
        " ($494 million to $604 million), two of the people said."
    )
    assert facts(one_deal(body))[3:5] == ("2200000000", "QAR")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("between QAR 1.8 billion and QAR 2.2 billion", "2200000000"),
        ("SAR 1bn to SAR 2bn", "2000000000"),
    ],
)
def test_code_ranges(text, value):
    (money,) = find_money(text)
    assert f"{money.value:f}" == value


def test_shares_issued_in_exchange_for_a_whole_company_buy_it():
    body = (
        "Fjellpay, a privately held maker of generic antibiotics, is going public without an"
        " IPO. Halden, a listed garment company, will issue 240 million new shares to"
        " Fjellpay's owners in exchange for all of the drugmaker, in a deal that values it at"
        " VND 3.6 trillion ($142 million)."
    )
    assert facts(one_deal(body))[:5] == (
        "acquisition",
        "announced",
        BUY,
        "3600000000000",
        "VND",
    )


def test_shares_swapped_for_debt_are_no_purchase():
    assert deals("Halden offered its shares in exchange for all of Nordkap's debt.") == []


# --- 11. a share-for-share purchase, a company passing to a buyer, money put in again -----


def test_a_new_share_for_each_share_in_a_company_buys_it():
    body = (
        "Two insurers are to combine. Halden will issue 0.64 of a new share for each share in"
        " Fjellpay, valuing its smaller neighbour at BDS$620 million (US$310 million), the"
        " companies said on Thursday."
    )
    assert facts(one_deal(body))[:5] == ("acquisition", "announced", BUY, "620000000", "BBD")


def test_a_company_that_will_pass_to_a_buyer_is_bought():
    body = (
        "Fjellpay, a mineral water bottler, will pass to Halden under an agreement signed with"
        " its founders the same day. The price is 145 million lari."
    )
    assert facts(one_deal(body))[:5] == ("acquisition", "announced", BUY, "145000000", "GEL")


def test_a_backer_that_put_in_more_money_joins_the_round():
    body = (
        "Fjellpay has raised 120 million lei in a Series B round led by Nordkap. Osprey, which"
        " backed the company when it had six employees, put in more money, the company said."
    )
    assert set(one_deal(body).parties) == {"fjellpay", "nordkap", "osprey"}


def test_the_company_told_as_for_sale_is_what_a_buyer_pays_for():
    body = (
        "The auction for Fjellpay ended on Wednesday with a Polish winner and a Hungarian loser."
        " Halden will pay RON 2.35 billion for the chain of 410 pharmacies, its owner, the"
        " buyout firm Nordkap, said. Osprey, which had opened the bidding in June, told Nordkap"
        " on Monday that it would not go higher. Osprey said it was glad. Osprey is Hungarian."
    )
    assert dict(one_deal(body).parties) == {**BUY, "nordkap": "seller"}


# --- 12. a merger that took effect; a stake bought from the owner the description names ----


def test_a_merger_that_took_effect_is_completed():
    body = "The merger of Halden and Fjellpay took effect on Sept. 1, creating a larger co-op."
    assert one_deal(body).status == "completed"


def test_a_merger_that_will_take_effect_is_announced():
    assert one_deal("The merger of Halden and Fjellpay will take effect on Sept. 1.").status == (
        "announced"
    )


def test_a_stake_bought_in_the_platform_of_a_named_owner_is_bought_from_it():
    body = (
        "Halden has agreed to buy 49pc of Fjellpay, the build-to-rent platform of developer"
        " Nordkap, for €74m."
    )
    assert dict(one_deal(body).parties) == {
        "halden": "investor",
        "fjellpay": "investee",
        "nordkap": "seller",
    }


def test_new_money_into_a_unit_has_no_seller():
    body = "Halden will invest €20m in Fjellpay, a unit of Nordkap, for a 10% stake."
    assert "nordkap" not in one_deal(body).parties


# --- 13. the press's own names of currencies ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("42 billion CFA francs", "42000000000", "XOF"),
        ("8.7 billion soms", "8700000000", "KGS"),
        ("1.1 trillion soums", "1100000000000", "UZS"),
        ("1.2 billion denars", "1200000000", "MKD"),
        ("390 million convertible marks", "390000000", "BAM"),
        ("KM 390 million", "390000000", "BAM"),
        ("12 billion leke", "12000000000", "ALL"),
    ],
)
def test_the_presss_own_currency_names(text, value, currency):
    (money,) = find_money(f"It could fetch {text} in the sale.")
    assert (f"{money.value:f}", money.currency) == (value, currency)


def test_cfa_francs_are_read_by_the_parties_country():
    body = "Halden agreed to buy Fjellpay for 42 billion CFA francs ($70 million)."
    assert _deal_between(("CM", "GA"), body) == (42_000_000_000, "XAF")


def test_marks_alone_are_still_no_money():
    assert find_money("Sales passed the 2 million marks in May.") == []


# --- 14. a price under discussion; debt taken on for an acquisition in a past year --------


def test_the_price_under_discussion_is_the_value():
    body = (
        "Halden is in advanced talks to buy Fjellpay, according to three people familiar with"
        " the matter. The price under discussion is between 140 billion and 160 billion tenge"
        " ($280 million to $320 million), two of the people said."
    )
    assert facts(one_deal(body))[3:5] == ("160000000000", "KZT")


def test_debt_taken_on_for_an_acquisition_in_a_past_year_is_background():
    body = (
        "Osprey, the Madrid-based agency, lowered the group's rating by one notch to B, citing"
        " debt of £610m, much of it taken on to pay for the £340m acquisition of Fjellpay in"
        " 2024."
    )
    assert deals(body) == []


def test_a_year_describing_the_company_bought_leaves_the_deal():
    body = "Halden will pay £340m for the acquisition of Fjellpay, which was founded in 2004."
    assert facts(one_deal(body))[:4] == ("acquisition", "announced", BUY, "340000000")


def test_the_seller_named_in_apposition_is_the_deals_seller():
    body = (
        "Regulators prohibited Halden from buying Fjellpay, ending a €285 million deal. The"
        " seller, Nordkap, a holding company owned by three families, said it would consider all"
        " options for Fjellpay, including a sale to someone else."
    )
    deal = next(d for d in deals(body) if len(d.parties) > 1)
    assert dict(deal.parties) == {**BUY, "nordkap": "seller"}


def test_a_price_after_a_commission_that_approves_it_is_still_the_price():
    body = (
        "Japan's Fair Trade Commission approved Halden's ¥86 billion acquisition of Fjellpay on"
        " Wednesday, on condition that the combined company sells two yoghurt brands."
    )
    assert facts(one_deal(body))[3:5] == ("86000000000", "JPY")


# --- 15. an activist's proposal, "no interest in buying", złoty -----------------------------


def test_an_activists_proposal_and_a_suitor_with_no_interest_are_no_deal():
    body = (
        "Shareholders of Fjellpay on Thursday voted down a proposal from activist investor"
        " Halden that would have required the board to hire an investment bank and explore a"
        " sale of the company. The board said it had received no offer. Nordkap said"
        ' separately that it had "no interest" in buying Fjellpay.'
    )
    assert [d for d in deals(body) if len(d.parties) > 1] == []


@pytest.mark.parametrize(
    "body", ["Halden has no plans to buy Fjellpay.", "Halden has no intention of buying Fjellpay."]
)
def test_no_plans_to_buy_is_no_deal(body):
    assert deals(body) == []


def test_a_rival_bid_from_a_company_is_still_a_bid():
    body = "Fjellpay rejected a proposal from Halden worth $2bn."
    assert facts(one_deal(body))[2] == BUY


@pytest.mark.parametrize(
    ("text", "value"), [("1.1 billion złoty", "1100000000"), ("2 billion złotys", "2000000000")]
)
def test_zloty_with_its_own_letter(text, value):
    (money,) = find_money(text)
    assert (f"{money.value:f}", money.currency) == (value, "PLN")


# --- 16. owners told by a description; joint buyers' split -----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay, the Indian unit of Austria's Nordkap, for Rs 1,850 crore"
        " ($220 million), the companies said on Thursday.",
        "Regulators have blocked Halden's €220 million purchase of Fjellpay. Halden said its"
        " agreement with Fjellpay's owner, Ljubljana-based Nordkap, had been terminated.",
    ],
)
def test_an_owner_named_in_the_targets_description_sells(body):
    assert one_deal(body).parties["nordkap"] == "seller"


def test_joint_buyers_split_is_not_a_stake():
    body = (
        "A consortium of Halden and Nordkap agreed to buy Fjellpay from Osprey for zł2.4bn"
        " ($600m), the buyers said on Monday. Halden will own 60% of the company and Nordkap"
        " 40%."
    )
    assert one_deal(body).stake is None


def test_a_stake_bought_beside_what_the_founders_keep_is_still_the_stake():
    body = "Halden agreed to buy 60% of Fjellpay for $50m; its founders keep the other 40%."
    assert facts(one_deal(body))[5] == "60"


def test_a_share_of_a_companys_goods_is_no_stake():
    body = (
        "Halden agreed to buy Fjellpay for $40m. Halden already buys a third of Fjellpay's cream"
        " to make cheese."
    )
    assert facts(one_deal(body))[5] is None


def test_a_stock_exchange_is_no_swap():
    body = (
        "Halden agreed on Wednesday to buy Fjellpay for EGP 3.4 billion and to sell its juice"
        " business, Osprey, to Nordkap for 1.1 billion Egyptian pounds. The two agreements were"
        " announced in a disclosure to the Egyptian Exchange."
    )
    bought = next(d for d in deals(body) if "fjellpay" in d.parties)
    assert dict(bought.parties) == BUY


# --- 17. a deal collapsed and the company sold to another buyer in one sentence ------------


def test_a_collapse_and_a_sale_to_a_new_buyer_are_two_deals():
    body = (
        "Halden's planned 130 billion won ($94 million) purchase of Fjellpay has collapsed, and"
        " the seller said on Tuesday it had agreed to sell the tuna processor to Osprey for ₩118"
        " billion instead. Nordkap, which owns all of Fjellpay, said Osprey would buy the plants"
        " and the brand but would lease the boats back to Nordkap."
    )
    got = {(d.status, frozenset(d.parties.items()), d.value) for d in deals(body)}
    assert got == {
        (
            "collapsed",
            frozenset({"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"}.items()),
            130_000_000_000,
        ),
        (
            "announced",
            frozenset({"osprey": "acquirer", "fjellpay": "target", "nordkap": "seller"}.items()),
            118_000_000_000,
        ),
    }


def test_explore_a_sale_of_the_company_names_no_company_sold_by_its_critic():
    body = (
        "Nordkap, which owns 8% of Fjellpay, has written to the toymaker's board urging it to"
        " explore a sale of the company."
    )
    assert [d for d in deals(body) if len(d.parties) > 1] == []


def test_a_teller_past_an_aside_is_not_the_buyer():
    body = "Nordkap, which owns all of Fjellpay, said Halden would buy the company."
    assert "nordkap" not in {c for c, r in one_deal(body).parties.items() if r == "acquirer"}


# --- 18. two in talks; a superior offer; a terminated agreement described ---------------


def test_the_second_of_two_in_talks_over_a_takeover_of_the_one_described_is_its_target():
    body = (
        "Japanese brewer Halden and Fjellpay have ended talks over a takeover of the Barossa"
        " winemaker after failing to agree on a price, the two companies said on Thursday."
        " Fjellpay had disclosed in September that it had received a non-binding approach from"
        " Halden valuing it at about A$900 million."
    )
    assert facts(one_deal(body))[:5] == ("acquisition", "collapsed", BUY, "900000000", "AUD")


def test_a_sale_ended_for_a_richer_offer_is_two_deals():
    body = (
        "Fjellpay ended its agreed sale to Halden on Monday and signed a new deal with Nordkap,"
        " which outbid Halden by more than 12%. Nordkap will pay CHF 61 a share in cash,"
        " valuing the Ticino maker of power-conversion modules at CHF 463 million. Under the"
        " terminated agreement, Fjellpay owes Halden a break fee of CHF 8 million, which Nordkap"
        " will cover."
    )
    got = {(d.status, frozenset(d.parties.items()), d.value) for d in deals(body)}
    assert got == {
        ("collapsed", frozenset(BUY.items()), None),
        (
            "announced",
            frozenset({"nordkap": "acquirer", "fjellpay": "target"}.items()),
            463_000_000,
        ),
    }


# --- 19. advisers worked with; a deal told in the aside of a CEO story --------------------


def test_working_with_advisers_on_an_offer_is_the_bids_value_not_a_partnership():
    body = (
        "Halden is weighing a bid for Fjellpay, the dispensing chain, according to three people"
        " familiar with the matter. Halden has been working with advisers on a possible offer"
        " of between ¥300 billion and ¥350 billion, two of them said."
    )
    assert facts(one_deal(body))[:5] == ("acquisition", "rumoured", BUY, "350000000000", "JPY")


def test_a_purchase_told_in_the_aside_of_a_ceo_story_is_the_deal():
    body = (
        "Fjellpay, which passed into the hands of Colombia's Halden on Monday when Halden"
        " completed its $480 million purchase of the Ecuadorian cement maker from Nordkap, named"
        ' a mining executive as chief executive on Tuesday. "My job is to make the third kiln'
        ' pay for itself," she said.'
    )
    deal = one_deal(body)
    sold = {**BUY, "nordkap": "seller"}
    assert facts(deal)[:4] == ("acquisition", "completed", sold, "480000000")
    assert len(deal.sentences) == 1


# --- 20. control passing on a day; an alias aside; a price offered in a tender -------------


def test_control_passing_on_a_day_past_an_aside_is_a_completed_purchase_with_its_seller():
    body = (
        "Control of Fjellpay, one of the Fergana Valley's largest cotton spinners, passed on"
        " Monday to Halden, a family-owned Portuguese weaver that completed a 1.9 trillion soum"
        " ($150 million) purchase of the company from Nordkap."
    )
    assert facts(one_deal(body))[:5] == (
        "acquisition",
        "completed",
        {**BUY, "nordkap": "seller"},
        "1900000000000",
        "UZS",
    )


def test_a_price_after_an_aside_giving_the_companys_local_name_is_the_price():
    body = (
        "Halden bought 52% of the shares of Fjellpay, as the company is known on its warehouses,"
        " for 9.2 billion denars (about €150 million)."
    )
    assert facts(one_deal(body))[3:] == ("9200000000", "MKD", "52")


def test_a_tender_won_offering_a_price_has_that_price():
    body = (
        "Halden won the tender to buy a 70% stake in Fjellpay, offering €248 million (about 24.5"
        " billion lekë), the economy ministry said on Thursday."
    )
    assert facts(one_deal(body))[3:] == ("248000000", "EUR", "70")


def test_the_role_passing_to_a_person_is_no_deal():
    assert deals("The role of chairman passed on Monday to Halden's founder.") == []


def test_a_conversion_in_brackets_does_not_push_the_object_out_of_reach():
    body = (
        "Halden, a maker of optical encoders and measuring instruments, will pay 1.15 billion"
        " Swiss francs (about ¥195 billion) in cash for the whole of Fjellpay, which has been"
        " owned by the Imboden family since 1931."
    )
    assert facts(one_deal(body))[:5] == ("acquisition", "announced", BUY, "1150000000", "CHF")


def test_the_whole_after_a_price_per_share_is_the_value():
    body = (
        "Fjellpay ended its agreed sale to Halden on Monday and signed a new deal with Nordkap."
        " Nordkap will pay CHF 61 a share in cash, valuing the Ticino maker of power-conversion"
        " modules at CHF 463 million. Halden had agreed in September to pay CHF 54 a share, or"
        " CHF 410 million, and said on Monday that it would not raise its offer."
    )
    values = {d.status: d.value for d in deals(body)}
    assert values == {"collapsed": 410_000_000, "announced": 463_000_000}


# --- 21. a record in a market report; stakes told as exchanged, kept or passed through ------


def test_the_largest_deal_of_a_period_in_a_market_report_is_no_deal():
    body = (
        "The largest transaction of the period was Halden's $640 million purchase of olive oil"
        " producer Fjellpay, completed in April, the report said."
    )
    assert deals(body) == []


def test_a_deal_called_the_largest_of_the_year_is_still_the_deal():
    body = "Halden agreed to buy Fjellpay for $640m. It is the largest deal of the year."
    assert facts(one_deal(body))[:4] == ("acquisition", "announced", BUY, "640000000")


def test_shares_in_exchange_for_money_and_what_stays_with_the_seller():
    body = (
        "Halden will invest R$620 million over five years in Fjellpay, in exchange for 90% of"
        " its shares, the two sides said on Wednesday. The remaining 10% stays with the club's"
        " social association."
    )
    assert facts(one_deal(body))[3:] == ("620000000", "BRL", "90")


def test_the_part_bought_is_the_stake_beside_the_holding_it_leads_to():
    body = (
        "Halden bought 23.4% of its subsidiary Fjellpay from minority shareholders for R$1.05"
        " billion on Thursday, taking its holding to 99.3%."
    )
    assert facts(one_deal(body))[5] == "23.4"


# --- 22. speculation ended; a stake told in the passive; a purchase in a results story ------


def test_a_takeover_ending_months_of_speculation_is_still_the_deal():
    body = (
        "Halden has agreed a £1.35bn cash-and-shares takeover of Fjellpay, ending months of"
        " speculation about the future of the Livingston-based maker of gas detectors."
    )
    assert facts(one_deal(body))[:5] == ("acquisition", "announced", BUY, "1350000000", "GBP")


def test_no_comment_on_market_speculation_is_still_no_deal():
    body = "Fjellpay said it does not comment on market speculation about a bid from Halden."
    assert deals(body) == []


def test_a_stake_bought_in_the_passive_and_its_seller_named_after():
    body = (
        "A 30% stake in Fjellpay, the Cretan producer of extra-virgin olive oil, has been bought"
        " by the Athens investment firm Halden for €72 million, it was announced on Wednesday."
        " The shares were sold by Nordkap, the holding company that has controlled the producer"
        " since 2008."
    )
    assert facts(one_deal(body)) == (
        "investment",
        "completed",
        {**INVEST, "nordkap": "seller"},
        "72000000",
        "EUR",
        "30",
    )


def test_a_purchase_told_in_the_aside_of_a_results_story():
    body = (
        "Halden, which said on Tuesday that it had agreed to buy Fjellpay for £31m, reported a"
        " 9pc rise in first-half profit as sales of older single malts held up."
    )
    assert facts(one_deal(body))[:4] == ("acquisition", "announced", BUY, "31000000")


# --- 23. a switch to a higher bidder; remedies; goods sold in a region ------------------------


def test_agreed_to_be_bought_and_terminated_the_earlier_agreement_are_two_deals():
    body = (
        "Fjellpay agreed on Monday to be bought by Halden for 3.4 billion lira ($99 million), and"
        " terminated the agreement it signed in September with Nordkap. Nordkap had agreed to pay"
        " 2.9 billion lira for the company. Fjellpay's board said ending the earlier agreement"
        " would cost the company an 85 million lira break fee, payable to Nordkap."
    )
    got = {(d.status, frozenset(d.parties.items()), d.value) for d in deals(body)}
    assert got == {
        ("announced", frozenset(BUY.items()), 3_400_000_000),
        (
            "collapsed",
            frozenset({"nordkap": "acquirer", "fjellpay": "target"}.items()),
            2_900_000_000,
        ),
    }


def test_remedies_offered_and_goods_sold_in_a_region_make_no_second_deal():
    body = (
        "Regulators have blocked Halden's purchase of Fjellpay from Nordkap, saying the 5.6"
        " billion lira deal would have given the buyer control of more than half of the cement"
        " sold in six provinces. The board rejected remedies Halden had offered, including the"
        " sale of a grinding plant in Erzurum."
    )
    assert facts(one_deal(body))[:4] == (
        "acquisition",
        "collapsed",
        {**BUY, "nordkap": "seller"},
        "5600000000",
    )


# --- 24. subjects described in between; a buyer described after "to"; the agreement's value -


def test_two_companies_described_in_an_aside_still_merge():
    body = (
        "Halden and Fjellpay, two of Turkey's biggest online grocery delivery companies, are in"
        " talks about a merger that would create a clear number two behind the market leader,"
        " according to two people familiar with the discussions."
    )
    kind, status, parties, *_ = facts(one_deal(body))
    merged = {"halden": "partner", "fjellpay": "partner"}
    assert (kind, status, parties) == ("merger", "in_talks", merged)


def test_a_collapsed_sale_to_a_described_buyer_with_its_owner_and_value_told_after():
    body = (
        "The sale of Fjellpay to the Greek textile group Halden has collapsed, five months after"
        " it was agreed, because the buyer's lender pulled its financing. Nordkap, which owns the"
        " Rothesay tweed maker, said on Friday that the £240m agreement had been terminated by"
        " mutual consent."
    )
    assert facts(one_deal(body))[:5] == (
        "acquisition",
        "collapsed",
        {**BUY, "nordkap": "seller"},
        "240000000",
        "GBP",
    )


def test_a_supply_agreement_beside_a_purchase_is_not_its_price():
    body = "Halden agreed to buy Fjellpay. It also signed a $20m supply agreement with Osprey."
    assert facts(one_deal(body))[3] is None


def test_an_asides_words_say_nothing_of_the_price_after_it():
    body = (
        "Halden has acquired Fjellpay, a start-up that reads satellite images to forecast crop"
        " yields, for up to US$64 million."
    )
    assert facts(one_deal(body))[3:5] == ("64000000", "USD")


def test_the_price_told_around_how_it_is_paid_is_the_value():
    body = (
        "Halden said it had agreed to buy Fjellpay from the private equity firm Nordkap. The"
        " price, paid in cash for all of the shares, is €410 million."
    )
    assert facts(one_deal(body))[3:5] == ("410000000", "EUR")


# --- 25. a liveblog's label; a seller told by reference beside the deal ---------------------


def test_a_label_before_the_news_is_no_trigger():
    body = (
        "10:05 A funding round from Madrid: Fjellpay, which makes robot arms, has raised €38"
        " million in a Series B round led by Halden, with Nordkap also investing."
    )
    assert dict(one_deal(body).parties) == {
        "fjellpay": "investee",
        "halden": "investor",
        "nordkap": "investor",
    }


def test_a_family_selling_is_no_company_selling():
    body = (
        "08:15 Osprey has reported third-quarter net profit of €412 million. 08:41 Halden says it"
        " has agreed to buy Fjellpay for €185 million in cash. 08:52 Fjellpay is owned by the"
        " Sánchez-Ortega family, which is selling all of it. Halden says the purchase will lift"
        " its stopper output by a fifth."
    )
    assert dict(one_deal(body).parties) == BUY


# --- 26. the bare dollar sign in a land with its own dollar ----------------------------------


def _deal_between(countries, body):
    from intelligence.matcher import CompanyMatcher
    from intelligence.tests.test_general_classes import SHOW_AT, analyse_story

    matcher = CompanyMatcher(
        [
            ("halden", "halden", "Halden", [], False, countries[0]),
            ("fjellpay", "fjellpay", "Fjellpay", [], False, countries[1]),
        ]
    )
    (deal,) = analyse_story(headline="", body=body, matcher=matcher, min_confidence=SHOW_AT).deals
    return deal.value, deal.currency


@pytest.mark.parametrize(
    ("countries", "currency"),
    [(("CA", "CA"), "CAD"), (("AU", "AU"), "AUD"), (("US", "CA"), "USD"), (("SG", "SG"), "USD")],
)
def test_a_bare_dollar_is_the_local_dollar_only_when_every_party_is_from_there(countries, currency):
    body = "Fjellpay has agreed to be acquired by Halden. The deal values Fjellpay at $860-million."
    assert _deal_between(countries, body) == (860_000_000, currency)


def test_us_dollars_said_so_stay_us_dollars():
    assert _deal_between(("CA", "CA"), "Halden agreed to buy Fjellpay for US$50m.") == (
        50_000_000,
        "USD",
    )


# --- 27. a bidder walking away at the deadline --------------------------------------------


def test_a_bidder_walking_away_with_the_takeover_codes_words_and_its_last_price():
    body = (
        "Halden has walked away from Fjellpay, ending a two-month pursuit of the Cotswolds"
        " housebuilder hours before a takeover-panel deadline. The private equity group said"
        ' yesterday it "does not intend to make an offer" after the board rejected three'
        " indicative proposals, the last of them at 310p a share, valuing the company at about"
        " £620m."
    )
    assert facts(one_deal(body))[:5] == ("acquisition", "collapsed", BUY, "620000000", "GBP")


@pytest.mark.parametrize(
    "body",
    [
        "Halden walked away from Fjellpay's annual meeting.",
        'Halden said it "does not intend to make an offer" for Fjellpay.',
    ],
)
def test_walking_out_of_a_meeting_and_a_plain_statement_of_no_intention_are_no_deal(body):
    assert [d for d in deals(body) if len(d.parties) > 1] == []


def test_a_buyer_described_in_an_aside_who_says_it_will_buy_is_still_the_buyer():
    body = (
        "Halden, which owns 30% of Osprey, said on Monday it would buy Fjellpay from Nordkap for"
        " $40m."
    )
    assert one_deal(body).parties["halden"] == "acquirer"
