"""What a story is about: the companies it names and the deals it reports.

`analyse_story()` is the one entry point the admin, the commands and the API share.
"""

from dataclasses import dataclass

from .companies import CompanyMention, StoryText, detect_companies
from .deals import SHOW_AT, DealFacts, extract_deals
from .matcher import CompanyMatcher
from .registry import get_matcher, invalidate_matcher


@dataclass
class StoryAnalysis:
    companies: list[CompanyMention]
    deals: list[DealFacts]


def analyse_story(
    *,
    headline: str,
    standfirst: str = "",
    body: str,
    matcher: CompanyMatcher | None = None,
    min_confidence: float = SHOW_AT,
) -> StoryAnalysis:
    """The companies and deals in a story; deal suggestions whose confidence is below
    `min_confidence` are left out (pass 0 to see them all)."""
    matcher = matcher or get_matcher()
    story = StoryText.read(matcher, headline=headline, standfirst=standfirst, body=body)
    deals = [d for d in extract_deals(matcher, story) if d.confidence >= min_confidence]
    return StoryAnalysis(companies=detect_companies(matcher, story), deals=deals)


__all__ = [
    "CompanyMatcher",
    "CompanyMention",
    "DealFacts",
    "StoryAnalysis",
    "analyse_story",
    "get_matcher",
    "invalidate_matcher",
]
