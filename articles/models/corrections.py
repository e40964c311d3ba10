"""Corrections and updates to published stories: what readers are told changed, and when.

A note belongs to a story and, when it was written through the admin, to the revision it
came with (django-reversion): the history shows the text that was corrected next to the
note that says so. Readers see a story's notes only while the story is published
(`CorrectionQuerySet.public()`, through `published_q()`).
"""

import json
from datetime import UTC, datetime

import reversion
from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery, TextField
from django.db.models.functions import JSONObject
from django.utils import timezone
from reversion.models import Revision
from reversion.signals import post_revision_commit

from core.aggregates import JSONRows
from core.loading import QuickLoad

from .articles import Article, published_q


class CorrectionQuerySet(models.QuerySet):
    def public(self) -> "CorrectionQuerySet":
        """Notes on published stories only: a story taken down takes its notes with it."""
        return self.filter(published_q("article__"))

    def newest_first(self) -> "CorrectionQuerySet":
        return self.order_by("-noted_at", "-pk")


@reversion.register(exclude=("revision",))
class Correction(QuickLoad):
    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
    kind = models.CharField(
        max_length=12,
        choices=Kind.choices,
        default=Kind.CORRECTION,
        help_text="Correction: the story said something wrong. Update: the story moved on "
        "(new facts, a response); nothing it said was wrong.",
    )
    text = models.TextField(
        max_length=2000,
        help_text="What readers are told, in plain text: “An earlier version of this story "
        "gave the stake as 54%. It is 45%.”",
    )
    noted_at = models.DateTimeField(
        default=timezone.now,
        help_text="When the story was corrected or updated, as shown to readers.",
    )
    revision = models.ForeignKey(
        Revision,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text="The revision of the story this note came with.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["-noted_at", "-pk"]
        verbose_name = "correction or update"
        verbose_name_plural = "corrections and updates"
        indexes = [
            models.Index(fields=["-noted_at", "-id"], name="correction_newest_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to “{self.article}”, {self.noted_at:%d %b %Y %H:%M}"

    def get_absolute_url(self) -> str:
        return f"{self.article.get_absolute_url()}#correction-{self.pk}"

    @property
    def is_correction(self) -> bool:
        return self.kind == self.Kind.CORRECTION


def _link_revision(sender, revision: Revision, versions, **kwargs) -> None:
    """Tie each note saved inside a revision (the admin's save of the story) to it."""
    ids = [v.object_id for v in versions if v._model is Correction]
    if ids:
        Correction.objects.filter(pk__in=ids, revision__isnull=True).update(revision=revision)


post_revision_commit.connect(_link_revision, dispatch_uid="articles.correction.revision")


# The story page reads its notes with the story itself -------------------------------


def with_notes(stories: models.QuerySet) -> models.QuerySet:
    """`stories` with their corrections and updates in the same query (`notes_json`), so
    the story page shows them without a query of its own (see `notes_of`)."""
    rows = (
        Correction.objects.filter(article=OuterRef("pk"))
        .order_by()
        .values("article")
        .annotate(rows=JSONRows(JSONObject(id="id", kind="kind", text="text", at="noted_at")))
        .values("rows")
    )
    return stories.annotate(notes_json=Subquery(rows, output_field=TextField()))


def _moment(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def notes_of(article: Article) -> list[Correction]:
    """The story's corrections and updates, oldest first: from `with_notes()` when the
    story was read that way, else from a prefetch or one query."""
    cached = getattr(article, "_notes", None)
    if cached is not None:
        return cached
    if hasattr(article, "notes_json"):
        notes = []
        for row in json.loads(article.notes_json or "[]"):
            note = Correction(
                id=row["id"],
                article=article,
                kind=row["kind"],
                text=row["text"],
                noted_at=_moment(row["at"]),
            )
            note._state.adding = False
            notes.append(note)
    else:
        notes = list(article.corrections.all())
    notes.sort(key=lambda note: (note.noted_at, note.pk))
    article._notes = notes  # type: ignore[attr-defined]
    return notes


def last_modified(article: Article) -> datetime | None:
    """When readers were last told the story changed: its latest note, or its last edit
    after it went live (`revised_at`); None when neither."""
    moments = [note.noted_at for note in notes_of(article)]
    revised = article.revised_at()
    if revised is not None:
        moments.append(revised)
    return max(moments, default=None)
