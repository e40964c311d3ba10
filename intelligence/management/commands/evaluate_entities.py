"""Print precision and recall of company detection and deal extraction on a labelled set."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...evaluation import DEFAULT_SET, evaluate


class Command(BaseCommand):
    help = "Measure company detection and deal-fact extraction against a labelled story set."

    def add_arguments(self, parser):
        parser.add_argument(
            "--data",
            type=Path,
            default=DEFAULT_SET,
            help="Directory with companies.json and stories.yaml.",
        )

    def handle(self, *args, data: Path, **options):
        if not (data / "companies.json").is_file() or not (data / "stories.yaml").is_file():
            raise CommandError(f"{data}: needs companies.json and stories.yaml")
        result = evaluate(data)
        self.stdout.write(f"{result.stories} labelled stories")
        for label, score in (("companies", result.companies), ("deal facts", result.deals)):
            self.stdout.write(
                f"{label:<11} precision {score.precision:.3f}  recall {score.recall:.3f}  "
                f"({score.true_positives} right of {score.predicted} found, "
                f"{score.expected} expected)"
            )
        if options["verbosity"] > 1:
            for miss in result.misses:
                self.stdout.write(f"  {miss}")
