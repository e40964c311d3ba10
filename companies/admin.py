"""The editors' admin for companies, their aliases and their relations."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet

from core.admin_locking import VersionCheckedAdminMixin, VersionCheckedForm
from core.admin_revisions import RevisionsAdmin
from core.text import normalise_name

from .models import Company, CompanyAlias, CompanyRelation


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
    fields = ["name", "needs_context"]


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


class CompanyForm(VersionCheckedForm):
    # Django 6's default, adopted now: a website typed as "example.com" becomes https://.
    website = forms.URLField(required=False, assume_scheme="https", max_length=200)

    class Meta:
        model = Company
        fields = "__all__"


@admin.register(Company)
class CompanyAdmin(VersionCheckedAdminMixin, RevisionsAdmin):
    form = CompanyForm
    text_fields = ("name", "description")
    list_display = ["name", "country", "sector", "ticker", "story_count"]
    list_filter = ["country", "sector"]
    search_fields = ["name", "aliases__name", "ticker"]
    show_full_result_count = False
    prepopulated_fields = {"slug": ["name"]}
    inlines = [CompanyAliasInline, ParentRelationInline, ChildRelationInline]
    # Django 6's default, adopted now: a website typed as "example.com" becomes https://.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = ["story_count"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "description",
                    "country",
                    "sector",
                    "website",
                    "ticker",
                    "displayed_version",
                ]
            },
        ),  # fmt: skip
        ("Advanced", {"classes": ["collapse"], "fields": ["slug", "story_count"]}),
    ]
