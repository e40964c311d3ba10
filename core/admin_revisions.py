"""Revisions in the admin: history, side-by-side compare with word-level differences, and
restore — each reachable only with the right to change that very object.

Built on django-reversion's VersionAdmin (history list, revision form, restore as a new
revision). Added here: the compare view, and one permission gate for all of them, so no
revision page is readable without the change permission for the object (a known hole in
a peer CMS: revision compare readable without permission). Admins can narrow the gate
further with `may_see_revisions()` (writers: their own drafts only).
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html
from reversion.admin import VersionAdmin
from reversion.models import Version

from .admin_locking import word_diff

# Fields that are bookkeeping, not anyone's words: never stored in a revision.
NOT_REVISED = (
    "version", "story_count", "group_story_count", "reported_at", "index_letter",
    "body_html", "updated_at", "updated_by",
)  # fmt: skip


class RevisionsAdmin(VersionAdmin):
    object_history_template = "admin/revisions/object_history.html"
    # Fields compared word by word; the rest field by field.
    text_fields: tuple[str, ...] = ()

    def may_see_revisions(self, request, obj) -> bool:
        return True

    def _revisions_allowed(self, request, object_id) -> models.Model:
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404("No such object.")
        if not self.has_change_permission(request, obj) or not self.may_see_revisions(request, obj):
            raise PermissionDenied
        return obj

    def history_view(self, request, object_id, extra_context=None):
        obj = self._revisions_allowed(request, object_id)
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        context = {"versions": versions, **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        self._revisions_allowed(request, object_id)
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_delete_permission(request):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{opts.app_label}_{opts.model_name}_compare",
            ),
            *super().get_urls(),
        ]

    def compare_view(self, request, object_id):
        obj = self._revisions_allowed(request, object_id)
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        try:
            older = versions.get(pk=int(request.GET.get("from", "")))
            newer = versions.get(pk=int(request.GET.get("to", "")))
        except (ValueError, Version.DoesNotExist) as exc:
            raise Http404("Choose two revisions of this object.") from exc
        if older.revision.date_created > newer.revision.date_created:
            older, newer = newer, older
        rows = self.compare_rows(older, newer)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": obj,
            "title": f"Compare revisions of “{obj}”",
            "older": older,
            "newer": newer,
            "rows": rows,
            "changed": [row for row in rows if row["changed"]],
        }
        return TemplateResponse(request, "admin/revisions/compare.html", context)

    def compare_rows(self, older: Version, newer: Version) -> list[dict]:
        old, new = older.field_dict, newer.field_dict
        rows = []
        for field in self.model._meta.get_fields():
            name = getattr(field, "attname", None) and field.name
            if not name or name in NOT_REVISED or (name not in old and name not in new):
                continue
            before, after = old.get(name), new.get(name)
            if isinstance(before, list | tuple | set) or isinstance(after, list | tuple | set):
                before, after = sorted(map(str, before or [])), sorted(map(str, after or []))
            label = str(getattr(field, "verbose_name", name)).capitalize()
            if name in self.text_fields:
                diff = word_diff(str(before or ""), str(after or ""))
            else:
                diff = format_html("{} → {}", _shown(before), _shown(after))
            rows.append(
                {"label": label, "before": before, "after": after,
                 "diff": diff, "changed": before != after}
            )  # fmt: skip
        for label, before, after in self.compare_related(older, newer):
            rows.append(
                {"label": label, "before": before, "after": after, "changed": before != after,
                 "diff": format_html("{} → {}", ", ".join(before) or "—", ", ".join(after) or "—")}
            )  # fmt: skip
        return rows

    def compare_related(self, older: Version, newer: Version):
        """The followed rows (bylines, links, aliases…) of each revision, as text."""
        kinds: dict[str, tuple[list[str], list[str]]] = {}
        for index, version in enumerate((older, newer)):
            for other in version.revision.version_set.all():
                if other.content_type_id == version.content_type_id:
                    continue
                label = str(other.content_type.model_class()._meta.verbose_name_plural)
                kinds.setdefault(label.capitalize(), ([], []))[index].append(other.object_repr)
        return [(label, sorted(a), sorted(b)) for label, (a, b) in sorted(kinds.items())]


def _shown(value) -> str:
    if value in (None, "", []):
        return "—"
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)
