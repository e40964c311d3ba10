"""Optimistic locking: no save silently replaces another that happened since the row was read.

A versioned row carries a `version` number. Every save of an instance read from the
database is an UPDATE … WHERE pk = … AND version = <the version it was read at>, which
also increments the version: the check and the write are one statement, so two saves of
the same version cannot both succeed, whatever the timing. The loser gets `StaleEdit` and
writes nothing. Forms set the version they were *displayed* at (`expect_version()`), so an
editor who kept a form open while a colleague saved is told, not overwritten.

Queryset `.update()` calls (denormalised counters) do not touch the version: they are not
edits anyone could overwrite.
"""

from django.db import models
from django.db.models import F

from .loading import QuickLoad


class StaleEdit(Exception):
    """The row changed since this copy of it was read; nothing was written."""

    def __init__(self, instance: models.Model, expected: int):
        self.instance, self.expected = instance, expected
        super().__init__(
            f"{instance._meta.verbose_name} {instance.pk} was saved by someone else since "
            f"version {expected} was read."
        )


class VersionedModel(QuickLoad):
    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Goes up by one with every save."
    )

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._read_version = instance.__dict__.get("version")
        return instance

    def expect_version(self, version: int) -> None:
        """Save only if the row is still at `version` (what a form was displayed with)."""
        self._read_version = version

    def _do_update(self, base_qs, using, pk_val, values, update_fields, forced_update):
        if update_fields is not None and "version" not in update_fields:
            # Partial saves of bookkeeping fields are not edits.
            return super()._do_update(base_qs, using, pk_val, values, update_fields, forced_update)
        # Every save moves the version on from the stored one, never back to the
        # instance's: a restored revision or a deserialised copy carries an old number.
        field = self._meta.get_field("version")
        values = [v for v in values if v[0] is not field] + [(field, None, F("version") + 1)]
        expected = getattr(self, "_read_version", None)
        if expected is not None:
            base_qs = base_qs.filter(version=expected)
        updated = super()._do_update(base_qs, using, pk_val, values, update_fields, forced_update)
        if not updated:
            if expected is not None and base_qs.model._default_manager.filter(pk=pk_val).exists():
                raise StaleEdit(self, expected)
            return False
        if expected is None:
            self.version = (
                type(self)
                ._default_manager.filter(pk=pk_val)
                .values_list("version", flat=True)
                .first()
            )
        else:
            self.version = expected + 1
        self._read_version = self.version
        return True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A new row starts at version 1; further saves of this instance check against it.
        if getattr(self, "_read_version", None) is None:
            self._read_version = self.version
