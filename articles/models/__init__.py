"""The editorial app's models: stories, their authors, and what ties a story to the
companies and deals it covers."""

from .articles import (
    Article,
    ArticleBodyImage,
    ArticleCompany,
    ArticleQuerySet,
    Byline,
    StoryDealTime,
    TaggedArticle,
    published_q,
)
from .authors import Author, TopicStats
from .co_mentions import CoMention
from .corrections import Correction
from .deal_events import DealEvent
from .most_covered import MostCovered
from .presence import Presence
from .redirects import AuthorRedirect, TopicRedirect
from .state import PublicState
from .suggestions import DealSuggestion

__all__ = [
    "Article",
    "ArticleBodyImage",
    "ArticleCompany",
    "ArticleQuerySet",
    "Author",
    "AuthorRedirect",
    "Byline",
    "CoMention",
    "Correction",
    "DealEvent",
    "DealSuggestion",
    "MostCovered",
    "Presence",
    "PublicState",
    "StoryDealTime",
    "TaggedArticle",
    "TopicRedirect",
    "TopicStats",
    "published_q",
]
