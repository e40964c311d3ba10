"""Loads the reference scenario (scenario.yaml) into the database, idempotently.

Rows are found by slug (or by their natural key) and written only when something differs,
so a second load changes nothing, not even `updated_at`.
"""

import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import yaml
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction
from django.utils import timezone

from companies.models import Company, CompanyAlias, CompanyRelation
from core.text import normalise_name
from deals.models import Deal, DealParty

from .. import live, pictures, roles
from ..models import Article, ArticleCompany, Author, Byline, DealEvent

SCENARIO = Path(__file__).with_name("scenario.yaml")
DEMO_ACCOUNTS = {"editor": roles.EDITOR, "writer": roles.WRITER}


@dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    accounts: dict[str, str] = field(default_factory=dict)


def _upsert(report: LoadReport, model: type[models.Model], lookup: dict, values: dict):
    """Create the row matching `lookup`, or update only the fields that differ."""
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        report.created += 1
        obj = model(**lookup, **values)
        obj.save()
        return obj
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        report.updated += 1
        for name in changed:
            setattr(obj, name, values[name])
        obj.save()
    return obj


def _prune(queryset, keep_ids) -> None:
    queryset.exclude(pk__in=keep_ids).delete()


def demo_load(*, password: str | None = None) -> LoadReport:
    """Load the scenario; demo accounts get `password` or a fresh random one."""
    data = yaml.safe_load(SCENARIO.read_text(encoding="utf-8"))
    report = LoadReport()
    with transaction.atomic():
        authors = {
            a["slug"]: _upsert(
                report, Author, {"slug": a["slug"]}, {"name": a["name"], "bio": a["bio"]}
            )
            for a in data["authors"]
        }
        companies = _load_companies(report, data["companies"])
        deals = _load_deals(report, data["deals"], companies)
        articles = _load_articles(report, data["articles"], authors, companies, deals)
        _load_deal_events(report, data["deals"], deals, articles)
        pictures.attach_demo_pictures(
            companies=companies.values(), deals=deals.values(), articles=articles.values()
        )
        live.refresh_all()
        report.accounts = _load_accounts(password)
    return report


def _load_companies(report: LoadReport, rows: list[dict]) -> dict[str, Company]:
    companies = {}
    for row in rows:
        values = {
            k: row.get(k, "")
            for k in ("name", "description", "country", "sector", "website", "ticker")
        }
        company = _upsert(report, Company, {"slug": row["slug"]}, values)
        companies[row["slug"]] = company
        for alias in row.get("aliases", []):
            _upsert(
                report,
                CompanyAlias,
                {"normalised": normalise_name(alias)},
                {"company": company, "name": alias},
            )
    for row in rows:
        if parent := row.get("parent"):
            stake = parent.get("stake")
            _upsert(
                report,
                CompanyRelation,
                {"parent": companies[parent["company"]], "child": companies[row["slug"]]},
                {
                    "kind": parent["kind"],
                    "stake_percent": Decimal(str(stake)) if stake is not None else None,
                },
            )
    return companies


def _load_deals(
    report: LoadReport, rows: list[dict], companies: dict[str, Company]
) -> dict[str, Deal]:
    deals = {}
    for row in rows:
        values = {
            "name": row["name"],
            "kind": row["kind"],
            "status": row["status"],
            "value": Decimal(row["value"]) if row.get("value") else None,
            "currency": row.get("currency", ""),
            "stake_percent": Decimal(row["stake_percent"]) if row.get("stake_percent") else None,
            "announced_on": row.get("announced_on"),
            "closed_on": row.get("closed_on"),
            "summary": row.get("summary", ""),
        }
        deal = _upsert(report, Deal, {"slug": row["slug"]}, values)
        deals[row["slug"]] = deal
        parties = [
            _upsert(
                report,
                DealParty,
                {"deal": deal, "company": companies[p["company"]]},
                {"role": p["role"]},
            )
            for p in row["parties"]
        ]
        _prune(deal.parties.all(), [p.pk for p in parties])
    return deals


def _load_articles(report, rows, authors, companies, deals) -> dict[str, Article]:
    articles = {}
    now = timezone.now()
    for row in rows:
        status = row.get("status", Article.Status.PUBLISHED)
        if "scheduled_in_days" in row:
            # Scheduled relative to the load, kept on later loads while it is still ahead.
            existing = (
                Article.objects.filter(slug=row["slug"])
                .values_list("published_at", flat=True)
                .first()
            )
            published_at = (
                existing
                if existing and existing > now
                else now + timedelta(days=row["scheduled_in_days"])
            )
        else:
            published_at = row.get("published_at")
        values = {
            "headline": row["headline"],
            "standfirst": row.get("standfirst", ""),
            "body": row["body"],
            "status": status,
            "published_at": published_at,
        }
        article = _upsert(report, Article, {"slug": row["slug"]}, values)
        articles[row["slug"]] = article
        bylines = [
            _upsert(
                report,
                Byline,
                {"article": article, "author": authors[b["author"]]},
                {"order": order, "location": b.get("location", "")},
            )
            for order, b in enumerate(row["bylines"])
        ]
        _prune(article.bylines.all(), [b.pk for b in bylines])
        links = [
            _upsert(
                report,
                ArticleCompany,
                {"article": article, "company": companies[slug]},
                {"role": role},
            )
            for role in ("about", "mentions")
            for slug in row.get("companies", {}).get(role, [])
        ]
        _prune(article.company_links.all(), [link.pk for link in links])
        wanted_deals = {deals[slug] for slug in row.get("deals", [])}
        if set(article.deals.all()) != wanted_deals:
            article.deals.set(wanted_deals)
        if {t.name for t in article.tags.all()} != set(row.get("tags", [])):
            article.tags.set(row.get("tags", []), clear=True)
    return articles


def _load_deal_events(report, rows, deals, articles) -> None:
    for row in rows:
        deal = deals[row["slug"]]
        events = [
            _upsert(
                report,
                DealEvent,
                {"deal": deal, "date": e["date"], "status": e["status"]},
                {"note": e.get("note", ""), "article": articles.get(e.get("article"))},
            )
            for e in row.get("events", [])
        ]
        _prune(deal.events.all(), [e.pk for e in events])


def _load_accounts(password: str | None) -> dict[str, str]:
    roles.sync_roles()
    User = get_user_model()
    accounts = {}
    for username, group_name in DEMO_ACCOUNTS.items():
        user, _ = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@newsroom.invalid"}
        )
        user.is_staff = True
        user_password = password or secrets.token_urlsafe(12)
        user.set_password(user_password)
        user.save()
        user.groups.set([Group.objects.get(name=group_name)])
        accounts[username] = user_password
    return accounts
