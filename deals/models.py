"""Deals between companies: their parties, terms and status, and when they are public."""

from datetime import datetime

import reversion
from django.db import models
from django.db.models import Q
from django.utils import timezone

from companies.models import Company
from core.fields import (
    CurrencyField,
    MoneyValueField,
    PercentField,
    format_percent,
    percent_range_check,
)
from core.loading import QuickLoad
from core.locking import VersionedModel
from core.money import format_money
from core.urls import slug_url


def public_q(prefix: str = "", *, now: datetime | None = None) -> Q:
    """THE definition of a public deal, as a filter; `prefix` reaches it across a relation.

    A deal is public once a published story reports it — `reported_at`, which the stories'
    app keeps as the earliest publication time among the stories linked to the deal, so a
    deal reported by a scheduled story goes public with it — or when an editor has marked
    it public (from a filing, say). Until then its page, its terms and its place in any
    list stay hidden from readers. `now` is the moment asked about (the present unless
    given: a prepared query passes its own).
    """
    return Q(**{f"{prefix}marked_public": True}) | Q(
        **{f"{prefix}reported_at__lte": now or timezone.now()}
    )


class DealQuerySet(models.QuerySet):
    def public(self, *, now: datetime | None = None) -> "DealQuerySet":
        return self.filter(public_q(now=now))

    def with_parties(self) -> "DealQuerySet":
        return self.prefetch_related(
            models.Prefetch("parties", queryset=DealParty.objects.select_related("company"))
        )

    def latest(self) -> "DealQuerySet":  # type: ignore[override]  # newest first, not one row
        return self.order_by(models.F("announced_on").desc(nulls_last=True), "-pk")


@reversion.register(follow=("parties",), exclude=("version", "story_count", "reported_at"))
class Deal(VersionedModel):
    class Kind(models.TextChoices):
        ACQUISITION = "acquisition", "Acquisition"
        MERGER = "merger", "Merger"
        JOINT_VENTURE = "joint_venture", "Joint venture"
        INVESTMENT = "investment", "Investment"
        PARTNERSHIP = "partnership", "Partnership"

    class Status(models.TextChoices):
        RUMOURED = "rumoured", "Rumoured"
        IN_TALKS = "in_talks", "In talks"
        ANNOUNCED = "announced", "Announced"
        COMPLETED = "completed", "Completed"
        COLLAPSED = "collapsed", "Collapsed"

    name = models.CharField(max_length=255)
    slug = models.SlugField(max_length=255, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.RUMOURED,
        help_text="Where the deal stands now. Record each change as a status event below too.",
    )
    value = MoneyValueField(
        null=True,
        blank=True,
        help_text="The full amount in units of the currency: 184000000, not 184.",
    )
    currency = CurrencyField(blank=True, help_text="ISO 4217: USD, EUR, CNY.")
    stake_percent = PercentField(
        null=True,
        blank=True,
        help_text="The share changing hands, 0–100, if the deal is for a stake.",
    )
    announced_on = models.DateField(null=True, blank=True)
    closed_on = models.DateField(null=True, blank=True, help_text="When it completed or collapsed.")
    summary = models.TextField(blank=True)
    companies: "models.ManyToManyField[Company, DealParty]" = models.ManyToManyField(
        Company, through="DealParty", related_name="deals"
    )
    marked_public = models.BooleanField(
        "public without a story",
        default=False,
        help_text="Show this deal to readers before any published story reports it, for "
        "example when it comes from a filing. Otherwise it appears with its first story.",
    )
    reported_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the first published story reporting the deal went (or goes) live.",
    )
    story_count = models.PositiveIntegerField(
        default=0, editable=False, help_text="Published stories linked to the deal."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DealQuerySet.as_manager()

    class Meta:
        ordering = ["-announced_on", "name"]
        indexes = [
            models.Index(fields=["status", "kind"]),
            # The deals index, newest first (`latest()`), whole or by status or kind: read
            # in order from these, a page at a time, with no sort of every deal that matches;
            # and counted from them alone (they carry what `public_q()` reads).
            *(
                models.Index(
                    fields=[*first, "-announced_on", "-id", "marked_public", "reported_at"],
                    name=f"deal_{name}_idx",
                )
                for first, name in (
                    ([], "latest"),
                    (["status"], "status_latest"),
                    (["kind"], "kind_latest"),
                )
            ),
            models.Index(fields=["reported_at"], name="deal_reported_idx"),
        ]
        constraints = [
            percent_range_check("stake_percent", name="deal_stake_0_100"),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | ~Q(currency=""), name="deal_value_has_currency"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return slug_url("deals:detail", self.slug)

    @property
    def value_display(self) -> str:
        return format_money(self.value, self.currency)

    @property
    def facts(self) -> str:
        """ "Acquisition · $922m · 46% stake": the kind and the terms, as lists show them."""
        return facts_of(self.get_kind_display(), self.value, self.currency, self.stake_percent)

    def is_public(self) -> bool:
        """`public()` for one row already in memory."""
        return self.marked_public or (
            self.reported_at is not None and self.reported_at <= timezone.now()
        )


def facts_of(kind: str, value, currency: str, stake) -> str:
    """`Deal.facts` for a deal's kind (its label) and terms read without the deal."""
    facts = [kind]
    if value:
        facts.append(format_money(value, currency))
    if stake is not None:
        facts.append(f"{format_percent(stake)} stake")
    return " · ".join(facts)


@reversion.register()
class DealParty(QuickLoad):
    class Role(models.TextChoices):
        ACQUIRER = "acquirer", "Acquirer"
        TARGET = "target", "Target"
        INVESTOR = "investor", "Investor"
        INVESTEE = "investee", "Investee"
        PARTNER = "partner", "Partner"
        SELLER = "seller", "Seller"

    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="parties")
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="deal_parties")
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "deal parties"
        constraints = [
            models.UniqueConstraint(fields=["deal", "company"], name="deal_party_once"),
        ]

    def __str__(self) -> str:
        return f"{self.company} ({self.get_role_display().lower()})"
