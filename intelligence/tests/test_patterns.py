"""Each reading rule of issue 11 on its own: sentences, names, money, stakes, kinds, roles,
statuses, references and descriptions, in the team's own example sentences."""

from decimal import Decimal

import pytest

from core.money import find_money
from core.text import normalise_name, sentence_spans
from intelligence.analysis import analyse_story
from intelligence.deals import SHOW_AT
from intelligence.matcher import CompanyMatcher

MATCHER = CompanyMatcher(
    [
        ("northwind", "northwind", "Northwind Payments", ["Northwind"]),
        ("baltic", "baltic", "Baltic Freight", []),
        ("nordbanken", "nordbanken", "Nordbanken", [], False, "SE"),
        ("contoso", "contoso", "Contoso Bank", ["Contoso"], False, "US"),
        ("aurora", "aurora", "Aurora Capital", [], False, "FI"),
        ("kestrel", "kestrel", "Kestrel Energi", [], False, "NO"),
        ("nordlys", "nordlys", "Nordlys Vind", [], False, "NO"),
        ("fjord", "fjord", "Fjord Seafood", [], False, "NO"),
        ("trey", "trey", "Trey Research", []),
        ("kinetic", "kinetic", "Kinetic Ventures", []),
        ("redwood", "redwood", "Redwood Capital", []),
        ("wingtip", "wingtip", "Wingtip Cloud", []),
        ("volta", "volta", "Volta Motors", []),
        ("baw", "baw", "Bavaria Autowerke", []),
        ("pampas", "pampas", "Pampas Agro", []),
        ("fertil", "fertil", "Fertil Sul", []),
        ("greenleaf", "greenleaf", "Greenleaf Foods", []),
        ("mcdonalds", "mcdonalds", "McDonald's", []),
        ("jpmorgan", "jpmorgan", "JPMorgan Chase", ["J.P. Morgan"]),
        ("amazon", "amazon", "Amazon", [("Amazon", True), "Amazon.com"]),
        ("visa", "visa", "Visa", [("Visa", True), "Visa Inc"]),
        ("oracle", "oracle", "Oracle", [], True),
        ("sea", "sea", "Sea Limited", ["Sea Ltd", ("Sea", True)]),
        ("fourth", "fourth", "Fourth Coffee", []),
    ]
)


def analyse(body: str, headline: str = "", min_confidence: float = SHOW_AT):
    return analyse_story(
        headline=headline, body=body, matcher=MATCHER, min_confidence=min_confidence
    )


def deals(body: str, **kwargs):
    return analyse(body, **kwargs).deals


def one_deal(body: str, **kwargs):
    found = deals(body, **kwargs)
    assert len(found) == 1, found
    return found[0]


def companies(body: str, headline: str = "") -> set:
    return {m.company for m in analyse(body, headline).companies}


# --- sentences and names ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "J.P. Morgan advised the buyer.",
        "The U.S. company paid cash.",
        "Proseware Inc. said it had bought the magazine.",
        "Hanbit Semiconductor Co. did not comment.",
        "It is the No. 2 publisher of trade magazines.",
        "Mr. Lam said the unit was not for sale.",
    ],
)
def test_abbreviations_and_initials_end_no_sentence(text):
    assert len(sentence_spans(text)) == 1


def test_sentences_still_end_at_a_full_stop():
    assert len(sentence_spans("Alibaba bought Lazada. The deal closed. Mail.ru fell 2.5%.")) == 3


def test_curly_and_straight_apostrophes_are_one_name():
    assert normalise_name("McDonald’s") == normalise_name("McDonald's")
    assert normalise_name("“Quoted” Name") == normalise_name('"Quoted" Name')


def test_a_name_stored_straight_is_found_written_curly():
    assert companies("McDonald’s opened 40 restaurants.") == {"mcdonalds"}


def test_initials_in_a_name_survive_sentence_splitting():
    assert companies("J.P. Morgan upgraded the shares.") == {"jpmorgan"}


@pytest.mark.parametrize(
    "text",
    [
        "Clearing in the Amazon basin reached a record.",
        "Visa rules for researchers were tightened.",
        "Warren Buffett, the Oracle of Omaha, gave nothing.",
        "Sea defences will be raised by two metres.",
        "He needed a work visa.",
    ],
)
def test_common_word_names_need_company_context(text):
    assert companies(text) == set()


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Amazon said it would hire 3,000 drivers.", "amazon"),
        ("Visa Inc reported higher fees.", "visa"),
        ("Shares in Oracle rose.", "oracle"),
        ("Sea Ltd has invested in a lender.", "sea"),
    ],
)
def test_common_word_names_match_where_the_words_say_company(text, company):
    assert companies(text) == {company}


def test_a_common_word_name_after_sold_by_says_company():
    assert "amazon" in companies("Fourth Coffee was sold by Amazon to Greenleaf Foods.")


def test_a_partnership_with_a_common_word_name_says_company():
    assert companies("Fourth Coffee signed a partnership with Visa on Tuesday.") == {
        "fourth",
        "visa",
    }


def test_a_firm_mention_elsewhere_confirms_a_common_word_name():
    assert companies("Sea's digital bank grew.", headline="Sea Ltd expands") == {"sea"}


# --- money -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Rs 1,250 crore", "12500000000", "INR"),
        ("₹2 lakh crore", "2000000000000", "INR"),
        ("SEK 12bn", "12000000000", "SEK"),
        ("3.4bn kronor", "3400000000", "SEK"),
        ("NOK 4.5bn", "4500000000", "NOK"),
        ("2bn Norwegian kroner", "2000000000", "NOK"),
        ("HK$9bn", "9000000000", "HKD"),
        ("S$620m", "620000000", "SGD"),
        ("A$2.8bn", "2800000000", "AUD"),
        ("C$500m", "500000000", "CAD"),
        ("R$1.3bn", "1300000000", "BRL"),
        ("NZ$310m", "310000000", "NZD"),
        ("¥1.1 trillion", "1100000000000", "JPY"),
        ("₩1.2 trillion", "1200000000000", "KRW"),
        ("CHF 80m", "80000000", "CHF"),
        ("$1.5bn-$2bn", "2000000000", "USD"),
        ("$1.5-2bn", "2000000000", "USD"),
        ("between $2bn and $3bn", "3000000000", "USD"),
        ("up to $1bn", "1000000000", "USD"),
    ],
)
def test_money_forms(text, value, currency):
    (money,) = find_money(f"It could fetch {text} in the sale.")
    assert (f"{money.value:f}", money.currency) == (value, currency)


# Currencies the hand-written tables never listed, read from CLDR's names and signs.
@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("1.6 billion Saudi riyals", "1600000000", "SAR"),
        ("1.6 billion riyals", "1600000000", "SAR"),
        ("4bn UAE dirhams", "4000000000", "AED"),
        ("12 billion Kuwaiti dinars", "12000000000", "KWD"),
        ("3bn Thai baht", "3000000000", "THB"),
        ("50 billion forints", "50000000000", "HUF"),
        ("2.5bn Czech korunas", "2500000000", "CZK"),
        ("900 million Israeli new shekels", "900000000", "ILS"),
        ("40 billion Philippine pesos", "40000000000", "PHP"),
        ("₱40bn", "40000000000", "PHP"),
        ("₫12 trillion", "12000000000000", "VND"),
        ("₴3bn", "3000000000", "UAH"),
        ("SAR 1.6bn", "1600000000", "SAR"),
        ("AED1.5 billion", "1500000000", "AED"),
        ("1.6bn QAR", "1600000000", "QAR"),
        ("THB 3bn", "3000000000", "THB"),
    ],
)
def test_money_in_any_currency_in_use(text, value, currency):
    (money,) = find_money(f"It could fetch {text} in the sale.")
    assert (f"{money.value:f}", money.currency) == (value, currency)


def test_the_currency_signs_kept_are_cldrs():
    from core import money

    assert money.SIGNS == money._signs(set(money.CURRENCY_NAMES))


def test_the_letter_signs_are_cldrs_local_symbols_or_the_presss_own():
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    from core import money

    local: dict[str, set[str]] = {}
    for territory, languages in get_global("territory_languages").items():
        for language in languages:
            try:
                symbols = Locale.parse(f"{language}_{territory}").currency_symbols
            except (UnknownLocaleError, ValueError):
                continue
            for code in money.territory_currencies(territory):
                local.setdefault(code, set()).add(symbols.get(code, ""))
    # (The press's own, and CLDR's "Nu." without its stop.)
    press = {
        "N$", "Tk", "KSh", "KM", "Dh", "Dhs", "Sh", "JD", "KD", "BD", "QR", "RO", "Nu",
        "Rwf", "FRw",
    }  # fmt: skip
    for sign, code in money.LETTER_SIGNS.items():
        assert sign in press or sign in local[code], sign


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("N$640 million", "640000000", "NAD"),
        ("between Tk 900 crore and Tk 1,100 crore", "11000000000", "BDT"),
        ("TSh 1.2 trillion", "1200000000000", "TZS"),
        ("KSh 2bn", "2000000000", "KES"),
        ("Ksh2bn", "2000000000", "KES"),
        ("USh 30bn", "30000000000", "UGX"),
        ("MK 10 billion", "10000000000", "MWK"),
        ("Br 2bn", "2000000000", "ETB"),
        ("RM1.2bn", "1200000000", "MYR"),
        ("Rp 3 trillion", "3000000000000", "IDR"),
    ],
)
def test_letter_signs_as_written(text, value, currency):
    (money,) = find_money(f"It could fetch {text} in the sale.")
    assert (f"{money.value:f}", money.currency) == (value, currency)


@pytest.mark.parametrize("text", ["a climb of 5,000 ft in a day", "tsh 2 billion", "rm 3bn"])
def test_letter_signs_in_another_case_are_not_money(text):
    assert find_money(text) == []


def test_an_adjectival_currency_name_before_the_dollar_conversion_is_the_value():
    first, converted = find_money("an 840 million Swiss franc ($950 million) deal")
    assert (first.value, first.currency) == (Decimal(840_000_000), "CHF")
    assert converted.currency == "USD"


@pytest.mark.parametrize(
    "text",
    [
        "Sales passed the 1 million mark in May.",
        "It sold ALL 3 million shares.",
        "The fund has 2 million real customers.",
        "A 3 million ton increase.",
    ],
)
def test_words_that_only_look_like_currencies_are_no_money(text):
    assert find_money(text) == []


def test_a_shared_currency_noun_is_the_parties_own():
    matcher = CompanyMatcher(
        [
            ("doha", "doha", "Dafna Holdings", [], False, "QA"),
            ("lusail", "lusail", "Lusail Foods", [], False, "QA"),
            ("riyadh", "riyadh", "Najd Foods", [], False, "SA"),
            ("tabuk", "tabuk", "Tabuk Dairy", [], False, "SA"),
        ]
    )

    def deal(text):
        (found,) = analyse_story(headline="", body=text, matcher=matcher).deals
        return found.value, found.currency

    assert deal("Dafna Holdings agreed to buy Lusail Foods for 2.1 billion riyals.") == (
        Decimal(2_100_000_000),
        "QAR",
    )
    assert deal("Najd Foods agreed to buy Tabuk Dairy for 2.1 billion riyals.") == (
        Decimal(2_100_000_000),
        "SAR",
    )
    # Named in full, the currency is what the story says, whoever the parties are.
    assert deal("Dafna Holdings agreed to buy Lusail Foods for 2.1 billion Saudi riyals.")[1] == (
        "SAR"
    )
    # Parties from two lands that use the noun: its usual sense stands.
    assert deal("Dafna Holdings agreed to buy Tabuk Dairy for 2.1 billion riyals.")[1] == "SAR"


def test_two_amounts_joined_by_and_without_between_stay_two():
    assert len(find_money("It paid $4bn and $5bn.")) == 2


# --- kinds, roles and references ---------------------------------------------------------


def test_a_pronoun_subject_is_the_company_named_earlier_in_the_sentence():
    deal = one_deal("Northwind Payments said on Tuesday it would pay €2.1bn for Baltic Freight.")
    assert deal.parties == {"northwind": "acquirer", "baltic": "target"}
    assert (deal.value, deal.currency) == (Decimal("2.1E+9"), "EUR")


def test_a_pronoun_in_a_later_sentence_adds_the_price():
    deal = one_deal(
        "Nordbanken is to buy Aurora Capital, the bank said. It will pay 3.4bn kronor in cash."
    )
    assert deal.parties == {"nordbanken": "acquirer", "aurora": "target"}
    assert (deal.value, deal.currency) == (Decimal("3.4E+9"), "SEK")
    assert len(deal.sentences) == 2


def test_a_nationality_and_a_noun_resolve_to_the_company_from_that_country():
    deal = one_deal(
        "Contoso Bank has agreed to buy 45 per cent of Nordbanken's card business. "
        "The Swedish lender will receive SEK 12bn for the holding."
    )
    assert deal.parties == {"contoso": "investor", "nordbanken": "seller"}
    assert (deal.stake, deal.value, deal.currency) == (Decimal(45), Decimal("1.2E+10"), "SEK")


def test_a_stake_in_a_joint_venture_is_an_investment_not_a_joint_venture():
    deal = one_deal(
        "Kestrel Energi has agreed to pay NOK 4.5bn for a 30 per cent stake in Nordlys Vind, "
        "the offshore wind joint venture that Fjord Seafood set up in 2015."
    )
    assert deal.kind == "investment"
    assert deal.parties == {"kestrel": "investor", "nordlys": "investee"}
    assert deal.stake == Decimal(30)


@pytest.mark.parametrize(
    "body",
    [
        "Trey Research, which is backed by Kinetic Ventures, opened a lab.",
        "Kinetic-backed Trey Research opened a lab.",
        "Trey Research supplies Volta Motors, its former partner in a venture.",
        "The joint venture Volta Motors formed with Bavaria Autowerke in 2016 makes vans.",
    ],
)
def test_descriptions_are_not_deals(body):
    assert deals(body, min_confidence=0) == []


def test_a_funding_round_gathers_investors_from_the_next_sentences():
    deal = one_deal(
        "Trey Research has raised $85m in a round led by Kinetic Ventures. "
        "Existing backer Redwood Capital also took part."
    )
    assert deal.parties == {"trey": "investee", "kinetic": "investor", "redwood": "investor"}
    assert deal.status == "completed"


def test_a_round_co_led_in_the_next_sentence_joins_the_deal():
    deal = one_deal(
        "Trey Research has secured $40m in new funding. "
        "The round was co-led by Kinetic Ventures and Redwood Capital."
    )
    assert deal.parties == {"trey": "investee", "kinetic": "investor", "redwood": "investor"}


def test_a_passive_takeover_puts_the_buyer_after_by():
    deal = one_deal("Baltic Freight agreed to be taken over by Northwind Payments for €1bn.")
    assert deal.parties == {"baltic": "target", "northwind": "acquirer"}


def test_a_sale_names_seller_target_and_buyer():
    deal = one_deal(
        "Pampas Agro said it had completed the sale of Fertil Sul to Greenleaf Foods. "
        "It received R$870m for the business."
    )
    assert deal.parties == {"pampas": "seller", "fertil": "target", "greenleaf": "acquirer"}
    assert (deal.status, deal.value, deal.currency) == ("completed", Decimal("8.7E+8"), "BRL")


@pytest.mark.parametrize(
    ("wording", "stake", "kind"),
    [
        ("bought 45 per cent of", Decimal(45), "investment"),
        ("bought the remaining 49% of", Decimal(49), "acquisition"),
        ("agreed to buy a majority of", None, "acquisition"),
        ("bought a holding of 18% in", Decimal(18), "investment"),
        ("paid €1bn for a quarter of", Decimal(25), "investment"),
    ],
)
def test_stakes_without_the_word_stake(wording, stake, kind):
    deal = one_deal(f"Volta Motors {wording} Bavaria Autowerke for €1bn.")
    assert (deal.stake, deal.kind) == (stake, kind)


@pytest.mark.parametrize(
    ("sentence", "kind", "parties"),
    [
        (
            "Volta Motors agreed terms to absorb Bavaria Autowerke.",
            "acquisition",
            {"volta": "acquirer", "baw": "target"},
        ),
        (
            "Volta Motors abandoned its pursuit of Bavaria Autowerke.",
            "acquisition",
            {"volta": "acquirer", "baw": "target"},
        ),
        (
            "Volta Motors won the auction for Bavaria Autowerke.",
            "acquisition",
            {"volta": "acquirer", "baw": "target"},
        ),
        (
            "Volta Motors is buying into Bavaria Autowerke.",
            "investment",
            {"volta": "investor", "baw": "investee"},
        ),
        (
            "Kestrel Energi and Nordlys Vind will pool their wind farms in a new company.",
            "joint_venture",
            {"kestrel": "partner", "nordlys": "partner"},
        ),
        (
            "Volta Motors brought in Bavaria Autowerke as a partner for its vans.",
            "partnership",
            {"volta": "partner", "baw": "partner"},
        ),
        (
            "Trey Research has pulled in $120m from Kinetic Ventures.",
            "investment",
            {"trey": "investee", "kinetic": "investor"},
        ),
        (
            "Volta Motors will buy the van business of Bavaria Autowerke.",
            "acquisition",
            {"volta": "acquirer", "baw": "seller"},
        ),
    ],
)
def test_the_trigger_decides_kind_and_roles(sentence, kind, parties):
    deal = one_deal(sentence, min_confidence=0)
    assert (deal.kind, deal.parties) == (kind, parties)


def test_a_hedged_holding_in_the_next_sentence_is_the_stake_for_sale():
    deal = one_deal(
        "Volta Motors is looking at selling its holding in Bavaria Autowerke. "
        "Volta Motors owns about 12% of the carmaker."
    )
    assert (deal.stake, deal.status) == (Decimal(12), "rumoured")


def test_two_transactions_in_one_sentence_are_two_deals():
    found = deals(
        "Volta Motors unveiled a $780m deal for Bavaria Autowerke and said it would sell "
        "its 15% holding in Trey Research to Kinetic Ventures."
    )
    assert [(d.kind, d.parties, d.value, d.stake) for d in found] == [
        ("acquisition", {"volta": "acquirer", "baw": "target"}, Decimal("7.8E+8"), None),
        (
            "investment",
            {"volta": "seller", "trey": "investee", "kinetic": "investor"},
            None,
            Decimal(15),
        ),
    ]


def test_the_company_that_tells_the_news_is_not_a_party():
    deal = one_deal("Kinetic Ventures is paying $95m for Trey Research, Volta Motors said.")
    assert deal.parties == {"kinetic": "acquirer", "trey": "target"}


def test_investors_joining_a_round_already_told_are_its_investors():
    deal = one_deal(
        "Trey Research said it had closed a $60m funding round. Kinetic Ventures provided most "
        "of the money, with Redwood Capital joining as a minority investor."
    )
    assert deal.parties == {"trey": "investee", "kinetic": "investor", "redwood": "investor"}


def test_a_sale_being_explored_is_shown_once_its_price_is_told():
    deal = one_deal(
        "Volta Motors' owners are sounding out buyers for the carmaker, people familiar with "
        "the matter said. A sale could fetch €3bn."
    )
    assert (deal.parties, deal.status, deal.value) == (
        {"volta": "target"},
        "rumoured",
        Decimal("3E+9"),
    )


def test_a_business_sold_by_its_owner_to_a_buyer():
    deal = one_deal("Fourth Coffee was sold by Volta Motors to Greenleaf Foods for $310m.")
    assert deal.parties == {"fourth": "target", "volta": "seller", "greenleaf": "acquirer"}


def test_an_approach_rejected_by_the_target_is_a_collapsed_bid():
    deal = one_deal("Trey Research has rejected an unsolicited approach from Volta Motors.")
    assert (deal.parties, deal.status) == ({"trey": "target", "volta": "acquirer"}, "collapsed")


def test_acceptance_levels_are_not_the_stake():
    deal = one_deal(
        "Volta Motors said it had taken control of Bavaria Autowerke after its offer was "
        "accepted by holders of 72% of the shares."
    )
    assert (deal.status, deal.stake) == ("completed", None)


def test_a_separate_deal_in_the_next_paragraph_is_its_own():
    found = deals(
        "Volta Motors completed its $2.2bn purchase of Bavaria Autowerke's van unit on Friday."
        "\n\nSeparately, the carmaker said it was in early talks to buy a stake in Trey Research."
    )
    assert [(d.parties, d.status) for d in found] == [
        ({"volta": "acquirer", "baw": "seller"}, "completed"),
        ({"volta": "investor", "trey": "investee"}, "in_talks"),
    ]


def test_two_suitors_each_weighing_offers_are_two_bids():
    found = deals(
        "Volta Motors and Bavaria Autowerke are each weighing offers for Trey Research, "
        "people familiar with the matter said."
    )
    assert [d.parties for d in found] == [
        {"volta": "acquirer", "trey": "target"},
        {"baw": "acquirer", "trey": "target"},
    ]


def test_buying_back_a_stake_from_another_company_is_a_deal():
    deal = one_deal(
        "Volta Motors has bought back the 25 per cent stake that Bavaria Autowerke held in its "
        "van arm, paying €45m."
    )
    assert (deal.parties, deal.stake) == ({"volta": "investor", "baw": "seller"}, Decimal(25))


def test_a_round_landed_is_done():
    deal = one_deal("Trey Research said it had landed $210m in a round led by Kinetic Ventures.")
    assert deal.status == "completed"


def test_a_rival_bid_from_another_company_is_a_second_deal_for_the_same_target():
    found = deals(
        "Volta Motors has made a $1.4bn counter-offer for Trey Research, trumping an earlier "
        "bid of $1.2bn from Bavaria Autowerke."
    )
    assert [(d.parties, d.value) for d in found] == [
        ({"volta": "acquirer", "trey": "target"}, Decimal("1.4E+9")),
        ({"baw": "acquirer", "trey": "target"}, Decimal("1.2E+9")),
    ]


def test_a_blocked_rival_bid_is_background():
    deal = one_deal(
        "Volta Motors tabled a bid for Trey Research, trumping the offer from Bavaria "
        "Autowerke that regulators blocked last month."
    )
    assert deal.parties == {"volta": "acquirer", "trey": "target"}


@pytest.mark.parametrize(
    ("amount", "value", "currency"),
    [
        ("an R18bn", Decimal("1.8E+10"), "ZAR"),
        ("a Rp 5 trillion", Decimal("5E+12"), "IDR"),
        ("a TL 3bn", Decimal("3E+9"), "TRY"),
        ("a 2bn Egyptian pounds", Decimal("2E+9"), "EGP"),
        ("an NT$3bn", Decimal("3E+9"), "TWD"),
        ("a 2bn zlotys", Decimal("2E+9"), "PLN"),
    ],
)
def test_deal_values_in_forms_the_shared_money_reader_leaves(amount, value, currency):
    deal = one_deal(f"Volta Motors plans {amount} purchase of Bavaria Autowerke.")
    assert (deal.value, deal.currency) == (value, currency)


def test_the_stake_a_seller_keeps_is_not_the_deals_stake():
    deal = one_deal(
        "Volta Motors will buy the van business of Bavaria Autowerke for €1bn. "
        "Bavaria Autowerke will keep a 26 per cent holding."
    )
    assert deal.stake is None


# --- numbers that are not terms ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Volta Motors bought Bavaria Autowerke. Shares in Volta Motors rose 10 per cent.",
        "Volta Motors bought Bavaria Autowerke, whose revenue was €8.4bn.",
        "Volta Motors bought Bavaria Autowerke. Analysts raised their price target to €95.",
        "Volta Motors bought Bavaria Autowerke, paying €4.10 a share.",
    ],
)
def test_numbers_that_are_not_deal_terms(sentence):
    deal = one_deal(sentence)
    assert (deal.value, deal.stake) == (None, None)


@pytest.mark.parametrize(
    "body",
    [
        "Volta Motors shares rose 10 per cent after results.",
        "The regulator fined Volta Motors €42m, and Bavaria Autowerke agreed to pay €5m.",
        "Volta Motors will pay Bavaria Autowerke $95m to settle a patent dispute.",
        "Volta Motors spent $4.4bn buying back its own shares.",
        "Volta Motors cut its stake in Bavaria Autowerke to 4.1 per cent.",
        "It is ten years since Volta Motors bought Bavaria Autowerke.",
        "Volta Motors bought Bavaria Autowerke in 2015 and has since doubled its sales.",
        "Investors sued Volta Motors, saying it sold Bavaria Autowerke too cheaply last year.",
        'Volta Motors dismissed as "baseless" a report that it was preparing a merger with '
        "Bavaria Autowerke.",
        "There have been no discussions about a merger of Volta Motors and Bavaria Autowerke.",
        "Volta Motors' chief resigned, weeks after its failed attempt to merge with Bavaria "
        "Autowerke.",
        "Contoso Bank has provided a $500m credit facility to Volta Motors.",
        "Volta Motors teamed up with Bavaria Autowerke on software last year.",
        "A merger of Volta Motors and Bavaria Autowerke would create a giant, analysts said.",
    ],
)
def test_non_deals_are_not_suggested(body):
    assert [d for d in deals(body, min_confidence=0) if len(d.parties) > 1] == []


# --- status -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Volta Motors is exploring a takeover of Bavaria Autowerke, people familiar said.",
            "rumoured",
        ),
        ("Volta Motors is considering an offer for Bavaria Autowerke.", "rumoured"),
        ("Volta Motors is in talks to buy Bavaria Autowerke.", "in_talks"),
        ("Volta Motors agreed to buy Bavaria Autowerke.", "announced"),
        ("Volta Motors signed a deal to acquire Bavaria Autowerke.", "announced"),
        ("Volta Motors completed its purchase of Bavaria Autowerke.", "completed"),
        ("Volta Motors closed its acquisition of Bavaria Autowerke.", "completed"),
        ("Volta Motors called off its bid for Bavaria Autowerke.", "collapsed"),
        ("Volta Motors walked away from its offer for Bavaria Autowerke.", "collapsed"),
        ("Regulators blocked Volta Motors' takeover of Bavaria Autowerke.", "collapsed"),
        ("Bavaria Autowerke is being bought by Volta Motors for €1bn.", "announced"),
        (
            "Volta Motors' purchase of Bavaria Autowerke is expected to be completed soon.",
            "announced",
        ),
        ("Volta Motors has taken a 4.9% stake in Bavaria Autowerke.", "completed"),
        ("Talks between Volta Motors and Bavaria Autowerke over a merger began.", "in_talks"),
        ("Volta Motors has shelved its bid for Bavaria Autowerke.", "collapsed"),
        ("Merger talks between Volta Motors and Bavaria Autowerke were put on hold.", "in_talks"),
        ("Volta Motors is looking at buying Bavaria Autowerke.", "rumoured"),
        ("Volta Motors raised its offer for Bavaria Autowerke to €40 a share.", "announced"),
        ("Volta Motors has increased its holding in Bavaria Autowerke to 14%.", "completed"),
        ("Volta Motors will end its codeshare with Bavaria Autowerke in March.", "collapsed"),
        ("Volta Motors has built a 6.2 per cent stake in Bavaria Autowerke.", "completed"),
        ("Volta Motors has walked away from talks to buy Bavaria Autowerke.", "collapsed"),
        ("Volta Motors has won the auction for Bavaria Autowerke.", "announced"),
        ("Volta Motors will merge with Bavaria Autowerke in 2027.", "announced"),
        ("Volta Motors' sale of its vans to Bavaria Autowerke closed on Monday.", "completed"),
        ("Volta Motors has pulled its €4bn bid for Bavaria Autowerke.", "collapsed"),
        (
            "The takeover of Bavaria Autowerke by Volta Motors, first announced in May, was "
            "completed on Friday.",
            "completed",
        ),
        (
            "According to the Financial Review, Volta Motors is preparing a bid for Bavaria "
            "Autowerke.",
            "rumoured",
        ),
    ],
)
def test_status_from_the_wording(sentence, status):
    assert one_deal(sentence).status == status


def test_a_background_purchase_does_not_hide_this_weeks_news():
    deal = one_deal("On Monday Volta Motors bought Bavaria Autowerke, a rival since 1998.")
    assert deal.status == "completed"


def test_a_later_sentence_can_complete_the_deal():
    deal = one_deal("Fourth Coffee agreed to buy Baltic Freight. The transaction closed on Friday.")
    assert deal.status == "completed"


@pytest.mark.parametrize(
    "body",
    [
        "Volta Motors denied a report that it was in talks to buy Bavaria Autowerke.",
        "Volta Motors said reports that it would merge with Bavaria Autowerke were speculation.",
    ],
)
def test_a_denial_is_not_a_deal(body):
    assert deals(body, min_confidence=0) == []


# --- confidence -------------------------------------------------------------------------


def test_a_one_sided_suggestion_is_kept_below_the_threshold():
    body = "Volta Motors agreed to sell its van unit for $2bn."
    assert deals(body) == []
    (hidden,) = deals(body, min_confidence=0)
    assert hidden.parties == {"volta": "seller"} and hidden.confidence < SHOW_AT


def test_a_sale_being_explored_with_a_price_is_shown_without_a_buyer():
    body = "Volta Motors is exploring a possible sale of its van unit, which could fetch $2bn."
    (shown,) = deals(body)
    assert shown.parties == {"volta": "seller"} and shown.confidence >= SHOW_AT


def test_a_plain_two_sided_deal_with_terms_is_confident():
    deal = one_deal("Volta Motors agreed to buy Bavaria Autowerke for €1bn.")
    assert deal.confidence >= 0.8


def test_a_deal_whose_buyer_came_from_a_reference_is_less_confident():
    direct = one_deal("Volta Motors will buy Bavaria Autowerke for €1bn.")
    resolved = one_deal("Volta Motors met analysts. It will buy Bavaria Autowerke for €1bn.")
    assert resolved.parties == direct.parties
    assert resolved.confidence < direct.confidence


def test_bolivianos_told_by_their_letters():
    (money,) = find_money("It could fetch Bs 1.2 billion in the sale.")
    assert (money.value, money.currency) == (1_200_000_000, "BOB")


def test_a_trigger_is_looked_for_only_among_those_that_can_start_with_its_letter():
    """The shortcut finds exactly what the whole pattern finds, at every word of real copy."""
    import re
    from pathlib import Path

    import yaml

    from intelligence.deals.triggers import ANY_TRIGGER, _first_letters, trigger_at

    assert _first_letters(r"\b(?:buy|sell)s?\b") == frozenset("bBsS")
    assert _first_letters(r"(?:the\s+)?bid") == frozenset("tTbB")
    assert _first_letters(r"(?<=['’]s )\w+") is None  # any word after a possessive
    assert _first_letters(r"(?:a)?") is None  # may match nothing: anything
    stories = yaml.safe_load(
        (Path(__file__).parent / "data" / "dev-battery-deals3" / "stories.yaml").read_text()
    )
    tried = 0
    for story in stories:
        text = f"{story['title']}. {story['body']}".replace("\n\n", " ")
        for word in re.finditer(r"\w|[$£€'‘“]", text):
            whole, quick = ANY_TRIGGER.match(text, word.start()), trigger_at(text, word.start())
            assert (whole and (whole.span(), whole.lastgroup)) == (
                quick and (quick.span(), quick.lastgroup)
            ), text[word.start() : word.start() + 60]
            tried += bool(whole)
    assert tried > 40
    long_s = "ſold 40% of X"  # beyond ASCII, case folding is the whole pattern's
    assert trigger_at(long_s, 0).span() == ANY_TRIGGER.match(long_s, 0).span() == (0, 4)
