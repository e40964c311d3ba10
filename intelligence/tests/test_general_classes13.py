"""Deal extraction on a thirteenth round of general classes, written in our own words
before reading anything new: sixty stories of business between two companies that report
no deal. Goods bought for a price ("bought $50m of carbon credits from X", "coffee worth
$90m a year", "all the cobalt X produces", "X's entire output"), a price that recurs ("will
pay X $300m a year for electricity"), a right paid for ("a licence to use its technology",
"a 20-year lease on X's terminal"), a company's debt held ("its holding in X's bonds") and
a holding or purchase counted in the accounts ("wrote down the value of its stake in X",
"a charge on its purchase of X"); beside them the deals that use the same words and must
still be read. And the holder who sells, told without "that" ("all the shares X owns in
Y")."""

import pytest

from intelligence.tests.test_general_classes import deals, facts


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group agreed to buy 24 aircraft from Fjellpay for $2.1bn, with deliveries"
            " from 2028."
        ),
        "Halden Group placed an order worth NOK 4bn with Fjellpay for six ferries.",
        (
            "Halden Group will pay Fjellpay $300m a year for electricity under a 15-year "
            "power purchase agreement."
        ),
        "Halden Group bought the television rights to the league from Fjellpay for €450m.",
        (
            "Halden Group agreed to pay $85m to settle claims brought by Fjellpay. The "
            "settlement ends a four-year dispute."
        ),
        (
            "Halden Group offered to buy back up to $500m of its bonds. Corvid Partners is "
            "managing the tender offer."
        ),
        (
            "Halden Group said it would return $1bn to shareholders, including Corvid "
            "Partners, its largest investor."
        ),
        "Halden Group paid a dividend of $200m to its parent, Fjellpay.",
        "Halden Group chose Fjellpay to build its new headquarters, a contract worth $120m.",
        "Fjellpay won a $75m order from Halden Group for packaging lines.",
        (
            "Halden Group signed a $600m loan with Corvid Partners and Osprey Capital to "
            "refinance its debt."
        ),
        (
            "Halden Group priced its initial public offering at $14 a share, raising $400m. "
            "Corvid Partners and Osprey Capital ran the offering."
        ),
        (
            "Halden Group sold $750m of green bonds; Corvid Partners bought about a fifth of "
            "the issue."
        ),
        "Corvid Partners raised its holding in Halden Group's bonds, according to a filing.",
        "Halden Group is buying coffee worth $90m a year from Fjellpay under a new contract.",
        (
            "Halden Group will spend $2bn on new stores over five years, the company said, "
            "without naming a builder. Fjellpay, its main rival, is spending half as much."
        ),
        (
            "Halden Group took delivery of the first of 12 vessels it ordered from Fjellpay "
            "for $900m."
        ),
        (
            "Fjellpay will supply Halden Group with 2m tonnes of iron ore a year in a deal "
            "worth about $1.5bn."
        ),
        "Halden Group struck a deal with Fjellpay to sell its products in 400 supermarkets.",
        "Halden Group renewed its $40m-a-year sponsorship deal with Fjellpay.",
        "Halden Group acquired a 20-year lease on Fjellpay's port terminal for $60m.",
        (
            "Halden Group bought a portfolio of office buildings in Oslo for NOK 3bn from a "
            "fund managed by Corvid Partners."
        ),
        (
            "Halden Group agreed to acquire 500 megawatts of solar capacity from Fjellpay "
            "under long-term contracts."
        ),
        "The deal, worth $250m, makes Fjellpay the sole supplier of chips to Halden Group.",
        "Halden Group has agreed terms with Fjellpay on a $30m contract to run its call centres.",
        "Halden Group paid Fjellpay $45m for a licence to use its battery technology.",
        (
            "Halden Group's board approved a $3bn share buyback. Corvid Partners, which owns "
            "12% of the company, welcomed the move."
        ),
        (
            "Corvid Partners, which owns 12% of Halden Group, voted against the pay report at"
            " the annual meeting."
        ),
        "Osprey Capital, Halden Group's second-largest shareholder, called for a new chairman.",
        (
            "Halden Group's shares fell 8% after Fjellpay cut its orders. Corvid Partners "
            "downgraded the stock to sell with a price target of $12."
        ),
        (
            "Halden Group was valued at $4bn in its last funding round in 2022, led by Corvid"
            " Partners."
        ),
        (
            "Halden Group is worth about $6bn, according to Corvid Partners, which valued "
            "Fjellpay at $2bn."
        ),
        "Halden Group wrote down the value of its stake in Fjellpay by $150m.",
        (
            "Halden Group booked a $90m gain on the sale of shares in Fjellpay last year, "
            "helping profit rise 12%."
        ),
        "Halden Group paid Fjellpay €3m in damages after a court ruled it had copied a design.",
        "Regulators fined Halden Group $20m for failing to report its stake in Fjellpay on time.",
        (
            "Halden Group hired Corvid Partners's former chairman, who oversaw the bank's "
            "purchase of Osprey Capital, as chief executive."
        ),
        "Halden Group and Fjellpay agreed to end their joint marketing arrangement.",
        (
            "Halden Group will open stores inside Fjellpay's supermarkets under a ten-year "
            "agreement worth $80m."
        ),
        (
            "Halden Group's chairman bought shares worth $2m in the company, a filing showed."
            " Corvid Partners also added to its position."
        ),
        (
            "Halden Group will invest $400m in its factories in Brazil, where it competes "
            "with Fjellpay."
        ),
        "Halden Group has invested $1bn in Fjellpay's home market since 2015.",
        "Halden Group outbid Fjellpay for a licence to run the national lottery, paying $700m.",
        (
            "Halden Group and Fjellpay both bid for the government's 30% stake in the "
            "airport; the auction was postponed."
        ),
        (
            "Halden Group completed the sale of $500m of notes to investors including Corvid "
            "Partners and Osprey Capital."
        ),
        "Halden Group secured a $250m credit facility from Corvid Partners.",
        (
            "Halden Group took a $1.2bn charge on its purchase of Fjellpay, which it "
            "completed in 2019."
        ),
        (
            "Halden Group is integrating Fjellpay, which it bought for $3bn last year, and "
            "expects savings of $200m."
        ),
        (
            "Halden Group said the merger of its two Norwegian units would save NOK 300m a "
            "year. Fjellpay, a rival, reported flat sales."
        ),
        (
            "Halden Group agreed to pay up to $150m in milestone payments to Fjellpay for a "
            "drug it licensed."
        ),
        "Halden Group will buy all the cobalt Fjellpay produces over the next five years.",
        "Halden Group bought $50m of carbon credits from Fjellpay.",
        (
            "Fjellpay agreed to buy Halden Group's entire output of recycled plastic for ten "
            "years, a deal worth $200m."
        ),
        "Halden Group chartered three tankers from Fjellpay for $40m.",
        (
            "Halden Group invested in new software from Fjellpay, paying $12m for a five-year"
            " licence."
        ),
        (
            "Halden Group's pension scheme agreed a £2bn buy-in with Fjellpay, an insurer, "
            "covering 8,000 retirees."
        ),
        "Halden Group agreed to sell 40 trains to Fjellpay for €1.1bn.",
        "Corvid Partners underwrote Halden Group's €600m rights issue.",
        "Halden Group subscribed for $30m of Fjellpay's bonds.",
    ],
)
def test_business_between_two_companies_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body, parties, value",
    [
        (
            "Halden Group agreed to pay $2bn for Fjellpay, the power company.",
            {"halden": "acquirer", "fjellpay": "target"},
            "2000000000",
        ),
        (
            "Halden Group paid Nordkap Holdings $300m for Fjellpay, which earns $30m a year.",
            {"halden": "acquirer", "nordkap": "seller", "fjellpay": "target"},
            "300000000",
        ),
        (
            "Halden Group bought $50m of Fjellpay stock from Corvid Partners.",
            {"halden": "acquirer", "fjellpay": "target", "corvid": "seller"},
            "50000000",
        ),
        (
            "Halden Group acquired Fjellpay, the licence holder, for $40m.",
            {"halden": "acquirer", "fjellpay": "target"},
            "40000000",
        ),
        (
            "Halden Group is buying Fjellpay, which sells coffee worth $90m a year, for $400m.",
            {"halden": "acquirer", "fjellpay": "target"},
            "400000000",
        ),
        (
            "Halden Group agreed to buy Fjellpay's payments business for $150m.",
            {"halden": "acquirer", "fjellpay": "seller"},
            "150000000",
        ),
    ],
)
def test_deals_told_in_the_same_words_are_still_read(body, parties, value):
    (deal,) = deals(body)
    assert (dict(deal.parties), facts(deal)[3]) == (parties, value)


@pytest.mark.parametrize(
    "body, stake",
    [
        ("Halden Group raised its holding in Fjellpay to 30%.", "30"),
        ("Halden Group took a 20% stake in Fjellpay in a debt-for-equity swap.", "20"),
    ],
)
def test_a_holding_in_the_company_itself_is_still_an_investment(body, stake):
    (deal,) = deals(body)
    assert (dict(deal.parties), facts(deal)[5]) == (
        {"halden": "investor", "fjellpay": "investee"},
        stake,
    )


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group will buy all the shares Nordkap Holdings owns in Fjellpay for $300m.",
        "Halden Group will buy the 30% Nordkap Holdings holds in Fjellpay.",
        "Halden Group will buy the 30% stake Nordkap Holdings holds in Fjellpay.",
        "Halden Group will buy the shares that Nordkap Holdings owns in Fjellpay.",
    ],
)
def test_the_holder_told_without_that_sells(body):
    (deal,) = deals(body)
    assert deal.parties["nordkap"] == "seller"
    assert deal.parties["fjellpay"] in ("target", "investee")


# --- stories of a few sentences that tell no deal: history, holdings kept, shared plants ---


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group said profit rose 14% in the third quarter. The company, which "
            "bought Fjellpay for $1.2bn in 2021, said the unit's sales grew 9%. Chief "
            "executive Ines Dahl said she was open to more deals of that kind."
        ),
        (
            "Fjellpay has rejected claims that it overpaid for its 2019 takeover of Corvid "
            "Partners. A group of shareholders sued the company in March, saying the $800m "
            "price was too high. A judge dismissed the case on Friday."
        ),
        (
            "Halden Group's failed attempt to merge with Fjellpay five years ago still shapes"
            " the industry. The two companies called off talks in 2020 after regulators "
            "raised concerns. Both have since grown on their own."
        ),
        (
            "Halden Group will not bid for Fjellpay, its chairman told shareholders at the "
            'annual meeting. "We looked at it, and the price was wrong," he said. Fjellpay '
            "shares fell 6%."
        ),
        (
            "Corvid Partners, the private equity firm, has said it will keep its 25% stake in"
            " Halden Group for at least three more years. The stake, bought in 2018, is now "
            "worth about $600m."
        ),
        (
            "Halden Group and Fjellpay traded barbs on Tuesday over a pricing dispute. Halden"
            " said Fjellpay had raised prices by 20%. Fjellpay said its costs had risen. "
            "Neither said whether their ten-year supply deal, worth $1bn, was at risk."
        ),
        (
            "Shares in Fjellpay jumped 12% on Monday after a newspaper said Halden Group was "
            "studying a bid. On Tuesday Halden said it was not studying a bid and had no "
            "plans to make one. The shares gave back their gains."
        ),
        (
            "Halden Group appointed Corvid Partners and Osprey Capital as joint bookrunners "
            "for a planned bond sale of up to $1bn. The proceeds will be used to repay loans "
            "taken out to fund its 2022 purchase of Fjellpay."
        ),
        (
            "Ten years after Halden Group bought Fjellpay for $300m, the brand is worth three"
            " times as much, according to Corvid Partners, which advised on the deal. Halden "
            "has no plans to sell it."
        ),
        (
            "Halden Group's annual report shows it paid $12m in fees to Corvid Partners last "
            "year, mostly for advice on the abandoned purchase of Fjellpay."
        ),
        (
            "Halden Group has sold 2m bottles of Fjellpay sauce since the two signed a "
            "distribution agreement in January. Halden expects sales to double next year."
        ),
        (
            "Corvid Partners has cut its forecast for Halden Group's earnings after the "
            "company lost a contract with Fjellpay worth $45m a year. Corvid now values "
            "Halden shares at $18."
        ),
        (
            "The competition regulator fined Halden Group €14m for failing to notify it "
            "before completing its takeover of Fjellpay in 2023. Halden said it would appeal."
        ),
        (
            "Halden Group is considering selling assets to cut its debt, chief financial "
            "officer Tom Berg said. He did not name any assets. Analysts at Corvid Partners "
            "said the company's stake in Fjellpay could be one candidate."
        ),
        (
            "Fjellpay said it had received no approach from Halden Group, after shares in "
            "both companies moved on rumours of a merger. Halden declined to comment."
        ),
        (
            "Halden Group's bid for Fjellpay, which collapsed in 2017, was the biggest food "
            "deal of its decade at $4bn. Neither company has come close to such a deal since."
        ),
        (
            "Halden Group has hired Corvid Partners to help it defend against a possible "
            "hostile bid. No bidder has come forward."
        ),
        (
            "The founder of Fjellpay has stepped down as chairman. She built the company from"
            " a single bakery and sold a 40% stake to Halden Group in 2011. Her son will take"
            " over as chairman."
        ),
        (
            "Osprey Capital is raising a new $2bn fund to buy food companies in southern "
            "Europe. Its previous fund bought Fjellpay and sold it to Halden Group at three "
            "times its money."
        ),
        (
            "Halden Group's shareholders approved a plan to pay a special dividend of $2 a "
            "share, funded by the sale of its stake in Fjellpay last year."
        ),
        (
            "Corvid Partners has become the biggest shareholder in Halden Group after the "
            "company bought back shares from other investors, lifting Corvid's holding to 11%"
            " without it buying a single share."
        ),
        (
            "Halden Group is in talks with banks including Corvid Partners about refinancing "
            "$2bn of debt. The talks are expected to conclude next month."
        ),
        (
            "Halden Group and Fjellpay are in talks with unions about pay at the plant they "
            "jointly run, which employs 3,000 people."
        ),
        (
            "Halden Group and Fjellpay have extended their joint venture, formed in 2014, by "
            "ten years. The venture, which makes packaging, had sales of €400m last year."
        ),
        (
            "Halden Group denied a report that it had agreed to sell its 30% stake in "
            'Fjellpay to Corvid Partners for $500m. "There is no agreement and there are no '
            'talks," a spokesman said.'
        ),
        (
            "Halden Group is suing Fjellpay for $300m, saying the company breached the terms "
            "of the sale of its frozen-food business in 2021."
        ),
        (
            "The takeover of Fjellpay by Halden Group is the subject of a new business school"
            " case study. The $1.1bn deal was completed in 2012."
        ),
        (
            "Halden Group reported a loss after a $400m writedown on Fjellpay, the company it"
            " bought in 2020. Its shares fell 9%."
        ),
        (
            "Halden Group's market value passed $10bn for the first time, more than Fjellpay "
            "and Corvid Partners combined."
        ),
    ],
)
def test_stories_that_tell_only_history_and_holdings_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body, status, value",
    [
        (
            "Halden Group agreed to buy Fjellpay for $1bn. The deal is expected to be"
            " completed in 2027.",
            "announced",
            "1000000000",
        ),
        (
            "Halden Group completed its purchase of Fjellpay, agreed in 2025, on Tuesday.",
            "completed",
            None,
        ),
        (
            "Halden Group bought Fjellpay on Monday. The $1.1bn deal was completed in record time.",
            "completed",
            "1100000000",
        ),
    ],
)
def test_a_year_to_come_and_a_deal_of_today_are_still_news(body, status, value):
    (deal,) = deals(body)
    assert (deal.status, facts(deal)[3]) == (status, value)


def test_a_venture_run_jointly_from_now_on_is_still_a_partnership():
    (deal,) = deals("Halden Group and Fjellpay will jointly run the plant under a new partnership.")
    assert deal.kind == "partnership"


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group will keep its 25% stake in Fjellpay and buy a further 10% from Nordkap.",
        "Halden Group has a 25% stake in Fjellpay and will buy a further 10% from Nordkap.",
        "Halden Group, which owns 25% of Fjellpay, will buy another 10% from Nordkap Holdings.",
    ],
)
def test_a_further_part_is_of_the_company_whose_holding_was_just_told(body):
    (deal,) = deals(body)
    assert (dict(deal.parties), facts(deal)[5]) == (
        {"halden": "investor", "fjellpay": "investee", "nordkap": "seller"},
        "10",
    )


# --- deal words about other things: programmes merged, roles taken over, advice, markets ---


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group and Fjellpay agreed to merge their loyalty programmes, letting "
            "shoppers earn points at both chains."
        ),
        (
            "Halden Group merged its two Nordic divisions into one unit to cut costs. "
            "Fjellpay, its rival, did the same last year."
        ),
        (
            "Halden Group is buying time with its lenders, analysts at Corvid Partners said, "
            "after it missed a bond payment."
        ),
        (
            "Investors have not bought into Halden Group's turnaround plan, and Fjellpay "
            "shares have outperformed."
        ),
        "Halden Group bought the naming rights to the Fjellpay Arena for $30m over ten years.",
        "Halden Group won 2 million new customers after Fjellpay left the market.",
        "Halden Group took over Fjellpay's role as the league's main sponsor.",
        (
            "A Corvid Partners-led consortium won the tender to build the new airport "
            "terminal, beating Halden Group."
        ),
        (
            "If Halden Group bought Fjellpay, it would control half the market, which is why "
            "regulators would never allow it."
        ),
        (
            "Halden Group's chief executive said she would rather build than buy, ruling out "
            "a bid for Fjellpay or any rival."
        ),
        "Halden Group is Fjellpay's largest customer, buying about a third of its output.",
        (
            "Shares in Halden Group were sold heavily by hedge funds, including Corvid "
            "Partners, after the profit warning."
        ),
        (
            "The sell-off in Fjellpay shares deepened on Tuesday, and Halden Group fell 3% in"
            " sympathy."
        ),
        (
            "Halden Group and Fjellpay settled their patent dispute. Halden will pay Fjellpay"
            " $20m and both will drop their lawsuits."
        ),
        (
            "Halden Group named a former Corvid Partners partner, who oversaw the fund's "
            "stake in Fjellpay, as its new finance chief."
        ),
        (
            "Corvid Partners closed its fourth fund at $2bn. Investors include the pension "
            "fund of Halden Group."
        ),
        (
            'Halden Group\'s chairman said the company was "not for sale", after Corvid '
            "Partners built a 4% position in the shares."
        ),
        "Halden Group will sell its products through Fjellpay's online shop from January.",
        (
            "Fjellpay, a former Halden Group subsidiary that was spun off in 2015, reported "
            "record sales."
        ),
        "Halden Group and Fjellpay have agreed to share a warehouse in Rotterdam.",
        (
            "Halden Group has agreed to supply Fjellpay with packaging for five years, a "
            "contract analysts at Corvid Partners value at $150m."
        ),
        "Halden Group's bid to host the trade fair was rejected; Fjellpay will host it instead.",
        "Halden Group sold out of its new cereal within a week, and Fjellpay has ordered more.",
        (
            "Halden Group said it would defend itself against any takeover attempt, though no"
            " bidder has emerged. Fjellpay has been mentioned as a possible suitor by "
            "analysts, but it denied any interest."
        ),
        (
            "Halden Group is exploring options for its Asian business, including a "
            "partnership with Fjellpay to distribute its products in Japan."
        ),
        "Halden Group was once owned by Fjellpay, which sold it to the founders in 1998.",
        (
            "Halden Group raised $300m by selling shares to investors in an accelerated "
            "bookbuild run by Corvid Partners."
        ),
        (
            "The merger of Corvid Partners's two funds will create a $5bn vehicle. Halden "
            "Group and Fjellpay are among the funds' holdings."
        ),
        "Halden Group's offer to Fjellpay's staff of jobs at its new plant drew 400 applicants.",
        (
            "Halden Group and Fjellpay were fined €30m each for colluding on prices between "
            "2018 and 2021."
        ),
        (
            "Halden Group completed the purchase of a new headquarters in Oslo from a "
            "property fund, and Fjellpay moved into its old offices."
        ),
        (
            "Halden Group's takeover defences include a poison pill adopted after Fjellpay "
            "bought a 9% stake in 2019."
        ),
        'Halden Group has no plans to buy Fjellpay, but "never say never", its chairman said.',
        "Analysts say Halden Group should buy Fjellpay. Halden says it is happy as it is.",
        (
            "The deal that made Halden Group what it is, its 2004 merger with Fjellpay, is "
            "twenty years old this month."
        ),
        (
            "Halden Group outsourced its IT to Fjellpay's technology arm in a seven-year "
            "contract worth $200m."
        ),
        (
            "Corvid Partners is selling its shares in Halden Group at a loss, according to "
            "filings, after cutting its holding from 8% to 3% over the year."
        ),
        (
            "Halden Group is the preferred bidder for the government's port concession; "
            "Fjellpay came second."
        ),
        (
            "Halden Group invested heavily in automation last year, spending $400m, while "
            "Fjellpay invested in stores."
        ),
        "Halden Group will take a 20% cut in its order from Fjellpay next year.",
    ],
)
def test_deal_words_about_other_things_are_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body, kind, parties",
    [
        (
            "Halden Group and Fjellpay agreed to merge their businesses.",
            "merger",
            {"halden": "partner", "fjellpay": "partner"},
        ),
        (
            "Halden Group took over Fjellpay's payments business.",
            "acquisition",
            {"halden": "acquirer", "fjellpay": "seller"},
        ),
        (
            "Halden Group formed a partnership with Fjellpay to develop batteries.",
            "partnership",
            {"halden": "partner", "fjellpay": "partner"},
        ),
        (
            "Halden Group's offer to Fjellpay's shareholders values the company at $1bn.",
            "acquisition",
            {"halden": "acquirer", "fjellpay": "target"},
        ),
        (
            "Fjellpay raised $30m in a Series B round led by Corvid Partners.",
            "investment",
            {"fjellpay": "investee", "corvid": "investor"},
        ),
    ],
)
def test_the_same_words_about_companies_are_still_deals(body, kind, parties):
    (deal,) = deals(body)
    assert (deal.kind, dict(deal.parties)) == (kind, parties)


# --- a purchase told in forty ways of our own: won, landed, a new owner named, the teller ---


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group has bagged Fjellpay for $1bn.",
        "Halden Group landed Fjellpay for $1bn after a three-month auction.",
        "Fjellpay has a new owner: Halden Group, which paid $1bn.",
        "Fjellpay has found a buyer: Halden Group will pay $1bn for the company.",
        "Fjellpay is now in the hands of Halden Group, which paid $1bn.",
        "Fjellpay said Halden Group would buy it for $1bn.",
        "Fjellpay confirmed on Monday it had agreed to be bought by Halden Group for $1bn.",
        "Fjellpay's board backed a $1bn takeover by Halden Group.",
        "Fjellpay's shareholders voted to accept Halden Group's $1bn offer.",
        "Halden Group won the auction for Fjellpay with a $1bn bid.",
        "Halden Group emerged as the winning bidder for Fjellpay, agreeing to pay $1bn.",
        "Halden Group sealed its $1bn purchase of Fjellpay on Friday.",
        "It's official: Halden Group is buying Fjellpay, for $1bn.",
        "Halden Group has struck a $1bn deal for Fjellpay.",
        "Halden Group has agreed a $1bn deal to take over Fjellpay.",
        "Halden Group clinched a $1bn deal for Fjellpay.",
        "Halden Group has added Fjellpay to its portfolio in a $1bn deal.",
        "Halden Group is to absorb Fjellpay in a $1bn deal.",
        "Fjellpay goes to Halden Group for $1bn.",
        "Halden Group beat two rivals to Fjellpay, paying $1bn.",
        "Halden Group agreed to pay $1bn for Fjellpay, the Lisbon snack maker.",
        "Fjellpay will become part of Halden Group under a $1bn agreement announced on Monday.",
        "Halden Group has signed a binding agreement to acquire Fjellpay for $1bn.",
        "Halden Group has exercised its option to buy Fjellpay for $1bn.",
        "Halden Group took Fjellpay private in a $1bn deal.",
        "Halden Group has completed the $1bn takeover of Fjellpay.",
        (
            "Q: Why did you buy Fjellpay? A: Halden Group paid $1bn for Fjellpay because we "
            "needed its brands."
        ),
        "The buyer of Fjellpay is Halden Group, which paid $1bn.",
        "Fjellpay, the Lisbon snack maker, is being sold to Halden Group for $1bn.",
        "Halden Group snapped up Fjellpay for $1bn.",
        "Halden Group has gobbled up Fjellpay in a $1bn deal.",
        "Halden Group's $1bn purchase of Fjellpay was approved by regulators on Tuesday.",
        "Regulators cleared Halden Group's $1bn takeover of Fjellpay.",
        "Halden Group now owns Fjellpay after paying $1bn.",
        "Halden Group acquired all of Fjellpay for $1bn.",
        "Halden Group acquired the whole of Fjellpay for $1bn.",
        "Halden Group has bought out Fjellpay's founders, paying $1bn for the company.",
    ],
)
def test_a_purchase_told_in_the_desk_s_many_ways_names_buyer_and_bought(body):
    found = [dict(d.parties) for d in deals(body)]
    assert any(p.get("halden") == "acquirer" and p.get("fjellpay") == "target" for p in found)


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group landed a $40m contract from Fjellpay for its new plant.",
        "Halden Group landed Fjellpay as a customer last year.",
        "Halden Group secured a $40m contract from Fjellpay.",
        "Halden Group secured a $250m loan from Corvid Partners.",
        "The owner of Fjellpay is Halden Group, which bought it in 2015.",
        "Fjellpay said Halden Group would buy its products for $1m a year.",
    ],
)
def test_the_same_words_about_contracts_customers_and_owners_of_old_are_no_purchase(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        "Fjellpay raised $40m from Corvid Partners.",
        "Fjellpay secured $40m of funding from Corvid Partners.",
        "Fjellpay landed $12m in new money from Corvid Partners.",
    ],
)
def test_money_raised_from_an_investor_is_still_an_investment(body):
    (deal,) = deals(body)
    assert dict(deal.parties) == {"fjellpay": "investee", "corvid": "investor"}


# --- the price told in thirty ways of our own, beside amounts that are not it ---


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group agreed to buy Fjellpay in a deal that values the snack maker at $1bn.",
        "Halden Group is paying $1bn, or $12 a share, for Fjellpay.",
        (
            "Halden Group agreed to buy Fjellpay for an undisclosed sum, which people "
            "familiar with the deal put at $1bn."
        ),
        "Halden Group agreed to buy Fjellpay in a deal said to be worth $1bn.",
        "Halden Group agreed to buy Fjellpay at a price of $1bn.",
        "Halden Group agreed to buy Fjellpay. The price: $1bn.",
        "Halden Group agreed to buy Fjellpay. Terms: $1bn in cash.",
        "Halden Group is spending $1bn on Fjellpay, its biggest purchase yet.",
        "Halden Group tabled a $1bn offer for Fjellpay.",
        "Halden Group put $1bn on the table for Fjellpay.",
        "Fjellpay changes hands for $1bn as Halden Group takes over.",
        (
            "Halden Group agreed to buy Fjellpay. The transaction, worth some $1bn, is "
            "expected to close in March."
        ),
        "Halden Group agreed to buy Fjellpay for $1bn in cash and shares.",
        "Halden Group agreed to buy Fjellpay for $1bn, including debt.",
        (
            "Halden Group agreed to buy Fjellpay for $1bn, a 30% premium to its closing price"
            " of $9.20."
        ),
        "Halden Group agreed to buy Fjellpay for $1bn. Fjellpay had sales of $400m last year.",
        "Halden Group agreed to buy Fjellpay for $1bn. Its shares rose 20% to $11.50.",
        (
            "Halden Group agreed to buy Fjellpay. Halden will pay $1bn, funded from cash and "
            "a $500m loan."
        ),
        "Halden Group agreed to buy Fjellpay for $1bn, or about 12 times earnings.",
        "Halden Group is buying Fjellpay. It will pay $1bn, its chief executive said.",
        "Halden Group's $1bn deal for Fjellpay was approved by shareholders.",
        "Halden Group agreed to buy Fjellpay. At $1bn, it is the largest food deal this year.",
        (
            "Halden Group agreed to buy Fjellpay for $1bn, beating a $900m offer from Corvid "
            "Partners."
        ),
        (
            "Halden Group agreed to buy Fjellpay. The $1bn price includes $200m that depends "
            "on next year's sales."
        ),
        (
            "Halden Group agreed to buy Fjellpay for $1bn. The company will pay a $30m break "
            "fee if the deal fails."
        ),
        (
            "Fjellpay agreed to be bought by Halden Group for $1bn, ending a sale process run"
            " by Corvid Partners, which earned $15m in fees."
        ),
        "Halden Group, which has $3bn of cash, agreed to buy Fjellpay for $1bn.",
        "Halden Group agreed to buy Fjellpay, which it values at $1bn.",
        "Halden Group agreed to buy Fjellpay for one billion dollars.",
    ],
)
def test_the_price_told_in_the_desk_s_many_ways_is_read(body):
    found = [d for d in deals(body) if d.parties.get("halden") == "acquirer"]
    assert [(d.parties.get("fjellpay"), facts(d)[3], facts(d)[4]) for d in found] == [
        ("target", "1000000000", "USD")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group is spending $1bn on Fjellpay's new plant.",
        "Halden Group spent $400m on automation last year, more than Fjellpay.",
        "The money changed hands on Monday, Fjellpay and Halden Group said.",
    ],
)
def test_money_spent_on_things_is_no_purchase(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


# --- investors told as investors: a portfolio, a holding, money put into places ---


@pytest.mark.parametrize(
    "body",
    [
        (
            "Corvid Partners, an investor in Fjellpay since 2015, said it was pleased with "
            "the results."
        ),
        "Corvid Partners remains Fjellpay's biggest investor, with 18% of the shares.",
        "Corvid Partners's investment in Fjellpay has tripled in value since 2019.",
        "Corvid Partners has backed Fjellpay since its first round in 2016.",
        "Corvid Partners's partner joined the board of Fjellpay last week.",
        (
            "Corvid Partners, whose portfolio includes Fjellpay and Halden Group, is raising "
            "a new fund."
        ),
        (
            "Halden Group pledged to invest $1bn in Portugal, where Fjellpay is based, over "
            "five years."
        ),
        "Halden Group will invest $50m in Fjellpay's home town to build a logistics hub.",
        "Corvid Partners invests mostly in food companies such as Fjellpay and Halden Group.",
        (
            "Corvid Partners is an investor in both Halden Group and Fjellpay, which compete "
            "in Spain."
        ),
        "Halden Group said it would invest in new stores next year; Fjellpay said the same.",
        "Corvid Partners has invested in more than 40 companies, including Fjellpay.",
        "Fjellpay was one of Corvid Partners's best investments, its founder told the conference.",
        "Corvid Partners's stake in Fjellpay is worth about $300m at current prices.",
        "Corvid Partners did not take part in Fjellpay's latest round.",
        (
            "Fjellpay thanked its investors, including Corvid Partners, at its tenth "
            "anniversary party."
        ),
        "Halden Group invested in Fjellpay's bonds when they were issued in 2021.",
        (
            "Corvid Partners's investment committee approved a new strategy. Fjellpay and "
            "Halden Group are among its holdings."
        ),
        "Corvid Partners raised its price target for Fjellpay to $30 and for Halden Group to $25.",
        (
            "The fund that backed Fjellpay, Corvid Partners, has hired a new chief investment"
            " officer."
        ),
        "Fjellpay's investors, led by Corvid Partners, voted against the chairman's re-election.",
        (
            "Corvid Partners, which led Fjellpay's 2019 round, is now looking to sell its "
            "stake, but has not hired advisers, and Halden Group said it was not interested."
        ),
        (
            "Corvid Partners has been an investor in Halden Group for a decade and owns 9% of"
            " Fjellpay."
        ),
    ],
)
def test_an_investor_told_by_its_portfolio_or_its_holdings_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body, parties",
    [
        (
            "Halden Group will invest $50m in Fjellpay's new shares.",
            {"halden": "investor", "fjellpay": "investee"},
        ),
        (
            "Halden Group will subscribe for $50m of Fjellpay's new shares.",
            {"halden": "investor", "fjellpay": "investee"},
        ),
        (
            "Halden Group invested $50m in Fjellpay's Series B round.",
            {"halden": "investor", "fjellpay": "investee"},
        ),
        (
            "Halden Group bought Fjellpay's shares from Nordkap Holdings.",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
        ),
    ],
)
def test_a_company_s_new_shares_or_shares_bought_from_another_are_of_that_company(body, parties):
    (deal,) = deals(body)
    assert dict(deal.parties) == parties


@pytest.mark.parametrize(
    "body, parties",
    [
        (
            "Halden Group has landed Fjellpay in a $1bn deal.",
            {"halden": "acquirer", "fjellpay": "target"},
        ),
        (
            "Corvid Partners has written a $50m cheque for Fjellpay.",
            {"corvid": "investor", "fjellpay": "investee"},
        ),
        (
            "Corvid Partners has committed $50m to Fjellpay.",
            {"corvid": "investor", "fjellpay": "investee"},
        ),
        (
            "Halden Group agreed to buy Fjellpay for $1bn. Nordkap Holdings bought Fjellpay in"
            " 2015 for $400m.",
            {"halden": "acquirer", "fjellpay": "target", "nordkap": "seller"},
        ),
        (
            "Halden Group agreed to buy Fjellpay for $1bn from Corvid Partners. Nordkap Holdings"
            " bought Fjellpay in 2015.",
            {"halden": "acquirer", "fjellpay": "target", "corvid": "seller"},
        ),
    ],
)
def test_a_cheque_a_commitment_and_the_owner_of_old_as_seller(body, parties):
    (deal,) = deals(body)
    assert dict(deal.parties) == parties


@pytest.mark.parametrize(
    "body",
    [
        "Corvid Partners has committed $50m to Fjellpay's expansion in Asia.",
        "Corvid Partners has committed $50m to the project.",
        "Halden Group wrote a cheque for the charity's appeal.",
    ],
)
def test_money_committed_to_things_is_no_investment(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


# --- the status told in the desk's own words ---


@pytest.mark.parametrize(
    "body, statuses",
    [
        ("Halden Group now owns Fjellpay. The $1bn purchase closed on Friday.", ("completed")),
        ("Halden Group's purchase of Fjellpay went through on Monday.", ("completed")),
        ("Fjellpay is now part of Halden Group after the $1bn deal closed.", ("completed")),
        ("Halden Group has taken ownership of Fjellpay.", ("completed")),
        ("Halden Group wrapped up its $1bn acquisition of Fjellpay on Tuesday.", ("completed")),
        ("Halden Group has finished buying Fjellpay.", ("completed")),
        (
            "Halden Group closed the purchase of Fjellpay, its biggest deal, on Friday.",
            ("completed"),
        ),
        ("Halden Group's $1bn bid for Fjellpay is dead, the company said.", ("collapsed")),
        ("Halden Group has pulled the plug on its $1bn takeover of Fjellpay.", ("collapsed")),
        ("Halden Group and Fjellpay have torn up their merger agreement.", ("collapsed")),
        ("Halden Group's purchase of Fjellpay fell apart over the price.", ("collapsed")),
        ("Fjellpay's shareholders voted down Halden Group's $1bn offer.", ("collapsed")),
        (
            "The competition authority prohibited Halden Group's purchase of Fjellpay.",
            ("collapsed"),
        ),
        ("Halden Group dropped its pursuit of Fjellpay on Monday.", ("collapsed")),
        ("Halden Group walked away from talks to buy Fjellpay.", ("collapsed")),
        ("Halden Group let its offer for Fjellpay lapse.", ("collapsed")),
        ("Halden Group's takeover of Fjellpay is off.", ("collapsed")),
        (
            "Halden Group is in the final stages of negotiations to buy Fjellpay.",
            ("in_talks", "rumoured"),
        ),
        (
            "Halden Group and Fjellpay are hammering out the terms of a merger.",
            ("in_talks", "rumoured"),
        ),
        (
            "Halden Group has entered exclusive negotiations to buy Fjellpay.",
            ("in_talks", "rumoured"),
        ),
        ("Halden Group is said to be circling Fjellpay.", ("rumoured", "in_talks")),
        ("Halden Group has been linked with a bid for Fjellpay.", ("rumoured")),
        ("Halden Group is tipped to buy Fjellpay, according to a Lisbon newspaper.", ("rumoured")),
        ("Halden Group has struck a deal to buy Fjellpay for $1bn.", ("announced")),
        ("Halden Group has reached agreement to buy Fjellpay.", ("announced")),
        ("Fjellpay has accepted Halden Group's $1bn offer.", ("announced")),
    ],
)
def test_the_status_told_in_the_desk_s_own_words(body, statuses):
    found = [d for d in deals(body) if {"halden", "fjellpay"} <= set(d.parties)]
    assert [d.status in statuses for d in found] == [True]


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group's offer for Fjellpay is off the table for now, but talks continue.",
        "Halden Group's shares fell sharply after Fjellpay's results sank the sector.",
    ],
)
def test_the_same_words_elsewhere_end_nothing(body):
    assert all(d.status != "collapsed" for d in deals(body))


# --- no-deal copy in varied desk styles: a Q&A, a diary, a market report, a week ahead ---


@pytest.mark.parametrize(
    "body",
    [
        (
            "Q: Would you ever sell Fjellpay? A: Never. Halden Group asked us twice, and "
            "twice we said no. Q: And Corvid Partners? A: They are shareholders, not buyers."
        ),
        (
            "Monday. Lunch with the finance chief of Halden Group, who says the company has "
            '"more cash than ideas". Fjellpay, he adds, is not one of the ideas.'
        ),
        (
            "Markets: Halden Group rose 4% and Fjellpay fell 2% after Corvid Partners "
            "upgraded the sector. Deal talk was absent from the floor."
        ),
        (
            "Week ahead: Halden Group reports results on Tuesday; Fjellpay holds its annual "
            "meeting on Thursday, where shareholders will vote on a new share buyback."
        ),
        (
            "Halden Group's founder, who sold her first bakery to Fjellpay in 1979 for a few "
            "thousand dollars, died on Sunday aged 91."
        ),
        (
            "On the radio this morning, Halden Group's chairman said he \"would love to own "
            'Fjellpay one day", then added that it was a joke.'
        ),
        (
            "Halden Group and Fjellpay, long rivals, will sponsor the same football club next"
            " season, the club said."
        ),
        (
            "Fjellpay's chief executive spent 20 years at Halden Group before joining the "
            "company, and Corvid Partners's chairman sits on both boards."
        ),
        (
            "The merger that created Halden Group in 1998 brought together two family firms; "
            "Fjellpay was founded the same year."
        ),
        (
            "Halden Group will buy back shares from its employees at $14 each, and Fjellpay "
            "is doing the same at $9."
        ),
        (
            "A court threw out a claim by Fjellpay that Halden Group had copied its "
            "packaging. Fjellpay had sought $40m in damages."
        ),
        (
            "Halden Group's investors day: the company promised $500m of acquisitions over "
            "three years but named no targets. Fjellpay shares did not move."
        ),
        (
            "Corvid Partners has sold out of its position in the sector, exiting Halden Group"
            " and Fjellpay over the past year through the market."
        ),
        (
            "Halden Group's deal with its unions, signed on Monday, gives workers a 5% rise. "
            "Fjellpay's staff are still negotiating."
        ),
        (
            "Fjellpay is the latest company to list on the Lisbon exchange, raising $200m. "
            "Halden Group, listed since 1999, fell 1%."
        ),
        (
            "The two companies, Halden Group and Fjellpay, share a founder's surname but have"
            " no links, a spokeswoman said."
        ),
        (
            "Halden Group's takeover of the top spot in the ranking of Nordic brands, ahead "
            "of Fjellpay, surprised analysts."
        ),
        (
            "Corvid Partners's chief executive, asked whether the fund would bid for "
            'Fjellpay, said: "We don\'t comment on rumours, and there are none."'
        ),
        (
            "Halden Group offered Fjellpay's customers a discount to switch, a move Fjellpay "
            "called desperate."
        ),
        (
            "Fjellpay has appointed Corvid Partners to review its pension scheme, which "
            "Halden Group's fund managers also advise on."
        ),
    ],
)
def test_no_deal_copy_in_varied_desk_styles_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []
