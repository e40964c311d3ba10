"""Deal extraction on a twelfth round of general classes, from the blind set read in the
fifteenth session (eval-blind56): the lempira's "L" and thousands told with commas before
"millones"; a company sold told by its trade ("its starch maker X"); a company that tells of
talks toward an offer for itself; new shares subscribed for; and a sale told only by a
forged letter both sides deny; and, from eval-blind59 (read the same session), goods told as
a purchase's modifier or as "most of it", "Rs" in a Nepali round, amounts with "a half", the
buyer's money paid to the seller, two buyers told by description, and a company absorbed;
and fifty ways of our own to tell who sells, of which twenty were missed: the seller told by
what only a seller does; and a purchase told in the trade's words ("won control of",
"swooped on", "taken private"), beside the same words about people, services, rights or an
analyst's idea; and the price told after the deal ("put it at", "was valued at", "At $100
million, it is …"), beside figures put at an amount that are no price; a purchase told in
the past tense that has yet to close ("has acquired X, subject to approval", "is expected to
close"); an offer let lapse; talks with a company about an offer for it; and money put into
a company told in other words ("backed X with", "a capital raise anchored by", "became a 20%
shareholder in", "X has sold a 20% stake to Y"); and the buyer told through a vehicle it
controls or as "the new owner"; and, from eval-blind60 (read last), Rwandan francs and
Uruguayan pesos, "The seller is X", a player sold, a subscription for new shares, and a
price told after a clause on the holding given; and, from eval-blind61, the owner in
apposition ("to its owner, the Vilnius investment company X") and the seller after a
description; and rounds of our own on amounts, ventures, "it" as the teller, and denials (a
report its buyer denies, a question put, a buyer declining to comment leaving the rumour).
Each class in several phrasings of our own, with the cases nearby that must still read as
before."""

import pytest

from intelligence.deals.terms import _find_money
from intelligence.matcher import CompanyMatcher
from intelligence.tests.test_general_classes import deals, facts

CAST = CompanyMatcher(
    [
        ("ulua", "ulua", "Ulúa Harinas", ["Ulúa"], False, "HN"),
        ("copan", "copan", "Copán Alimentos", ["Copán"], False, "HN"),
        ("drini", "drini", "Drini Energji", ["Drini"], False, "AL"),
        ("vjosa", "vjosa", "Vjosa Hidro", ["Vjosa"], False, "AL"),
        ("mekong", "mekong", "Mekong Starch", ["Mekong"], False, "LA"),
        ("savan", "savan", "Savan Holdings", ["Savan"], False, "LA"),
        ("lanna", "lanna", "Lanna Agro", ["Lanna"], False, "TH"),
        ("etosha", "etosha", "Etosha Life", ["Etosha"], False, "NA"),
        ("karoo", "karoo", "Karoo Assurance", ["Karoo"], False, "ZA"),
        ("tierra", "tierra", "Tierra Austral", ["Tierra"], False, "CL"),
        ("walvis", "walvis", "Walvis Oysters", ["Walvis"], False, "NA"),
        ("pokhara", "pokhara", "Pokhara Pay", ["Pokhara"], False, "NP"),
        ("rara", "rara", "Rara Ventures", ["Rara"], False, "NP"),
        ("jurong", "jurong", "Jurong Growth Partners", ["Jurong"], False, "SG"),
        ("dali", "dali", "Dali Hydro Engineering", ["Dali"], False, "CN"),
        ("salento", "salento", "Frantoi del Salento", ["Salento"], False, "IT"),
        ("liwa", "liwa", "Liwa Agri Investments", ["Liwa"], False, "AE"),
        ("sfax", "sfax", "Sfax Olive Oil", [], False, "TN"),
        ("maipo", "maipo", "Comercial Maipo", ["Maipo"], False, "CL"),
        ("oruro", "oruro", "Supermercados Oruro", ["Oruro"], False, "BO"),
        ("tarija", "tarija", "Inversiones Tarija", ["Tarija"], False, "BO"),
    ]
)


def cast_deals(body: str, headline: str = ""):
    return deals(body, headline, CAST)


# --- 1. the lempira's "L", and thousands told with commas before "millones" ---------------


@pytest.mark.parametrize(
    "price, value",
    [
        ("L 1,450 millones (unos US$58 millones)", "1450000000"),
        ("L1.2bn", "1200000000"),
        ("L 980 million", "980000000"),
        ("1,450 millones de lempiras", "1450000000"),
    ],
)
def test_the_lempiras_letter_is_read_for_honduran_companies(price, value):
    (deal,) = cast_deals(f"Ulúa Harinas completed its purchase of Copán Alimentos for {price}.")
    assert facts(deal)[3:5] == (value, "HNL")


def test_the_same_letter_is_the_lek_for_albanian_companies():
    (deal,) = cast_deals("Drini Energji agreed to buy Vjosa Hidro for L 2.4 billion.")
    assert facts(deal)[3:5] == ("2400000000", "ALL")


@pytest.mark.parametrize(
    "text, read",
    [
        ("for US$ 1,450 millones.", [("1450000000", "USD")]),
        ("for US$ 1.450 millones.", [("1450000000", "USD")]),
        ("por 2,5 millones de euros", [("2500000", "EUR")]),
        ("por 12,75 millones de dólares", [("12750000", "USD")]),
        ("Class L 2 shares", []),
        ("the L 12 bus", []),
    ],
)
def test_commas_in_groups_of_three_before_millones_are_thousands(text, read):
    assert [(f"{m.value:f}", m.currency) for m in _find_money(text)] == read


# --- 2. a company sold told by its trade -------------------------------------------------


@pytest.mark.parametrize(
    "business",
    ["its cassava-starch maker", "its starch maker", "its starch processor", "its unit"],
)
def test_a_company_told_by_its_trade_is_the_one_sold(business):
    body = (
        f"Savan Holdings agreed to sell {business} Mekong Starch to Lanna Agro for $48.5 million."
    )
    (deal,) = cast_deals(body)
    assert facts(deal)[:4] == (
        "acquisition",
        "announced",
        {"savan": "seller", "mekong": "target", "lanna": "acquirer"},
        "48500000",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Savan Holdings sells its starch to Lanna Agro under a ten-year contract.",
        "Savan Holdings sells its cassava starch to Lanna Agro.",
        "Savan Holdings buys its grain from the miller Lanna Agro.",
    ],
)
def test_goods_sold_stay_no_deal(body):
    assert cast_deals(body) == []


# --- 3. a company that tells of talks toward an offer for itself -------------------------


@pytest.mark.parametrize(
    "talks",
    [
        "it was in discussions with Karoo Assurance that may or may not lead to an offer for all"
        " of its shares",
        'it was in discussions with Karoo Assurance that "may or may not lead to an offer" for'
        " all of its shares",
        "it was in talks with Karoo Assurance that could lead to an offer for the company",
        "it had entered negotiations with South Africa's Karoo Assurance that might result in an"
        " offer for its shares",
    ],
)
def test_the_company_telling_of_talks_toward_an_offer_for_itself_is_the_target(talks):
    (deal,) = cast_deals(f"Etosha Life said on Tuesday {talks}.")
    assert facts(deal)[:3] == ("acquisition", "in_talks", {"etosha": "target", "karoo": "acquirer"})


def test_an_offer_the_teller_makes_for_another_stays_its_own():
    (deal,) = cast_deals("Etosha Life said on Tuesday it had made an offer for Karoo Assurance.")
    assert facts(deal)[2] == {"etosha": "acquirer", "karoo": "target"}


# --- 4. new shares subscribed for ------------------------------------------------------------


@pytest.mark.parametrize(
    "body, stake",
    [
        (
            "Tierra Austral agreed to subscribe for new shares equal to 35% of Walvis Oysters for"
            " N$52 million.",
            "35",
        ),
        (
            "Tierra Austral, a Chilean mussel farmer, will subscribe for new shares representing"
            " 20 per cent of Walvis Oysters for N$52 million.",
            "20",
        ),
        (
            "Tierra Austral agreed to subscribe for new shares in Walvis Oysters for N$52 million.",
            None,
        ),
    ],
)
def test_new_shares_subscribed_for_are_an_investment(body, stake):
    (deal,) = cast_deals(body)
    assert facts(deal) == (
        "investment",
        "announced",
        {"tierra": "investor", "walvis": "investee"},
        "52000000",
        "NAD",
        stake,
    )


def test_shareholders_subscribing_in_a_rights_issue_are_no_deal():
    body = (
        "Walvis Oysters said shareholders had subscribed for 92% of the shares in its rights issue."
    )
    assert cast_deals(body) == []


# --- 5. a sale told only by a forged letter that both sides deny ------------------------------

FORGED = (
    "Mekong Starch said on Monday that a letter circulating on social media announcing its sale"
    " to Thailand's Lanna Agro was a forgery. The letter said Mekong's owners had agreed to sell"
    ' "100% of the company" to Lanna for $65 million. '
)


@pytest.mark.parametrize(
    "denials",
    [
        'Mekong said "no agreement, no negotiation and no discussion" about a sale had taken place'
        " with Lanna. Lanna also denied the report.",
        "Mekong said no talks had taken place with Lanna. Lanna denied the report.",
        "Both Mekong and Lanna denied the report.",
    ],
)
def test_a_sale_told_by_a_forged_letter_both_sides_deny_is_no_deal(denials):
    assert cast_deals(FORGED + denials) == []


def test_a_letter_of_intent_is_still_a_deal_in_talks():
    body = "Lanna Agro has signed a letter of intent to buy Mekong Starch for $65 million."
    (deal,) = cast_deals(body)
    assert facts(deal)[:3] == ("acquisition", "in_talks", {"lanna": "acquirer", "mekong": "target"})


# --- 6. goods told as what a purchase is of ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Liwa Agri Investments said it was the largest carbon purchase in its history.",
        "Sfax Olive Oil said its gas purchases from Liwa Agri Investments rose 12%.",
        "Liwa Agri Investments has signed a power purchase agreement with Sfax Olive Oil.",
    ],
)
def test_goods_told_as_what_a_purchase_is_of_are_no_deal(body):
    assert cast_deals(body) == []


def test_a_purchase_told_with_its_price_in_crore_before_it_is_still_one():
    (deal,) = cast_deals(
        "Pokhara Pay completed its purchase of Rara Ventures.",
        headline="Pokhara Pay completes Rs 465 crore purchase of Rara Ventures",
    )
    assert facts(deal)[:3] == (
        "acquisition",
        "completed",
        {"pokhara": "acquirer", "rara": "target"},
    )


@pytest.mark.parametrize(
    "body",
    [
        "Oruro produces about 4,000 tonnes of tin a year and sells most of it to Comercial Maipo.",
        "Oruro grows quinoa and sells the bulk of it to Comercial Maipo.",
    ],
)
def test_most_of_what_a_company_makes_sold_is_goods(body):
    assert cast_deals(body) == []


# --- 7. "Rs" in a Nepali round; ranges keep their noun -------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Pokhara Pay has raised Rs 65 crore in a round led by Jurong Growth Partners.",
        "Pokhara Pay has raised between Rs 60 crore and Rs 65 crore in a round led by Jurong"
        " Growth Partners.",
    ],
)
def test_rupees_in_crore_for_a_nepali_company_and_a_foreign_fund_are_nepals(body):
    (deal,) = cast_deals(body)
    assert facts(deal)[3:5] == ("650000000", "NPR")


def test_a_range_in_rupees_for_a_nepali_target_is_in_nepals_rupees():
    body = (
        "Dali Hydro Engineering is in talks to buy Pokhara Pay. The price under discussion was"
        " between Rs 700 crore and Rs 800 crore."
    )
    (deal,) = cast_deals(body)
    assert facts(deal)[3:5] == ("8000000000", "NPR")


# --- 8. amounts with "a half" --------------------------------------------------------------


@pytest.mark.parametrize(
    "amount, value",
    [
        ("two and a half million dollars", "2500000"),
        ("one-and-a-half million dollars", "1500000"),
        ("half a million dollars", "500000"),
    ],
)
def test_amounts_with_a_half_written_out_are_read(amount, value):
    (deal,) = cast_deals(
        f"Oruro says it has raised {amount} from investors. The round was led by Inversiones"
        " Tarija."
    )
    assert facts(deal)[2:5] == ({"oruro": "investee", "tarija": "investor"}, value, "USD")


# --- 9. the buyer's money paid to a company is the seller's --------------------------------

BOUGHT = "Comercial Maipo has completed its purchase of Supermercados Oruro. "


@pytest.mark.parametrize(
    "paid",
    [
        "Maipo is paying 340 million bolivianos to Inversiones Tarija, the family's holding"
        " company.",
        "Maipo is paying three hundred and forty million bolivianos - about $49 million - to"
        " Inversiones Tarija.",
        "Comercial Maipo paid 340 million bolivianos in cash to Inversiones Tarija.",
    ],
)
def test_the_company_the_buyer_pays_is_the_seller(paid):
    (deal,) = cast_deals(BOUGHT + paid)
    assert facts(deal)[2:5] == (
        {"maipo": "acquirer", "oruro": "target", "tarija": "seller"},
        "340000000",
        "BOB",
    )


@pytest.mark.parametrize(
    "paid",
    [
        "Maipo is paying a $2m break fee to Inversiones Tarija.",
        "Maipo is paying advisory fees to Inversiones Tarija.",
        "Inversiones Tarija is paying $2m to Rara Ventures.",
    ],
)
def test_a_fee_or_another_companys_payment_makes_no_seller(paid):
    (deal,) = cast_deals(BOUGHT + paid)
    assert "tarija" not in deal.parties or deal.parties["tarija"] != "seller"


# --- 10. two buyers told by description ---------------------------------------------------


@pytest.mark.parametrize(
    "buyers",
    [
        "An Italian olive oil cooperative group and an Emirati agricultural investor",
        "An Italian olive oil group and an Emirati investor",
    ],
)
def test_two_buyers_told_by_description_are_both_named_next(buyers):
    body = (
        f"{buyers} have agreed to buy Sfax Olive Oil for TND 210 million. Frantoi del Salento"
        " will own 60% of the company and Liwa Agri Investments 40%, the buyers said."
    )
    (deal,) = cast_deals(body)
    assert facts(deal) == (
        "acquisition",
        "announced",
        {"salento": "acquirer", "liwa": "acquirer", "sfax": "target"},
        "210000000",
        "TND",
        None,
    )


# --- 11. a company absorbed -------------------------------------------------------------------


def test_a_company_absorbed_is_bought():
    (deal,) = cast_deals(
        "On Sunday, Pokhara Pay completed its absorption of Rara Ventures, after shareholders of"
        " both companies approved a share swap."
    )
    assert facts(deal)[:3] == (
        "acquisition",
        "completed",
        {"pokhara": "acquirer", "rara": "target"},
    )


def test_costs_absorbed_are_no_deal():
    assert cast_deals("The absorption of higher costs hurt Pokhara Pay's margins.") == []


# --- 12. the seller told by what only a seller does --------------------------------------

SOLD = {"maipo": "acquirer", "oruro": "target", "tarija": "seller"}
AGREED = "Comercial Maipo agreed to buy Supermercados Oruro for $100 million. "


@pytest.mark.parametrize(
    "body",
    [
        AGREED + "Inversiones Tarija said it would use the proceeds to pay down debt.",
        AGREED + "Inversiones Tarija, which has owned Oruro since 2015, will use the money to"
        " expand its hotels.",
        AGREED + "Inversiones Tarija had put Oruro up for sale in March.",
        AGREED + "Inversiones Tarija started looking for a buyer last year.",
        AGREED + "For Inversiones Tarija, the sale ends ten years of ownership.",
        AGREED + "The sale marks Inversiones Tarija's exit from the business after ten years.",
        "Comercial Maipo agreed to buy Supermercados Oruro for $100 million, giving Inversiones"
        " Tarija an exit after ten years.",
        AGREED + "Inversiones Tarija, which held the company through a fund raised in 2014, said"
        " it had made three times its money.",
        AGREED + "Inversiones Tarija, the seller, said it was pleased.",
        "Comercial Maipo agreed to buy Supermercados Oruro, which Inversiones Tarija had owned"
        " since 2010, for $100 million.",
        "Comercial Maipo agreed to buy Supermercados Oruro, a portfolio company of Inversiones"
        " Tarija, for $100 million.",
        "Comercial Maipo agreed to buy Supermercados Oruro, majority-owned by Inversiones Tarija,"
        " for $100 million.",
        "Comercial Maipo agreed with Inversiones Tarija to buy Supermercados Oruro for $100"
        " million.",
        "Comercial Maipo signed a deal with Inversiones Tarija to acquire Supermercados Oruro for"
        " $100 million.",
        "Comercial Maipo agreed to buy Inversiones Tarija's Supermercados Oruro for $100 million.",
    ],
)
def test_the_seller_told_by_what_only_a_seller_does(body):
    (deal,) = cast_deals(body)
    assert deal.parties == SOLD


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo agreed to buy Supermercados Oruro for $100 million, giving Inversiones"
        " Tarija a 20% stake in the enlarged group.",
        AGREED + "Comercial Maipo said it would use the proceeds of a bond sale to pay for it.",
        AGREED + "For Inversiones Tarija, the adviser, it was a good year.",
        AGREED + "Inversiones Tarija, which owned Oruro until 2019, welcomed the deal.",
        AGREED
        + "Rara Ventures sold its stake in Pokhara Pay to Jurong Growth Partners. Inversiones"
        " Tarija said it would use the proceeds to expand.",
    ],
)
def test_no_seller_without_a_sellers_act(body):
    for deal in cast_deals(body):
        assert deal.parties.get("tarija") != "seller" or "rara" in deal.parties


# --- 13. a purchase told in the words of the trade ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo has won control of Supermercados Oruro after a $100 million offer.",
        "Comercial Maipo has gained control of Supermercados Oruro for $100 million.",
        "Comercial Maipo has become the owner of Supermercados Oruro after a $100 million deal.",
        "Comercial Maipo has swooped on Supermercados Oruro with a $100 million offer.",
        "Comercial Maipo has added Supermercados Oruro to its portfolio for $100 million.",
        "Comercial Maipo has brought Supermercados Oruro into the group for $100 million.",
        "Comercial Maipo has taken Supermercados Oruro private in a $100 million deal.",
        "Comercial Maipo has picked up Supermercados Oruro for $100 million.",
        "Comercial Maipo has made a $100 million approach to Supermercados Oruro.",
    ],
)
def test_a_purchase_told_in_the_words_of_the_trade(body):
    (deal,) = cast_deals(body)
    assert (deal.kind, deal.parties) == ("acquisition", {"maipo": "acquirer", "oruro": "target"})


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo picked up Supermercados Oruro's former chief executive as an adviser.",
        "Comercial Maipo picked up the tab for Supermercados Oruro's marketing campaign.",
        "Comercial Maipo made an approach to Supermercados Oruro about a joint marketing campaign.",
        "Comercial Maipo became the owner of the building it leases to Supermercados Oruro.",
        "Comercial Maipo assumed control of Supermercados Oruro's distribution under a contract.",
        "Comercial Maipo gained market share from Supermercados Oruro last year.",
        "Comercial Maipo added Supermercados Oruro to its list of suppliers.",
        "Comercial Maipo acquired the rights to Supermercados Oruro's recipes in Asia.",
        "Analysts at Inversiones Tarija said Comercial Maipo could buy Supermercados Oruro.",
    ],
)
def test_the_same_words_about_people_services_rights_or_ideas_are_no_deal(body):
    assert cast_deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo is considering a bid for Supermercados Oruro, analysts at Inversiones"
        " Tarija said.",
        "Comercial Maipo agreed to buy Supermercados Oruro, including the rights to its recipes,"
        " for $100 million.",
        "Comercial Maipo agreed to buy Supermercados Oruro for $100 million, a price analysts said"
        " could prove high.",
    ],
)
def test_a_deal_told_beside_rights_or_analysts_stands(body):
    (deal,) = cast_deals(body)
    assert deal.parties == {"maipo": "acquirer", "oruro": "target"}


# --- 14. the price told after the deal ------------------------------------------------------

BUYS = "Comercial Maipo agreed to buy Supermercados Oruro. "


@pytest.mark.parametrize(
    "price",
    [
        "The deal was valued at $100 million.",
        "Maipo did not disclose the price, but people familiar with the deal put it at $100"
        " million.",
        "The price was not disclosed, although local media put it at $100 million.",
        "Analysts estimated the price at about $100 million.",
        "At $100 million, it is Maipo's largest deal.",
    ],
)
def test_the_price_told_after_the_deal_in_other_words(price):
    (deal,) = cast_deals(BUYS + price)
    assert facts(deal)[3:5] == ("100000000", "USD")


@pytest.mark.parametrize(
    "figure",
    [
        "Oruro's factories were valued at $100 million in its accounts.",
        "At $100 million, Oruro's annual revenue is twice Maipo's.",
        "Analysts put Oruro's annual sales at $100 million.",
        "Oruro's debt was estimated at $100 million.",
        "The market valued Oruro at $100 million before the news.",
    ],
)
def test_what_else_is_put_at_an_amount_is_no_price(figure):
    (deal,) = cast_deals(BUYS + figure)
    assert deal.value is None


# --- 15. a purchase told in the past tense that has yet to close -----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo has acquired Supermercados Oruro for $100 million, subject to regulatory"
        " approval.",
        "Comercial Maipo has bought Supermercados Oruro for $100 million. The deal is expected to"
        " close in the first quarter.",
        "Comercial Maipo has acquired Supermercados Oruro for $100 million. Completion is expected"
        " in March.",
        "Comercial Maipo has bought Supermercados Oruro for $100 million in a deal that still needs"
        " the approval of Oruro's shareholders.",
        "Comercial Maipo has acquired Supermercados Oruro for $100 million. The transaction is"
        " conditional on approval by the competition authority.",
        "Comercial Maipo has bought Supermercados Oruro for $100 million, pending approval from"
        " regulators.",
    ],
)
def test_a_purchase_that_has_yet_to_close_is_agreed(body):
    (deal,) = cast_deals(body)
    assert deal.status == "announced"


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo has bought Supermercados Oruro for $100 million.",
        "Comercial Maipo has completed its $100 million purchase of Supermercados Oruro, which had"
        " been subject to regulatory approval.",
        "Comercial Maipo has bought Supermercados Oruro for $100 million after regulators cleared"
        " the deal. It is expected to close two more purchases this year.",
        "Comercial Maipo agreed in May to buy Supermercados Oruro for $100 million, subject to"
        " approval. The deal was completed on Friday.",
    ],
)
def test_a_purchase_done_stays_completed(body):
    (deal,) = cast_deals(body)
    assert deal.status == "completed"


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo has let its $100 million offer for Supermercados Oruro lapse.",
        "Comercial Maipo let its offer for Supermercados Oruro lapse on Friday.",
    ],
)
def test_an_offer_let_lapse_has_collapsed(body):
    (deal,) = cast_deals(body)
    assert deal.status == "collapsed"


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo confirmed it is in discussions with Supermercados Oruro about a possible"
        " $100 million offer.",
        "Comercial Maipo is in talks with Supermercados Oruro over a possible takeover offer.",
    ],
)
def test_talks_with_a_company_about_an_offer_make_it_the_one_bid_for(body):
    (deal,) = cast_deals(body)
    assert facts(deal)[:3] == ("acquisition", "in_talks", {"maipo": "acquirer", "oruro": "target"})


def test_talks_with_an_owner_about_an_offer_for_its_company_make_it_the_seller():
    (deal,) = cast_deals(
        "Comercial Maipo is in talks with Inversiones Tarija about an offer for Supermercados"
        " Oruro."
    )
    assert deal.parties == SOLD


def test_talks_with_a_company_about_a_supply_deal_are_no_deal():
    body = "Comercial Maipo is in talks with Supermercados Oruro about a supply deal."
    assert cast_deals(body) == []


# --- 16. money put into a company, told in other words ------------------------------------

ROUND = {"tarija": "investor", "oruro": "investee"}


@pytest.mark.parametrize(
    "body",
    [
        "Inversiones Tarija has led Supermercados Oruro's $50 million Series B round.",
        "Inversiones Tarija has backed Supermercados Oruro with $50 million.",
        "Supermercados Oruro has completed a $50 million capital raise anchored by Inversiones"
        " Tarija.",
        "Supermercados Oruro placed new shares worth $50 million with Inversiones Tarija.",
        "Inversiones Tarija has become a 20% shareholder in Supermercados Oruro after paying $50"
        " million.",
        "Supermercados Oruro has sold a 20% stake to Inversiones Tarija for $50 million.",
    ],
)
def test_money_put_into_a_company_told_in_other_words(body):
    (deal,) = cast_deals(body)
    assert (deal.kind, deal.parties, facts(deal)[3]) == ("investment", ROUND, "50000000")


def test_a_holder_selling_its_own_stake_stays_the_seller():
    (deal,) = cast_deals(
        "Comercial Maipo sold its 20% stake to Inversiones Tarija for $50 million."
    )
    assert deal.parties == {"maipo": "seller", "tarija": "investor"}


@pytest.mark.parametrize(
    "body",
    [
        "Inversiones Tarija has backed Supermercados Oruro's plan to open ten stores.",
        "Inversiones Tarija became a customer of Supermercados Oruro in 2020.",
    ],
)
def test_backing_a_plan_or_becoming_a_customer_is_no_investment(body):
    assert cast_deals(body) == []


# --- 17. the buyer told through what it owns or as the new owner ----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Supermercados Oruro has been sold to a vehicle controlled by Comercial Maipo for $100"
        " million.",
        "Inversiones Tarija sold Supermercados Oruro to a company owned by Comercial Maipo for"
        " $100 million.",
        "Supermercados Oruro's new owner is Comercial Maipo, which paid $100 million.",
    ],
)
def test_the_buyer_told_through_its_vehicle_or_as_the_new_owner(body):
    (deal,) = cast_deals(body)
    assert {c: r for c, r in deal.parties.items() if r != "seller"} == {
        "maipo": "acquirer",
        "oruro": "target",
    }


def test_a_new_owner_yet_to_be_named_is_no_deal():
    assert cast_deals("Supermercados Oruro's new owner will be announced next week.") == []


# --- 18. from eval-blind60: Rwandan francs and Uruguayan pesos, "the seller is", a player ----
# sold, a subscription for new shares, and a price after a clause on the holding given


@pytest.mark.parametrize(
    "text, read",
    [
        ("to pay Rwf 62 billion (about $43 million) for", [("62000000000", "RWF")]),
        ("for FRw 48.5 billion (about $34 million)", [("48500000000", "RWF")]),
        ("for $U 1,850 million (about US$46 million)", [("1850000000", "UYU")]),
        ("for $U 420 millones (about US$10.5 million)", [("420000000", "UYU")]),
        ("a U$S 30 millones deal", [("30000000", "USD")]),
    ],
)
def test_rwandan_francs_and_uruguayan_pesos_are_read_before_their_conversion(text, read):
    assert [(f"{m.value:f}", m.currency) for m in _find_money(text)][:1] == read


def test_the_seller_told_as_the_seller_is():
    (deal,) = cast_deals(
        "Comercial Maipo has agreed to buy Supermercados Oruro for $100 million. The seller is"
        " Inversiones Tarija, a family holding company."
    )
    assert deal.parties == SOLD


def test_a_club_helped_by_a_players_sale_reports_no_deal():
    body = (
        "Supermercados Oruro, which also owns a football club, reported a record surplus, helped by"
        " the sale of its striker Matías Curbelo to Comercial Maipo for €14 million."
    )
    assert cast_deals(body) == []


@pytest.mark.parametrize(
    "body, stake",
    [
        (
            "Inversiones Tarija said it had completed its subscription for new shares in"
            " Supermercados Oruro for KHR 180 billion.",
            None,
        ),
        (
            "Inversiones Tarija has subscribed for new shares in Supermercados Oruro, giving it 51%"
            " of the chain, for KHR 180 billion.",
            "51",
        ),
        (
            "Inversiones Tarija has bought new shares in Supermercados Oruro, giving it 51% of the"
            " chain, for KHR 180 billion.",
            "51",
        ),
    ],
)
def test_a_subscription_and_a_price_after_the_holding_it_gives(body, stake):
    (deal,) = cast_deals(body)
    assert facts(deal)[2:] == (
        {
            "tarija": "investor" if deal.kind == "investment" else "acquirer",
            "oruro": ("investee" if deal.kind == "investment" else "target"),
        },
        "180000000000",
        "KHR",
        stake,
    )


# --- 19. from eval-blind61: the owner in apposition, the seller after a description --------


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo will pay $100 million for all of Supermercados Oruro to its owner, the"
        " Bolivian investment company Inversiones Tarija.",
        "Comercial Maipo has entered exclusive talks to buy a majority of Supermercados Oruro from"
        " its main shareholder, Inversiones Tarija.",
        "Comercial Maipo has completed its $100 million purchase of Supermercados Oruro. The"
        " seller, family holding company Inversiones Tarija, received the full amount in cash.",
    ],
)
def test_the_owner_in_apposition_or_the_seller_after_a_description(body):
    (deal,) = cast_deals(body)
    assert deal.parties == SOLD


def test_an_owner_in_apposition_to_another_company_is_no_seller():
    body = (
        "Comercial Maipo has agreed to buy Supermercados Oruro for $100 million. Rara Ventures and"
        " its owner, the Nepali fund Pokhara Pay, said they had not bid."
    )
    (deal,) = cast_deals(body)
    assert deal.parties.get("pokhara") != "seller"


@pytest.mark.parametrize(
    "body",
    [
        "The regulator has prohibited the purchase of Supermercados Oruro, the country's largest"
        " grocer, by Chilean retailer Comercial Maipo.",
        "The takeover of Supermercados Oruro by supermarket group Comercial Maipo was completed on"
        " Friday.",
    ],
)
def test_the_buyer_after_by_told_by_its_trade(body):
    (deal,) = cast_deals(body)
    assert deal.parties == {"oruro": "target", "maipo": "acquirer"}


@pytest.mark.parametrize(
    "body, parties",
    [
        (
            "The board of Supermercados Oruro has agreed to sell the company to Chilean retailer"
            " Comercial Maipo for $100 million.",
            {"oruro": "target", "maipo": "acquirer"},
        ),
        (
            "Comercial Maipo agreed to buy Supermercados Oruro from Bolivian lender Inversiones"
            " Tarija for $100 million.",
            SOLD,
        ),
    ],
)
def test_a_party_after_to_or_from_told_by_its_trade(body, parties):
    (deal,) = cast_deals(body)
    assert deal.parties == parties


@pytest.mark.parametrize(
    "price, value",
    [
        (
            "$80 million plus up to $20 million in earn-out payments, a total of up to $100"
            " million",
            "100000000",
        ),
        ("$80 million upfront, rising to $100 million if targets are met", "100000000"),
        ("$100 million, including $30 million of debt", "100000000"),
    ],
)
def test_the_whole_price_told_as_a_total(price, value):
    (deal,) = cast_deals(f"Comercial Maipo agreed to buy Supermercados Oruro for {price}.")
    assert facts(deal)[3] == value


# --- 20. ventures: formed in other words, or told as a state ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo has teamed up with Supermercados Oruro in a joint venture to build a"
        " plant in Vietnam.",
        "Comercial Maipo and Supermercados Oruro launched a joint company to sell frozen fish in"
        " Japan.",
    ],
)
def test_a_venture_formed_in_other_words(body):
    (deal,) = cast_deals(body)
    assert (deal.kind, set(deal.parties)) == ("joint_venture", {"maipo", "oruro"})


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo and Supermercados Oruro have a joint venture in India that makes crisps.",
        "Comercial Maipo's joint venture with Supermercados Oruro reported higher sales.",
    ],
)
def test_a_venture_told_as_a_state_is_no_deal(body):
    assert cast_deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Supermercados Oruro said that Comercial Maipo would buy it for $100 million.",
        "Supermercados Oruro said on Monday that Comercial Maipo would buy it for $100 million.",
        "Supermercados Oruro confirmed that Comercial Maipo had agreed to buy it for $100 million.",
    ],
)
def test_it_bought_is_the_company_that_tells_of_its_sale(body):
    (deal,) = cast_deals(body)
    assert deal.parties == {"maipo": "acquirer", "oruro": "target"}


# --- 21. a report denied by its buyer; a question put; "no such plans" ----------------------


@pytest.mark.parametrize(
    "body",
    [
        "A newspaper reported on Sunday that Comercial Maipo was preparing a bid for Supermercados"
        " Oruro. Maipo said the report was wrong.",
        "Shares in Supermercados Oruro jumped 12% on a report that Comercial Maipo was considering"
        " an offer, but Maipo later said it had no such plans.",
        "Comercial Maipo, asked about a possible bid for Supermercados Oruro, said it did not"
        " comment on market rumours.",
    ],
)
def test_a_report_its_buyer_denies_or_a_question_put_is_no_deal(body):
    assert cast_deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Comercial Maipo is weighing a bid for Supermercados Oruro, people familiar with the matter"
        " said. Maipo said it does not comment on market speculation.",
        "A newspaper reported that Comercial Maipo was preparing a bid for Supermercados Oruro."
        " Maipo declined to comment, citing its policy on market speculation.",
    ],
)
def test_a_buyer_declining_to_comment_leaves_the_rumour(body):
    (deal,) = cast_deals(body)
    assert (deal.status, deal.parties) == ("rumoured", {"maipo": "acquirer", "oruro": "target"})


@pytest.mark.parametrize(
    "body, buyer",
    [
        (
            "Inversiones Tarija was advised by Chilean bank Comercial Maipo on its purchase of"
            " Supermercados Oruro.",
            "tarija",
        ),
        (
            "Comercial Maipo, advised by Bolivian bank Inversiones Tarija, agreed to buy"
            " Supermercados Oruro.",
            "maipo",
        ),
    ],
)
def test_an_adviser_told_by_its_trade_is_no_buyer(body, buyer):
    (deal,) = cast_deals(body)
    assert deal.parties == {buyer: "acquirer", "oruro": "target"}
