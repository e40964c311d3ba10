"""Two editors saving the same story at the same moment, many times over.

Each trial: two threads read the same story (the same version), wait for each other, then
both save a different change. Optimistic locking must let exactly one through and refuse
the other with StaleEdit; the stored story must be exactly the winner's. Counts silent
overwrites (both saves reported success) and errors (anything else raised).

    DATABASE_URL=... python bench/concurrent_saves.py [TRIALS]

Run by articles/tests/test_concurrent_saves.py on a fresh SQLite file and, on PostgreSQL,
on a fresh database; prints one line: trials, refused, silent overwrites, errors.
"""

import os
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")

import django

django.setup()

from django.db import close_old_connections, connection  # noqa: E402

from articles.models import Article  # noqa: E402
from core.locking import StaleEdit  # noqa: E402


def trial(story_id: int, n: int) -> tuple[int, int, int]:
    barrier = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def editor(name: str) -> None:
        try:
            copy = Article.objects.get(pk=story_id)
            copy.standfirst = f"{name} {n}"
            barrier.wait(timeout=10)
            copy.save()
            outcome[name] = "saved"
        except StaleEdit:
            outcome[name] = "refused"
        except Exception as exc:  # noqa: BLE001 (an error is what is being counted)
            outcome[name] = f"error: {exc!r}"
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=editor, args=(name,)) for name in ("first", "second")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    saved = [name for name, result in outcome.items() if result == "saved"]
    errors = sum(result.startswith("error") for result in outcome.values())
    stored = Article.objects.get(pk=story_id).standfirst
    silent = int(len(saved) != 1 or stored != f"{saved[0]} {n}")
    refused = sum(result == "refused" for result in outcome.values())
    return refused, silent, errors


def main(trials: int) -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    story = Article.objects.create(headline="Contested", slug="contested", body="Text.")
    totals = [0, 0, 0]
    for n in range(trials):
        for i, value in enumerate(trial(story.pk, n)):
            totals[i] += value
    print(f"trials={trials} refused={totals[0]} silent_overwrites={totals[1]} errors={totals[2]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
