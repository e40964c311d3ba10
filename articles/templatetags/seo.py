"""What a page tells search engines, social cards and feed readers about itself: the
canonical address, Open Graph and Twitter card tags, `noindex` where a page should not be
indexed, its feed, and schema.org JSON-LD for stories and companies.

The tags read the page's own context (`article`, `company`, `deal`, `tag`, `author`,
`page_obj`, `preview`), so the views need not pass anything more; a template can still
override any value by keyword (`{% page_meta noindex=True %}`). They never touch
`request.user`: that would read the session and stop the page from being cached.

Every absolute address comes from `core.site.absolute_url()`.
"""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe

from companies.models import CompanyRelation
from core.site import absolute_url
from core.urls import slug_url, static_url, url

from ..models.corrections import last_modified, notes_of

register = template.Library()

DEFAULT_DESCRIPTION = "Business news on the companies and deals that shape markets."
LOGO = "img/logo.png"
LOGO_SIZE = (240, 60)
# Query parameters that make a different page of the same address; the rest (tracking,
# ordering quirks) are left out of the canonical address.
CANONICAL_PARAMS = ("page", "letter", "status", "kind")
# Inside a <script>, "</script>" or "<!--" in a headline must not end or bend the
# element: the same escapes as Django's json_script.
JSON_SCRIPT_ESCAPES = (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026"))


def site_name() -> str:
    return getattr(settings, "SITE_NAME", "Newsroom")


def _request(context):
    return context.get("request")


def canonical_url(request) -> str:
    kept = [(k, request.GET[k]) for k in CANONICAL_PARAMS if request.GET.get(k)]
    if dict(kept).get("page") == "1":
        kept = [(k, v) for k, v in kept if k != "page"]
    query = f"?{urlencode(kept)}" if kept else ""
    return absolute_url(request.path + query, request)


def _is_search(request) -> bool:
    match = getattr(request, "resolver_match", None)
    return bool(match and "search" in (match.namespace, match.url_name))


def _is_empty_listing(context) -> bool:
    page = context.get("page_obj")
    if page is not None:
        return not page.object_list and "company" not in context
    object_list = context.get("object_list")
    return object_list is not None and not object_list


def should_noindex(context) -> bool:
    """Previews, error pages, search results and empty listings stay out of the index."""
    request = _request(context)
    return bool(
        context.get("noindex")
        or context.get("preview")
        or "exception" in context  # Django's 404 page
        or "errors" in context  # the 400 page
        or (request is not None and _is_search(request))
        or _is_empty_listing(context)
    )


def _subject_meta(context) -> dict:
    """Title, description and kind of the page's main subject."""
    if (article := context.get("article")) is not None:
        return {
            "title": article.headline,
            "description": article.standfirst or article.headline,
            "type": "article",
            "canonical_path": article.get_absolute_url(),
            "published": article.published_at,
            "modified": last_modified(article) or article.published_at,
        }
    if (company := context.get("company")) is not None:
        return {
            "title": company.name,
            "description": company.description
            or f"{company.name}: coverage, deals, parent and subsidiaries.",
            "type": "profile",
        }
    if (deal := context.get("deal")) is not None:
        return {"title": deal.name, "description": deal.summary or deal.name, "type": "website"}
    if (tag := context.get("tag")) is not None:
        return {
            "title": tag.name[:1].upper() + tag.name[1:],
            "description": f"Stories about {tag.name}.",
            "type": "website",
        }
    if (author := context.get("author")) is not None:
        return {
            "title": author.name,
            "description": author.bio or f"Stories by {author.name}.",
            "type": "profile",
        }
    return {"title": site_name(), "description": DEFAULT_DESCRIPTION, "type": "website"}


@register.inclusion_tag("includes/meta.html", takes_context=True)
def page_meta(context, **overrides) -> dict:
    request = _request(context)
    if request is None:
        return {}
    meta = _subject_meta(context)
    meta["noindex"] = should_noindex(context)
    meta.update(overrides)
    path = meta.pop("canonical_path", None)
    meta["canonical"] = absolute_url(path, request) if path else canonical_url(request)
    meta["site_name"] = site_name()
    # The story's lead picture when the view offers one (articles.pictures.share_images),
    # else the site's logo.
    if context.get("og_image_url"):
        meta["image"] = context["og_image_url"]
        meta["image_width"] = context.get("og_image_width")
        meta["image_height"] = context.get("og_image_height")
        meta["image_alt"] = context.get("og_image_alt")
    else:
        meta["image"] = absolute_url(static_url(LOGO), request)
    language, _, region = settings.LANGUAGE_CODE.partition("-")
    meta["locale"] = f"{language}_{region.upper()}" if region else language
    return {"meta": meta}


@register.simple_tag(takes_context=True)
def page_feeds(context) -> SafeString:
    """`<link rel="alternate">` for the feed of the page's own subject, if it has one."""
    if context.get("preview") or _request(context) is None:
        return SafeString("")
    for key, name, label in (
        ("company", "feeds:company", lambda o: o.name),
        ("deal", "feeds:deal", lambda o: o.name),
        ("tag", "feeds:topic", lambda o: o.name),
        ("author", "feeds:author", lambda o: o.name),
    ):
        subject = context.get(key)
        if subject is not None and getattr(subject, "slug", None):
            return format_html(
                '<link rel="alternate" type="application/rss+xml" title="{}: {}" href="{}">',
                site_name(),
                label(subject),
                slug_url(name, subject.slug),
            )
    return SafeString("")


# JSON-LD ---------------------------------------------------------------------------


def json_ld(data: dict) -> SafeString:
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    # Escaped above, as json_script does.
    # Three replaces: str.translate with a mapping calls back per character (a twentieth
    # of a company page's rendering).
    for char, escaped in JSON_SCRIPT_ESCAPES:
        text = text.replace(char, escaped)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def publisher(request) -> dict:
    width, height = LOGO_SIZE
    return {
        "@type": "Organization",
        "name": site_name(),
        "url": absolute_url(url("articles:home"), request),
        "logo": {
            "@type": "ImageObject",
            "url": absolute_url(static_url(LOGO), request),
            "width": width,
            "height": height,
        },
    }


def organization(company, request) -> dict:
    """A company as a schema.org Organization: its page here, its own site, its ticker
    (`tickerSymbol` belongs to Corporation, the Organization of a listed company)."""
    data = {
        "@type": "Corporation" if company.ticker else "Organization",
        "name": company.name,
        "url": absolute_url(company.get_absolute_url(), request),
    }
    if company.website:
        data["sameAs"] = company.website
    if company.ticker:
        data["tickerSymbol"] = company.ticker
    return data


def breadcrumbs(request, crumbs: list[tuple[str, str]]) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": absolute_url(path, request),
            }
            for position, (name, path) in enumerate(crumbs, start=1)
        ],
    }


@register.simple_tag(takes_context=True)
def article_jsonld(context, article) -> SafeString:
    """NewsArticle and BreadcrumbList for a published story; nothing for a preview.

    Reads what the article page prefetched: bylines with authors, company links with
    companies, tags."""
    request = _request(context)
    if request is None or not article.is_published():
        return SafeString("")
    address = absolute_url(article.get_absolute_url(), request)
    links = list(article.company_links.all())
    tags = list(article.tags.all())
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": f"{address}#article",
        "mainEntityOfPage": {"@type": "WebPage", "@id": address},
        "url": address,
        "headline": article.headline,
        "description": article.standfirst or article.headline,
        "datePublished": article.published_at.isoformat(),
        "dateModified": (last_modified(article) or article.published_at).isoformat(),
        "author": [
            {
                "@type": "Person",
                "name": byline.author.name,
                "url": absolute_url(byline.author.get_absolute_url(), request),
            }
            for byline in article.bylines.all()
        ],
        "publisher": publisher(request),
        "image": list(context.get("ld_image_urls") or [absolute_url(static_url(LOGO), request)]),
        "inLanguage": settings.LANGUAGE_CODE,
        "isAccessibleForFree": True,
    }
    about = [organization(link.company, request) for link in links if link.role == "about"]
    mentions = [organization(link.company, request) for link in links if link.role != "about"]
    if about:
        data["about"] = about
    if mentions:
        data["mentions"] = mentions
    if tags:
        data["keywords"] = [tag.name for tag in tags]
    corrections = [note for note in notes_of(article) if note.is_correction]
    if corrections:
        # schema.org: a CorrectionComment per correction (updates only move dateModified).
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": note.text,
                "datePublished": note.noted_at.isoformat(),
                "url": absolute_url(note.get_absolute_url(), request),
            }
            for note in corrections
        ]
    crumbs = [(site_name(), url("articles:home"))]
    if about:
        first = next(link.company for link in links if link.role == "about")
        crumbs.append((first.name, first.get_absolute_url()))
    elif tags:
        crumbs.append((tags[0].name, slug_url("topics:detail", tags[0].slug)))
    crumbs.append((article.headline, article.get_absolute_url()))
    return json_ld(data) + json_ld(breadcrumbs(request, crumbs))


@register.simple_tag(takes_context=True)
def company_jsonld(context, company, parent_relations=(), child_relations=()) -> SafeString:
    """Organization (with its parent and subsidiaries) and BreadcrumbList for a company."""
    request = _request(context)
    if request is None:
        return SafeString("")
    data = {"@context": "https://schema.org", **organization(company, request)}
    data["@id"] = f"{data['url']}#organization"
    # The company page reads its aliases with the company (context "aliases").
    aliases = context.get("aliases")
    if aliases is None:
        aliases = [alias.name for alias in company.aliases.all()]
    if aliases:
        data["alternateName"] = aliases
    if company.description:
        data["description"] = company.description
    if company.country:
        data["address"] = {"@type": "PostalAddress", "addressCountry": company.country.code}
    group = CompanyRelation.GROUP_KINDS
    parents = [organization(r.parent, request) for r in parent_relations if r.kind in group]
    children = [organization(r.child, request) for r in child_relations if r.kind in group]
    if parents:
        data["parentOrganization"] = parents[0] if len(parents) == 1 else parents
    if children:
        data["subOrganization"] = children
    crumbs = [
        (site_name(), url("articles:home")),
        ("Companies", url("companies:index")),
        (company.name, company.get_absolute_url()),
    ]
    return json_ld(data) + json_ld(breadcrumbs(request, crumbs))
