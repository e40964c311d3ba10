"""Who has a story (or a company, or a deal) open in the admin right now.

The change form sends a heartbeat every HEARTBEAT seconds; a row not heard from for
WINDOW seconds no longer counts as editing now. Kept in the database, not in a cache: the
default cache is per process, and two editors are usually served by two different workers.

A row outlives the window (until RETENTION): saving names everyone who had the object
open meanwhile, including a colleague who has since saved or left, and an editor without
JavaScript, whose only sign of life was opening the form.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

HEARTBEAT = timedelta(seconds=30)
WINDOW = timedelta(seconds=90)
RETENTION = timedelta(hours=12)


class PresenceQuerySet(models.QuerySet):
    def of(self, obj: models.Model) -> "PresenceQuerySet":
        return self.filter(
            content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk
        )

    def active(self, now: datetime | None = None) -> "PresenceQuerySet":
        """Heard from within the window."""
        return self.filter(seen_at__gte=(now or timezone.now()) - WINDOW)

    def others(self, obj: models.Model, user) -> "PresenceQuerySet":
        return self.of(obj).exclude(user=user).select_related("user").order_by("opened_at")


class Presence(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    opened_at = models.DateTimeField(help_text="When this stretch of editing began.")
    seen_at = models.DateTimeField(help_text="The last heartbeat (or opening of the form).")

    objects = PresenceQuerySet.as_manager()

    class Meta:
        verbose_name = "editor present"
        verbose_name_plural = "editors present"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "user"], name="presence_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} on {self.content_type.model} {self.object_id}"

    def name(self) -> str:
        full = self.user.get_full_name()
        return f"{full} ({self.user.get_username()})" if full else self.user.get_username()

    @classmethod
    def touch(cls, *, user, obj: models.Model) -> "Presence":
        """`user` has `obj` open now: a heartbeat, or the form being opened.

        A row silent for longer than the window starts a new stretch of editing. Rows
        older than RETENTION are dropped, so the table stays small.
        """
        now = timezone.now()
        content_type = ContentType.objects.get_for_model(type(obj))
        cls.objects.filter(seen_at__lt=now - RETENTION).delete()
        row, created = cls.objects.get_or_create(
            content_type=content_type,
            object_id=obj.pk,
            user=user,
            defaults={"opened_at": now, "seen_at": now},
        )
        if not created:
            if row.seen_at < now - WINDOW:
                row.opened_at = now
            row.seen_at = now
            row.save(update_fields=["opened_at", "seen_at"])
        return row

    @classmethod
    def leave(cls, *, user, obj: models.Model) -> None:
        """`user` closed or saved the form: no longer editing now, but still someone who
        had it open, for the save-time notice of whoever else did."""
        gone = timezone.now() - WINDOW - timedelta(microseconds=1)
        cls.objects.of(obj).filter(user=user, seen_at__gt=gone).update(seen_at=gone)

    @classmethod
    def since_opened(cls, *, user, obj: models.Model) -> list["Presence"]:
        """Everyone else who had `obj` open while `user` did (the save-time check, which
        works without JavaScript): present at any moment from one window before `user`
        opened it until now."""
        now = timezone.now()
        mine = cls.objects.of(obj).filter(user=user).first()
        start = mine.opened_at if mine is not None else now
        return list(cls.objects.others(obj, user).filter(seen_at__gte=start - WINDOW))
