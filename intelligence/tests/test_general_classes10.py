"""Deal extraction on a tenth round of general classes: companies described by the country of
any state ("the Kazakh group", "the Peruvian miner"), and companies that own what a sentence
tells rather than act in it ("1.1 times the Zambian bank's book value"). Each class in several
phrasings of our own, with the cases nearby that must still give the deal."""

import pytest

from intelligence.analysis import analyse_story
from intelligence.deals import SHOW_AT
from intelligence.deals.nations import NATIONALITIES
from intelligence.matcher import CompanyMatcher
from intelligence.tests.test_general_classes import deals, facts

# A cast of companies from many lands (key, slug, name, aliases, needs context, country).
WORLD_COMPANIES = [
    ("andara", "andara", "Andara Minerals", ["Andara"], False, "PE"),
    ("tengri", "tengri", "Tengri Holdings", ["Tengri"], False, "KZ"),
    ("zambezi", "zambezi", "Zambezi Copper", [], False, "ZM"),
    ("anatolia", "anatolia", "Anatolia Bankasi", ["Anatolia"], False, "TR"),
    ("qinling", "qinling", "Qinling New Energy", ["Qinling"], False, "CN"),
    ("coipasa", "coipasa", "Coipasa Litio", ["Coipasa"], False, "BO"),
    ("halden", "halden", "Halden Group", ["Halden"], False, "NO"),
    ("vardo", "vardo", "Vardo Advisers", ["Vardo"], False, ""),
]
WORLD = CompanyMatcher(WORLD_COMPANIES)


def world_deals(body: str, headline: str = ""):
    return deals(body, headline, WORLD)


# --- 1. any country's adjective describes its company ----------------------------------


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("Peruvian", "PE"),
        ("Kazakh", "KZ"),
        ("Kazakhstani", "KZ"),
        ("Zambian", "ZM"),
        ("Bolivian", "BO"),
        ("Ivorian", "CI"),
        ("Filipino", "PH"),
        ("Sri Lankan", "LK"),
        ("Emirati", "AE"),
        ("Hong Kong", "HK"),
    ],
)
def test_every_states_adjective_names_its_country(adjective, code):
    assert NATIONALITIES[adjective.lower()] == code


def test_every_country_code_is_an_iso_code():
    from babel import Locale

    territories = Locale("en").territories
    assert set(NATIONALITIES.values()) <= {k for k in territories if len(k) == 2}


@pytest.mark.parametrize(
    "body",
    [
        "Andara, a copper producer, said on Monday it had held talks with several suitors."
        " Tengri shares rose in Almaty. The Kazakh group agreed to buy the Peruvian miner for"
        " $1.2bn.",
        "Tengri and Andara confirmed the talks on Monday. The Kazakh group agreed to buy the"
        " Peruvian company for $1.2bn.",
        "Andara has agreed to be bought by Tengri. The Kazakhstani holding company will pay"
        " $1.2bn for the Peruvian miner.",
    ],
)
def test_a_company_described_by_its_country_is_that_countrys_company(body):
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [facts(d)[:4] for d in found] == [
        (
            "acquisition",
            "announced",
            {"tengri": "acquirer", "andara": "target"},
            "1200000000",
        )
    ]


def test_a_description_never_resolves_to_a_company_known_to_be_from_elsewhere():
    # No Zambian company is on file: "the Zambian miner" is not Andara or Tengri.
    body = (
        "Andara said on Monday it had held talks with several suitors. Tengri said it had"
        " agreed to buy the Zambian miner for $400m."
    )
    for deal in world_deals(body):
        assert "andara" not in deal.parties


# --- 2. a company that owns what is told does not act ------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "The Turkish lender will pay €1.35 billion in cash, about 1.1 times the Zambian"
        " company's book value, and expects to complete the purchase next year.",
        "The Turkish lender will pay €1.35 billion, twice the Zambian company's annual sales,"
        " and expects to complete the purchase next year.",
    ],
)
def test_a_company_whose_figure_is_told_is_not_the_buyer(second):
    body = "Anatolia said on Monday that it had agreed to buy Zambezi Copper. " + second
    (deal,) = world_deals(body)
    assert facts(deal)[:5] == (
        "acquisition",
        "announced",
        {"anatolia": "acquirer", "zambezi": "target"},
        "1350000000",
        "EUR",
    )


def test_a_companys_own_takeover_told_by_description_still_acts():
    body = (
        "Tengri has held talks with Andara since March. The Kazakh group's takeover of the"
        " Peruvian miner for $1.2bn was agreed on Monday."
    )
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [dict(d.parties) for d in found] == [{"tengri": "acquirer", "andara": "target"}]


# --- 3. a compound maker or builder is a company description ------------------------------


@pytest.mark.parametrize("noun", ["cheesemaker", "shipbuilder", "distributor", "foundry"])
def test_a_compound_or_trade_noun_describes_the_company(noun):
    body = (
        f"Tengri had talks with Andara last year. The Kazakh {noun} agreed on Monday to buy"
        " Zambezi Copper for $400m."
    )
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [dict(d.parties) for d in found] == [{"tengri": "acquirer", "zambezi": "target"}]


# --- 4. conditions, allegations and no purchases are no deals ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Vardo said it could cut Halden's rating if the company \"undertakes a large,"
        ' debt-funded acquisition" of a rival such as Andara.',
        "Halden will keep its dividend unless it buys Andara, Vardo said.",
        "Vardo published a report accusing Halden of overpaying for acquisitions and buying"
        " several mines from companies linked to Andara.",
        "Vardo alleged that Halden had bought mines from Andara at inflated prices.",
        "Vardo said Halden had made no acquisitions this year and assumed no further purchases"
        " of companies such as Andara.",
    ],
)
def test_a_condition_an_allegation_or_no_purchase_is_no_deal(body):
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "If regulators approve, Halden will buy Andara for $300m.",
        "Halden will buy Andara for $300m if regulators approve.",
        "Halden agreed to buy Andara for $300m, and if regulators approve, the deal will close"
        " in May.",
    ],
)
def test_a_deal_told_beside_its_condition_stands(body):
    (deal,) = world_deals(body)
    assert facts(deal)[:4] == (
        "acquisition",
        "announced",
        {"halden": "acquirer", "andara": "target"},
        "300000000",
    )


# --- 5. an earn-out dispute retells the old sale -----------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Halden bought Andara, which makes enzymes, for €55 million at closing and up to €40"
        " million more if two products reached agreed sales milestones.",
        "Halden bought Andara for €55 million and up to €40m more.",
    ],
)
def test_an_old_sale_retold_with_its_earn_out_is_background(second):
    body = (
        "A tribunal ordered Halden to pay €38 million to the former shareholders of Andara,"
        " ending a dispute over the earn-out in the 2022 sale of the company. " + second
    )
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


# --- 6. sellers told outright, and their advisers ----------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "The seller is Tengri, a holding company that has owned Zambezi Copper since 2014 and"
        " was advised on the sale by Vardo.",
        "Seller is the Almaty investor Tengri, which was advised on the sale by Vardo.",
        "The seller is Tengri. The financial adviser of the buyer was Vardo.",
    ],
)
def test_the_seller_told_outright_is_one_and_its_adviser_is_none(second):
    body = "Anatolia has agreed to acquire Zambezi Copper for $300m. " + second
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"anatolia": "acquirer", "zambezi": "target", "tengri": "seller"}


def test_the_sellers_told_together_are_all_sellers():
    body = (
        "Anatolia has agreed to acquire Zambezi Copper for $300m. The sellers are Tengri and"
        " Halden, advised by Vardo."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {
        "anatolia": "acquirer",
        "zambezi": "target",
        "tengri": "seller",
        "halden": "seller",
    }


# --- 7. status words that are other words -------------------------------------------------


@pytest.mark.parametrize(
    "aside",
    [", a company dedicated to drilling for mining exploration,", ", after considerable debate,"],
)
def test_exploration_and_considerable_are_no_rumour(aside):
    body = f"Halden has signed a contract to buy Andara{aside} for $300m."
    (deal,) = world_deals(body)
    assert deal.status == "announced"


# --- 8. money and sentences in other presses' forms -------------------------------------


def test_a_german_scale_abbreviation_ends_no_sentence():
    from core.text import sentence_spans

    text = "The price is 185 Mio. Euro, both sides said. Seller is Tengri. It made 1,3 Mrd. Profit."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == [
        "The price is 185 Mio. Euro, both sides said.",
        "Seller is Tengri.",
        "It made 1,3 Mrd.",
        "Profit.",
    ]


def test_the_gulf_press_dirham_is_the_uae_dirham():
    body = "Anatolia has agreed to acquire Zambezi Copper for Dh1.1 billion ($300 million)."
    (deal,) = world_deals(body)
    assert (deal.value, deal.currency) == (1_100_000_000, "AED")


# --- 9. briefs in telegraphic style ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "LIMA — ANDARA RAISES S/ 45M (APPROX. US$ 12M) SERIES A. Payments app for traders,"
        " 380,000 users. Lead: Tengri. Angels from the seed round follow on.",
        "Andara raises S/ 45 million in a Series A. Lead investor: Tengri.",
        "Andara raises S/ 45m in a round led by Tengri.",
    ],
)
def test_a_round_told_in_a_brief_has_its_lead_and_is_done(body):
    (deal,) = world_deals(body)
    assert facts(deal)[:5] == (
        "investment",
        "completed",
        {"andara": "investee", "tengri": "investor"},
        "45000000",
        "PEN",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Andara is raising S/ 45 million from Tengri.",
        "Halden raises its offer for Andara to $50 a share.",
    ],
)
def test_raising_in_progress_or_a_raised_offer_is_not_a_completed_round(body):
    (deal,) = world_deals(body)
    assert deal.status == "announced"


def test_a_rounds_letter_ends_a_sentence_but_an_initial_does_not():
    from core.text import sentence_spans

    text = "Andara raised $5m in a Series A. Lead: Tengri. J. P. Morgan advised. Class B. Shares."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Andara raised $5m in a Series A.",
        "Lead: Tengri.",
        "J. P. Morgan advised.",
        "Class B.",
        "Shares.",
    ]


def test_the_seller_labelled_in_a_brief_is_the_seller():
    body = "TENGRI TO BUY ZAMBEZI COPPER FOR $340M. Seller: Anatolia. All cash."
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


@pytest.mark.parametrize(
    "body",
    [
        "Tengri agreed to buy Zambezi Copper, currently held by Anatolia.",
        "Tengri agreed to buy Zambezi Copper, owned by Anatolia, for $340m.",
    ],
)
def test_the_owner_told_in_an_apposition_sells(body):
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


# --- 10. East African shillings, the seller apposed in a lede, a completion to come --------

EAST_AFRICA = CompanyMatcher(
    [
        ("pwani", "pwani", "Pwani Grain", ["Pwani"], False, "KE"),
        ("othaya", "othaya", "Othaya Millers", ["Othaya"], False, "KE"),
        ("moshi", "moshi", "Moshi Coffee", ["Moshi"], False, "TZ"),
        ("arusha", "arusha", "Arusha Roasters", ["Arusha"], False, "TZ"),
    ]
)


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        ("Pwani has agreed to buy Othaya Millers for Sh6.5 billion.", "KES"),
        ("Moshi Coffee has agreed to buy Arusha Roasters for Sh6.5 billion.", "TZS"),
    ],
)
def test_the_press_shilling_is_the_parties_own(body, currency):
    (deal,) = analyse_story(
        headline="", body=body, matcher=EAST_AFRICA, min_confidence=SHOW_AT
    ).deals
    assert (deal.value, deal.currency) == (6_500_000_000, currency)


def test_the_seller_apposed_in_the_lede_sells():
    body = (
        "Tengri has walked away from its agreed purchase of Zambian miner Zambezi Copper, the"
        " seller, Anatolia, said on Monday."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[:3] == (
        "acquisition",
        "collapsed",
        {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"},
    )


@pytest.mark.parametrize(
    "second",
    [
        "Tengri will pay $40m in cash when the deal is completed and up to $8m more in 2028.",
        "When the merger is completed, Tengri's holders will own 57% of the group.",
    ],
)
def test_a_completion_in_a_when_clause_is_to_come(second):
    body = "Tengri has agreed to buy Zambezi Copper for up to $48m. " + second
    (deal,) = world_deals(body)
    assert deal.status == "announced"


def test_a_completion_after_it_happened_is_done():
    body = "Tengri said on Monday it had taken over Zambezi Copper after the deal was completed."
    (deal,) = world_deals(body)
    assert deal.status == "completed"


# --- 11. the first suitor named in the winner's sentence -----------------------------------


def test_the_first_suitor_named_beside_the_winning_offer_is_its_own_deal():
    body = (
        "Zambezi Copper has switched its support to a $1.1bn offer from Turkish group Anatolia"
        " after its first suitor, Kazakhstan's Tengri, declined to raise its bid. The Kazakh"
        " group had agreed in September to pay $52 a share, valuing Zambezi Copper at $980m. On"
        " Wednesday Tengri said it had withdrawn its offer."
    )
    found = {next(c for c, r in d.parties.items() if r == "acquirer"): d for d in world_deals(body)}
    assert facts(found["anatolia"])[:4] == (
        "acquisition",
        "announced",
        {"anatolia": "acquirer", "zambezi": "target"},
        "1100000000",
    )
    assert facts(found["tengri"])[:4] == (
        "acquisition",
        "collapsed",
        {"tengri": "acquirer", "zambezi": "target"},
        "980000000",
    )


# --- 12. a tender offer's value from its price a share and its shares ----------------------


@pytest.mark.parametrize(
    ("count", "value"),
    [("38,500,000", "546700000"), ("38.5 million", "546700000"), ("38 500 000", "546700000")],
)
def test_a_tender_offers_value_is_its_price_times_the_shares_it_is_for(count, value):
    body = (
        "Tengri launched a recommended tender offer for Zambezi Copper on Tuesday, offering"
        f" EUR 14.20 in cash for each share. The offer is for all of Zambezi Copper's {count}"
        " issued and outstanding shares."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[3:5] == (value, "EUR")


def test_a_price_a_share_alone_is_no_value():
    body = "Tengri launched a tender offer for Zambezi Copper, offering EUR 14.20 for each share."
    (deal,) = world_deals(body)
    assert deal.value is None


# --- 13. the owner of most of the company sells -----------------------------------------


def test_the_owner_of_about_most_of_the_target_sells():
    body = (
        "Tengri is in advanced talks to buy Zambezi Copper, people familiar said. The talks"
        " with Anatolia, the private equity firm that owns about 80% of Zambezi Copper, have"
        " reached due diligence."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


# --- 14. "we" in a quote is the speaker's company ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        'Tengri beat forecasts. "In October we completed the acquisition of Zambezi Copper. We'
        ' paid $62 million in cash," chief executive Aigerim Bek said.',
        'Tengri beat forecasts. "We completed the acquisition of Zambezi Copper in October,"'
        " said Tengri's chief executive.",
        "Halden and Tengri reported results. Tengri's chief executive said: \"In October we"
        ' completed the acquisition of Zambezi Copper."',
    ],
)
def test_we_in_a_quote_is_the_speakers_company(body):
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [(d.status, dict(d.parties)) for d in found] == [
        ("completed", {"tengri": "acquirer", "zambezi": "target"})
    ]


def test_we_in_a_quote_that_names_no_other_side_is_no_deal():
    body = (
        'Tengri raised its dividend. "We listened to our shareholders, including Anatolia,"'
        ' the chief executive said. "We can invest in the business and still return cash."'
    )
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


# --- 15. "the acquisition by X of Y" ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The acquisition by Tengri of Zambezi Copper was approved on Monday.",
        "The operation consists of the acquisition by Tengri of 100% of the share capital of"
        " Zambezi Copper.",
        "Regulators cleared the takeover by Tengri of Zambezi Copper.",
    ],
)
def test_the_nominal_acquisition_by_the_buyer_of_the_bought(body):
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target"}


def test_the_bought_one_before_a_nominal_takeover_by_stays_bought():
    (deal,) = world_deals("Zambezi Copper's takeover by Tengri was approved.")
    assert dict(deal.parties) == {"zambezi": "target", "tengri": "acquirer"}


# --- 16. a company introduced before it is named ------------------------------------------


@pytest.mark.parametrize(
    ("body", "parties", "stake"),
    [
        (
            "A Chinese battery maker has agreed to buy a 30% stake in a Bolivian lithium company"
            " for $90m, the companies said on Monday. Qinling will pay cash for its stake in"
            " Coipasa, which runs a brine plant.",
            {"qinling": "investor", "coipasa": "investee"},
            "30",
        ),
        (
            "A Kazakh mining group has agreed to buy Zambezi Copper for $400m. Tengri, based in"
            " Almaty, said the deal would close in May.",
            {"tengri": "acquirer", "zambezi": "target"},
            None,
        ),
    ],
)
def test_a_company_introduced_in_the_lede_is_the_one_named_next(body, parties, stake):
    (deal,) = world_deals(body)
    assert (dict(deal.parties), facts(deal)[5]) == (parties, stake)


def test_a_described_company_after_others_are_named_introduces_no_one():
    body = (
        "Tengri has completed its takeover of Zambezi Copper. The offer was the largest"
        " takeover of a Turkish bank in a decade. It was financed with a loan from Anatolia."
    )
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [dict(d.parties) for d in found] == [{"tengri": "acquirer", "zambezi": "target"}]


# --- 17. the buyer of a passive told by description ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Anatolia has been looking for acquisitions in Africa. Zambezi Copper agreed to be"
        " bought by the Turkish lender for $400m.",
        "Anatolia has been looking for acquisitions in Africa. Zambezi Copper is being sold to"
        " the Turkish lender for $400m.",
        "Zambezi Copper agreed to be bought by a Turkish lender for $400m. Anatolia will pay cash.",
    ],
)
def test_the_buyer_of_a_passive_told_by_description(body):
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"zambezi": "target", "anatolia": "acquirer"}


def test_a_passive_buyer_of_a_country_no_company_is_from_is_no_one():
    body = (
        "Tengri has been looking for acquisitions in Africa. Zambezi Copper agreed to be"
        " bought by the Turkish lender for $400m."
    )
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


# --- 18. a company described by its country's name, and a venture's described partners ----


def test_a_ventures_partners_told_by_description_in_the_lede_are_those_named_next():
    body = (
        "Bolivia's state lithium company and a Chinese battery maker signed a joint-venture"
        " agreement on Friday.\n\nWho is involved?\nCoipasa, the state company, and Qinling,"
        " a maker of cells."
    )
    (deal,) = world_deals(body)
    assert (deal.kind, dict(deal.parties)) == (
        "joint_venture",
        {"coipasa": "partner", "qinling": "partner"},
    )


def test_a_company_described_by_its_countrys_name():
    body = (
        "Tengri has long wanted a foothold in Africa. On Monday Tengri agreed to buy Zambezi"
        " Copper for $400m. Zambia's biggest copper miner will be delisted."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target"}


def test_a_countrys_description_in_an_apposition_describes_the_name_before_it():
    body = (
        "Tengri, Kazakhstan's third-largest miner, agreed on Monday to buy Zambezi Copper for"
        " $400m. It will sell its stake in Halden to Anatolia."
    )
    found = {d.kind: dict(d.parties) for d in world_deals(body) if "zambezi" in d.parties}
    assert found == {"acquisition": {"tengri": "acquirer", "zambezi": "target"}}


# --- 19. how the buyers split the company is no stake --------------------------------------


@pytest.mark.parametrize(
    "split",
    [
        "Tengri will own about 70pc of the business, and around 25 senior managers the rest.",
        "Tengri will hold 70% after the buyout, with the managers owning the rest.",
    ],
)
def test_the_buyers_split_of_the_whole_company_is_no_stake(split):
    body = (
        "The managers of Zambezi Copper are to buy the business from its owner, Anatolia, in a"
        " $145m buyout backed by Tengri. " + split
    )
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [(d.kind, d.stake) for d in found] == [("acquisition", None)]


def test_a_part_bought_with_the_seller_keeping_the_rest_is_a_stake():
    body = "Tengri will buy 70pc of Zambezi Copper for $100m, and Anatolia will keep the rest."
    (deal,) = world_deals(body)
    assert facts(deal)[5] == "70"


# --- 20. French money forms, the som, corrections, completions announced ---------------------


@pytest.mark.parametrize(
    ("amount", "value", "currency"),
    [
        ("6 milliards de FCFA", 6_000_000_000, "XOF"),
        ("120 millions de francs CFA", 120_000_000, "XOF"),
        ("1,2 milliard d’euros", 1_200_000_000, "EUR"),
        ("1.2 trillion so'm", 1_200_000_000_000, "UZS"),
        ("300 billion soums", 300_000_000_000, "UZS"),
    ],
)
def test_money_in_french_forms_and_the_som(amount, value, currency):
    from intelligence.deals.terms import _find_money

    (money,) = _find_money(f"The deal is worth {amount}, the companies said.")
    assert (money.value, money.currency) == (value, currency)


def test_dirhams_in_french_are_the_parties_own():
    matcher = CompanyMatcher(
        [
            ("chaouia", "chaouia", "Chaouia Lait", [], False, "MA"),
            ("tadla", "tadla", "Laiterie Tadla", [], False, "MA"),
        ]
    )
    body = (
        "Chaouia Lait has agreed to buy Laiterie Tadla in a transaction valued at 2,3"
        " milliards de dirhams."
    )
    (deal,) = analyse_story(headline="", body=body, matcher=matcher, min_confidence=SHOW_AT).deals
    assert (deal.value, deal.currency) == (2_300_000_000, "MAD")


def test_a_corrections_account_of_the_error_is_no_status():
    body = (
        "Tengri has agreed to buy Zambezi Copper from Anatolia for €114 million, the companies"
        " said on Monday.\n\nCORRECTION: An earlier version of this story said the price was"
        " €141 million and that the purchase had been completed."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[1:5] == (
        "announced",
        {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"},
        "114000000",
        "EUR",
    )


def test_the_completion_announced_is_done():
    body = (
        "Tengri announced yesterday the completion of its acquisition of Zambezi Copper for"
        " $95 million."
    )
    (deal,) = world_deals(body)
    assert deal.status == "completed"


def test_a_completion_to_come_is_not_done():
    body = "Tengri has agreed to buy Zambezi Copper. It expects the completion of the deal in May."
    (deal,) = world_deals(body)
    assert deal.status == "announced"


# --- 21. a hostile bid topped, and a subject named in an apposition -------------------------


def test_the_hostile_bid_topped_is_not_the_target():
    body = (
        "Zambezi Copper has found its white knight. Anatolia agreed on Tuesday to pay $71 a"
        " share in cash for the Zambian miner, valuing it at $240 million and topping the"
        " hostile $62-a-share bid that Kazakhstan's Tengri launched in October."
    )
    found = [d for d in world_deals(body) if "anatolia" in d.parties]
    assert [dict(d.parties) for d in found] == [{"anatolia": "acquirer", "zambezi": "target"}]


@pytest.mark.parametrize(
    "body",
    [
        "Kazakhstan's state investment vehicle, the Tengri fund, will take a 35% stake in"
        " Zambezi Copper by subscribing for new shares.",
        "Kazakhstan's biggest holding company, Tengri, has agreed to take a 35% stake in"
        " Zambezi Copper.",
    ],
)
def test_a_subject_named_in_an_apposition_to_its_description(body):
    (deal,) = world_deals(body)
    assert (dict(deal.parties), facts(deal)[5]) == (
        {"tengri": "investor", "zambezi": "investee"},
        "35",
    )


# --- 22. shares of goods, sellers apposed mid-sentence, sellers described by nationality ----


def test_a_share_of_what_a_company_buys_is_no_stake():
    body = (
        "Tengri has completed its purchase of Zambezi Copper for $90m. It has also committed to"
        " buy 60% of its fibre from local ginners."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[5] is None


def test_a_part_of_a_subsidiary_whose_kind_names_goods_is_a_stake():
    body = (
        "Anatolia said it would sell 40% of its gas-carrier subsidiary Zambezi Copper to"
        " Tengri for $1.1bn."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[5] == "40"


def test_the_seller_apposed_after_the_deal_told_in_the_same_sentence():
    body = (
        "Regulators have prohibited Tengri from buying Zambezi Copper, ending a $47 million"
        " deal agreed with the seller, Anatolia, fourteen months ago."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


def test_a_seller_described_by_nationality_and_trade_before_its_name():
    body = "Tengri is in talks to buy Zambezi Copper from French retail group Anatolia for $300m."
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


@pytest.mark.parametrize(
    ("amount", "currency"),
    [("JD 46 million", "JOD"), ("KD 46 million", "KWD"), ("BD 46m", "BHD"), ("QR 46m", "QAR")],
)
def test_the_gulf_and_levant_press_signs(amount, currency):
    from intelligence.deals.terms import _find_money

    (money,) = _find_money(f"Hisban agreed to buy the yard for {amount} on Wednesday.")
    assert (money.value, money.currency) == (46_000_000, currency)


# --- 23. no deals: a new team taken over, land bought, goods sold forward, an old purchase ---


@pytest.mark.parametrize(
    "body",
    [
        "Anatolia named Tengri's head of banking as chief executive. Tengri said his deputy"
        " would take over its advisory team.",
        "Shareholders say Tengri overpaid by $9m for 22 acres bought in August from Anatolia.",
        "Anatolia has agreed to sell up to 2 million tonnes of carbon credits to the Swiss"
        " trader Tengri over ten years, in a deal worth up to $36 million.",
    ],
)
def test_no_deal_in_a_new_role_land_goods_or_an_old_purchase(body):
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Tengri will take over Zambezi Copper, it said on Monday.",
        "Tengri agreed to take over Zambezi Copper for $74m.",
        "Tengri agreed to buy Zambezi Copper, whose mines surround the town, for $74m on Monday.",
    ],
)
def test_a_takeover_or_a_purchase_told_now_stands(body):
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [dict(d.parties) for d in found] == [{"tengri": "acquirer", "zambezi": "target"}]


# --- 24. a carve-out sold, and rupees between two rupee lands -----------------------------

SOUTH_ASIA = CompanyMatcher(
    [
        ("dambadeniya", "dambadeniya", "Dambadeniya Holdings", ["Dambadeniya"], False, "LK"),
        ("kantale", "kantale", "Kantale Packaging", ["Kantale"], False, "LK"),
        ("tamhini", "tamhini", "Tamhini Flexipack", ["Tamhini"], False, "IN"),
    ]
)


@pytest.mark.parametrize(
    ("amount", "currency"), [("Rs. 14.2 billion", "LKR"), ("Rs 1,420 crore", "INR")]
)
def test_a_carve_out_sold_between_two_rupee_lands(amount, currency):
    body = (
        f"Dambadeniya will sell its packaging division to India's Tamhini for {amount}."
        " Dambadeniya will first transfer its machines into a new subsidiary, Kantale"
        " Packaging, and then sell all the shares in that company to Tamhini."
    )
    (deal,) = analyse_story(
        headline="", body=body, matcher=SOUTH_ASIA, min_confidence=SHOW_AT
    ).deals
    assert (dict(deal.parties), deal.currency) == (
        {"dambadeniya": "seller", "tamhini": "acquirer", "kantale": "target"},
        currency,
    )


# --- 25. merging into another company, and cash a company holds ----------------------------


def test_a_company_merging_into_another_is_taken_over_by_it():
    body = (
        "Zambezi Copper will go public by merging into Tengri, a listed shell, the two"
        " companies said. Tengri will issue new shares valued at $62m to Zambezi Copper's"
        " shareholders in exchange for all of their shares. The listed company has cash of"
        " $3.1 million and no debt."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[:5] == (
        "acquisition",
        "announced",
        {"zambezi": "target", "tengri": "acquirer"},
        "62000000",
        "USD",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Tengri and Zambezi Copper agreed to merge in an all-share deal.",
        "Tengri will merge its trading unit into the group next year. Zambezi Copper agreed to"
        " merge with Tengri in an all-share deal.",
    ],
)
def test_two_companies_merging_are_partners(body):
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [(d.kind, dict(d.parties)) for d in found] == [
        ("merger", {"tengri": "partner", "zambezi": "partner"})
    ]


# --- 26. a buyer introduced after others are named, when the next sentence names it -------


def test_a_buyer_introduced_mid_story_is_the_one_the_next_sentence_opens_with():
    body = (
        "In the sheds behind the Zambezi Copper smelter, workers sort ore by hand. It is the"
        " reason a Turkish mining house has agreed to pay $63 million for 70% of the company."
        "\n\nAnatolia, a family-owned group from Izmir, announced on Monday that it would buy"
        " the stake from Tengri."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[2:] == (
        {"anatolia": "acquirer", "zambezi": "target", "tengri": "seller"},
        "63000000",
        "USD",
        "70",
    )


def test_a_description_mid_story_whose_country_the_next_sentence_does_not_open_with():
    body = (
        "Tengri has completed its takeover of Zambezi Copper. It was the largest takeover of a"
        " Turkish bank in a decade, analysts said.\n\nHalden advised Tengri. Anatolia lent it"
        " $50m."
    )
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [dict(d.parties) for d in found] == [{"tengri": "acquirer", "zambezi": "target"}]


def test_a_price_in_rupees_written_rs_dot_before_for():
    body = "Tengri has agreed to pay Rs. 6.3 billion (about €19 million) for Zambezi Copper."
    (deal,) = world_deals(body)
    assert (deal.value, dict(deal.parties)) == (
        6_300_000_000,
        {"tengri": "acquirer", "zambezi": "target"},
    )


# --- 27. a company already owned, goods joined by "and", goods in a fraction, guaraníes ------


@pytest.mark.parametrize(
    "body",
    [
        "Vardo upgraded Tengri, saying it has absorbed Zambezi Copper, the miner it bought in"
        " 2024 for $310m.",
        "Anatolia signed a franchise deal with Tengri, which will buy sauces and spice pastes"
        " from Anatolia's factory.",
    ],
)
def test_no_deal_in_a_company_already_owned_or_in_goods(body):
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Tengri has agreed to buy Zambezi Copper, the miner it bought a 30% stake in in 2019,"
        " for $200m.",
        "Tengri has agreed to sell Zambezi Copper, the miner it bought in 2019, to Anatolia"
        " for $200m.",
    ],
)
def test_a_new_act_on_a_company_told_with_its_past_stays(body):
    found = [d for d in world_deals(body) if len(d.parties) >= 2]
    assert [d.value for d in found] == [200_000_000]


def test_a_fraction_of_a_companys_goods_is_no_stake():
    body = (
        "Tengri has agreed to buy Zambezi Copper for $100m. Tengri already buys about a quarter"
        " of the company's copper cathode."
    )
    (deal,) = world_deals(body)
    assert deal.stake is None


def test_guaranies():
    from intelligence.deals.terms import _find_money

    (money,) = _find_money("for 1.5 trillion guaraníes (about US$190 million)")[:1]
    assert (money.value, money.currency) == (1_500_000_000_000, "PYG")


# --- 28. sale and leaseback, goods counted in words, the target's owner named beside ------


@pytest.mark.parametrize(
    "body",
    [
        "Anatolia has sold three of its Airbus A321neo jets to Irish lessor Tengri for $210"
        " million and leased them back for 12 years.",
        "Anatolia raised $210m in a sale-and-leaseback of its headquarters with Tengri.",
    ],
)
def test_assets_sold_and_leased_back_are_no_deal(body):
    assert [d for d in world_deals(body) if len(d.parties) >= 2] == []


def test_the_targets_owner_named_beside_the_buyer_sells():
    body = (
        "Regulators have prohibited Tengri's purchase of Zambezi Copper. Tengri and Zambezi"
        " Copper's owner, Lusaka-based Anatolia, said the share purchase agreement had been"
        " terminated."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


def test_a_seller_described_in_lower_case_before_its_name():
    body = (
        "Tengri is buying Zambezi Copper from private equity outfit Anatolia, which snapped it"
        " up in 2019, for £62m."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


def test_from_before_a_verb_names_no_seller():
    body = "Regulators have prohibited Tengri from buying Zambezi Copper from Anatolia for $47m."
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


# --- 29. another holder's cap, and the kwacha --------------------------------------------


def test_another_holders_cap_is_no_stake():
    body = (
        "Tengri has agreed to acquire Zambezi Copper for €118m. The seller is a group of"
        " private investors; no single shareholder holds more than 30%."
    )
    (deal,) = world_deals(body)
    assert deal.stake is None


@pytest.mark.parametrize(
    ("amount", "value"), [("K 85 million", 85_000_000), ("K1.2bn", 1_200_000_000)]
)
def test_the_kwacha_with_its_scale(amount, value):
    body = f"Tengri has agreed to buy 60% of Zambezi Copper for {amount} (about US$3.2 million)."
    (deal,) = world_deals(body)
    assert (deal.value, deal.currency) == (value, "ZMW")


def test_a_bare_k_with_no_scale_is_no_money():
    from intelligence.deals.terms import _find_money

    assert _find_money("K85 tickets were sold for the derby.") == []


# --- 30. money paid by the buyer to the seller for the company, and the owner after "it" ----


def test_money_paid_by_the_buyer_to_the_seller_for_the_company():
    body = (
        "On Monday ISK 9.8 billion was paid by Tengri to Anatolia for the whole of Zambezi Copper."
    )
    (deal,) = world_deals(body)
    assert facts(deal)[2:5] == (
        {"tengri": "acquirer", "anatolia": "seller", "zambezi": "target"},
        "9800000000",
        "ISK",
    )


def test_the_owner_told_after_a_reference_to_the_company_bought_sells():
    body = (
        "Tengri has abandoned its agreed purchase of Zambezi Copper. Tengri agreed in July to"
        " pay $41 million for the company, which is owned by the investment firm Anatolia."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target", "anatolia": "seller"}


# --- 31. the board of the company bid for, and a rival's own bid --------------------------


def test_the_board_that_recommends_an_offer_is_the_target():
    body = (
        "Anatolia agreed on Tuesday to buy Zambezi Copper for $240 million. Zambezi Copper's"
        " management board recommended the Anatolia offer to shareholders."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"anatolia": "acquirer", "zambezi": "target"}


def test_a_rivals_own_bid_is_its_own_deal_for_the_same_company():
    body = (
        "Anatolia agreed on Tuesday to buy Zambezi Copper for $240 million, topping a hostile"
        " bid from Tengri. Tengri's offer remains open until 12 December."
    )
    found = {next(c for c, r in d.parties.items() if r == "acquirer"): d for d in world_deals(body)}
    assert dict(found["anatolia"].parties) == {"anatolia": "acquirer", "zambezi": "target"}
    assert dict(found["tengri"].parties) == {"tengri": "acquirer", "zambezi": "target"}


def test_a_recommended_offer_names_no_target_by_its_adjective():
    (deal,) = world_deals("Tengri has made a $1.8bn recommended cash offer for Zambezi Copper.")
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target"}


def test_an_accusation_told_in_an_aside_before_the_news_leaves_the_deal():
    body = (
        "The regulator, which had accused the bank of misconduct, approved Tengri's purchase"
        " of Zambezi Copper for $90m."
    )
    (deal,) = world_deals(body)
    assert dict(deal.parties) == {"tengri": "acquirer", "zambezi": "target"}
