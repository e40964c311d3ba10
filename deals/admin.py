"""The editors' admin for deals and their parties. Status events, which tie a deal to the
stories that reported it, are added to this admin by the stories' app."""

from django.contrib import admin
from django.contrib.admin.options import InlineModelAdmin

from core.admin_locking import VersionCheckedAdminMixin, VersionCheckedForm
from core.admin_revisions import RevisionsAdmin

from .models import Deal, DealParty


class DealPartyInline(admin.TabularInline):
    model = DealParty
    extra = 1
    autocomplete_fields = ["company"]


class DealForm(VersionCheckedForm):
    class Meta:
        model = Deal
        fields = "__all__"


@admin.register(Deal)
class DealAdmin(VersionCheckedAdminMixin, RevisionsAdmin):
    form = DealForm
    text_fields = ("name", "summary")
    list_display = [
        "name",
        "kind",
        "status",
        "value_display",
        "announced_on",
        "public",
        "story_count",
    ]
    list_filter = ["status", "kind", "marked_public"]
    search_fields = ["name", "summary", "parties__company__name"]
    show_full_result_count = False
    prepopulated_fields = {"slug": ["name"]}
    date_hierarchy = "announced_on"
    # Any inline: the stories' app adds its status events to this list.
    inlines: list[type[InlineModelAdmin]] = [DealPartyInline]
    readonly_fields = ["reported_at", "story_count"]
    fieldsets = [
        (None, {"fields": ["name", "kind", "status", "summary", "displayed_version"]}),
        ("Terms", {"fields": ["value", "currency", "stake_percent", "announced_on", "closed_on"]}),
        ("Readers", {"fields": ["marked_public", "reported_at", "story_count"]}),
        ("Advanced", {"classes": ["collapse"], "fields": ["slug"]}),
    ]

    @admin.display(description="Value")
    def value_display(self, deal: Deal) -> str:
        return deal.value_display

    @admin.display(description="Public", boolean=True)
    def public(self, deal: Deal) -> bool:
        return deal.is_public()
