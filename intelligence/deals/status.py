"""Where a deal stands, from the words that govern its trigger: rumoured, in talks,
announced, completed, collapsed; denials."""

import re

from core.money import MONEY_SIGN

from .kinds import Status, _words
from .triggers import OWNED_NOW

# --- status ----------------------------------------------------------------------------
STATUSES = [
    (Status.COLLAPSED, _words(
        r"\b(?:collaps\w*|abandon\w*|call(?:ed|s|ing)? off|walk(?:ed|s|ing)? away|scrapp\w*"
        r"|fell through|f[ae]ll(?:s|en)? through|terminat\w*|pull(?:ed|s|ing)? out|gave up|give up"
        # "an overnight block trade", "a block of shares": a way of selling, not a veto; "a
        # blocking stake", "a blocking minority": a holding that can stop a resolution.
        r"|block(?:ed|s|ing)?(?!\s+(?:trades?|sales?|deals?|of|purchases?|orders?|trading"
        r"|placements?|buys?|transactions?|stakes?|holdings?|minority|minorities|vote)\b)"
        # "vetoed the deal", not "veto rights over budgets".
        r"|prohibit\w*|veto(?:ed|es)|veto(?=\s+(?:the|a|an|its|their|any)\s+(?:[\w-]+\s+)?"
        r"(?:deal|merger|takeover|bid|offer|sale|acquisition|transaction|purchase))"
        r"|reject(?:ed|s)|withdr[ae]w\w*|broke off|end(?:ed|s) talks"
        # "ended its agreed sale to Pizol"
        r"|end(?:ed|s)\s+(?:its|their|the)\s+(?:agreed\s+|planned\s+)?(?:sale|deal|agreement"
        r"|merger|takeover|purchase)"
        r"|voted (?:down|against)|rebuff\w*|spurn\w*|turned down"
        # "voted 312 to 190 on Saturday against combining with X"
        r"|voted\s+[^.;]{0,40}?\bagainst\b"
        r"|talks (?:have |had |has )?(?:ended|collapsed|broke(?:n)? down|failed)"
        r"|without (?:an? )?(?:agreement|deal)|f[ae]ll(?:s|en|ing)? apart"
        r"|failed to (?:secure|agree|win)|laps(?:ed|es)"
        r"|let\s+(?:its|the|their)\s+(?:[\w$£€¥.,-]+\s+){0,8}?lapse\b"
        r"|(?:wind|winds|winding|wound) (?:up|down)"
        r"|dissolv\w*|unwind\w*|unwound"
        # "will not go ahead", "is not going ahead"
        r"|(?:will|would|wo)(?: not|n['’]t) (?:go ahead|proceed)|(?:is|are) not going ahead"
        # "their boards had decided not to proceed"
        r"|(?:decided|decide|decides|agreed|chose|opted) not to (?:proceed|go ahead)"
        r"|(?:leav(?:e|es|ing)|left) (?:the|its|their) (?:[\w-]+ )?(?:venture|partnership|alliance"
        r"|joint venture)"
        r"|(?:end|exit|quit|drop|terminate)(?:s|ed|ing|ped|ping)? (?:its|their|the) (?:[\w-]+ )?"
        r"(?:partnership|alliance|tie-up|venture|agreement|deal|code-?share|cooperation"
        r"|collaboration|relationship)|put on (?:hold|ice)|shelv(?:e|es|ed|ing)"
        r"|failed (?:attempt|bid|effort|approach|offer|merger|takeover)"
        # "X's bid to buy Y failed in 2019" (not "failed to …", told above)
        r"|(?:bid|offer|approach|attempt|effort|takeover|merger|purchase)\b[^.;]{0,50}?"
        r"\bfailed\b(?!\s+to\b)"
        r"|(?:pull|withdr[ae]w|drop|ditch)(?:s|es|ed|ping|ped|ing|n)? (?:its|their|the)"
        r" (?:[\w$£€¥.,-]+ ){0,3}?(?:bid|offer|approach|proposal|pursuit|plans?|attempt)"
        r"|(?:talks|negotiations|discussions|plans?|deal|sale|merger|takeover|bid) (?:\w+ ){0,3}?"
        r"(?:suspended|paused|halted|frozen)"
        r"|(?:suspend|paus|halt)(?:s|ed|ing)? (?:the |its |their )?(?:talks|negotiations"
        r"|discussions|plans?|sale|merger|bid)"
        # The desk's own words for an end: "pulled the plug on", "tore up their merger
        # agreement", "the bid is dead", "the takeover is off".
        r"|pull(?:s|ed|ing)? the plug on|(?:tore|torn|tear(?:s|ing)?) up"
        # (an aside may come between: "its purchase of X, the whitefish processor, was off")
        r"|(?:bid|offer|deal|takeover|merger|sale|approach|talks|purchase)\b"
        r"(?:[^.;,]|,[^.;,]{1,60},){0,80}?"
        r"\b(?:is|are|was|were) (?:now |officially )?(?:(?:dead|off)\b(?! the (?:table|market))"
        r"|over(?=\s*(?:[.,;:\"”’)]|$)))"
        # "On Wednesday the competition regulator stopped them."
        r"|stopped (?:it|them|the (?:deal|merger|takeover|sale|purchase|bid|combination"
        r"|transaction))"
        r"|scupper(?:s|ed|ing)?|sank|sunk"
        # "the bid ended in 2021 when regulators objected" (not "the deal ended a search")
        r"|(?:bid|offer|takeover|merger|approach|pursuit|attempt)\b[^.;,]{0,40}?\bended"
        r"(?=\s*(?:[.,;]|$|(?:in|on|when|after|without|abruptly|there)\b)))\b"
    )),
    (Status.COMPLETED, _words(
        # "the sale completes a two-year effort to shrink": what the deal completes, not it.
        r"\b(?:complet(?:ed|es)(?!\s+(?:an?|its|the|their)\s+(?:[\w'’-]+\s+){0,3}?(?:effort|plan"
        r"|strategy|overhaul|programme|program|shift|transformation|push|drive|turnaround"
        r"|restructuring|reorgani[sz]ation|exit|retreat|withdrawal)\b)"
        r"|(?:closed|finished) (?:its|the|their)|ha(?:s|d|ve) closed"
        # A venture "has been formally established", "was registered on Monday"
        r"|(?:has|have|had) been (?:formally |officially )?(?:established|registered"
        r"|incorporated)"
        # "wrapped up its acquisition", "has finished buying", "has taken ownership of"
        r"|wrap(?:ped|s)? up|finished (?:buying|acquiring)|(?:taken|took|takes) ownership of"
        r"|finali[sz]ed|(?:after|upon|on)\s+(?:completing|closing|finali[sz]ing)"
        r"|ha(?:s|ve|d) raised|ha(?:s|ve|d) secured|ha(?:s|ve|d) invested|ha(?:s|ve|d) bought"
        r"|ha(?:s|ve|d) acquired|secured|bought|acquired|took control|took over"
        # "has paid €18 million for new shares equal to 15% of X"
        r"|ha(?:s|ve) paid(?=\s+(?:about\s+|some\s+|nearly\s+)?(?:[$£€¥₩₹]|[A-Z]{1,3}\$|\d"
        r"|(?-i:[A-Z]{3})\s?\d)[^.;]{0,40}?\bfor\b)"
        r"|(?:took|ha(?:s|ve|d)\s+taken)(?=\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?\d[\d.]*\s?"
        r"(?:%|per\s?cent|pc)\s+(?:of|in)\b)"
        # "raised its offer", "the raised offer": a better price, not money raised.
        r"|(?<!the )(?<!a )(?<!its )(?<!their )(?<!this )"
        r"raised(?! (?:its|their|the) (?:[\w-]+ )?(?:offer|bid|proposal|price))"
        r"|(?:increased|lifted|upped|boosted|built|doubled|raised|amassed|accumulated)"
        r" (?:its|their|the|an?) (?:[\w.%-]+ ){0,3}?(?:stake|holding|shareholding|position)"
        r"|invested|led|sold|snapped up|scooped up|swallowed|ha(?:s|ve|d) (?:injected|poured)"
        # ("had put it at about S/ 280 millones": a price estimated, not money put in)
        r"|ha(?:s|ve|d) put(?! (?:it|the (?:price|value|deal|figure|sum)|its (?:value|price)) at\b)"
        # A round told in the present, as briefs and headlines tell the news: "X raises $45m".
        r"|(?:raises|secures|lands|bags|nets) (?=(?:about |nearly |some |over |more than )?"
        r"(?:[$£€¥₩₹]|[A-Z]{1,3}\$|(?:(?-i:[A-Z]{3})|" + MONEY_SIGN + r")\s?\d))"
        r"|(?:picked up|amassed)(?= (?:a further |another |nearly |almost |about )?\d)"
        # Past forms of a sale or a merger: "offloaded Fjellpay to", "merged with Fjellpay".
        r"|offloaded|divested|disposed of|(?<!agreed to )(?<!will )(?<!to )(?:merged|combined)"
        r" (?:with|into)"
        r"|ha(?:s|ve|d) (?:now |already )?taken"
        r"|took (?:[\w.%-]+ ){0,4}?(?:stake|holding|shareholding|control|majority)"
        r"|(?:pulled|raked|drawn|drew|brought) in|absorbed"
        # "The money changed hands on Monday: ISK 9.8 billion, paid by …"
        r"|changed hands"
        r"|ha(?:s|ve|d) (?:landed|netted|bagged)"
        r"|closed an?|(?:closed|completed|went through) (?:on|last|this|earlier)\b"
        # "The merger of X and Y took effect on Sept. 1"
        r"|(?:took|has taken|have taken) effect|became effective"
        # "announced yesterday the completion of its acquisition of X"
        r"|(?:announced|announces|confirmed|confirms|marked|marks|reported|celebrated)\s+"
        r"(?:\w+\s+){0,2}?the\s+completion\s+of"
        r"|(?:deal|transaction|acquisition|purchase|sale|takeover|merger) (?:was |has |had )?(?:now |finally |formally )?(?:been )?(?:closed|completed)"  # noqa: E501
        # Ownership told as a state that has just changed ("is now owned by", "passed into
        # the hands of", "became a wholly owned subsidiary of"): done.
        r"|" + OWNED_NOW.removeprefix(r"\b")
        # "Control of Fjellpay passed to Halden", "Halden now owns Fjellpay"
        + r"|control\s+(?:of|over)\s+[^.;,]{1,140}?\b(?:pass(?:es|ed)|transferred|went)\s+"
        r"(?:on\s+\w+day\s+)?to"
        r"|now\s+(?:(?:wholly|fully|solely)\s+)?(?:owns|controls|owned(?=\s+(?:all|100|the\s+whole)))"
        r")\b"
    )),
    (Status.IN_TALKS, _words(
        r"\b(?:in (?:advanced |early |exclusive |preliminary )?(?:merger |takeover |sale )?talks"
        r"|advanced[- ]stage negotiations"
        # Close to agreeing: "is nearing a deal to buy", "on the verge of buying", "close to
        # an agreement".
        r"|(?:nearing|nears|near|close to|closing in on|on the verge of|on the brink of)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w$£€¥.,-]+\s+){0,2}?(?:deal|agreement|takeover|acquisition"
        r"|purchase|merger|sale|buying|acquiring|selling|merging|agreeing"
        # "close to making an offer", "nearing a formal bid": a bid not yet made.
        r"|offer|bid|approach)"
        r"|negotiat\w*|in discussions|discussing|talks (?:with|over|on|to|between|about)"
        r"|(?:hammer|thrash)(?:s|ed|ing)? out|in due diligence"
        r"|discussions (?:with|between|about|over|on))\b"
    )),
    (Status.RUMOURED, _words(
        r"\b(?:rumou?r\w*|reportedly|consider(?:s|ed|ing)?|under consideration"
        r"|(?:not|n['’]t|never) (?:yet )?rul(?:e|ed|es|ing) out"
        # (Not "exploration", "considerable".)
        r"|weigh(?:s|ing)?|explor(?:e|es|ed|ing)|could (?:buy|invest)"
        # "is studying an offer for X", "is evaluating a bid"
        r"|(?:(?:is|are|was|were)\s+|\bto\s+)(?:stud(?:y|ying)|evaluat(?:e|ing)|assess(?:ing)?)\s+(?:an?\s+|the\s+)?(?:possible\s+)?"
        r"(?:offer|bid|takeover|purchase|acquisition|merger|deal|approach)"
        r"|bankers (?:said|say|says|told)|according to (?:\w+ )?bankers"
        # "brokers say", "a Kathmandu business weekly reported on Sunday"
        r"|(?:brokers|insiders) (?:said|say|says|told)"
        r"|(?:newspaper|weekly|daily|paper|magazine|website|news\s+site|broadcaster|news\s+agency"
        r"|tabloid) (?:reported|reports|said|says|claimed|claims|named|names|identified)"
        r"|among (?:the )?(?:[\w-]+ )?(?:suitors|possible buyers|potential buyers)"
        r"|people (?:familiar|with knowledge|briefed|close)|sources (?:said|say)|possible sale"
        r"|(?:possible|potential) (?:sale|deal|bid|offer|takeover|merger|acquisition)|could fetch"
        r"|is understood to|approach(?:ed|es)?|(?:is|are) said to|briefed on|mull\w*"
        r"|sound(?:s|ed|ing)? out"
        r"|look(?:s|ing)? at (?:buying|selling|a (?:sale|bid|deal|merger|takeover))"
        r"|eye(?:s|ing|d)? (?:a |an )?(?:bid|deal|sale|takeover|merger|acquisition)"
        r"|(?:been |being |is |was )linked (?:with|to)|tipped (?:to|as)"
        # "has been named in market gossip as a possible partner for a bid"
        r"|gossip\w*|(?:market|press|trading[- ]floor) (?:talk|chatter)"
        r"|prepar(?:es|ing) (?:a |an )?(?:[\w-]+ )?(?:bid|offer|approach|takeover)"
        r"|according to (?:the |a |media |press )?(?:reports?|newspaper|media"
        r"|(?-i:[A-Z])\w+ (?:\w+ )?(?:Review|Times|Journal|Post|News|Herald|Telegraph)))\b"
    )),
    (Status.ANNOUNCED, _words(
        # "its previously announced acquisition" dates the deal; the news is elsewhere.
        r"\b(?<!previously )(?<!already )(?<!originally )(?<!recently )(?<!earlier )"
        r"(?:agree[sd]?|agreement|said it would|says it will|will|signed|announc\w*"
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
        "quit", "drop", "ditch",
        "suspend", "paus", "halt", "frozen", "laps", "wind", "wound", "dissolv", "unwind",
        "plug", "tore", "torn", "tear", "dead", " off", "scupper", "sank", "sunk", "stopped",
        "s over", "re over", "not go", "n't go", "not proceed", "n't proceed", "not going",
        "not to proceed", "not to go",
        "leave the", "leaves the", "leaving the", "left the", "leave its", "leaves its",
        "leaving its", "left its", "leave their", "leaving their", "left their",
    ),
    Status.COMPLETED: (
        "complet", "closed", "finished", "been established", "been formally", "been officially",
        "been registered", "been incorporated", "finali", "raised", "raises", "secure", "lands",
        "bags",
        "changed hands", "nets", "invested", "bought", "s paid", "ve paid",
        "acquired",
        "took", "led", "sold", "snapped up", "scooped up", "picked up", "swallowed", "put",
        "injected",
        "poured", "taken", "pulled", "raked", "drawn", "drew", "brought", "absorbed", "increased",
        "lifted", "upped", "boosted", "built", "doubled", "landed", "netted", "bagged",
        "amassed", "accumulated", "went through", "now", "pass", "transfer", "fell", "fall",
        "offloaded", "divested", "disposed", "merged", "combined",
        "becam", "becom", "control", "owns", "effect", "completion", "wrap", "ownership",
    ),
    Status.IN_TALKS: (
        "talks", "negotiat", "discuss", "near", "close to", "closing in", "verge", "brink",
        "hammer", "thrash", "diligence",
    ),
    Status.RUMOURED: (
        "rumo", "reportedly", "consider", "rul", "weigh", "explor", "could", "people", "sources",
        "study", "studying", "evaluat", "assess", "bankers", "suitors", "buyers",
        "possible", "potential", "understood", "approach", "said to", "briefed", "mull", "look",
        "eye", "prepar", "according to", "linked", "tipped", "gossip", "talk", "chatter", "sound",
        "brokers", "insiders", "paper", "weekly", "daily", "magazine",
        "site", "broadcaster", "agency", "tabloid",
    ),
    Status.ANNOUNCED: (
        "agree", "said it would", "says it will", "will", "signed", "announc", "plans to", "is to",
        "made a", "offer",
    ),
}  # fmt: skip
DEFAULT_STATUS = Status.ANNOUNCED
NOT_YET_BEFORE = _words(
    # "has not yet completed", "never closed": a completion denied.
    r"\b(?:not|n['’]t|never)\s+(?:yet\s+)?$|"
    r"(?:\b(?:is|are|was|were)\s+being|\b(?:to|will|would|could|may|might|should|shall"
    r"|must|can)\s+(?:(?:not|now|soon|also|then)\s+)?be)\s+(?:\w+\s+)?$"
)
# A deal's end or completion told as a prospect, not as news: "expects the deal to be
# completed next year", "could still walk away", "is due to close", "if regulators block it".
HEDGED_BEFORE = _words(
    r"\b(?:could|would|might|may|can|should|expects?|expected|expecting|hopes?|aims?"
    r"|intends?|likely|unlikely|due|if|unless|until|risk|risks|threaten\w*"
    # A right to end it is not its end: "a clause allowing it to terminate the deal", "the
    # option to walk away", "feared the deal would collapse".
    r"|allow(?:s|ed|ing)?|permit\w*|enabl\w*|entitl\w*|let|lets|letting|clause|right|option"
    r"|power|fear\w*|worr\w*"
    # Weighed, not done: "had considered terminating the agreement", "once the deal
    # completes", "sought to block it", "threatened to walk away".
    r"|consider\w*|contemplat\w*|weigh\w*|discuss\w*|once|sought|seek\w*|tried|trying"
    r"|attempt\w*|urg\w*|call(?:ed|ing|s)?\s+(?:on|for)|asked|push\w*|lobb\w*)\b"
    # Quotes may stand between: 'its special "golden power" to block it'.
    r"(?:[\s\"“”‘’']+[\w'’-]+){0,4}[\s\"“”‘’']+$"
)
# A completion in the present after a word of time is one to come: "when the deal
# completes", "before the sale closes".
TO_COME_BEFORE = _words(r"\b(?:when|before|after|until|till|as soon as)\b(?:\s+[\w'’-]+){0,4}\s+$")
TO_COME_PASSIVE_BEFORE = _words(
    r"\b(?:when|before|after|until|till|once|as soon as)\b(?:\s+[\w'’-]+){0,4}\s+"
    r"(?:is|are|has\s+been|have\s+been)\s+$"
)
# "announced after the market closed on Wednesday", "shares closed 3% higher": the day's
# trading ends, not a deal.
MARKET_BEFORE = _words(
    r"\b(?:market|markets|trading|shares|stock|stocks|exchange|session|bourse)\s+$"
)
# "has until October 1 to bid or walk away", "may still call off the deal": an end in its
# bare form after "or" or a modal of doubt is a prospect, not news ("will end its codeshare"
# is a decision, and news).
BARE_END = _words(
    r"(?:walk|pull|call|give|block|veto|terminate|abandon|scrap|shelve|dissolve|unwind|end|exit"
    r"|quit|drop|withdraw|reject|collapse|wind)\b"
)
PROSPECT_BEFORE = _words(
    r"\b(?:or|not|n['’]t|could|might|may|can|must|should)"
    r"(?:\s+(?:still|yet|also|simply|then))?\s+$"
)


def _prospect_end(text: str, start: int) -> bool:
    """An end told in its bare form after "or" or a modal of doubt: "… to bid or walk away"."""
    return bool(
        BARE_END.match(text, start) and PROSPECT_BEFORE.search(text, max(0, start - 20), start)
    )


# "tried to buy a Belgian leasing company in 2021 but pulled out": a sentence about another,
# unnamed deal; its end or completion is not the news deal's.
ANOTHER_DEAL = _words(
    r"\b(?:buy|buys|buying|bought|acquire[sd]?|acquiring|purchase of|takeover of|acquisition of"
    r"|bid for|offer for|merge with|merger with)\s+(?:an?|another|one|two|three|several|other)"
    r"\s+(?!(?:[\w-]+\s+)?(?:stake|holding|majority|minority|further|additional|share|per)\b)"
)
# A cue after the trigger in a clause of time or reason ("launched a bid for X after its
# board rejected two approaches") tells what led to the deal, not where it stands.
SUBORDINATE = _words(r"[\s,]+(?:after|since|because|when|following|despite|although|though)\b")
# Talks paused are still talks.
PAUSED_TALKS = _words(
    r"\b(?:talks|negotiations|discussions)\b[^.;]{0,100}?\b(?:put on hold|paused|suspended"
    r"|halted|frozen)\b|\b(?:paus|suspend|halt)(?:ed|es|s|ing)? (?:the |their |its )?"
    r"(?:talks|negotiations|discussions)\b"
)
DENIAL = _words(
    r"\b(?:den(?:y|ies|ied)|no truth|not in (?:talks|discussions|negotiations)"
    # Not "ending months of speculation about its future", "amid speculation".
    r"|(?<!of )(?<!ending )(?<!ended )(?<!fuelled )(?<!fueled )(?<!sparked )(?<!amid )speculation"
    # "ruled out a bid" denies; "did not rule out a bid" leaves it open (rumoured).
    r"|(?<!not )(?<!n't )(?<!n’t )(?<!never )rul(?:ed|es) out"
    r"|no plans to (?:buy|sell|merge|bid)|dismiss(?:ed|es)? as|baseless|unfounded"
    # "The appointment does not mean Trevose is buying Gwithian"
    r"|(?:does|did|do|would|will)\s*(?:not|n['’]t)\s+(?:mean\s+(?:that\s+)?|amount\s+to\b)"
    # "said it had \"no knowledge\" of any talks"
    r"|no[\"“]?\s*(?:knowledge|awareness)[\"”]?\s+of\s+(?:any|the|such)\b"
    r"|(?:no|not have any|did not have any|does not have any) (?:current |present )?"
    r"(?:intention|plans?)[\"”’']? (?:of|to)"
    r"|(?:is|was|are|were) not (?:interested in|considering|planning|pursuing|exploring|selling"
    r"|buying|bidding|looking to (?:sell|buy|bid|merge)|seeking (?:to sell|a buyer))"
    # "said there was no substance to reports", "called reports … inaccurate", "reports of
    # a merger were untrue", "no interest in buying", "played down talk of a takeover".
    r"|no (?:substance|basis|foundation)|without (?:any )?(?:substance|basis|foundation)"
    r"|(?:reports?|speculation|suggestions?|claims?|rumou?rs?)\b[^.;]{0,80}\b(?:untrue|inaccurate"
    r"|incorrect|false|wrong|not true)"
    r"|no interest in (?:buying|acquiring|selling|merging|bidding|a (?:deal|merger|takeover|bid))"
    r"|(?:played|plays|playing|play) down (?:the )?(?:talk|speculation|reports?|suggestions?)"
    r"|downplay(?:ed|s|ing)? (?:the )?(?:talk|speculation|reports?|suggestions?)"
    r"|(?:there (?:have|has|had) been|there (?:are|were|is|was)) no (?:\w+ )?(?:talks|discussions"
    r"|negotiations|approach)"
    # "rejected reports that it would bid", "had not received any approach", "does not
    # intend to make an offer", "the unit is not for sale".
    r"|(?:reject|dismiss)(?:ed|es|s|ing)? (?:the |a |an |media |press |newspaper )?"
    r"(?:reports?|speculation|suggestions?|claims?|rumou?rs?)"
    r"|(?:has|had|have|did|does|do) not (?:received|had) (?:any |an? )?(?:approach|offer|bid"
    r"|proposal)s?|not intend(?:s|ed)? to|(?:does|did|do) not intend"
    # "We have not been approached, and we are not looking."
    r"|(?:has|have|had) not been approached|(?:were|was) never approached"
    r"|no (?:current )?plans? to (?:divest|dispose|acquire|make an? (?:offer|bid))"
    r"|not (?:up )?for sale"
    # A buyer that chose not to: "declined to buy X", "balked at paying", "passed up the
    # chance to invest", "won't bid".
    r"|(?:declin|refus)(?:ed|es|e|ing) to (?:buy|acquire|invest|bid|take a stake|make an? "
    r"(?:offer|bid))|balk(?:ed|s|ing)? at (?:buying|acquiring|investing|bidding|paying)"
    r"|pass(?:ed|es|ing)? (?:up|on) (?:the |an? )?(?:chance|opportunity)"
    r"|(?:will|would|wo)(?:\s*not|n['’]t) (?:bid|make an? (?:offer|bid)|(?:build|take|buy"
    r"|acquire|seek) (?:a |any )?(?:stake|holding|shareholding|shares))"
    # "a letter of intent … never became a contract", "Neither bank has proposed any such thing"
    r"|never (?:became|turned into|led to|resulted in|amounted to|produced) (?:a|an|any) "
    r"(?:binding )?(?:contract|deal|agreement|sale|purchase|offer|bid|transaction)"
    r"|(?:has|have|had) (?:not )?proposed (?:any|no) such thing"
    # "had 'no appetite' for buying a second terminal and was not in contact with X"
    r"|no[\"“]?\s*appetite[\"”]?\s+for|not\s+(?:been\s+)?in\s+contact\s+with"
    r"|(?:said|says|say|saying) no to (?:selling|buying|merging|investing|a sale|any sale"
    r"|outside (?:investors|shareholders))"
    # "Halden later said it had no such plans"
    r"|no\s+such\s+(?:plans?|intention|talks|discussions|approach)"
    # "no agreement, no negotiation and no discussion about a sale had taken place"
    r"|no (?:agreement|negotiations?|discussions?|talks)\b[^.;]{0,80}?\b(?:ha[sd]|have)"
    r" (?:taken place|been held|occurred)"
    # A correction: "An article on Tuesday wrongly said that X had agreed to sell a stake".
    r"|(?:wrongly|incorrectly|mistakenly|erroneously|falsely)\s+(?:said|reported|stated"
    r"|suggested|described|claimed|wrote))\b"
)


AND_THEN_BEFORE = _words(
    r"\band\s+(?:then\s+|later\s+|finally\s+|now\s+|since\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(?:now\s+|since\s+|finally\s+)?$"
)


ANOTHER_DEAL_AFTER = _words(
    r"\s+(?:an?|another|two|three|several|other)\s+(?:[\w-]+\s+){0,2}?(?:takeovers?|deals?|mergers?"
    r"|purchases?|acquisitions?|bids?|offers?)\b"
)


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
    cues = [c for c in cues if not (c[3] == Status.COLLAPSED and _prospect_end(text, c[0]))]
    # "…, which blocked a brewery takeover last week": an end told of another deal, named
    # with "a" after the trigger, is a record, not this deal's status.
    cues = [c for c in cues if not (c[0] > trigger.end() and ANOTHER_DEAL_AFTER.match(text, c[1]))]
    before = [c for c in cues if c[0] < trigger.start()]
    if (
        not before
        and trigger.group(0).lower().endswith("ing")
        and PROGRESSIVE_BEFORE.search(text, max(0, trigger.start() - 12), trigger.start())
    ):
        # "X is raising about $60m in a round led by Y": under way, not done, whatever a
        # description after it says ("led by").
        cues = [c for c in cues if c[3] != Status.COMPLETED]
        if not cues:
            heard = _status(text[:lo] + " " + text[hi:])
            return heard if heard in (Status.RUMOURED, Status.IN_TALKS) else Status.ANNOUNCED
    if not before and (sub := SUBORDINATE.search(text, trigger.end(), hi)):
        cues = [c for c in cues if c[0] < sub.start()]
    if before:
        last = max(before, key=lambda c: (c[1], -c[2]))
        # "agreed to buy Fjellpay last year and completed the deal on Monday": the act
        # joined after the agreement is where the deal now stands.
        joined_end = [
            c
            for c in cues
            if c[0] > trigger.end()
            and c[3] in (Status.COMPLETED, Status.COLLAPSED)
            and AND_THEN_BEFORE.search(text, max(0, c[0] - 30), c[0])
        ]
        if last[3] == Status.ANNOUNCED and joined_end:
            return min(joined_end)[3]
        if (
            last[3] == Status.ANNOUNCED
            and AGREEMENT_NOUN.fullmatch(text, last[0], last[1])
            and not text[last[1] : trigger.start()].strip(" to")
        ):
            # "X's agreement to buy 60% of Y has lapsed": the agreement is the subject, and
            # its verb tells where the deal stands.
            told_of_it = [
                c
                for c in cues
                if c[0] > trigger.end()
                and c[3] in (Status.COMPLETED, Status.COLLAPSED)
                and AUXILIARY_BEFORE.search(text, max(0, c[0] - 12), c[0])
            ]
            if told_of_it:
                return min(told_of_it)[3]
        if last[3] in (Status.IN_TALKS, Status.RUMOURED, Status.ANNOUNCED) and any(
            c[3] == Status.COLLAPSED and 0 <= last[0] - c[1] <= 25 for c in before
        ):
            # "walked away from talks to buy", "ended talks on", "terminated its agreement
            # to buy", "walked away from its agreed takeover"
            return Status.COLLAPSED
        if last[3] in (Status.IN_TALKS, Status.RUMOURED) and any(
            c[3] == Status.COLLAPSED and c[0] > trigger.start() for c in cues
        ):
            return Status.COLLAPSED  # "talks between X and Y over a merger have ended"
        if (
            last[3] == Status.RUMOURED
            and any(c[3] == Status.IN_TALKS for c in before)
            and all(POSSIBLE_OBJECT.match(text, c[0]) for c in cues if c[3] == Status.RUMOURED)
        ):
            return Status.IN_TALKS  # "is in exclusive talks with X about a possible acquisition"
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


PROGRESSIVE_BEFORE = _words(r"\b(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?$")
AGREEMENT_NOUN = _words(r"(?:agreement|deal|plan|offer|bid|proposal|pact|contract)")
AUXILIARY_BEFORE = _words(r"\b(?:has|have|had|was|were|is|are|been)\s+$")
# "a possible acquisition": a hedge on the object of talks, not a rumour of them.
POSSIBLE_OBJECT = _words(r"(?:possible|potential)\b")
DESCRIBED_DEAL_BEFORE = _words(r"\b(?:the|its|their|this|that)\s+(?:now\s+)?$")
PARTICIPLE = _words(r"[a-z]+ed")


def _news_status(text: str) -> str:
    """An end or a completion a sentence tells as news of the deal being told: not one told
    as a prospect ("could still walk away", "expects the deal to be completed") nor one of
    another, unnamed deal ("tried to buy a Belgian lessor in 2021 but pulled out")."""
    lowered = text.lower()
    if ANOTHER_DEAL.search(text):
        return ""
    for status, pattern in STATUSES[:2]:
        if not any(hint in lowered for hint in STATUS_HINTS[status]):
            continue
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 50) : match.start()]
            if HEDGED_BEFORE.search(before) or NOT_YET_BEFORE.search(before):
                continue
            if match.group(0).lower().endswith("es") and TO_COME_BEFORE.search(before):
                continue  # "when the deal completes": a completion to come
            if TO_COME_PASSIVE_BEFORE.search(before):
                continue  # "will pay €40m when the deal is completed"
            if PARTICIPLE.fullmatch(match.group(0)) and DESCRIBED_DEAL_BEFORE.search(before):
                continue  # "Under the terminated agreement, …": a description, not news
            if MARKET_BEFORE.search(before) or _prospect_end(text, match.start()):
                continue  # "after the market closed on Wednesday": trading, not the deal
            return status
    return ""
