"""What crawlers and feed readers fetch: the feeds, the sitemap index and its sections,
the Google News sitemap and robots.txt — each through the page cache and conditional GET
(`pagecache.public_view`), like the pages.

Queries per response, whatever the size of the archive (asserted in the tests): a feed
at most 7, the sitemap index 7 (the state twice, then one `MAX(id)` per section), a sitemap
file 3, the news sitemap 2, robots.txt 1 (the state, read by every public response).
"""

from datetime import timedelta
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem  # type: ignore[attr-defined]
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from core.site import absolute_url, site_root

from . import feeds, live, pagecache
from .models import Article
from .sitemaps import SECTIONS

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000
URLSET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
)


def feed_view(feed_class: type[feeds.StoryFeed]):
    """A feed as a view: a new feed object per request (it keeps the request), served
    through the page cache."""

    @pagecache.public_view
    def view(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return feed_class()(request, *args, **kwargs)

    view.__name__ = view.__qualname__ = f"{feed_class.__name__}_view"
    return view


def _sections(changed_at) -> dict:
    sections = {}
    for name, sitemap_class in SECTIONS.items():
        sitemap = sitemap_class()
        sitemap.latest_change = changed_at
        sections[name] = sitemap
    return sections


@pagecache.public_view
def sitemap_index(request: HttpRequest) -> HttpResponse:
    """Every file of every section that has rows, each with the time the public version
    last changed (an upper bound on the lastmod of everything in it). Django's own index view builds
    its links from the sites framework's domain and asks every item for its lastmod."""
    changed_at = live.current_state().changed_at
    entries = []
    for name, sitemap in _sections(changed_at).items():
        if not sitemap.paginator.last_id:
            continue  # nothing to list: an empty urlset is not a valid sitemap
        location = absolute_url(reverse("sitemaps:section", kwargs={"section": name}), request)
        entries.append(SitemapIndexItem(location, sitemap.get_latest_lastmod()))
        entries.extend(
            SitemapIndexItem(f"{location}?p={page}", sitemap.get_latest_lastmod())
            for page in range(2, sitemap.paginator.num_pages + 1)
        )
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": entries},
        content_type="application/xml",
    )


@pagecache.public_view
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    """One file of a section (`?p=2` for the second), written out directly: the contrib
    view and template cost ~18 s for a file of 50,000 stories (see `SiteSitemap.entries`).
    """
    if section not in SECTIONS:
        raise Http404(f"No sitemap section {section!r}.")
    sitemap = SECTIONS[section]()
    root = site_root(request)
    try:
        entries = list(sitemap.entries(request.GET.get("p", 1)))
    except (EmptyPage, PageNotAnInteger) as exc:
        raise Http404(f"No such sitemap file: {exc}") from exc
    parts = [URLSET_OPEN]
    for address, lastmod in entries:
        parts.append(f"<url><loc>{escape(root + address)}</loc>")
        if lastmod is not None:
            parts.append(f"<lastmod>{lastmod.date().isoformat()}</lastmod>")
        parts.append("</url>\n")
    parts.append("</urlset>\n")
    response = HttpResponse("".join(parts), content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


def news_language() -> str:
    """ISO 639 for Google News: the primary subtag, except the two Chinese scripts."""
    code = settings.LANGUAGE_CODE.lower()
    return code if code in ("zh-cn", "zh-tw") else code.split("-")[0]


@pagecache.public_view
def news_sitemap(request: HttpRequest) -> HttpResponse:
    """Google News sitemap: stories published in the last 48 hours, newest first, at most
    1,000, with the publication's name and language, the publication time and title."""
    since = timezone.now() - NEWS_WINDOW
    stories = list(
        Article.objects.published()
        .filter(published_at__gte=since)
        .newest_first()
        .only("slug", "headline", "published_at", "updated_at")[:NEWS_LIMIT]
    )
    for story in stories:
        story.absolute_url = absolute_url(story.get_absolute_url(), request)
    return TemplateResponse(
        request,
        "sitemaps/news.xml",
        {
            "stories": stories,
            "publication_name": feeds.site_name(),
            "language": news_language(),
        },
        content_type="application/xml",
    )


@pagecache.public_view
def robots_txt(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "sitemaps/robots.txt",
        {
            "sitemap": absolute_url(reverse("sitemaps:index"), request),
            "news_sitemap": absolute_url(reverse("sitemaps:news"), request),
        },
        content_type="text/plain; charset=utf-8",
    )


feed_patterns = (
    [
        path("feeds/latest/", feed_view(feeds.LatestFeed), name="latest"),
        path("feeds/latest/atom/", feed_view(feeds.LatestAtomFeed), name="latest_atom"),
        path("companies/<slug:slug>/feed/", feed_view(feeds.CompanyFeed), name="company"),
        path("topics/<str:slug>/feed/", feed_view(feeds.TopicFeed), name="topic"),  # see urls
        path("authors/<slug:slug>/feed/", feed_view(feeds.AuthorFeed), name="author"),
        path("deals/<slug:slug>/feed/", feed_view(feeds.DealFeed), name="deal"),
    ],
    "feeds",
)

sitemap_patterns = (
    [
        path("sitemap.xml", sitemap_index, name="index"),
        path("sitemap-<slug:section>.xml", sitemap_section, name="section"),
        path("news-sitemap.xml", news_sitemap, name="news"),
        path("robots.txt", robots_txt, name="robots"),
    ],
    "sitemaps",
)
