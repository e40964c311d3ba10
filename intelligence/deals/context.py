"""Who is who around a trigger: context that makes a company no party (an adviser, a
rival, an owner), prepositions that give roles, asides, references ("the Swedish
lender"), background and news-time cues."""

import re

from .kinds import _words
from .nations import COUNTRY_NAMES, NATIONALITIES

# --- parties ---------------------------------------------------------------------------
# Companies named only as context for another are not parties.
CONTEXT_BEFORE = _words(
    r"(?:subsidiary|unit|affiliate|arm|division|parent|owner|part|rival|rivals|competitor"
    r"|backer|spin-off|spinoff|customer|client|supplier) of\s*(?:the\s+)?$"
    r"|\b(?:owned|controlled) by\s*$|\b(?:like|such as|rival|rivals)\s+$"
    r"|\b(?:hired|appointed|mandated|retained|advised by|advisers?|analysts at|brokers?)\s+$"
    r"|\b(?:(?:advised|represented|counselled|underwritten|arranged|brokered)"
    r"\s+(?:on\s+(?:[\w-]+\s+){0,3}?)?by"
    r"|advis(?:ers?|ors?) (?:including|such as))\s*(?:the\s+)?$"
    # "advised by Swedish bank X": the adviser told by its trade.
    r"|\b(?:advised|represented|counselled)\s+by\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bank|firm|adviser|advisor|boutique|house|lawyers?|broker)\s+$"
    # "The financial adviser of the buyer was X", "advisers to the deal were X and Y"
    r"|\badvis[eo]rs?\s+(?:to|of|for|on)\b[^.;]{0,40}\b(?:was|is|were|are)\s+(?:the\s+)?$"
    # Lenders to a deal are not its parties: "financed by a loan from X", "a bridge loan
    # from X and Y".
    r"|\b(?:loans?|financing|facility|facilities|credit|debt|borrowing)\s+(?:\w+\s+){0,2}?"
    r"(?:from|by|with)\s*(?:the\s+)?$"
)
ADVISED_BY_BEFORE = _words(
    r"\b(?:advised|represented|counselled)\s+(?:on\s+(?:[\w-]+\s+){0,3}?)?by\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w-]+\s+)?(?:[\w-]+\s+){0,2}?(?:bank|firm|adviser|advisor|boutique|house"
    r"|lawyers?|broker\s+)?$"
)
# "agreed to acquire rival Nordlys", "bought 29.9pc of rival Nordlys", "a 20% stake in its
# rival Nordlys": the rival is the object.
RIVAL_OBJECT = _words(
    r"\s+(?:(?:an?\s+)?\d+(?:\.\d+)?\s*(?:pc|%|per\s*cent|percent)\s+(?:stake\s+|holding\s+)?"
    r"(?:of|in)\s+)?(?:(?:its|the|a|an)\s+)?(?:[\w-]+\s+)?(?:rival|competitor|peer)s?\s+"
)
# Advisers, underwriters and brokers of a deal are not its parties: "Corvid advised
# Halden on its purchase", "Brightwater underwrote the deal", "acted as financial adviser".
ADVISER_AFTER = _words(
    r"^(?:['’]s?)?(?:\s+(?:and|,)\s+[^,.;]{0,40}?)?\s+(?:(?:is|are|was|were|has been"
    r"|have been|had been|will be)\s+)?(?:also\s+)?(?:advis(?:e[ds]?|ing)\b|act(?:s|ed|ing)? as"
    r"|(?:the\s+)?(?:sole\s+|lead\s+|financial\s+|legal\s+)*advis[eo]rs?\b|counsel\b"
    r"|underwr(?:ote|ites|iting|itten)\b|arrang(?:ed|es|ing) (?:the|a|an)\b"
    r"|brok(?:ered|ers|ering)\b"
    r"|(?:provid|lend|arrang)(?:e|es|ed|ing)\b(?=(?:[^.;]|\.(?=\d)){0,40}\b(?:loans?|debt|credit|bridge"
    r"|facility|facilities)\b)|lent\b"
    r"|(?:is|are|was|were) (?:the )?(?:sole |lead )?(?:bookrunners?|underwriters?|brokers?)\b)"
)
CONTEXT_AFTER = _words(
    r"^(?:['’]s?)?\s+(?:(?:and|,)\s+[^,.;]{0,40}?)?(?:to advise|as\s+(?:(?:its|their|the|an?"
    r"|sole|lead|joint|financial|legal|strategic)\s+)*(?:advis|counsel|underwriter|bookrunner"
    r"|broker|arranger|lender))|"
    + ADVISER_AFTER.pattern
    # "Volta shares rose 10 per cent after …": the market's view, not a party.
    + r"|^(?:['’]s?)?\s+(?:shares|stock|share price|bonds)\s+(?:rose|fell|jumped|slumped|climbed"
    r"|dropped|soared|sank|surged|tumbled|gained|lost|were|was|have|had|rallied|slid|closed|ended)\b"
)
ATTRIBUTION_AFTER = _words(
    r"^(?:['’]s\s+\w+(?:\s+\w+)?)?\s+(?:said|says|told|announced|added|confirmed|noted|wrote)\b"
)
# "Shareholders in Coho voted down the offer": the company whose owners decide is bought.
OWNERS_OF_BEFORE = _words(
    r"\b(?:shareholders|investors|board|directors|owners) (?:in|of)\s+(?:the\s+)?$"
)
OWNERS_AFTER = _words(
    r"^['’]s?\s+(?:\w+\s+)?(?:owners?|shareholders?|backers|founders?|parent|promoters?"
    r"|founding family)\b"
)
# "Halden rejected Fjellpay's bid", "Fjellpay hired advisers to defend it against Halden's
# bid": the company fending off a bid is its target.
DEFENDS = _words(
    r"\b(?:against|reject(?:ed|s|ing)?|rebuff(?:ed|s|ing)?|spurn(?:ed|s|ing)?|fend(?:ed|s|ing)? off"
    r"|fought off|fight(?:s|ing)? off|resist(?:ed|s|ing)?|defend(?:ed|s|ing)?"
    # The board of the company bid for judges the bid: "Kamnik's board recommended the
    # Alpenkorn offer".
    # (Not the adjective: "a recommended cash offer".)
    r"|(?<!a )(?<!an )(?<!the )(?<!its )recommend(?:ed|s|ing)?"
    r"(?=\s+(?:the|its|their|that|shareholders|accepting|acceptance)\b))\b"
)
TOLD_AS_MERGER = _words(
    r"\b(?:in|via|through|as)\s+(?:an?|the)\s+(?:[\w$£€¥.,-]+\s+){0,3}?merger\b"
    r"|\bmerger of equals\b"
)
TELLER_BEFORE_IT = _words(
    r"(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:said|says|told\s+\w+|announced|confirmed|added"
    r"|disclosed|revealed"
    # "only for Nordkap to say hours later that it was weighing a rival bid"
    r"|to\s+(?:say|announce|confirm|disclose|reveal))"
    r"\s+(?:on\s+\w+\s+|(?:hours|days|minutes)\s+later\s+)?(?:that\s+)?"
)
# "agreed to sell it Fjellpay": the pronoun is the buyer.
SOLD_TO_PRONOUN = _words(r"\s+(?:it|them|us)\s+(?=(?:its|their|the|a|an)\b|(?-i:[A-Z]))")
# "talks with Nordkap", "talks with Spain's Nordkap", "talks with its owner, Nordkap"
TALKS_WITH_BEFORE = _words(
    # "agreed with Corvo to buy Brisa", "signed a deal with Corvo to acquire Brisa"
    r"\b(?:talks|discussions|negotiations|agreed|agreement|deal|contract)\s+with\s*(?:the\s+)?"
    r"(?:[\w-]+['’]s\s+|(?:its|their)\s+(?:owner|owners|parent|parent\s+company),?\s+)?$"
)
AND_ONLY_BEFORE = _words(r"\band\s*(?:the\s+)?$")
# A name just before a noun trigger names what is bought: "Halden completes Fjellpay takeover".
COMPOUND_AFTER = _words(r"^\s+(?:takeover|acquisition|buyout|purchase)\b")
# A venture formed, told as a stake in it ("take a 51% stake in the joint venture with
# Nordkap") or as businesses combined into it ("combine their units in a joint venture").
STAKE_IN_VENTURE = _words(
    r"\b(?:stake|holding|interest|shareholding)\s+in\s+(?:the|a|an)\s+(?:new\s+|planned\s+"
    r"|proposed\s+)?(?:[\w-]+\s+){0,2}?(?:joint[- ]venture|jv)\s+(?:with|between)\b"
)
COMBINED_INTO_VENTURE = _words(
    r"\b(?:in|into|to form|to create)\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:joint[- ]venture|jv)\b"
)
VENTURE_NAMED_BEFORE = _words(r"\bventure,?\s+(?:to be\s+)?(?:called|named|dubbed)\s+$")
PERCENT_OF_BEFORE = _words(r"\d\s?(?:%|per ?cent|percent) of\s*(?:the\s+)?$")
HOLDER_BEFORE = _words(r"\b(?:stake|holding|shareholding|shares|interest)\s+(?:that|which)\s+$")
HOLDER_AFTER = _words(r"^\s+(?:held|holds|owned|owns|had|has)\b")
# Without "that": "buy all the shares Nordkap owns in X", "the 30% Nordkap holds in X".
BARE_HOLDER_BEFORE = _words(
    r"\b(?:stake|holding|shareholding|shares|interest|\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent))"
    r"\s+$"
)
BARE_HOLDER_AFTER = _words(
    r"^\s+(?:still\s+|currently\s+|now\s+)?(?:(?:has|have|had)\s+)?(?:held|holds|owned|owns)\b"
)
BUYING = _words(r"\b(?:buy|buys|buying|bought|acquir\w+|purchas\w+|tak(?:e|es|en|ing)|took)\b")
# A place's possessive may come between: "to Brazil's Pneus", "from South Korea's Hanjin".
PLACE_OF = r"(?:(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])\w+)?['’]s\s+)?"
# A company described before its name: "JSE-listed Modjadji", "private equity firm X",
# "state-owned X", "its Nasdaq-listed parent X", "German engineering group X".
DESCRIBED = (
    r"(?:the\s+|its\s+|their\s+)?(?:(?:[\w.&]+-(?-i:[a-z])+|listed|unlisted|private"
    r"|state|family|equity|investment|buyout|holding|parent|owner|firm|group|company|fund"
    r"|conglomerate|investor|rival|peer|engineering|industrial|technology|software|energy"
    # "to Colombian retailer X", "from Swedish lender X": a company told by its trade.
    r"|retailer|broadcaster|bank|lender|insurer|operator|carrier|airline|miner|developer"
    r"|manufacturer|grocer|brewer|publisher|chain|distributor|[\w-]*maker|producer|processor"
    r"|(?-i:[A-Z])[a-z]+(?=\s+(?:(?-i:[a-z])|[\w.&]+-)))\s+){1,4}$"
)
# "from the", "from its listed parent, ": the one selling.
FROM_BEFORE = _words(
    r"\bfrom\s*(?:the\s+)?" + PLACE_OF + r"$"
    r"|\bfrom\s+" + DESCRIBED + r"|\bfrom\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:parent|owner|owners|shareholder|shareholders|backer|founder|founders)\s*,?\s*$"
    # A description in common nouns: "from the insurer X", "from its Dutch owner, the bank X".
    r"|\bfrom\s+(?:(?:the|its|their)\s+(?:(?-i:[A-Z])[a-z]+\s+)?|(?-i:[A-Z])[a-z]+\s+)?"
    r"(?!(?-i:[a-z]+)ing\b)"  # (not "prohibited X from buying Y")
    r"(?:(?!(?:of|with|and|or|to|for|in|on|by|at|likes|sale|sales|merger|deal|purchase"
    r"|acquisition|proceeds)\b)(?-i:[a-z-]+)\s+){1,3}$"
    # ("from French retail group X", "from private equity outfit X", "from the insurer X")
)
# "Fjellpay's management team is buying the company": its people buy, the company is bought.
# Its officers too, dealing in its shares: "Halden's chairman bought $2m of the company's
# shares", "Fjellpay's finance chief sold 20,000 shares".
_ITS_PEOPLE = (
    r"(?:management(?:\s+team)?|managers|executives|founders?|co-?founders?|employees|staff"
    r"|chairman|chairwoman|chief\s+executive|ceo|chief\s+financial\s+officer|cfo"
    r"|finance\s+(?:chief|director)|president|boss|directors|board\s+members?|heirs)"
)
ITS_PEOPLE_BUY = _words(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?" + _ITS_PEOPLE + r"(?:\s*,\s*[^,.;]{1,40},)?"
    r"\s+(?:(?:is|are|has|have|had|will|would|agreed\s+to|agree\s+to|also|then|quietly"
    r"|personally|plans?\s+to|to)\s+){0,2}$"
)
# The company a clause's verb takes as its object: "is buying Fjellpay", "bought a stake in
# Fjellpay" (not "from its parent, Fjellpay").
OBJECT_NEXT = _words(
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:(?!(?:from|to|with|by|for|through|via)\b)[\w%.$-]+\s+)"
    r"{0,4}?(?:(?:in|of)\s+)?"
)
# What its people sell is theirs, in it: "sold half his shares", "sold 20,000 shares",
# "sold some of hers".
THEIR_SHARES_AFTER = _words(
    r"\s+(?:(?:some|part|all|most|half|much|the\s+rest|another|a\s+further)\s+(?:of\s+)?)?"
    r"(?:[$£€¥]?\s?[\d.,]+\s?(?:m|bn|k|million|billion|thousand)?\s+(?:worth\s+)?(?:of\s+)?)?"
    r"(?:(?:his|her|their|hers|theirs|the\s+company['’]s|the\s+group['’]s)\b\s*(?:own\s+)?)?"
    r"(?:(?:[\w-]+\s+)?(?:shares|stock|stake|holding|options)\b|(?<=his)|(?<=hers)|(?<=her)"
    r"|(?<=theirs)|(?<=their))"
)
# "The management team of Tolland is to buy the business": its people buy, it is bought.
PEOPLE_OF_BEFORE = _words(
    r"\b(?:management(?:\s+team)?|managers|executives|founders|employees|staff)\s+of\s+(?:the\s+)?$"
)
# "to the Greek textile group Halden": a description in common nouns, as after "from".
TO_BEFORE = _words(
    r"\bto\s*(?:the\s+)?"
    + PLACE_OF
    + r"$|\bto\s+"
    + DESCRIBED
    + r"|\bto\s+(?:the|its|their)\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:(?!(?:of|with|and|or|to|for|in"
    r"|on|by|at)\b)(?-i:[a-z-]+)\s+){1,3}$"
    # "to its partner there, Chinese grain trader X", "to its parent, the bank X"
    r"|\bto\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:partner|partners|parent|owner|rival"
    r"|peer|shareholder|co-owner|co-investor)(?:\s+there|\s+in\s+(?-i:[A-Z])\w+)?\s*,\s*"
    r"(?:the\s+|an?\s+)?(?:(?!(?:of|with|and|or|to|for|in|on|by|at)\b)[\w-]+\s+){0,4}$"
)
IN_BEFORE = _words(r"\b(?:in|into)\s*(?:the\s+)?$")
WITH_BEFORE = _words(r"\b(?:alongside|together with|along with|joined by)\s*(?:the\s+)?$")
AND_BEFORE = _words(r"(?:\band|,)\s*(?:the\s+)?$")
BY_BEFORE = _words(
    r"\b(?:(?:co-)?led by|backed by|funded by|from investors including|by|participation from"
    r"|(?:backing|funding|financing) from)"
    r"\s*(?:the\s+)?" + PLACE_OF + r"$"
    # "a deal backed by private equity firm Fulmar": the backer described before its name.
    r"|\b(?:backed|funded|financed|supported)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:firm|group|house|investor|fund|company)\s+$"
)
ASSET_OF_BEFORE = _words(
    r"\b(?:business|businesses|unit|arm|division|assets?|plants?|operations?|portfolio|brands?"
    r"|subsidiary|book|mines?|terminals?)\s+of\s*(?:the\s+)?$"
)
POSSESSED_ASSET = _words(
    r"^['’]s?\s+(?:[\w%.-]+\s+){0,3}?(?:business|unit|arm|division|assets?|plants?|operations?"
    r"|stake|holding|share|portfolio|brands?|subsidiary|parks?|book|mines?|terminals?|half"
    r"|shares)\b(?!\s+(?:price|prices|value|register|count))"  # not "Shashe's share price"
)
# Clause breaks: parties come from the clause that holds the trigger.
CLAUSE_BREAK = _words(
    r";|\s[—–]\s|,?\s+and\s+(?=(?:said|says|added|announced|agreed|signed|plans|will|would|is|has"
    r"|terminated|ended|scrapped|cancell?ed|dropped)\b)"
    # "would buy the plants but would lease the boats back to Yeongdo": another act.
    r"|\s+but\s+(?=(?:would|will)\s+(?!not\b|still\b))"
    # "… valuing it at €240 million and topping a hostile bid from X": the bid beaten.
    r"|,?\s+and\s+(?=(?:topping|trumping|beating|outbidding|eclipsing)\s)"
    # "X's purchase of Y has collapsed, and the seller said it had agreed to sell to Z".
    r"|,\s+and\s+(?=(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:said|says|announced|confirmed)\b)"
    # "Halden reported higher profits, and Nordkap said it would buy Fjellpay": a new subject.
    r"|,\s+and\s+(?=(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3}\s+"
    r"(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:it|they)\b)"
    # "has terminated its agreed sale to X and accepted a higher offer from Y": two bids.
    r"|,?\s+and\s+(?=accepted\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:offer|bid|proposal|approach)\b)"
    # A second reported act: "agreed to buy X, and that it would sell Y to Z", "agreed to buy
    # X and, in a separate transaction, to sell Y", "agreed to buy X and to sell Y".
    r"|,?\s+and,?\s+(?=(?:that|in a separate|separately|to (?:sell|buy|acquire|merge|invest))\b)"
    r"|,\s+(?=(?:adding|while|whereas|although|after|following|where|but"
    r"|deepening|bringing|giving|making|leaving|according|as well as|as|sending|citing"
    r"|saying|ending|creating|two|three|months|weeks|days|years|only (?:for|to))\b"
    r"|(?!(?:investing|paying|valuing|including|totalling|raising|buying|acquiring|purchasing|squeezing"
    r"|taking|offering)\b"
    # A price revised in a participle clause is still the deal's term: ", cutting the price
    # it will pay to $1.45bn", ", sweetening its offer to £2bn".
    r"|(?:cutting|lowering|reducing|lifting|sweetening|increasing|trimming|slashing|boosting"
    r"|improving|revising)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:price|offer|bid"
    r"|consideration|proposal)\b)\w+ing\b)"
)
# An aside: an apposition or a relative clause set off by commas.
# A span of time that opens a time clause: ", a day after …", ", two weeks since …".
SPAN_OF_TIME = (
    r"(?:a|an|the|one|two|three|four|five|six|several|some)\s+(?:day|days|week|weeks|month"
    r"|months|year|years|decade|decades|hour|hours)"
)
ASIDE = _words(
    # Not a time clause: ", a day after her family agreed to sell …", ", the week before";
    # nor the price of an undisclosed sum: ", which people familiar with it put at $1bn".
    r",\s+(?!" + SPAN_OF_TIME + r"\s+(?:after|before|since|later|earlier)\b)"
    r"(?!which\s+[^,;.]{0,60}?\b(?:put|puts|estimated?|estimates|valued?|values|priced?)"
    r"\s+(?:it\s+)?at\b)"
    r"(?:which|who|whose|where|a|an|the|its|their|one of|part of|itself|controlled by"
    r"|owned by|backed by|based in|formed by|created by|founded by|born of|spun off from"
    r"|set up by|acquired by|bought by"
    # "Nordkap and Osprey, both new backers, also took part"; "X and Y, two of Turkey's
    # biggest grocers, are in talks"
    r"|both|all|each|either|neither|(?:one|two|three|four|five|several|some)\s+of"
    # "X and Y, two family-controlled winemakers, said they were in talks"
    r"|(?:two|three|four|five|six|several)\s+(?=[^,.;]{0,60}?s\s*,)"
    # "Кожуф Фарма, as the company is known on its warehouses, …"
    r"|as\s+(?:the\s+[\w-]+\s+|it\s+|they\s+)(?:is|are|was)\s+(?:still\s+|also\s+|widely\s+"
    r"|locally\s+)?(?:known|called))\b"
    r"[^,;]*(?:,|(?=[.;]?$))"
)
# A pair of dashes around a short aside: "led by Çınaraltı Ventures — its first cheque
# outside Turkey — with Changi Wren coming back for more" (looked for only where a dash is).
DASH_ASIDE = _words(
    r"\s[—–]\s(?:its|their|the|an?|which|who|whose|one\s+of|both|itself)\s[^—–.;]{1,100}?\s[—–]\s"
)
INTRODUCTION = _words(
    r"\s*(?:separately|however|meanwhile|elsewhere|still|also|additionally|in addition|earlier"
    r"|later|instead|previously|last (?:week|month|year)|this (?:week|month|year)"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|in a (?:statement|filing|separate \w+)"
    r"|(?-i:(?:[A-Z]+\s*)?\(\w+\)|[A-Z][A-Z ]{2,}(?:,? \w+ \d+)?)"  # "LONDON", "PARIS, May 4"
    r"|\w+ly"
    # An opening phrase set off by a comma: "In a short note at the end of its statement, the
    # company said …", "Under the plan approved by its board, …", "At a conference in Lima, …".
    r"|(?:in|at|on|under|after|before|during|following|according to|with|without|through"
    r"|from|despite|as part of|as|for|by|within|amid|upon"
    # "Alongside the figures, the company said …", "Ahead of the results, …"
    r"|alongside|along with|besides|beside|ahead of|against|among|beyond|unlike|like|until)"
    r"\s+[^,;]{1,80}?)\s*"
)
ASIDE_VALUE = _words(
    r"\b(?:could fetch|fetch|worth|valu(?:e|es|ed|ing)|priced)\b"
    r"|\b(?:buy|bought|acquire|acquired|purchase|purchased|pay|paid)\b[^,;$£€¥]{0,25}?\bfor\s*$"
    # "The buyer is X, which announced that it would pay €112m in cash for the company"
    r"|\b(?:will|would|is\s+to|(?:has\s+)?agreed\s+to)\s+pay\s+(?:about\s+|some\s+|up\s+to\s+)?$"
)
# References to a company by pronoun or description.
_NOUNS = (
    r"company|group|firm|bank|lender|insurer|carmaker|automaker|airline|carrier|retailer"
    r"|chain|conglomerate|operator|miner|publisher|investor|fund|start-up|startup|chipmaker"
    r"|[\w-]*maker|[\w-]*builder|processor|packer|bottler|grinder|refiner|distiller|dairy"
    r"|cannery|foundry|miller|distributor|wholesaler|exporter|importer|cooperative|broker"
    r"|brokerage|consultancy|shipper|haulier|driller|explorer|telco|provider|grocer|caterer"
    r"|business|buyer|bidder|acquirer|seller|developer|producer|giant|owner|marketplace"
    r"|platform|manufacturer|supplier|utility|railway|roaster|agent|brewer|winery|trader"
)
# A company's own description, for "the group" later: "Ugljan Mariculture, the Croatian
# fish-farming group, …", "Japanese seafood trader Rikuzen Suisan".
APPOSED_NOUN_AFTER = re.compile(
    rf"\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?P<noun>{_NOUNS})\b(?!\s+(?:of|in|for|to)\b)",
    re.IGNORECASE,
)
NOUN_BEFORE_NAME = re.compile(rf"(?<![\w-])(?P<noun>(?-i:{_NOUNS}))\s+$", re.IGNORECASE)
_COUNTRIES = "|".join(sorted(map(re.escape, COUNTRY_NAMES), key=len, reverse=True))
_NATIONS = "|".join(sorted(map(re.escape, NATIONALITIES), key=len, reverse=True))
# "the purchase of X, …, by Lithuanian broadcaster Rusnė Media": the agent told by its trade.
BY_DESCRIBED_BEFORE = _words(
    rf"\bby\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS}|broadcaster)\s+$"
)
REFERENCE = _words(
    rf"\b(?:it|its|they|their)\b(?!['’]s)"
    rf"|\bthe\s+(?:(?P<nation>{_NATIONS})\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b"
    # A company introduced before it is named, as wire ledes do: "A Chinese battery maker has
    # agreed to buy …" (named in the sentences that follow).
    rf"|\b(?:a|an)\s+(?P<introduced>{_NATIONS})\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS}|house|concern"
    rf"|outfit)\b(?!['’]s)"
    # "Bolivia's state lithium company", "Kenya's biggest dairy" (not in an apposition: "X,
    # Indonesia's third-largest owner of towers, agreed …" describes X)
    rf"|(?<![\w-])(?<!,\s)(?P<country>{_COUNTRIES})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b(?!['’]s)"
)
INTRODUCED_OBJECT = _words(
    rf"\s+(?:in\s+|into\s+|of\s+)?(?:a|an)\s+(?P<introduced>{_NATIONS})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_NOUNS})\b(?!['’]s)"
)
OBJECT_REFERENCE = _words(
    rf"\s+(?:in\s+|into\s+|of\s+)?the\s+(?:(?P<nation>{_NATIONS})\s+)?"
    # Not "the owner of X"; "the chain of 410 pharmacies", "the maker of power modules" are
    # the company itself.
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b(?!['’]s|\s+of\s+(?:the\s+|its\s+|their\s+)?(?-i:[A-Z]))"
)
OBJECT_AFTER_FOR = _words(
    r"(?:[^.;]|(?<=Rs)\.|\.(?=\d)){0,60}?\bfor\s+"
    # "pay Rs. 6.3 billion (about €19 million) for 70% of the company"
    r"(?:(?:an?\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent|pc)\s+(?:stake\s+)?(?:of|in)\s+)?"
    + OBJECT_REFERENCE.pattern.removeprefix(r"\s+(?:in\s+|into\s+|of\s+)?")
)
OBJECT_AFTER_VALUING = _words(
    r"(?:[^.;]|\.(?=\d)){0,60}?,\s+valuing\s+"
    + OBJECT_REFERENCE.pattern.removeprefix(r"\s+(?:in\s+|into\s+|of\s+)?")
)
PAY_FOR = _words(r"(?:pa(?:y|ys|id|ying)|offer(?:s|ed|ing)?)$")
# A transaction told as background: done long ago, not this story's news.
# A trigger told in the past tense ("the business it bought from X in 2021").
PAST_TRIGGER = _words(r"(?:bought|acquired|sold|took over|merged|invested|purchased|paid)\b")
# With a completed act only: "in 2019", "since 2021", "in August 2023", "in early 2022".
HISTORY = _words(
    # "In the same week of 2013", "in the summer of 2019".
    r"\b(?:in|during)\s+(?:the\s+)?(?:same\s+|first\s+|last\s+|final\s+)?(?:week|month|months"
    r"|weeks|days|year|spring|summer|autumn|fall|winter|crisis)\s+of\s+(?:19|20)\d\d\b|"
    r"\b(?:in|since)\s+(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter)\s+of)\s*"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\s+)?(?:19|20)\d\d\b"
    # "bought its shares on the market between 2014 and 2016"
    r"|\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b"
)
# "the venture it formed with Volta in 2015": the year dates the description, not the act.
DESCRIBED_BEFORE = _words(
    r"\b(?:it|they|which|that|who)\s+(?:[\w-]+\s+)?(?:formed|set up|created|founded|launched"
    r"|established|built|started)\b[^.;,]{0,50}$"
)
# "completed the takeover it agreed last year": the year dates the agreement, not the news.
AGREED_BEFORE = _words(
    r"\b(?:agreed|agreeing|announced|announcing|struck|signed|unveiled)\b[^.;]{0,30}$"
)
# "expected to close in 2026", "due to complete by 2027": a year to come.
DUE_BEFORE = _words(
    r"\b(?:expect\w*|due|set(?=\s+(?:to|for)\b)|scheduled|planned|likely|will|would|should|close|closing"
    # (Not "was completed in 2012": done, not due.)
    r"|complet(?!ed\b)\w*|(?<=\bbe\s)completed|finish(?!ed\b)\w*|(?<=\bbe\s)finished|until"
    r"|by the end of|end of)\b[^.;]{0,30}$"
)
FORMED = _words(r"\b(?:formed|created|established|founded|set up|launched|struck|signed)\b")
LONG_AGO = _words(  # whatever the act
    r"\b(?:years?|decades?) (?:ago|since|earlier|before)\b|\bback in\b|\blast year\b"
    # "previously bought", "had formerly owned": a past act, not "previously announced".
    r"|\b(?:previously|formerly)\s+(?:\w+\s+){0,2}?(?:bought|acquired|sold|owned|held|invested"
    r"|merged|took|purchased|partnered|teamed|formed|set up|created)\b"
    # "since its 2018 acquisition of Fjellpay", "Halden's 2019 purchase"
    r"|\b(?:its|their|the|\w+['’]s)\s+(?:(?:failed|abandoned|aborted|blocked|botched|doomed"
    r"|ill-fated|aborted|successful|earlier|previous|first)\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+)?"
    r"(?:acquisition|purchase|takeover"
    r"|merger|buyout|investment|deal|sale|tie-up|round|funding|financing|offer|bid|approach)\b"
    # "at its 2023 Series B"
    r"|\b(?:its|their|the|\w+['’]s)\s+(?:19|20)\d\d\s+series\s+[a-f]\b"
    r"|\b(?:a|one|two|three) years? ago\b|\bin the past\b"
    # "Twice in the 1990s X asked to buy the company"
    r"|\b(?:in|during|through|throughout)\s+the\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d0s\b"
    # An earlier fund's deals: "its previous fund bought X and sold it to Y".
    r"|\b(?:its|their|the|an)\s+(?:previous|earlier|prior|first|last)\s+(?:fund|funds"
    r"|vehicle)\s+(?=[^.;]{0,20}\b(?:bought|acquired|sold|owned|invested|backed)\b)"
    # Time counted from an earlier act: "Four years later she sold …", "a decade after that".
    r"|\b(?:\w+|\d+)\s+(?:years?|decades?)\s+(?:later|after\s+that|afterwards)\b"
    # "paid B/.64m for X at the time": a time told before, now past.
    r"|\bat\s+the\s+time\b(?!\s+of\b)"
    # … or before the story's day: "four years after the distributor paid €185m for X".
    r"|\b(?:\w+|\d+)\s+(?:years?|decades?)\s+after\s+(?=[^.;,]{0,60}?\b(?:bought|acquired|paid"
    r"|purchased|took\s+over|merged|sold|invested)\b)"
    # "has partnered with X for a decade": a relationship of long standing.
    r"|\bha(?:s|ve|d) (?:\w+ ){0,2}?\w+ed\b[^.;]{0,60}\bfor (?:a decade|decades"
    r"|(?:the (?:past|last) )?(?:many |several |\w+ )?years)\b"
    # "has partnered with X since 2015", "have worked together since 2019": the same.
    r"|\bha(?:s|ve) (?:\w+ ){0,2}?(?:partnered|worked|cooperated|co-operated|collaborated"
    r"|teamed up|been (?:partners|allied))\b[^.;]{0,60}\bsince (?:19|20)\d\d\b"
)
LATER = _words(
    r"\b(?:later|the following (?:year|month|week)|subsequently|eventually|afterwards"
    r"|the next (?:year|month))\b"
)
SEPARATELY = _words(
    r"\s*(?:separately|in a separate (?:deal|move|announcement|statement)|elsewhere)\b"
)
BETWEEN = _words(r"\b(?:talks|negotiations|discussions)\s+between\b")
# Not a time: "expects to complete the purchase in the second half of next year".
OBJECTLESS_AFTER = _words(
    r"\s+(?:in|into)\s+(?!(?:the\s+|a\s+)?(?:(?:first|second|third|fourth|final|early|late)\s+)?"
    r"(?:half|quarter|spring|summer|autumn|winter|weeks|months)\b"
    # How it is paid: "paid in cash", "in new shares", "in two instalments".
    r"|(?:cash|stock|shares|new\s+shares|full|instalments|installments|tranches|two|three)\b)"
    r"(?:the\s+|a\s+|new\s+)?"
    r"(?-i:[a-z])"
)
# A sale told without what is sold, the reason or the end of the clause next: "said it had
# decided to sell because …", "agreed to sell, as it wants to focus on …", "is selling to
# raise cash": the seller of the deal being told, whatever the clause names later.
SELL_OBJECTLESS_AFTER = _words(
    r"\s*(?:[,.;]|\s(?:because|as|since|so|after|given|in order|for\s+(?:strategic|financial)"
    r"|to\s+(?:focus|concentrate|raise|cut|reduce|pay|fund|free)|out\b))"
)
# Bidders each on their own ("are each weighing offers"), not joint buyers splitting what
# they buy ("will each own half of it", "each hold 50%").
EACH = _words(
    r"\b(?:each|both)\b(?!\s+(?:will\s+|would\s+)?(?:own|hold|have|control|take)s?\s+"
    r"(?:a\s+|an\s+)?(?:\d|half|equal|a\s+half|third|quarter))"
    r"|\b(?:vying|vie|vies|competing|compete)\b"
)
WHAT_IF = _words(r"\b(?:would|could|might)\b")
# A question no one answered tells no deal: "declined to say whether Tarrant had considered
# selling Ardmore", "would not comment on whether", "it is unclear if".
UNANSWERED = _words(
    r"\b(?:declin\w+|refus\w+|(?:would|could|did|does|do|will)\s*(?:not|n['’]t))\s+(?:to\s+)?"
    r"(?:say|comment|confirm|disclose|specify|discuss|reveal|answer)\b[^.;]{0,25}?"
    r"\b(?:whether|if)\b"
    r"|\b(?:unclear|not clear|not known|unknown|asked)\s+(?:\w+\s+){0,2}?(?:whether|if)\b"
    # "some readers wrote to ask whether the chain had been sold" (not an editorial that
    # "asks whether" a sale told was wise)
    r"|\b(?:to\s+ask|wonder|wonders|wondered|wondering)\s+(?:\w+\s+){0,2}?(?:whether|if)\b"
)
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
# A relative clause after the trigger ("a relationship that began when …"): what it dates
# is what it describes.
RELATIVE = _words(r"\b(?:that|which|who|whose|when)\s+(?!(?:it|they|he|she)\b)")
# "have competed since Nemunas bought Daugava": a past act that starts (or ends) a state
# told is background.
SINCE_ACT_BEFORE = _words(r"\b(?:since|until|till)\s+(?:[\w&'’.-]+\s+){1,4}$")
# "merge Fjellpay with its existing fixed-line business": joining a business to its own.
WITH_OWN_BUSINESS = _words(
    r"\s+(?:[\w&'’.-]+\s+){1,4}?(?:with|into)\s+(?:its|their)\s+(?:own\s+)?(?:existing\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:business|businesses|operations?|unit|division|arm|network"
    r"|subsidiary)\b"
)
# "sold $300m of private placement notes to X", "sold bonds to": the seller borrows.
DEBT_SOLD = _words(
    r"\s+(?:(?:about|some|another|a further|its|new)\s+)?(?:[$£€¥][\d.,]+\s?(?:bn|m|billion"
    r"|million)?\s+(?:of\s+)?|[\d.,]+\s?(?:bn|m|billion|million)\s+\w+\s+(?:of\s+)?)?"
    r"(?:[\w-]+\s+){0,3}?(?:notes|bonds|debentures|commercial paper|debt)\b"
    r"(?=\s*(?:[,.;]|$|(?:to|with|in|worth|due|maturing|that|which|at|through)\b))"
)
# "…, the company said on Tuesday": the day the story is told, not the day of the act.
TOLD_TIME_BEFORE = _words(
    r"\b(?:said|says|told\s+\w+|reported|confirmed|added|published|released|issued|wrote|shows?"
    r"|showed)\s*$"
)
# A party that leaves, told without naming the deal ("Kinetic later walked away").
WALKED_AWAY = _words(
    r"\b(?:walk(?:ed|s)? away|pull(?:ed|s)? out|gave up|abandon(?:ed|s)|withdr[ae]w\w*)\b"
)
# Following sentences that add facts to the deal being told.
# What ends a deal told as "it" ("the regulator blocked it.").
_ENDED_IT_VERBS = (
    r"blocked|prohibited|vetoed|scrapped|abandoned|called\s+off|terminated|torpedoed|stopped"
)
STATUS_NEWS = _words(
    r"\b(?:deal|transaction|takeover|acquisition|purchase|merger|offer|bid|talks|sale"
    r"|agreement|venture|partnership|round)\b"
    # The deal as "it": "On Thursday the competition office blocked it."
    r"|\b(?:" + _ENDED_IT_VERBS + r"|completed|closed)\s+(?:it|them)\s*[.,;]"
)
IT_ENDED = _words(r"\b(?:" + _ENDED_IT_VERBS + r")\s+(?:it|them)\s*[.,;]")
