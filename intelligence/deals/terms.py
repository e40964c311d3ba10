"""Money and stakes: which amounts and percentages are a deal's terms."""

import re
from decimal import Decimal

from core.money import NOUN_CURRENCIES, Money, find_money, spelled_as_digits, territory_currencies

from .context import ASIDE_VALUE
from .kinds import ACQUISITION, SIDE, _words
from .sentences import INVEST_IN_THINGS, _in, _main_text, _Sentence
from .triggers import _DIGIT, NAME_AHEAD

# --- money and stakes ------------------------------------------------------------------
# An amount is not the deal's value when it is a price per share, a yearly figure, or
# when revenue, profit, a fine, a cost or a price target comes just before it.
NOT_VALUE_AFTER = _words(
    r"\s*(?:a|per|each)\s+(?:share|year|month|unit)\b|\s*annually\b|-(?:a|per)-share\b"
    # "an offer for all of its shares at €5.80 each", "two buyers paying €40m each"
    r"|\s+each\b"
    # A price by the unit of a good: "crude sold at about $70 a barrel".
    r"|\s*(?:a|per|each)\s+(?:barrel|tonne|ton|kilo|kilogram|kg|pound|lb|ounce|oz|litre|liter"
    r"|gallon|bushel|carat|head|bottle|megawatt-hour|mwh|kwh|day|week|night|minute|hectare"
    r"|acre|hundredweight|cwt|square\s+(?:metre|meter|foot))\b"
    # "84 francs in cash for each Bernina share", "310p per Calder share": a price per share.
    r"|\s+(?:in\s+(?:cash|stock|shares)\s+)?(?:for\s+)?(?:a|per|each|every)\s+"
    r"(?:[\w&'’.-]+\s+){0,2}?(?:share|unit)\b"
    # "6 million pounds of costs", "$40m in fees": what the deal costs, not its price.
    # (in lower case: "€6 million in Ķekava Charge" is money put into a company)
    r"|\s+(?:of|in)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?-i:costs?|charges?|fees|expenses|savings"
    r"|write-?downs?|impairments?|synergies|losses|liabilities|provisions|claims)\b"
    # The size of a fund or of what an investor manages is not the deal's: "its $2bn fund",
    # "$12bn in assets under management", "raised $5bn for its latest fund".
    r"|\s*(?:[\w-]+\s+){0,2}?(?:fund|funds|vehicle)\b(?!\s+(?:in|into)\b)"
    r"|\s*(?:in|of)\s+(?:(?:client|customer|customers['’]|investor|total)\s+)?(?:assets|aum"
    r"|deposits|funds|money)\b|\s*(?:in\s+)?(?:assets\s+)?under management\b"
    r"|\s+for\s+(?:its|a|the|their|his|her)\s+(?:[\w-]+\s+){0,3}?fund\b"
    # Debt raised to pay for a deal: "$1.5bn of debt financing", "a $2bn bridge loan".
    r"|\s+(?:of\s+)?(?:(?:its|their|the)\s+)?(?:new\s+|senior\s+|bank\s+|term\s+|acquisition\s+"
    r"|subordinated\s+|convertible\s+|green\s+|corporate\s+)?(?:debt|loans?|credit|bridge"
    r"|borrowings?|bonds?|notes|debentures|deposits)\b"
    # Public money toward a project: "financed in part by a €35 million grant"
    r"|\s+(?:(?:state|government|public|eu|federal)\s+)?(?:grants?|subsid(?:y|ies)|tax\s+credits?)\b"
    # What evens out a swap is not a price: "will pay €140m in cash to balance the exchange",
    # "$20m to make up the difference".
    r"|\s+(?:in\s+cash\s+)?to\s+(?:balance|equali[sz]e|even\s+out|make\s+up|bridge|cover)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:exchange|swap|difference|gap|values?|deal|trade)\b"
    # "a $60m break fee", "a $90m fine"
    r"|\s*(?:[\w-]+\s+){0,2}?(?:fine|penalty|settlement|(?:break|break-up|termination) fee)\b"
)
# Money spent on a company is its price: "is spending $1bn on Brisa Foods".
SPENT_ON_A_COMPANY = _words(
    r"\s+on\s+(?:buying\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\b)" + NAME_AHEAD
)
NOT_VALUE_BEFORE = _words(
    r"\b(?:revenue|revenues|sales|turnover|profit|profits|earnings|income|loss|losses|ebitda"
    r"|fine[ds]?|penalty|compensation|price target|target of|target to|spend"
    # What holders argued the deal missed: "argued the swap undervalued a Rs900 million
    # property in Clifton"
    r"|(?:under|over)valu(?:ed|es|ing)"
    # (but "the purchase cost THB 4.2bn" is its price)
    r"|(?<!purchase )(?<!deal )(?<!acquisition )(?<!takeover )(?<!transaction )(?<!stake )"
    r"(?<!sale )(?:cost|costs)"
    r"|spent|spending|premiums?|cash pile|set aside|settle\w*|dividend|salary|bonus"
    # What the market says a company is worth: "Its shares, at ₱9.10, value it at ₱7.3bn".
    r"|\b(?:its|their|(?-i:[A-Z])[\w&.-]*['’]s?)\s+shares\b(?:[^.;]|\.(?=\d)){0,40}?\bvalu(?:e|es|ed|ing)\s+(?:it|them|the\s+\w+|[\w&'’.-]+)\s+at"
    # What the merged company is worth is not a price: "the merged company, which was to be
    # worth about ₱14 billion".
    r"|(?:merged|combined|enlarged)\s+(?:company|group|entity|business|chain|bank|firm)\b"
    r"[^.;$£€¥₩₹]{0,40}?\b(?:worth|valued\s+at|value\s+of)\s+(?:about\s+|around\s+|some\s+"
    r"|roughly\s+|nearly\s+)?"
    # What a company holds: "The listed company has cash of 3.1 million dinars".
    r"|(?:has|had|holds|held|with)\s+(?:net\s+)?cash(?:\s+and\s+\w+)?\s+of"
    r"|savings|synergies|cost cuts|fees?"
    # "The market valued Brisa at $1bn before the news": what shares said, not a price.
    r"|(?:the\s+)?(?:stock\s+)?market\s+valu(?:ed|es|ing)|investors\s+valu(?:ed|e|ing)"
    # A trade's flow: "Georgia exported wine worth about $290 million last year".
    r"|export(?:s|ed|ing)?|import(?:s|ed|ing)?|shipments?|shipped"
    r"|receive about|debt|lend|lends|lending|lent"
    r"|manag(?:e|es|ed|ing)|oversee\w*|assets|deposits"
    # A lender's or a maker's own books: "a loan book of about ₲ 4,2 billones".
    r"|loan\s+(?:book|portfolio)|loans|lending|order\s+(?:book|backlog)|backlog|book\s+value"
    r"|reserves|capex|capital\s+(?:expenditure|spending)"
    r"|market (?:value|capitali[sz]ation|cap)|fund size|balancing|equali[sz](?:ing|ation)"
    # A company's own worth, told beside the deal: "Halden is worth $12bn" (not "the deal is
    # worth", "it is worth").
    r"|(?!(?-i:It|This|That|The|Which)\b)(?-i:[A-Z])[\w&'’.-]*\s+(?:is|was|are|were)\s+"
    r"(?:now\s+|currently\s+|still\s+)?worth"
    # A company's own guidance: "up from a previous range of $1.82bn to $1.85bn".
    r"|range|forecasts?|guidance|outlook"
    # The earlier price a share: "to VND 58,000 a share from VND 51,000".
    r"|(?:a|per|each)\s+share\s+(?:from|up\s+from|compared\s+with|against|versus)"
    # The market's price, set against the offer: "against Fjellpay's closing price of $38".
    r"|(?:closing|share|stock|trading|market)\s+price|closed\s+at|(?:last\s+)?trad(?:ed|ing)\s+at"
    # Where a move of the shares took them: "Nafplio Marinas jumps 14% to €8.90" (not an
    # offer's: "its offer rose 14% to €200m")
    r"|(?<!offer\s)(?<!bid\s)(?<!price\s)(?<!value\s)(?<!valuation\s)(?:rose|rises|jumped|jumps|climbed|climbs|gained|gains|surged|surges|soared|soars|fell"
    r"|falls|dropped|drops|slid|slides|tumbled|tumbles|rallied|rallies|sank|sinks|plunged"
    r"|plunges)\s+(?:by\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s+to"
    # How a buyer funds it: "a share issue of about DKK 2 billion", "a rights issue of £1bn".
    r"|(?:(?:rights|share|stock|bond)\s+(?:issue|offering|sale)|placing|placement"
    r"|capital\s+(?:increase|raising))\s+(?:of|worth|totalling)"
    r")\b"
    r"[^.;$£€¥₩₹]{0,25}$"
)
PROPERTY_VALUED_BEFORE = _words(
    r"\b(?:centres|centers|buildings|properties|warehouses|blocks|homes|houses|hotels|farms"
    r"|factories|offices|sites|inventories|reserves"
    r"|mines|stores|shops|plants|hectares|acres|land|fleet|vessels|ships|aircraft|towers"
    r"|malls)\s+(?:that\s+are\s+|which\s+are\s+|were\s+|are\s+)?(?:valued|worth)\s+(?:at\s+)?"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+)?$"
)
EARLIER_REJECTED_BEFORE = _words(
    r"\b(?:after|since|when)\b[^.;]{0,50}\b(?:turned\s+down|rejected|rebuffed|spurned|refused)"
    r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:of\s+)?$"
)
VALUE_CUE_BEFORE = _words(
    r"\b(?:pay|pays|paid|paying|receive[sd]?|receiving|fetch|value[sd]?|valuing|worth"
    r"|offer(?:s|ed|ing)?|bid(?:s|ding)?"
    r"|price of|priced at|for|in a|a|an|its|the|up to|about|nearly|around|some|of|raised"
    r"|invest(?:s|ed|ing)?|led|secured|hand(?:s|ed|ing)? over|put(?:s|ting)?|inject\w*"
    r"|commit\w*|spen(?:d|ds|ding|t)"
    r"|(?:purchase|deal|acquisition|takeover|transaction|stake|sale)\s+(?:will\s+|would\s+)?"
    r"(?:cost|costs)"
    # "The deal was valued at $1bn", "people familiar with the deal put it at $1bn", "analysts
    # estimated the price at", "At $1bn, it is the group's largest deal".
    r"|valu(?:e|es|ed)\s+at|(?:put|puts|putting|estimat(?:e|es|ed|ing))\s+(?:it|the\s+"
    # ("One of them put the likely price at between €90 million and €110 million")
    r"(?:(?:likely|possible|probable|eventual|final|expected)\s+)?(?:price"
    r"|value|deal|figure|sum|amount|price\s+tag)|its\s+(?:value|price))\s+at(?:\s+between)?"
    r"|^\s*at"
    # "Halden will pay Fjellpay's shareholders $620 million in newly issued shares".
    r"|(?:pay|pays|paid|paying|give|gives|giving|offer\w*)\s+(?:the\s+)?(?:[\w&'’.-]+\s+){0,3}?"
    r"(?:shareholders|stockholders|holders|owners|investors)"
    # "The price, paid in cash for all of the shares, is €410 million."
    r"|(?:price|consideration)\s*,\s*[^,.;$£€¥₩₹]{1,60},\s*(?:is|was|will\s+be|comes\s+to)"
    # "CHF 54 a share, or CHF 410 million": the whole, after the price per share.
    r"|(?:a|per|each)\s+share\)?,?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?"
    r"(?:a\s+total\s+of\s+)?"
    # "The price, 6.8 billion kroner, will be paid in cash", "the consideration is $40m".
    r"|(?<!share )(?<!stock )(?<!oil )(?<!gas )(?:price|consideration|purchase price)"
    # "The price under discussion is between …"
    r"(?:\s+(?:under\s+discussion|being\s+discussed|discussed|on\s+the\s+table|sought))?"
    r"(?:\s+(?:is|was|will be|would be|could be|of|paid|agreed))?\s*,?"
    # "The price: $1bn.", "Consideration — $1bn".
    r"|(?:price|consideration|value|price\s+tag)\s*[:—–]"
    # "The price of the transaction was 38,5 млрд тенге", "the value of the deal is".
    r"|(?:price|value|consideration|cost)\s+of\s+the\s+(?:transaction|deal|purchase"
    r"|acquisition|sale|takeover)\s+(?:is|was|will\s+be|amounted\s+to|came\s+to|totall?ed)"
    # "The deal values Fjellpay at $400m", "valuing the business at about $1bn"
    r"|valu(?:e|es|ed|ing)\s+(?:[\w&'’.-]+\s+){1,4}?at"
    # A price revised: "cutting the price it will pay to $1.45bn", "raised its offer to £2bn",
    # "sweetened the bid to $900m".
    r"|(?:cut|cuts|cutting|lower\w*|reduc\w*|rais\w*|lift\w*|increas\w*|sweeten\w*|improv\w*"
    r"|boost\w*|revis\w*|trim\w*|slash\w*|bump\w*)\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:price|offer|bid|consideration|proposal)(?:\s+[\w'’-]+){0,3}?\s+to)"
    r"\s*(?:about\s+|up to\s+|as much as\s+|nearly\s+|around\s+|a further\s+|another\s+"
    r"|a combined\s+"
    r"|a total of\s+|(?:of\s+)?between\s+(?:[^.;]{1,30}?\s+(?:and|to)\s+)?)?$"
)
# What analysts think a company is worth is not a price: "Analysts at X value the chain at".
ANALYSTS_VALUE_BEFORE = _words(
    r"\banalysts?\b(?:\s+at\s+[\w&.'’-]+(?:\s+[\w&.'’-]+){0,2})?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:value|values|valued|valuing|estimate|estimates|estimated|put|puts)\b"
    # (not the deal's own price: "Analysts estimated the price at about $100m")
    r"(?!\s+(?:the\s+|its\s+)?(?:price|deal|transaction|purchase|consideration|cost)\b)"
    r"[^.;]{0,50}$"
)
# What the market values a company at after its shares moved: no deal's price.
MARKET_VALUING_BEFORE = _words(
    r"\b(?:shares?|stock)\s+(?:[\w-]+\s+){0,2}?(?:rose|rise|rises|jumped|jumps|climbed|gained"
    r"|fell|falls|dropped|slid|surged|soared|closed|traded|ended|rallied|tumbled|plunged)\b"
    r"(?:[^.;]|\.(?=\d)){0,60}?,\s+(?:valuing|which\s+values|giving)\s+(?:[\w&'’.-]+\s+){1,4}?"
    r"(?:at|a\s+(?:market\s+)?value\s+of)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$"
)
# A value told after the debt it includes, in a later sentence: what the whole business is
# worth, not the price the deal already told.
DEBT_INCLUDED_BEFORE = _words(
    r"\bincluding\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:debt|borrowings|liabilities)\b[^.;$£€¥₩₹]{0,70}$"
)
# "The price, disclosed in a filing to the Superintendencia Financiera on Thursday morning,
# is $112 million": a longer aside than VALUE_CUE_BEFORE looks back over.
PRICE_ASIDE_IS_BEFORE = _words(
    r"\b(?:price|consideration)\s*,\s*[^,.;$£€¥₩₹]{1,140},\s*(?:is|was|will\s+be|comes\s+to"
    r"|came\s+to)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$"
)
VALUE_CUE_AFTER = _words(r"\s*(?:in (?:cash|stock|shares)|all-cash|all-share|including)\b")
DEAL_NOUN_AFTER = _words(
    # "the 1.8 trillion won ($1.3 billion) deal": a conversion in brackets may come between.
    r"(?:\s*\([^()]{1,60}\))?"
    r"\s*(?:[a-z-]+\s+){0,2}?(?:deal|transaction|takeover|acquisition|purchase|merger|offer"
    r"|bid|investment|round|buyout|sale|price(?!\s+target)|price\s+tag)\b"
    # "the £240m agreement had been terminated" (not "a $20m supply agreement")
    r"|\s+agreement\b"
)
PERCENT = r"(?P<percent>\d+(?:\.\d+)?)\s?(?:%|(?:per ?cent|percent|pc)\b)"
# A squeeze-out: "buying out the minority shareholders who still hold 4.4% of X" (their
# holding, not another holder's kept stake).
BOUGHT_OUT_HOLDERS = _words(
    r"\b(?:buy(?:s|ing)?|bought|squeez(?:e|es|ed|ing))\s+out\s+(?:the\s+|its\s+)?"
    r"(?:remaining\s+|minority\s+|other\s+|outside\s+)*(?:shareholders|holders|stockholders"
    r"|investors|owners),?\s+(?:(?:who|which|that)\s+(?:still\s+)?(?:hold|own)|holding|owning)\s+"
    r"(?:the\s+remaining\s+|about\s+|around\s+)?" + PERCENT
)
STAKE_PATTERNS = [
    # What a price buys: "will pay 2.2 billion reais for 60% of Pantanal", "paid $400m for
    # 30 per cent of the company".
    # "will make a tender offer for the 32% of Amphawa it does not already own"
    _words(r"\b(?:pa(?:y|ys|id|ying)|spen(?:d|ds|t|ding)|invest(?:s|ed|ing)?|offer(?:s|ed|ing)?|bid(?:s|ding)?)\b(?:[^.;(]|\.(?=\d)|(?<=Rs)\.|\([^()]{0,40}\)){0,60}?\bfor\s+(?:the\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+|a\s+further\s+|another\s+|other\s+|remaining\s+)?" + PERCENT + r"(?:\s+(?:of|in)\b|\s+(?:held|owned)\s+by\b|(?=\s*(?:[.;,]|$))|\s+(?:is|was|will|would)\b)"),  # noqa: E501
    BOUGHT_OUT_HOLDERS,
    # "will invest R$620 million … in exchange for 90% of its shares"
    _words(r"\bin\s+exchange\s+for\s+(?:about\s+|around\s+|nearly\s+)?" + PERCENT + r"\s+(?:of|in)\b"),  # noqa: E501
    # Shares told by the part of the company they make: "subscribe for new shares equal to
    # 35% of X", "shares representing 12% of its capital".
    _words(r"\bshares\s+(?:equal\s+to|equivalent\s+to|amounting\s+to|representing)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?" + PERCENT + r"\s+(?:of|in)\b"),  # noqa: E501
    # A purchase told as a noun: "completed its €1.9bn purchase of 45 per cent of X".
    _words(r"\b(?:purchase|acquisition|sale|disposal|divestment)\s+of\s+(?:a\s+further\s+|another\s+|about\s+|around\s+|nearly\s+|roughly\s+|up\s+to\s+)?" + PERCENT + r"\s+(?:of|in)\b"),  # noqa: E501
    # A holding told as where it now stands: "its stake now stands at 39%", "has risen to 39%".
    _words(r"\b(?:stake|holding|shareholding)\b[^.;]{0,40}?\b(?:stands?|stood|now at|(?:has |had )?(?:rose|risen|climbed|grown|grew|increased))\s+(?:at|to)\s+(?:about\s+|around\s+|nearly\s+)?" + PERCENT),  # noqa: E501
    _words(r"\b(?:stake|holding|interest|shareholding)\b[^.;]{0,60}?\bto " + PERCENT),
    _words(r"\b(?:stake|holding|interest|shareholding) of (?:about |some |around |nearly )?" + PERCENT),  # noqa: E501
    _words(PERCENT + r"(?:\s+\w+){0,2}?\s+(?:stake|holding|interest|shareholding|of the shares|of the equity|(?<!market )share)\b"),  # noqa: E501
    _words(
        r"\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|take|takes|took|taking|sell|sells|sold"
        r"|selling|own|owns|hold|holds|purchase[sd]?|remaining|further|additional"
        r"|(?:snap(?:s|ped|ping)?|scoop(?:s|ed|ing)?|pick(?:s|ed|ing)?) up|amass(?:es|ed|ing)?"
        r"|sign(?:s|ed|ing)?\s+for|another)\s+(?:(?:a|an|the|its|their|remaining|further|additional|another|about|around"
        r"|some|nearly|almost|roughly|just|over|under|more than|less than|close to|up to)\s+){0,2}"
        + PERCENT
        + r"(?!\s+of\s+the\s+(?:combined|new|enlarged|merged|group's|company's)\b)"
        r"(?!\s+(?:above|below|premium|rise|fall|more|less|higher|lower))"
    ),
]  # fmt: skip
# A stake raised is told as the holding it leads to ("raised its stake in X to 39%",
# "bought a further 10%, taking it to 45%", "lifting its stake from 20% to 51%"). A deal's
# stake is the part that changes hands, as the evaluation sets label it ("bought a further
# 10%" is 10); the resulting holding stands in only where the part bought is not told, and
# it decides whether control passes (the kind).
RESULTING_STAKE = _words(
    r"\b(?:tak(?:e|es|en|ing)|took|lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|bring(?:s|ing)?|brought"
    r"|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|push(?:es|ed|ing)?|upp(?:ed|ing))\s+"
    r"(?:it|its|their|his|her|the|the\s+(?:[\w-]+\s+){0,2}?\w+['’]s)\s+"
    r"(?:(?:total|overall|combined|direct|indirect|existing)\s+)?"
    r"(?:(?:stake|holding|shareholding|interest|position|ownership)\s+)?"
    r"(?:in\s+(?:[\w&.'’-]+\s+){1,4}?(?:\([^()]{1,30}\)\s+)?)?"
    r"(?:from\s+(?:about\s+|around\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)\s+)?"
    r"to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just over\s+|just under\s+"
    r"|more than\s+)?" + PERCENT
)
# The part bought when a holding is raised: "bought a further 14 per cent", "buy an
# additional 26% from", "acquire another 10 per cent".
PART_BOUGHT = _words(
    r"\b(?:buy|buys|bought|buying|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|tak(?:e|es|en|ing)"
    r"|took|pa(?:y|ys|id|ying)\s+[^.;]{1,40}?\s+for)\s+(?:(?:a|an)\s+)?(?:further|additional"
    r"|another|extra)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?" + PERCENT
)
PLAIN_PART_BOUGHT = _words(
    r"\b(?:buy|buys|bought|buying|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing))\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+)?" + PERCENT + r"\s+(?:of|in)\b"
)
RESULTING_HINTS = ("tak", "lift", "rais", "bring", "brought", "increas", "boost", "push", "upp")


def _resulting_stake(text: str, lo: int, hi: int, masked) -> Decimal | None:
    """The holding a purchase leads to, told in its clause or in the participle clause
    right after it (", taking its stake to 45%")."""
    clause = text[lo : hi + 60].lower()
    if not any(hint in clause for hint in RESULTING_HINTS):
        return None
    for match in RESULTING_STAKE.finditer(text, lo, min(len(text), hi + 120)):
        if match.start() > hi + 3:
            break
        if _in(masked, match.start()):
            continue
        percent = Decimal(match["percent"])
        if 0 < percent <= 100:
            return percent.normalize()
    return None


# "a quarter of the company", "half of the business": a stake without a number.
FRACTIONS = {
    "half": Decimal(50), "a quarter": Decimal(25), "one quarter": Decimal(25),
    "a third": Decimal(33), "one third": Decimal(33), "a fifth": Decimal(20),
    "one fifth": Decimal(20), "a tenth": Decimal(10), "two thirds": Decimal(67),
    "three quarters": Decimal(75),
}  # fmt: skip
FRACTION_HINTS = tuple(
    f"{word} {prep}"
    for word in ("half", "quarter", "third", "fifth", "tenth", "thirds", "quarters")
    for prep in ("of", "in")
)
# A fraction is a stake only where ownership is told just before it ("bought half of", "a
# stake of a third in", "will own a quarter of"): "a fifth of its revenue from defence",
# "nearly a fifth of US venture deals", "earns a quarter of the group's profit" are measures.
FRACTION_OWNERSHIP_BEFORE = _words(
    r"\b(?:buy|buys|bought|buying|acquir\w+|purchas\w+|sell|sells|sold|selling|take|takes|took"
    r"|taking|own|owns|owned|owning|hold|holds|held|holding|stake|control\w*|invest\w*"
    r"|(?<!account )(?<!accounts )(?<!accounted )(?<!accounting )for"
    r"|divest\w*|transfer\w*|dispos\w+|offload\w*|cede[sd]?|ceding|keep\w*|retain\w*"
    r"|remaining)\s+(?:(?:about|around|nearly|almost|roughly|just|over|under|more than|less than"
    r"|a further|another|an additional|the other|up to)\s+)?$"
)
FRACTION_STAKE = _words(
    r"\b(?P<fraction>(?<!first )(?<!second )(?<!the )half|(?:a|one) (?:quarter|third|fifth|tenth)"
    # A name, but not its goods: "buys a third of Menoufia's cream".
    r"|two[- ]thirds|three[- ]quarters)\s+(?:of|in)\s+(?:(?-i:[A-Z])\w(?![\w.&-]*(?:\s+(?-i:[A-Z])"
    r"[\w.&-]*)*['’]s\s+(?!(?:shares|stock|equity|capital|business|company)\b))"
    r"|(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:company|business|group|firm|shares"
    r"|equity|stock|capital|bank|venture|start-?up|operator|lender|insurer|maker|carrier|chain"
    # (Not "the company's dried leaf": its goods.)
    r"|it)\b(?!['’]s\s+(?!(?:shares|stock|equity|capital)\b)))"
)
# How the price is paid is not what it buys: "half the price in cash and half in new
# shares", "a third in cash and two thirds in stock".
PAYMENT_MIX_BEFORE = _words(
    r"\b(?:in cash|in shares|in stock|the price|the consideration|the payment)\b[^.;]{0,40}$"
)
# What the seller keeps is not what changes hands.
RETAINED_BEFORE = _words(
    r"\b(?:keep|keeps|keeping|kept|retain|retains|retained|retaining)\s+(?:\w+\s+){0,2}$"
)
# Acceptance levels and votes are not the stake that changes hands.
# Conditions of an offer are not its stake either: "a minimum acceptance condition of
# 50.1%", "if it secures at least 90 per cent", "conditional on acceptances of more than half".
# The acceptances an offer won: "has completed its tender offer for X after gaining 94.2%
# of the shares".
ACCEPTED_BEFORE = _words(
    r"\b(?:offer|tender)\b[^.;]{0,100}\b(?:gain(?:ed|ing)?|secur(?:ed|ing)|reach(?:ed|ing)"
    r"|receiv(?:ed|ing)|won|winning)\s+(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+)?$"
)
NOT_STAKE_BEFORE = _words(
    r"\b(?:holders|owners|shareholders) of\s+(?:about\s+|some\s+|more than\s+)?$"
    r"|\b(?:votes|acceptances?|approvals?)\s+(?:\w+\s+){0,3}$"
    r"|\b(?:condition|conditions|threshold|minimum|level)\s+(?:of\s+)?(?:at least\s+|more than\s+"
    r"|over\s+|above\s+)?$"
    r"|\b(?:conditional on|subject to|provided|if|unless|once|when)\b[^.;]{0,50}$"
    r"|\b(?:at least|a minimum of)\s+$"
    # Another holder's stake: "its largest shareholder, the founding family, owns 14%".
    r"|\b(?:shareholders?|family|families|founders?|foundation|government|state|scheme|trust"
    r"|staff|employees|workers|managers|management|minorities|public)\b[^.;]{0,60}"
    r"\b(?:owns?|holds?|controls?)\s+(?:the\s+)?(?:remaining\s+|other\s+)?"
    r"(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|more\s+than\s+|less\s+than\s+"
    r"|over\s+|under\s+)?$"
    # A wish or a denial, not a holding: "We do not need to own 100% of every road".
    r"|\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,3}$"
    # The buyer's own new shares: "a placing of up to 9.9pc of its share capital".
    r"|\b(?:placing|placement|rights\s+issue|share\s+issue|share\s+sale|offering)\s+of\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|some\s+)?$"
    # How joint buyers split what they buy: "The two buyers will each own half of the company".
    r"|\beach\s+(?:will\s+|would\s+)?(?:own|hold|have|control)s?\s+(?:about\s+|roughly\s+)?$"
    # What a bidder "already owns" is not what the deal buys.
    r"|\balready\s+(?:owns?|holds?|controls?|has)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$"
    # Holders who back the deal: "directors and officers holding about 9 per cent of the
    # shares have signed support agreements", "investors representing 40% have backed it".
    r"|\b(?:directors|officers|managers|management|insiders|investors|holders|shareholders"
    r"|owners|funds)\b[^.;]{0,40}?\b(?:holding|owning|controlling|representing|with)\s+"
    r"(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|almost\s+|just\s+(?:over|under)\s+"
    r"|more than\s+|a combined\s+|a total of\s+)?$"
)
NOT_STAKE_AFTER = _words(
    # A rate: "it carries interest of 6 per cent a year".
    r"\s?(?:%|per ?cent|percent|pc)?\s+(?:a|per|each)\s+(?:year|annum|month|quarter)\b"
    r"|\s?(?:%|per ?cent|percent|pc)?\s+(?:annually|yearly|monthly)\b|"
    # A share of a market: "together they sell about 38% of the salmon feed used in Chile".
    # Not "bought 12% of Fjellpay in the market": where it was bought.
    r"\s?(?:%|per ?cent|percent|pc)?\s+of\s+(?:the\s+|all\s+)?"
    r"(?:(?!(?:in|on|at|from|through|via)\s)[\w-]+\s+){0,3}?"
    r"(?:market|used|sold|consumed|produced|output|supply|demand|sales|exports|imports"
    r"|capacity|traffic|volumes?)\b(?!\s+(?:by|to)\b)"
    # What stays with the seller: "The remaining 10% of the SAF stays with the club".
    r"|\s?(?:%|per ?cent|percent|pc)?\s+(?:of\s+[^.;]{0,40}?\s+)?(?:stays|remains|will\s+stay"
    r"|will\s+remain|stay|remain)\s+(?:with|in\s+the\s+hands\s+of)\b"
    r"|\s?(?:%|per ?cent|percent|pc)?\s+(?:minimum\s+)?(?:acceptance|threshold|condition|approval"
    r"|votes?)\b"
    # A vote's result: "91% of the shares voted", "60 per cent of the votes cast were in favour".
    r"|\s?(?:%|per ?cent|percent|pc)?\s+of\s+(?:the\s+|those\s+)?(?:shares|votes|stock|capital)"
    r"\s+(?:(?:that\s+were\s+)?voted|cast|represented|present|tendered\s+at)\b"
    # Support pledged: "9 per cent of the shares have signed support agreements", "holders
    # of 40% have given irrevocable undertakings".
    r"|\s?(?:%|per ?cent|percent|pc)?\s+(?:of\s+(?:the|its)\s+(?:shares|stock|votes|capital)\s+)?"
    r"(?:have|has|had)\s+(?:already\s+|also\s+)?(?:signed|given|agreed|pledged|committed"
    r"|backed|supported|undertaken)\b"
    # A share of the bidder's own vehicle is how the buyers split it, not what they buy:
    # "Jarrah will hold 50 per cent of the bidding vehicle", "60% of the consortium".
    r"|\s?(?:%|per ?cent|percent|pc)?\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:vehicle|consortium|bidco|bidding\s+company|acquisition\s+company|holding\s+company"
    r"|special[- ]purpose\s+\w+)\b"
    # A share of what a company buys or uses: "committed to buy 60% of its fibre from local
    # ginners", "sources 40 per cent of its power from the plant".
    r"|\s?(?:%|per ?cent|percent|pc)?\s+of\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fibre|fiber|cotton|needs|requirements|raw\s+materials|inputs|power|electricity|energy"
    r"|gas|fuel|crude|oil|grain|milk|beans|ore|feedstock|supplies|components|parts|purchases"
    r"|spending|budget|revenue|profits?|earnings|workforce|staff|jobs)(?![\w-])"
    r"(?!\s+(?-i:[A-Z]))"
    # Not a company named by what it makes: "40 per cent of the Uruguayan milk processor".
    r"(?!\s+(?:[\w-]+\s+)?(?:processors?|producers?|makers?|companies|company|groups?|firms?"
    r"|business|co-?operatives?|utility|distributors?|refiners?|traders?|suppliers?|retailers?"
    r"|operators?|plants?|mills?))"
)
# An ownership split lists three or more shares that add up to the whole ("X will hold 50
# per cent, Y 30 per cent and Z 20 per cent"): who owns what after, not what changes hands.
SPLIT_PERCENT = _words(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b|pc\b)")


# "Fulmar will hold 70% after the buyout, with the managers owning the rest": one holder’s
# part and another's rest is how the buyers split the company, not a part that is bought.
# (A part bought, "will buy 70%, with Nordkap keeping the rest", is a stake.)
HELD_AND_THE_REST = _words(
    r"\b(?:hold|holds|own|owns|control|controls|have|has)\s+(?:about\s+|around\s+|some\s+"
    r"|nearly\s+|roughly\s+|almost\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent|percent|pc\b)[^.;]{0,120}?"
    r"\b(?:(?:owning|holding|taking|keeping|with)\s+(?:all\s+)?(?:the|its)\s+(?:rest|remainder"
    r"|balance|remaining\s+(?:shares|equity|stake))"
    # "Calderstones will own about 70pc of the business, and 25 managers the rest"
    r"|and\s+[^.;]{0,80}?\bthe\s+(?:rest|remainder|balance))\b"
)


def _ownership_split(text: str) -> bool:
    shares = [Decimal(m.group(1)) for m in SPLIT_PERCENT.finditer(text)]
    if len(shares) == 1 and ("rest" in text or "remain" in text or "balance" in text):
        return bool(HELD_AND_THE_REST.search(text))
    return len(shares) >= 3 and abs(sum(shares, Decimal(0)) - 100) <= 1


# "buy out minority shareholders" takes the rest of a company: not a minority stake.
MINORITY = _words(r"\bminority\b(?!\s+(?:shareholders|investors|holders|owners|partners)\b)")
STAKE_WORDS = frozenset(("stake", "holding", "shareholding"))
A_STAKE_IN = _words(r"\b(?:an?|some) (?:[\w-]+ )?(?:stake|holding|shareholding) in\b")  # no size
MAJORITY = _words(
    r"\b(?:majority|controlling|remaining|full control|whole|entire|outright"
    r"|(?:does|did|do)(?:n['’]t| not) (?:already )?own)\b"
)


_SCALE = r"(?P<scale>bn|billion|m|million|trillion|tn)\b"
EXTRA_MONEY = re.compile(
    # (Letter signs such as "KSh", "Tk", "Rp", "RM", "NT$" are read by `core.money`.)
    # ("K 85 million": the Zambian kwacha, with its scale; a bare "K85" is left alone.)
    r"(?<![\w$])(?P<prefix>R|N|K|P|L|Q|₦|TL|EGP|S[Ff]r|KES|TZS|UGX|GHS|NGN|PKR"
    r"|BDT|MYR|THB|PHP|VND|QAR|KWD|MAD"
    # The dollar sign before the country, as Australian and NZ papers write it: "$A610m".
    r"|\$A|\$NZ|\$C|\$US|\$S|\$HK)\s?(?P<number>\d[\d,]*(?:\.\d+)?)[\s-]?"
    + _SCALE
    + r"|(?<![\w.,])(?P<number2>\d[\d,]*(?:\.\d+)?)\s?(?P<scale2>bn|billion|m|million|trillion|tn)"
    r"\s+(?P<suffix>rupiah|naira|(?:Turkish )?lira|Egyptian pounds?|zlotys?|rand"
    # Adjectival, singular: "a 740 million pound takeover", "a 2 billion euro bid".
    r"|pound|euro|dollar|(?:Danish|Norwegian|Swedish) (?:crowns?|kron(?:a|e|er|or)))\b"
)
EXTRA_CURRENCY = {
    "$a": "AUD", "$nz": "NZD", "$c": "CAD", "$us": "USD", "$s": "SGD", "$hk": "HKD",
    "r": "ZAR", "rand": "ZAR", "rupiah": "IDR", "tl": "TRY", "lira": "TRY", "k": "ZMW",
    "p": "PHP", "l": "HNL", "q": "GTQ",
    "n": "NGN", "₦": "NGN", "naira": "NGN",
    "turkish lira": "TRY", "egp": "EGP", "egyptian pound": "EGP", "egyptian pounds": "EGP",
    "kes": "KES", "tzs": "TZS", "ugx": "UGX",
    "ghs": "GHS", "ngn": "NGN", "pkr": "PKR", "bdt": "BDT",
    "myr": "MYR", "thb": "THB", "php": "PHP", "vnd": "VND", "qar": "QAR", "kwd": "KWD",
    "mad": "MAD",
    "zloty": "PLN", "zlotys": "PLN", "sfr": "CHF", "pound": "GBP", "euro": "EUR",
    "dollar": "USD",
    **{
        f"{nation} {word}": code
        for nation, code in (("danish", "DKK"), ("norwegian", "NOK"), ("swedish", "SEK"))
        for word in ("crown", "crowns", "krona", "krone", "kroner", "kronor")
    },
}  # fmt: skip
SCALES = {"bn": 10**9, "billion": 10**9, "m": 10**6, "million": 10**6, "tn": 10**12}
SCALES["trillion"] = 10**12


# Indian ranges and compounds `core.money` reads only in part: "Rs 1,200-1,500 crore",
# "₹1,200 to 1,500 crore", "a Rs 9,500-crore deal" (a range is its upper bound).
INDIAN_MONEY = re.compile(
    r"(?<![\w.])(?:Rs\.?|₹|INR)\s?(?:(?P<low>\d[\d,]*(?:\.\d+)?)\s?(?:-|–|to)\s?(?:Rs\.?\s?|₹\s?)?)?"
    r"(?P<number>\d[\d,]*(?:\.\d+)?)(?:\s|-)?(?P<unit>lakh[- ]crores?|crores?|lakhs?|cr\b\.?)"
    # Digits grouped the Indian way, without a unit: "Rs 50,00,000" is five million.
    r"|(?<![\w.])(?:Rs\.?|₹|INR)\s?(?P<grouped>\d{1,3}(?:,\d\d)+,\d{3})(?![\d,])"
)
INDIAN_UNITS = {"lakh crore": 10**12, "crore": 10**7, "lakh": 10**5, "cr": 10**7, "cr.": 10**7}


def _indian_money(text: str, found: list[Money]) -> list[Money]:
    for m in INDIAN_MONEY.finditer(text):
        if any(f.start <= m.start() and m.end() <= f.end for f in found):
            continue  # inside a wider reading: "between Rs 1,200 crore and Rs 1,500 crore"
        if m["grouped"]:
            value = Decimal(m["grouped"].replace(",", ""))
        else:
            unit = m["unit"].lower().replace("-", " ").removesuffix("s")
            value = Decimal(m["number"].replace(",", "")) * INDIAN_UNITS[unit]
        # "Rs" is Nepal's, Sri Lanka's and Pakistan's too ("₹" and "INR" are India's only).
        noun = "rupees" if m.group(0)[:2].lower() == "rs" else ""
        money = Money(
            value=value.normalize(), currency="INR", start=m.start(), end=m.end(), noun=noun
        )
        found = [f for f in found if not (f.start < m.end() and m.start() < f.end)] + [money]
    found.sort(key=lambda money: money.start)
    return found


# The scale joined by a hyphen, as Canadian and some US papers write it: "$860-million",
# "a C$1.2-billion deal".
HYPHENATED_SCALE = re.compile(r"-(million|billion|trillion)\b")
HYPHEN_SCALES = {"million": Decimal(10**6), "billion": Decimal(10**9), "trillion": Decimal(10**12)}


def _hyphenated_scale(text: str, money: Money) -> Money:
    scale = HYPHENATED_SCALE.match(text, money.end)
    if scale is None or money.value >= 10**6:
        return money
    value = (money.value * HYPHEN_SCALES[scale[1]]).normalize()
    return Money(
        value=value, currency=money.currency, start=money.start, end=scale.end(), noun=money.noun
    )


# Brazilian and Portuguese copy: "R$ 2,1 bilhões", "R$ 450 milhões", "€1,2 mil milhões" is
# rarer; the comma is the decimal point and the dot groups thousands.
PORTUGUESE_MONEY = re.compile(
    r"(?P<sign>R\$|US\$|€)\s?(?P<number>\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s?"
    r"(?P<scale>bilh(?:ões|ão)|milh(?:ões|ão)|bi|mi)(?!\w)"
)
PORTUGUESE_CURRENCY = {"R$": "BRL", "US$": "USD", "€": "EUR"}


def _portuguese_money(text: str, found: list[Money]) -> list[Money]:
    for m in PORTUGUESE_MONEY.finditer(text):
        number = Decimal(m["number"].replace(".", "").replace(",", "."))
        scale = 10**9 if m["scale"].startswith("bi") else 10**6
        money = Money(
            value=(number * scale).normalize(),
            currency=PORTUGUESE_CURRENCY[m["sign"]],
            start=m.start(),
            end=m.end(),
        )
        found = [f for f in found if not (f.start < m.end() and m.start() < f.end)] + [money]
    found.sort(key=lambda money: money.start)
    return found


# Amounts with the scale in the copy's own language and its number separators: "US$ 145
# millones", "ARS 185.000 millones", "18,4 milliárd forint", "2,3 Milliarden Euro".
CONTINENTAL_SCALES = {
    "million": (
        "millones", "millón", "millon", "milhões", "milhão", "millió", "milioni", "milione",
        "millionen", "mio", "mio.", "miljoen", "miljoenen", "miljon", "miljoner", "mln",
        "milionów", "miliony", "milionu", "juta", "millions",
        # Russian, Kazakh, Kyrgyz, Mongolian and Bulgarian copy: "млн", "миллионов".
        "млн", "млн.", "миллион", "миллиона", "миллионов", "сая",
        # Norwegian and Danish ("1,9 milliarder kroner", "450 millioner kroner"); Vietnamese
        # ("350 triệu đồng").
        "millioner", "triệu",
    ),
    "billion": (
        "mil millones", "mil milhões", "millardos", "millardo", "milliárd", "miliardi",
        "miliardo", "milliarden", "milliarde", "mrd", "mrd.", "miljard", "miljarder", "mld",
        "miliardów", "miliardy", "bilhões", "bilhão", "miliar", "milyar", "milliards", "milliard",
        "млрд", "млрд.", "миллиард", "миллиарда", "миллиардов", "тэрбум",
        "milliarder", "mia.", "tỷ", "tỉ",
    ),
    "trillion": (
        "triliun", "billones", "billón", "trilyun", "трлн", "трлн.", "триллион", "nghìn tỷ",
        "ngàn tỷ",
    ),
}  # fmt: skip
_SCALE_OF = {word: english for english, words in CONTINENTAL_SCALES.items() for word in words}
CONTINENTAL_MONEY = re.compile(
    r"(?P<number>\d{1,3}(?:[.\s\u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2})\s?"
    r"(?P<scale>"
    + "|".join(sorted((re.escape(w) for w in _SCALE_OF), key=len, reverse=True))
    + r")(?!\w)(?:\s+(?:de\s+|d['’])?(?P<word>francs?\s+CFA|F\s?CFA|[^\W\d_]+))?",
    re.IGNORECASE,
)
CONTINENTAL_HINT = re.compile(
    r"mil+[ioóh]|mil+i[aá]r|\bmrd|\bmio\b|miljo|miljar|\bml[dn]\b|bilh|tril[iy]un|bill[oó]n|\bjuta"
    r"|mil[iy]ar|millions?\s+(?:de|d['’])|млн|млрд|трлн|миллиард|миллион|триллион|тэрбум|сая"
    r"|t[ỷỉ]\b|triệu|\bmia\.",
    re.I,
)
CURRENCY_WORDS = {
    "dólares": "dollars", "dólar": "dollar", "libras": "pounds", "francos": "francs",
    "fcfa": "CFA francs", "f cfa": "CFA francs", "francs cfa": "CFA francs",
    "franc cfa": "CFA francs", "fcfa.": "CFA francs", "liralık": "lira", "liralik": "lira",
    # Currencies in Cyrillic, as the copy of their own lands writes them.
    "тенге": "tenge", "теңге": "tenge", "рублей": "roubles", "рубля": "roubles",
    "рубль": "roubles", "руб": "roubles", "руб.": "roubles", "сом": "soms", "сомов": "soms",
    "сома": "soms", "сум": "soums", "сумов": "soums", "гривен": "hryvnias",
    "гривни": "hryvnias", "гривня": "hryvnias", "грн": "hryvnias", "драм": "drams",
    "драмов": "drams", "лари": "lari", "лева": "leva", "лв": "leva", "лв.": "leva",
    "төгрөг": "tugriks", "төгрөгийн": "tugriks", "тугриков": "tugriks", "сомони": "somoni",
    "динара": "dinars", "динаров": "dinars", "денара": "denars", "денари": "denars",
    "манат": "manat", "манатов": "manat", "đồng": "dong", "đ": "dong",
    # "1,4 mia. kr.": the Nordic crowns' short form, read by the parties' land.
    "kr": "kroner", "kr.": "kroner",
}  # fmt: skip


def _continental_money(text: str, found: list[Money]) -> list[Money]:
    for m in CONTINENTAL_MONEY.finditer(text):
        raw = m["number"].replace("\u00a0", " ")
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw):
            # "L 1,450 millones": groups of three after commas are thousands, as Mexico and
            # Central America write them ("1,45 millones" where the comma is the decimal).
            number = raw.replace(",", "")
        elif "," in raw:
            number = raw.replace(".", "").replace(" ", "").replace(",", ".")
        elif re.fullmatch(r"\d{1,3}(?:[. ]\d{3})+", raw):
            number = raw.replace(".", "").replace(" ", "")
        else:
            number = raw
        word = m["word"] or ""
        english = f"{number} {_SCALE_OF[m['scale'].lower()]}"
        if word:
            english += " " + CURRENCY_WORDS.get(" ".join(word.lower().split()), word)
        prefix = text[max(0, m.start() - 6) : m.start()]
        read = find_money(prefix + english) or _extra_money(prefix + english, [])
        if not read:
            continue
        money = read[-1]
        start = m.start() - len(prefix) + money.start if money.start < len(prefix) else m.start()
        # The word after the scale is the money's only where it was read as its currency.
        told = len(prefix) + len(number) + 1 + len(_SCALE_OF[m["scale"].lower()])
        end = m.end() if m["word"] and money.end > told else m.end("scale")
        money = Money(
            value=money.value, currency=money.currency, start=start, end=end, noun=money.noun
        )
        found = [f for f in found if not (f.start < money.end and money.start < f.end)] + [money]
    found.sort(key=lambda money: money.start)
    return found


def _find_money(text: str) -> list[Money]:
    """`core.money.find_money`, plus the forms above."""
    found = find_money(text)
    if "-" in text:
        found = [_hyphenated_scale(text, money) for money in found]
    if "bilh" in text or "milh" in text:
        found = _portuguese_money(text, found)
    if CONTINENTAL_HINT.search(text):
        found = _continental_money(text, found)
    if "crore" in text or "lakh" in text or "cr" in text or ",00," in text:
        found = _indian_money(text, found)
    if not EXTRA_MONEY_HINT.search(text):
        return found
    found = found + _extra_money(text, found)
    found.sort(key=lambda money: money.start)
    return _ranges(text, found) if len(found) > 1 else found


# Two amounts in one currency told as a range: "between K120 million and K150 million".
RANGE_BETWEEN = re.compile(r"\s*(?:-|–|—|to|and)\s*$")
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _ranges(text: str, found: list[Money]) -> list[Money]:
    """A range read as two amounts is one, its upper bound (as `core.money` reads "$120m to
    $150m"): "between K120 million and K150 million", "Q1.2bn-Q1.5bn"."""
    merged: list[Money] = []
    for money in found:
        low = merged[-1] if merged else None
        gap = text[low.end : money.start] if low is not None else ""
        if (
            low is not None
            and low.currency == money.currency
            and low.value < money.value
            and RANGE_BETWEEN.fullmatch(gap)
            and (not gap.strip().startswith("and") or BETWEEN_BEFORE.search(text, 0, low.start))
        ):
            merged[-1] = Money(
                value=money.value,
                currency=money.currency,
                start=low.start,
                end=money.end,
                noun=money.noun,
            )
            continue
        merged.append(money)
    return merged


def _extra_money(text: str, found: list[Money]) -> list[Money]:
    """The amounts `EXTRA_MONEY` reads in `text` where nothing in `found` was read."""
    extra = []
    for m in EXTRA_MONEY.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        code = (m["prefix"] or m["suffix"]).lower()
        number, scale = (m["number"], m["scale"]) if m["prefix"] else (m["number2"], m["scale2"])
        value = Decimal(number.replace(",", "")) * SCALES[scale]
        extra.append(
            Money(
                value=value.normalize(),
                currency=EXTRA_CURRENCY[code],
                start=m.start(),
                end=m.end(),
                # The peso's or the pula's, the lempira's or the lek's: by the parties' land.
                noun=code.upper() if code in ("p", "l", "k") else "",
            )
        )
    return extra


EXTRA_MONEY_HINT = re.compile(
    r"\$[ACNUSH]|R|N\s?\d|K\s?\d|P\d|L\s?\d|Q\s?\d|₦|naira|TL|EGP|S[Ff]r|rupiah|lira|pound|zlot|rand|euro|dollar|crown|kron"
    r"|KES|TZS"
    r"|UGX|GHS|NGN|PKR|BDT|MY|THB|PHP|VND|QAR|KWD|MAD"
)


def _value(
    sentence: _Sentence, lo: int, hi: int, *, cue_needed: bool, after: int = 0
) -> Money | None:
    # Amounts written in words are read as if in digits, in the same room.
    text = spelled_as_digits(sentence.text)
    if not _DIGIT.search(text, after):
        return None
    refused_end = -1
    main = spelled_as_digits(_main_text(sentence)) if sentence.masked else text
    spending: list[tuple[int, int]] | None = None  # money put into things, found once
    for money in _find_money(text):
        if money.start < after:
            continue  # told by an earlier clause
        if refused_end >= 0 and CONVERSION_BETWEEN.fullmatch(text, refused_end, money.start):
            continue  # "a cost of about Rs 8,400 crore ($1 billion)": the same amount, converted
        refused_end = money.end
        inside = lo <= money.start < hi and not _in(sentence.masked, money.start)
        adjectival = bool(DEAL_NOUN_AFTER.match(text, money.end))
        in_aside = _in(sentence.masked, money.start) and ASIDE_VALUE.search(
            text, max(0, money.start - 40), money.start
        )
        if not (inside or adjectival or in_aside):
            continue
        if NOT_VALUE_AFTER.match(text, money.end):
            continue
        if spending is None:
            spending = [(m.start(), m.end()) for m in INVEST_IN_THINGS.finditer(text)]
        if any(a < money.start < b for a, b in spending):
            continue  # "plan to invest about €120 million in the first ten stations": spending
        # An aside's words say nothing of the price: "acquired X, a start-up that reads
        # images to forecast crop yields, for up to US$64 million".
        told = text if _in(sentence.masked, money.start) else main
        before = told[max(0, money.start - 60) : money.start]
        if NOT_VALUE_BEFORE.search(before) and not SPENT_ON_A_COMPANY.match(text, money.end):
            continue
        if "nalyst" in text and ANALYSTS_VALUE_BEFORE.search(
            text, max(0, money.start - 90), money.start
        ):
            continue  # "Analysts at X value the chain at S/ 1.1bn to S/ 1.3bn": their view
        if PROPERTY_VALUED_BEFORE.search(text, max(0, money.start - 60), money.start):
            continue  # "46 shopping centres, office blocks and warehouses valued at about P3.4bn"
        if EARLIER_REJECTED_BEFORE.search(text, max(0, money.start - 90), money.start):
            continue  # "… a fortnight after the board turned down a J$140 approach"
        if DEBT_INCLUDED_BEFORE.search(text, max(0, money.start - 120), money.start):
            continue  # "Including A$3.1bn of debt, the deal values the business at A$7.7bn"
        if ", valu" in before or ", which values" in before or ", giving" in before:
            if MARKET_VALUING_BEFORE.search(text, max(0, money.start - 150), money.start):
                continue  # "Its shares rose 17% to €14.80, valuing it at about €1.1 billion"
        if cue_needed and not (
            adjectival
            or VALUE_CUE_BEFORE.search(before)
            or PRICE_ASIDE_IS_BEFORE.search(told, max(0, money.start - 170), money.start)
            or VALUE_CUE_AFTER.match(text, money.end)
            or in_aside
        ):
            continue
        return _rising_to(text, money)
    return None


# "for $620m upfront, rising to as much as $1bn if …": the whole price is the upper one.
RISING_TO_BETWEEN = _words(
    r"\s*(?:in\s+cash\s+)?(?:up\s*front|initially|at\s+closing|on\s+completion)?\s*,?\s*"
    r"(?:rising|rises|climbing|increasing|potentially\s+rising|which\s+could\s+rise)\s+to\s+"
    r"(?:as\s+much\s+as\s+|up\s+to\s+|a\s+total\s+of\s+|about\s+)?$"
)


# "$84m at completion and up to $12m more …, taking the total to up to $96m": the whole.
TOTAL_TO_BEFORE = _words(
    r"\b(?:taking|bringing|lifting|putting|for)\s+(?:the\s+|a\s+)?(?:total|overall|whole|full)"
    r"\s+(?:[\w-]+\s+)?(?:to|at|of)\s+(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+)?$"
    # "€800m plus up to €200m in earn-out payments, a total of up to €1bn"
    r"|,\s+a\s+total\s+of\s+(?:up\s+to\s+|as\s+much\s+as\s+|about\s+)?$"
)


UP_TO_MORE_BEFORE = _words(
    r"\b(?:and|plus)\s+(?:up\s+to|as\s+much\s+as|a\s+further|another|potentially)\s+$"
)
MORE_AFTER = _words(r"\s+more\b")
UPPER_BOUND_BEFORE = _words(r"\b(?:up\s+to|as\s+much\s+as|total\s+of|in\s+all)\s+$")


def _rising_to(text: str, money: Money) -> Money:
    if "total" in text[money.end : money.end + 250]:
        stop = text.find(";", money.end)
        tail = text[money.end : money.end + 250 if stop < 0 else min(stop, money.end + 250)]
        for later in _find_money(tail):
            if (
                later.currency == money.currency
                and later.value > money.value
                and TOTAL_TO_BEFORE.search(tail, max(0, later.start - 60), later.start)
            ):
                return Money(
                    value=later.value,
                    currency=later.currency,
                    start=money.start,
                    end=money.end + later.end,
                )
    if " more" in text[money.end : money.end + 250] and not UPPER_BOUND_BEFORE.search(
        text, max(0, money.start - 20), money.start
    ):
        # "would pay $50 million in cash for X, … and up to $20 million more if X meets
        # revenue targets": the price's upper bound is the sum.
        stop = text.find(";", money.end)
        tail = text[money.end : money.end + 250 if stop < 0 else min(stop, money.end + 250)]
        for later in _find_money(tail):
            if (
                later.currency == money.currency
                and UP_TO_MORE_BEFORE.search(tail, max(0, later.start - 30), later.start)
                and MORE_AFTER.match(tail, later.end)
            ):
                return Money(
                    value=money.value + later.value,
                    currency=money.currency,
                    start=money.start,
                    end=money.end + later.end,
                )
    for later in _find_money(text[money.end : money.end + 120]):
        if later.currency == money.currency and later.value > money.value:
            between = text[money.end : money.end + later.start]
            if RISING_TO_BETWEEN.fullmatch(between):
                return Money(
                    value=later.value,
                    currency=later.currency,
                    start=money.start,
                    end=money.end + later.end,
                )
        break
    return money


CONVERSION_BETWEEN = re.compile(r"\s*\(\s*(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?")


# What a deal values the company or its equity at, in a later clause of the sentence that
# tells it: "…, after the suitors lifted their offer to A$3.85 a share, valuing the
# operator's equity at about A$4.6bn".
VALUING_BEFORE = _words(
    r",\s+(?:valuing|which\s+values|which\s+valued|giving\s+it\s+a\s+value\s+of)\s+"
    r"(?:(?:[\w&'’.-]+\s+){1,5}?at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$"
)


# "… new shares in X, giving it 51% of the lender, for KHR 180 billion": the price told
# after a clause on the holding the deal gives.
GIVING_ASIDE_FOR = _words(
    r",\s+(?:giving|taking|lifting|bringing|raising)\s+(?:it|them|the\s+\w+)\s+[^,;.]{1,60},"
    r"\s+for\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$"
)


def _valuing(sentence: _Sentence, after: int) -> Money | None:
    """A value told by a valuing clause after the deal's own clause, or after a clause on
    the holding it gives."""
    text = sentence.text
    if ", giving" in text or ", taking" in text:
        for money in _find_money(text):
            if money.start >= after and GIVING_ASIDE_FOR.search(
                text, max(after - 1, money.start - 90), money.start
            ):
                return money
    if "valu" not in text[after:]:
        return None
    for money in _find_money(text):
        if money.start < after or _in(sentence.masked, money.start):
            continue
        if not VALUING_BEFORE.search(text, max(after, money.start - 80), money.start):
            continue
        if NOT_VALUE_AFTER.match(text, money.end):
            continue
        if DEBT_INCLUDED_BEFORE.search(text, max(0, money.start - 120), money.start):
            continue
        return money
    return None


def _part_bought(text: str, lo: int, hi: int, masked) -> Decimal | None:
    """The part a purchase adds, told as such: "bought a further 14 per cent of X"."""
    for match in PART_BOUGHT.finditer(text, lo, hi):
        if not _in(masked, match.start("percent")):
            percent = Decimal(match["percent"])
            if 0 < percent <= 100:
                return percent.normalize()
    return None


def _stake(text: str, lo: int, hi: int, masked) -> Decimal | None:
    text = spelled_as_digits(text)  # "buying forty per cent of X"
    if _DIGIT.search(text, lo, hi) and not _ownership_split(text[lo:hi]):
        # The part bought, where the story tells it, is the stake that changes hands.
        part = _part_bought(text, lo, min(len(text), hi + 120), masked)
        if part is not None:
            return part
        resulting = _resulting_stake(text, lo, hi, masked)
        if resulting is not None:
            # "bought 23.4% of X …, taking its holding to 99.3%": the part bought, told.
            for match in PLAIN_PART_BOUGHT.finditer(text, lo, hi):
                told = Decimal(match["percent"])
                if not _in(masked, match.start("percent")) and 0 < told < resulting:
                    return told.normalize()
            return resulting
        for pattern in STAKE_PATTERNS:
            for match in pattern.finditer(text, lo, hi):
                at = match.start("percent")
                if _in(masked, at) or RETAINED_BEFORE.search(text, max(0, at - 40), at):
                    continue
                if pattern is not BOUGHT_OUT_HOLDERS and NOT_STAKE_BEFORE.search(
                    text, max(0, at - 90), at
                ):
                    continue
                if ACCEPTED_BEFORE.search(text, max(0, at - 140), at):
                    continue
                if NOT_STAKE_AFTER.match(text, match.end("percent")):
                    continue
                percent = Decimal(match["percent"])
                if 0 < percent <= 100:
                    return percent.normalize()
    clause = text[lo:hi].lower()
    if not any(word in clause for word in FRACTION_HINTS):
        return None
    for match in FRACTION_STAKE.finditer(text, lo, hi):
        at = match.start()
        if " in " in match.group(0) and PAYMENT_MIX_BEFORE.search(text, max(0, at - 60), at):
            continue
        if not FRACTION_OWNERSHIP_BEFORE.search(text, max(0, at - 60), at):
            continue
        if not _in(masked, at) and not NOT_STAKE_BEFORE.search(text, max(0, at - 60), at):
            return FRACTIONS[match["fraction"].lower().replace("-", " ")]
    return None


def _lands_using(deal, matcher, options, side: str = "") -> set[str]:
    """The currencies among `options` of the lands the deal's parties (of one side) are from."""
    return {
        code
        for company, role in deal.parties.items()
        if not side or SIDE[role] == side
        for code in territory_currencies(matcher.companies[company].country)
        if code in options
    }


INDIAN_SCALE = _words(r"\b(?:crores?|lakhs?|lacs?)\b")


def local_currency(deal, matcher) -> None:
    """A price told with a noun several currencies share ("1.6 billion riyals") is in the
    currency of the land its parties come from, where exactly one of them uses that noun
    (a Qatari buyer and target: Qatari riyals); otherwise the noun's usual sense stands."""
    if deal.value is None:
        return
    for text in deal.sentences:
        for money in _find_money(text):
            if not money.noun or (money.value, money.currency) != (deal.value, deal.currency):
                continue
            options = NOUN_CURRENCIES[money.noun]
            if money.noun == "$" or (money.noun == "rupees" and money.currency == "INR"):
                # Only where every party is from one land with its own dollar (or rupee: "Rs"
                # in a story of two Sri Lankan companies; an Indian buyer's "Rs 410 crore"
                # stays Indian).
                lands = {
                    tuple(
                        c
                        for c in territory_currencies(matcher.companies[company].country)
                        if c in options
                    )
                    for company in deal.parties
                }
                if money.noun == "rupees":
                    # A fund from a land without rupees takes no side: "Rs 65 crore" raised by
                    # a Nepali app from a Singapore fund and a Nepali one is in Nepal's rupees.
                    lands.discard(())
                if len(lands) == 1 and len(only := next(iter(lands))) == 1 and only[0] != "USD":
                    deal.currency = only[0]
                elif money.noun == "rupees" and not INDIAN_SCALE.search(text):
                    # Parties from two rupee lands: the company bought is priced in its own
                    # ("Rs. 14.2 billion" for a Sri Lankan division sold to an Indian group),
                    # unless the amount is counted the Indian way ("Rs 410 crore").
                    bought = _lands_using(deal, matcher, options, side="bought")
                    if len(bought) == 1:
                        deal.currency = bought.pop()
                return
            local = _lands_using(deal, matcher, options)
            if len(local) > 1:
                # Parties from two lands that use the noun: the price of a company is most
                # often told in its own currency ("1.1 trillion pesos" for a Colombian company).
                local = _lands_using(deal, matcher, options, side="bought")
            if len(local) == 1:
                deal.currency = local.pop()
            return


# A tender offer told by its price a share and the shares it is for: "offering EUR 14.20 in
# cash for each share … The offer is for all of Pispala's 38,500,000 issued shares".
PER_SHARE_AFTER = _words(
    r"\s*(?:in\s+(?:cash|stock|shares)\s+)?(?:for\s+)?(?:a|per|each|every)\s+"
    r"(?:[\w&'’.-]+\s+){0,2}?share\b|-(?:a|per)-share\b"
)
PER_SHARE_HINT = _words(r"\b(?:a|per|each|every)\s+(?:\S+\s+){0,2}?share\b|-(?:a|per)-share\b")
SHARE_COUNT = _words(
    r"(?P<count>\d{1,3}(?:[,.\s]\d{3}){2,}|\d+(?:\.\d+)?\s?(?:million|mn|m|billion|bn))\s+"
    r"(?:(?:issued|outstanding|and|ordinary|existing|common|class\s+\w)\s+){0,4}shares\b"
)
OFFER_FOR_BEFORE = _words(
    r"\b(?:offer|bid|tender|takeover)\b[^.;]{0,40}?\bfor\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:[\w&'’.-]+\s+){0,4}?$"
)
_COUNT_SCALES = {"million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9}


def value_from_share_count(deals, body: str) -> None:
    """The value of a bid told only as a price a share: that price times the shares the
    offer is for, where the story tells both."""
    priced = []
    for deal in deals:
        if deal.value is not None or deal.kind != ACQUISITION:
            continue
        for text in deal.sentences:
            if "share" not in text or not PER_SHARE_HINT.search(text):
                continue
            price = next((m for m in _find_money(text) if PER_SHARE_AFTER.match(text, m.end)), None)
            if price is not None:
                priced.append((deal, price))
                break
    if not priced:
        return
    for counted in SHARE_COUNT.finditer(body):
        if body[counted.start() - 1 : counted.start()] not in (".", ",") and (
            OFFER_FOR_BEFORE.search(body, max(0, counted.start() - 120), counted.start())
        ):
            break
    else:
        return
    count = counted["count"]
    scaled = re.fullmatch(r"(\d+(?:\.\d+)?)\s?(million|mn|m|billion|bn)", count, re.IGNORECASE)
    if scaled:
        shares = Decimal(scaled[1]) * _COUNT_SCALES[scaled[2].lower()]
    else:
        shares = Decimal(re.sub(r"[,.\s]", "", count))
    for deal, price in priced:
        deal.value = (price.value * shares).normalize()
        deal.currency = price.currency
