"""RSS 2.0 and Atom feeds of published stories: the latest, and per company (with its
group's coverage, as on its page), topic, author and deal.

Django's syndication framework, with two additions: every link is absolute through
`core.site.absolute_url()` (SITE_URL, or the request's own host — the framework's own
`add_domain` is never given a relative link to complete), and a story with several
bylines names every author (`dc:creator` in RSS, one `<author>` each in Atom).

A feed object is made per request (`seo_views.feed_view`), so keeping the request on it
is safe. Queries, whatever the data: the public state (page cache), the subject (two for a
company: it and its group), the stories, their bylines, companies and tags.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from taggit.models import Tag

from companies.models import Company
from core.site import absolute_url
from deals.models import Deal

from .models import Article, ArticleCompany, Author, Correction

ITEMS = 30
DC = "http://purl.org/dc/elements/1.1/"


def site_name() -> str:
    return getattr(settings, "SITE_NAME", "Newsroom")


class NewsRssFeed(Rss201rev2Feed):
    """RSS 2.0 with one `dc:creator` per author."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DC}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "author_name": None})
        for name in item.get("authors") or ():
            handler.addQuickElement("dc:creator", name)


class NewsAtomFeed(Atom1Feed):
    """Atom with one `<author>` per author."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "author_name": None})
        for name in item.get("authors") or ():
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")


class StoryFeed(Feed):
    """The latest published stories; subclasses narrow them to one subject."""

    feed_type: type[SyndicationFeed] = NewsRssFeed
    language = settings.LANGUAGE_CODE

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    # The feed ------------------------------------------------------------------------

    def subject_name(self, obj) -> str:
        return "latest stories"

    def title(self, obj) -> str:
        return f"{site_name()}: {self.subject_name(obj)}"

    def description(self, obj) -> str:
        if obj is None:
            return f"The latest stories from {site_name()}."
        return f"The latest stories from {site_name()} on {self.subject_name(obj)}."

    def subtitle(self, obj) -> str:
        return self.description(obj)

    def page_path(self, obj) -> str:
        return reverse("articles:home")

    def link(self, obj) -> str:
        return absolute_url(self.page_path(obj), self.request)

    def feed_url(self, obj) -> str:
        return absolute_url(self.request.path, self.request)

    def stories(self, obj):
        """The feed's public stories, newest first."""
        return Article.objects.published().newest_first()

    def items(self, obj) -> list[Article]:
        return list(
            self.stories(obj)
            .with_bylines()
            .prefetch_related(_company_links(), "tags")
            .defer("body", "body_html")[:ITEMS]
        )

    def _address(self, item: Article | Correction) -> str:
        """The item's page, absolute (SITE_URL, or this request's host)."""
        return absolute_url(item.get_absolute_url(), self.request)

    # Each story ------------------------------------------------------------------------

    def item_title(self, item: Article) -> str:
        return item.headline

    def item_description(self, item: Article) -> str:
        return item.standfirst

    def item_link(self, item: Article) -> str:
        return self._address(item)

    def item_guid(self, item: Article) -> str:
        return self._address(item)

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        # A published story always has its time; the feeds list no other.
        if item.published_at is None:
            return item.updated_at
        return max(item.published_at, item.updated_at)

    def item_author_name(self, item: Article) -> str | None:
        # Only for generators that know one author; ours use `authors` below.
        names = [b.author.name for b in item.bylines.all()]
        return " and ".join(names) or None

    def item_categories(self, item: Article) -> list[str]:
        tags = sorted(tag.name for tag in item.tags.all())
        return [*tags, *(link.company.name for link in item.company_links.all())]

    def item_extra_kwargs(self, item: Article) -> dict:
        return {"authors": [b.author.name for b in item.bylines.all()]}


def _company_links() -> Prefetch:
    return Prefetch("company_links", queryset=ArticleCompany.objects.select_related("company"))


class LatestFeed(StoryFeed):
    pass


class LatestAtomFeed(LatestFeed):
    feed_type = NewsAtomFeed


class CompanyFeed(StoryFeed):
    """A company's coverage with its group's, as on its page (`Company.group_ids()`)."""

    def get_object(self, request, slug: str) -> Company:
        return get_object_or_404(Company.objects.prefetch_related("child_relations"), slug=slug)

    def subject_name(self, obj: Company) -> str:
        return obj.name

    def page_path(self, obj: Company) -> str:
        return obj.get_absolute_url()

    def stories(self, obj: Company):
        group = obj.group_ids()
        if len(group) == 1:
            return Article.objects.published().newest_linked("company", obj.pk)
        return Article.objects.published().covering(group).newest_first()


class TopicFeed(StoryFeed):
    """A topic with no published story has no page, and no feed."""

    def get_object(self, request, slug: str) -> Tag:
        return get_object_or_404(Tag, slug=slug)

    def subject_name(self, obj: Tag) -> str:
        return obj.name

    def page_path(self, obj: Tag) -> str:
        return reverse("topics:detail", kwargs={"slug": obj.slug})

    def stories(self, obj: Tag):
        return Article.objects.published().newest_linked("tag", obj.pk)

    def items(self, obj):
        stories = super().items(obj)
        if not stories:
            raise Http404("No published stories on this topic.")
        return stories


class AuthorFeed(StoryFeed):
    """An author with no published story has no page, and no feed."""

    def get_object(self, request, slug: str) -> Author:
        return get_object_or_404(Author, slug=slug)

    def subject_name(self, obj: Author) -> str:
        return obj.name

    def page_path(self, obj: Author) -> str:
        return obj.get_absolute_url()

    def stories(self, obj: Author):
        return Article.objects.published().newest_linked("author", obj.pk)

    def items(self, obj):
        stories = super().items(obj)
        if not stories:
            raise Http404("No published stories by this author.")
        return stories


class DealFeed(StoryFeed):
    """The coverage of a public deal; a deal that is not public has no feed."""

    def get_object(self, request, slug: str) -> Deal:
        return get_object_or_404(Deal.objects.public(), slug=slug)

    def subject_name(self, obj: Deal) -> str:
        return obj.name

    def page_path(self, obj: Deal) -> str:
        return obj.get_absolute_url()

    def stories(self, obj: Deal):
        return Article.objects.published().reporting(obj)


class CorrectionsFeed(StoryFeed):
    """Corrections and updates to published stories, newest first (the `/corrections/`
    page as a feed). Each entry is one note, linked to its place at the foot of the story."""

    def subject_name(self, obj) -> str:
        return "corrections and updates"

    def description(self, obj) -> str:
        return f"Corrections and updates to stories published by {site_name()}."

    def page_path(self, obj) -> str:
        return reverse("articles:corrections")

    def items(self, obj):
        return list(
            Correction.objects.public()
            .newest_first()
            .select_related("article")
            .only("kind", "text", "noted_at", "article__headline", "article__slug")[:ITEMS]
        )

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.article.headline}"

    def item_description(self, item):
        return item.text

    def item_guid(self, item):
        return self._address(item)

    def item_pubdate(self, item):
        return item.noted_at

    def item_updateddate(self, item):
        return item.noted_at

    def item_author_name(self, item):
        return None

    def item_categories(self, item):
        return [item.get_kind_display()]

    def item_extra_kwargs(self, item):
        return {"authors": []}


class CorrectionsAtomFeed(CorrectionsFeed):
    feed_type = NewsAtomFeed
