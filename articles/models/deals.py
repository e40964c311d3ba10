from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse

from ..money import format_money, validate_currency
from .companies import PERCENT_VALIDATORS, Company


class DealQuerySet(models.QuerySet):
    def with_parties(self) -> "DealQuerySet":
        return self.prefetch_related(
            models.Prefetch("parties", queryset=DealParty.objects.select_related("company"))
        )

    def latest(self) -> "DealQuerySet":
        return self.order_by(models.F("announced_on").desc(nulls_last=True), "-pk")


class Deal(models.Model):
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
    value = models.DecimalField(
        max_digits=20,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text="The full amount in units of the currency: 184000000, not 184.",
    )
    currency = models.CharField(
        max_length=3,
        blank=True,
        validators=[validate_currency],
        help_text="ISO 4217: USD, EUR, CNY.",
    )
    stake_percent = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENT_VALIDATORS,
        help_text="The share changing hands, 0–100, if the deal is for a stake.",
    )
    announced_on = models.DateField(null=True, blank=True)
    closed_on = models.DateField(null=True, blank=True, help_text="When it completed or collapsed.")
    summary = models.TextField(blank=True)
    companies = models.ManyToManyField(Company, through="DealParty", related_name="deals")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DealQuerySet.as_manager()

    class Meta:
        ordering = ["-announced_on", "name"]
        indexes = [
            models.Index(fields=["status", "kind"]),
            models.Index(fields=["-announced_on"], name="deal_announced_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(stake_percent__isnull=True)
                | Q(stake_percent__gte=0, stake_percent__lte=100),
                name="deal_stake_0_100",
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | ~Q(currency=""), name="deal_value_has_currency"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:deal", kwargs={"slug": self.slug})

    @property
    def value_display(self) -> str:
        return format_money(self.value, self.currency)

    def coverage(self):
        from .articles import Article

        return Article.objects.published().filter(deals=self)


class DealParty(models.Model):
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


class DealEvent(models.Model):
    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="events")
    date = models.DateField()
    status = models.CharField(max_length=20, choices=Deal.Status.choices)
    note = models.CharField(max_length=300, blank=True, help_text="One line: what happened.")
    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deal_events",
        help_text="The story that reported this step; linked only once it is published.",
    )

    class Meta:
        ordering = ["date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["deal", "date", "status"], name="deal_event_once_per_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.deal}: {self.get_status_display()} on {self.date:%d %b %Y}"
