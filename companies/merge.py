"""Merging duplicates: everything that points at the merged rows moves to the survivor.

The rows to move are found from the model's reverse foreign keys, not from a list kept by
hand, so a table added later (by this app or by one above it: story links, deal parties,
logos) moves too, and a merge can never leave a row pointing at a deleted company. That
is also how the authors' and the tags' merges (in the stories' app) reuse it.

A moved row that would duplicate one of the survivor's (the same story linked twice, a
relation to itself) is dropped instead; where the two rows differ in strength (a story
*about* one duplicate that merely *mentions* the other), the survivor's row keeps the
stronger value first. `plan_moves()` answers the same question without writing, for the
preview an editor sees before confirming.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

import reversion
from django.contrib.admin.models import CHANGE, DELETION
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models, transaction
from django.db.models import F, Q
from django.dispatch import Signal

from core.activity import log_objects, system_user
from core.locking import StaleEdit
from core.text import normalise_name

from .models import Company, CompanyAlias, CompanyRedirect, CompanyRelation

# Sent inside a company merge's transaction, once per merged company, after its rows have
# moved (survivor=, merged=): for references no foreign key follows, such as the company
# ids inside the stories' app's deal suggestions.
company_merged = Signal()

# Through models whose clashing rows keep the stronger of two values: model label →
# the field whose choices are listed strongest first (About before Mentions).
STRONGER_FIRST = {"articles.articlecompany": "role"}


@dataclass
class Moves:
    """What a merge does to one kind of row pointing at the merged object."""

    label: str
    moved: int = 0
    dropped: int = 0  # duplicates of the survivor's own rows (or links to itself)
    strengthened: int = 0  # survivor's rows that take the merged row's stronger value

    @property
    def total(self) -> int:
        return self.moved + self.dropped


def _reverse_keys(model: type[models.Model]) -> Iterator[tuple[Any, Any]]:
    for rel in model._meta.related_objects:
        # Rows derived from others (counts an app keeps, `MERGE_MOVES = False`) are not
        # moved: they go with the merged company and their app recounts the kept one's.
        if not getattr(rel.related_model, "MERGE_MOVES", True):
            continue
        if rel.one_to_many or rel.one_to_one:
            yield rel.related_model, rel.field


def _unique_sets(model: type[models.Model], field: models.Field) -> list[tuple[str, ...]]:
    """The other columns (attnames) that, with `field`, may appear once only."""
    sets: list[tuple[str, ...]] = []
    if field.unique or field.primary_key:
        sets.append(())
    groups = [
        c.fields
        for c in model._meta.constraints
        if isinstance(c, models.UniqueConstraint) and c.fields and c.condition is None
    ]
    groups += [tuple(group) for group in model._meta.unique_together]
    for group in groups:
        if field.name in group:
            columns = (cast(models.Field, model._meta.get_field(n)) for n in group)
            sets.append(tuple(c.attname for c in columns if c.name != field.name))
    return sets


def _label(model: type[models.Model], field: models.Field, target: type[models.Model]) -> str:
    label = str(model._meta.verbose_name_plural)
    pointing = [
        f for f in model._meta.concrete_fields if f.is_relation and f.related_model is target
    ]
    if len(pointing) > 1:
        label += f" (as {field.verbose_name})"
    return label[:1].upper() + label[1:]


def _rows(
    model: type[models.Model],
    field: models.Field,
    survivor: models.Model,
    merged: models.Model,
    *,
    apply: bool,
) -> Moves:
    manager = model._default_manager
    rows = manager.filter(**{field.name: merged.pk})
    moves = Moves(_label(model, field, type(survivor)))
    drop: set = set()
    # A row that also points at the survivor through another key would point at the
    # survivor twice (a relation between the two duplicates): it goes.
    for other in model._meta.concrete_fields:
        if other is not field and other.is_relation and other.related_model is type(survivor):
            drop |= set(rows.filter(**{other.attname: survivor.pk}).values_list("pk", flat=True))
    stronger_name = STRONGER_FIRST.get(model._meta.label_lower)
    strengthen: dict = {}
    for others in _unique_sets(model, field):
        extra = (stronger_name,) if stronger_name else ()
        kept = {
            tuple(values[1 : len(others) + 1]): values
            for values in manager.filter(**{field.name: survivor.pk}).values_list(
                "pk", *others, *extra
            )
        }
        for values in rows.values_list("pk", *others, *extra):
            clash = kept.get(tuple(values[1 : len(others) + 1]))
            if clash is None or values[0] in drop:
                continue
            drop.add(values[0])
            if stronger_name:
                choices = getattr(model._meta.get_field(stronger_name), "choices", None) or []
                order = [choice[0] for choice in choices]
                if order.index(values[-1]) < order.index(clash[-1]):
                    strengthen[clash[0]] = values[-1]
    moves.dropped = len(drop)
    moves.strengthened = len(strengthen)
    moves.moved = rows.count() - moves.dropped
    if apply:
        for pk, value in strengthen.items():
            manager.filter(pk=pk).update(**{str(stronger_name): value})
        if drop:
            manager.filter(pk__in=drop).delete()
        rows.update(**{field.name: survivor.pk})
    return moves


def plan_moves(survivor: models.Model, merged: models.Model) -> list[Moves]:
    """What merging `merged` into `survivor` would move, drop and strengthen; no writes."""
    found = [
        _rows(model, field, survivor, merged, apply=False)
        for model, field in _reverse_keys(type(survivor))
    ]
    return [m for m in found if m.total]


def move_related(survivor: models.Model, merged: models.Model) -> list[Moves]:
    """Point every row that points at `merged` at `survivor` (dropping duplicates).

    Call inside a transaction; `merged` can then be deleted without taking anything
    with it.
    """
    found = [
        _rows(model, field, survivor, merged, apply=True)
        for model, field in _reverse_keys(type(survivor))
    ]
    return [m for m in found if m.total]


def _claim(company: Company) -> None:
    """Bump the stored version if it is still the one this copy was read (or shown) at:
    the check and the claim are one UPDATE, so a merge over stale data writes nothing."""
    expected = company._read_version if hasattr(company, "_read_version") else company.version
    claimed = Company.objects.filter(pk=company.pk, version=expected).update(
        version=F("version") + 1
    )
    if not claimed:
        raise StaleEdit(company, expected)


def _keep_name(survivor: Company, name: str) -> bool:
    """Make `name` an alias of `survivor` unless it already names it; False if taken."""
    normalised = normalise_name(name)
    if normalised == normalise_name(survivor.name):
        return False
    if CompanyAlias.objects.filter(normalised=normalised).exists():
        return False
    CompanyAlias(company=survivor, name=name).save()
    return True


def company_merge(
    *,
    survivor: Company,
    merged: Sequence[Company],
    user: AbstractBaseUser | AnonymousUser | None = None,
    command: str = "",
) -> dict[Company, list[Moves]]:
    """Merge `merged` into `survivor` in one transaction and return what moved.

    Each company must still be at the version it was read (or shown to the editor) at,
    otherwise `StaleEdit` is raised and nothing is written. The merged companies' names
    become aliases of the survivor and their addresses redirect to its page. Their last
    state goes into the revision, so the history shows what was merged. The survivor's
    save at the end is what recounts its coverage and bumps the public version (the
    stories' app keeps counts on every company save).

    `command`: the name of the command merging, outside the admin (which writes its own
    log entries): the merge then writes the activity log's entries itself, in the same
    transaction, as `user` or the system account: a change on the one kept and a deletion
    for each merged.
    """
    merged = [c for c in merged if c.pk != survivor.pk]
    if not merged:
        raise ValueError("Choose at least one company to merge into the one kept.")
    report: dict[Company, list[Moves]] = {}
    with transaction.atomic(), reversion.create_revision():
        for company in [survivor, *merged]:
            _claim(company)
        names = ", ".join(f"“{c.name}”" for c in merged)
        reversion.set_comment(f"Merged {names} into this company.")
        actor = user if user is not None and user.is_authenticated else None
        if command:
            actor = actor or system_user()
            log_objects(
                user=actor,
                entries=[
                    (company, DELETION, f"{command}: merged into “{survivor.name}”")
                    for company in merged
                ],
            )
        if actor is not None:
            reversion.set_user(actor)
        for company in merged:
            reversion.add_to_revision(company)
            report[company] = move_related(survivor, company)
            company_merged.send(sender=Company, survivor=survivor, merged=company)
            _keep_name(survivor, company.name)
            CompanyRedirect.objects.update_or_create(
                old_slug=company.slug, defaults={"company": survivor}
            )
            company.delete()
        CompanyRedirect.objects.filter(old_slug=survivor.slug).delete()
        # The moves are plain UPDATEs: check what they made of the group ties here (a
        # merge can close a loop of parents: A over X over B, with B merged into A).
        for relation in CompanyRelation.objects.filter(Q(parent=survivor) | Q(child=survivor)):
            relation.clean()
        fresh = Company.objects.get(pk=survivor.pk)
        fresh.save()
        survivor.version = fresh.version
        survivor._read_version = fresh.version
        if command and actor is not None:
            log_objects(
                user=actor, entries=[(fresh, CHANGE, f"{command}: merged {names} into this")]
            )
    return report
