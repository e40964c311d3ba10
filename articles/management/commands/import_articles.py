"""Import stories from Markdown files with YAML front matter; all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.activity import add_user_option, command_user

from ...importers import ImportFailed, import_articles


class Command(BaseCommand):
    help = (
        "Import Markdown stories with YAML front matter (title, slug, standfirst, byline, "
        "published_at, tags, companies). A directory imports every *.md in it. Stories are "
        "matched by slug, so importing again updates them. One bad file fails the whole run "
        "and nothing is written. Each story added or changed is in the activity log, as "
        "--user or the system account."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and report; write nothing."
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish stories with no published_at now (otherwise they are drafts).",
        )
        add_user_option(parser)

    def handle(self, *args, paths, dry_run, publish, user=None, **options):
        actor = command_user(user) if user else None
        try:
            report = import_articles(paths, publish=publish, dry_run=dry_run, user=actor)
        except ImportFailed as exc:
            raise CommandError(str(exc)) from exc
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(report.summary(dry_run=dry_run)))
        if options["verbosity"] > 1:
            for slug in report.created:
                self.stdout.write(f"  new      {slug}")
            for slug in report.updated:
                self.stdout.write(f"  updated  {slug}")
