"""Companies: their names and aliases, and how they are tied to each other."""

import reversion
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.db.models.functions import Lower, Substr, Upper
from django.utils import timezone
from django_countries.fields import CountryField

from core.fields import PercentField, percent_range_check
from core.loading import QuickLoad
from core.locking import VersionedModel
from core.text import normalise_name
from core.urls import slug_url


@reversion.register(
    follow=("aliases", "parent_relations", "child_relations"),
    exclude=("version", "story_count", "group_story_count", "index_letter"),
)
class Company(VersionedModel):
    name = models.CharField(max_length=200, unique=True, help_text="The name readers know it by.")
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    country = CountryField(blank=True, help_text="Where it is headquartered.")
    sector = models.CharField(max_length=100, blank=True, help_text="For example: E-commerce.")
    website = models.URLField(blank=True)
    ticker = models.CharField(
        max_length=32, blank=True, help_text="Exchange and symbol, for example NYSE: BABA."
    )
    story_count = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="Published stories linked to the company; kept by the stories' app.",
    )
    group_story_count = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="Published stories on the company or its group (see group_ids); kept by "
        "the stories' app.",
    )
    # The A–Z index's letter, computed by the database so bulk loads get it too.
    index_letter = models.GeneratedField(
        expression=Upper(Substr("name", 1, 1)),
        output_field=models.CharField(max_length=1),
        db_persist=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"
        constraints = [
            models.UniqueConstraint(Lower("name"), name="company_name_ci_unique"),
        ]
        indexes = [
            models.Index(fields=["-story_count", "name"], name="company_coverage_idx"),
            models.Index(fields=["index_letter", "name"], name="company_letter_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return slug_url("companies:detail", self.slug)

    def group_ids(self) -> list[int]:
        """This company and those whose coverage counts as its own: its subsidiaries and
        affiliates (a mere stake does not make another company part of the group).

        A reader who opens a parent's page expects the stories about the companies it
        controls or is tied to; every surface that shows a company's coverage (its page,
        its feed, the API) asks here rather than repeating the rule. Reads prefetched
        `child_relations` when the caller has them.
        """
        return [
            self.pk,
            *(
                r.child_id
                for r in self.child_relations.all()
                if r.kind in CompanyRelation.GROUP_KINDS
            ),
        ]

    def clean(self) -> None:
        clash = CompanyAlias.objects.filter(normalised=normalise_name(self.name)).exclude(
            company_id=self.pk
        )
        other = clash.select_related("company").first() if self.name else None
        if other is not None:
            raise ValidationError(
                {"name": f"“{self.name}” is already an alias of {other.company}."}
            )


@reversion.register()
class CompanyAlias(QuickLoad):
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(
        max_length=200,
        help_text="Another name the company goes by: a short form, an old name, another script "
        "(Мэйл.ру, 阿里巴巴).",
    )
    normalised = models.CharField(max_length=200, unique=True, editable=False)
    needs_context = models.BooleanField(
        "common word",
        default=False,
        help_text="Tick when this name is also an everyday word (Amazon, Visa, Sea, Oracle): "
        "it is then read as the company only where the words around it say so (“Amazon "
        "said”, “Visa Inc”, “shares in Oracle”) or where the story names the company "
        "firmly elsewhere, never after “the” or “a” (“the Amazon basin”). To flag the "
        "company’s own name, add it here as an alias and tick this.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "company aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised = normalise_name(self.name)
        super().save(*args, **kwargs)
        # A changed alias is a changed company, for whoever keys on the company's time
        # (the matcher's signature, the public pages).
        Company.objects.filter(pk=self.company_id).update(updated_at=timezone.now())

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


@reversion.register()
class CompanyRelation(QuickLoad):
    class Kind(models.TextChoices):
        SUBSIDIARY = "subsidiary", "Subsidiary"
        AFFILIATE = "affiliate", "Affiliate"
        STAKE = "stake", "Stake"

    parent = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="child_relations")
    child = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="parent_relations")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.SUBSIDIARY)
    stake_percent = PercentField(
        null=True, blank=True, help_text="The parent's share of the child, 0–100, if known."
    )

    # The ties that make a child's coverage part of its parent's.
    GROUP_KINDS = (Kind.SUBSIDIARY, Kind.AFFILIATE)

    class Meta:
        ordering = ["parent__name", "child__name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "child"], name="company_relation_unique"),
            models.CheckConstraint(
                condition=~Q(parent=models.F("child")), name="company_not_own_parent"
            ),
            percent_range_check("stake_percent", name="company_relation_stake_0_100"),
        ]

    def __str__(self) -> str:
        return f"{self.child} is a {self.get_kind_display().lower()} of {self.parent}"

    def save(self, *args, **kwargs) -> None:
        # Every save is checked for a loop of parents, whichever path it comes by (a form,
        # an import, a merge, a shell). The two companies' rows are locked first, so two
        # concurrent saves that would close a loop between them (A over B, B over A) take
        # turns and the second sees the first (SQLite writes one at a time anyway).
        with transaction.atomic(using=kwargs.get("using")):
            ids = [i for i in (self.parent_id, self.child_id) if i]
            list(Company.objects.select_for_update().filter(pk__in=ids).order_by("pk").values("pk"))
            self.check_loop()
            super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.parent_id and self.parent_id == self.child_id:
            raise ValidationError("A company cannot be its own parent.")
        self.check_loop()

    def check_loop(self) -> None:
        """Refuse a group tie that would make a company, through its parents, its own
        parent: "Alibaba is a subsidiary of AliExpress" once AliExpress is Alibaba's."""
        if loop := self.loop():
            names = dict(Company.objects.filter(pk__in=loop).values_list("pk", "name"))
            chain = " → ".join(names.get(pk, str(pk)) for pk in [*loop, loop[0]])
            raise ValidationError(
                f"That would make a loop of parents: {chain} (each the parent of the next).",
                code="relation_loop",
            )

    def loop(
        self, extra: tuple[tuple[int, int], ...] = (), without: tuple[int, ...] = ()
    ) -> list[int] | None:
        """The loop of parents this tie would close, as company ids from the child down to
        the parent (each the parent of the next), or None.

        Only subsidiary and affiliate ties count: they make groups, and a group cannot
        contain itself. Stakes may run both ways (cross-holdings, such as Renault's in
        Nissan and Nissan's in Renault, are common). `extra` adds (parent, child) ties not
        stored yet, and `without` leaves out stored ties (by id) about to change, for
        checking several ties at once (the company form's two lists of relations).
        """
        if self.kind not in self.GROUP_KINDS or not (self.parent_id and self.child_id):
            return None
        if self.parent_id == self.child_id:
            return None  # not a loop but a mistake of its own: clean() and a check constraint
        ties = CompanyRelation.objects.filter(kind__in=self.GROUP_KINDS)
        ties = ties.exclude(pk__in=[pk for pk in (self.pk, *without) if pk])
        # Walk up from the parent, one query per generation, remembering the way back.
        below: dict[int, int | None] = {self.parent_id: None}
        generation = [self.parent_id]
        while generation and self.child_id not in below:
            found = list(ties.filter(child_id__in=generation).values_list("child_id", "parent_id"))
            found += [(c, p) for p, c in extra if c in generation]
            generation = []
            for child, parent in found:
                if parent not in below:
                    below[parent] = child
                    generation.append(parent)
        if self.child_id not in below:
            return None
        loop = [self.child_id]
        while (step := below[loop[-1]]) is not None:
            loop.append(step)
        return loop


class CompanyRedirect(models.Model):
    """An address a company used to have: `/companies/<old_slug>/` (and its feed) answers
    with a permanent redirect to the company's page, after a merge or a change of slug.

    Only a 404 consults it (articles/redirects.py), so a found page costs nothing more;
    a company that takes the old slug later simply wins over the redirect.
    """

    old_slug = models.SlugField(max_length=200, unique=True)
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="slug_redirects")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["old_slug"]

    def __str__(self) -> str:
        return f"/companies/{self.old_slug}/ → {self.company}"
