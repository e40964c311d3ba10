"""make_renditions: make the renditions pictures lack (after a new size or format is added
to the standard set, or for pictures loaded with only some of them, like the demo's).

Each picture is locked while it is rendered, so this can run while editors upload.
"""

from django.core.management.base import BaseCommand, CommandError

from images import renditions
from images.models import Image


class Command(BaseCommand):
    help = "Make the missing renditions of every picture (or of the pictures given by id)."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Picture ids; all when none.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what is missing; make nothing."
        )

    def handle(self, *args, ids, dry_run, verbosity, **options):
        pictures = Image.objects.order_by("pk")
        if ids:
            pictures = pictures.filter(pk__in=ids)
            unknown = set(ids) - set(pictures.values_list("pk", flat=True))
            if unknown:
                raise CommandError(f"No picture with the id {', '.join(map(str, unknown))}.")
        made = 0
        for image in pictures.iterator(chunk_size=100):
            missing = [s for s in renditions.standard_specs(image) if s.key not in image.renditions]
            if not missing:
                continue
            made += len(missing)
            if verbosity >= 2:
                self.stdout.write(f"#{image.pk} {image.title}: {len(missing)} to make")
            if not dry_run:
                # Each picture on its own: a failure leaves the others done.
                renditions.ensure(image)
        if verbosity:
            verb = "would make" if dry_run else "made"
            self.stdout.write(self.style.SUCCESS(f"{verb} {made} renditions"))
