"""The public record of corrections and updates: `/corrections/`, newest first and
paginated, and its RSS and Atom feeds — notes on published stories only.

Served like every public page (`pagecache.public_view`: conditional GET, the page cache
keyed on the public version, which a new or changed note bumps). Queries, whatever the
number of notes: the public state, a count and the page (the story's headline and
address come in the same query).
"""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from . import feeds, pagecache, seo_views
from .models import Correction
from .views import paginate

NOTES_PER_PAGE = 20


def public_notes():
    return (
        Correction.objects.public()
        .newest_first()
        .select_related("article")
        .only("kind", "text", "noted_at", "article__headline", "article__slug")
    )


@pagecache.public_view
def corrections(request: HttpRequest) -> HttpResponse:
    page = paginate(request, public_notes(), per_page=NOTES_PER_PAGE)
    response = TemplateResponse(
        request,
        "articles/corrections.html",
        {"page_obj": page, "noindex": page.number > 1},
    )
    keys = {"corrections", "stories", *(f"article-{note.article_id}" for note in page)}
    response["Surrogate-Key"] = pagecache.surrogate_keys(keys)
    response["Cache-Tag"] = ",".join(sorted(keys))
    return response


corrections_feed = seo_views.feed_view(feeds.CorrectionsFeed)
corrections_atom = seo_views.feed_view(feeds.CorrectionsAtomFeed)
