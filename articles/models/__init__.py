"""The editorial app's models: stories, their authors, and what ties a story to the
companies and deals it covers."""

from .articles import (
    Article,
    ArticleBodyImage,
    ArticleCompany,
    ArticleQuerySet,
    Byline,
    TaggedArticle,
    published_q,
)
from .authors import Author, TopicStats
from .deal_events import DealEvent
from .state import PublicState
from .suggestions import DealSuggestion

__all__ = [
    "Article",
    "ArticleBodyImage",
    "ArticleCompany",
    "ArticleQuerySet",
    "Author",
    "Byline",
    "DealEvent",
    "DealSuggestion",
    "PublicState",
    "TaggedArticle",
    "TopicStats",
    "published_q",
]
