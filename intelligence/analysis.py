"""What a story is about: the companies it names and the deals it reports.

`analyse_story()` is the one entry point the admin, the commands and the API share.
"""

from dataclasses import dataclass

from .companies import CompanyMention, StoryText, detect_companies
from .deals import DealFacts, extract_deals
from .matcher import CompanyMatcher
from .registry import get_matcher, invalidate_matcher


@dataclass
class StoryAnalysis:
    companies: list[CompanyMention]
    deals: list[DealFacts]


def analyse_story(
    *, headline: str, standfirst: str = "", body: str, matcher: CompanyMatcher | None = None
) -> StoryAnalysis:
    matcher = matcher or get_matcher()
    story = StoryText.read(matcher, headline=headline, standfirst=standfirst, body=body)
    return StoryAnalysis(
        companies=detect_companies(matcher, story), deals=extract_deals(matcher, story)
    )


__all__ = [
    "CompanyMatcher",
    "CompanyMention",
    "DealFacts",
    "StoryAnalysis",
    "analyse_story",
    "get_matcher",
    "invalidate_matcher",
]
