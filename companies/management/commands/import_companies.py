"""Import companies from a CSV or JSON file; all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.activity import add_user_option, command_user

from ...importers import ImportFailed, import_companies


class Command(BaseCommand):
    help = (
        "Import companies from a CSV file (header row) or a JSON list: name, aliases, "
        "country, sector, website, ticker, description, parent, relation. Matched by name, so "
        "importing again updates them. One bad row fails the whole file; nothing is written. "
        "Each company added or changed is in the activity log, as --user or the system account."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, metavar="FILE")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and report; write nothing."
        )
        add_user_option(parser)

    def handle(self, *args, file, dry_run, user=None, **options):
        actor = command_user(user) if user else None
        try:
            report = import_companies(file, dry_run=dry_run, user=actor)
        except ImportFailed as exc:
            raise CommandError(str(exc)) from exc
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(report.summary(dry_run=dry_run)))
