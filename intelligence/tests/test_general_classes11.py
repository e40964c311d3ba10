"""Deal extraction on an eleventh round of general classes, from the blind sets read in the
fourteenth session (eval-blind48, 49, 52, 53 and the earlier 41 to 44): who "it", "the
group" and "its own purchase" are; passives without their agent; a bidder's story told as a
timeline; companies told by their name's leading word or as a dateline's place; money in
words, in "P" and "Nu", put into things or paid for them; owners approving their company's
purchase; a market's move before its news; and the not-deals of settlements, players,
anniversaries and obligations that do not arise. Each class in several phrasings of our
own, with the cases nearby that must still give the deal."""

import pytest

from intelligence.deals.kinds import SIDE
from intelligence.matcher import CompanyMatcher
from intelligence.tests.test_general_classes import deals, facts
from intelligence.tests.test_general_classes10 import WORLD_COMPANIES

# The tenth round's cast, with an Icelandic Halden (a name ending "hf.") and a Norwegian
# bidder.
WORLD = CompanyMatcher(
    [c for c in WORLD_COMPANIES if c[0] not in ("halden", "coipasa")]
    + [
        ("halden", "halden", "Halden hf.", ["Halden"], False, "IS"),
        ("fjordvik", "fjordvik", "Fjordvik Marine ASA", ["Fjordvik"], False, "NO"),
    ]
)


def world_deals(body: str, headline: str = ""):
    return deals(body, headline, WORLD)


# --- 1. "It" is the company the sentence before opened with ------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "It withdrew in May after due diligence, saying Zambezi Copper's order book was too thin.",
        "It walked away in May, saying Zambezi Copper's order book was too thin.",
        "They pulled out in May after due diligence on Zambezi Copper.",
    ],
)
def test_it_after_another_companys_sentence_is_that_companys_act(after):
    body = (
        "Halden hf. on Monday completed its purchase of Zambezi Copper from Anatolia for"
        " $66 million. Fjordvik, the Norwegian equipment group, was first to make an offer"
        " last year. " + after
    )
    (deal,) = world_deals(body)
    assert facts(deal)[:3] == (
        "acquisition",
        "completed",
        {"halden": "acquirer", "zambezi": "target", "anatolia": "seller"},
    )


@pytest.mark.parametrize(
    "after",
    [
        "The deal collapsed in May after regulators objected.",
        "Halden walked away in May, saying Zambezi Copper's order book was too thin.",
    ],
)
def test_the_deal_still_ends_when_its_own_party_or_itself_walks_away(after):
    body = (
        "Halden hf. agreed in March to buy Zambezi Copper from Anatolia for $66 million."
        " Fjordvik was the other bidder. " + after
    )
    (deal,) = world_deals(body)
    assert deal.status == "collapsed"


def test_it_after_the_buyers_own_sentence_still_tells_the_deal():
    body = (
        "Halden hf. agreed on Monday to buy Zambezi Copper from Anatolia. Halden said the"
        " purchase would double its output. It will pay $66 million in cash."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[3] == "66000000"


# --- 2. money put into things, in any currency's sign ------------------------------------


@pytest.mark.parametrize("amount", ["₺400 million", "TL400 million", "₦40 billion", "₴4 billion"])
def test_money_invested_in_a_plant_is_no_price_in_any_sign(amount):
    body = (
        "Turkey's competition authority has blocked Anatolia's purchase of Zambezi Copper from"
        " Tengri. Tengri said it would keep the company and invest " + amount + " in a new"
        " smelter."
    )
    (deal,) = world_deals(body)
    assert deal.status == "collapsed"
    assert deal.value is None


def test_money_invested_in_the_company_bought_is_still_its_price():
    body = "Anatolia will invest ₺400 million in Zambezi Copper for a 30% stake."
    (deal,) = world_deals(body)
    assert (facts(deal)[3], deal.currency) == ("400000000", "TRY")


# --- 3. a conversion in brackets between a price and its deal ---------------------------


@pytest.mark.parametrize(
    ("amount", "value", "currency"),
    [
        ("a 2,75 milyar liralık (2.75 billion lira, about $80 million)", "2750000000", "TRY"),
        ("a TL2.75 billion (2.75 billion lira, or about $80 million at today's rate)",
         "2750000000", "TRY"),
        ("an ISK 9.8 billion (about €66 million, or $71 million)", "9800000000", "ISK"),
    ],
)  # fmt: skip
def test_a_long_conversion_between_the_price_and_its_deal_keeps_the_price(amount, value, currency):
    body = (
        "Turkey's competition authority has prohibited Anatolia's purchase of Zambezi Copper,"
        " ending " + amount + " deal agreed in March."
    )
    (deal,) = world_deals(body)
    assert (deal.status, facts(deal)[3], deal.currency) == ("collapsed", value, currency)


# --- 4. money that changes hands ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "AKUREYRI — The money changed hands on Monday: ISK 9.8 billion (about €66 million),"
        " paid by Halden hf. to Anatolia for the whole of Zambezi Copper.",
        "The money changed hands on Monday: ISK 9.8 billion, paid by Halden hf. to Anatolia"
        " for the whole of Zambezi Copper, the Lusaka miner.",
        "Zambezi Copper changed hands on Monday. Halden hf. bought the miner from Anatolia for"
        " ISK 9.8 billion.",
    ],
)
def test_money_paid_by_a_company_named_with_its_suffix_changes_hands(body):
    (deal,) = world_deals(body)
    assert facts(deal)[:4] == (
        "acquisition",
        "completed",
        {"halden": "acquirer", "zambezi": "target", "anatolia": "seller"},
        "9800000000",
    )


def test_a_sale_that_will_change_hands_is_not_yet_done():
    body = (
        "Halden hf. agreed on Monday to buy Zambezi Copper from Anatolia for ISK 9.8 billion."
        " The miner will change hands in January."
    )
    (deal,) = world_deals(body)
    assert deal.status == "announced"


# --- 5. the owner one is in talks with, told with its country or as the owner -------------


@pytest.mark.parametrize(
    "body",
    [
        "Anatolia said on Monday it was in exclusive talks with Kazakhstan's Tengri to buy its"
        " Zambian subsidiary, Zambezi Copper.",
        "Anatolia said it was in talks with Zambezi Copper's owner, Tengri, to buy the miner.",
        "Anatolia is in talks with its owner, Tengri, to buy Zambezi Copper.",
        "Anatolia said on Monday it was in exclusive talks with Tengri to buy Zambezi Copper.",
    ],
)
def test_the_company_one_is_in_talks_with_to_buy_another_sells_it(body):
    (deal,) = world_deals(body)
    assert facts(deal)[:3] == (
        "acquisition",
        "in_talks",
        {"anatolia": "acquirer", "tengri": "seller", "zambezi": "target"},
    )


# --- 6. a lender's or a maker's own books are no price ------------------------------------


@pytest.mark.parametrize(
    "books",
    [
        "a loan book of about $4.2 billion",
        "loans of about $4.2 billion",
        "an order book worth about $4.2 billion",
        "a backlog of about $4.2 billion",
        "reserves of about $4.2 billion",
    ],
)
def test_a_companys_own_books_are_no_price_of_its_sale(books):
    body = (
        "Anatolia said it was in exclusive talks to buy Zambezi Copper. No price has been"
        " agreed. Zambezi Copper, known for its long-life mines, has 31 sites and " + books + "."
    )
    (deal,) = world_deals(body)
    assert deal.value is None


# --- 7. an offer told in a currency's word, and the part it is for ------------------------


@pytest.mark.parametrize(
    ("body", "value", "currency", "stake"),
    [
        ("Tengri will offer 6.2 billion baht for the 32% of Zambezi Copper it does not"
         " already own.", "6200000000", "THB", "32"),
        ("Tengri will make a tender offer for the 32% of Zambezi Copper it does not already"
         " own.", None, None, "32"),
        ("Tengri offered 18.50 baht a share for Zambezi Copper.", None, None, None),
        ("Tengri bid 900 million rand for Zambezi Copper on Tuesday.", "900000000", "ZAR", None),
    ],
)  # fmt: skip
def test_an_offer_in_a_currencys_word_and_the_part_it_is_for(body, value, currency, stake):
    (deal,) = world_deals(body)
    kind, _, parties, got_value, got_currency, got_stake = facts(deal)
    assert parties == {"tengri": "acquirer", "zambezi": "target"}
    assert (got_value, got_currency, got_stake) == (value, currency, stake)


def test_an_offer_of_services_for_a_fee_is_no_bid():
    body = "Tengri will offer 20 new routes for Zambezi Copper's staff from March."
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


# --- 8. a rival's price told in a relative clause on its bid ------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Zambezi Copper's board recommended the Anatolia offer and repeated its view that"
        " Tengri's bid, which values the company at $209 million, undervalues it.",
        "The board said Tengri's hostile offer, which valued the miner at $209 million, was"
        " too low.",
    ],
)
def test_a_rivals_price_in_a_relative_clause_on_its_bid_is_its_own(second):
    body = (
        "Anatolia agreed on Tuesday to pay $71 a share in cash for Zambezi Copper, valuing it"
        " at $240 million and topping a hostile bid from Tengri. " + second + " Tengri's"
        " offer remains open until 12 December."
    )
    found = {next(c for c, r in d.parties.items() if r == "acquirer"): d for d in world_deals(body)}
    assert facts(found["anatolia"])[3] == "240000000"
    assert facts(found["tengri"])[3] == "209000000"


@pytest.mark.parametrize("join", [", topping", " and topping", " and beating", ", and trumping"])
def test_the_bid_a_deal_tops_is_the_rivals_own_not_a_seller(join):
    body = (
        "Anatolia agreed on Tuesday to pay $71 a share in cash for Zambezi Copper, valuing it"
        " at $240 million" + join + " a hostile bid from Tengri."
    )
    found = {next(c for c, r in d.parties.items() if r == "acquirer"): d for d in world_deals(body)}
    assert dict(found["anatolia"].parties) == {"anatolia": "acquirer", "zambezi": "target"}
    assert dict(found["tengri"].parties) == {"tengri": "acquirer", "zambezi": "target"}


# --- 9. the owners of a company approve its own act -------------------------------------


@pytest.mark.parametrize(
    "approved",
    [
        "approved the company's purchase of Zambezi Copper",
        "approved its purchase of Zambezi Copper",
        "approved the group's planned acquisition of Zambezi Copper",
    ],
)
def test_the_owners_approving_their_companys_purchase_make_it_the_buyer(approved):
    body = "Shareholders of Anatolia on Thursday " + approved + " for $210 million."
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"anatolia": "acquirer", "zambezi": "target"}


@pytest.mark.parametrize(
    "approved",
    [
        "approved Anatolia's takeover of the company",
        "approved the sale of the company to Anatolia",
        "approved the company's sale to Anatolia",
    ],
)
def test_the_owners_approving_a_takeover_of_their_company_make_it_the_target(approved):
    body = "Shareholders of Zambezi Copper on Thursday " + approved + " for $210 million."
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"anatolia": "acquirer", "zambezi": "target"}


# --- 10. the company bought told as "it" ------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Anatolia has agreed to buy it from Tengri for $58 million.",
        "This week the mill changed hands on paper: Anatolia, the Istanbul lender that backs"
        " half the country's miners, has signed to buy it from Tengri for $58 million.",
        "Last month Tengri sold 60% of it to Anatolia for $58 million.",
    ],
)
def test_it_bought_is_the_company_told_before(second):
    body = "Anyone who buys copper in Lusaka has dealt with Zambezi Copper. " + second
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {
        "anatolia": "acquirer",
        "zambezi": "target",
        "tengri": "seller",
    }


def test_it_is_the_subjects_own_company_when_others_want_to_buy_it():
    body = (
        "Zambezi Copper is owned by Tengri. She said Anatolia had turned away two approaches"
        " from larger lenders interested in buying it."
    )
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


# --- 11. amounts and shares written in words --------------------------------------------


@pytest.mark.parametrize(
    ("body", "value", "currency", "stake"),
    [
        ("Anatolia is buying forty per cent of the Zambian copper processor Zambezi Copper."
         " The price, the two companies said, is ninety-four million US dollars.",
         "94000000", "USD", "40"),
        ("Anatolia will pay twenty-three million Swiss francs for Zambezi Copper.",
         "23000000", "CHF", None),
        ("Anatolia bought twelve point five percent of Zambezi Copper for $40 million.",
         "40000000", "USD", "12.5"),
        ("Anatolia agreed to buy Zambezi Copper for one hundred and twenty million euros.",
         "120000000", "EUR", None),
    ],
)  # fmt: skip
def test_amounts_and_shares_written_in_words(body, value, currency, stake):
    (deal,) = world_deals(body)
    assert facts(deal)[3:] == (value, currency, stake)


def test_numbers_in_words_that_are_no_amount_stay_words():
    body = (
        "Anatolia agreed to buy Zambezi Copper, one of the two largest miners in Zambia, for"
        " $94 million. Seventy-one is a full price, one analyst said."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[3:5] == ("94000000", "USD")


def test_a_share_of_a_company_named_by_what_it_makes_is_its_stake():
    body = "Anatolia bought 40 per cent of the Zambian milk processor Zambezi Copper."
    (deal,) = world_deals(body)
    assert facts(deal)[5] == "40"


# --- 12. the part held by the seller, money paid for it to the seller, the whole bought ---


@pytest.mark.parametrize(
    "held",
    [
        "buying the 88% held by Tengri",
        "buying the stake currently held by Tengri",
        "buying the shares owned by Tengri",
    ],
)
def test_the_part_held_by_a_company_is_sold_by_it(held):
    body = (
        "Anatolia agreed in April to pay $68 million for the whole company, " + held + " and"
        " offering the same price to minority shareholders of Zambezi Copper."
    )
    found = [d for d in world_deals(body) if "tengri" in d.parties]
    assert found and found[0].parties["tengri"] == "seller"
    assert found[0].parties["anatolia"] == "acquirer"


def test_the_whole_company_bought_has_no_stake():
    body = (
        "Anatolia agreed in April to pay $68 million for the whole of Zambezi Copper, buying"
        " the 88% held by Tengri and offering the same price to minority shareholders."
    )
    (deal,) = world_deals(body)
    assert deal.stake is None


def test_a_part_bought_below_a_whole_company_offers_threshold_keeps_its_stake():
    body = (
        "Anatolia will buy a further 10 per cent of Zambezi Copper from Tengri for $32 million,"
        " taking its holding to 29.9 per cent, just below the level at which it would have to"
        " make an offer for the whole company."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[5] == "10"


@pytest.mark.parametrize(
    "paid",
    [
        "Anatolia agreed in May to pay $74 million for it to Tengri, the investment company"
        " that has owned the chain since 2015.",
        "Anatolia paid $74 million for it to Tengri.",
    ],
)
def test_money_paid_for_it_to_a_company_is_paid_to_the_seller(paid):
    body = "Zambezi Copper runs 138 mines. " + paid
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"anatolia": "acquirer", "zambezi": "target", "tengri": "seller"}


# --- 13. trade worth money, and players transferred --------------------------------------


def test_a_countrys_exports_worth_money_are_no_price():
    body = (
        "Anatolia said on Friday it was in exclusive talks to buy Zambezi Copper from Tengri."
        " Zambia exported copper worth about $290 million last year."
    )
    (deal,) = world_deals(body)
    assert deal.value is None


@pytest.mark.parametrize(
    "body",
    [
        "Tengri has agreed to sell its 19-year-old striker Facundo Larrosa to Anatolia for €18m.",
        "Tengri sold its captain to Anatolia for €18m on Monday.",
        "Anatolia bought the club's goalkeeper from Tengri for €4m.",
    ],
)
def test_a_player_transferred_between_clubs_is_no_deal(body):
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


# --- 14. a company named after by the leading word of its name ----------------------------


def test_a_company_named_in_full_is_named_after_by_its_leading_word():
    from intelligence.companies import StoryText

    body = (
        "Zambezi Copper, a Lusaka-listed miner, wrote to Anatolia's board on Monday. Zambezi"
        " raises its bid to $240 million. Zambezi said it would not go higher. Copper from"
        " the Zambezi valley and the Zambezi basin, and towns in Zambezi, are not the company."
    )
    story = StoryText.read(WORLD, headline="", standfirst="", body=body)
    found = [body[h.start : h.end] for h in story.body_hits if h.company == "zambezi"]
    assert found == ["Zambezi Copper", "Zambezi", "Zambezi"]


def test_a_leading_word_told_in_lower_case_is_a_word_not_a_name():
    from intelligence.companies import StoryText

    body = "Zambezi Copper bought a stake on Monday. Zambezi said so; a zambezi is a river."
    story = StoryText.read(WORLD, headline="", standfirst="", body=body)
    assert [h.text for h in story.body_hits if h.company == "zambezi"] == ["Zambezi Copper"]


# --- 15. a bid raised, taken to shareholders, withdrawn ----------------------------------


def test_a_bidders_story_told_as_a_timeline():
    body = (
        "March 2025. Tengri Holdings writes to the board of Zambezi Copper offering $18.50 a"
        " share. The board rejects it within a week.\n\n"
        "July 2025. Tengri takes its offer directly to shareholders at $21 a share, valuing the"
        " company at $168 million.\n\n"
        "April 2026. Tengri raises its bid to $23.80 a share, or $190.4 million.\n\n"
        "24 November 2026. The board recommends Anatolia's agreed offer of $26.50 a share,"
        " valuing Zambezi Copper at $212 million.\n\n"
        "25 November 2026. Tengri withdraws its offer and says it will sell the 9% it bought"
        " in the market."
    )
    found = {next(c for c, r in d.parties.items() if r == "acquirer"): d for d in world_deals(body)}
    assert facts(found["tengri"])[:4] == (
        "acquisition",
        "collapsed",
        {"tengri": "acquirer", "zambezi": "target"},
        "190400000",
    )
    assert facts(found["anatolia"])[:4] == (
        "acquisition",
        "announced",
        {"anatolia": "acquirer", "zambezi": "target"},
        "212000000",
    )


@pytest.mark.parametrize("verb", ["raises its bid", "sweetens its offer", "raised its offer"])
def test_a_raised_bid_told_per_share_keeps_the_whole_price_told_before(verb):
    body = (
        "Tengri has offered $168 million for Zambezi Copper. On Monday Tengri " + verb + " to"
        " $23 a share."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[3] == "168000000"


def test_the_price_of_an_approach_rejected_before_is_not_the_new_offers():
    body = (
        "Tengri took its pursuit of Zambezi Copper straight to shareholders on Tuesday,"
        " launching an offer of $15.5 a share in cash a fortnight after the board turned down a"
        " $140 million approach. The new offer values Zambezi Copper at about $152 million."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[3] == "152000000"


def test_never_having_received_a_proposal_is_no_deal():
    body = (
        'Zambezi Copper said its owners "have never received a proposal from Tengri or from'
        ' anybody else".'
    )
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


# --- 16. a market's move, then the news that moved it -----------------------------------


@pytest.mark.parametrize(
    "move",
    [
        "Zambezi Copper rose 14.2% to $3.46 after",
        "Zambezi Copper jumped as much as 14% on news that",
        "Zambezi Copper gained 3.1 per cent after news that",
    ],
)
def test_the_company_whose_shares_moved_is_the_one_a_stake_is_bought_in(move):
    body = (
        move + " Anatolia, a Turkish lender, agreed to buy a 25% stake in the company from"
        " Tengri for $41 million."
    )
    (deal,) = world_deals(body)
    kind, _, parties, value, currency, stake = facts(deal)
    assert parties == {"anatolia": "investor", "zambezi": "investee", "tengri": "seller"}
    assert (value, currency, stake) == ("41000000", "USD", "25")


# --- 17. a deal agreed with the seller -----------------------------------------------------


@pytest.mark.parametrize(
    "agreed",
    [
        "The $94 million deal was agreed in March with Tengri, the conglomerate that has owned"
        " the miner since 1998.",
        "The agreement had been signed with Tengri in March.",
        "That agreement was struck last year with Tengri.",
    ],
)
def test_the_other_side_of_an_agreement_on_a_purchase_is_its_seller(agreed):
    body = (
        "Zambia's competition commission has prohibited the purchase of Zambezi Copper by"
        " Anatolia. " + agreed
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"anatolia": "acquirer", "zambezi": "target", "tengri": "seller"}


# --- 18. a memorandum to negotiate a merger ---------------------------------------------


@pytest.mark.parametrize(
    "memorandum",
    [
        "signed a memorandum of understanding to negotiate a merger",
        "signed an MoU on a possible merger",
        "signed a letter of intent to merge",
    ],
)
def test_a_memorandum_to_negotiate_a_merger_is_a_merger_in_talks(memorandum):
    body = "Anatolia and Tengri said on Wednesday they had " + memorandum + "."
    (deal,) = world_deals(body)
    assert facts(deal)[:3] == ("merger", "in_talks", {"anatolia": "partner", "tengri": "partner"})


def test_a_memorandum_of_cooperation_is_still_a_partnership():
    body = "Anatolia and Tengri signed a memorandum of understanding to develop copper mines."
    (deal,) = world_deals(body, headline="")
    assert deal.kind == "partnership"


# --- 19. a parent's tender offer for the rest ---------------------------------------------


@pytest.mark.parametrize(
    "offer",
    [
        "launched a tender offer on Tuesday for the rest of the company's shares",
        "launched a tender offer for the remaining shares",
        "will make an offer for the outstanding shares",
    ],
)
def test_a_parents_offer_for_the_rest_is_for_the_company_it_owns_most_of(offer):
    body = (
        "Tengri Holdings, the Kazakh group that owns 72% of Zambezi Copper, " + offer + "."
        " The offer is $86 a share, about $412 million (KZT 200 billion) for the 28% held by"
        " other investors."
    )
    (deal,) = world_deals(body)
    kind, _, parties, value, currency, stake = facts(deal)
    assert parties == {"tengri": "acquirer", "zambezi": "target"}
    assert (value, currency, stake) == ("412000000", "USD", "28")


# --- 20. an anniversary is not today's news ---------------------------------------------


@pytest.mark.parametrize(
    "when", ["Ten years ago this week", "Five years ago today", "A decade ago this month"]
)
def test_a_deal_that_failed_years_ago_this_week_is_background(when):
    body = (
        when + ", shareholders of Zambezi Copper walked away from a $45 million takeover by"
        " Tengri Holdings. The soap maker's managers celebrated."
    )
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


# --- 21. "It" is the company the sentence before told acting -----------------------------


def test_it_is_the_company_that_acted_in_the_sentence_before():
    body = (
        "Anatolia has agreed to buy 51% of Zambezi Copper from Tengri for $62 million. The"
        " deal comes a week after Zambezi Copper completed a smaller purchase of its own. It"
        " bought Halden hf. from its two founding engineers for $4.2 million."
    )
    found = {next(c for c, r in d.parties.items() if r == "acquirer"): d for d in world_deals(body)}
    assert dict(found["zambezi"].parties) == {"zambezi": "acquirer", "halden": "target"}
    assert dict(found["anatolia"].parties) == {
        "anatolia": "acquirer",
        "zambezi": "target",
        "tengri": "seller",
    }


def test_it_after_a_company_that_only_spoke_is_still_the_buyer_of_the_deal_told():
    body = (
        "Anatolia has agreed to buy Zambezi Copper. Tengri said it was disappointed. It will"
        " pay $62 million in cash."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"anatolia": "acquirer", "zambezi": "target"}


# --- 22. a sale ended for another, in one sentence ----------------------------------------


def test_the_it_sold_instead_is_what_the_first_clause_sold_by_the_same_seller():
    body = (
        "Tengri has terminated its agreement to sell the Zambezi Copper mine company to Turkey's"
        " Anatolia for $180 million and agreed instead to sell it to Kazakh group Halden hf. for"
        " $205 million, the companies said on Sunday."
    )
    found = {next(c for c, r in d.parties.items() if r == "acquirer"): d for d in world_deals(body)}
    assert facts(found["anatolia"])[:4] == (
        "acquisition",
        "collapsed",
        {"tengri": "seller", "zambezi": "target", "anatolia": "acquirer"},
        "180000000",
    )
    assert facts(found["halden"])[:4] == (
        "acquisition",
        "announced",
        {"halden": "acquirer", "tengri": "seller", "zambezi": "target"},
        "205000000",
    )


# --- 23. a short aside between two dashes -----------------------------------------------


@pytest.mark.parametrize(
    "aside", ["— its first cheque outside Asia —", "– the fund's third deal this year –"]
)
def test_an_aside_between_dashes_does_not_end_the_round_its_investors_are_told_in(aside):
    body = (
        "Zambezi Copper has raised $27 million in a Series B round. The round was led by"
        " Kazakhstan's Tengri " + aside + " with Turkey's Anatolia, which led the Series A in"
        " 2024, coming back for more."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {
        "zambezi": "investee",
        "tengri": "investor",
        "anatolia": "investor",
    }


# --- 24. the company bought, buying for itself --------------------------------------------


@pytest.mark.parametrize(
    "own",
    [
        "On November 3 it completed its own purchase of Halden hf. from its founder, paying"
        " $8.5 million.",
        "A week earlier it had agreed an acquisition of its own, buying Halden hf. for"
        " $8.5 million.",
    ],
)
def test_its_own_purchase_is_the_one_bought_in_the_deal_told_buying_for_itself(own):
    body = (
        "Anatolia announced on Monday that it would buy 70% of Zambezi Copper from Tengri for"
        " $19 million. The stake sale is the second transaction for the miner in a month. " + own
    )
    found = {next(c for c, r in d.parties.items() if r == "acquirer"): d for d in world_deals(body)}
    assert dict(found["zambezi"].parties) == {"zambezi": "acquirer", "halden": "target"}
    assert facts(found["anatolia"])[5] == "70"


def test_a_price_in_rupees_written_rs_dot_keeps_the_part_it_pays_for():
    body = (
        "Anatolia has agreed to pay Rs. 6.3 billion (about €19 million) for 70% of Zambezi Copper."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[3:] == ("6300000000", "INR", "70")


# --- 25. a dateline's place is no company's "its" ------------------------------------------

PLACES = CompanyMatcher(
    [
        ("estates", "estates", "Noordoewer Date Estates", ["Noordoewer"], True, "NA"),
        ("omatako", "omatako", "Omatako Holdings", ["Omatako"], False, "NA"),
        ("arousa", "arousa", "Pesquerías de Arousa", ["Arousa"], False, "ES"),
        ("sandwich", "sandwich", "Sandwich Harbour Fisheries", [], False, "NA"),
    ]
)


def test_a_datelines_place_is_not_whose_company_is_sold():
    body = (
        "NOORDOEWER - Omatako Holdings, the Windhoek investment group, has agreed to buy"
        " Noordoewer Date Estates for R720 million, and has sold 30% of its trawler company,"
        " Sandwich Harbour Fisheries, to Spain's Pesquerías de Arousa for N$310 million."
    )
    sold = next(d for d in deals(body, matcher=PLACES) if "arousa" in d.parties)
    assert sold.parties.get("omatako") == "seller"
    assert "estates" not in sold.parties


# --- 26. the letter P, a price, what a buyer already owns ---------------------------------

SOUTHERN = CompanyMatcher(
    [
        ("gaborone", "gaborone", "Gaborone Retail", ["Gaborone"], False, "BW"),
        ("kalahari", "kalahari", "Kalahari Stores", ["Kalahari"], False, "BW"),
        ("visayas", "visayas", "Visayas Holdings", ["Visayas"], False, "PH"),
        ("mindoro", "mindoro", "Mindoro Foods", ["Mindoro"], False, "PH"),
        ("karoo", "karoo", "Karoo Brewing", ["Karoo"], False, "ZA"),
    ]
)


def southern_deals(body):
    return deals(body, matcher=SOUTHERN)


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        ("Karoo Brewing has agreed to buy Kalahari Stores for P1.2 billion.", "BWP"),
        ("Visayas Holdings has agreed to buy Mindoro Foods for P1.2 billion.", "PHP"),
    ],
)
def test_the_letter_p_is_the_pula_or_the_peso_by_the_parties_land(body, currency):
    (deal,) = southern_deals(body)
    assert facts(deal)[3:5] == ("1200000000", currency)


def test_a_price_told_before_its_noun_is_the_deals():
    body = (
        "Karoo Brewing has pulled out of its agreed purchase of Kalahari Stores, saying it had"
        " found costs that were not reflected in the €37 million price."
    )
    (deal,) = southern_deals(body)
    assert (deal.status, facts(deal)[3]) == ("collapsed", "37000000")


def test_what_a_buyer_already_owns_is_not_the_part_its_offer_is_for():
    body = (
        "Karoo Brewing has offered to buy the shares of Kalahari Stores that it does not already"
        " own for P14.50 each, about P780 million in total. Karoo owns 65% of Kalahari. The"
        " offer for the other 35% is 22% above Kalahari's share price before it was announced."
    )
    (deal,) = southern_deals(body)
    assert facts(deal)[2:] == (
        {"karoo": "acquirer", "kalahari": "target"},
        "780000000",
        "BWP",
        "35",
    )


def test_what_a_seller_owns_is_the_part_it_sells():
    body = (
        "Visayas Holdings is looking at selling its holding in Mindoro Foods, according to"
        " three people briefed on the plans. The group owns about 12% of the food company."
    )
    (deal,) = southern_deals(body)
    assert facts(deal)[5] == "12"


def test_property_valued_is_no_price_of_a_merger():
    body = (
        "Gaborone Retail and Kalahari Stores have agreed to merge in an all-share deal. The"
        " merged company will own 46 shopping centres and warehouses valued at about P3.4"
        " billion."
    )
    (deal,) = southern_deals(body)
    assert (deal.kind, deal.value) == ("merger", None)


# --- 27. "the group" is the company the story described as one -------------------------


def test_the_noun_a_company_was_described_by_names_it_later():
    body = (
        "Kazakh trader Tengri Holdings has completed its purchase of Zambezi Copper from"
        " Anatolia Bankasi, the Turkish banking group, for $73 million. The group has already"
        " spent some of the money. Earlier this month it completed the purchase of Halden hf., a"
        " small software house, for $6.5 million."
    )
    found = {next(c for c, r in d.parties.items() if r == "acquirer"): d for d in world_deals(body)}
    assert dict(found["anatolia"].parties) == {"anatolia": "acquirer", "halden": "target"}
    assert dict(found["tengri"].parties) == {
        "tengri": "acquirer",
        "zambezi": "target",
        "anatolia": "seller",
    }


def test_a_noun_that_describes_two_companies_names_neither():
    body = (
        "Tengri Holdings, the Kazakh group, has agreed to buy Zambezi Copper from Anatolia"
        " Bankasi, the Turkish banking group, for $73 million. The group will pay in cash."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


# --- 28. a passive without its agent -------------------------------------------------------


@pytest.mark.parametrize(
    "passive",
    [
        "The miner is being bought from Anatolia, a Turkish bank.",
        "Zambezi Copper has been acquired from Anatolia.",
        "Zambezi Copper was bought from Anatolia in a private sale.",
    ],
)
def test_a_company_being_bought_from_its_owner_is_bought(passive):
    body = (
        "Shareholders of Tengri Holdings approved the company's purchase of Zambezi Copper, the"
        " Zambian miner, for $210 million. " + passive
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


# --- 29. no obligation, nobody buying, a product no longer sold ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The regulator has ruled that Tengri Holdings does not have to make a takeover offer for"
        " the rest of Zambezi Copper.",
        "Tengri Holdings need not make an offer for Zambezi Copper, the regulator said.",
        '"Nobody is buying anything here," a Tengri spokesman said of Zambezi Copper.',
    ],
)
def test_an_offer_not_required_or_nobody_buying_is_no_deal(body):
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


def test_a_product_no_longer_sold_under_a_name_is_no_sale():
    body = (
        "Tengri Holdings and Zambezi Copper have settled a four-year dispute over a brand name."
        ' Tengri will stop selling its "Zambezi Gold" cable under that name by 2027 and pay'
        " Zambezi Copper $1.8 million."
    )
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


# --- 30. a name that is also a word, named in apposition to a business -------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The brothers kept running their new bread business, Kama Leib, outside Tartu.", True),
        ("Its baking subsidiary, Kama Leib, grew 9%.", True),
        ("They bake kama leib, a roasted-grain bread.", False),
    ],
)
def test_a_word_name_in_apposition_to_a_business_is_the_company(text, found):
    matcher = CompanyMatcher([("kama", "kama-leib", "Kama Leib", [], True, "EE")])
    assert bool(matcher.find(text)) is found


# --- 31. the company that told the exchange, and the ngultrum ----------------------------

BHUTAN = CompanyMatcher(
    [
        ("dagana", "dagana", "Dagana Ferro Alloys", ["Dagana"], False, "BT"),
        ("sabari", "sabari", "Sabari Steels", ["Sabari"], False, "IN"),
        ("haa", "haa", "Haa Valley Holdings", [], False, "BT"),
    ]
)


@pytest.mark.parametrize(
    "teller",
    [
        "Dagana Ferro Alloys, the Phuentsholing-based maker of ferrosilicon, told the stock"
        " exchange in Thimphu on Tuesday that",
        "Dagana Ferro Alloys told the stock exchange on Tuesday that",
        "Dagana Ferro Alloys said",
    ],
)
def test_the_company_that_tells_of_a_stake_bought_in_the_company_is_its_target(teller):
    body = (
        teller + " Sabari Steels of India has agreed to buy a 30% stake in the company from Haa"
        " Valley Holdings for Nu 2,150 million (₹215 crore)."
    )
    (deal,) = deals(body, matcher=BHUTAN)
    kind, _, parties, value, currency, stake = facts(deal)
    assert parties == {"sabari": "investor", "dagana": "investee", "haa": "seller"}
    assert (value, currency, stake) == ("2150000000", "BTN", "30")


# --- 32. a holder selling its holding, and money paid for things ----------------------------


def test_the_largest_shareholder_selling_its_holding_sells_in_the_deal_told():
    body = (
        "On Thursday Zambezi Copper agreed to sell itself to Anatolia Bankasi, the Turkish"
        " lender, for $140m in cash. Zambezi Copper's largest shareholder, Tengri Holdings, the"
        " fund that wrote its first cheque in 2017 and owns 38%, is selling its whole holding as"
        " part of the deal."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"zambezi": "target", "anatolia": "acquirer", "tengri": "seller"}


@pytest.mark.parametrize(
    "paid",
    [
        "Zambezi Copper paid for its first prototypes with a contract from Tengri.",
        "Zambezi Copper paid for its trucks with a loan from Tengri Holdings.",
    ],
)
def test_money_paid_for_a_companys_things_is_no_purchase(paid):
    assert [d for d in world_deals(paid) if len(d.parties) >= 2] == []


def test_money_paid_for_a_companys_stake_is_still_a_purchase():
    (deal,) = world_deals("Anatolia paid $40 million for its stake in Zambezi Copper.")
    assert {c: SIDE[r] for c, r in deal.parties.items()} == {
        "anatolia": "buyer",
        "zambezi": "bought",
    }


def test_a_fund_putting_its_share_of_the_proceeds_into_a_new_fund_is_no_deal():
    body = "Tengri Holdings says it will put most of its share into a new fund."
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


# --- 33. the sale of a company described, and a crop sold under contract -----------------


def test_the_completed_sale_of_a_company_described_sells_it():
    body = (
        "For the family, the hardest part of selling Zambezi Copper was the Monday after. Tengri"
        " Holdings, the family's holding company, completed the sale of the Zambian copper"
        " miner to Anatolia on Friday for €62.4 million."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "seller", "anatolia": "acquirer", "zambezi": "target"}


def test_urging_a_sale_of_the_company_is_still_no_deal():
    body = (
        "Tengri Holdings, which owns 8% of Zambezi Copper, has written to the miner's board"
        " urging it to explore a sale of the company."
    )
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


def test_a_crop_sold_under_a_contract_is_no_sale_of_a_company():
    body = (
        "Zambezi Copper has signed a three-year contract to sell its whole refined cathode"
        " output to Anatolia, a Turkish trader, at a fixed premium."
    )
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "memorandum",
    [
        "has signed a non-binding memorandum of understanding to buy up to 51% of",
        "has signed a letter of intent to acquire up to 51% of",
        "signed a term sheet on the purchase of up to 51% of",
    ],
)
def test_a_memorandum_to_buy_is_talks_and_up_to_a_part_is_its_stake(memorandum):
    body = "Anatolia " + memorandum + " Zambezi Copper, its owner Tengri said on Tuesday."
    (deal,) = world_deals(body)
    assert (deal.status, facts(deal)[5]) == ("in_talks", "51")
