"""The desk's activity log: who did what to which story, company or deal, and when.

A read-only admin over Django's own LogEntry, which every admin add, change, delete,
publish, unpublish, submission for review and accepted suggestion writes (with the user).
Each entry links to the object and, where the save made one, to its revision
(django-reversion's Version). Editors only: the Editor group holds `admin.view_logentry`
(roles.RIGHTS); nobody may add, change or delete an entry.

The commands that change stories, companies or deals outside the admin
(`import_articles`, `import_companies`, `link_companies --apply`, `merge_companies`) write
entries too (core/activity.py), as the user named by their `--user` option or the
inactive system account; the log shows such an entry with the command's name, and
filters by command. `load_demo`, `seed_bench` and `recount_coverage` write none.
"""

from datetime import timedelta

from django.contrib import admin
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import OuterRef, Subquery, TextField
from django.db.models.functions import Cast
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from reversion.models import Version

from companies.models import Company
from core.activity import COMMANDS, SYSTEM_USERNAME, command_of
from deals.models import Deal

from ..models import Article

# A save's revision is written as its request ends, a moment after the log entry.
REVISION_WINDOW = timedelta(seconds=30)
# The object types an editor filters by; any other type is under "other".
TRACKED = (Article, Company, Deal)


class ObjectTypeFilter(admin.SimpleListFilter):
    title = "object type"
    parameter_name = "type"

    def lookups(self, request, model_admin):
        kinds = [(m._meta.model_name, m._meta.verbose_name.capitalize()) for m in TRACKED]
        return [*kinds, ("other", "Other")]

    def queryset(self, request, queryset):
        tracked = ContentType.objects.get_for_models(*TRACKED)
        by_name = {model._meta.model_name: ct for model, ct in tracked.items()}
        value = self.value()
        if value in by_name:
            return queryset.filter(content_type=by_name[value])
        if value == "other":
            return queryset.exclude(content_type__in=list(by_name.values()))
        return queryset


class ActionFilter(admin.SimpleListFilter):
    """Added, changed, deleted — and the desk's own moves, read from the message."""

    title = "action"
    parameter_name = "action"
    WORDS = {
        "published": "Published",
        "unpublished": "Unpublished",
        "submitted": "Submitted for review",
        "withdrawn": "Withdrawn from review",
        "sent-back": "Sent back to draft",
        "proposed": "Proposed the deal",
        "accepted": "Accepted the deal",
    }

    def lookups(self, request, model_admin):
        return [
            ("added", "Added"),
            ("changed", "Changed"),
            ("deleted", "Deleted"),
            ("published", "Published"),
            ("unpublished", "Unpublished"),
            ("submitted", "Submitted for review"),
            ("withdrawn", "Withdrawn from review"),
            ("sent-back", "Sent back to draft"),
            ("proposed", "Deal proposed by a writer"),
            ("accepted", "Proposed deal accepted"),
        ]

    def queryset(self, request, queryset):
        flags = {"added": ADDITION, "changed": CHANGE, "deleted": DELETION}
        value = self.value()
        if value in flags:
            return queryset.filter(action_flag=flags[value])
        if value in self.WORDS:
            return queryset.filter(action_flag=CHANGE, change_message__startswith=self.WORDS[value])
        return queryset


class PersonFilter(admin.SimpleListFilter):
    """The staff who have entries, by name (a newsroom has tens, not thousands)."""

    title = "person"
    parameter_name = "person"

    def lookups(self, request, model_admin):
        users = get_user_model().objects.filter(is_staff=True).order_by("username")
        return [(str(u.pk), u.get_full_name() or u.get_username()) for u in users]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(user_id=value)
        return queryset


class SourceFilter(admin.SimpleListFilter):
    """The admin, or one of the commands (their entries' messages start with its name)."""

    title = "source"
    parameter_name = "source"

    def lookups(self, request, model_admin):
        return [("admin", "The admin"), *((name, name) for name in COMMANDS)]

    def queryset(self, request, queryset):
        value = self.value()
        if value in COMMANDS:
            return queryset.filter(change_message__startswith=value)
        if value == "admin":
            for name in COMMANDS:
                queryset = queryset.exclude(change_message__startswith=name)
        return queryset


def _revision_of_entry():
    """The revision a log entry's save made: the same object's first version saved by the
    same user within REVISION_WINDOW after the entry (a correlated subquery, run for the
    rows on the page only)."""
    versions = Version.objects.filter(
        content_type_id=OuterRef("content_type_id"),
        object_id=OuterRef("object_id_text"),
        revision__user_id=OuterRef("user_id"),
        revision__date_created__gte=OuterRef("action_time") - timedelta(seconds=1),
        revision__date_created__lte=OuterRef("action_time") + REVISION_WINDOW,
    ).order_by("revision__date_created", "pk")
    return Subquery(versions.values("pk")[:1])


@admin.register(LogEntry)
class ActivityAdmin(admin.ModelAdmin):
    change_list_template = "admin/admin/logentry/change_list.html"
    list_display = ["action_time", "person", "action", "what", "revision"]
    list_filter = [PersonFilter, ObjectTypeFilter, ActionFilter, SourceFilter]
    date_hierarchy = "action_time"
    search_fields = ["object_repr", "change_message"]
    list_select_related = ["user", "content_type"]
    show_full_result_count = False
    list_per_page = 50
    ordering = ["-action_time", "-pk"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(object_id_text=Cast("object_id", output_field=TextField()))
            .annotate(version_id=_revision_of_entry())
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="Who", ordering="user__username")
    def person(self, entry):
        command = command_of(entry.change_message)
        if entry.user.get_username() == SYSTEM_USERNAME:
            return f"{command or 'A command'} (system)"
        name = entry.user.get_full_name() or entry.user.get_username()
        return f"{name}, by {command}" if command else name

    @admin.display(description="Did")
    def action(self, entry):
        if entry.is_addition():
            verb = "Added"
        elif entry.is_deletion():
            verb = "Deleted"
        else:
            verb = "Changed"
        message = entry.get_change_message()
        if command_of(message):
            # "import_articles: added from a.md": the person column names the command.
            said = message.split(":", 1)[1].strip()
            return said[:1].upper() + said[1:]
        if not message or message in (f"{verb}.", "No fields changed."):
            return verb
        return message if entry.is_change() else f"{verb}: {message}"

    @admin.display(description="What")
    def what(self, entry):
        kind = entry.content_type.name.capitalize() if entry.content_type_id else ""
        url = None if entry.is_deletion() else entry.get_admin_url()
        if url:
            return format_html('{}: <a href="{}">{}</a>', kind, url, entry.object_repr)
        return f"{kind}: {entry.object_repr}"

    @admin.display(description="Revision")
    def revision(self, entry):
        if not entry.version_id or not entry.content_type_id:
            return "—"
        ct = entry.content_type
        try:
            url = reverse(
                f"admin:{ct.app_label}_{ct.model}_revision",
                args=[entry.object_id, entry.version_id],
            )
        except NoReverseMatch:
            return "—"
        return format_html('<a href="{}">Revision {}</a>', url, entry.version_id)
