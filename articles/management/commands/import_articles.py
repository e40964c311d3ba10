"""Import stories from Markdown files with YAML front matter; all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...importers import ImportFailed, import_articles


class Command(BaseCommand):
    help = (
        "Import Markdown stories with YAML front matter (title, slug, standfirst, byline, "
        "published_at, tags, companies). A directory imports every *.md in it. Stories are "
        "matched by slug, so importing again updates them. One bad file fails the whole run "
        "and nothing is written."
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

    def handle(self, *args, paths, dry_run, publish, **options):
        try:
            report = import_articles(paths, publish=publish, dry_run=dry_run)
        except ImportFailed as exc:
            raise CommandError(str(exc)) from exc
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(report.summary(dry_run=dry_run)))
        if options["verbosity"] > 1:
            for slug in report.created:
                self.stdout.write(f"  new      {slug}")
            for slug in report.updated:
                self.stdout.write(f"  updated  {slug}")
