"""Deal facts from a story: one suggestion per reported transaction, its facts gathered
across the sentences that tell it.

How a story is read:

1. Each sentence is cut into its main text and its asides: an apposition or relative
   clause between commas ("Wingtip, which is backed by Kinetic, …", "Fourth Coffee, the
   Seattle roaster, …") describes a company; it reports no deal, and the companies in it
   are not parties.
2. The first *trigger* in the main text (buy, acquire, take over, pay … for, sell, merge,
   invest, a stake in, raise money, lead a round, form a joint venture, partner) decides
   the kind of deal and the roles: the companies before it are its subject (acquirer,
   investor, seller, partners), those after it its object, with "from" (seller), "by"
   (acquirer or investor: "to be taken over by", "led by"), "to" (the buyer in a sale) and
   "X's unit" (X sells a business) read as the grammar says. Descriptions are not
   triggers: "Acme-backed", "its former partner", "the venture it formed in 2015",
   "buying back its own shares".
3. Where the subject is a reference rather than a name ("it", "the company", "the Swedish
   lender", "the carmaker"), it is resolved to the most salient compatible company: one
   named earlier in the sentence, else the current deal's buyer, else the story's main
   company (named in the headline, most mentioned), preferring one from the nationality
   named.
4. Money and stakes count only when the grammar ties them to the transaction: in the
   trigger's clause and not a share price, revenue, fine, cost or price target; a stake
   only as "a 45% stake/holding", "bought 45 per cent of", "the remaining 49%".
   Following sentences add what the first one lacks ("It will pay 3.4bn kronor", "A deal
   could value the company at ¥450bn", "The round was co-led by …", "X also took part").
5. A denial ("denied it was in talks") drops the deal; a regulator's block, "called off",
   "walked away" make it `collapsed`.

Each suggestion carries a confidence (0–1) from how it was read; `SHOW_AT` is the
threshold below which it is not shown (`analyse_story` drops those). Suggestions are only
suggestions: an editor turns one into a Deal in the admin, and `link_companies --apply`
records them for review.
"""

import dataclasses
import re
from collections.abc import Hashable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from core.money import Money, find_money
from core.text import sentence_spans
from deals.models import Deal, DealParty

from ..companies import StoryText
from ..matcher import CompanyMatcher, Hit

Kind, Status, Role = Deal.Kind, Deal.Status, DealParty.Role
JOINT_VENTURE, MERGER, ACQUISITION, INVESTMENT, PARTNERSHIP = (
    Kind.JOINT_VENTURE, Kind.MERGER, Kind.ACQUISITION, Kind.INVESTMENT, Kind.PARTNERSHIP,
)  # fmt: skip
MUTUAL_KINDS: set[str] = {JOINT_VENTURE, MERGER, PARTNERSHIP}
BUYER_ROLE: dict[str, str] = {ACQUISITION: Role.ACQUIRER, INVESTMENT: Role.INVESTOR}
BOUGHT_ROLE: dict[str, str] = {ACQUISITION: Role.TARGET, INVESTMENT: Role.INVESTEE}
SIDE: dict[str, str] = {
    Role.ACQUIRER: "buyer", Role.INVESTOR: "buyer", Role.TARGET: "bought",
    Role.INVESTEE: "bought", Role.SELLER: "seller", Role.PARTNER: "partner",
}  # fmt: skip
TO_INVESTMENT: dict[str, str] = {Role.ACQUIRER: Role.INVESTOR, Role.TARGET: Role.INVESTEE}
TO_ACQUISITION: dict[str, str] = {Role.INVESTOR: Role.ACQUIRER, Role.INVESTEE: Role.TARGET}
# Suggestions below this confidence are not shown to editors nor reported.
SHOW_AT = 0.5


def _words(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


# --- triggers -------------------------------------------------------------------------
# Each trigger: its kind and its voice, which says who is who.
#   active: subject buys or invests, object is bought;  passive: subject is bought, "by" buys;
#   sell: subject sells, object is bought, "to" buys;  raise: subject takes money, "by" gives;
#   mutual: everyone is a partner;  join: subject joins the deal already told;
#   rival: "a bid from X" — X bids for the company named before, or the one being told of;
#   sold_by: subject is bought, "by" sells, "to" buys.
_MONEY_AHEAD = r"(?=\s*(?:(?:about|nearly|almost|around|some|more than|over|an?(?:other)?|additional|fresh|new|its|a further)\s+)*(?:[$£€¥₩₹]|[A-Z]{1,3}\$|(?:(?-i:[A-Z]{3})|Rs\.?)\s?\d|\d[\d.,]*\s?(?:bn|m|million|billion)|funding|financing|capital|money))"  # noqa: E501
_DEAL_WITH_TO = (
    r"\b(?:deal|agreement|pact)\s+with\b"
    r"(?=[^.;]{0,60}?\bto\s+(?:sell|distribute|market|carry|stock|licen[cs]e|offer|develop"
    r"|co-develop|launch|roll out|bring|integrate|serve|show|stream|put)\b)"
)
COMMERCIAL_DEAL = (
    r"(?<!supply )(?<!service )(?<!haulage )(?<!purchase )(?<!outsourcing )(?<!lease )"
    r"(?<!leasing )(?<!loan )(?<!contract )" + _DEAL_WITH_TO
)
TRIGGERS = [
    (ACQUISITION, "passive", r"\b(?:be|been|being|is|was|were|are|get|got)\s+(?:acquired|bought|taken over|purchased)\s+by\b"),  # noqa: E501
    (ACQUISITION, "passive", r"\b(?:be|been|being|is|was|were|are)\s+sold\s+to\b"),
    (ACQUISITION, "sold_by", r"\b(?:be|been|being|is|was|were|are)\s+(?:sold|divested|offloaded)\s+by\b"),  # noqa: E501
    (INVESTMENT, "active", r"\b(?:buy(?:s|ing)?|bought)\s+into\b"),
    # "agreed to sell itself to Y", "agrees sale to Y": the subject is what is sold.
    (ACQUISITION, "passive", r"\b(?:sell(?:s|ing)?|sold)\s+itself\s+to\b|\bsale\s+to\b"),
    (ACQUISITION, "sell", r"\b(?:sell|sells|selling|sold)\b(?!\s+(?:off|out)\b)|\bsale of\b|\bdivest\w*|\b(?:offload|unload)(?:s|ed|ing)?\b|\bdispos(?:e|es|ed|ing) of\b|\bhiv(?:e|es|ed|ing) off\b"),  # noqa: E501
    (ACQUISITION, "sell", r"\b(?:open to|invit(?:e|es|ed|ing)|solicit(?:s|ed|ing)?)\s+(?:takeover\s+)?(?:offers|bids|approaches)\b"),  # noqa: E501
    (ACQUISITION, "sell", r"\b(?:sound(?:s|ed|ing)? out|seek(?:s|ing)?|sought|look(?:s|ed|ing)? for|court(?:s|ed|ing)?|lin(?:e|es|ed|ing) up|hunt(?:s|ed|ing)? for)\s+(?:potential\s+|possible\s+|prospective\s+|a\s+)?(?:buyers?|bidders?|suitors?)\b|\bup for sale\b|\bsale process\b"),  # noqa: E501
    # "agreed to a takeover by X": the subject is bought; "a takeover proposal from X": X bids.
    (ACQUISITION, "passive", r"\b(?:takeover|acquisition|buyout|purchase)\s+by\b"),
    (ACQUISITION, "rival", r"\b(?:takeover|buyout|acquisition)\s+(?:offer|bid|approach|proposal)\s+(?:of\s+\S+\s+)?from\b"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:acquir(?:e|es|ed|ing)|acquisition(?:s)?(?: of)?|takeover|take[sn]? over|took over|taking over|buy(?:s|ing)?|bought|buyout|purchas(?:e|es|ed|ing)|(?:take[sn]?|took|taking) (?:full |majority |outright |sole )?control|snap(?:s|ped|ping)? up|scoop(?:s|ed|ing)? up|swallow(?:s|ed|ing)?|gobbl(?:e|es|ed|ing) up|absorb(?:s|ed|ing)?|pursuit of|auction for)\b"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:took|take[sn]?|taking)\s+(?:a|an)\s+(?:majority|minority|controlling)\s+(?:(?:stake|holding|shareholding|interest)\s+)?(?:of|in)\b"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:counter-?)?(?:offer|bid|approach|proposal)s?\s+for\b"),
    (ACQUISITION, "rival", r"\b(?:counter-?)?(?:offer|bid|approach|proposal)\s+(?:of\s+\S+\s+)?from\b"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:deal|swoop|move)\s+for\b(?=\s+(?:[\w-]+\s+){0,4}?(?-i:[A-Z]))"),
    (ACQUISITION, "active", r"(?:(?<=['’]s )|(?<=['’]s [$£€¥]))(?:[\w$£€¥.-]+\s+){0,3}?(?:takeover |buyout )?(?:offer|bid|approach|proposal)\b"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:tabled|launched|made|submitted|lodged|sweetened|raised)\s+(?:an?|its|their)\s+(?:[\w$£€¥.-]+\s+){0,3}?(?:offer|bid)\b"),  # noqa: E501
    (ACQUISITION, "active", r"\bapproach(?:ed|es|ing)?\b(?=[^.;]{0,60}\b(?:takeover|bid|offer|deal|merger|acquisition|sale)\b)"),  # noqa: E501
    (ACQUISITION, "active", r"\bpa(?:y|ys|id|ying)\b(?=(?:[^.;]|\.(?=\d)){0,40}?\bfor\b)"),
    (ACQUISITION, "active", r"\boffer(?:s|ed|ing)?\b(?=\s+(?:[\w-]+\s+){0,2}?(?:[$£€¥₩₹]|[A-Z]{1,3}\$|(?:SEK|NOK|DKK|CHF|Rs\.?|EUR|USD|GBP|RMB)\s?\d)(?:[^.;]|\.(?=\d)){0,40}?\bfor\b)"),  # noqa: E501
    (ACQUISITION, "active", r"\b(?:bidders?|suitors?)\s+for\b|\bcircl(?:e|es|ed|ing)\b(?=\s+(?-i:[A-Z]))"),  # noqa: E501
    (MERGER, "mutual", r"\b(?:merg(?:e|es|ed|er|ers|ing)|combin(?:e|es|ing|ation))\b"),
    (JOINT_VENTURE, "mutual", r"\bjoint[- ]venture\b|\bJV\b|\b(?:50-50|50:50|equal|equally owned)\s+venture\b"),  # noqa: E501
    (JOINT_VENTURE, "mutual", r"\b(?:establish|form|set(?:ting)? up|creat|launch)\w*\s+(?:an?|the)\s+(?:[\w:-]+\s+){0,3}?venture\b"),  # noqa: E501
    (JOINT_VENTURE, "mutual", r"\bpool(?:s|ed|ing)?\b(?=[^.;]{0,80}?\b(?:new|joint|jointly[- ]owned|50-50|50:50)\s+(?:company|entity|venture|business|firm)\b)|\bjointly[- ]owned\s+(?:company|entity|venture|business|firm)\b"),  # noqa: E501
    (INVESTMENT, "active", r"\b(?:co-)?l(?:ed|ead|eads|eading)\s+(?:an?|the|its)\s+[^.;]{0,40}?\b(?:round|financing|investment)\b"),  # noqa: E501
    (INVESTMENT, "active", r"\b(?:put|puts|putting|inject\w*|pump\w*|plough\w*|pour\w*)\b(?=(?:[^.;]|\.(?=\d)){0,40}?\binto\b)"),  # noqa: E501
    (INVESTMENT, "active", r"\b(?:invest(?:s|ed|ing|ment)?)\b|\b(?:stake|holding|interest|position|shareholding)\s+in\b"),  # noqa: E501
    (INVESTMENT, "raise", r"\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)?|clos(?:e|es|ed)|(?:pull(?:s|ed|ing)?|rak(?:e|es|ed|ing)|draw(?:s|ing)?|drew|brought|bring(?:s|ing)?)\s+in|attract(?:s|ed|ing)?)\b" + _MONEY_AHEAD),  # noqa: E501
    (INVESTMENT, "raise", r"\b(?:won|wins|win|winning|receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|got|gets|land(?:s|ed)|attract(?:s|ed|ing)?)\s+(?:an?\s+)?(?:[\w$£€¥.,-]+\s+){0,3}?(?:investment|backing|funding|injection)\s+from\b"),  # noqa: E501
    (INVESTMENT, "raise", r"\b(?:funding|financing|series [a-f]) round\b|\bround\b(?=\s+(?:was|is|has been)?\s*(?:co-)?led by)"),  # noqa: E501
    (INVESTMENT, "join", r"\balso\s+(?:took part|invested|participated|joined|backed|came in|put (?:in )?money)\b|\bwith participation from\b|\bprovid(?:ed|es|ing)\b(?=[^.;]{0,30}\b(?:money|funding|capital|financing|cash)\b)|\b(?:joining|joined|came in|coming in)\s+as\s+(?:[\w-]+\s+)?(?:investors?|backers?|shareholders?)\b|\bjoin(?:ed|s|ing)?\s+(?:the|a|its|that)\s+(?:[\w-]+\s+)?(?:round|financing|fundraising|investment)\b"),  # noqa: E501
    (PARTNERSHIP, "mutual", r"\bmemorandum of understanding\b|\bmou\b|\bcode-?share\b|\b(?:cooperation|co-operation|partnership|alliance|strategic) agreement\b|\bjointly\s+(?:develop|build|make|produce|run|operate|market|sell)\w*|\b(?:develop|build|make|produce|research|market|sell)\w*\s+(?:[\w-]+\s+){0,3}?together\b"),  # noqa: E501
    (PARTNERSHIP, "mutual", r"\bas\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?partner\b"),
    # Commercial agreements: licensing, distribution, co-marketing. A supply contract or an
    # order is trade, not a deal the desk tracks.
    (PARTNERSHIP, "mutual", r"\b(?:licen[cs]ing|licen[cs]e|distribution|co-marketing|co-branding|content|streaming|reseller|commercial)\s+(?:deal|agreement|pact|partnership|tie-up)\b"),  # noqa: E501
    (PARTNERSHIP, "mutual", COMMERCIAL_DEAL),
    (PARTNERSHIP, "mutual", r"\b(?:tie-up|tie up|partnership|alliance|team(?:s|ed)? up|partner(?:s|ed|ing)? with|work(?:s|ing)? with|cooperat\w+ with|collaborat\w+ with)\b"),  # noqa: E501
]  # fmt: skip
TRIGGER_PATTERNS = [(kind, voice, _words(pattern)) for kind, voice, pattern in TRIGGERS]
# All of them in one pattern, so a sentence is scanned once: the leftmost trigger wins, and
# at one position the one listed first.
ANY_TRIGGER = _words("|".join(f"(?P<t{i}>{pattern})" for i, (_, _, pattern) in enumerate(TRIGGERS)))

# Speed: a sentence is only searched for triggers, denials and the like when it holds one
# of their words (a set lookup), and for money and stakes when it holds a digit.
TRIGGER_WORDS = frozenset(
    """acquire acquires acquired acquiring acquisition acquisitions takeover takeovers take takes
    taken took taking buy buys buying bought buyout purchase purchases purchased purchasing snap
    snaps snapped snapping scoop scoops scooped scooping swallow swallows swallowed swallowing
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
    absorbed absorbing pursuit auction proposal pool pools pooled pooling jointly-owned pull
    pulls pulled pulling rake rakes raked raking draw draws drawing drew brought bring brings
    bringing attract attracts attracted attracting swoop buyer buyers bidder bidders suitor
    suitors offers bids approaches proposals won wins win winning receive receives received
    receiving got gets open invite invites invited inviting solicit
    solicits solicited soliciting circle circles circled circling offered offering
    licensing licencing license licence distribution
    co-marketing co-branding reseller content streaming commercial""".split()
)
# The words a trigger can start with: the trigger words, the auxiliaries of the passive
# ("was acquired by") and the verbs that set up a venture.
START_WORDS = TRIGGER_WORDS | frozenset(
    """agreement pact be been being is was were are get got 50-50 50:50 equal equally establish
    establishes
    established establishing form forms formed forming set setting create creates created
    creating launch launches launched launching with series tabled made submitted lodged
    sweetened develop develops developed developing build builds building make makes making
    produce produces producing research market sell as jointly deal move provided provides
    providing came coming sound sounds sounded sounding seek seeks seeking sought look looks
    looked looking court courts courted courting line lines lined lining hunt hunts hunted
    hunting up counter-offer counteroffer counter-bid counterbid offers bids approaches
    proposals""".split()
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
    unfounded intention""".split()
)
NOT_A_DEAL_WORDS = frozenset(
    """back buyback buybacks repurchase repurchases repurchased repurchasing own cut cuts
    cutting trim trims trimmed trimming reduce reduces reduced reducing lower lowers lowered
    lowering pare pares pared paring halve halves halved halving suing sued sues filed lent
    lends""".split()
)
_PUNCTUATION = str.maketrans(dict.fromkeys(map(ord, ".,;:!?()[]\"“”‘’'/"), " "))
_DIGIT = re.compile(r"\d")


def _words_in(text: str) -> frozenset:
    return frozenset(text.lower().translate(_PUNCTUATION).split())


# A trigger that is a noun ("the takeover of") says less than a verb ("bought").
NOUN_TRIGGER = _words(r"acquisition|takeover|stake|holding|interest|buyout|offer|bid|investment")
# Not a transaction though the words are there.
NOT_A_DEAL = _words(
    r"\b(?:buy(?:ing|s)?|bought) back\b(?! (?:the|a|an|its|their) (?:[\w%.-]+ ){0,3}?"
    r"(?:stake|holding|business|unit|division|arm|rights|assets?))|\bbuyback\b|\brepurchas\w*"
    r"|\b(?:its|their) own shares\b"
    # A holding made smaller is not a transaction the desk tracks.
    r"|\b(?:cut|cuts|cutting|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?"
    r"|par(?:e|es|ed|ing)|halv(?:e|es|ed|ing))\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?"
    r"(?:stake|holding|shareholding|position|interest)\b"
    # A lawsuit names both sides and often a deal word; it is not a transaction.
    r"|\b(?:(?:is|are|was|were) suing|sued|sues)\b(?!\s+to\b)|\bfiled (?:a )?(?:law)?suit\b"
    # A loan is credit, not a stake: "Contoso lent Baltic $200m to buy ships".
    r"|\blen(?:t|ds)\b"
)
# Money raised from the market, not from a party the desk would tag: rights issues,
# placings, listings, bonds, loans. A company raising money this way is not a deal, even
# when a shareholder pledges to take up its part.
MARKET_RAISE = _words(
    r"\b(?:rights (?:issue|offering)|(?:share |equity )?placing|placement|initial public offering"
    r"|ipo|listing|flotation|bonds?|notes|debt (?:sale|offering|issue)|loans?"
    r"|credit (?:line|facility)"
    r"|share (?:sale|offering|issue)|entitlement|went public|floated"
    r"|list(?:s|ed|ing)? (?:its|their) shares)\b"
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
    r"|supplier|customer|distributor|parent|affiliate|founders?|owners?|remaining|half|majority"
    r"|minority|share|equity|control|\d[\d.,]*\s?(?:%|per\s?cent|percent)"
)
TRADE_VERB = _words(r"(?:buy|buys|buying|bought|sell|sells|selling|sold|purchas\w+)$")
GOODS_AFTER = _words(
    r"\s+(?:its|their)\s+(?!(?:[\w%.-]+\s+){0,3}?(?:" + _ASSET_WORDS + r")\b)"
    r"(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:from|through|to|in|at|via|on|for)\b"
)
OWN_BUSINESS_AFTER = _words(
    r"\s+(?:the|its)\s+(?!two\b|both\b|combined\b)(?:[\w-]+\s+){0,2}?(?:business|unit"
    r"|division|arm|brand|subsidiary|team|plant|factory)\b(?!es\b|s\b)"
)
POSSESSIVE_BEFORE = _words(r"\b(?:their|its)\s+(?:[\w-]+\s+){0,2}$")
HOLDER_OWNS_BEFORE = _words(r"(?:\w['’]s?|\b(?:its|their))\s+(?:[\w%.-]+\s+){0,2}$")
HOLDING_DESCRIBED_AFTER = _words(
    r"[^,.;]{0,50}?\b(?:is|was|are|were|has been|had been)\s+(?:now\s+|currently\s+)?"
    r"(?:worth|valued)\b"
)
FORMER_BEFORE = _words(r"\bformer\s+$")
HYPHENATED_BEFORE = _words(r"\w-$")
DESCRIPTION_AFTER = _words(
    r"^[^.;,]{0,60}?\b(?:formed|set up|created|struck|signed|launched|agreed|announced)"
    r"(?:\s+with\s+[^.;,]{0,40})?\s+in\s+(?:19|20)\d\d\b"
    r"|^[^.;,]{0,30}?\bthat was wound down\b"
)

# --- status ----------------------------------------------------------------------------
STATUSES = [
    (Status.COLLAPSED, _words(
        r"\b(?:collaps\w*|abandon\w*|call(?:ed|s|ing)? off|walk(?:ed|s|ing)? away|scrapp\w*"
        r"|fell through|terminat\w*|pull(?:ed|s|ing)? out|gave up|give up|block(?:ed|s|ing)?"
        r"|prohibit\w*|veto(?:ed|es)?|reject(?:ed|s)|withdr[ae]w\w*|broke off|end(?:ed|s) talks"
        r"|voted (?:down|against)|rebuff\w*|spurn\w*|turned down"
        r"|talks (?:have |had |has )?(?:ended|collapsed|broke(?:n)? down|failed)"
        r"|without (?:an? )?(?:agreement|deal)|f[ae]ll(?:s|en|ing)? apart"
        r"|failed to (?:secure|agree|win)|laps(?:ed|es)|(?:wind|winds|winding|wound) (?:up|down)"
        r"|dissolv\w*|unwind\w*|unwound"
        r"|(?:end|exit|quit|drop|terminate)(?:s|ed|ing|ped|ping)? (?:its|their|the) (?:[\w-]+ )?"
        r"(?:partnership|alliance|tie-up|venture|agreement|deal|code-?share|cooperation"
        r"|collaboration|relationship)|put on (?:hold|ice)|shelv(?:e|es|ed|ing)"
        r"|failed (?:attempt|bid|effort|approach|offer|merger|takeover)"
        r"|(?:pull|withdr[ae]w|drop)(?:s|ed|ping|ped|ing|n)? (?:its|their|the)"
        r" (?:[\w$£€¥.,-]+ ){0,3}?(?:bid|offer|approach|proposal)"
        r"|(?:talks|negotiations|discussions|plans?|deal|sale|merger|takeover|bid) (?:\w+ ){0,3}?"
        r"(?:suspended|paused|halted|frozen)"
        r"|(?:suspend|paus|halt)(?:s|ed|ing)? (?:the |its |their )?(?:talks|negotiations"
        r"|discussions|plans?|sale|merger|bid))\b"
    )),
    (Status.COMPLETED, _words(
        r"\b(?:complet(?:ed|es)|closed (?:its|the|their)|ha(?:s|d|ve) closed|finali[sz]ed"
        r"|ha(?:s|ve|d) raised|ha(?:s|ve|d) secured|ha(?:s|ve|d) invested|ha(?:s|ve|d) bought"
        r"|ha(?:s|ve|d) acquired|secured|bought|acquired|took control|took over"
        r"|raised(?! (?:its|their|the) (?:[\w-]+ )?(?:offer|bid|proposal|price))"
        r"|(?:increased|lifted|upped|boosted|built|doubled|raised|amassed|accumulated)"
        r" (?:its|their|the|an?) (?:[\w.%-]+ ){0,3}?(?:stake|holding|shareholding|position)"
        r"|invested|led|sold|snapped up|scooped up|swallowed|ha(?:s|ve|d) (?:put|injected|poured)"
        r"|ha(?:s|ve|d) (?:now |already )?taken"
        r"|took (?:[\w.%-]+ ){0,4}?(?:stake|holding|shareholding|control|majority)"
        r"|(?:pulled|raked|drawn|drew|brought) in|absorbed"
        r"|ha(?:s|ve|d) (?:landed|netted|bagged)"
        r"|closed an?|(?:closed|completed|went through) (?:on|last|this|earlier)\b"
        r"|(?:deal|transaction|acquisition|purchase|sale|takeover|merger) (?:was |has |had )?(?:closed|completed))\b"  # noqa: E501
    )),
    (Status.IN_TALKS, _words(
        r"\b(?:in (?:advanced |early |exclusive |preliminary )?talks|advanced[- ]stage negotiations"
        r"|negotiat\w*|in discussions|discussing|talks (?:with|over|on|to|between|about)"
        r"|discussions (?:with|between|about|over|on))\b"
    )),
    (Status.RUMOURED, _words(
        r"\b(?:rumou?r\w*|reportedly|consider\w*|weigh(?:s|ing)?|explor\w*|could (?:buy|invest)"
        r"|people (?:familiar|with knowledge|briefed|close)|sources (?:said|say)|possible sale"
        r"|(?:possible|potential) (?:sale|deal|bid|offer|takeover|merger|acquisition)|could fetch"
        r"|is understood to|approach(?:ed|es)?|(?:is|are) said to|briefed on|mull\w*"
        r"|look(?:s|ing)? at (?:buying|selling|a (?:sale|bid|deal|merger|takeover))"
        r"|eye(?:s|ing|d)? (?:a |an )?(?:bid|deal|sale|takeover|merger|acquisition)"
        r"|prepar(?:es|ing) (?:a |an )?(?:[\w-]+ )?(?:bid|offer|approach|takeover)"
        r"|according to (?:the |a |media |press )?(?:reports?|newspaper|media"
        r"|(?-i:[A-Z])\w+ (?:\w+ )?(?:Review|Times|Journal|Post|News|Herald|Telegraph)))\b"
    )),
    (Status.ANNOUNCED, _words(
        r"\b(?:agree[sd]?|agreement|said it would|says it will|will|signed|announc\w*"
        r"|plans to|is to|made an? (?:offer|bid)|offer(?:ed|s)?)\b"
    )),
]  # fmt: skip
# Speed: a status pattern is only searched where one of these pieces is in the text (each
# of its alternatives holds one).
STATUS_HINTS = {
    Status.COLLAPSED: (
        "collaps", "abandon", "call", "walk", "scrap", "fell", "fall", "termina", "pull", "gave up",
        "give up", "block", "prohibit", "veto", "reject", "withdr", "broke", "end", "voted",
        "rebuff", "spurn", "turned down", "talks", "without", "fail", "put on", "shelv", "exit",
        "quit", "drop",
        "suspend", "paus", "halt", "frozen", "laps", "wind", "wound", "dissolv", "unwind",
    ),
    Status.COMPLETED: (
        "complet", "closed", "finali", "raised", "secured", "invested", "bought", "acquired",
        "took", "led", "sold", "snapped up", "scooped up", "swallowed", "put", "injected",
        "poured", "taken", "pulled", "raked", "drawn", "drew", "brought", "absorbed", "increased",
        "lifted", "upped", "boosted", "built", "doubled", "landed", "netted", "bagged",
        "amassed", "accumulated", "went through",
    ),
    Status.IN_TALKS: ("talks", "negotiat", "discuss"),
    Status.RUMOURED: (
        "rumo", "reportedly", "consider", "weigh", "explor", "could", "people", "sources",
        "possible", "potential", "understood", "approach", "said to", "briefed", "mull", "look",
        "eye", "prepar", "according to",
    ),
    Status.ANNOUNCED: (
        "agree", "said it would", "says it will", "will", "signed", "announc", "plans to", "is to",
        "made a", "offer",
    ),
}  # fmt: skip
DEFAULT_STATUS = Status.ANNOUNCED
NOT_YET_BEFORE = _words(
    r"(?:\b(?:is|are|was|were)\s+being|\b(?:to|will|would|could|may|might|should|shall"
    r"|must|can)\s+(?:(?:not|now|soon|also|then)\s+)?be)\s+(?:\w+\s+)?$"
)
# Talks paused are still talks.
PAUSED_TALKS = _words(
    r"\b(?:talks|negotiations|discussions)\b[^.;]{0,100}?\b(?:put on hold|paused|suspended"
    r"|halted|frozen)\b|\b(?:paus|suspend|halt)(?:ed|es|s|ing)? (?:the |their |its )?"
    r"(?:talks|negotiations|discussions)\b"
)
DENIAL = _words(
    r"\b(?:den(?:y|ies|ied)|no truth|not in (?:talks|discussions|negotiations)|speculation"
    r"|rul(?:ed|es) out|no plans to (?:buy|sell|merge|bid)|dismiss(?:ed|es)? as|baseless|unfounded"
    r"|(?:no|not have any|did not have any|does not have any) (?:intention|plans?) (?:of|to)"
    r"|(?:is|was|are|were) not (?:interested in|considering|planning|pursuing|exploring)"
    r"|(?:there (?:have|has|had) been|there (?:are|were|is|was)) no (?:\w+ )?(?:talks|discussions"
    r"|negotiations|approach))\b"
)

# --- money and stakes ------------------------------------------------------------------
# An amount is not the deal's value when it is a price per share, a yearly figure, or
# when revenue, profit, a fine, a cost or a price target comes just before it.
NOT_VALUE_AFTER = _words(
    r"\s*(?:a|per|each)\s+(?:share|year|month|unit)\b|\s*annually\b|-(?:a|per)-share\b"
)
NOT_VALUE_BEFORE = _words(
    r"\b(?:revenue|revenues|sales|turnover|profit|profits|earnings|income|loss|losses|ebitda"
    r"|fine[ds]?|penalty|compensation|price target|target of|target to|cost|costs|spend"
    r"|spent|spending|premium|cash pile|set aside|settle\w*|dividend|salary|bonus"
    r"|receive about|debt)\b[^.;$£€¥₩₹]{0,25}$"
)
VALUE_CUE_BEFORE = _words(
    r"\b(?:pay|pays|paid|paying|receive[sd]?|receiving|fetch|value[sd]?|valuing|worth"
    r"|price of|priced at|for|in a|a|an|its|the|up to|about|nearly|around|some|of|raised"
    r"|invest(?:s|ed|ing)?|led|secured|hand(?:s|ed|ing)? over|put(?:s|ting)?|inject\w*"
    r"|commit\w*)\s*(?:about\s+|up to\s+|nearly\s+|around\s+|a further\s+|another\s+)?$"
)
VALUE_CUE_AFTER = _words(r"\s*(?:in (?:cash|stock|shares)|all-cash|all-share|including)\b")
DEAL_NOUN_AFTER = _words(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:deal|transaction|takeover|acquisition|purchase|merger|offer"
    r"|bid|investment|round|buyout|sale)\b"
)
PERCENT = r"(?P<percent>\d+(?:\.\d+)?)\s?(?:%|(?:per ?cent|percent|pc)\b)"
STAKE_PATTERNS = [
    _words(r"\b(?:stake|holding|interest|shareholding)\b[^.;]{0,60}?\bto " + PERCENT),
    _words(r"\b(?:stake|holding|interest|shareholding) of (?:about |some |around |nearly )?" + PERCENT),  # noqa: E501
    _words(PERCENT + r"(?:\s+\w+){0,2}?\s+(?:stake|holding|interest|shareholding|of the shares|of the equity|(?<!market )share)\b"),  # noqa: E501
    _words(
        r"\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|take|takes|took|taking|sell|sells|sold"
        r"|selling|own|owns|hold|holds|purchase[sd]?|remaining|further|additional"
        r"|another)\s+(?:(?:a|an|the|its|their|remaining|further|additional|another|about|around"
        r"|some|nearly|almost|roughly|just|over|under|more than|less than|close to)\s+){0,2}"
        + PERCENT
        + r"(?!\s+of\s+the\s+(?:combined|new|enlarged|merged|group's|company's)\b)"
        r"(?!\s+(?:above|below|premium|rise|fall|more|less|higher|lower))"
    ),
]  # fmt: skip
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
FRACTION_STAKE = _words(
    r"\b(?P<fraction>(?<!first )(?<!second )(?<!the )half|(?:a|one) (?:quarter|third|fifth|tenth)"
    r"|two[- ]thirds|three[- ]quarters)\s+(?:of|in)\s+(?:(?-i:[A-Z])\w"
    r"|(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:company|business|group|firm|shares"
    r"|equity|stock|capital|bank|venture|start-?up|operator|lender|insurer|maker|carrier|chain"
    r"|it)\b)"
)
# What the seller keeps is not what changes hands.
RETAINED_BEFORE = _words(
    r"\b(?:keep|keeps|keeping|kept|retain|retains|retained|retaining)\s+(?:\w+\s+){0,2}$"
)
# Acceptance levels and votes are not the stake that changes hands.
NOT_STAKE_BEFORE = _words(
    r"\b(?:holders|owners|shareholders) of\s+(?:about\s+|some\s+|more than\s+)?$"
    r"|\b(?:votes|acceptances)\s+(?:\w+\s+){0,2}$"
)
# "buy out minority shareholders" takes the rest of a company: not a minority stake.
MINORITY = _words(r"\bminority\b(?!\s+(?:shareholders|investors|holders|owners|partners)\b)")
STAKE_WORDS = frozenset(("stake", "holding", "shareholding"))
A_STAKE_IN = _words(r"\b(?:an?|some) (?:[\w-]+ )?(?:stake|holding|shareholding) in\b")  # no size
MAJORITY = _words(
    r"\b(?:majority|controlling|remaining|full control|whole|entire|outright"
    r"|(?:does|did|do)(?:n['’]t| not) (?:already )?own)\b"
)

# --- parties ---------------------------------------------------------------------------
# Companies named only as context for another are not parties.
CONTEXT_BEFORE = _words(
    r"(?:subsidiary|unit|affiliate|arm|division|parent|owner|part|rival|rivals|competitor"
    r"|backer|spin-off|spinoff|customer|client|supplier) of\s*(?:the\s+)?$"
    r"|\b(?:owned|controlled) by\s*$|\b(?:like|such as|rival|rivals)\s+$"
    r"|\b(?:hired|appointed|mandated|retained|advised by|advisers?|analysts at|brokers?)\s+$"
)
RIVAL_OBJECT = _words(r"\s+(?:(?:its|the|a|an)\s+)?(?:[\w-]+\s+)?(?:rival|competitor|peer)s?\s+")
CONTEXT_AFTER = _words(
    r"^(?:['’]s?)?\s+(?:(?:and|,)\s+[^,.;]{0,40}?)?(?:to advise|as advis)"
    # "Volta shares rose 10 per cent after …": the market's view, not a party.
    r"|^(?:['’]s?)?\s+(?:shares|stock|share price|bonds)\s+(?:rose|fell|jumped|slumped|climbed"
    r"|dropped|soared|sank|surged|tumbled|gained|lost|were|was|have|had|rallied|slid|closed|ended)\b"
)
ATTRIBUTION_AFTER = _words(
    r"^(?:['’]s\s+\w+(?:\s+\w+)?)?\s+(?:said|says|told|announced|added|confirmed|noted|wrote)\b"
)
# "Shareholders in Coho voted down the offer": the company whose owners decide is bought.
OWNERS_OF_BEFORE = _words(
    r"\b(?:shareholders|investors|board|directors|owners) (?:in|of)\s+(?:the\s+)?$"
)
OWNERS_AFTER = _words(r"^['’]s?\s+(?:\w+\s+)?(?:owners?|shareholders|backers|founders?|parent)\b")
HOLDER_BEFORE = _words(r"\b(?:stake|holding|shareholding|shares|interest)\s+(?:that|which)\s+$")
HOLDER_AFTER = _words(r"^\s+(?:held|holds|owned|owns|had|has)\b")
BUYING = _words(r"\b(?:buy|buys|buying|bought|acquir\w+|purchas\w+|tak(?:e|es|en|ing)|took)\b")
FROM_BEFORE = _words(r"\bfrom\s*(?:the\s+)?$")
TO_BEFORE = _words(r"\bto\s*(?:the\s+)?$")
IN_BEFORE = _words(r"\b(?:in|into)\s*(?:the\s+)?$")
WITH_BEFORE = _words(r"\b(?:alongside|together with|along with|joined by)\s*(?:the\s+)?$")
AND_BEFORE = _words(r"(?:\band|,)\s*(?:the\s+)?$")
BY_BEFORE = _words(
    r"\b(?:(?:co-)?led by|backed by|funded by|from investors including|by|participation from)"
    r"\s*(?:the\s+)?$"
)
ASSET_OF_BEFORE = _words(
    r"\b(?:business|businesses|unit|arm|division|assets?|plants?|operations?|portfolio|brands?"
    r"|subsidiary|book|mines?|terminals?)\s+of\s*(?:the\s+)?$"
)
POSSESSED_ASSET = _words(
    r"^['’]s?\s+(?:[\w%.-]+\s+){0,3}?(?:business|unit|arm|division|assets?|plants?|operations?"
    r"|stake|holding|share|portfolio|brands?|subsidiary|parks?|book|mines?|terminals?)\b"
)
# Clause breaks: parties come from the clause that holds the trigger.
CLAUSE_BREAK = _words(
    r";|\s[—–]\s|,?\s+and\s+(?=(?:said|says|added|announced|agreed|plans|will|would|is|has)\b)|,\s+(?=(?:adding|while|whereas|although|after|following|where|but"
    r"|deepening|bringing|giving|making|leaving|according|as well as|as|sending|citing"
    r"|saying|ending|creating|two|three|months|weeks|days|years)\b"
    r"|(?!(?:investing|paying|valuing|including|totalling|raising|buying|acquiring|purchasing"
    r"|taking)\b)\w+ing\b)"
)
# An aside: an apposition or a relative clause set off by commas.
ASIDE = _words(
    r",\s+(?:which|who|whose|where|a|an|the|its|their|one of|part of|itself|controlled by"
    r"|owned by|backed by|based in|formed by|created by|founded by|born of|spun off from"
    r"|set up by|acquired by|bought by)\b[^,;]*(?:,|(?=[.;]?$))"
)
INTRODUCTION = _words(
    r"\s*(?:separately|however|meanwhile|elsewhere|still|also|additionally|in addition|earlier"
    r"|later|instead|previously|last (?:week|month|year)|this (?:week|month|year)"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|in a (?:statement|filing|separate \w+)"
    r"|(?-i:(?:[A-Z]+\s*)?\(\w+\)|[A-Z][A-Z ]{2,}(?:,? \w+ \d+)?)"  # "LONDON", "PARIS, May 4"
    r"|\w+ly)\s*"
)
ASIDE_VALUE = _words(
    r"\b(?:could fetch|fetch|worth|valu(?:e|ed|ing)|priced)\b"
    r"|\b(?:buy|bought|acquire|acquired|purchase|purchased|pay|paid)\b[^,;$£€¥]{0,25}?\bfor\s*$"
)
# References to a company by pronoun or description.
NATIONALITIES = {
    "american": "US", "us": "US", "u.s.": "US", "british": "GB", "uk": "GB", "u.k.": "GB",
    "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "german": "DE",
    "french": "FR", "italian": "IT", "spanish": "ES", "dutch": "NL", "swiss": "CH",
    "irish": "IE", "japanese": "JP", "korean": "KR", "south korean": "KR", "chinese": "CN",
    "indian": "IN", "brazilian": "BR", "canadian": "CA", "australian": "AU", "singaporean": "SG",
    "singapore": "SG", "hong kong": "HK", "russian": "RU", "indonesian": "ID",
    "malaysian": "MY", "turkish": "TR", "egyptian": "EG", "chilean": "CL", "estonian": "EE",
    "polish": "PL", "mexican": "MX", "south african": "ZA", "new zealand": "NZ",
    "luxembourg": "LU", "belgian": "BE", "austrian": "AT", "saudi": "SA", "emirati": "AE",
}  # fmt: skip
_NOUNS = (
    r"company|group|firm|bank|lender|insurer|carmaker|automaker|airline|carrier|retailer"
    r"|chain|conglomerate|operator|miner|publisher|investor|fund|start-up|startup|chipmaker"
    r"|maker|business|buyer|bidder|acquirer|seller|developer|producer|giant|owner|marketplace"
    r"|platform|manufacturer|supplier|utility|railway|roaster|agent|brewer|winery|trader"
)
REFERENCE = _words(
    rf"\b(?:it|its|they|their)\b(?!['’]s)"
    rf"|\bthe\s+(?:(?P<nation>{'|'.join(sorted(map(re.escape, NATIONALITIES), key=len, reverse=True))})\s+)?"  # noqa: E501
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b"
)
OBJECT_REFERENCE = _words(
    rf"\s+(?:in\s+|into\s+)?the\s+(?:(?P<nation>{'|'.join(sorted(map(re.escape, NATIONALITIES), key=len, reverse=True))})\s+)?"  # noqa: E501
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b(?!['’]s|\s+of\b)"
)
OBJECT_AFTER_FOR = _words(
    r"(?:[^.;]|\.(?=\d)){0,40}?\bfor\s+"
    + OBJECT_REFERENCE.pattern.removeprefix(r"\s+(?:in\s+|into\s+)?")
)
PAY_FOR = _words(r"(?:pa(?:y|ys|id|ying)|offer(?:s|ed|ing)?)$")
# A transaction told as background: done long ago, not this story's news.
# A trigger told in the past tense ("the business it bought from X in 2021").
PAST_TRIGGER = _words(r"(?:bought|acquired|sold|took over|merged|invested|purchased)\b")
HISTORY = _words(r"\b(?:in|since) (?:19|20)\d\d\b")  # with a completed act only
# "the venture it formed with Volta in 2015": the year dates the description, not the act.
DESCRIBED_BEFORE = _words(
    r"\b(?:it|they|which|that|who)\s+(?:[\w-]+\s+)?(?:formed|set up|created|founded|launched"
    r"|established|built|started)\b[^.;,]{0,50}$"
)
LONG_AGO = _words(  # whatever the act
    r"\b(?:years?|decades?) (?:ago|since|earlier|before)\b|\bback in\b|\blast year\b"
    r"|\b(?:a|one|two|three) years? ago\b|\bin the past\b"
    # "has partnered with X for a decade": a relationship of long standing.
    r"|\bha(?:s|ve|d) (?:\w+ ){0,2}?\w+ed\b[^.;]{0,60}\bfor (?:a decade|decades"
    r"|(?:the (?:past|last) )?(?:many |several |\w+ )?years)\b"
)
SEPARATELY = _words(
    r"\s*(?:separately|in a separate (?:deal|move|announcement|statement)|elsewhere)\b"
)
BETWEEN = _words(r"\b(?:talks|negotiations|discussions)\s+between\b")
OBJECTLESS_AFTER = _words(r"\s+(?:in|into)\s+(?:the\s+|a\s+|new\s+)?(?-i:[a-z])")
EACH = _words(r"\b(?:each|both|vying|vie|vies|competing|compete)\b")
WHAT_IF = _words(r"\b(?:would|could|might)\b")
ANALYSTS_VIEW = _words(
    r"\s*(?:some\s+|many\s+|most\s+)?(?:analysts?|investors|brokers?|traders)\s+(?:at\s+[\w&.-]+"
    r"(?:\s+[\w&.-]+)?\s+)?(?:expect|predict|think|believe|see|reckon|suggest|speculate|bet)s?\b"
)
ANALYSTS = _words(r"\banalysts?\b|\bresearch note\b|\bin a note\b|\bbrokers?\b")
SINCE = _words(r"\b(?:days|weeks|months|years|decades?) (?:after|since|before)\b")
NEWS_TIME = _words(
    r"\b(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|this (?:week|month)"
    r"|last (?:week|night)|earlier this)\b"
)
# A party that leaves, told without naming the deal ("Kinetic later walked away").
WALKED_AWAY = _words(
    r"\b(?:walk(?:ed|s)? away|pull(?:ed|s)? out|gave up|abandon(?:ed|s)|withdr[ae]w\w*)\b"
)
# Following sentences that add facts to the deal being told.
STATUS_NEWS = _words(
    r"\b(?:deal|transaction|takeover|acquisition|purchase|merger|offer|bid|talks)\b"
)


@dataclass
class DealFacts:
    kind: str
    status: str
    parties: dict[Hashable, str]  # company key → role, in reading order
    value: Decimal | None = None
    currency: str = ""
    stake: Decimal | None = None
    evidence: str = ""
    slugs: dict[Hashable, str] = field(default_factory=dict)
    confidence: float = 0.0
    sentences: list[str] = field(default_factory=list)  # every sentence the facts came from

    def key(self) -> tuple:
        return (self.kind, frozenset(self.parties))

    def fingerprint(self) -> str:
        """Stable across runs: the same facts from the same story give the same string."""
        parties = ",".join(sorted(f"{self.slugs[c]}:{r}" for c, r in self.parties.items()))
        value = f"{self.value:f}" if self.value is not None else ""
        stake = f"{self.stake:f}" if self.stake is not None else ""
        return f"{self.kind}|{parties}|{value}{self.currency}|{stake}"

    def as_json(self) -> dict:
        """DESIGN.md's shape for a deal in `link_companies --format json`."""
        return {
            "kind": self.kind,
            "status": self.status,
            "parties": [self.slugs[c] for c in self.parties],
            "value": f"{self.value:f}" if self.value is not None else None,
            "currency": self.currency or None,
            "stake": f"{self.stake:f}" if self.stake is not None else None,
            "evidence": self.evidence,
        }


@dataclass
class _Sentence:
    text: str
    start: int  # offset in the story body
    story_hits: list[Hit]  # its hits, positions in the story body
    words: frozenset = frozenset()  # its words, lower case, for the quick checks
    rejected: bool = False  # read as no deal: an idea, background, money from the market

    # Speed: most sentences are dropped by the word checks, so their asides and hits are
    # only worked out when a reader asks.
    @cached_property
    def masked(self) -> list[tuple[int, int]]:
        """The asides."""
        return _asides(self.text)

    @cached_property
    def hits(self) -> list[Hit]:
        """Hits in the main text (asides excluded), positions within `text`."""
        start, masked = self.start, self.masked
        return [
            Hit(company=h.company, start=h.start - start, end=h.end - start, text=h.text)
            for h in self.story_hits
            if not _in(masked, h.start - start)
        ]


@dataclass
class _Reading:
    """What one sentence says about a deal."""

    kind: str
    voice: str
    parties: dict[Hashable, str]
    value: Money | None = None
    stake: Decimal | None = None
    majority: bool = False
    status: str = ""
    from_reference: bool = False
    verb: bool = True
    end: int = 0  # where its clause ends in the sentence
    separate: bool = False  # "Separately, …", "In a separate deal, …"
    each: bool = False  # "X and Y are each weighing offers for Z": one deal per buyer
    objectless: bool = False  # "Tencent is also investing in the region": no one named


class _Story:
    """Salience: who the story is about, for resolving references."""

    def __init__(self, matcher: CompanyMatcher, story: StoryText):
        self.matcher = matcher
        self.title = [h.company for h in story.title_hits]
        self.counts: dict[Hashable, int] = {}
        self.order: dict[Hashable, int] = {}
        for hit in story.title_hits + story.body_hits:
            self.counts[hit.company] = self.counts.get(hit.company, 0) + 1
            self.order.setdefault(hit.company, len(self.order))
        self.seen: list[Hashable] = []  # in the order the body names them

    def main(self, *, exclude=(), country: str = "", before: int | None = None):
        pool = [c for c in dict.fromkeys(self.title + self.seen) if c not in exclude]
        if country:
            local = [c for c in pool if self.matcher.companies[c].country == country]
            if local:
                pool = local
        if not pool:
            return None
        return max(pool, key=lambda c: (c in self.title, self.counts.get(c, 0), -self.order[c]))


def _asides(text: str) -> list[tuple[int, int]]:
    # After an opening word or phrase ("Separately, the bank said …") the clause is the
    # sentence itself, not an aside.
    return [
        (m.start(), m.end())
        for m in ASIDE.finditer(text)
        if not INTRODUCTION.fullmatch(text, 0, m.start())
    ]


def _in(ranges, at: int) -> bool:
    return any(a <= at < b for a, b in ranges)


def _clause(text: str, at: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for brk in CLAUSE_BREAK.finditer(text):
        if brk.end() <= at:
            start = brk.end()
        elif brk.start() >= at:
            end = brk.start()
            break
    return start, end


def _trigger(sentence: _Sentence, after: int = 0):
    """The first trigger in the main text that is not part of a description."""
    text = sentence.text
    for at in _trigger_starts(text, after):
        if _in(sentence.masked, at):
            continue
        match = ANY_TRIGGER.match(text, at)
        if match is None:
            continue
        kind, voice, _ = TRIGGER_PATTERNS[int(str(match.lastgroup)[1:])]
        before = text[max(0, match.start() - 30) : match.start()]
        following = text[match.end() : match.end() + 90]
        if kind in MUTUAL_KINDS and voice == "mutual" and kind != MERGER:
            if DESCRIPTION_BEFORE.search(before) and DESCRIPTION_AFTER.search(following):
                continue
            if FORMER_BEFORE.search(before):
                continue
            if POSSESSIVE_BEFORE.search(before) and not _status(text, STATUSES[:2]):
                continue  # "their joint venture employs 2,000": one that exists, not news
        if kind == INVESTMENT and HOLDER_OWNS_BEFORE.search(before):
            if HOLDING_DESCRIBED_AFTER.match(text, match.end()):
                continue  # "Volta's stake in BAW is worth €3bn": a holding, not a purchase
        if HYPHENATED_BEFORE.search(before):  # "Acme-backed", "Tailspin-owned"
            continue
        if SPECULATION_AFTER.match(text, match.end()):  # "a takeover target"
            continue
        if (
            kind == ACQUISITION
            and TRADE_VERB.match(match.group(0))
            and GOODS_AFTER.match(text, match.end())
        ):
            continue  # "sells its cars through", "buys its beans from": trade
        if kind == MERGER and OWN_BUSINESS_AFTER.match(text, match.end()):
            continue  # "merges the dairy business it bought into its own": a reorganisation
        return kind, voice, match
    return None


# Forms `core.money` does not read: the rand written "R18bn", rupiah, lira, Egyptian pounds,
# Taiwan dollars, zlotys, "Sfr". Only with a scale word, where the letters are unambiguous.
_SCALE = r"(?P<scale>bn|billion|m|million|trillion|tn)\b"
EXTRA_MONEY = re.compile(
    r"(?<![\w$])(?P<prefix>R|Rp|TL|EGP|NT\$|S[Ff]r)\s?(?P<number>\d[\d,]*(?:\.\d+)?)\s?"
    + _SCALE
    + r"|(?<![\w.,])(?P<number2>\d[\d,]*(?:\.\d+)?)\s?(?P<scale2>bn|billion|m|million|trillion|tn)"
    r"\s+(?P<suffix>rupiah|(?:Turkish )?lira|Egyptian pounds?|zlotys?|rand)\b"
)
EXTRA_CURRENCY = {
    "r": "ZAR", "rand": "ZAR", "rp": "IDR", "rupiah": "IDR", "tl": "TRY", "lira": "TRY",
    "turkish lira": "TRY", "egp": "EGP", "egyptian pound": "EGP", "egyptian pounds": "EGP",
    "nt$": "TWD", "zloty": "PLN", "zlotys": "PLN", "sfr": "CHF",
}  # fmt: skip
SCALES = {"bn": 10**9, "billion": 10**9, "m": 10**6, "million": 10**6, "tn": 10**12}
SCALES["trillion"] = 10**12


def _find_money(text: str) -> list[Money]:
    """`core.money.find_money`, plus the forms above."""
    found = find_money(text)
    if not EXTRA_MONEY_HINT.search(text):
        return found
    for m in EXTRA_MONEY.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        code = (m["prefix"] or m["suffix"]).lower()
        number, scale = (m["number"], m["scale"]) if m["prefix"] else (m["number2"], m["scale2"])
        value = Decimal(number.replace(",", "")) * SCALES[scale]
        money = Money(
            value=value.normalize(), currency=EXTRA_CURRENCY[code], start=m.start(), end=m.end()
        )
        found.append(money)
    found.sort(key=lambda money: money.start)
    return found


EXTRA_MONEY_HINT = re.compile(r"R|TL|EGP|NT|S[Ff]r|rupiah|lira|pound|zlot|rand")


def _value(
    sentence: _Sentence, lo: int, hi: int, *, cue_needed: bool, after: int = 0
) -> Money | None:
    text = sentence.text
    if not _DIGIT.search(text, after):
        return None
    for money in _find_money(text):
        if money.start < after:
            continue  # told by an earlier clause
        inside = lo <= money.start < hi and not _in(sentence.masked, money.start)
        adjectival = bool(DEAL_NOUN_AFTER.match(text, money.end))
        in_aside = _in(sentence.masked, money.start) and ASIDE_VALUE.search(
            text, max(0, money.start - 40), money.start
        )
        if not (inside or adjectival or in_aside):
            continue
        if NOT_VALUE_AFTER.match(text, money.end):
            continue
        before = text[max(0, money.start - 60) : money.start]
        if NOT_VALUE_BEFORE.search(before):
            continue
        if cue_needed and not (
            adjectival
            or VALUE_CUE_BEFORE.search(before)
            or VALUE_CUE_AFTER.match(text, money.end)
            or in_aside
        ):
            continue
        return money
    return None


def _stake(text: str, lo: int, hi: int, masked) -> Decimal | None:
    if _DIGIT.search(text, lo, hi):
        for pattern in STAKE_PATTERNS:
            for match in pattern.finditer(text, lo, hi):
                at = match.start("percent")
                if _in(masked, at) or RETAINED_BEFORE.search(text, max(0, at - 40), at):
                    continue
                if NOT_STAKE_BEFORE.search(text, max(0, at - 40), at):
                    continue
                percent = Decimal(match["percent"])
                if 0 < percent <= 100:
                    return percent.normalize()
    clause = text[lo:hi].lower()
    if not any(word in clause for word in FRACTION_HINTS):
        return None
    for match in FRACTION_STAKE.finditer(text, lo, hi):
        if not _in(masked, match.start()):
            return FRACTIONS[match["fraction"].lower().replace("-", " ")]
    return None


def _clause_status(text: str, lo: int, hi: int, trigger: re.Match) -> str:
    status = _cue_status(text, lo, hi, trigger)
    if status == Status.COLLAPSED and PAUSED_TALKS.search(text, lo, hi):
        return Status.IN_TALKS  # talks on hold are still talks, not a deal called off
    return status


def _cue_status(text: str, lo: int, hi: int, trigger: re.Match) -> str:
    """The status the trigger's own clause states, by the cue that governs the trigger
    ("has completed the takeover …, a year after its first bid was blocked" is completed); from
    elsewhere in the sentence only the hedges of attribution ("…, people familiar with the
    matter said")."""
    cues: list[tuple[int, int, int, str]] = []
    lowered = text[lo:hi].lower()
    for rank, (status, pattern) in enumerate(STATUSES):
        if any(hint in lowered for hint in STATUS_HINTS[status]):
            cues += [(m.start(), m.end(), rank, status) for m in pattern.finditer(text, lo, hi)]
    # A cue inside a stronger one ("talks on" in "ended talks on") does not count.
    cues = [
        c
        for c in cues
        if not any(o[2] < c[2] and o[0] < c[1] and c[0] < o[1] for o in cues if o is not c)
    ]
    # The verb that governs the trigger comes before it ("called off their merger",
    # "completed the takeover"); a cue after it counts when none does ("the venture
    # collapsed").
    # "is being bought", "is expected to be completed", "will have raised": not done yet.
    cues = [
        (a, b, rank, Status.ANNOUNCED)
        if status == Status.COMPLETED and NOT_YET_BEFORE.search(text, max(0, a - 30), a)
        else (a, b, rank, status)
        for a, b, rank, status in cues
    ]
    before = [c for c in cues if c[0] < trigger.start()]
    if before:
        last = max(before, key=lambda c: (c[1], -c[2]))
        if last[3] in (Status.IN_TALKS, Status.RUMOURED) and any(
            c[3] == Status.COLLAPSED and 0 <= last[0] - c[1] <= 25 for c in before
        ):
            return Status.COLLAPSED  # "walked away from talks to buy", "ended talks on"
        if last[3] in (Status.IN_TALKS, Status.RUMOURED) and any(
            c[3] == Status.COLLAPSED and c[0] > trigger.start() for c in cues
        ):
            return Status.COLLAPSED  # "talks between X and Y over a merger have ended"
        return last[3]
    if cues:
        # After the trigger, an end outweighs what came before it ("the merger talks
        # between X and Y collapsed").
        ended = [c for c in cues if c[3] == Status.COLLAPSED]
        done = [c for c in cues if c[3] == Status.COMPLETED]
        return min(ended or done or cues, key=lambda c: (c[0], c[2]))[3]
    rest = text[:lo] + " " + text[hi:]
    heard = _status(rest)
    return heard if heard in (Status.RUMOURED, Status.IN_TALKS) else ""


def _status(text: str, statuses=STATUSES) -> str:
    lowered = text.lower()
    for status, pattern in statuses:
        if any(hint in lowered for hint in STATUS_HINTS[status]) and pattern.search(text):
            return status
    return ""


def _references(text: str, lo: int, hi: int, masked) -> list[re.Match]:
    return [m for m in REFERENCE.finditer(text, lo, hi) if not _in(masked, m.start())]


def _read(
    sentence: _Sentence, story: _Story, current: "DealFacts | None", after: int = 0
) -> _Reading | None:
    found = _trigger(sentence, after)
    if found is None:
        return None
    kind, voice, match = found
    text = sentence.text
    lo, hi = _clause(text, match.start())
    lo = max(lo, after)
    hits = [h for h in sentence.hits if lo <= h.start < hi]
    parties: dict[Hashable, str] = {}
    from_reference = False
    first_in_sentence = next(iter(h.company for h in sentence.hits), None)

    def resolve(ref: re.Match, exclude) -> Hashable | None:
        nation = (ref.group("nation") or "").lower()
        country = NATIONALITIES.get(nation, "")
        word = ref.group(0).lower()
        if word in ("it", "its", "they", "their") and first_in_sentence not in (None, *exclude):
            if hits and hits[0].start < ref.start():
                return first_in_sentence
        if current is not None and not country:
            for company, role in current.parties.items():
                if company not in exclude and SIDE[role] in ("buyer", "partner"):
                    return company
        return story.main(exclude=exclude, country=country)

    def role_for(hit_at: int, hit_end: int, previous_role: str | None) -> str | None:
        before = text[max(0, hit_at - 40) : hit_at]
        after = text[hit_end : hit_end + 60]
        if (
            kind == ACQUISITION
            and voice == "active"
            and hit_at > match.start()
            and ASSET_OF_BEFORE.search(before)
        ):
            return Role.SELLER  # "buy the card business of Acme": Acme sells
        context = CONTEXT_BEFORE.search(before)
        if context and hit_at > match.start() and RIVAL_OBJECT.fullmatch(text, match.end(), hit_at):
            context = None  # "agreed to acquire rival Nordlys": the rival is the object
        if context or CONTEXT_AFTER.match(after):
            return None
        attribution = ATTRIBUTION_AFTER.match(after) and before.rstrip()[-1:] == ","
        if hit_at > match.start() and attribution:
            return None  # "…, Northwind said": who told it, not who is in it
        if HOLDER_BEFORE.search(before) and HOLDER_AFTER.match(after) and kind not in MUTUAL_KINDS:
            return Role.SELLER  # "bought the stake that Acme held in …": Acme sells
        if voice == "rival":  # "Coho rejected a bid from Acme": Acme bids, Coho is the target
            return Role.ACQUIRER if hit_at > match.start() else Role.TARGET
        owners = OWNERS_OF_BEFORE.search(before) or (
            hit_at < match.start() and OWNERS_AFTER.match(after)
        )
        if owners and kind not in MUTUAL_KINDS:
            return BOUGHT_ROLE[kind]
        if kind in MUTUAL_KINDS:
            return Role.PARTNER
        buyer, bought = BUYER_ROLE[kind], BOUGHT_ROLE[kind]
        ahead = hit_at < match.start()
        if voice == "sold_by":  # "Zeta was sold by Acme to Beta"
            if ahead:
                return bought
            return Role.SELLER if BY_BEFORE.search(before) else buyer
        if FROM_BEFORE.search(before) and not BY_BEFORE.search(before):
            # "buying shares from X": X sells; "raised $50m from X", "an investment from
            # X": X invests.
            bought_from = BUYING.search(text, match.start(), hit_at)
            return Role.SELLER if kind == ACQUISITION or bought_from else buyer
        if BY_BEFORE.search(before):
            return buyer
        if WITH_BEFORE.search(before):
            return buyer
        if AND_BEFORE.search(before) and previous_role not in (None, Role.SELLER):
            return previous_role  # "Acme and Beta": the same side
        if voice == "sell":
            if ahead:
                return Role.SELLER
            return buyer if TO_BEFORE.search(before) else bought
        if voice in ("passive", "raise"):
            return bought if ahead else buyer
        if voice == "join":
            return buyer
        if ahead:
            return buyer
        if POSSESSED_ASSET.match(after):
            return Role.SELLER  # "buy Acme's card business": Acme sells
        return bought

    previous = None
    for hit in hits:
        at = hit.start
        role = role_for(at, hit.end, previous)
        if role is None or hit.company in parties:
            continue
        parties[hit.company] = role
        previous = role

    if voice == "rival" and current is not None and "bought" not in _sides(parties):
        # "…, trumping an earlier bid of $1.2bn from Oracle": for the company being told of
        wanted = [c for c, r in current.parties.items() if SIDE[r] == "bought"]
        if wanted and any(r == Role.ACQUIRER for r in parties.values()):
            parties[wanted[0]] = Role.TARGET
    # A subject given by reference: "it would pay", "the carmaker said it had bought".
    if kind not in MUTUAL_KINDS or len(parties) < 2:
        ahead_hits = [h for h in hits if h.start < match.start() and h.company in parties]
        last_ahead = ahead_hits[-1].end if ahead_hits else lo
        refs = _references(text, last_ahead, match.start(), sentence.masked)
        refs += [
            r
            for r in _references(text, match.end(), min(hi, match.end() + 25), sentence.masked)
            if r.group(0).lower() in ("its", "their") and voice in ("sell", "active")
        ]
        if refs and (not ahead_hits or refs[-1].start() > ahead_hits[-1].start):
            ref = refs[-1]
            if kind in MUTUAL_KINDS:
                role = Role.PARTNER
            elif voice == "sell" or (ref.start() > match.start()):
                role = Role.SELLER
            elif voice in ("passive", "raise"):
                role = BOUGHT_ROLE[kind]
            else:
                role = BUYER_ROLE[kind]
            other_side = {c for c, r in parties.items() if SIDE[r] != SIDE[role]}
            company = resolve(ref, exclude=other_side)
            if company is not None and parties.get(company) != role:
                if voice != "join":
                    # The reference is nearer the trigger than any name: it is the subject.
                    for h in ahead_hits:
                        if parties.get(h.company) == role:
                            del parties[h.company]
                parties = {company: role, **{c: r for c, r in parties.items() if c != company}}
                from_reference = True
    # An object given by description: "agreed to buy the carmaker", "invest in the start-up".
    if kind not in MUTUAL_KINDS and voice == "active" and "bought" not in _sides(parties):
        obj = OBJECT_REFERENCE.match(text, match.end())
        if obj is None and PAY_FOR.match(match.group(0)):  # "pay $2.1bn for the lender"
            obj = OBJECT_AFTER_FOR.match(text, match.end())
        if obj is not None and not _in(sentence.masked, obj.start()):
            country = NATIONALITIES.get((obj.group("nation") or "").lower(), "")
            company = story.main(exclude=set(parties), country=country)
            if company is not None:
                parties[company] = BOUGHT_ROLE[kind]
                from_reference = True

    value = _value(sentence, lo, hi, cue_needed=False, after=after)
    stake = _stake(text, lo, hi, sentence.masked)
    majority = bool(MAJORITY.search(text, lo, hi))
    minority = bool(MINORITY.search(text, lo, hi))
    some_stake = (
        stake is None
        and not majority
        and not STAKE_WORDS.isdisjoint(sentence.words)
        and A_STAKE_IN.search(text, match.end(), hi)
    )
    if kind == ACQUISITION and (
        minority or some_stake or (stake is not None and stake < 50 and not majority)
    ):
        kind = INVESTMENT
        parties = {c: TO_INVESTMENT.get(r, r) for c, r in parties.items()}
    elif kind == INVESTMENT and (majority or (stake is not None and stake > 50)):
        if voice == "active":
            kind = ACQUISITION
            parties = {c: TO_ACQUISITION.get(r, r) for c, r in parties.items()}
    elif kind == PARTNERSHIP and stake is not None and value is not None and len(parties) == 2:
        # "brought in X as a partner …, with the fund paying Rs 2,000 crore for a 26% stake":
        # money for a stake is the transaction; the partnership is how it is described.
        # The subject takes the money ("Ganga Power has brought in Highland Equity").
        kind = INVESTMENT
        parties = {c: Role.INVESTEE if i == 0 else Role.INVESTOR for i, c in enumerate(parties)}
    elif (
        kind == ACQUISITION
        and voice == "active"
        and set(_sides(parties)) == {"buyer"}
        and len(parties) == 2
        and BETWEEN.search(text, lo, match.start())
    ):
        # "Talks between X and Y over a takeover": the bidder is named first.
        second = list(parties)[1]
        parties[second] = Role.TARGET
    if (
        (kind in MUTUAL_KINDS or NOUN_TRIGGER.match(match.group(0)))
        and WHAT_IF.search(text)
        and ANALYSTS.search(text)
    ):
        sentence.rejected = True
        return None  # "A merger of X and Y would create …, analysts said": an idea, not news
    if ANALYSTS_VIEW.match(text) or text.rstrip().endswith("?"):
        sentence.rejected = True
        return None  # "Analysts expect X to bid for Y", "Could X buy Y?": no one has acted
    status = _clause_status(text, lo, hi, match)
    past = LONG_AGO.search(text, lo, hi) or (
        (status == Status.COMPLETED or PAST_TRIGGER.match(match.group(0)))
        and any(
            not DESCRIBED_BEFORE.search(text, max(lo, m.start() - 60), m.start())
            for m in HISTORY.finditer(text, lo, hi)
        )
    )
    if past and status not in (Status.IN_TALKS, Status.RUMOURED) and not NEWS_TIME.search(text):
        sentence.rejected = True
        return None  # "ten years since it bought", "teamed up last year": background, not news
    if status in (Status.COMPLETED, Status.COLLAPSED) and SINCE.search(text, lo, match.start()):
        sentence.rejected = True
        return None  # "…, weeks after the company's failed attempt to merge with X"
    to_market = voice == "sell" and "buyer" not in _sides(parties)
    if (voice in ("raise", "join") or to_market) and MARKET_RAISE.search(text, lo, hi):
        sentence.rejected = True
        return None  # "raise $300m through a rights issue": from the market, not a party
    if voice == "rival" and status == Status.COLLAPSED and after > 0:
        sentence.rejected = True
        return None  # "…, trumping the offer from X that regulators blocked": background
    return _Reading(
        kind=kind,
        voice=voice,
        parties=parties,
        value=value,
        stake=stake,
        majority=majority,
        status=status,
        end=hi,
        separate=bool(SEPARATELY.match(text)),
        each=bool(EACH.search(text, lo, match.start())),
        objectless=(
            voice == "active"
            and "bought" not in _sides(parties)
            and bool(OBJECTLESS_AFTER.match(text, match.end()))
        ),
        from_reference=from_reference,
        verb=voice != "active" or not NOUN_TRIGGER.match(match.group(0)),
    )


def _sides(parties: dict) -> set[str]:
    return {SIDE[r] for r in parties.values()}


def _compatible(deal: DealFacts, reading: _Reading) -> bool:
    """Can `reading` be more of `deal`: the same kind of act, no party on two sides?"""
    families: dict[str, str] = {ACQUISITION: "buy", INVESTMENT: "buy"}
    if families.get(deal.kind, deal.kind) != families.get(reading.kind, reading.kind):
        return False
    for company, role in reading.parties.items():
        if company in deal.parties and SIDE[deal.parties[company]] != SIDE[role]:
            return False
    return True


def _continues(deal: DealFacts, reading: _Reading) -> bool:
    """Does `reading` tell more of `deal` (the one being told) rather than another deal?"""
    if not _compatible(deal, reading):
        return False
    new = {c: r for c, r in reading.parties.items() if c not in deal.parties}
    shared = set(reading.parties) & set(deal.parties)
    if any(SIDE[r] == "bought" for r in new.values()) and "bought" in _sides(deal.parties):
        return False
    if any(SIDE[r] == "bought" for r in new.values()) and reading.status not in ("", deal.status):
        return False  # completed one purchase, in talks on another
    if reading.separate or (reading.objectless and reading.voice != "join"):
        return False
    if deal.kind in MUTUAL_KINDS and new and not shared:
        return False
    return (
        bool(shared) or not reading.parties or reading.voice == "join" or _sides(new) <= {"buyer"}
    )


def _enough(reading: _Reading) -> bool:
    parties = reading.parties
    if not parties:
        return False
    if reading.kind in MUTUAL_KINDS:
        return len(parties) >= 2
    sides = _sides(parties)
    if len(sides) >= 2:
        return True
    if sides <= {"bought", "seller"} and reading.status in (Status.RUMOURED, Status.IN_TALKS):
        return True  # a sale being explored: its price may come in a later sentence
    return reading.value is not None or reading.stake is not None


def _confidence(deal: DealFacts, meta: dict) -> float:
    score = 0.45
    sides = _sides(deal.parties)
    if deal.kind in MUTUAL_KINDS:
        score += 0.25 if len(deal.parties) >= 2 else -0.3
    elif {"buyer", "bought"} <= sides or {"buyer", "seller"} <= sides:
        score += 0.25
    elif len(deal.parties) < 2:
        score -= 0.3
    if meta["verb"]:
        score += 0.1
    if deal.value is not None or deal.stake is not None:
        score += 0.1
    if meta["status_word"]:
        score += 0.05
    if meta["reference"]:
        score -= 0.1
    if (
        len(deal.parties) == 1
        and sides <= {"bought", "seller"}
        and deal.value is not None
        and deal.status in (Status.RUMOURED, Status.IN_TALKS)
    ):
        score += 0.15  # a sale being explored names no buyer yet
    return round(max(0.0, min(1.0, score)), 2)


def extract_deals(matcher: CompanyMatcher, story: StoryText) -> list[DealFacts]:
    """Deal suggestions from the story's body, one per reported transaction, each with a
    confidence (callers show those at or above `SHOW_AT`)."""
    salience = _Story(matcher, story)
    deals: list[DealFacts] = []
    meta: dict[int, dict] = {}
    current: DealFacts | None = None
    # Companies the body names in a sentence read as no deal (a denial, an analyst's idea,
    # background): a headline deal between them is not shown.
    vetoed: set[Hashable] = set()
    body = story.body
    hit_index = 0
    hits = story.body_hits
    for start, end in story.body_spans:
        own = []
        while hit_index < len(hits) and hits[hit_index].start < end:
            if hits[hit_index].start >= start:
                own.append(hits[hit_index])
            hit_index += 1
        text = body[start:end]
        sentence = _Sentence(text=text, start=start, story_hits=own, words=_words_in(text))
        for h in own:
            if h.company not in salience.seen:
                salience.seen.append(h.company)
        words = sentence.words
        if words & NOT_A_DEAL_WORDS and NOT_A_DEAL.search(text):
            vetoed.update(h.company for h in own)
            continue
        if words & DENIAL_WORDS and DENIAL.search(text):
            vetoed.update(h.company for h in own)
            current = None
            continue
        reading = None
        if (own or current) and (
            words & TRIGGER_WORDS
            or (current is not None and words & JOIN_WORDS)
            or ("for" in words and DEAL_FOR.search(text.lower()))
            or (_may_be_deal_with(words) and DEAL_WITH.search(text.lower()))
        ):
            reading = _read(sentence, salience, current)
            if sentence.rejected:
                vetoed.update(h.company for h in own)
        if reading is None:
            if current is not None:
                _follow_up(current, sentence)
            continue
        # A sentence may tell two transactions, one per clause ("… unveiled a deal for X and
        # said it would sell its stake in Y to Z").
        while reading is not None:
            for part in _each_target(_each_buyer(reading)):
                current = _take(part, current, deals, meta, sentence, matcher)
            after = reading.end
            reading = _read(sentence, salience, current, after) if after < len(text) else None
    told_in_body = bool(deals)
    for reading, sentence in _title_readings(story, salience):
        added = _add_title_reading(reading, sentence, deals, meta, matcher, vetoed)
        if added is not None and not told_in_body:
            # The body tells no deal of its own: it is telling this one ("The private
            # equity firm will pay $450m").
            for start, end in story.body_spans:
                _follow_up(added, _Sentence(text=body[start:end], start=start, story_hits=[]))
    for deal in deals:
        deal.confidence = _confidence(deal, meta[id(deal)])
    return deals


def _may_be_deal_with(words: frozenset) -> bool:
    """Speed: the words `DEAL_WITH` needs, before its pattern is searched."""
    return "with" in words and not DEAL_NOUNS.isdisjoint(words)


DEAL_NOUNS = frozenset(("deal", "agreement", "pact"))


def _title_readings(story: StoryText, salience: _Story) -> list[tuple[_Reading, _Sentence]]:
    """The deals the headline and standfirst state ("Acme to buy Zeta for $2bn", "Andes
    Copper agrees $4bn sale to Tundra"): two-sided ones only, since a headline's words are
    few and its grammar clipped."""
    found: list[tuple[_Reading, _Sentence]] = []
    title = story.title
    title_words = _words_in(title)
    if not (title_words & TRIGGER_WORDS or _may_be_deal_with(title_words)):
        return found
    hits = story.title_hits + _short_names(title, title_words, story, salience)
    hits.sort(key=lambda h: h.start)
    for start, end in sentence_spans(title):
        own = [h for h in hits if start <= h.start < end]
        if len(own) < 2:
            continue
        text = title[start:end]
        words = _words_in(text)
        if words & NOT_A_DEAL_WORDS and NOT_A_DEAL.search(text):
            continue
        if words & DENIAL_WORDS and DENIAL.search(text):
            continue
        if not (
            words & TRIGGER_WORDS or (_may_be_deal_with(words) and DEAL_WITH.search(text.lower()))
        ):
            continue
        sentence = _Sentence(text=text, start=start, story_hits=own, words=words)
        reading = _read(sentence, salience, None)
        if reading is None:
            continue
        sides = _sides(reading.parties)
        two_sided = len(reading.parties) >= 2 if reading.kind in MUTUAL_KINDS else len(sides) >= 2
        if two_sided:
            found.append((reading, sentence))
    return found


# First words too common to stand for a company on their own in a headline.
NOT_SHORT_NAMES = frozenset(
    """the a an new first united general national global international china american british
    royal great north south east west northern southern eastern western central first""".split()
)


def _short_names(
    title: str, title_words: frozenset, story: StoryText, salience: _Story
) -> list[Hit]:
    """Headlines shorten names: "Andes Copper agrees sale to Tundra" for Tundra Mining. The
    first word of a company the body names in full stands for it in the headline, where no
    other name is read, when it is capitalised and not a common word."""
    taken = [(h.start, h.end) for h in story.title_hits]
    in_body = dict.fromkeys(h.company for h in story.body_hits)
    found = []
    for company in in_body:
        first = salience.matcher.companies[company].name.split(" ", 1)
        word = first[0]
        if len(first) < 2 or len(word) < 4 or not word[0].isupper():
            continue
        if word.lower() not in title_words:
            continue
        if word.lower() in NOT_SHORT_NAMES or word.lower() in NATIONALITIES:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", title):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append(Hit(company=company, start=m.start(), end=m.end(), text=word))
                taken.append((m.start(), m.end()))
    return found


def _add_title_reading(
    reading: _Reading,
    sentence: _Sentence,
    deals: list[DealFacts],
    meta: dict,
    matcher: CompanyMatcher,
    vetoed: set[Hashable],
) -> DealFacts | None:
    """What the headline states fills the parties the body left out of the same deal (the
    body's "the Chilean miner said its board had accepted the offer" names no buyer); a
    deal the body never tells is the headline's alone. The body's terms and status stand,
    and a side the body names is not added to: a headline often names a rival or an owner
    ("Amazon tops Oracle bid for Proseware", "offer for Hanbit affiliate"). Returns the deal
    the headline alone tells, if any."""
    for deal in deals:
        if not set(deal.parties) & set(reading.parties):
            continue
        if _compatible(deal, reading):
            for company, role in reading.parties.items():
                if company in deal.parties:
                    continue
                if deal.kind in MUTUAL_KINDS:
                    if len(deal.parties) >= 2:
                        continue
                    role = Role.PARTNER
                elif SIDE[role] in _sides(deal.parties):
                    continue
                elif SIDE[role] in ("buyer", "bought"):
                    role = (BUYER_ROLE if SIDE[role] == "buyer" else BOUGHT_ROLE)[deal.kind]
                deal.parties[company] = role
                deal.slugs[company] = matcher.companies[company].slug
            if deal.value is None and reading.value is not None:
                deal.value, deal.currency = reading.value.value, reading.value.currency
            if deal.stake is None and reading.stake is not None:
                deal.stake = reading.stake
            if sentence.text not in deal.sentences:
                deal.sentences.append(sentence.text)
        return None  # the body tells a deal of these companies: it knows best
    if set(reading.parties) & vetoed:
        return None
    value = reading.value
    facts = DealFacts(
        kind=reading.kind,
        status=reading.status or DEFAULT_STATUS,
        parties=dict(reading.parties),
        value=value.value if value else None,
        currency=value.currency if value else "",
        stake=reading.stake,
        evidence=sentence.text,
        slugs={c: matcher.companies[c].slug for c in reading.parties},
        sentences=[sentence.text],
    )
    meta[id(facts)] = {
        "verb": reading.verb,
        "status_word": bool(reading.status),
        "reference": reading.from_reference,
    }
    deals.append(facts)
    return facts


def _each_buyer(reading: _Reading) -> list[_Reading]:
    """ "X and Y are each weighing offers for Z": two bids, one per buyer."""
    buyers = [c for c, r in reading.parties.items() if SIDE[r] == "buyer"]
    if not reading.each or len(buyers) < 2 or reading.kind in MUTUAL_KINDS:
        return [reading]
    others = {c: r for c, r in reading.parties.items() if SIDE[r] != "buyer"}
    return [
        dataclasses.replace(reading, parties={b: reading.parties[b], **others}, separate=True)
        for b in buyers
    ]


def _each_target(readings: list[_Reading]) -> list[_Reading]:
    """ "Alibaba has invested in Lazada and Tokopedia": one deal per company bought into,
    when no price or stake says they were bought together."""
    out = []
    for reading in readings:
        bought = [c for c, r in reading.parties.items() if SIDE[r] == "bought"]
        if (
            len(bought) < 2
            or reading.kind in MUTUAL_KINDS
            or reading.value is not None
            or reading.stake is not None
        ):
            out.append(reading)
            continue
        others = {c: r for c, r in reading.parties.items() if SIDE[r] != "bought"}
        out += [
            dataclasses.replace(reading, parties={**others, b: reading.parties[b]}, separate=True)
            for b in bought
        ]
    return out


def _take(reading: _Reading, current, deals: list, meta: dict, sentence: _Sentence, matcher):
    """Add what one clause says to the deal it continues, or start a new one; returns the
    deal being told."""
    text = sentence.text
    target = None
    if current is not None and reading.voice != "rival" and _continues(current, reading):
        target = current
    if target is None:
        for deal in deals:
            if _compatible(deal, reading) and set(reading.parties) == set(deal.parties):
                target = deal
                break
    if target is not None:
        _merge(target, reading, sentence, matcher)
        meta[id(target)]["reference"] |= reading.from_reference
        return target
    if not _enough(reading):
        return current
    value = reading.value
    facts = DealFacts(
        kind=reading.kind,
        status=reading.status or DEFAULT_STATUS,
        parties=reading.parties,
        value=value.value if value else None,
        currency=value.currency if value else "",
        stake=reading.stake,
        evidence=text,
        slugs={c: matcher.companies[c].slug for c in reading.parties},
        sentences=[text],
    )
    meta[id(facts)] = {
        "verb": reading.verb,
        "status_word": bool(reading.status),
        "reference": reading.from_reference,
    }
    deals.append(facts)
    return facts


def _merge(deal: DealFacts, reading: _Reading, sentence: _Sentence, matcher) -> None:
    """A later sentence about the same deal fills its gaps."""
    for company, role in reading.parties.items():
        if company not in deal.parties:
            if deal.kind in MUTUAL_KINDS:
                role = Role.PARTNER
            elif SIDE[role] == "buyer":
                role = BUYER_ROLE[deal.kind]
            elif SIDE[role] == "bought":
                role = BOUGHT_ROLE[deal.kind]
            deal.parties[company] = role
            deal.slugs[company] = matcher.companies[company].slug
    if deal.value is None and reading.value is not None:
        deal.value, deal.currency = reading.value.value, reading.value.currency
    if deal.stake is None and reading.stake is not None:
        deal.stake = reading.stake
    if reading.status == Status.COLLAPSED:
        deal.status = Status.COLLAPSED
    if sentence.text not in deal.sentences:
        deal.sentences.append(sentence.text)


def _follow_up(deal: DealFacts, sentence: _Sentence) -> None:
    """A sentence with no trigger of its own: "It will pay 3.4bn kronor", "A deal could
    value the company at ¥450bn", "The group will own 60 per cent", "The deal collapsed"."""
    text = sentence.text
    added = False
    if deal.value is None and (money := _value(sentence, 0, len(text), cue_needed=True)):
        deal.value, deal.currency = money.value, money.currency
        added = True
    if deal.stake is None and deal.kind not in MUTUAL_KINDS:
        stake = _stake(text, 0, len(text), sentence.masked)
        if stake is not None:
            deal.stake = stake
            added = True
    if STATUS_NEWS.search(text) or (
        any(h.company in deal.parties for h in sentence.story_hits) and WALKED_AWAY.search(text)
    ):
        news = _status(text, STATUSES[:2])  # only an end or a completion moves it on here
        if news == Status.COLLAPSED and PAUSED_TALKS.search(text):
            news = ""
        if news:
            deal.status = news
            added = True
    if added and text not in deal.sentences:
        deal.sentences.append(text)
