"""Admin for what stories link to: companies, deals, authors."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.forms.models import BaseInlineFormSet

from ..models import Author, Company, CompanyAlias, CompanyRelation, Deal, DealEvent, DealParty
from ..models.articles import published_q
from ..text import normalise_name


class CompanyAliasFormSet(BaseInlineFormSet):
    """Two new aliases that normalise alike ("Alibaba", "ALIBABA") pass each row's own
    check, since neither is stored yet; catch them here rather than at the database."""

    def clean(self):
        super().clean()
        seen: dict[str, str] = {}
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data.get("name") or data.get("DELETE"):
                continue
            key = normalise_name(data["name"])
            if key in seen:
                raise ValidationError(f"“{data['name']}” and “{seen[key]}” are the same alias.")
            seen[key] = data["name"]


class CompanyAliasInline(admin.TabularInline):
    model = CompanyAlias
    formset = CompanyAliasFormSet
    extra = 1
    fields = ["name"]


class ParentRelationInline(admin.TabularInline):
    model = CompanyRelation
    fk_name = "child"
    extra = 0
    autocomplete_fields = ["parent"]
    verbose_name = "parent company"
    verbose_name_plural = "parent companies"


class ChildRelationInline(admin.TabularInline):
    model = CompanyRelation
    fk_name = "parent"
    extra = 0
    autocomplete_fields = ["child"]
    verbose_name = "subsidiary, affiliate or holding"
    verbose_name_plural = "subsidiaries, affiliates and holdings"


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "sector", "ticker", "coverage_count"]
    list_filter = ["country", "sector"]
    search_fields = ["name", "aliases__name", "ticker"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [CompanyAliasInline, ParentRelationInline, ChildRelationInline]
    # Django 6's default, adopted now: a website typed as "example.com" becomes https://.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["name", "description", "country", "sector", "website", "ticker"]}),
        ("Advanced", {"classes": ["collapse"], "fields": ["slug"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_coverage_counts()

    @admin.display(description="Published stories", ordering="coverage")
    def coverage_count(self, company: Company) -> int:
        return company.coverage


class DealPartyInline(admin.TabularInline):
    model = DealParty
    extra = 1
    autocomplete_fields = ["company"]


class DealEventInline(admin.TabularInline):
    model = DealEvent
    extra = 1
    autocomplete_fields = ["article"]


@admin.register(Deal)
class DealAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "status", "value_display", "announced_on", "coverage_count"]
    list_filter = ["status", "kind"]
    search_fields = ["name", "summary", "parties__company__name"]
    prepopulated_fields = {"slug": ["name"]}
    date_hierarchy = "announced_on"
    inlines = [DealPartyInline, DealEventInline]
    fieldsets = [
        (None, {"fields": ["name", "kind", "status", "summary"]}),
        ("Terms", {"fields": ["value", "currency", "stake_percent", "announced_on", "closed_on"]}),
        ("Advanced", {"classes": ["collapse"], "fields": ["slug"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(coverage=Count("articles", filter=published_q("articles__"), distinct=True))
        )

    @admin.display(description="Value")
    def value_display(self, deal: Deal) -> str:
        return deal.value_display

    @admin.display(description="Published stories", ordering="coverage")
    def coverage_count(self, deal: Deal) -> int:
        return deal.coverage


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "story_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(stories=Count("bylines"))

    @admin.display(description="Stories", ordering="stories")
    def story_count(self, author: Author) -> int:
        return author.stories
