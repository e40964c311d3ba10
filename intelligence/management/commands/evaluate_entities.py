"""Print precision and recall of company detection and deal extraction on a labelled set:
companies, whole deals (issue 11's rule), deal facts as sets, and each fact on its own."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...evaluation import DEFAULT_SET, evaluate, report_lines


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
        for line in report_lines(result):
            self.stdout.write(line)
        if options["verbosity"] > 1:
            for miss in result.misses:
                self.stdout.write(f"  {miss}")
