from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django_countries.fields import CountryField

from ..text import normalise_name

PERCENT_VALIDATORS = [MinValueValidator(0), MaxValueValidator(100)]


# Rankings read a bounded window of recent coverage, so their cost stays flat however
# large the archive grows; for all but the most covered companies the window is everything.
RECENT_STORIES = 500
CO_MENTION_WINDOW = 1000


class CompanyQuerySet(models.QuerySet):
    def with_coverage_counts(self) -> "CompanyQuerySet":
        """Annotate `coverage`: how many published stories are linked to each company.

        A correlated subquery rather than a join: on a paginated admin list only the rows
        shown are counted.
        """
        from .articles import ArticleCompany, published_q

        links = (
            ArticleCompany.objects.filter(published_q("article__"), company=OuterRef("pk"))
            .order_by()
            .values("company")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(coverage=Coalesce(Subquery(links, output_field=IntegerField()), 0))

    def most_covered(self, *, limit: int = 8) -> list["Company"]:
        """The companies in most of the latest published stories, each with `coverage` set."""
        from .articles import Article

        latest = Article.objects.published().newest_first().values("pk")[:RECENT_STORIES]
        return self._ranked(latest, exclude=None, limit=limit, attr="coverage")

    def co_mentioned_with(self, company: "Company", *, limit: int = 10) -> list["Company"]:
        """Companies in the same published stories as `company`, with `shared` story counts.

        Counts come from the company's latest CO_MENTION_WINDOW stories.
        """
        from .articles import Article

        stories = (Article.objects.published().covering([company.pk]).newest_first().values("pk"))[
            :CO_MENTION_WINDOW
        ]
        return self._ranked(stories, exclude=company, limit=limit, attr="shared")

    def _ranked(self, stories, *, exclude, limit: int, attr: str) -> list["Company"]:
        from .articles import ArticleCompany

        # Grouping the link table alone, then fetching the few winners, is several times
        # cheaper than joining companies to every link.
        links = ArticleCompany.objects.filter(article__in=stories)
        if exclude is not None:
            links = links.exclude(company=exclude)
        counts = dict(
            links.values_list("company").annotate(n=Count("pk")).order_by("-n", "company")[:limit]
        )
        companies = list(self.filter(pk__in=counts))
        for c in companies:
            setattr(c, attr, counts[c.pk])
        return sorted(companies, key=lambda c: (-counts[c.pk], c.name))


class Company(models.Model):
    name = models.CharField(max_length=200, unique=True, help_text="The name readers know it by.")
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    country = CountryField(blank=True, help_text="Where it is headquartered.")
    sector = models.CharField(max_length=100, blank=True, help_text="For example: E-commerce.")
    website = models.URLField(blank=True)
    ticker = models.CharField(
        max_length=32, blank=True, help_text="Exchange and symbol, for example NYSE: BABA."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CompanyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"
        constraints = [
            models.UniqueConstraint(Lower("name"), name="company_name_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:company", kwargs={"slug": self.slug})

    def clean(self) -> None:
        clash = CompanyAlias.objects.filter(normalised=normalise_name(self.name)).exclude(
            company_id=self.pk
        )
        if self.name and clash.exists():
            other = clash.select_related("company").first().company
            raise ValidationError({"name": f"“{self.name}” is already an alias of {other}."})


class CompanyAlias(models.Model):
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(
        max_length=200,
        help_text="Another name the company goes by: a short form, an old name, another script "
        "(Мэйл.ру, 阿里巴巴).",
    )
    normalised = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "company aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised = normalise_name(self.name)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        normalised = normalise_name(self.name or "")
        taken = CompanyAlias.objects.filter(normalised=normalised).exclude(pk=self.pk)
        other = taken.select_related("company").first()
        if other is None:
            named = Company.objects.filter(name__iexact=self.name).exclude(pk=self.company_id)
            other_company = named.first()
        else:
            other_company = other.company
        if other_company is not None:
            raise ValidationError({"name": f"“{self.name}” already names {other_company}."})


class CompanyRelation(models.Model):
    class Kind(models.TextChoices):
        SUBSIDIARY = "subsidiary", "Subsidiary"
        AFFILIATE = "affiliate", "Affiliate"
        STAKE = "stake", "Stake"

    parent = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="child_relations")
    child = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="parent_relations")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.SUBSIDIARY)
    stake_percent = models.DecimalField(
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENT_VALIDATORS,
        help_text="The parent's share of the child, 0–100, if known.",
    )

    class Meta:
        ordering = ["parent__name", "child__name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "child"], name="company_relation_unique"),
            models.CheckConstraint(
                condition=~Q(parent=models.F("child")), name="company_not_own_parent"
            ),
            models.CheckConstraint(
                condition=Q(stake_percent__isnull=True)
                | Q(stake_percent__gte=0, stake_percent__lte=100),
                name="company_relation_stake_0_100",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.child} is a {self.get_kind_display().lower()} of {self.parent}"

    def clean(self) -> None:
        if self.parent_id and self.parent_id == self.child_id:
            raise ValidationError("A company cannot be its own parent.")
