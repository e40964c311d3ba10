"""Deal extraction on a ninth round of general classes: a rival bid's terms told against the
winning one ("…, against the $42 a share, or $4.2bn, in the agreement Fjellpay signed with
Nordkap"). Each class in several phrasings of our own, with the cases nearby that must still
give the deal; the cast and helpers are those of `test_general_classes`."""

from decimal import Decimal

import pytest

from intelligence.tests.test_general_classes import BUY, deals, facts, one_deal
from intelligence.tests.test_general_classes8 import _deal_between

# --- 1. a rival bid's terms told against the winning one --------------------------------

SWITCHED = (
    "Fjellpay has ended its agreed sale to Nordkap and accepted a higher offer from Halden"
    " worth $5bn."
)
RIVAL = {"nordkap": "acquirer", "fjellpay": "target"}


def by_buyer(found) -> dict:
    return {next(c for c, r in d.parties.items() if r == "acquirer"): facts(d) for d in found}


@pytest.mark.parametrize(
    "compared",
    [
        SWITCHED + " Halden will pay $50 a share, against the $42 a share, or $4.2bn, in the"
        " agreement Fjellpay signed with Nordkap in May.",
        SWITCHED[:-1] + ", compared with the $4.2bn Nordkap had agreed to pay.",
        SWITCHED + " The new price compares with the $4.2bn, or $42 a share, that Nordkap"
        " agreed to pay in May.",
    ],
)
def test_a_rival_bids_price_told_against_the_winning_one_is_its_value(compared):
    found = by_buyer(deals(compared))
    assert found["halden"] == ("acquisition", "announced", BUY, "5000000000", "USD", None)
    assert found["nordkap"] == ("acquisition", "collapsed", RIVAL, "4200000000", "USD", None)


@pytest.mark.parametrize(
    "body",
    [
        "Halden agreed to buy Fjellpay for $5bn, compared with the $4.2bn Nordkap offered.",
        "Halden agreed to buy Fjellpay for $5bn, topping Nordkap's $4.2bn offer.",
        "Halden agreed to buy Fjellpay for $5bn, versus Nordkap's $4.2bn proposal.",
    ],
)
def test_the_rival_named_in_the_comparison_is_not_a_party_of_the_winning_deal(body):
    found = [d for d in deals(body) if "halden" in d.parties]
    assert len(found) == 1
    assert facts(found[0]) == ("acquisition", "announced", BUY, "5000000000", "USD", None)


@pytest.mark.parametrize(
    "body",
    [
        # A share price set against the offer is no rival's bid.
        "Halden agreed to buy Fjellpay. Halden will pay $50 a share, against Fjellpay's"
        " closing price of $38 on Friday.",
        # "over" and "above" without a comma are the price's own words.
        "Halden agreed to buy Fjellpay for over $5bn.",
        "Halden agreed to buy Fjellpay for above $5bn in cash.",
    ],
)
def test_a_comparison_with_no_rival_leaves_the_deal_alone(body):
    found = deals(body)
    assert len(found) == 1
    assert set(found[0].parties) == {"halden", "fjellpay"}
    assert found[0].value in (None, 5_000_000_000)


# --- 2. the rest of a company told as partly owned ---------------------------------------

REST = ("acquisition", "announced", BUY, "95000000", "USD", "49")


@pytest.mark.parametrize(
    "body",
    [
        "Halden has owned 51% of Fjellpay since 2019 and will now buy the remaining 49% from"
        " the founding family for $95m.",
        "More on Halden: it has owned 51% of Fjellpay since 2019 and will now buy the"
        " remaining 49% from the founding family for $95m.",
        "Halden, which has owned 51% of Fjellpay since 2019, will now buy the remaining 49%"
        " for $95m.",
        "Halden, which holds a majority stake in Fjellpay, agreed to buy out the remaining 49%"
        " for $95m.",
    ],
)
def test_the_remaining_part_of_a_company_told_as_partly_owned_is_bought(body):
    assert facts(one_deal(body)) == REST


def test_the_remaining_part_of_a_named_company_is_of_that_company():
    body = "Halden owns 30% of Nordkap. It agreed to buy the remaining shares of Fjellpay for $95m."
    assert dict(one_deal(body).parties) == BUY


def test_a_second_verb_keeps_its_own_subject_when_it_names_one():
    body = "Halden reported higher profits, and Nordkap said it would buy Fjellpay for $95m."
    assert dict(one_deal(body).parties) == {"nordkap": "acquirer", "fjellpay": "target"}


# --- 3. the seller told by what it keeps after the sale ----------------------------------

STAKE_SOLD = "A 12% stake in Fjellpay is being sold to Halden for €1.1 billion."
STAKE_SELLER = {"halden": "investor", "fjellpay": "investee", "nordkap": "seller"}


@pytest.mark.parametrize(
    "kept",
    [
        "Nordkap, which will keep 33% of Fjellpay after the sale, said it had signed a binding"
        " agreement.",
        "Nordkap will retain a 33% stake once the sale is done.",
        "Nordkap said it would hold on to 33% of the company after the sale.",
    ],
)
def test_the_company_that_keeps_a_part_after_the_sale_is_its_seller(kept):
    deal = one_deal(STAKE_SOLD + " " + kept)
    assert dict(deal.parties) == STAKE_SELLER


@pytest.mark.parametrize(
    "kept",
    [
        "Nordkap will keep its 33% stake after the deal.",  # another shareholder
        "Nordkap, which owns 33% of Fjellpay, said it supported the sale.",
    ],
)
def test_another_shareholder_is_no_seller(kept):
    deal = one_deal(STAKE_SOLD + " " + kept)
    assert "nordkap" not in deal.parties


# --- 4. the price told as what the owners are paid ----------------------------------------


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Fjellpay agreed to merge with Halden, a special purpose acquisition company. Halden"
            " will pay Fjellpay's shareholders $620 million in newly issued shares.",
            "merger",
        ),
        (
            "Halden agreed to buy Fjellpay. It will pay Fjellpay's owners $620 million.",
            "acquisition",
        ),
    ],
)
def test_what_the_owners_are_paid_is_the_price(body, kind):
    deal = one_deal(body)
    assert (deal.kind, deal.value, deal.currency) == (kind, 620_000_000, "USD")


def test_a_dividend_paid_to_the_owners_is_not_the_price():
    body = (
        "Halden agreed to buy Fjellpay. It will pay Fjellpay's shareholders a special dividend"
        " of $20 million."
    )
    assert one_deal(body).value is None


def test_a_beaten_bid_told_as_the_measure_of_the_winning_one_is_no_deal():
    body = (
        "Halden won a bankruptcy auction for Fjellpay with a bid of $265 million, beating the"
        " $210 million stalking-horse offer from the investment firm Nordkap, according to a"
        " notice filed in court on Monday."
    )
    assert facts(one_deal(body)) == ("acquisition", "announced", BUY, "265000000", "USD", None)


def test_two_bids_told_in_their_own_clauses_are_still_two_deals():
    found = deals("Fjellpay rejected an offer from Nordkap and backed the lower bid from Halden.")
    assert {frozenset(d.parties) for d in found} == {
        frozenset({"nordkap", "fjellpay"}),
        frozenset({"halden", "fjellpay"}),
    }


# --- 5. new shares placed with a named investor; the holding a new investor is left with --

PLACED = {"halden": "investor", "fjellpay": "investee"}


@pytest.mark.parametrize(
    ("body", "status", "stake"),
    [
        (
            "Fjellpay has raised £38m by placing new shares with the Japanese metals group"
            " Halden, which will own 9.9pc of the company, the company said on Monday.",
            "completed",
            "9.9",
        ),
        (
            "Fjellpay will issue new shares worth £38m to Halden, giving it a 9.9% stake.",
            "announced",
            "9.9",
        ),
        ("Fjellpay has sold new shares worth £38m to Halden.", "completed", None),
        (
            "Halden has subscribed for new shares in Fjellpay worth £38m, taking a 9.9% stake.",
            "announced",
            "9.9",
        ),
    ],
)
def test_new_shares_placed_with_a_named_investor_are_its_investment(body, status, stake):
    assert facts(one_deal(body)) == ("investment", status, PLACED, "38000000", "GBP", stake)


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay raised £38m by placing new shares with institutional investors.",
        "Fjellpay raised £38m in a placing of new shares to fund its mine, the company said.",
        "Fjellpay will issue new shares to its existing shareholders in a £38m rights issue.",
    ],
)
def test_new_shares_placed_with_the_market_are_no_deal(body):
    assert deals(body) == []


def test_new_shares_issued_as_the_price_of_a_purchase_are_that_purchase():
    body = (
        "Halden will issue 240 million new shares to Fjellpay's owners in exchange for all of"
        " the drugmaker, in a deal that values it at $142 million."
    )
    deal = one_deal(body)
    assert (deal.kind, dict(deal.parties), deal.value) == ("acquisition", BUY, 142_000_000)


@pytest.mark.parametrize(
    "body",
    [
        "Halden will invest $50m in Fjellpay, giving it a 20% stake.",
        "Halden will invest $50m in Fjellpay, which will give it a 20% stake.",
        "Halden will invest $50m in Fjellpay and will own 20% of the company.",
        "Halden, which will own 20% of the company, is investing $50m in Fjellpay.",
    ],
)
def test_the_holding_a_new_investor_is_left_with_is_its_stake(body):
    assert facts(one_deal(body)) == ("investment", "announced", PLACED, "50000000", "USD", "20")


def test_the_holding_after_a_further_purchase_is_not_the_part_bought():
    deal = one_deal("Halden bought a further 5% of Fjellpay, giving it 25% of the company.")
    assert deal.stake == 5


# --- 6. a convertible loan from a named investor; a rate is no stake; the Takeover Code ---


def test_a_convertible_loan_from_a_named_investor_is_its_investment():
    body = (
        "Fjellpay, a Berlin start-up, has secured €15 million from Halden in the form of a"
        " convertible loan, the company said on Thursday. Until the loan converts it carries"
        " interest of 6 per cent a year."
    )
    assert facts(one_deal(body)) == ("investment", "completed", PLACED, "15000000", "EUR", None)


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay has secured a €15 million loan from Halden.",
        "Fjellpay raised $20m in convertible notes from investors.",
    ],
)
def test_a_plain_loan_or_notes_sold_to_the_market_are_no_deal(body):
    assert deals(body) == []


def test_the_takeover_code_is_no_takeover():
    body = (
        "Halden has abandoned its pursuit of Fjellpay. In a statement shortly before the 5pm"
        ' "put up or shut up" deadline under the Takeover Code, Halden said it had been unable'
        " to obtain engagement from Fjellpay's directors on its proposal of 260p a share, which"
        " valued the company at around £410m."
    )
    assert facts(one_deal(body)) == ("acquisition", "collapsed", BUY, "410000000", "GBP", None)


@pytest.mark.parametrize(
    "bought_out",
    [
        "buying out the minority shareholders who still hold 4.4% of the company",
        "squeezing out the remaining shareholders holding 4.4% of the company",
        "buying out minority holders owning 4.4% of the shares",
    ],
)
def test_the_holding_of_the_owners_bought_out_is_the_stake(bought_out):
    body = f"Halden will pay €63 million to take full control of Fjellpay, {bought_out}."
    assert one_deal(body).stake == Decimal("4.4")


# --- 7. no deal: goods bought in bulk or by the share, a partnership likened to, a dated act --


@pytest.mark.parametrize(
    "body",
    [
        "Halden bought much of its spirit from Fjellpay.",
        "Fjellpay said it had sold new-make spirit to Halden on ordinary trade terms.",
        "Under the ten-year licence, Halden will buy blended malt whisky in bulk from Fjellpay"
        " and pay a royalty on every can sold.",
        "Nordkap's head of corporate banking called the loan \"a partnership with the farmers"
        ' as much as with Halden".',
        "Regulators fined Halden for completing its purchase of Fjellpay without notice. Halden"
        " paid for the chain and took over its management in August 2023, but did not file"
        " until March 2024.",
    ],
)
def test_goods_a_likeness_and_a_dated_purchase_are_no_deal(body):
    assert deals(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Halden will buy the 49% it does not already own from Nordkap.",
        "Halden bought cement plants from Nordkap.",
        "Halden sold new shares to Fjellpay.",
    ],
)
def test_a_business_or_a_holding_bought_from_a_company_is_still_a_deal(body):
    assert len(deals(body)) == 1


# --- 8. a quoted approach; the price of an ended deal told where its agreement is dated ---


def test_an_approach_in_quotation_marks_is_still_an_approach():
    body = (
        'Fjellpay closed up 31pc at 188p after confirming that it had received "a preliminary'
        ' approach" from Halden about a possible cash offer of 212p a share. That would value'
        " Fjellpay at about £240m."
    )
    assert facts(one_deal(body)) == ("acquisition", "rumoured", BUY, "240000000", "GBP", None)


def test_the_price_agreed_in_a_past_year_is_the_ended_deals_value():
    body = (
        "Halden's purchase of Fjellpay was blocked by the tribunal on Monday. Halden had agreed"
        " in 2024 to pay $125 million for the chain, which has 22 stores."
    )
    assert facts(one_deal(body)) == ("acquisition", "collapsed", BUY, "125000000", "USD", None)


def test_a_past_deal_between_other_companies_lends_no_price():
    body = (
        "Halden's purchase of Fjellpay was blocked by the tribunal on Monday. Nordkap had"
        " agreed in 2024 to pay $125 million for Osprey."
    )
    found = [d for d in deals(body) if "halden" in d.parties]
    assert len(found) == 1 and found[0].value is None


# --- 9. a deal told in the buyer's spokeswoman's words; the company paid is the seller --

SIGNED = "Halden is buying a majority of Fjellpay, a spokeswoman confirmed on Tuesday."
SOLD_BY_NORDKAP = {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"}


@pytest.mark.parametrize(
    "quote",
    [
        '"We have signed for 60 per cent of Fjellpay, and we are paying Nordkap £9.6 million'
        " for it,\" said Halden's spokeswoman, Morag Buchanan.",
        '"We are paying Nordkap £9.6 million for 60 per cent of Fjellpay," said Halden\'s'
        " chief executive.",
    ],
)
def test_the_we_of_a_quote_is_the_speakers_company(quote):
    deal = one_deal(SIGNED + " " + quote)
    assert facts(deal) == ("acquisition", "announced", SOLD_BY_NORDKAP, "9600000", "GBP", "60")


def test_the_company_paid_is_the_seller():
    deal = one_deal("Halden agreed to pay Nordkap $40m for its 30% stake in Fjellpay.")
    assert dict(deal.parties) == {"halden": "investor", "fjellpay": "investee", "nordkap": "seller"}


def test_buying_the_whole_company_records_no_part():
    deal = one_deal("Halden agreed to buy 100% of Fjellpay from its founders for $145 million.")
    assert facts(deal) == ("acquisition", "announced", BUY, "145000000", "USD", None)


# --- 10. the whole price told as a total; an earlier price a share; a return on an investment


def test_a_price_told_as_a_total_with_an_earn_out_is_the_whole():
    body = (
        "Halden agreed to buy Fjellpay. Halden will pay $84 million in cash at completion and up"
        " to $12 million more over two years if targets are met, taking the total to up to $96"
        " million."
    )
    assert one_deal(body).value == 96_000_000


def test_the_earlier_price_a_share_is_not_the_value():
    body = (
        "Halden raised its takeover offer for Fjellpay on Monday to VND 58,000 a share from VND"
        " 51,000, valuing the milk producer at 9.8 trillion dong ($385 million)."
    )
    deal = one_deal(body)
    assert (deal.value, deal.currency) == (9_800_000_000_000, "VND")


def test_a_return_on_an_investment_is_no_deal():
    body = (
        "Halden said it would sell Fjellpay, its Peruvian drilling unit, to Nordkap for US$38"
        " million. Osprey's managing partner said the fund had tripled its investment."
    )
    assert "osprey" not in one_deal(body).parties


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            '"We have agreed to buy Fjellpay for $50m," Halden chief executive Anna Berg said on'
            " Monday.",
            BUY,
        ),
        (
            '"We are selling Fjellpay to Nordkap for $50m," said Halden\'s chairman.',
            {"nordkap": "acquirer", "fjellpay": "target", "halden": "seller"},
        ),
        ('"Halden is buying Fjellpay for $50m," Nordkap\'s analyst said.', BUY),
    ],
)
def test_the_speaker_after_a_quote_is_its_we_and_no_one_else(body, parties):
    assert dict(one_deal(body).parties) == parties


# --- 11. a market value after a share move; shares received equal to a stake; the buyer
# described after "to its partner" -------------------------------------------------------


def test_a_market_value_after_a_share_move_is_not_the_price():
    body = (
        "Halden is in talks to buy Fjellpay. Fjellpay's shares rose 17% to €14.80, valuing it at"
        " about €1.1 billion."
    )
    assert one_deal(body).value is None


def test_shares_received_equal_to_a_stake_give_the_stake():
    body = (
        "Halden has completed a US$75 million investment in Fjellpay, receiving newly issued"
        " shares equal to a 20% stake, the companies said on Thursday."
    )
    assert facts(one_deal(body)) == ("investment", "completed", PLACED, "75000000", "USD", "20")


def test_the_buyer_described_after_to_its_partner_is_the_buyer():
    body = (
        "Halden will sell its 40% stake in Fjellpay to its partner there, Chinese grain trader"
        " Nordkap, for US$95 million."
    )
    assert dict(one_deal(body).parties) == {
        "halden": "seller",
        "fjellpay": "investee",
        "nordkap": "investor",
    }


@pytest.mark.parametrize(
    "body",
    [
        "Halden confirmed the appointment and said Anna would take over from its founder,"
        " Gábor Lakatos, who becomes chairman.",
        "Anna took over as chief executive of Halden in May, a year after Fjellpay hired her.",
    ],
)
def test_taking_over_from_a_person_or_as_an_officer_is_no_takeover(body):
    assert deals(body) == []


def test_taking_over_a_company_from_its_owner_is_still_a_takeover():
    deal = one_deal("Halden will take over Fjellpay from Nordkap for $20m.")
    assert dict(deal.parties) == SOLD_BY_NORDKAP


# --- 12. amounts with the scale in the copy's own language ------------------------------


@pytest.mark.parametrize(
    ("told", "value", "currency"),
    [
        ("US$ 145 millones (about Bs 1.009 millones)", "145000000", "USD"),
        ('"18,4 milliárd forint"', "18400000000", "HUF"),
        ("ARS 185.000 millones", "185000000000", "ARS"),
        ("2,3 Milliarden Euro", "2300000000", "EUR"),
        ("Rp7,85 triliun", "7850000000000", "IDR"),
        ("Rp 850 miliar", "850000000000", "IDR"),
    ],
)
def test_a_price_with_its_scale_in_the_copys_language(told, value, currency):
    deal = one_deal(f"Halden agreed to pay {told} for Fjellpay.")
    assert (f"{deal.value:f}", deal.currency) == (value, currency)


def test_a_scale_word_with_no_currency_is_no_money():
    assert (
        one_deal("Halden agreed to buy Fjellpay, which sold 3 millones de botellas.").value is None
    )


# --- 13. "Rs" in a story of two Sri Lankan companies; the company sold named in apposition --


@pytest.mark.parametrize(
    ("countries", "told", "currency"),
    [
        (("LK", "LK"), "Rs. 5.2 billion", "LKR"),
        (("PK", "PK"), "Rs 5.2 billion", "PKR"),
        (("IN", "LK"), "Rs 520 crore (about LKR 18.2 billion)", "INR"),
        (("IN", "IN"), "Rs 5.2 billion", "INR"),
    ],
)
def test_rs_is_the_rupee_of_the_land_every_party_is_from(countries, told, currency):
    body = f"Halden agreed to buy Fjellpay for {told}."
    assert _deal_between(countries, body)[1] == currency


def test_the_company_sold_named_in_apposition_is_the_target():
    body = (
        "Nordkap has sold its hotel in the mining town to the tour operator Halden for NOK 95"
        " million, the buyer said on Tuesday. The company sold, Fjellpay, owns the 40-room"
        " hotel."
    )
    assert dict(one_deal(body).parties) == SOLD_BY_NORDKAP


def test_the_seller_told_outright_replaces_one_read_from_a_description():
    body = (
        "Halden has agreed to buy the bottled-water company Fjellpay for $38 million, its parent,"
        " Nordkap, told the stock exchange on Thursday. The seller is the private equity firm"
        " Osprey, which bought Fjellpay from its founder in 2019."
    )
    assert dict(one_deal(body).parties) == {
        "halden": "acquirer",
        "fjellpay": "target",
        "osprey": "seller",
    }


def test_a_list_of_sellers_never_removes_the_seller_already_told():
    body = (
        "Halden agreed to buy Fjellpay from Nordkap for $38 million. The sellers include Osprey,"
        " which held a minority stake."
    )
    assert one_deal(body).parties["nordkap"] == "seller"


def test_a_scale_words_following_word_is_kept_out_of_the_amount():
    body = "Halden agreed to buy Fjellpay. The companies expect savings of Bs 85 millones a year."
    assert one_deal(body).value is None


# --- 14. a deal named "the X purchase"; a company described by what it bought; an end told
# of another deal -----------------------------------------------------------------------

TWO_DEALS = (
    "Halden agreed to buy Fjellpay from Osprey for US$260 million. Halden said it would sell"
    " Nordkap, the winery it bought in 2011, to Corvid, a local producer, for $14 million."
)


@pytest.mark.parametrize(
    "after",
    [
        '"Fjellpay was a Bolivian company that bought Bolivian soy," said a director.',
        "The Fjellpay purchase needs the approval of the AEMP, the business regulator, which"
        " blocked a brewery takeover in the south only last week.",
    ],
)
def test_the_deals_told_keep_their_parties_and_status(after):
    found = {frozenset(d.parties): d.status for d in deals(TWO_DEALS + " " + after)}
    assert found == {
        frozenset({"halden", "fjellpay", "osprey"}): "announced",
        frozenset({"halden", "nordkap", "corvid"}): "announced",
    }


def test_a_block_of_this_deal_still_ends_it():
    body = "Halden agreed to buy Fjellpay for $26m. The regulator blocked the purchase on Monday."
    assert one_deal(body).status == "collapsed"
