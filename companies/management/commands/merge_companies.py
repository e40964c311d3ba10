"""Merge duplicate companies into one, as the admin's "Merge selected duplicates…" does:
stories, deals, relations and aliases move to the one kept, the others' addresses
redirect to its page; one transaction, and an entry per company in the activity log."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from core.activity import add_user_option, command_user

from ...merge import company_merge, plan_moves
from ...models import Company


class Command(BaseCommand):
    help = (
        "Merge DUPLICATE companies (by slug) into KEEP: everything that points at them moves "
        "to KEEP, their names become its aliases and their pages redirect to it. All or "
        "nothing; each merge is in the activity log, as --user or the system account."
    )

    def add_arguments(self, parser):
        parser.add_argument("keep", metavar="KEEP", help="The slug of the company kept.")
        parser.add_argument(
            "duplicates", nargs="+", metavar="DUPLICATE", help="Slugs of the companies merged."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would move; write nothing."
        )
        add_user_option(parser)

    def handle(self, *args, keep, duplicates, dry_run, user=None, **options):
        slugs = [keep, *duplicates]
        found = Company.objects.in_bulk(slugs, field_name="slug")
        if missing := [slug for slug in slugs if slug not in found]:
            raise CommandError(f"No company with the slug: {', '.join(missing)}")
        if keep in duplicates:
            raise CommandError(f"{keep!r} is both kept and merged.")
        survivor = found[keep]
        merged = [found[slug] for slug in dict.fromkeys(duplicates)]
        actor = command_user(user) if user else None
        if dry_run:
            for company in merged:
                self._say(options, company, plan_moves(survivor, company), "would move")
            return
        try:
            report = company_merge(
                survivor=survivor, merged=merged, user=actor, command="merge_companies"
            )
        except (ValidationError, DatabaseError) as error:
            raise CommandError(f"Nothing was merged: {error}") from error
        for company, moves in report.items():
            self._say(options, company, moves, "moved")

    def _say(self, options, company, moves, verb) -> None:
        if not options["verbosity"]:
            return
        what = ", ".join(f"{m.label}: {m.total}" for m in moves) or "nothing"
        self.stdout.write(self.style.SUCCESS(f"“{company.name}”: {verb} {what}"))
