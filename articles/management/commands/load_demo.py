"""Load the demo newsroom: the reference scenario and the `editor` and `writer` accounts."""

import os

from django.core.management.base import BaseCommand

from ...demo.loader import demo_load


class Command(BaseCommand):
    help = (
        "Load the reference scenario (stories, companies, deals, authors) and the demo "
        "accounts `editor` and `writer`. Safe to run again: it changes only what differs. "
        "Passwords come from DEMO_PASSWORD, or are generated and printed."
    )

    def handle(self, *args, **options):
        report = demo_load(password=os.environ.get("DEMO_PASSWORD") or None)
        if options["verbosity"] == 0:
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo newsroom loaded: {report.created} rows created, {report.updated} updated."
            )
        )
        host = os.environ.get("HOST") or "127.0.0.1"
        port = os.environ.get("PORT") or "8000"
        address = f"http://{host}:{port}/"
        self.stdout.write(f"Serving at {address}")
        self.stdout.write(f"Admin logins ({address}admin/):")
        for username, password in report.accounts.items():
            self.stdout.write(f"  {username:<7} password: {password}")
