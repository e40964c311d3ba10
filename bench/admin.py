"""The editors' screens at volume (part of `make bench`): each admin page the desk opens all
day, timed in process on the bench database, logged in as a superuser.

    python bench/admin.py            (with the bench settings and DATABASE_URL, as run.py sets)

Prints, per screen: the best and median time of BENCH_ADMIN_REPEAT requests (5), the queries
one request runs and its status. The issue's budget is 300 ms a screen at 200,000 stories and
20,000 companies. BENCH_ADMIN_SCREENS (comma-separated names) times only those screens.
Writes nothing but a throwaway superuser and its session.
"""

import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.bench")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from taggit.models import Tag  # noqa: E402

from articles.models import Article  # noqa: E402
from companies.models import Company  # noqa: E402

REPEAT = int(os.environ.get("BENCH_ADMIN_REPEAT", "5"))
# BENCH_ADMIN_SCREENS=stories_search,stories_search_top_company: only those screens.
ONLY = [name for name in os.environ.get("BENCH_ADMIN_SCREENS", "").split(",") if name]
BUDGET_MS = 300


def screens() -> dict[str, str]:
    story = Article.objects.order_by("-pk").only("pk").first()
    top = Company.objects.order_by("-story_count", "pk").only("pk", "name").first()
    tag = Tag.objects.order_by("pk").only("pk").first()
    found: dict[str, str | None] = {
        "stories": "/admin/articles/article/",
        "stories_search": "/admin/articles/article/?q=takeover",
        # The most covered company's name: tens of thousands of matches (issue 8).
        "stories_search_top_company": top
        and f"/admin/articles/article/?{urlencode({'q': top.name})}",
        "stories_by_status": "/admin/articles/article/?status__exact=published",
        "stories_by_company": top and f"/admin/articles/article/?company={top.pk}",
        "stories_by_topic": tag and f"/admin/articles/article/?topic={tag.pk}",
        "stories_page_500": "/admin/articles/article/?p=500",
        "story_change": story and f"/admin/articles/article/{story.pk}/change/",
        "story_add": "/admin/articles/article/add/",
        "company_autocomplete": (
            "/admin/autocomplete/?app_label=articles&model_name=articlecompany"
            "&field_name=company&term=hold"
        ),
        "companies": "/admin/companies/company/",
        "companies_by_coverage": "/admin/companies/company/?o=-5",
        "companies_search": "/admin/companies/company/?q=holdings",
        "company_change": top and f"/admin/companies/company/{top.pk}/change/",
        "deals": "/admin/deals/deal/",
    }
    return {name: path for name, path in found.items() if path and (not ONLY or name in ONLY)}


def main() -> None:
    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    print(f"\n== admin screens in process ({REPEAT} requests each; budget {BUDGET_MS} ms)")
    print(f"{'screen':24} {'best ms':>8} {'median':>8} {'queries':>8} status")
    for name, path in screens().items():
        client.get(path)  # warm the template and query caches
        times = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
        over = "  over budget" if min(times) > BUDGET_MS else ""
        print(
            f"{name:24} {min(times):8.1f} {statistics.median(times):8.1f} "
            f"{len(queries):8} {response.status_code}{over}",
            flush=True,
        )


if __name__ == "__main__":
    main()
