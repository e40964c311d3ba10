"""The words that report a transaction (triggers), and those that only look like one:
buybacks, lawsuits, market raises, descriptions ("Acme-backed", "its former partner")."""

import re
from re import _constants, _parser  # type: ignore[attr-defined]

from core.money import MONEY_SIGN, MONEY_WORD, SPELLED_NUMBER

from .context import _NOUNS
from .kinds import ACQUISITION, INVESTMENT, JOINT_VENTURE, MERGER, PARTNERSHIP, _words

# --- triggers -------------------------------------------------------------------------
# Each trigger: its kind and its voice, which says who is who.
#   active: subject buys or invests, object is bought;  passive: subject is bought, "by" buys;
#   sell: subject sells, object is bought, "to" buys;  raise: subject takes money, "by" gives;
#   mutual: everyone is a partner;  join: subject joins the deal already told;
#   rival: "a bid from X" — X bids for the company named before, or the one being told of;
#   sold_by: subject is bought, "by" sells, "to" buys.
_MONEY_AHEAD = (
    r"(?=\s*(?:(?:about|nearly|almost|around|some|more than|over|an?(?:other)?|additional|fresh"
    r"|new|its|a further)\s+)*(?:[$£€¥₩₹]|[A-Z]{1,3}\$|(?:(?-i:[A-Z]{3})|"
    + MONEY_SIGN
    + r")\s?\d|\d[\d.,]*\s?(?:bn|m|million|billion)|funding|financing|capital|money"
    # "has raised two and a half million dollars"
    + r"|(?:"
    + SPELLED_NUMBER
    + r")\s+(?:million|billion|trillion|crore|lakh)\b))"
)
# "closed its $1bn acquisition of X" completes a purchase; it raises no money.
_NOT_A_PURCHASE = (
    r"(?!\s*(?:(?:its|the|their|a|an)\s+)?(?:[\w$£€¥₩₹.,-]+\s+){0,3}?(?:acquisition|purchase"
    r"|takeover|buyout|merger|sale|divestment|disposal)\b)"
)
# A deal with another company to do something together ("to develop", "to launch") is a
# partnership; one to sell, supply, distribute, license or run something for it is a
# commercial contract, which the desk does not track as a deal (the evaluation sets'
# convention since `eval-blind7/`), and neither is a loan or financing.
_JOINT_WORK = r"(?:develop|co-develop|launch|roll out|bring|integrate)\b"
_COMMERCIAL_WORK = (
    r"(?:sell|distribute|market|carry|stock|licen[cs]e|offer|serve|show|stream|put"
    r"|supply|provide|deliver|build|manufacture|produce|process|operate|run)\b"
)
_DEAL_WITH = r"\b(?:deal|agreement|pact)\s+with\b(?=[^.;]{0,60}?\bto\s+"
_DEAL_WITH_TO = _DEAL_WITH + "(?:" + _JOINT_WORK + "|" + _COMMERCIAL_WORK + "))"
_NOT_A_CONTRACT = (
    r"(?<!supply )(?<!service )(?<!haulage )(?<!purchase )(?<!outsourcing )(?<!lease )"
    r"(?<!leasing )(?<!loan )(?<!contract )"
)
JOINT_DEAL = _NOT_A_CONTRACT + _DEAL_WITH + _JOINT_WORK + ")"
COMMERCIAL_DEAL = _NOT_A_CONTRACT + _DEAL_WITH + _COMMERCIAL_WORK + ")"
# A company's ownership told as a state that has just changed; the status reads it as done
# (the COMPLETED pattern of `status.STATUSES` holds it).
OWNED_NOW = (
    r"\bnow\s+(?:(?:wholly|fully|majority|entirely)[- ])?(?:owned|controlled)\s+by\b"
    r"|\bnow\s+(?:a\s+)?part\s+of\b"
    r"|\b(?:pass(?:es|ed|ing)?|transferr?(?:s|ed|ing)?|fell|falls|fallen)\s+(?:in)?to\s+(?:the\s+)?"
    r"(?:hands|control|ownership)\s+of\b"
    r"|\bbec(?:ame|ome|omes|oming)\s+(?:an?\s+|the\s+)?(?:(?:wholly|fully|majority)[- ]owned\s+)?"
    r"(?:subsidiary|unit|division|arm|part)\s+of\b"
    # "X is now in the hands of Y", "X has a new owner: Y".
    r"|\b(?:is|are)\s+now\s+in\s+the\s+hands\s+of\b"
    r"|(?:owner|parent)(?:(?<=\bhas\sa\snew\sowner)|(?<=\bhave\sa\snew\sowner)"
    r"|(?<=\bhas\sits\snew\sowner)|(?<=\bhas\sa\snew\sparent))(?:\s*[:,—–]\s*(?=(?-i:[A-Z]))"
    # Or told alone, the buyer in the next sentence: "X has a new owner. Y says it has …",
    # "X has changed hands."
    r"|(?=\.(?:\s|$)))|hands(?:(?<=\bhas\schanged\shands)|(?<=\bhave\schanged\shands))"
    r"(?=\.(?:\s|$))"
)
# A company named ahead, not as a possessive: "on Brisa Foods" (not "on Brisa's plant").
NAME_AHEAD = r"(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}(?!['’\w&.-])"
# An amount with its currency, as the triggers below look ahead for one.
_MONEY = r"(?:[$£€¥₩₹]|[A-Z]{1,3}\$|(?-i:[A-Z]{3})\s?)\d[\d.,]*\s?(?:m|bn|million|billion)?"
# The money a headline or a brief puts on a deal, ahead in its clause: "for $1bn".
_FOR_MONEY_AHEAD = (
    r"(?=\s+(?-i:[A-Z])[^.;]{0,60}?\b(?:for|in\s+an?)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
    r"(?:[$£€¥₩₹]|[A-Z]{1,3}\$|\d|(?-i:[A-Z]{2,3})\s?\d))"
)
OWNED_NOW_WORDS = _words(OWNED_NOW)
# "Control of Fjellpay passed to Halden": a trigger only after "control of" (the sentence
# filter checks it); "Halden now owns Fjellpay": the new owner as the subject.
# "Control of X passed on Monday to Y"
CONTROL_PASSED = (
    r"\b(?:pass(?:es|ed)|transferred|went)\s+"
    r"(?:on\s+\w+day\s+|(?:last|this|earlier\s+this)\s+\w+\s+)?to\b"
)
CONTROL_OF_BEFORE = _words(r"\bcontrol\s+(?:of|over)\s+[^.;,]{1,140}$")  # asides blanked
OWNS_NOW = (
    r"\bnow\s+(?:(?:wholly|fully|solely)\s+)?(?:owns|controls"
    # Told in reported speech: "said it now owned all of Hatyai Latex".
    r"|owned(?=\s+(?:all|100%|100\s+per\s*cent|the\s+whole|the\s+entirety)\b))\b"
)
# Words after "investment" that make it a kind of company or of business, not a deal:
# "investment group", "investment holding", "investment bank", "investment manager".
INVESTMENT_DESCRIBES = (
    r"holding|holdings|group|groups|firm|firms|company|companies|house|houses|bank|banks"
    r"|banker|bankers|banking|arm|manager|managers|management|trust|trusts|office|adviser"
    r"|advisers|advisor|advisors|advisory|vehicle|platform|grade|committee|corporation|unit"
)
# "a rival bid", "a possible competing offer": a second bidder, for the company the deal
# being told is for when no other is named.
COUNTER_BID_PATTERN = (
    r"\b(?:rival|competing|counter)\s+(?:takeover\s+|cash\s+|all-share\s+)?"
    r"(?:offer|bid|approach|proposal)\b"
)
COUNTER_BID = _words(COUNTER_BID_PATTERN)
PLACED_WITH = (
    r"\b(?:plac(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|sell(?:s|ing)?|sold|allot(?:s|ted|ting)?)\s+"
    r"(?:[\w$£€¥.,-]+\s+){0,4}?new\s+(?:ordinary\s+|common\s+|preference\s+)?shares\b"
    r"(?:\s+(?:worth|for|totalling|valued\s+at)\s+(?:[\w$£€¥.,-]+\s+){0,3}?)?(?:\s*\([^()]{0,30}\))?"
    r"\s*(?:with|to)\b(?=\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?-i:[A-Z]))"
    r"(?!\s+(?:the\s+)?(?:investors|institutions|institutional|existing|shareholders|market)\b)"
    # Shares issued as the price of a purchase: "will issue 240 million new shares to Hạ Long's
    # owners in exchange for all of the drugmaker".
    r"(?![^.;]{0,40}?['’]s\s+(?:owners|shareholders|holders|founders|investors)\b)"
    r"(?![^.;]{0,80}?\b(?:in\s+exchange\s+for|for\s+each|as\s+(?:consideration|payment)"
    r"|to\s+pay\s+for)\b)"
)
PLACED_WITH_RE = _words(PLACED_WITH)
_PASSIVE_ADVERB = r"(?:(?:outright|entirely|fully|wholly|jointly|together|in full|\w+ly)\s+)?"
# Goods bought, told as the noun's modifier: "the largest carbon purchase in its history",
# "a power purchase agreement", "its gas purchases from X": no company changes hands.
_GOODS_NOT_BEFORE = "".join(
    rf"(?<!\b{word} )"
    for word in """carbon credit credits offset offsets power electricity energy gas oil crude
    coal fuel grain wheat maize rice sugar coffee cocoa tea cotton timber land gold silver
    copper tin iron ore steel bond bonds aircraft jet equipment LNG""".split()
)
# Not a company's own, told by its possessive: "assumed control of Brisa Foods' distribution",
# "picked up Brisa's former chief executive".
_NOT_POSSESSED = r"(?!\s+(?:the\s+)?(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}['’]s?\s)"
TRIGGERS = [
    # An adverb may come between: "will be bought outright by", "was sold quietly to".
    (ACQUISITION, "passive", r"\b(?:be|been|being|is|was|were|are|get|got)\s+(?:\w+ly\s+)?(?:acquired|bought|taken over|taken private|purchased)\s+" + _PASSIVE_ADVERB + r"by\b"),  # noqa: E501
    # Or with no buyer yet: "has agreed to be sold in a deal worth up to Sh4.5bn", "is to be
    # sold for $1bn", "has been sold."
    (ACQUISITION, "passive", r"\b(?:be|been|being|is|was|were|are)\s+(?:\w+ly\s+)?sold\b(?:\s+" + _PASSIVE_ADVERB + r"to\b|(?=\s+in\s+(?:an?|the)\s+(?:[\w$£€¥.,-]+\s+){0,4}?(?:deal|transaction|sale|auction|process)\b|\s+for\b[^.;,]{0,20}\d|\s*[.;]))"),  # noqa: E501
    # Headlines drop the auxiliary: "Fjellpay bought by Halden in $1bn deal".
    (ACQUISITION, "passive", r"\b(?:acquired|bought|taken over|purchased)\s+by\b(?=\s+(?-i:[A-Z]))"),  # noqa: E501
    # "had been approached by Sauerland Profilwerk …, and that discussions on a possible
    # transaction are in progress": an approach for the company, told by it.
    (ACQUISITION, "passive", r"\b(?:been|was|were|is|being)\s+approached\s+by\b(?=\s+(?-i:[A-Z])[^.;]{0,120}?\b(?:takeover|bid|offer|sale|merger|acquisition|purchase|transaction|combination)\b)"),  # noqa: E501
    (ACQUISITION, "sold_by", r"\b(?:be|been|being|is|was|were|are)\s+(?:sold|divested|offloaded)\s+by\b"),  # noqa: E501
    # The participle alone: "Fjellpay, sold by Nordkap to Halden", "existing shares sold by
    # its owner": who is sold is named before it, if at all.
    (ACQUISITION, "sold_by", r"\b(?:sold|divested|offloaded)\s+" + _PASSIVE_ADVERB + r"by\b"),
    # Ownership told as a state that has just changed: "X is now owned by Y", "X, now owned
    # by Y,", "passed into the hands of Y", "became a wholly owned subsidiary of Y". A state
    # that merely is ("X is owned by Y", "a unit of Y") or has been since a year is no news.
    (ACQUISITION, "passive", OWNED_NOW),
    # "Lagodekhi Springs … will pass to Absheron under an agreement signed with its founders".
    (ACQUISITION, "passive", r"(?<=\bwill )pass\s+to\b|(?<=\bis to )pass\s+to\b"),
    (ACQUISITION, "passive", CONTROL_PASSED),
    # Told in a brief's or a headline's own ways, one pattern per voice (speed: every
    # alternative is tried at every trigger word): the buyer found before it is named ("X has
    # found a buyer: Y will pay $1bn"), "X goes to Y for $1bn", "The buyer of X is Y", "X
    # changes hands for $1bn"; a company won as a prize ("Y has bagged X for $1bn", "landed
    # X", "clinched"), money put on it ("is spending $1bn on X", "put $1bn on the table for
    # X", not "on X's new plant") and "beat two rivals to X".
    (ACQUISITION, "passive", r"found(?:(?<=\bhas\sfound)|(?<=\bhave\sfound))\s+a\s+(?:new\s+)?(?:buyer|owner)\s*[:,—–]\s*(?=(?-i:[A-Z]))|\bgoes\s+to\b" + _FOR_MONEY_AHEAD + "|" + r"\b(?:buyer|acquirer|owner(?<=\bnew\sowner)|purchaser)\s+of\b(?=\s+(?-i:[A-Z])[^.;,]{0,50}?\s(?:is|was|will\s+be)\s+(?-i:[A-Z]))" + "|" + r"\bchang(?:es|ed|ing)\s+hands\b(?=\s+for\s+(?:about\s+|some\s+|nearly\s+)?" + _MONEY + r")"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:bag(?:s|ged|ging)|land(?:s|ed|ing)|clinch(?:es|ed|ing))\b" + _FOR_MONEY_AHEAD + r"|\b(?:taken|took|takes|taking)\s+(?:full\s+|formal\s+)?ownership\s+of\b|" + r"\b(?:spen(?:d|ds|ding|t)|put|puts|putting)\b(?=\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?" + _MONEY + r"[^.;,]{0,15}?\s+on\s+(?:the\s+table\s+for\s+)?(?:buying\s+)?" + NAME_AHEAD + r")" + "|" + r"\bbeat(?:s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:rivals?|bidders?|suitors?|competitors?)\s+to\b(?=\s+(?-i:[A-Z]))"),  # noqa: E501
    (ACQUISITION, "active", OWNS_NOW),
    # Money given to a company, told as a cheque or a commitment: "wrote a $50m cheque for
    # X", "has committed $50m to X" (not "to X's expansion", not "to the project").
    (INVESTMENT, "active", r"\b(?:buy(?:s|ing)?|bought)\s+into\b|\bwr(?:ite|ites|ote|itten|iting)\s+(?:an?\s+)?(?:[\w$£€¥₩₹.,-]+\s+)?(?:cheque|check)\s+(?:for|to|into)\b(?=\s+(?-i:[A-Z]))|\bcommit(?:s|ted|ting)?\b(?=\s+(?:about\s+|some\s+|nearly\s+|another\s+|a\s+further\s+)?" + _MONEY + r"\s+(?:to|into)\s+" + NAME_AHEAD + r")"),  # noqa: E501
    # "agreed to sell itself to Y", "agrees sale to Y": the subject is what is sold.
    (ACQUISITION, "passive", r"\b(?:sell(?:s|ing)?|sold)\s+itself\s+to\b|\bsale\s+to\b"),
    # New shares placed with a named investor: "placing new shares with X", "will issue new
    # shares worth £38m to X", "sold new shares to X" (the company sells no holding: it
    # raises money from X). Placed with "investors" or "the market", it is no deal.
    (INVESTMENT, "raise", PLACED_WITH),
    (INVESTMENT, "active", r"\b(?:subscrib(?:e|es|ed|ing)|subscription)\s+(?:for|to)\b(?=\s+(?:[\w$£€¥.,'’-]+\s+){0,4}?(?:new\s+)?(?:ordinary\s+|common\s+)?shares\b)"),  # noqa: E501
    (ACQUISITION, "sell", r"\b(?:sell|sells|selling|sold)\b(?!\s+(?:off|out)\b)|\bsale of\b|\bdivest\w*|\b(?:offload|unload)(?:s|ed|ing)?\b|\bdispos(?:e|es|ed|ing) of\b|\bhiv(?:e|es|ed|ing) off\b"),  # noqa: E501
    (ACQUISITION, "sell", r"\b(?:explor|consider|weigh|review|evaluat)\w*\s+(?:strategic\s+)?(?:options|alternatives)\s+for\b(?=[^.;]{0,60}\bsale\b)"),  # noqa: E501
    (ACQUISITION, "sell", r"\b(?:open to|invit(?:e|es|ed|ing)|solicit(?:s|ed|ing)?)\s+(?:takeover\s+)?(?:offers|bids|approaches)\b"),  # noqa: E501
    (ACQUISITION, "sell", r"\b(?:sound(?:s|ed|ing)? out|seek(?:s|ing)?|sought|look(?:s|ed|ing)? for|court(?:s|ed|ing)?|lin(?:e|es|ed|ing) up|hunt(?:s|ed|ing)? for)\s+(?:potential\s+|possible\s+|prospective\s+|a\s+)?(?:buyers?|bidders?|suitors?)\b|\bup for sale\b|\bsale process\b"),  # noqa: E501
    # "agreed to a takeover by X": the subject is bought; "a takeover proposal from X": X bids.
    (ACQUISITION, "passive", r"\b(?:takeover|acquisition|buyout|purchase)\s+by\b"),
    (ACQUISITION, "rival", r"\b(?:takeover|buyout|acquisition)\s+(?:offer|bid|approach|proposal)[\"”’']?\s+(?:of\s+(?:\S+\s+){1,5}?)?from\b"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:acquir(?:e|es|ed|ing)|acquisition(?:s)?(?: of)?|takeover(?!\s+(?:code|panel|rules|regulations?|laws?|regime|defen[cs]es?)\b|\s+of\s+the\s+(?:top\s+spot|lead|title|crown|throne|helm|reins|number\s+one|first\s+place)\b|\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:market|markets|sector|industry|high\s+street|airwaves|skies|charts?|rankings?)\b(?![\s-]+(?:leaders?|leading|players?|makers?|operators?|rivals?|champions?|group|company|firm)\b))|(?:take[sn]?|took|taking) over(?!\s+(?:from|as)\b)(?!\s+(?:its|the|his|her|their|a)\s+(?:[\w-]+\s+){0,2}?(?:team|role|job|post|position|duties|responsibilities|running|management|leadership|portfolio|desk|department|coverage|chairmanship|helm|reins|brief|seat|office|function|unit's\s+leadership)\b)|buy(?:s|ing)?|bought|buyout|(?=purchas)" + _GOODS_NOT_BEFORE + r"purchas(?:e|es|ed|ing)|(?:take[sn]?|took|taking) (?:full |majority |outright |sole )?control|snap(?:s|ped|ping)? up|scoop(?:s|ed|ing)? up|swallow(?:s|ed|ing)?|gobbl(?:e|es|ed|ing) up|absorb(?:s|ed|ing)?|absorption of|pursuit of|auction for)\b"),  # noqa: E501
    # "has won control of X", "gained control of X", "became the owner of X", "swooped on X",
    # "added X to its portfolio", "brought X into the group", "has taken X private",
    # "picked up X for $1bn", "made a $1bn approach to X".
    (ACQUISITION, "active", r"\b(?:w[oi]n(?:s|ning)?|gain(?:s|ed|ing)?|secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|assum(?:e|es|ed|ing)|seiz(?:e|es|ed|ing))\s+(?:full\s+|majority\s+|outright\s+|sole\s+|effective\s+|operational\s+)?control\s+(?:of|over)\b" + _NOT_POSSESSED),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:bec(?:ame|ome|omes|oming)|is\s+now|was\s+now|as)\s+(?:the\s+)?(?:new\s+|sole\s+|majority\s+|largest\s+)?owners?\s+of\b(?=\s+(?-i:[A-Z]))" + _NOT_POSSESSED),  # noqa: E501
    (ACQUISITION, "active", r"\bswoop(?:s|ed|ing)?\s+(?:on|for)\b"),
    # "Brisa Foods' new owner is Halvard Group": the one named after the verb buys.
    (ACQUISITION, "passive", r"(?<=new )owners?\s+(?:is|are|will\s+be|would\s+be)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"),  # noqa: E501
    (ACQUISITION, "active", r"\badd(?:s|ed|ing)?\b(?=\s+(?-i:[A-Z])[^.;]{0,60}?\s+to\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:portfolio|stable|collection|roster|line-?up|family\s+of\s+brands)\b)"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:br(?:ing|ings|inging|ought))\b(?=\s+(?-i:[A-Z])[^.;]{0,60}?\s+into\s+(?:the|its|their)\s+(?:group|fold|portfolio|stable)\b)"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:tak(?:e|es|en|ing)|took)\b(?=\s+(?-i:[A-Z])[^.;,]{0,60}?\s+private\b)"),  # noqa: E501
    (ACQUISITION, "active", r"\bpick(?:s|ed|ing)?\s+up\b(?=\s+(?:[\w-]+\s+){0,3}?(?-i:[A-Z]))(?!\s+(?:the\s+)?(?:tab|bill|pieces|slack|pace|phone|award|prize))" + _NOT_POSSESSED),  # noqa: E501
    (ACQUISITION, "active", r"(?:(?<=takeover )|(?<=buyout )|(?<=\dbn )|(?<=\dm )|(?<=billion )|(?<=million ))approach(?:es)?\s+to\b(?=\s+(?-i:[A-Z]))"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:took|take[sn]?|taking)\s+(?:a|an)\s+(?:majority|minority|controlling)\s+(?:(?:stake|holding|shareholding|interest)\s+)?(?:of|in)\b"),  # noqa: E501
    # A stake gathered: "picked up 12% of X", "amassed 29.9pc of X" (not "picked up a contract").
    (ACQUISITION, "active", r"\b(?:pick(?:s|ed|ing)? up|amass(?:es|ed|ing)?)\b(?=\s+(?:a\s+further\s+|another\s+|nearly\s+|almost\s+|about\s+)?\d+(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b|pc\b))"),  # noqa: E501
    # "will take Fjellpay private", "taking the company private": a buyout of its listed shares.
    (ACQUISITION, "active", r"\b(?:tak(?:e|es|ing)|took)\b(?=\s+(?:[\w&'’.-]+\s+){1,4}?private\b)"),
    # Shares issued for a whole company: "will issue 240 million new shares to Y's owners in
    # exchange for all of the drugmaker" (a reverse merger, a share-for-share purchase).
    (ACQUISITION, "active", r"(?<=\bin )exchange\s+for\s+(?:all|the\s+whole|the\s+entire|100%|100\s+per\s*cent)\b(?:\s+of)?(?![^.;,]{0,40}\b(?:debt|bonds?|notes|loans?|claims|liabilities|warrants|options)\b)"),  # noqa: E501
    # A share-for-share purchase: "will issue 0.64 of a new share for each share in X".
    (ACQUISITION, "active", r"(?<=\bfor )each\s+(?:[\w&'’.-]+\s+){0,3}?share\s+(?:in|of)\b"),
    # "X has walked away from Y, ending a two-month pursuit of the housebuilder": a bid ended.
    (ACQUISITION, "active", r"\bwalk(?:s|ed|ing)?\s+away\s+from\b(?=\s+(?-i:[A-Z])[^.;]{0,120}\b(?:pursuit|bid|offer|takeover|approach)\b)"),  # noqa: E501
    (ACQUISITION, "active", COUNTER_BID_PATTERN),
    (ACQUISITION, "active", r"\b(?:counter-?)?(?:offer|bid|approach|proposal)s?[\x22”]?\s+for\b"),
    # A bid weighed with its target told elsewhere in the sentence: "Fjellpay shares jumped
    # after Halden said it was weighing a bid", "in early discussions about a possible offer".
    # "is in discussions with X about a possible $1bn offer": X is the one bid for.
    (ACQUISITION, "active", r"\b(?:talks|discussions|negotiations)\s+with\b(?=\s+(?:the\s+)?(?-i:[A-Z])[^.;,]{0,60}?\s+(?:about|over|on|regarding)\s+(?:an?\s+)?(?:possible\s+|potential\s+|formal\s+|firm\s+)?(?:[$£€¥]?\d[\d.,]*\s?(?:bn|m|billion|million)?\s+)?(?:takeover\s+)?(?:offer|bid|approach)\b(?!\s+(?:for|from)\b))"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|explor(?:es|ed|ing)|prepar(?:es|ed|ing)|mull(?:s|ed|ing)?|(?:talks|discussions|negotiations)\s+(?:about|over|on))\s+(?:an?\s+)?(?:possible\s+|potential\s+|formal\s+|firm\s+)?(?:[$£€¥]?\d[\d.,]*\s?(?:bn|m|billion|million)?\s+)?(?:takeover\s+)?(?:offer|bid|approach)\b(?!\s+(?:for|from)\b)"),  # noqa: E501
    # Not "a proposal from activist investor X that would have required the board to …".
    (ACQUISITION, "rival", r"\b(?:counter-?)?(?:offer|bid|approach|proposal)[\"”’']?\s+(?:of\s+(?:\S+\s+){1,5}?)?from\b(?!\s+(?:the\s+|an?\s+)?(?:activist|shareholder|dissident)s?\b)"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:deal|swoop|move)\s+for\b(?=\s+(?:[\w-]+\s+){0,4}?(?-i:[A-Z]))"),
    # Not "Fjellpay's board backed an offer from Halden": its people weigh an offer made to it.
    (ACQUISITION, "active", r"(?:(?<=['’]s )|(?<=['’]s [$£€¥]))(?!(?:board|directors|shareholders|investors|management|chairman|chairwoman|chair|chief|executives|owners|founders|staff|employees|lenders|advisers)\b)(?:[\w$£€¥.-]+\s+){0,3}?(?:takeover |buyout )?(?:offer|bid|approach|proposal)\b"),  # noqa: E501
    # "Segamat raises its bid to FCFA 2,380 a share", "takes its offer directly to shareholders"
    (ACQUISITION, "active", r"\b(?:tabled|launched|made|submitted|lodged|sweetened|raised|tables|launches|submits|lodges|sweetens|raises|raising|sweetening|launching|(?:takes|took|taking|take)(?=\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:offer|bid)\s+(?:directly\s+|straight\s+)?to\s+(?:the\s+)?(?:shareholders|investors|owners)))\s+(?:an?|its|their)\s+(?:[\w$£€¥.-]+\s+){0,3}?(?:offer|bid)\b"),  # noqa: E501
    (ACQUISITION, "active", r"\bapproach(?:ed|es|ing)?\b(?=[^.;]{0,60}\b(?:takeover|bid|offer|deal|merger|acquisition|sale)\b)"),  # noqa: E501
    # "ISK 9.8 billion, paid by Hraunfoss to Jökulsá Capital for the whole of Skagi"
    (ACQUISITION, "passive", r"\bpaid\s+by\b(?=(?:[^.;]|\.(?=\s+[a-z\d]|\w)){0,80}\bfor\b)"),
    # "will pay CHF 61 a share in cash, valuing the maker at CHF 463 million"
    (ACQUISITION, "active", r"\bpa(?:y|ys|id|ying)\b(?!\s+(?:down|off|back|out)\b)(?=(?:[^.;]|\.(?=\d)){0,60}?,\s+valuing\b)"),  # noqa: E501
    # Not "use ₱20 billion to pay down debt and keep the rest for …", "paid out … for".
    (ACQUISITION, "active", r"\bpa(?:y|ys|id|ying)\b(?!\s+(?:down|off|back|out)\b|\s+for\s+(?:itself|themselves)\b)(?=(?:[^.;(]|(?<=Rs)\.|\.(?=\d)|\([^()]{0,40}\)|,\s+(?:about|around|roughly|some|nearly|or|equivalent\s+to)\s+[^,;]{1,40}?,){0,40}?\bfor\b)"),  # noqa: E501
    # "will offer 6.2 billion baht for the 32% it does not own"
    (ACQUISITION, "active", r"\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?)\b(?=\s+(?:[\w-]+\s+){0,2}?(?:[$£€¥₩₹]|[A-Z]{1,3}\$|(?:Rs\.?|(?-i:[A-Z]{3}))\s?\d|(?:" + MONEY_SIGN + r")\s?\d|\d[\d.,]*\s+(?:(?:million|billion|bn|trillion|crore|lakh)\s+)?(?:" + MONEY_WORD + r")\b)(?:[^.;]|\.(?=\d)){0,40}?\bfor\b)"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:bidders?|suitors?)\s+(?:(?:left|remaining|still\s+in\s+the\s+race)\s+)?for\b|\bcircl(?:e|es|ed|ing)\b(?=\s+(?-i:[A-Z]))"),  # noqa: E501
    # "Dougga Pay will go public by merging into Kerkennah": the company merged into is
    # the one that survives; it takes the other over.
    (ACQUISITION, "passive", r"\bmerg(?:e|es|ed|ing)\s+into\b(?!\s+(?:its|their|the\s+(?:group|parent)|a\s+new)\b)"),  # noqa: E501
    (MERGER, "mutual", r"\b(?:merg(?:e|es|ed|er|ers|ing)|combin(?:e|es|ing|ation))\b(?!\s+(?:[\w]+-[\w-]+\s+)?(?:therap\w*|pills?|drugs?|vaccines?|treatments?|tablets?|medicines?|inhalers?|regimens?|doses?|locks?|boilers?)\b)"),  # noqa: E501
    (JOINT_VENTURE, "mutual", r"\bjoint[- ]venture\b|\bjoint\s+(?:company|enterprise)\b|\bJV\b|\b(?:50-50|50:50|equal|equally owned)\s+venture\b"),  # noqa: E501
    # A consortium: "teamed up with X to bid for Y" is one bid by both.
    (ACQUISITION, "consortium", r"\b(?:team(?:s|ed|ing)? up|join(?:s|ed|ing)? forces|form(?:s|ed|ing)? a consortium|club(?:s|bed|bing)? together)\s+(?:with\s+[^.;]{0,40}?\s+)?to\s+(?:bid\s+for|buy|acquire|take\s+over|(?:make|launch|table)\s+an?\s+(?:[\w$£€¥.,-]+\s+){0,2}?(?:bid|offer|approach))\b"),  # noqa: E501
    (JOINT_VENTURE, "mutual", r"\b(?:establish|form|set(?:ting)? up|creat|launch)\w*\s+(?:an?|the)\s+(?:new\s+|jointly[- ]owned\s+|joint\s+)(?:[\w-]+\s+){0,2}?(?:company|entity|firm)\b(?=[^.;]{0,80}\b(?:with|together|jointly|combined|each|both|between)\b|[^.;]{0,80}\b(?:hold|own)s?\s+\d)"),  # noqa: E501
    (JOINT_VENTURE, "mutual", r"\b(?:establish|form|set(?:ting)? up|creat|launch)\w*\s+(?:an?|the)\s+(?:[\w:-]+\s+){0,3}?venture\b"),  # noqa: E501
    (JOINT_VENTURE, "mutual", r"\bpool(?:s|ed|ing)?\b(?=[^.;]{0,80}?\b(?:new|joint|jointly[- ]owned|50-50|50:50)\s+(?:company|entity|venture|business|firm)\b)|\bjointly[- ]owned\s+(?:company|entity|venture|business|firm)\b"),  # noqa: E501
    (INVESTMENT, "active", r"\b(?:co-)?l(?:ed|ead|eads|eading)\s+(?:an?|the|its)\s+[^.;]{0,40}?\b(?:round|financing|investment)\b"),  # noqa: E501
    (INVESTMENT, "active", r"\b(?:put|puts|putting|inject\w*|pump\w*|plough\w*|pour\w*)\b(?=(?:[^.;]|\.(?=\d)){0,40}?\binto\b)"),  # noqa: E501
    # A stake told as a compound, headline-style: "Halden raises Fjellpay stake to 39%",
    # "lifted its Fjellpay holding".
    (INVESTMENT, "active", r"\b(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|ups|upped|upping|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|build(?:s|ing)?|built|doubl(?:e|es|ed|ing))\b(?=\s+(?:its\s+|their\s+)?(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3}\s+(?:stake|holding|shareholding)\b)"),  # noqa: E501
    # "investment group Al Noor", "an investment bank": a kind of company, not a deal.
    (INVESTMENT, "active", r"\b(?:invest(?:s|ed|ing)?|investment(?!\s+(?:" + INVESTMENT_DESCRIBES + r")\b))\b|\b(?:stake|holding|interest|position|shareholding)\s+in\b"),  # noqa: E501
    (INVESTMENT, "raise", r"\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)?|clos(?:e|es|ed)|(?:pull(?:s|ed|ing)?|rak(?:e|es|ed|ing)|draw(?:s|ing)?|drew|brought|bring(?:s|ing)?)\s+in|attract(?:s|ed|ing)?)\b" + _MONEY_AHEAD + _NOT_A_PURCHASE),  # noqa: E501
    (INVESTMENT, "raise", r"\b(?:won|wins|win|winning|receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|got|gets|land(?:s|ed)|attract(?:s|ed|ing)?)\s+(?:an?\s+)?(?:[\w$£€¥.,-]+\s+){0,3}?(?:investment|backing|funding|injection)\s+from\b"),  # noqa: E501
    (INVESTMENT, "raise", r"\b(?:funding|financing|series [a-f]) round\b|\b(?:round|series [a-f])\b(?=\s+(?:was|is|has been)?\s*(?:co-)?led by)"),  # noqa: E501
    # "a $50m capital raise anchored by X", "a raise led by X"
    (INVESTMENT, "raise", r"\b(?:capital\s+|equity\s+|funding\s+)?raise\b(?=\s+(?:was\s+|is\s+|has\s+been\s+)?(?:co-)?(?:led|anchored)\s+by\b)"),  # noqa: E501
    # "X has backed Y with $50m", "X has become a 20% shareholder in Y"
    (INVESTMENT, "active", r"\bback(?:s|ed|ing)?\b(?=\s+(?-i:[A-Z])[^.;]{0,60}?\s+with\s+(?:a\s+|an\s+)?(?:[$£€¥]|[A-Z]{1,3}\$|\d))"),  # noqa: E501
    (INVESTMENT, "active", r"\bbec(?:ame|ome|omes|oming)\s+(?:an?\s+)?(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|pc)\s+|major\s+|minority\s+|large\s+|significant\s+)?(?:shareholder|investor|stakeholder)\s+in\b"),  # noqa: E501
    # The buyer named after the sale was told: "The buyer is Halden", "Halden is the buyer".
    # … and the company bought: "The target is Koforidua Biscuits".
    (ACQUISITION, "join", r"(?<=the )(?:buyer|acquirer|purchaser)\s+(?:is|was|will be)\b|\b(?:is|was|will be)\s+the\s+(?:buyer|acquirer|purchaser)\b|(?<=\bthe )target\s+(?:is|was)\b(?=\s+(?-i:[A-Z]))"),  # noqa: E501
    (INVESTMENT, "join", r"\blead(?:\s+investor)?s?\s*:|\balso\s+(?:took part|invested|participated|joined|backed|came in|put (?:in )?money)\b|\bput\s+in\s+(?:more|further|additional|fresh|new)\s+(?:money|cash|capital|funds)\b|\bwith participation from\b|\bprovid(?:ed|es|ing)\b(?=[^.;]{0,30}\b(?:money|funding|capital|financing|cash)\b)|\b(?:joining|joined|came in|coming in)\s+as\s+(?:[\w-]+\s+)?(?:investors?|backers?|shareholders?)\b|\bjoin(?:ed|s|ing)?\s+(?:the|a|its|that)\s+(?:[\w-]+\s+)?(?:round|financing|fundraising|investment)\b"),  # noqa: E501
    # "signed a memorandum of understanding to negotiate a merger": the merger, in talks.
    (MERGER, "mutual", r"\b(?:memorandum of understanding|mou|letter of intent)\b(?=(?:[^.;]|\.(?=\d)){0,40}?\b(?:to\s+(?:negotiate|discuss|explore|study|pursue|work\s+towards?)\s+(?:a\s+|the\s+|their\s+)?(?:possible\s+|potential\s+|proposed\s+)?merger|to\s+merge|(?:on|for|towards?)\s+(?:a\s+|the\s+|their\s+)?(?:possible\s+|potential\s+|proposed\s+)?merger)\b)"),  # noqa: E501
    (PARTNERSHIP, "mutual", r"\bmemorandum of understanding\b|\bmou\b|\bcode-?share\b|\b(?:cooperation|co-operation|partnership|alliance|strategic) agreement\b|\bjointly\s+(?:develop|build|make|produce|run|operate|market|sell)\w*|\b(?:develop|build|make|produce|research|market|sell)\w*\s+(?:[\w-]+\s+){0,3}?together\b"),  # noqa: E501
    (PARTNERSHIP, "mutual", r"\bas\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?partner\b"),
    # Commercial contracts: supply, offtake, licensing, distribution, co-marketing ("a
    # ten-year supply agreement with", "struck a deal with X to sell its beans", "licensed
    # its drug to X"). Read so that their words are not taken for a partnership, and then
    # dropped: no deal (a contract won or an order is trade, as before).
    (PARTNERSHIP, "commercial", r"\b(?:supply|offtake|sourcing)\s+(?:deal|agreement|pact|partnership|contract)\b|\b(?:deal|agreement|pact)\s+to\s+supply\b"),  # noqa: E501
    (PARTNERSHIP, "commercial", r"\b(?:licen[cs]ing|licen[cs]e|distribution|co-marketing|co-branding|marketing|content|streaming|reseller|commercial|loyalty)\s+(?:deal|agreement|pact|partnership|tie-up|alliance)s?\b"),  # noqa: E501
    (PARTNERSHIP, "commercial", COMMERCIAL_DEAL),
    (PARTNERSHIP, "mutual", JOINT_DEAL),
    (PARTNERSHIP, "commercial", r"\blicen[cs](?:e|es|ed|ing)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:to|from)\b"),  # noqa: E501
    (PARTNERSHIP, "mutual", r"\b(?:tie-up|tie up|partnership|alliance|team(?:s|ed)? up|partner(?:s|ed|ing)? with|working with(?!\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:advisers?|advisors?|bankers?|banks|lawyers|consultants|brokers?)\b)|cooperat\w+ with|collaborat\w+ with)\b"),  # noqa: E501
    # A share taken without the word "stake": "took 49% of Lalibela Air", "taking 30 per cent
    # in the lender" (of a company, not "took 30% of the vote").
    (ACQUISITION, "active", r"\b(?:take[sn]?|took|taking)\b(?=\s+(?:(?:up\s+to|about|around|almost|nearly|some|another|a\s+further|an?\s+additional)\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent|pc)\s+(?:of|in)\s+(?:(?-i:[A-Z])|the\s+(?:company|business|group|bank|lender|carrier|airline|firm|start-?up|venture|operator|maker|chain|insurer)\b|its\s+(?:[\w-]+\s+)?(?:subsidiary|unit|business|arm|venture|partner)\b))"),  # noqa: E501
]  # fmt: skip
TRIGGER_PATTERNS = [(kind, voice, _words(pattern)) for kind, voice, pattern in TRIGGERS]
CONTROL_PASSED_AT = next(i for i, t in enumerate(TRIGGERS) if t[2] is CONTROL_PASSED)
# All of them in one pattern, so a sentence is scanned once: the leftmost trigger wins, and
# at one position the one listed first.
ANY_TRIGGER = _words("|".join(f"(?P<t{i}>{pattern})" for i, (_, _, pattern) in enumerate(TRIGGERS)))


def _first_letters(pattern: str) -> frozenset[str] | None:
    """The letters a match of `pattern` can begin with, in both cases; None when it could
    begin with anything (or the pattern is too involved to tell)."""

    def first(items) -> tuple[set[str] | None, bool]:  # (letters, may match nothing)
        letters: set[str] = set()
        for op, arg in items:
            if op is _constants.LITERAL:
                return letters | {chr(arg).lower(), chr(arg).upper()}, False
            if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
                continue  # "\b" and look-arounds take no letter
            if op is _constants.IN and all(o is _constants.LITERAL for o, _ in arg):
                return letters | {f(chr(a)) for _, a in arg for f in (str.lower, str.upper)}, False
            if op is _constants.SUBPATTERN:
                branches, least = [arg[-1]], 1
            elif op is _constants.BRANCH:
                branches, least = arg[1], 1
            elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
                branches, least = [arg[2]], arg[0]
            else:
                return None, False  # a class, a category, any character: anything
            empty = False
            for branch in branches:
                found, nothing = first(branch)
                if found is None:
                    return None, False
                letters |= found
                empty = empty or nothing
            if least and not empty:
                return letters, False
        return letters, True

    try:
        letters, empty = first(_parser.parse(pattern, re.IGNORECASE))
    except Exception:  # noqa: BLE001 (a parser of another Python version: no shortcut)
        return None
    return None if letters is None or empty else frozenset(letters)


_FIRST_LETTERS = [_first_letters(pattern) for _, _, pattern in TRIGGERS]
_TRIGGERS_BY_LETTER: dict[str, re.Pattern] = {}


def trigger_at(text: str, at: int) -> re.Match | None:
    """ANY_TRIGGER.match(text, at), trying only the triggers that can begin with the letter
    at `at`: the same match (the one listed first of those that match), at a fraction of the
    cost, since most words tried start no trigger ("with", "market", any word after "'s").
    """
    letter = text[at : at + 1]
    if not letter.isascii():  # (case folding beyond ASCII: "ſ" matches "s")
        return ANY_TRIGGER.match(text, at)
    letter = letter.lower()
    pattern = _TRIGGERS_BY_LETTER.get(letter)
    if pattern is None:
        pattern = _TRIGGERS_BY_LETTER[letter] = _words(
            "|".join(
                f"(?P<t{i}>{spec})"
                for i, (_, _, spec) in enumerate(TRIGGERS)
                if letter in (_FIRST_LETTERS[i] or letter)
            )
            or r"(?!)"
        )
    return pattern.match(text, at)


# Speed: a sentence is only searched for triggers, denials and the like when it holds one
# of their words (a set lookup), and for money and stakes when it holds a digit.
TRIGGER_WORDS = frozenset(
    """acquire acquires acquired acquiring acquisition acquisitions takeover takeovers take takes
    taken took taking buy buys buying bought buyout purchase purchases purchased purchasing snap
    snaps snapped snapping pick picks picked picking amass amasses amassed amassing scoop scoops
    exchange each pass walk walks walked walking
    scooped scooping swallow swallows swallowed swallowing
    gobble gobbles gobbled gobbling offer bid approach approached approaches approaching pay pays
    paid paying merge merges merged merger mergers merging combine combines combining combination
    joint joint-venture jv venture sell sells selling sold sale divest divests divested divesting
    divestment led lead leads leading co-led co-lead co-leads round put puts putting inject
    injects injected injecting pump pumps pumped pumping plough ploughs ploughed ploughing pour
    pours poured pouring invest invests invested investing investment stake holding interest
    raise raises raised raising secure secures secured securing land lands landed close closes
    closed funding financing also participation tie-up tie partnership alliance team teams
    teamed partner partners partnered partnering work works working cooperate cooperates
    cooperated cooperating collaborate collaborates collaborated collaborating control position
    shareholding memorandum mou jointly together join joined joins joining offload offloads
    offloaded offloading unload unloads unloaded unloading dispose disposes disposed disposing
    hive hives hived hiving codeshare code-share cooperation co-operation strategic absorb absorbs
    absorbed absorbing absorption pursuit auction proposal pool pools pooled pooling jointly-owned
    pull
    pulls pulled pulling rake rakes raked raking draw draws drawing drew brought bring brings
    bringing attract attracts attracted attracting swoop buyer buyers bidder bidders suitor
    swoops swooped swooping owner owners private add adds added adding gain gains gained gaining
    obtain obtains obtained obtaining seize seizes seized seizing assume assumes assumed assuming
    place places placed placing allot allots allotted allotting shareholder backed backs raise
    anchored
    suitors offers bids approaches proposals won wins win winning receive receives received
    receiving got gets open invite invites invited inviting solicit
    solicits solicited soliciting circle circles circled circling offered offering forces
    consortium club clubs clubbed clubbing hands found goes bag bags bagged bagging clinch
    clinches clinched clinching beat beats beating owner: parent: buyer: spend spends spending
    write writes wrote written writing commit commits committed committing
    spent changes changed changing
    licensing licencing license licence distribution
    co-marketing co-branding reseller content streaming commercial supply offtake
    sourcing options alternatives now owned hands acquirer purchaser target lift lifts lifted
    lifting ups upped upping increase increases increased increasing boost boosts boosted
    boosting build builds building built double doubles doubled doubling
    subsidiary became become becomes becoming subscribe subscribes subscribed subscribing
    subscription""".split()
)
# The words a trigger can start with: the trigger words, the auxiliaries of the passive
# ("was acquired by") and the verbs that set up a venture.
START_WORDS = TRIGGER_WORDS | frozenset(
    """explore explores explored exploring consider considers considered considering weigh
    weighs weighed weighing review reviews reviewed reviewing evaluate evaluates evaluated
    evaluating agreement pact be been being is was were are get got 50-50 50:50 equal equally
    establish establishes
    established establishing form forms formed forming set setting create creates created
    creating launch launches launched launching with series tabled made submitted lodged
    sweetened develop develops developed developing build builds building make makes making
    produce produces producing research market sell as jointly deal move provided provides
    providing came coming sound sounds sounded sounding seek seeks seeking sought look looks
    looked looking court courts courted courting line lines lined lining hunt hunts hunted
    hunting up counter-offer counteroffer counter-bid counterbid offers bids approaches
    proposals now pass passes passed passing transfer each place places placed placing issue
    issues issued issuing allot allots allotted allotting subscribe subscribes subscribed
    subscribing
    transfers transferred transferring fell falls
    fallen became become becomes becoming rival competing counter talks discussions
    negotiations prepare prepares prepared preparing mull mulls mulled mulling
    lead: leads: tables submits lodges sweetens sweetening letter""".split()
)
_WORD = re.compile(r"[\w:-]+")
_CURRENCY_SIGNS = "$£€¥"


def _token_char(char: str) -> bool:
    return char.isalnum() or char in "_:-"


def _trigger_starts(text: str, after: int) -> list[int]:
    """Where a trigger may start, from `after` on: a whole word ([\\w:-]+) from
    START_WORDS, or any word after a possessive ("Acme's $12-a-share offer").

    Speed: the words present are found in one C-level pass, then located with str.find;
    a Python loop over every word of every sentence cost more than the rest of the reading.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: go word by word
        return [
            m.start()
            for m in _WORD.finditer(text, after)
            if m.group().lower() in START_WORDS or _after_possessive(text, m.start())
        ]
    starts = set()
    size = len(text)
    for word in START_WORDS.intersection(_WORD.findall(lowered, after)):
        at = lowered.find(word, after)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not _token_char(lowered[at - 1])) and (
                end == size or not _token_char(lowered[end])
            ):
                starts.add(at)
            at = lowered.find(word, at + 1)
    for mark in ("'s ", "’s "):
        at = text.find(mark, max(0, after - 5))
        while at != -1:
            start = at + 3
            for _ in range(3):
                if start >= after and start < size and _token_char(text[start]):
                    starts.add(start)
                    break
                if start >= size or text[start] not in _CURRENCY_SIGNS:
                    break
                start += 1
            at = text.find(mark, at + 1)
    return sorted(starts)


def _after_possessive(text: str, at: int) -> bool:
    return text[max(0, at - 5) : at].rstrip(_CURRENCY_SIGNS).endswith(("'s ", "’s "))


# Triggers whose words are too common to open the gate on their own: "a deal for Acme",
# and, once a deal is being told, "X provided the money", "Y came in as an investor".
DEAL_FOR = re.compile(r"\b(?:deal|move) for\b")  # searched in lower-case text
# The gate for COMMERCIAL_DEAL: its words without the look-behinds, which would be tried at
# every position of the sentence (the trigger itself still checks them).
# Searched in lower-case text without IGNORECASE, which lets the engine skip to the words.
DEAL_WITH = re.compile(_DEAL_WITH_TO)
JOIN_WORDS = frozenset("provided provides providing came coming".split())
DENIAL_WORDS = frozenset(
    """deny denies denied truth not speculation ruled rules no dismissed dismisses baseless
    unfounded intention reject rejects rejected rejecting dismissing intend substance basis
    foundation untrue inaccurate incorrect false wrong true interest played plays playing play
    downplayed downplays downplaying wrongly incorrectly mistakenly erroneously falsely
    approached declined declines declining refused refuses refusing balked balks balking passed
    passes passing won never proposed appetite contact""".split()
)
NOT_A_DEAL_WORDS = frozenset(
    """back buyback buybacks repurchase repurchases repurchased repurchasing own cut cuts remedy
    rights sale transfer joint asked
    remedies
    cutting trim trims trimmed trimming reduce reduces reduced reducing lower lowers lowered
    lowering pare pares pared paring halve halves halved halving suing sued sues filed lent
    lends fined fine fines penalty penalties settle settles settled damages rating ratings
    recommendation rate rates rated rating upgraded downgraded upgrades downgrades upgrade
    downgrade version sale-and-leaseback leaseback leasebacks lease-back leased leasing leases
    """.split()
)
_PUNCTUATION = str.maketrans(dict.fromkeys(map(ord, ".,;:!?()[]\"“”‘’'/"), " "))
_DIGIT = re.compile(r"\d")


def _words_in(text: str) -> frozenset:
    return frozenset(text.lower().translate(_PUNCTUATION).split())


# A trigger that is a noun ("the takeover of") says less than a verb ("bought").
# A purchase told as a noun, which a year can date: "Halden's purchase of Fjellpay in 2019".
DEAL_NOUN = _words(r"(?:acquisition|takeover|purchase|buyout|sale|merger|investment)\b")
NOUN_TRIGGER = _words(r"acquisition|takeover|stake|holding|interest|buyout|offer|bid|investment")
# Not a transaction though the words are there.
NOT_A_DEAL = _words(
    r"\b(?:buy(?:ing|s)?|bought) back\b(?! (?:the|a|an|its|their) (?:[\w%.-]+ ){0,3}?"
    r"(?:stake|holding|business|unit|division|arm|rights|assets?)\b)|\bbuyback\b|\brepurchas\w*"
    r"|\b(?:its|their) own shares\b"
    # A player sold: "helped by the sale of its striker Matías Curbelo to X".
    r"|\b(?:sale|transfer)\s+of\s+(?:its|their|the\s+club['’]s)\s+(?:[\w-]+\s+){0,3}?(?:striker"
    r"|forward|midfielder|defender|goalkeeper|winger|playmaker|player|players|captain)\b"
    # A question put: "Halden, asked about a possible bid for Fjellpay, said …".
    r"|\basked\s+(?:about|whether)\s+(?:a|the|it)\s+(?:possible|potential|rumou?red|reported|was)"
    r"\b"
    # A venture that exists, told as a state: "X and Y have a joint venture in India that
    # makes crisps", "X's joint venture with Y reported higher sales".
    r"|\b(?:has|have|had|own|owns|owned|run|runs|operate|operates)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"joint[- ]venture\b"
    r"|(?:['’]s|\bthe|\btheir)\s+joint[- ]venture\s+(?:with|between)\s+[^.;]{1,60}?\s+"
    r"(?:reported|posted|made|has|employs|sells|makes|produces|operates|runs)\b"
    # Rights bought are a licence: "acquired the rights to Brisa's recipes in Asia".
    r"|\b(?:acquir(?:e|es|ed|ing)|bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing))\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?rights\s+(?:to|for|in|of)\b"
    # A holding made smaller is not a transaction the desk tracks.
    r"|\b(?:cut|cuts|cutting|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?"
    r"|par(?:e|es|ed|ing)|halv(?:e|es|ed|ing))\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?"
    r"(?:stake|holding|shareholding|position|interest)\b"
    # A lawsuit names both sides and often a deal word; it is not a transaction.
    r"|\b(?:(?:is|are|was|were) suing|sued|sues)\b(?!\s+to\b)|\bfiled (?:a )?(?:law)?suit\b"
    # A loan is credit, not a stake: "Contoso lent Baltic $200m to buy ships".
    r"|\blen(?:t|ds)\b"
    # A fine or a settlement is not a transaction, whatever deal it mentions.
    r"|\bfined\b|\b(?:a|an|the)\s+(?:[\w$£€¥₩₹.,-]+\s+){0,2}?(?:fine|penalty)\b"
    # "were ordered to pay penalties totalling A$64m for agreeing not to compete".
    r"|\b(?:pay|paid|paying|pays|impose[sd]?|imposing)\s+(?:\w+\s+){0,2}?(?:fines|penalties)\b"
    r"|\b(?:to settle|settle[sd]?)\s+(?:\w+\s+){0,2}?(?:claims?|charges|allegations|lawsuits?"
    r"|suits?|case|cases|dispute|probe|investigation|litigation)\b"
    # "Under the settlement, Don Chalo's will … pay Licorera Parita B/.1.8 million"
    # Damages claimed in a lawsuit: "is seeking damages of at least €45m".
    r"|\b(?:seek(?:s|ing)?|sought|claim(?:s|ed|ing)?|award(?:s|ed)?|pay)\s+(?:[\w.,]+\s+){0,5}?damages\b"
    # An analyst's rating: "kept its 'buy' rating", "rate it 'buy'", "upgraded X to buy".
    r"|\b(?:buy|sell|hold|outperform|overweight|underweight)[\"”’']?\s+(?:rating|recommendation"
    r"|call)s?\b|\brat(?:e|es|ed|ing)\s+(?:it|them|the\s+stock|the\s+shares|[\w&.'’-]+)\s+"
    r"[\"“‘']?(?:a\s+)?(?:buy|sell|hold)\b|\b(?:upgrad|downgrad)\w*\s+(?:[\w&.'’-]+\s+){0,3}?to\s+"
    r"[\"“‘']?(?:buy|sell|hold)\b"
    # Remedies offered to a regulator: "rejected remedies Munzur had offered, including the
    # sale of a grinding plant".
    r"|\bremed(?:y|ies)\b[^.;]{0,80}\b(?:sale|sell|selling|divest\w*|disposal)\b"
    # A correction's account of what was wrongly reported: "An earlier version of this story
    # said the price was €141 million and that the purchase had been completed."
    r"|\ban?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)\b"
    # Assets sold and leased back finance the seller; nobody buys a company.
    r"|\bsale[- ]and[- ]lease-?backs?\b|\blease-?backs?\b"
)

# More of the same, searched only where their own words are (speed: these words are
# common, and the pattern above is long).
NOT_A_DEAL_MORE = _words(
    # A case worked out: "spent three weeks working out how X could take over Y".
    r"\bhow\s+[^.;]{1,60}?\b(?:could|would|should|might)\s+(?:\w+\s+)?(?:take\s+over|buy|acquire"
    r"|merge|bid\s+for|combine)\b"
    # A case made up: "in a hypothetical case study".
    r"|\bhypothetical\b|\bcase\s+stud(?:y|ies)\b|\bthought\s+experiment\b"
    # Advice, or a case imagined: "X should merge with Y", "The bull case assumes that X
    # buys the company".
    r"|\b(?:should|ought\s+to)\s+(?:(?:now|seriously|really|simply|just|also|instead)\s+)?"
    r"(?:buy|acquire|merge|sell|bid\s+for|take\s+over|invest\s+in|combine|team\s+up"
    r"|join\s+forces|snap\s+up|swallow|find\s+a\s+buyer)\b"
    r"|\b(?:bull|bear|base|best|worst|upside|downside)[- ]case\b|\bassum(?:e|es|ed|ing)\s+that\b"
    r"|\bin\s+(?:a|the|this|that|its)\s+(?:\w+\s+)?scenario\b|\bscenario\s+(?:in\s+which|where)\b"
    # A sale a court orders to pay a judgment: "ordered that his 11.4% holding in X be sold
    # to satisfy a J$3.6bn judgment won against him by Y" (the creditor buys nothing).
    r"|\bto\s+satisfy\s+(?:a|an|the|his|her|its|their)\s+(?:[^.;]|\.(?=\d)){0,30}?"
    r"\bjudge?ments?\b"
    # Shares pledged for a loan: "pledged its 25% stake in X to Y as security".
    r"|\bpledg(?:e|es|ed|ing)\s+(?:its|their|his|her|the|a|some|all)\s+[^.;]{0,40}?\b(?:stake"
    r"|shares|holding|shareholding)\b"
    # A holding made smaller by others' shares: "its stake in X has fallen to 8% after the
    # start-up issued new shares".
    r"|\b(?:stake|holding|shareholding)\s+in\s+[^.;]{1,40}?\s+(?:has\s+|have\s+|had\s+|was\s+"
    r"|will\s+)?(?:fallen|fell|falls|dropped|drops|shrunk|shrank|shrinks|been\s+diluted|diluted"
    r"|declined)\b"
    # A holding told as a state: "regards its stake in X as permanent".
    r"|\b(?:regards?|regarded|considers?|considered|sees|views?|viewed|describes?|described"
    r"|treats?|treated)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:stake|holding|shareholding"
    r"|investment)s?\s+in\s+[^.;]{1,60}?\s+as\b"
    # A purchase imagined: "would have to pay $3bn for X if it ever wanted to buy it",
    # "could buy X for $3bn if it chose to", "were it to bid".
    r"|\b(?:would|could|might)\b[^.;]{0,80}?\bif\s+(?:it|they|he|she|the\s+\w+)\s+(?:ever\s+)?"
    r"(?:wanted|wants|wished|chose|decided|tried|were\s+to|was\s+to)\b"
    r"|\bif\s+(?:it|they)\s+ever\s+(?:wanted|wished|chose|decided|tried)\b[^.;]{0,80}?"
    r"\b(?:would|could|might)\b|\bwere\s+(?:it|they)\s+to\s+(?:bid|buy|make|launch|sell)\b"
    r"|\bleas(?:ed|es|ing)\s+(?:it|them)\s+back\b"
    # Holdings moved inside one group: "would transfer its 35% holding in X to its parent
    # … in a reshuffle of assets inside the group", "an intra-group transfer".
    r"|\bintra-?group\b|\b(?:inside|within)\s+the\s+(?:group|family\s+of\s+companies)\b(?!['’])"
    r"|\binternal\s+(?:transfer|reorgani[sz]ation|reshuffle)\b"
    # A class's exercise: "MBA students spent four hours valuing a merger between X and Y".
    r"|\b(?:students|pupils|classroom|exam|examination|mba|lecture|seminar|coursework)\b"
    r"[^.;]{0,100}?\b(?:merger|takeover|acquisition|deal|bid|buyout|valuation)\b"
    # Index funds' buying: "funds tracking the index will have to buy about $210 million of X
    # shares".
    r"|\b(?:index|indices|tracker|trackers|tracking|passive|etfs?)\b[^.;]{0,80}?\b(?:buy|sell"
    r"|purchase)(?:s|ing)?\b"
    # Trading and games, not deals: "a pair trade: buying shares in X and selling short Y",
    # "'buying' NZ$50,000 of virtual shares in X".
    r"|\bsell(?:s|ing)?\s+short\b|\bshort(?:ing|-selling)\b|\bpair\s+trade\b"
    r"|\b(?:virtual|paper|mock|notional|simulated|fantasy|imaginary)\s+(?:shares|stocks?"
    r"|portfolios?|money|trades?|trading)\b"
    # A wish: "wants Ottawa to let X and Y merge", "urged regulators to allow".
    r"|\b(?:wants?|wanted|urges?|urged|would\s+like)\s+(?:[\w&.'’-]+\s+){0,3}?to\s+(?:let"
    r"|allow|force|make|push|encourage)\b"
    # A columnist's idea: "On paper the obvious merger is X with Y".
    r"|\b(?:obvious|logical|natural|ideal|sensible|perfect)\s+(?:merger|deal|tie-up|partner"
    r"|match|target|buyer|bidder|combination)\s+(?:is|would\s+be|might\s+be|could\s+be)\b"
    # A broker's trade: "bought 2 million X shares for its clients".
    r"|\b(?:shares|stock)\s+(?:[^.;]{0,30}?\s)?(?:for|on\s+behalf\s+of)\s+(?:its|their)\s+"
    r"(?:clients|customers)\b"
)
# Each group of words that can start one of its cases, with a word that must come with it.
_MORE_GATES = (
    (frozenset("if were how".split()), frozenset("would could might should".split())),
    (
        frozenset(
            "regards regard regarded considers consider considered sees views view viewed "
            "describes describe described treats treat treated fallen fell falls dropped drops "
            "shrunk shrank shrinks diluted declined".split()
        ),
        frozenset("stake stakes holding holdings shareholding investment investments".split()),
    ),
    (frozenset("bull bear base best worst upside downside".split()), frozenset({"case"})),
    (frozenset({"clients", "customers"}), frozenset({"shares", "stock"})),
    (
        frozenset("index indices tracker trackers tracking passive etf etfs".split()),
        frozenset("buy buys buying sell sells selling purchase purchases purchasing".split()),
    ),
    (frozenset("obvious logical natural ideal sensible perfect".split()), None),
    (
        frozenset(
            "students pupils classroom exam examination mba lecture seminar coursework".split()
        ),
        None,
    ),
    (
        frozenset(
            "short shorting short-selling pair virtual paper mock notional simulated fantasy "
            "imaginary".split()
        ),
        None,
    ),
    (
        frozenset("wants want wanted urges urge urged like".split()),
        frozenset("let allow force make push encourage".split()),
    ),
    (frozenset({"inside", "within"}), frozenset({"group", "family"})),
    (frozenset({"intragroup", "intra-group", "internal"}), None),
    (
        frozenset(
            "bull-case bear-case base-case assumes assume assumed assuming scenario should ought "
            "hypothetical study studies experiment satisfy pledge pledges pledged pledging".split()
        ),
        None,
    ),
)


def not_a_deal(words: frozenset, text: str) -> bool:
    """Whether a sentence (its `words`, its main `text`) tells something that is no deal
    though deal words are in it."""
    if words & NOT_A_DEAL_WORDS and NOT_A_DEAL.search(text):
        return True
    return any(
        words & starts and (also is None or words & also) for starts, also in _MORE_GATES
    ) and bool(NOT_A_DEAL_MORE.search(text))


# Money raised from the market, not from a party the desk would tag: rights issues,
# placings, listings, bonds, loans. A company raising money this way is not a deal, even
# when a shareholder pledges to take up its part.
MARKET_RAISE = _words(
    r"\b(?:rights (?:issue|offering)|(?:share |equity )?placing|placement|initial public offering"
    # (A convertible loan or note from a named investor is its investment: "secured €15m
    # from Elbgrund in the form of a convertible loan".)
    r"|ipo|listing|flotation|bonds?|(?<!convertible )notes|debt (?:sale|offering|issue)"
    r"|(?<!convertible )loans?"
    # Borrowing, and money paid out to owners: "will raise $1.5bn of debt and pay most of it
    # to its parent as a dividend".
    r"|of (?:new |fresh )?(?:debt|borrowings?)|(?:special |one-time |one-off )?dividends?"
    r"|credit (?:line|facility)"
    r"|share (?:sale|offering|issue)|entitlement|went public|floated"
    r"|list(?:s|ed|ing)? (?:its|their) shares"
    # Money raised for an investment fund is the fund's, from its own investors.
    r"|for (?:its|a|the|their) (?:[\w-]+ ){0,3}?(?:fund|vehicle)"
    r"|fund(?:s)? (?:has |have )?(?:raised|closed)"
    r"|(?:raised|closed) (?:its|a|the|their) (?:[\w$£€¥.,-]+ ){0,3}?fund)\b"
)
# A trigger inside a description: "Acme-backed", "its former partner", "the venture it
# formed in 2015", "a unit of".
DESCRIPTION_BEFORE = _words(r"(?:\w-|\bformer\s+|\bex-|\bthe\s+(?:\w+\s+){0,3})$")
SPECULATION_AFTER = _words(r"\s+(?:target|targets|candidate|candidates|speculation|rumours?)\b")
# What is bought or sold when it is a business: after "its"/"their", a sale or purchase of
# anything else ("its cars", "their beans") is trade.
_ASSET_WORDS = (
    r"business|businesses|unit|units|arm|arms|division|divisions|stake|stakes|holding|holdings"
    r"|shareholding|shares|interest|assets?|operations?|subsidiar\w+|brands?|plants?|portfolio"
    r"|company|companies|mines?|terminals?|book|network|chain|venture|properties|property"
    r"|hotels?|stores?|factories|factory|mills?|fleet|rival|rivals|peer|competitor|partner"
    # A business told by its sites: "sell its Scottish farms to", "its two data centres".
    r"|farms?|sites?|fields?|licen[cs]es|ports?|pipelines?|warehouses?|hospitals?|clinics?"
    r"|branches|outlets|restaurants|cinemas|towers?|cent(?:re|er)s?|refiner(?:y|ies)|estates?"
    r"|supplier|customer|distributor|parent|affiliate|founders?|owners?|remaining|half|majority"
    r"|minority|share|equity|control|\d[\d.,]*\s?(?:%|per\s?cent|percent)"
)
_FUNCTION_WORDS = (
    r"because|since|as|so|and|or|but|if|when|while|after|before|until|unless|that|which|who"
    r"|it|its|they|them|their|he|she|his|her|we|our|you|the|an?|this|these|those|to|of|in|on"
    r"|at|by|with|for|from|into|onto|over|under|about|also|only|back|off|out|up|down|not|all"
    r"|any|each|more|most|less|some|half|would|will|could|should|can|may|might|must|is|are"
    r"|was|were|be|been|has|have|had|do|does|did"
)
TRADE_VERB = _words(r"(?:buy|buys|buying|bought|sell|sells|selling|sold|purchas\w+)$")
GOODS_AFTER = _words(
    # Through a trader, with no object: "Albiez buys through Itajubá and pays a premium".
    r"\s+(?:directly\s+|mainly\s+|mostly\s+|only\s+)?through\s+(?-i:[A-Z])|"
    # "bought much of its spirit from X"
    r"\s+(?:(?:(?:about|around|roughly|nearly|almost|over|more\s+than|less\s+than)\s+)?"
    r"(?:much|most|some|all|part|half|a\s+lot|the\s+bulk|a\s+third|a\s+quarter)\s+of\s+)?"
    r"(?:its|their|more|fewer|extra)"
    r"\s+(?!(?:[\w%.-]+\s+){0,3}?(?:" + _ASSET_WORDS + r")\b)"
    # "sell its cassava-starch maker Bolaven Starch to X": a company told by its trade.
    r"(?!(?:[\w-]+\s+){0,2}?(?:" + _NOUNS + r")\s+(?-i:[A-Z]))"
    r"(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:from|through|to|in|at|via|on|for)\b"
    # A share of goods or capacity: "bought 40% of next summer's rooms at its hotels",
    # "sells about a quarter of Segesta's output".
    r"|\s+(?:(?:about|around|roughly|nearly|almost|over|more\s+than|less\s+than|up\s+to)\s+)?"
    r"(?:much|most|some|all|part|half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth"
    r"|\d+(?:\.\d+)?\s?(?:%|per\s?cent))\s+of\s+(?:(?-i:[a-z0-9][\w'’&.-]*)\s+"
    r"|(?-i:[A-Z])[\w&.-]*['’]s\s+){0,4}?(?-i:output|production|harvest|crops?|wine|milk|oil|gas"
    r"|coal|ore|exports|products|goods|beer|coffee|cocoa|tea|sugar|rooms|beds|seats|tickets"
    r"|capacity|cement|steel|electricity|power|grain|wheat|fish|catch|supplies|volumes?)"
    # (ending the phrase: not "40% of its gas-carrier subsidiary")
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|from|to|in|of|for|through|via|under|on|and|each|a|per|this"
    r"|next|last|over|until|since|with)\b)"
    # Another company's goods: "would sell Frevo's sandals in 140 stores".
    r"|\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}['’]s\s+"
    r"(?!(?:[\w-]+\s+){0,2}?(?:" + _ASSET_WORDS + r"|shares|stock|equity)\b)"
    r"(?-i:[a-z][\w-]*)\s+(?:in|at|through|to|from|via|on|across)\b"
    # Most of what a company makes: "produces 4,000 tonnes of tin and sells most of it to X".
    r"|\s+(?:much|most|the\s+bulk|a\s+lot|some)\s+of\s+(?:it|them)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:to|from)\b"
    # A quantity of goods: "sold 200 terminals to X", "agreed to buy 30 turboprop and
    # regional jet aircraft from X", "bought $50m of carbon credits from X".
    r"|\s+(?:(?:up\s+to|about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?"
    r"(?:(?:[$£€¥₩₹]|[A-Z]{1,3}\$|(?-i:[A-Z]{3})\s?)\d[\d,.]*\s?(?:m|bn|million|billion|k)?"
    r"\s+(?:worth\s+)?of(?!\s+(?:(?-i:[a-z])[\w%.-]*\s+){0,3}?(?:stock|equity|paper|capital)\b)"
    r"(?=\s+(?-i:[a-z]))|\d[\d,.]*(?:\s?(?:m|bn|million|billion|k)\b)?|(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|twenty|several|dozens)(?:\s+of\s+(?:its|their))?)"
    r"(?!\s?(?:%|per\s?cent|percent|pc)\b|\s+point\s+\w+(?:\s+\w+)?\s+(?:per\s?cent|percent)\b)"
    r"\s+(?!(?:[\w%.-]+\s+){0,5}?(?:" + _ASSET_WORDS + r")\b)"
    r"(?:[\w-]+\s+){0,5}?[\w-]+\s+(?:from|through|to|in|at|via|on|for|since|so\s+far|to\s+date"
    r"|worldwide)\b"
    # Goods named bare: "buys milk from", "sells gas to", "bought steel from".
    r"|\s+(?!(?:" + _ASSET_WORDS + r"|it|them|all|most|half|out|up|back|off|control|majority"
    r"|rest|remainder|some|part|more|shares?)\b)(?-i:[a-z][a-z-]+)\s+(?:from|to)\b"
    # Two or three words: "sold new-make spirit to X", "buy blended malt whisky in bulk from".
    r"|\s+(?!(?:" + _ASSET_WORDS + r"|" + _FUNCTION_WORDS + r"|rest|remainder|part|shares?|control"
    r"|majority|further|additional|another|remaining|existing|listed|outstanding)\b)"
    r"(?-i:[a-z][a-z-]+)(?:\s+(?!(?:" + _ASSET_WORDS + r"|" + _FUNCTION_WORDS + r")\b)"
    r"(?-i:[a-z][a-z-]+)){1,2}\s+"
    r"(?:in\s+bulk\s+|each\s+year\s+|every\s+year\s+|a\s+year\s+)?(?:from|to)\b"
    # A share of goods: "has sold about 60% of the beans it expects to buy next season",
    # "70% of this year's crop". Only goods told as such: "60% of the distillery" is a stake.
    r"|\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|roughly)\s+)?\d[\d.]*\s?"
    r"(?:%|per\s?cent|percent)\s+of\s+(?:the|its|their|this\s+year['’]s|next\s+year['’]s)\s+"
    r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:beans|crops?|harvests?|output|production|catch|yield"
    r"|volumes?|tonnage|cargoes|cocoa|coffee|grain|wheat|ore|oil|gas|electricity|power|milk"
    r"|fruit|cotton|sugar|timber|cement|steel|copper|gold|coal|fertili[sz]ers?|goods|products"
    r"|supplies|inventory|stock\s+of\s+\w+)(?![\w'’-])(?!\s+(?-i:[A-Z]))"
    r"(?!\s+(?:[\w-]+\s+)?(?:" + _ASSET_WORDS + r"|" + _NOUNS + r")\b)"
    # Goods told by their value: "is buying coffee worth $90m a year from X".
    r"|\s+(?!(?:" + _ASSET_WORDS + r"|" + _FUNCTION_WORDS + r"|stock|equity|rest|remainder|part"
    r"|control|majority)\b)(?-i:[a-z][a-z-]+)(?:\s+(?-i:[a-z][a-z-]+))?\s+worth\b"
    # What a company makes, all of it: "will buy all the cobalt X produces", "agreed to buy
    # X's entire output of recycled plastic".
    r"|\s+(?:all|most|much|half|part|some)\s+(?:of\s+)?the\s+(?-i:[a-z][\w-]*)"
    r"(?:\s+(?-i:[a-z][\w-]*))?\s+(?:(?:that|which)\s+)?(?:[\w&.'’-]+\s+){1,4}?"
    r"(?:produces|produced|makes|made|mines|mined|grows|grown|generates|generated|refines"
    r"|brews|bottles|harvests|catches|roasts|extracts|pumps)\b"
    r"|\s+(?:the\s+)?(?:[\w&.-]+\s+){0,3}?[\w&.-]+['’]s?\s+(?:entire\s+|whole\s+|total\s+"
    r"|annual\s+|future\s+|surplus\s+|excess\s+|spare\s+|remaining\s+)?(?:output|production"
    r"|crops?|harvests?|catch|yield|volumes?|electricity|power|gas|ore|grain|milk|wine)\b"
    # A player transferred: "agreed to sell its 19-year-old striker Facundo Larrosa to X".
    r"|\s+(?:its|their|the\s+club['’]s)\s+(?:[\w-]+\s+){0,3}?(?:striker|forward|midfielder"
    r"|defender|goalkeeper|goalie|winger|centre-back|center-back|full-back|playmaker|player"
    r"|players|captain)\b"
    # … told by position alone: "have sold striker Luka Kharaishvili to X" (not "bought the
    # largest player in payments").
    r"|\s+(?:(?:\d+-year-old|young|teenage|veteran|star|international|record)\s+)?(?:striker"
    r"|forward|midfielder|defender|goalkeeper|goalie|winger|centre-back|center-back|full-back"
    r"|playmaker)\s+(?-i:[A-Z])"
    # What people own: "will buy your old car", "sell my flat" (not "sell our stake in X").
    r"|\s+(?:your|my)\s+(?!(?:[\w-]+\s+){0,2}?(?:" + _ASSET_WORDS + r"|shares|stock|company"
    r"|firm|group)\b)"
    # A product of a brand: "if you buy a new Qinghe", "sells a used Fjord for $9,000".
    r"|\s+(?:a|an)\s+(?:new|used|second-hand|secondhand|brand-new|refurbished)\s+(?-i:[A-Z])"
    # A season's goods, all of them: "has bought the whole 2025 vintage of amber wine from X".
    r"|\s+(?:the\s+)?(?:whole|entire|full)\s+(?:[\w-]+\s+){0,2}?(?:vintage|harvest|crop|catch"
    r"|output|production|inventory|print\s+run|edition)\b"
    # Goods joined by "and": "buy sauces and spice pastes from X's factory".
    r"|\s+(?!(?:" + _ASSET_WORDS + r"|" + _FUNCTION_WORDS + r")\b)(?-i:[a-z][a-z-]+)\s+and\s+"
    r"(?:(?!(?:" + _ASSET_WORDS + r"|" + _FUNCTION_WORDS + r")\b)(?-i:[a-z][a-z-]+)\s+){1,2}"
    r"(?:from|to)\b"
)
OWN_BUSINESS_AFTER = _words(
    r"\s+(?:the|its)\s+(?!two\b|both\b|combined\b)(?:[\w-]+\s+){0,2}?(?:business|unit"
    r"|division|arm|brand|subsidiary|team|plant|factory)\b(?!es\b|s\b)"
    # "is to merge two of its wholly owned subsidiaries": a reorganisation
    # (one company's own, not "combining their businesses", two companies merging)
    r"|\s+(?:\w+\s+of\s+)?its\s+(?:own\s+)?(?:wholly[- ]owned\s+|[\w-]+\s+)?"
    r"(?:subsidiaries|units|divisions|businesses|brands|companies)\b"
)
POSSESSIVE_BEFORE = _words(r"\b(?:their|its)\s+(?:[\w-]+\s+){0,2}$")
HOLDER_OWNS_BEFORE = _words(r"(?:\w['’]s?|\b(?:its|their))\s+(?:[\w%.-]+\s+){0,2}$")
HOLDING_DESCRIBED_AFTER = _words(
    r"[^,.;]{0,50}?\b(?:is|was|are|were|has been|had been)\s+(?:now\s+|currently\s+)?"
    r"(?:worth|valued)\b"
    # "Halden's stake in Fjellpay rose in value": the market, not a purchase.
    r"|[^,.;]{0,50}?\b(?:rose|rises|risen|fell|falls|fallen|gained|gains|lost|loses|jumped"
    r"|dropped|climbed|slumped|declined|soared|tumbled)\s+in\s+value\b"
)
FORMER_BEFORE = _words(
    r"\b(?:former|long-standing|longstanding|long-running|longtime|long-time|existing"
    r"|decades-old|years-long|established)\s+(?:[\w-]+\s+)?$"
)
# A joint venture that itself buys: "the joint venture formed by X and Y will acquire Z",
# "X and Y's joint venture agreed to buy Z", "will form a joint venture to acquire Z". The
# purchase is the transaction, the venture's owners its buyers; the venture is no deal of
# its own (it may have been formed long before).
VENTURE_BUYS_AFTER = _words(
    r"(?:\s+(?:(?:formed|set up|created|owned|established|controlled|held|run)\s+(?:\w+\s+)?by"
    r"|of|between|by|with)\s+[^.;,]{0,60}?|\s*,[^.;,]{0,80},)?"
    r"\s+(?:(?:has|have|had|will|would|is|was|plans|planned|agreed|set|intends|also|now|on"
    r"|(?-i:[A-Z])\w+day|said|it|that)\s+){0,4}(?:to\s+)?"
    r"(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchased"
    r"|purchasing|take over|took over|taking over|bid for)\b"
)
# What a venture buys must be a business ("a stake in X", "X's card unit", a company named
# next): "a venture that will buy electricity from X" is trade.
ASSET_OBJECT = _words(r"\s+(?:[\w%.'’-]+\s+){0,3}?(?:" + _ASSET_WORDS + r")\b")
# "The venture agreed to buy X", told after the venture was: its owners buy.
VENTURE_SUBJECT = _words(
    r"\b(?:the|their|its|this|that)\s+(?:new\s+|joint\s+|[\w-]+\s+)?(?:venture|jv)\b"
)
HYPHENATED_BEFORE = _words(r"\w-$")
HOLDING_NOUN = _words(r"(?:stake|holding|interest|position|shareholding)\b")
# A licence to trade is not a sale: "granted Meridale the rights to develop and sell the
# drug", "a licence to market", "the exclusive right to distribute and sell".
LICENCE_BEFORE = _words(
    r"\b(?:rights?|licen[cs]e[sd]?|permission|permit|authori[sz]ation|authori[sz]ed|approval)\s+to"
    r"\s+(?:(?:[\w-]+,?\s+){1,3}(?:and|or)\s+)?$"
)
# A holding a company already has is not a deal: "also has a 50% interest in X", "holds a
# 20 per cent stake in Y", "still owns a minority holding in Z" (but "will hold a 51% stake").
# A holding kept is no purchase: "will keep its 25% stake in X", "plans to retain its
# holding".
HOLDING_KEPT_BEFORE = _words(
    r"\b(?:keep|keeps|kept|keeping|retain|retains|retained|retaining|maintain|maintains"
    r"|maintained|hold\s+on\s+to|holds\s+on\s+to|held\s+on\s+to|holding\s+on\s+to)\s+"
    r"(?:its|their|the|his|her)\s+(?:[\w%.-]+\s+){0,3}$"
)
HOLDING_HELD_BEFORE = _words(
    r"(?<!\bwill )(?<!\bwould )(?<!\bto )(?<!\bshall )"
    r"\b(?:has|have|had|holds|hold|held|owns|own|owned|retains|retained|keeps|kept)\s+"
    r"(?:(?:also|still|already|long|since)\s+)?(?:a|an|its|the|their)\s+(?:[\w%.-]+\s+){0,3}$"
    # A holding looked into: "ordered a national security review of X's 19.8% holding in Y"
    r"|\b(?:review|probe|investigation|inquiry|scrutiny|examination|audit)\s+(?:of|into)\s+"
    r"(?:[\w&.-]+\s+){0,4}?[\w&.-]*['’]s?\s+(?:[\w%.-]+\s+){0,2}$"
)
DESCRIPTION_AFTER = _words(
    r"^[^.;,]{0,60}?\b(?:formed|set up|created|struck|signed|launched|agreed|announced)"
    r"(?:\s+with\s+[^.;,]{0,40})?\s+in\s+(?:19|20)\d\d\b"
    r"|^[^.;,]{0,30}?\bthat was wound down\b"
)
