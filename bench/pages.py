"""The Django side of `make bench` (run in a subprocess by bench/run.py, with the bench
settings and database in its environment).

    python bench/pages.py volume             how many bench stories and companies are seeded
    python bench/pages.py targets            the pages to measure, as JSON {name: path}
    python bench/pages.py measure MODE < targets.json
                                             per page, one JSON line: status, bytes, ETag and
                                             queries for one request, counted in process

To measure another page, add a line to TARGETS: a name and a function of nothing that returns
its path (or None when the data has no such page). BENCH_EXTRA="name=/path,..." adds pages
without editing anything.
"""

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.bench")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from taggit.models import Tag  # noqa: E402

from articles.models import Article, Author  # noqa: E402
from companies.models import Company  # noqa: E402
from deals.models import Deal  # noqa: E402

PREFIX = "bench-"


def _top_company():
    return Company.objects.order_by("-story_count", "pk").first()


def _company(which):
    company = which()
    return company and reverse("companies:detail", kwargs={"slug": company.slug})


def _article():
    """The newest published story that reports a deal: companies, a deal, topics, related
    coverage — every part of the article page has something to show."""
    story = (
        Article.objects.published().filter(deals__isnull=False).newest_first().only("slug").first()
    )
    return story and reverse("articles:detail", kwargs={"slug": story.slug})


def _drawn(number: int) -> bytes:
    """A 1600x1000 picture drawn on the spot (no file is downloaded)."""
    import io

    from PIL import Image as PILImage
    from PIL import ImageDraw

    picture = PILImage.new("RGB", (1600, 1000), (30 + 50 * number, 90, 160))
    ImageDraw.Draw(picture).ellipse((400, 200, 1200, 800), fill=(240, 200 - 40 * number, 40))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _article_with_pictures():
    """`article`'s story again, with a lead picture and three body pictures (made once in
    the bench database, dated before it so no list changes): what pictures add to a page."""
    from datetime import timedelta

    from django.core.files.base import ContentFile

    from articles.models import ArticleCompany
    from images.library import image_create
    from images.models import Image

    slug = f"{PREFIX}pictures"
    if not Article.objects.filter(slug=slug).exists():
        base = Article.objects.published().filter(deals__isnull=False).newest_first().first()
        if base is None:
            return None
        pictures = [
            Image.objects.filter(title=f"{PREFIX}picture-{n}").first()
            or image_create(
                content=ContentFile(_drawn(n), name="bench.jpg"),
                title=f"{PREFIX}picture-{n}",
                alt_text=f"Bench picture {n}.",
            )
            for n in range(4)
        ]
        body = base.body + "".join(f'\n\n![](image:{p.pk} "wide")' for p in pictures[1:])
        story = Article.objects.create(
            headline=f"{base.headline} (with pictures)",
            slug=slug,
            standfirst=base.standfirst,
            body=body,
            status=Article.Status.PUBLISHED,
            published_at=base.published_at - timedelta(days=3650),
            lead_image=pictures[0],
        )
        for link in base.company_links.all():
            ArticleCompany.objects.create(article=story, company=link.company, role=link.role)
        story.deals.set(base.deals.all())
        story.tags.set(list(base.tags.all()))
    return reverse("articles:detail", kwargs={"slug": slug})


def _small_company():
    return (
        Company.objects.filter(slug__startswith=PREFIX, story_count__in=(1, 2))
        .order_by("slug")
        .first()
    )


def _topic():
    tag = Tag.objects.annotate(n=Count("articles_taggedarticle_items")).order_by("-n").first()
    return tag and reverse("topics:detail", kwargs={"slug": tag.slug})


def _author():
    author = Author.objects.annotate(n=Count("bylines")).order_by("-n").first()
    return author and reverse("authors:detail", kwargs={"slug": author.slug})


def _deal():
    deal = Deal.objects.public().order_by("-story_count", "pk").first()
    return deal and reverse("deals:detail", kwargs={"slug": deal.slug})


def _top_company_last_page():
    path = _company(_top_company)
    return path and path + "?page=last"


TARGETS = [
    ("floor", lambda: "/bench/floor/"),
    ("home", lambda: reverse("articles:home")),
    ("article", _article),
    ("article_pictures", _article_with_pictures),
    ("company_top", lambda: _company(_top_company)),
    ("company_top_last", _top_company_last_page),
    ("company_small", lambda: _company(_small_company)),
    ("topic_top", _topic),
    ("author_top", _author),
    ("companies", lambda: reverse("companies:index")),
    ("companies_letter", lambda: reverse("companies:index") + "?letter=S"),
    ("deals_filtered", lambda: reverse("deals:index") + "?status=completed"),
    ("deal_top", _deal),
]


def targets() -> dict[str, str]:
    found = {}
    for name, resolve in TARGETS:
        path = resolve()
        if path:
            found[name] = path
    for extra in filter(None, os.environ.get("BENCH_EXTRA", "").split(",")):
        name, _, path = extra.partition("=")
        found[name.strip()] = path.strip()
    return found


def volume() -> dict[str, int]:
    return {
        "articles": Article.objects.filter(slug__startswith=PREFIX).count(),
        "companies": Company.objects.filter(slug__startswith=PREFIX).count(),
    }


def measure(mode: str, pages: dict[str, str]) -> None:
    """One line per page, as soon as it is measured (bench/run.py gives up on a page that
    takes too long): the second request's status, bytes and queries; in mode `304` the
    second request carries the first one's ETag."""
    from django.conf import settings

    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    print(json.dumps({"cache": backend}), flush=True)
    client = Client()
    for name, path in pages.items():
        client.cookies.clear()
        start = time.perf_counter()
        first = client.get(path)
        seconds = time.perf_counter() - start
        headers = {}
        etag = first.get("ETag")
        if mode == "304" and etag and name != "floor":  # the floor stays the plain 200 page
            headers["If-None-Match"] = etag
        client.cookies.clear()
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            second = client.get(path, headers=headers)
            again = time.perf_counter() - start
        row = {
            "name": name,
            "status": second.status_code,
            "bytes": len(second.content),
            "queries": len(queries),
            "etag": etag,
            "first_seconds": round(seconds, 4),
            "seconds": round(again, 4),
        }
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "targets"
    if command == "volume":
        print(json.dumps(volume()))
    elif command == "targets":
        print(json.dumps(targets()))
    elif command == "measure":
        measure(sys.argv[2], json.loads(sys.stdin.read()))
    else:
        sys.exit(f"unknown command {command}; use volume, targets or measure MODE")
