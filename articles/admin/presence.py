"""“Also editing now”: who else has this story open, on its change form and as a marker
in the changelist.

Opening the change form records the editor as present; `static/admin/js/presence.js`
then sends a heartbeat every 30 seconds to `<object>/presence/` (POST, CSRF-protected,
only for someone allowed to see the object in the admin) and shows who else is there.
Without JavaScript, saving still names everyone who had the story open meanwhile — a
notice, not a refusal: optimistic locking (core/locking.py) already refuses stale saves.
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.http import Http404, JsonResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from core.aggregates import SEPARATOR, JoinedText

from ..models import Presence
from ..models.presence import HEARTBEAT, WINDOW


def _names(rows: list[Presence]) -> list[str]:
    return [row.name() for row in rows]


def _sentence(names: list[str]) -> str:
    if not names:
        return ""
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"Also editing now: {listed}."


class PresenceAdminMixin:
    """For the admin of a model whose change form should say who else has it open."""

    # The fieldset where the notice goes (the first one) and its name.
    presence_field = "editing_now"

    @property
    def media(self):
        # The script is a static file (no inline script: the admin runs under a strict CSP).
        return super().media + forms.Media(js=["admin/js/presence.js"])

    # Change form ---------------------------------------------------------------------

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return [*fields, self.presence_field] if obj is not None else fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = [(name, dict(opts)) for name, opts in super().get_fieldsets(request, obj)]
        shown = {field for _, opts in fieldsets for field in opts.get("fields", ())}
        if obj is not None and fieldsets and self.presence_field not in shown:
            name, opts = fieldsets[0]
            opts["fields"] = [self.presence_field, *opts["fields"]]
            fieldsets[0] = (name, opts)
        return fieldsets

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None:
            Presence.touch(user=request.user, obj=obj)
            others = list(Presence.objects.others(obj, request.user).active())
            opts = self.model._meta
            obj._presence = {
                "names": _names(others),
                "url": reverse(
                    f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_presence",
                    args=[obj.pk],
                ),
            }
        return super().render_change_form(request, context, add, change, form_url, obj)

    def editing_now(self, obj) -> str:
        state = getattr(obj, "_presence", None) or {"names": [], "url": ""}
        return format_html(
            '<div class="presence" data-presence-url="{}" data-presence-interval="{}" '
            'role="status" aria-live="polite">{}</div>',
            state["url"],
            int(HEARTBEAT.total_seconds()),
            _sentence(state["names"]) or "Nobody else has this open.",
        )

    editing_now.short_description = "Also editing now"  # type: ignore[attr-defined]

    def save_model(self, request, obj, form, change):
        if change:
            names = _names(Presence.since_opened(user=request.user, obj=obj))
            if names:
                listed = ", ".join(names)
                self.message_user(
                    request,
                    f"While you had “{obj}” open, {listed} had it open too: check that "
                    "you have not undone their changes (the history compares revisions).",
                    messages.WARNING,
                )
        super().save_model(request, obj, form, change)
        if change:
            # Saved and left the form: no longer editing (“Save and continue” reopens it).
            Presence.leave(user=request.user, obj=obj)

    # Heartbeat endpoint ----------------------------------------------------------------

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/presence/",
                self.admin_site.admin_view(require_POST(self.presence_view)),
                name=f"{opts.app_label}_{opts.model_name}_presence",
            ),
            *super().get_urls(),
        ]

    def presence_view(self, request, object_id):
        """A heartbeat (or, with `leave=1`, closing the form); answers who else is here."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404("No such object.")
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        if request.POST.get("leave"):
            Presence.leave(user=request.user, obj=obj)
            return JsonResponse({"others": []})
        Presence.touch(user=request.user, obj=obj)
        others = list(Presence.objects.others(obj, request.user).active())
        return JsonResponse(
            {
                "others": _names(others),
                "message": _sentence(_names(others)),
                "interval": int(HEARTBEAT.total_seconds()),
                "window": int(WINDOW.total_seconds()),
            }
        )

    # Changelist ------------------------------------------------------------------------

    def changelist_view(self, request, extra_context=None):
        request._presence_marker = True
        return super().changelist_view(request, extra_context)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not getattr(request, "_presence_marker", False):
            return queryset
        # Who else is on each row shown: a correlated subquery, no query per row.
        present = (
            Presence.objects.filter(
                content_type=ContentType.objects.get_for_model(self.model),
                object_id=OuterRef("pk"),
                seen_at__gte=timezone.now() - WINDOW,
            )
            .exclude(user=request.user)
            .order_by()
            .values("object_id")
            .annotate(names=JoinedText("user__username"))
            .values("names")
        )
        return queryset.annotate(editing_names=Subquery(present))

    def get_list_display(self, request):
        return [*super().get_list_display(request), "editing_marker"]

    @staticmethod
    def _marker(obj) -> str:
        names = sorted(filter(None, (getattr(obj, "editing_names", None) or "").split(SEPARATOR)))
        if not names:
            return ""
        return format_html(
            '<span class="presence-marker" title="{}">✎ {}</span>',
            _sentence(names),
            ", ".join(names),
        )

    def editing_marker(self, obj) -> str:
        return self._marker(obj)

    editing_marker.short_description = "Open now"  # type: ignore[attr-defined]
