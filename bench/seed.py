"""`seed_bench` for `make bench`, with a stopgap for the group recount.

    python bench/seed.py --articles 200000 --companies 20000 [any seed_bench option]

Runs `manage.py seed_bench` with the environment's settings and database. seed_bench ends
with `articles.live.refresh_all()`. When `live.refresh_group_counts` still matches a story to
a company's group with an OR across the relation join (`company = X OR the company's parent
relation's parent = X`), neither SQLite nor PostgreSQL can use an index for it: every company
scans every link row, so the recount grows as companies × stories (11 s at 10,000 stories and
1,000 companies, 71 s at 20,000/2,000, hours at 200,000/20,000 on SQLite). Until live.py
changes, this runs the same count with the group as an IN over the company's members
(`company = X OR company IN (X's subsidiaries and affiliates)`), which SQLite answers from
the (company, article) index: same numbers (checked at 20,000 stories), 0.7 s instead of 71 s
at 20,000/2,000, 89 s for the whole refresh_all at 200,000/20,000 on a loaded machine.
PostgreSQL still scans with this form (it cannot index an OR with a correlated subplan); there
the form that works is a UNION ALL of two index-friendly branches, the company's own links and
its members' links (3 s at 20,000/2,000). The stopgap switches itself off once live.py no
longer has the OR-across-the-join form.
"""

import inspect
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.bench")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db.models import IntegerField, OuterRef, Q, Value  # noqa: E402
from django.db.models.functions import Coalesce  # noqa: E402

from articles import live  # noqa: E402
from articles.models import ArticleCompany, published_q  # noqa: E402
from companies.models import Company, CompanyRelation  # noqa: E402

SLOW_FORM = "company__parent_relations__parent=OuterRef"


def refresh_group_counts(company_ids) -> None:
    """live.refresh_group_counts, with the group as an IN over its members."""
    ids = set(company_ids)
    ids |= set(
        CompanyRelation.objects.filter(
            child__in=ids, kind__in=CompanyRelation.GROUP_KINDS
        ).values_list("parent_id", flat=True)
    )
    members = CompanyRelation.objects.filter(
        parent=OuterRef(OuterRef("pk")), kind__in=CompanyRelation.GROUP_KINDS
    ).values("child")
    in_group = Q(company=OuterRef("pk")) | Q(company__in=members)
    stories = (
        ArticleCompany.objects.filter(published_q("article__"))
        .filter(in_group)
        .order_by()
        .values("article_id")
    )
    counted = live.CountDistinct(stories, output_field=IntegerField())
    Company.objects.filter(pk__in=ids).update(group_story_count=Coalesce(counted, Value(0)))


if __name__ == "__main__":
    if SLOW_FORM in inspect.getsource(live.refresh_group_counts):
        print(
            "  (stopgap: group coverage recounted with an IN over the group's members; "
            "see bench/seed.py)",
            flush=True,
        )
        live.refresh_group_counts = refresh_group_counts
    call_command("seed_bench", *sys.argv[1:])
