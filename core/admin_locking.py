"""The admin side of optimistic locking: a form opened before a colleague saved is refused
with who saved, when, their changes against yours — and everything you typed kept.

The form carries the version it was displayed at in a hidden field. On save:

- `clean()` compares it with the stored version. If someone saved in between, the form is
  shown again, as typed, with a message naming who saved and when, and a table of every
  field where the stored value differs from what you are sending (word-level differences
  for text, from diff-match-patch). The hidden version moves to the stored one, so saving
  again — after merging by hand — goes through.
- the save itself is `UPDATE … WHERE version = <displayed>` (core.locking), so a colleague
  saving between the check and the write cannot be overwritten either: the admin then runs
  the check again and shows the same message.
"""

from diff_match_patch import diff_match_patch
from django import forms
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from .locking import StaleEdit

LONG_TEXT = (models.TextField,)


def word_diff(old: str, new: str) -> SafeString:
    """`old` → `new` as HTML, with word-level <del>/<ins>."""
    engine = diff_match_patch()
    # Diff on words, not characters: map each word to a character, diff, map back.
    words: dict[str, str] = {}
    lookup: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in _tokens(text):
            if token not in words:
                words[token] = chr(0xE000 + len(lookup)) if len(lookup) < 6400 else token
                lookup.append(token)
            out.append(words[token])
        return "".join(out)

    diffs = engine.diff_main(encode(old), encode(new), False)
    engine.diff_cleanupSemantic(diffs)
    decode = {v: k for k, v in words.items()}
    parts = []
    for op, data in diffs:
        text = "".join(decode.get(ch, ch) for ch in data)
        tag = {-1: "del", 1: "ins", 0: "span"}[op]
        parts.append(format_html("<{}>{}</{}>", mark_safe(tag), text, mark_safe(tag)))
    return mark_safe("".join(parts))


def _tokens(text: str) -> list[str]:
    tokens, current = [], ""
    for ch in text:
        if ch.isspace() != (current[-1:].isspace() if current else ch.isspace()):
            tokens.append(current)
            current = ""
        current += ch
    if current:
        tokens.append(current)
    return tokens


def last_saved_by(instance: models.Model) -> tuple[str, object]:
    """Who last saved `instance` through the admin, and when (from the admin's log)."""
    entry = (
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(type(instance)),
            object_id=str(instance.pk),
        )
        .select_related("user")
        .order_by("-action_time")
        .first()
    )
    if entry is None:
        return "another process (an import or a command)", getattr(instance, "updated_at", None)
    return entry.user.get_username(), entry.action_time  # type: ignore[attr-defined]


class VersionCheckedForm(forms.ModelForm):
    """Mix into an admin ModelForm of a VersionedModel."""

    displayed_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The stored version, not the instance's: a form showing an old revision to
            # restore carries that revision's number.
            stored = (
                type(self.instance)
                ._default_manager.filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            self.fields["displayed_version"].initial = stored

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        displayed = cleaned.get("displayed_version")
        stored = type(self.instance)._default_manager.filter(pk=self.instance.pk).first()
        if displayed is None or stored is None or stored.version == displayed:
            return cleaned
        who, when = last_saved_by(stored)
        rows = []
        for name, field in self.fields.items():
            if name == "displayed_version" or name not in cleaned:
                continue
            theirs = getattr(stored, name, None)
            yours = cleaned.get(name)
            if isinstance(theirs, models.Model) or hasattr(theirs, "all"):
                continue
            if _same(theirs, yours):
                continue
            label = field.label or name
            if isinstance(theirs, str) and isinstance(yours, str):
                rows.append((label, theirs, yours, word_diff(theirs, yours)))
            else:
                rows.append((label, theirs, yours, format_html("{} → {}", theirs, yours)))
        # Let the next save go through once the editor has merged.
        data = self.data.copy()
        data[self.add_prefix("displayed_version")] = str(stored.version)
        self.data = data
        table = format_html_join(
            "",
            "<tr><th>{}</th><td>{}</td></tr>",
            ((label, diff) for label, _theirs, _yours, diff in rows),
        )
        raise forms.ValidationError(
            format_html(
                "{} saved this {} at {} while you were editing it. Nothing was lost: your "
                "version is below, as you typed it. Their changes against yours "
                "(<del>theirs</del> <ins>yours</ins>):"
                '<table class="stale-edit">{}</table>'
                "Merge what you want to keep and save again.",
                who,
                stored._meta.verbose_name,
                f"{when:%d %b %Y %H:%M:%S} UTC" if when else "an unknown time",
                table or mark_safe("<tr><td>(only links or inlines differ)</td></tr>"),
            ),
            code="stale",
        )


def _same(a, b) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    return a == b


class VersionCheckedAdminMixin:
    """For a ModelAdmin of a VersionedModel whose form is a VersionCheckedForm."""

    def save_model(self, request, obj, form, change):
        displayed = form.cleaned_data.get("displayed_version")
        if change and displayed is not None:
            obj.expect_version(displayed)
        super().save_model(request, obj, form, change)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleEdit:
            # A colleague saved between our check and our write; the transaction rolled
            # back. Run the form again: its check now sees their version and says so.
            return super().changeform_view(request, object_id, form_url, extra_context)
