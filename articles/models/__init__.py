"""The newsroom's domain: stories, their authors, and the companies and deals they cover."""

from .articles import Article, ArticleCompany, ArticleQuerySet, Byline, TaggedArticle
from .authors import Author
from .companies import Company, CompanyAlias, CompanyQuerySet, CompanyRelation
from .deals import Deal, DealEvent, DealParty, DealQuerySet
from .suggestions import DealSuggestion

__all__ = [
    "Article",
    "ArticleCompany",
    "ArticleQuerySet",
    "Author",
    "Byline",
    "Company",
    "CompanyAlias",
    "CompanyQuerySet",
    "CompanyRelation",
    "Deal",
    "DealEvent",
    "DealParty",
    "DealQuerySet",
    "DealSuggestion",
    "TaggedArticle",
]
