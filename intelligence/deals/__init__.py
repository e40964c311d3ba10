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
   "buying back its own shares". Ownership told as a state that has just changed ("is now
   owned by", "became a wholly owned subsidiary of") is a completed purchase; a joint
   venture that itself buys ("the joint venture formed by X and Y will acquire Z") is a
   purchase by its owners, not a venture deal.
3. Where the subject is a reference rather than a name ("it", "the company", "the Swedish
   lender", "the carmaker"), it is resolved to the most salient compatible company: one
   named earlier in the sentence, else the current deal's buyer, else the story's main
   company (named in the headline, most mentioned), preferring one from the nationality
   named.
4. Money and stakes count only when the grammar ties them to the transaction: in the
   trigger's clause and not a share price, revenue, fine, cost or price target; a stake
   only as "a 45% stake/holding", "bought 45 per cent of", "the remaining 49%"; a stake
   raised is the holding it leads to ("bought a further 10%, taking it to 45%" is 45).
   Following sentences add what the first one lacks ("It will pay 3.4bn kronor", "A deal
   could value the company at ¥450bn", "The round was co-led by …", "X also took part").
5. A denial ("denied it was in talks") drops the deal; a regulator's block, "called off",
   "walked away" make it `collapsed`.

Each suggestion carries a confidence (0–1) from how it was read; `SHOW_AT` is the
threshold below which it is not shown (`analyse_story` drops those). Suggestions are only
suggestions: an editor turns one into a Deal in the admin, and `link_companies --apply`
records them for review.
"""

from .assembly import extract_deals
from .facts import DealFacts
from .kinds import SHOW_AT

__all__ = ["SHOW_AT", "DealFacts", "extract_deals"]
