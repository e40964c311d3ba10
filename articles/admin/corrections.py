"""Corrections and updates in the story admin, and the rule that makes them happen: the
words readers have already seen (headline, standfirst, body) change only with a note to
readers, or as a silent typo fix that the history records as one.

The note is written on the story's own form (`CorrectionNoteForm`), so the rule is one
form validation with the message where the editor is looking; the notes already given
are listed under it (`CorrectionInline`) to fix or remove. A new note is saved with the
story, inside the same revision (see `Correction`).
"""

import json

from django import forms
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.utils import timezone

from ..models import Article, Correction

# What readers have seen word for word: changing it needs a note (or a typo fix).
PUBLIC_WORDS = ("headline", "standfirst", "body")
NOTE_FIELDS = ("note_kind", "note_text", "note_time", "silent_typo_fix")
TYPO_FIX = "Silent typo fix"

NOTE_REQUIRED = (
    "Readers have already seen this story: changing its {fields} needs a correction or an "
    "update for them (choose the kind and write the note below), or, for a slip that "
    "changes no meaning (a typo, a spelling, punctuation), tick “silent typo fix”."
)


class CorrectionNoteForm(forms.ModelForm):
    """Mix into the story's admin form, before the form it extends."""

    note_kind = forms.ChoiceField(
        label="Add a note for readers",
        choices=[("", "No note"), *Correction.Kind.choices],
        required=False,
        help_text="Correction: the story said something wrong. Update: the story moved on. "
        "Shown at the foot of the story, near the byline, on the corrections page and feed.",
    )
    note_text = forms.CharField(
        label="Note",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 90}),
        help_text="Plain text, for readers: “An earlier version of this story gave the stake "
        "as 54%. It is 45%.”",
    )
    note_time = forms.DateTimeField(
        label="Time of the note",
        required=False,
        help_text="Left empty: now.",
    )
    silent_typo_fix = forms.BooleanField(
        label="Silent typo fix",
        required=False,
        help_text="A change that alters no meaning. No note is shown to readers; the "
        "story's history records the save as a silent typo fix.",
    )

    # The story as readers see it, when the form's own instance is not (restoring an
    # old revision: the instance holds the revision's text). Set by the admin.
    live_story: Article | None = None

    def _was_public(self) -> bool:
        # self.instance still holds the stored values during clean().
        story = self.live_story or self.instance
        return bool(story.pk) and story.is_published()

    def changed_public_words(self) -> list[str]:
        if self.live_story is None:
            return [name for name in PUBLIC_WORDS if name in self.changed_data]
        return [
            name
            for name in PUBLIC_WORDS
            if name in self.cleaned_data
            and self.cleaned_data[name] != getattr(self.live_story, name)
        ]

    def clean(self):
        cleaned = super().clean()
        kind, text = cleaned.get("note_kind"), (cleaned.get("note_text") or "").strip()
        cleaned["note_text"] = text
        if kind and not text:
            self.add_error("note_text", "Write the note readers will see.")
        if text and not kind:
            self.add_error("note_kind", "Say whether this is a correction or an update.")
        when = cleaned.get("note_time")
        if when is not None and when > timezone.now():
            self.add_error("note_time", "A note cannot be dated in the future.")
        if (kind or text) and not self._was_public():
            self.add_error(
                "note_kind", "Notes are for published stories; a draft is simply edited."
            )
        if kind and cleaned.get("silent_typo_fix"):
            self.add_error(
                "silent_typo_fix", "A silent typo fix has no note: untick one or the other."
            )
        still_public = cleaned.get("status", self.instance.status) == Article.Status.PUBLISHED
        changed = self.changed_public_words()
        if (
            changed
            and self._was_public()
            and still_public
            and not kind
            and not cleaned.get("silent_typo_fix")
        ):
            labels = [str(self.fields[name].label or name).lower() for name in changed]
            raise forms.ValidationError(
                NOTE_REQUIRED.format(fields=" and ".join(labels)), code="note_required"
            )
        return cleaned


class CorrectionInline(admin.TabularInline):
    """The notes already given, to fix their wording or remove one given by mistake."""

    model = Correction
    extra = 0
    fields = ["kind", "text", "noted_at", "revision_link"]
    readonly_fields = ["revision_link"]
    verbose_name = "note for readers"
    verbose_name_plural = "notes for readers (corrections and updates)"

    def has_add_permission(self, request, obj=None):
        # New notes are written in the story's own form (see CorrectionNoteForm).
        return False

    @admin.display(description="Revision")
    def revision_link(self, note: Correction) -> str:
        if note.revision_id is None:
            return "—"
        return f"#{note.revision_id}"


class CorrectionsAdminMixin:
    """For the story admin: the note fields on a published story's form, the notes given
    so far, and a history that says so."""

    note_fieldset = (
        "Correction or update",
        {
            "fields": list(NOTE_FIELDS),
            "description": "Changing the headline, standfirst or body of a published story "
            "needs a note for readers, or a tick in “silent typo fix”.",
        },
    )

    @staticmethod
    def _is_public(obj) -> bool:
        return obj is not None and obj.is_published()

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if self._is_public(obj) and self.has_change_permission(request, obj):
            fieldsets.insert(1, self.note_fieldset)
        return fieldsets

    def get_inline_instances(self, request, obj=None):
        instances = super().get_inline_instances(request, obj)
        if obj is not None and obj.status == Article.Status.PUBLISHED:
            inline = CorrectionInline(self.model, self.admin_site)
            if inline.has_view_or_change_permission(request, obj):
                instances.append(inline)
        return instances

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # Restoring a published story's old text is an edit of a published story: the
        # form compares what is sent with the live story, read before the restore.
        request._live_story = Article.objects.filter(pk=object_id).first()
        return super().revision_view(request, object_id, version_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        live = getattr(request, "_live_story", None)
        if live is not None:
            form.live_story = live  # a class made for this request (modelform_factory)
        return form

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        kind = form.cleaned_data.get("note_kind")
        if change and kind:
            note = Correction.objects.create(
                article=form.instance,
                kind=kind,
                text=form.cleaned_data["note_text"],
                noted_at=form.cleaned_data.get("note_time") or timezone.now(),
                created_by=request.user,
            )
            request._history_note = f"{note.get_kind_display()} added: {note.text}"
        elif change and form.cleaned_data.get("silent_typo_fix"):
            words = getattr(form, "changed_public_words", list)()
            if words:
                request._history_note = TYPO_FIX

    def construct_change_message(self, request, form, formsets, add=False):
        message = super().construct_change_message(request, form, formsets, add)
        note = getattr(request, "_history_note", None)
        if not note:
            return message
        # A plain-text message (the admin's log keeps either): the note first, then the
        # usual "Changed …", so both the admin history and the revision comment say it.
        usual = LogEntry(change_message=json.dumps(message)).get_change_message()
        return f"{note}. {usual}".strip()
