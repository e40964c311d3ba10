"""Sitemap sections (`django.contrib.sitemaps`): stories, companies, public deals, topics
and authors with published stories. The index and the Google News sitemap are in
`seo_views`.

Two departures from the contrib defaults, both for a big archive:

- Files are cut by id range (`IdRangePaginator`): file N holds the rows whose id is in
  the Nth block of 50,000. Counting the files costs one `MAX(id)` on the primary key
  index instead of a COUNT of every published story, a file is read by an index range
  instead of an OFFSET into 200k rows, and a story stays in the same file for life, so
  the older files do not change when a story is published. A file holds at most 50,000
  addresses (ids are unique); a block whose rows were all deleted or unpublished would
  be an empty file, which only a mass deletion can produce.
- `get_latest_lastmod()` of the contrib class calls `lastmod()` on every item; here it is
  the time the public version last changed, which is never earlier than any item's own
  `lastmod` (every public change bumps the version) and costs one small query.

Locations come from `core.site`: SITE_URL when set, the request's host otherwise (the
sitemap views hand us a RequestSite, since the sites framework is not installed).
"""

import math
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import Max, QuerySet
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils.functional import cached_property
from taggit.models import Tag

from companies.models import Company
from deals.models import Deal

from .models import Article, Author, published_q

FILE_LIMIT = 50_000
SLUG_MARK = "slug-mark"


class IdRangePaginator(Paginator):
    """Pages of a queryset by blocks of ids: page N is ids in ((N-1)·size, N·size]."""

    object_list: QuerySet

    @cached_property
    def last_id(self) -> int:
        return self.object_list.aggregate(last=Max("pk"))["last"] or 0

    @cached_property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.last_id / self.per_page))

    @cached_property
    def count(self) -> int:
        # Only an upper bound; nothing here needs the exact number.
        return self.last_id

    def validate_number(self, number) -> int:
        try:
            number = int(number)
        except (TypeError, ValueError) as exc:
            raise PageNotAnInteger("That page number is not an integer") from exc
        if number < 1 or number > self.num_pages:
            raise EmptyPage("That page contains no results")
        return number

    def page(self, number) -> Page:
        number = self.validate_number(number)
        low, high = (number - 1) * self.per_page, number * self.per_page
        rows = self.object_list.filter(pk__gt=low, pk__lte=high).order_by("pk")
        return self._get_page(rows, number, self)  # type: ignore[attr-defined]


def configured_site() -> tuple[str, str] | None:
    """(scheme, host and path) of SITE_URL, or None when it is not set."""
    configured = (getattr(settings, "SITE_URL", "") or "").rstrip("/")
    if not configured:
        return None
    parts = urlsplit(configured)
    return parts.scheme, parts.netloc + parts.path


class SiteSitemap(Sitemap):
    limit = FILE_LIMIT
    latest_change = None  # set by the views: when the public version last changed

    @cached_property
    def paginator(self) -> IdRangePaginator:
        return IdRangePaginator(self.items(), self.limit)  # type: ignore[arg-type]

    def get_protocol(self, protocol=None) -> str:
        configured = configured_site()
        return configured[0] if configured else super().get_protocol(protocol)

    def get_domain(self, site=None) -> str:
        configured = configured_site()
        return configured[1] if configured else super().get_domain(site)

    def get_latest_lastmod(self):
        return self.latest_change

    # The fast path the section view renders (`seo_views.sitemap_section`): a file of
    # 50,000 stories through `get_urls()` and the contrib template takes ~18 s at 200k
    # (a model, a reverse() and a template loop per row); as plain rows and one reverse()
    # per file it takes a fraction of a second.

    url_name = ""  # reversed with each row's slug

    def lastmod_expression(self):
        return "updated_at"

    def entries(self, page) -> Iterator[tuple[str, datetime | None]]:
        """(path, lastmod) for each row of file `page`; EmptyPage or PageNotAnInteger for
        a file that does not exist."""
        rows: QuerySet = self.paginator.page(page).object_list  # type: ignore[assignment]
        head, tail = reverse(self.url_name, kwargs={"slug": SLUG_MARK}).split(SLUG_MARK)
        # Not .iterator(): on PostgreSQL its server-side cursor makes the planner favour
        # a fast first row, which for the grouped sections (topics, authors) was 5x slower.
        for slug, lastmod in rows.values_list("slug", self.lastmod_expression()):
            yield f"{head}{slug}{tail}", lastmod


class StorySitemap(SiteSitemap):
    url_name = "articles:detail"

    def items(self):
        return Article.objects.published().only("slug", "published_at", "updated_at").order_by("pk")

    def lastmod(self, item: Article):
        return max(item.published_at or item.updated_at, item.updated_at)

    def lastmod_expression(self):
        return Greatest("published_at", "updated_at")


class CompanySitemap(SiteSitemap):
    url_name = "companies:detail"

    def items(self):
        return Company.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, item: Company):
        return item.updated_at


class DealSitemap(SiteSitemap):
    url_name = "deals:detail"

    def items(self):
        return Deal.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item: Deal):
        return item.updated_at


class TopicSitemap(SiteSitemap):
    """Topics with a published story (the others have no page); lastmod is the newest."""

    url_name = "topics:detail"

    def items(self):
        return (
            Tag.objects.filter(published_q("articles_taggedarticle_items__content_object__"))
            .annotate(latest=Max("articles_taggedarticle_items__content_object__published_at"))
            .order_by("pk")
        )

    @cached_property
    def paginator(self) -> IdRangePaginator:
        # Count the files over every tag: cheaper than joining the stories to find the
        # highest tag id with a published one, and the same at any realistic size.
        paginator = IdRangePaginator(self.items(), self.limit)
        paginator.last_id = Tag.objects.aggregate(last=Max("pk"))["last"] or 0
        return paginator

    def location(self, item: Tag) -> str:
        return reverse("topics:detail", kwargs={"slug": item.slug})

    def lastmod(self, item: Tag):
        return item.latest

    def lastmod_expression(self):
        return "latest"


class AuthorSitemap(SiteSitemap):
    """Authors with a published story (the others have no page); lastmod is the newest."""

    url_name = "authors:detail"

    def items(self):
        return (
            Author.objects.filter(published_q("bylines__article__"))
            .annotate(latest=Max("bylines__article__published_at"))
            .only("slug")
            .order_by("pk")
        )

    @cached_property
    def paginator(self) -> IdRangePaginator:
        paginator = IdRangePaginator(self.items(), self.limit)
        paginator.last_id = Author.objects.aggregate(last=Max("pk"))["last"] or 0
        return paginator

    def lastmod(self, item: Author):
        return getattr(item, "latest", None)  # annotated by items()

    def lastmod_expression(self):
        return "latest"


SECTIONS: dict[str, type[SiteSitemap]] = {
    "stories": StorySitemap,
    "companies": CompanySitemap,
    "deals": DealSitemap,
    "topics": TopicSitemap,
    "authors": AuthorSitemap,
}
