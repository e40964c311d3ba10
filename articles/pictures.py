"""Stories and their pictures: what the story pages need from the picture library, and
keeping derived data exact when a picture changes.

A story's body HTML carries its pictures' markup (rendered on save from
`![alt](image:42 "wide")`), so when a picture changes — new alt text, caption, renditions —
the bodies showing it are rendered again, and the public version is bumped so cached pages
showing it are rebuilt. Bookkeeping only, like `signals.py`.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from core.site import absolute_url
from images.body import render_body
from images.demo import load_demo_pictures
from images.models import CompanyLogo, Image
from images.picture import rendition_size, rendition_url
from images.renditions import STRUCTURED_DATA_CROPS

from . import live
from .models import Article


def share_images(article: Article, request) -> dict:
    """What a story page hands to its <head>: `og_image_url` (1200×630) with its size, and
    `ld_image_urls` — the lead picture at 1200 px wide in 16:9, 4:3 and 1:1, as search
    engines ask of a NewsArticle. Empty when the story has no lead picture."""
    image = article.lead_image
    if image is None:
        return {"og_image_url": "", "ld_image_urls": []}
    og = rendition_url(image, "og")
    size = rendition_size(image, "og") or (None, None)
    return {
        "og_image_url": absolute_url(og, request) if og else "",
        "og_image_width": size[0],
        "og_image_height": size[1],
        "og_image_alt": image.alt_text,
        "ld_image_urls": [
            absolute_url(url, request)
            for url in (rendition_url(image, crop) for crop in STRUCTURED_DATA_CROPS)
            if url
        ],
    }


def rerender_bodies(image_ids: list[int]) -> list[int]:
    """Render again the bodies showing these pictures; returns the stories' ids."""
    stories = Article.objects.filter(body_image_links__image__in=image_ids).distinct()
    changed = []
    for pk, body, html in stories.values_list("pk", "body", "body_html"):
        fresh = render_body(body).html
        if fresh != html:
            Article.objects.filter(pk=pk).update(body_html=fresh)
        changed.append(pk)
    return changed


def _picture_changed(sender, instance: Image, raw=False, **kwargs):
    if raw:
        return
    shown_in = set(rerender_bodies([instance.pk]))
    shown_in |= set(Article.objects.filter(lead_image=instance).values_list("pk", flat=True))
    companies = CompanyLogo.objects.filter(image=instance).values_list("company_id", flat=True)
    live.bump_version(
        keys=[*(f"article-{pk}" for pk in shown_in), *(f"company-{pk}" for pk in companies)]
    )


def _logo_changed(sender, instance: CompanyLogo, raw=False, **kwargs):
    if not raw:
        live.bump_version(keys=[f"company-{instance.company_id}"])


def stories_showing(image: Image) -> Q:
    """Stories that show `image`, as their lead picture or in their body."""
    return Q(lead_image=image) | Q(body_image_links__image=image)


def attach_demo_pictures(*, companies, deals, articles) -> None:
    """The demo's drawn pictures: company logos, and a chart of its deal as the lead
    picture of each story reporting a valued deal (stories that have none yet)."""
    charts = load_demo_pictures(list(companies), list(deals))
    for article in articles:
        if article.lead_image_id:
            continue
        chart = next((charts[d.slug] for d in article.deals.all() if d.slug in charts), None)
        if chart is not None:
            Article.objects.filter(pk=article.pk).update(lead_image=chart)


def connect() -> None:
    post_save.connect(_picture_changed, sender=Image)
    for signal in (post_save, post_delete):
        signal.connect(_logo_changed, sender=CompanyLogo)
