"""Recompute every denormalised count from the stories themselves.

The counts (Company.story_count and group_story_count, Deal.story_count and reported_at,
Author.story_count, topic counts, the co-mention pairs) are kept exact on every write; this
rebuilds them after a bulk load made around the models, a restore from backup, or to check
them.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from ... import live


class Command(BaseCommand):
    help = (
        "Recount the published stories of every company, deal, author and topic, when each "
        "deal was first reported and how often each pair of companies is named together; "
        "then bump the public version so caches refresh."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Recount inside a transaction and roll back."
        )

    def handle(self, *args, dry_run: bool = False, **options):
        with transaction.atomic():
            live.refresh_all()
            if dry_run:
                transaction.set_rollback(True)
        if options["verbosity"]:
            verb = "Would recount" if dry_run else "Recounted"
            self.stdout.write(self.style.SUCCESS(f"{verb} every coverage count."))
