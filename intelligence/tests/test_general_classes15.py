"""Deal extraction on a fifteenth round of general classes, written in our own words in the
seventeenth session: no-deal copy where a price stands beside two companies (capital spent,
buybacks, writedowns, claims, analysts' valuations, loans, dividends, bonds, a war chest,
a tender, a sponsorship). Among them: a company's bonds bought in the market ("bought $50m
of Fjellpay's bonds"), its officers dealing in its shares ("Halden Group's chairman bought
$2m of the company's shares") and a deal of long ago dated by a clause without a comma
("the takeover … that was blocked in 2019"), told on a day a review was published; beside
them the deals told in the same words, which must still be read."""

import pytest

from intelligence.deals.terms import _find_money
from intelligence.matcher import CompanyMatcher
from intelligence.tests.test_general_classes import deals, facts


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group will invest $300m in a new bottling plant in Porto, where "
            "Fjellpay already has a site, the company said on Tuesday."
        ),
        (
            "Halden Group announced a $750m share buyback on Thursday, a week after "
            "Fjellpay unveiled one of $200m."
        ),
        (
            "Halden Group, which paid $2.1bn for Fjellpay's frozen arm in 2016, wrote down "
            "the unit by $400m."
        ),
        (
            "Fjellpay sued Halden Group for $150m on Monday, claiming the company broke a "
            "supply contract signed in 2020."
        ),
        (
            "Analysts at Corvid Partners value Fjellpay at about $3bn and say it would make "
            "a natural target for Halden Group, though neither company has said anything."
        ),
        (
            "Halden Group has no plans to buy Fjellpay, its chief executive told "
            "shareholders, despite a $1bn war chest."
        ),
        (
            "Corvid Partners closed its third buyout fund at €2.4bn, and said food makers "
            "such as Fjellpay were the kind of business it looks for."
        ),
        (
            "Halden Group's market value passed $10bn on Friday, overtaking Fjellpay for "
            "the first time."
        ),
        (
            "Halden Group agreed a $500m loan with Osprey Capital to refinance debt it took "
            "on when it bought Fjellpay a decade ago."
        ),
        (
            "Fjellpay paid a record $80m dividend, most of which went to its biggest "
            "shareholder, Halden Group."
        ),
        (
            "Halden Group signed a $90m contract to supply Fjellpay with glass bottles for "
            "five years."
        ),
        (
            "Corvid Partners raised its price target on Halden Group to $45, and cut "
            "Fjellpay to sell."
        ),
        ("Fjellpay won a $60m tender to feed the army, beating Halden Group, which had bid $65m."),
        (
            "Halden Group issued $1bn of bonds on Wednesday; Osprey Capital and Corvid "
            "Partners ran the books."
        ),
        (
            "Halden Group was fined $25m by the competition authority for sharing prices "
            "with Fjellpay, which escaped a fine by reporting the cartel."
        ),
        (
            "Fjellpay said its $400m sale of a warehouse to a property fund would close "
            "next month. Halden Group leases the building next door."
        ),
        (
            "Halden Group has set aside $200m for acquisitions this year, its finance chief "
            'said, adding that Fjellpay was "not for sale and not on our list".'
        ),
        (
            "Halden Group's chairman bought $2m of the company's shares on Monday, a filing "
            "showed. Fjellpay's chairman sold some of his."
        ),
        (
            "Osprey Capital advised Fjellpay on its $300m bond and Halden Group on its "
            "rights issue, the firm's annual report shows."
        ),
        (
            "Halden Group and Fjellpay each announced $100m of cost cuts, blaming higher "
            "sugar prices."
        ),
        (
            "The $1.2bn takeover of Fjellpay by Halden Group that was blocked in 2019 still "
            "shapes the market, a regulator's review published on Tuesday said."
        ),
        (
            "Halden Group said it would spend up to $600m on its own shares and on small "
            "bolt-on purchases; Fjellpay, a rival, said it would do neither."
        ),
        (
            "Corvid Partners's fund lost $120m on its Halden Group shares this quarter, but "
            "made money on Fjellpay."
        ),
        (
            "Fjellpay settled a pay dispute with its drivers for $12m. Halden Group settled "
            "a similar case last year."
        ),
        (
            "Halden Group will pay $40m a year for the naming rights to the stadium, a deal "
            "Fjellpay had turned down."
        ),
        (
            "Halden Group bought $50m of Fjellpay's bonds in the market, its filing shows, "
            "a holding too small to matter, analysts said."
        ),
        (
            "Fjellpay raised $250m in a share placement to pay down debt, and Halden Group "
            "said it would not take part."
        ),
        (
            "Halden Group rejected a shareholder proposal that it explore a sale, and "
            "Corvid Partners, which holds 2%, voted against the board."
        ),
        (
            "A year after it sold its dairy arm to Fjellpay for $900m, Halden Group "
            "reported its best quarter in a decade."
        ),
        (
            "Halden Group invested $35m in a research centre run jointly with a university; "
            "Fjellpay has a similar centre in Braga."
        ),
    ],
)
def test_a_price_beside_two_companies_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body, parties, value",
    [
        (
            "Fjellpay's founder sold her stake to Halden Group for $40m.",
            {"fjellpay": "target", "halden": "acquirer"},
            "40000000",
        ),
        (
            "Fjellpay's chairman sold half his shares to Halden Group on Monday.",
            {"fjellpay": "target", "halden": "acquirer"},
            None,
        ),
        (
            "Halden Group agreed to buy Fjellpay's bond-trading business for $30m.",
            {"halden": "acquirer", "fjellpay": "seller"},
            "30000000",
        ),
        (
            "Halden Group bought Fjellpay for $1bn including debt.",
            {"halden": "acquirer", "fjellpay": "target"},
            "1000000000",
        ),
        (
            "Fjellpay's management team agreed to buy the company for $90m with backing from"
            " Corvid Partners.",
            {"fjellpay": "target", "corvid": "acquirer"},
            "90000000",
        ),
    ],
)
def test_the_same_words_about_a_company_s_shares_are_still_deals(body, parties, value):
    (deal,) = [d for d in deals(body) if len(d.parties) >= 2]
    assert ({c: str(r) for c, r in deal.parties.items()}, facts(deal)[3]) == (parties, value)


def test_people_buying_another_company_leave_their_employer_out():
    found = deals("Halden Group's founder is buying Fjellpay for $30m through his family office.")
    assert [d for d in found if "halden" in d.parties] == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group reported a 12% rise in first-half profit on Tuesday. The company, "
            "which bought Fjellpay in 2015, said the unit's sales grew fastest. It will pay "
            "a dividend of $1.20 a share."
        ),
        (
            "Fjellpay is not for sale, its chairman said on Monday. Halden Group, which has "
            "been linked with a bid, declined to comment. The shares fell 6% to $14."
        ),
        (
            "Halden Group's bid for Fjellpay ended in 2021 when regulators objected. Four "
            "years on, both companies are bigger. Halden is worth $12bn; Fjellpay $4bn."
        ),
        (
            "Halden Group will sell its headquarters in Oslo for NOK 900m and lease it "
            "back, the company said. The buyer was not named. Fjellpay did the same last "
            "year."
        ),
        (
            "Shareholders in Fjellpay approved a $300m buyback on Thursday. Halden Group, "
            "the largest, voted in favour. The company will buy back up to 5% of its "
            "shares."
        ),
        (
            "Halden Group raised $1bn from a share sale on Tuesday to pay down debt. Corvid "
            "Partners and Osprey Capital ran the sale. The shares were priced at $22."
        ),
        (
            "Fjellpay has hired Osprey Capital to defend it against a possible bid, people "
            "familiar with the matter said. No bidder has come forward. Halden Group has "
            "said it is not interested."
        ),
        (
            "Halden Group and Fjellpay were each fined €30m for fixing prices. The "
            "regulator said the cartel ran from 2016 to 2020. Both companies said they "
            "would appeal."
        ),
        (
            "Halden Group's pension fund sold its Fjellpay shares last year, the fund's "
            "report shows. It now holds no food stocks. The fund is worth $3bn."
        ),
        (
            "Fjellpay agreed a $400m credit line with Osprey Capital. The company said it "
            "had no acquisitions in mind. Halden Group signed a similar loan in June."
        ),
        (
            "Halden Group paid $1.1bn for Fjellpay in 2017. On Tuesday it wrote down the "
            "goodwill from that deal by $300m. The shares fell 4%."
        ),
        (
            "Corvid Partners, which owns 30% of Fjellpay, said on Monday it was happy with "
            "the company's strategy. It has owned the stake since 2012. Halden Group is "
            "Fjellpay's largest customer."
        ),
        (
            "Halden Group's offer for a stake in a Spanish bakery lapsed without a deal, it "
            "said. The company did not name the bakery. Fjellpay had also looked at it."
        ),
        (
            'Fjellpay rejected claims that it was in talks with Halden Group. "There are '
            'no talks," a spokesman said. The shares gave up their early gains.'
        ),
    ],
)
def test_short_stories_with_deal_words_and_no_deal_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body, value",
    [
        (
            "Halden Group agreed to buy Fjellpay on Monday. Halden is worth $12bn; Fjellpay $4bn.",
            None,
        ),
        ("Halden Group agreed to buy Fjellpay on Monday. The deal is worth $4bn.", "4000000000"),
        ("Halden Group agreed to buy Fjellpay on Monday. It is worth $4bn.", "4000000000"),
        ("Halden Group agreed to buy Fjellpay in a deal that is worth $4bn.", "4000000000"),
    ],
)
def test_a_company_s_own_worth_is_not_the_deal_s_price(body, value):
    (deal,) = deals(body)
    assert facts(deal)[3] == value


def test_a_bid_that_ended_when_it_was_rejected_collapsed():
    (deal,) = deals(
        "Halden Group's offer for Fjellpay ended on Tuesday when Fjellpay's board rejected it."
    )
    assert facts(deal)[:3] == (
        "acquisition",
        "collapsed",
        {"halden": "acquirer", "fjellpay": "target"},
    )


@pytest.mark.parametrize(
    "body",
    [
        (
            'Fjellpay sells a five-day "railway and river" package for 2,980 yuan, and Halden'
            " Group has block-booked 30% of its rooms."
        ),
        "Halden Group sells tickets through Fjellpay's app for $12 each.",
        "Fjellpay sells a three-night package for $400 and Halden Group buys rooms from it.",
        (
            "The court approved the sale of Fjellpay to Halden Group for €7.4m, preferring"
            " it over a €6.9m bid from Osprey Capital."
        ),
    ],
)
def test_products_sold_and_a_rival_passed_over_are_no_deal(body):
    found = [facts(d) for d in deals(body) if len(d.parties) >= 2]
    assert [f for f in found if "osprey" in f[2] or f[2].get("halden") == "seller"] == []
    assert len(found) <= 1


@pytest.mark.parametrize(
    "body, value",
    [
        (
            "Fjellpay's board chose Halden Group's offer over a rival bid from Corvid Partners.",
            None,
        ),
        (
            "Fjellpay's board chose Halden Group's $3bn offer over one from Corvid Partners.",
            "3000000000",
        ),
    ],
)
def test_the_offer_chosen_over_a_rival_s_names_only_its_bidder(body, value):
    (deal,) = deals(body)
    assert (facts(deal)[2], facts(deal)[3]) == ({"fjellpay": "target", "halden": "acquirer"}, value)


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group agreed to sell its holiday packages unit to Fjellpay for $50m.",
        "Halden Group sold its cruise and tours arm to Fjellpay for $90m.",
    ],
)
def test_a_business_named_after_its_products_is_still_sold(body):
    (deal,) = deals(body)
    assert facts(deal)[2] == {"halden": "seller", "fjellpay": "acquirer"}


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("for 1.150 tỷ đồng (about $45 million)", "1150000000000", "VND"),
        ("for 350 triệu đồng", "350000000", "VND"),
        ("for 1,2 nghìn tỷ đồng", "1200000000000", "VND"),
        ("for 1,9 milliarder kroner", "1900000000", "NOK"),
        ("for 450 millioner kroner", "450000000", "NOK"),
        ("for 2,5 mia. kroner", "2500000000", "NOK"),
    ],
)
def test_scales_in_vietnamese_and_norwegian_are_read(text, value, currency):
    money = _find_money(text)[0]
    assert (f"{money.value:f}", money.currency) == (value, currency)


@pytest.mark.parametrize(
    "body, parties, value, status",
    [
        (
            "Fjellpay has agreed to be sold in a deal worth up to $450m. The buyer is Halden"
            " Group. The seller, Nordkap Holdings, wants to focus on ferries.",
            {"fjellpay": "target", "halden": "acquirer", "nordkap": "seller"},
            "450000000",
            "announced",
        ),
        (
            "Corvid Partners has agreed to lend $90m to Halden Group to fund most of its $145.5m"
            " purchase of Fjellpay from Nordkap Holdings.",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
            "145500000",
            "announced",
        ),
        (
            "Halden Group rose 4.1% after completing the purchase of Fjellpay from Nordkap"
            " Holdings for $42m.",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
            "42000000",
            "completed",
        ),
        (
            "On Friday Halden Group said its $380m purchase of Fjellpay, the whitefish processor"
            " on the border, was off.",
            {"halden": "acquirer", "fjellpay": "target"},
            "380000000",
            "collapsed",
        ),
        (
            "Fjellpay says Halden Group will buy a 15% stake from Nordkap Holdings for $50m.",
            {"fjellpay": "investee", "halden": "investor", "nordkap": "seller"},
            "50000000",
            "announced",
        ),
        (
            "Corvid Partners said Halden Group would buy a 15% stake in Fjellpay.",
            {"halden": "investor", "fjellpay": "investee"},
            None,
            "announced",
        ),
    ],
)
def test_a_deal_told_by_its_lender_its_teller_or_its_market_move(body, parties, value, status):
    (deal,) = deals(body)
    assert (facts(deal)[2], facts(deal)[3], facts(deal)[1]) == (parties, value, status)


@pytest.mark.parametrize(
    "body",
    [
        (
            "Corvid Partners raised the book value of its 8.1% holding in Fjellpay by €46m in"
            " the third quarter, implicitly valuing the studio at about €1.4bn."
        ),
        "Corvid Partners marked up its stake in Fjellpay by a third after a strong year.",
        (
            "A NOTE TO READERS - An article on Tuesday wrongly said that Fjellpay, the payments"
            " group, had agreed to sell a 30% stake to Halden Group for $27m."
        ),
        (
            "Osprey Capital, a broker, estimated that funds tracking the benchmark would have to"
            " sell about $26m of Fjellpay shares."
        ),
    ],
)
def test_a_holding_valued_anew_a_correction_and_the_market_s_selling_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


def test_a_stake_raised_is_still_a_purchase():
    (deal,) = deals("Corvid Partners raised its stake in Fjellpay to 12% on Monday.")
    assert facts(deal)[:3] == (
        "investment",
        "completed",
        {"corvid": "investor", "fjellpay": "investee"},
    )


@pytest.mark.parametrize(
    "body, seller",
    [
        (
            "Halden Group has bought a 20 per cent stake in Fjellpay for $48m. The shares came"
            " from Nordkap Holdings, an early-stage fund that has now sold its whole holding.",
            "nordkap",
        ),
        (
            "Fjellpay's shareholders have voted down the sale of 51% of the company to Halden"
            " Group for $86m. The stake was to come from Nordkap Holdings, its largest holder.",
            "nordkap",
        ),
    ],
)
def test_where_the_shares_came_from_is_the_seller(body, seller):
    (deal,) = deals(body)
    assert dict(deal.parties).get(seller) == "seller"


def test_a_price_people_put_it_at_is_the_price_and_not_money_put_in():
    (deal,) = deals(
        "Halden Group said on Tuesday it had ended talks to buy Fjellpay from Nordkap"
        " Holdings, after the two sides failed to agree on price. People close to the talks"
        " had put it at about $280m."
    )
    assert facts(deal)[1] == "collapsed" and facts(deal)[3] == "280000000"


LETTER = (
    "The following is an excerpt from the letter to shareholders by Halden Group's chairman."
    " Dear shareholders, in June we completed the purchase of Fjellpay from Nordkap Holdings"
    " for €46m. At the same time your board agreed to sell Tamarind Labs to Osprey Capital for"
    " PLN 180m."
)


def test_the_first_person_of_a_letter_is_its_writer_s_company():
    found = {facts(d)[3]: facts(d)[2] for d in deals(LETTER)}
    assert found["46000000"] == {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"}
    assert found["180000000"] == {"halden": "seller", "tamarind": "target", "osprey": "acquirer"}


def test_francs_cfa_told_by_their_sign_are_read_by_the_parties_land():
    matcher = CompanyMatcher(
        [
            ("abusua", "abusua", "Abusua Bank", ["Abusua"], False, "GH"),
            ("kpalime", "kpalime", "Banque de Kpalimé", [], False, "TG"),
            ("douala", "douala", "Banque de Douala", [], False, "CM"),
        ]
    )
    (west,) = deals(
        "Abusua Bank agreed to buy Banque de Kpalimé for FCFA 24 milliards.", "", matcher
    )
    (central,) = deals(
        "Abusua Bank agreed to buy Banque de Douala for FCFA 24 milliards.", "", matcher
    )
    assert (west.currency, central.currency) == ("XOF", "XAF")


@pytest.mark.parametrize(
    "body, parties",
    [
        (
            "Fjellpay is to be sold to Halden Group for $210m, its owner Nordkap Holdings said on"
            " Tuesday.",
            {"fjellpay": "target", "halden": "acquirer", "nordkap": "seller"},
        ),
        (
            "Fjellpay will be sold to its parent Halden Group for $210m.",
            {"fjellpay": "target", "halden": "acquirer"},
        ),
        (
            "Nordkap Holdings will sell Fjellpay to its owner Halden Group.",
            {"nordkap": "seller", "fjellpay": "target", "halden": "acquirer"},
        ),
    ],
)
def test_its_owner_told_without_commas_sells_unless_it_buys(body, parties):
    (deal,) = deals(body)
    assert facts(deal)[2] == parties


@pytest.mark.parametrize(
    "body, value",
    [
        (
            "Fjellpay has a new owner. Halden Group says it has completed the purchase from"
            " Nordkap Holdings, for $12m.",
            "12000000",
        ),
        (
            "Fjellpay has changed hands. Halden Group says it has completed the purchase from"
            " Nordkap Holdings.",
            None,
        ),
        ("Fjellpay has been sold. Halden Group paid $20m to Nordkap Holdings for it.", "20000000"),
    ],
)
def test_a_company_told_sold_then_its_buyer_and_seller_is_one_deal(body, value):
    (deal,) = deals(body)
    assert (facts(deal)[2], facts(deal)[3]) == (
        {"fjellpay": "target", "halden": "acquirer", "nordkap": "seller"},
        value,
    )


def test_a_company_told_sold_then_another_purchase_is_two_deals():
    found = [
        facts(d)[2]
        for d in deals(
            "Fjellpay has a new owner. Halden Group bought Tamarind Labs from Nordkap Holdings for"
            " $5m."
        )
    ]
    assert found == [{"halden": "acquirer", "tamarind": "target", "nordkap": "seller"}]


@pytest.mark.parametrize(
    "body, parties, value, status",
    [
        (
            "A Perak glove maker has completed its first acquisition abroad. Halden Group said"
            " it now owned all of Fjellpay. The purchase cost THB 4.2 billion (RM540 million)."
            " It was paid in cash to Nordkap Holdings, the group that had owned the processor"
            " since 2009.",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
            "4200000000",
            "completed",
        ),
        (
            "Halden Group said on Monday that Fjellpay was now part of the group. The Danish"
            " group paid DKK 410 million. The largest seller was Nordkap Holdings, the venture"
            " investor that put money into the company in 2017 and held 58 per cent.",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
            "410000000",
            "completed",
        ),
    ],
)
def test_a_deal_told_across_sentences_gathers_its_parties_and_terms(body, parties, value, status):
    (deal,) = deals(body)
    assert (facts(deal)[2], facts(deal)[3], facts(deal)[1]) == (parties, value, status)


def test_the_cedi_s_cent_sign_is_read():
    money = _find_money("The company paid GH¢1.9 billion, or about $155 million")[0]
    assert (f"{money.value:f}", money.currency) == ("1900000000", "GHS")


@pytest.mark.parametrize(
    "headline, body",
    [
        (
            "Fjellpay raises RM85 million",
            "A Malaysian start-up has raised RM85 million. Corvid Partners led the round,"
            " Fjellpay said on Monday.",
        ),
        (
            "",
            "A Malaysian start-up has raised RM85 million. Corvid Partners led the round,"
            " Fjellpay said on Monday.",
        ),
        (
            "Fjellpay raises RM85 million",
            "Corvid Partners of Lagos led the round for Fjellpay, the company said on Tuesday.",
        ),
    ],
)
def test_a_round_s_amount_told_before_its_parties_is_its_price(headline, body):
    (deal,) = deals(body, headline)
    assert (facts(deal)[2], facts(deal)[3], facts(deal)[4]) == (
        {"corvid": "investor", "fjellpay": "investee"},
        "85000000",
        "MYR",
    )


def test_a_headline_of_one_company_and_an_amount_makes_no_deal_alone():
    assert deals("The company reported record sales.", "Fjellpay raises $9.5 million") == []


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay rose 6.8% after Halden Group agreed to buy 18% of the company from Nordkap"
        " Holdings for 1,4 mia. kr.",
        "Fjellpay jumped 6.8% on Thursday after Halden Group agreed to buy 18% of the"
        " wind-turbine maintenance company from Nordkap Holdings for 1,4 mia. kr.",
    ],
)
def test_a_deal_told_as_the_news_that_moved_a_share_in_a_market_wrap(body):
    (deal,) = deals(body)
    assert facts(deal)[2:] == (
        {"halden": "investor", "fjellpay": "investee", "nordkap": "seller"},
        "1400000000",
        "NOK",
        "18",
    )


@pytest.mark.parametrize(
    "body",
    [
        'Corvid Partners raised its recommendation on Fjellpay to "buy" on Wednesday.',
        "Corvid Partners has a buy rating on Fjellpay and Halden Group.",
        "Halden Group has been named in market gossip as a possible partner for a private"
        " equity bid for Fjellpay. Halden said it had not been approached.",
    ],
)
def test_a_rating_and_a_partner_in_someone_s_bid_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body, parties, value, status",
    [
        (
            "A Chinese metals company has completed its purchase of a tin smelter from a"
            " Bolivian mining group. Halden Group, based in Kunming, paid US$ 95 millones,"
            " about Bs 661 millones, for Fjellpay, according to the seller, Nordkap Holdings.",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
            "95000000",
            "completed",
        ),
        (
            "An Icelandic savings bank has completed the sale of its card-processing business."
            " Nordkap Holdings said the buyer, Halden Group of Stockholm, had paid 6.8 billion"
            " krónur for Fjellpay.",
            {"nordkap": "seller", "halden": "acquirer", "fjellpay": "target"},
            "6800000000",
            "completed",
        ),
    ],
)
def test_a_lede_naming_no_one_gives_the_deal_its_status(body, parties, value, status):
    (deal,) = deals(body)
    assert (facts(deal)[2], facts(deal)[3], facts(deal)[1]) == (parties, value, status)


@pytest.mark.parametrize(
    "body",
    [
        "A London hospitality investor has completed its purchase of a chain of country hotels"
        " along the south coast, it said on Wednesday. Halden Group paid £72m for Fjellpay,"
        " which owns seven hotels. The seller was Nordkap Holdings.",
        "A Kenyan insurer has completed its purchase of a Ghanaian general insurance company."
        " Halden Group paid GHS 310 million for Fjellpay. The seller, Nordkap Holdings, is a"
        " Cape Coast investment company.",
    ],
)
def test_a_lede_s_completion_is_the_deal_s_when_the_lede_names_no_one(body):
    (deal,) = deals(body)
    assert (facts(deal)[1], facts(deal)[2]) == (
        "completed",
        {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
    )


def test_a_later_sentence_naming_no_one_does_not_end_the_deal():
    (deal,) = deals(
        "Halden Group and Fjellpay have agreed to merge in an all-share deal. No cash will be"
        " paid, and the merger needs the approval of 75% of the votes."
    )
    assert facts(deal)[:2] == ("merger", "announced")


def test_a_venture_s_partners_told_by_their_shares_after_a_lede_naming_one():
    (deal,) = deals(
        "A Norwegian power producer is setting up a joint venture with a US manufacturer to"
        " assemble solar panels. Halden Group will own 51% of the venture and Corvid Partners,"
        " based in Ohio, 49%, the partners said in a joint statement."
    )
    assert facts(deal)[:3] == (
        "joint_venture",
        "announced",
        {"halden": "partner", "corvid": "partner"},
    )


def test_a_lede_s_talks_are_the_deal_s_status():
    (deal,) = deals(
        "Two cable television providers in the eastern lowlands are discussing a merger, one"
        " of them said on Friday. Halden Group said it had held preliminary conversations with"
        " Fjellpay about combining their networks."
    )
    assert facts(deal)[:3] == ("merger", "in_talks", {"halden": "partner", "fjellpay": "partner"})


def test_the_two_companies_name_the_venture_s_other_partner():
    (deal,) = deals(
        "A Norwegian poultry producer is in talks to set up a joint venture with a US farm."
        " Halden Group has sent a team to examine the site, according to Corvid Partners,"
        " which said that the two companies had signed a memorandum of understanding."
    )
    assert facts(deal)[:3] == (
        "joint_venture",
        "in_talks",
        {"halden": "partner", "corvid": "partner"},
    )


def test_a_series_told_led_by_an_investor_is_a_round():
    (deal,) = deals(
        "An Icelandic video-game studio has raised $22 million in its second outside funding"
        " round. Fjellpay said the Series B was led by Corvid Partners, a Helsinki venture"
        " firm. Osprey Capital, the fund that led the studio's first round in 2023, also put in"
        " money."
    )
    assert (facts(deal)[2], facts(deal)[3]) == (
        {"fjellpay": "investee", "corvid": "investor", "osprey": "investor"},
        "22000000",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group reported higher profits. It agreed with Fjellpay to form a joint venture.",
        "Prices have fallen, but that has not stopped Halden Group looking for supply. On"
        " Monday it agreed with Fjellpay to form a 50/50 joint venture to build a plant.",
    ],
)
def test_a_pronoun_before_the_partner_named_is_the_other_partner(body):
    (deal,) = deals(body)
    assert facts(deal)[:3] == (
        "joint_venture",
        "announced",
        {"halden": "partner", "fjellpay": "partner"},
    )


@pytest.mark.parametrize(
    "body, status, stake, seller",
    [
        (
            "A Norwegian power company is close to buying nearly half of a US solar developer"
            " from its partner, according to two people with knowledge of the negotiations."
            " Halden Group would pay about $45m for the 49% of Fjellpay held by Nordkap"
            " Holdings, the people said.",
            "in_talks",
            "49",
            "nordkap",
        ),
        (
            "A Norwegian development lender will take a 35% stake in a US rice farm. Halden"
            " Group will subscribe for new shares in Fjellpay for $28 million, the farm said.",
            "announced",
            "35",
            None,
        ),
    ],
)
def test_a_lede_s_talks_and_stake_and_a_part_held_by_its_seller(body, status, stake, seller):
    (deal,) = deals(body)
    assert (facts(deal)[1], facts(deal)[5]) == (status, stake)
    if seller:
        assert dict(deal.parties)[seller] == "seller"


def test_the_deal_a_headline_dates_to_a_past_year_is_history():
    body = (
        "A group of minority shareholders has sued Halden Group, claiming they were"
        " short-changed when the company absorbed Fjellpay in 2019. Halden Group said the"
        " merger had been approved by 91% of Fjellpay's independent shareholders."
    )
    assert deals(body, "Minority holders sue Halden Group over 2019 merger") == []
    (deal,) = deals(body.replace(" in 2019", ""), "Halden Group and Fjellpay agree merger")
    assert facts(deal)[2] == {"halden": "partner", "fjellpay": "partner"}
