"""Two editors saving the same story at the same moment, many times over.

Each trial: two threads read the same story (the same version), wait for each other, then
both save a different standfirst. Optimistic locking must let exactly one through and
refuse the other; the stored story must be exactly the winner's. Counts silent overwrites
(both saves went through, or the stored text is not the winner's) and errors (a server
error or anything else unexpected).

Two ways to save:

- `--mode model` (the default): `Article.save()` in each thread; the loser gets StaleEdit.
- `--mode admin`: each editor is a logged-in admin session (Django's test client, one per
  thread, through the whole middleware stack). Both open the story's change form, read its
  fields from the HTML as a browser would, and post it back with their standfirst. The
  winner is redirected (302); the loser sees the form again (200) with the "saved this …
  while you were editing it" message. A 500 is an error.

    python bench/concurrent_saves.py [TRIALS] [--trials N] [--mode model|admin]
                                     [--database-url URL]

The database is DATABASE_URL (or --database-url), migrated, with a story `contested` made
or reused in it; use a scratch database. Without either, a fresh SQLite file in a
temporary directory. Prints one line: trials, refused, silent overwrites, errors.
`make bench-saves` runs it (TRIALS=1000 MODE=admin by default).
"""

import argparse
import os
import sys
import tempfile
import threading
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, help="trials (same as --trials)")
    parser.add_argument("--trials", type=int, default=None)
    parser.add_argument("--mode", choices=["model", "admin"], default="model")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    args = parser.parse_args()
    args.trials = args.trials or args.count or 1000
    if not args.database_url:
        args.database_url = f"sqlite:///{tempfile.mkdtemp(prefix='saves-')}/saves.sqlite3"
    return args


ARGS = _arguments() if __name__ == "__main__" else None
if ARGS is not None:
    os.environ["DATABASE_URL"] = ARGS.database_url
    os.environ.pop("DATABASE_REPLICA_URLS", None)

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from articles.models import Article  # noqa: E402
from core.locking import StaleEdit  # noqa: E402

STALE = "while you were editing it"


class FormFields(HTMLParser):
    """The values a browser would send for the form with id `form_id`: inputs (checked
    boxes only), textareas and the selected options of selects."""

    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside = form_id, False
        self.data: dict[str, list[str]] = {}
        self.textarea: str | None = None
        self.select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
        if not self.inside or a.get("disabled") is not None:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.data.setdefault(name, []).append(
                a.get("value") or ("on" if kind in ("checkbox", "radio") else "")
            )
        elif tag == "textarea" and name:
            self.textarea = name
            self.data.setdefault(name, []).append("")
        elif tag == "select" and name:
            self.select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self.select and "selected" in a:
            self.data[self.select].append(a.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea is not None:
            # The first newline after <textarea> is not part of the value.
            values = self.data[self.textarea]
            values[-1] += data if values[-1] or not data.startswith("\n") else data[1:]


def form_data(html: str, form_id: str = "article_form") -> dict[str, list[str]]:
    parser = FormFields(form_id)
    parser.feed(html)
    return parser.data


def _model_editor(story_id: int, name: str, n: int, barrier, outcome: dict) -> None:
    try:
        copy = Article.objects.get(pk=story_id)
        copy.standfirst = f"{name} {n}"
        barrier.wait(timeout=30)
        copy.save()
        outcome[name] = "saved"
    except StaleEdit:
        outcome[name] = "refused"
    except Exception as exc:  # noqa: BLE001 (an error is what is being counted)
        outcome[name] = f"error: {exc!r}"
    finally:
        close_old_connections()
        connection.close()


def _admin_editor(story_id: int, name: str, n: int, barrier, outcome: dict) -> None:
    url = reverse("admin:articles_article_change", args=[story_id])
    client = CLIENTS[name]
    try:
        page = client.get(url)
        if page.status_code != 200:
            raise RuntimeError(f"GET {page.status_code}")
        data = form_data(page.content.decode())
        data["standfirst"] = [f"{name} {n}"]
        data["_save"] = ["Save"]
        barrier.wait(timeout=30)
        response = client.post(url, data)
        if response.status_code == 302:
            outcome[name] = "saved"
        elif response.status_code == 200 and STALE in response.content.decode():
            outcome[name] = "refused"
        else:
            outcome[name] = f"error: {response.status_code}"
    except Exception as exc:  # noqa: BLE001 (an error is what is being counted)
        outcome[name] = f"error: {exc!r}"
    finally:
        close_old_connections()
        connection.close()


CLIENTS: dict[str, Client] = {}


def trial(story_id: int, n: int, mode: str = "model") -> tuple[int, int, int]:
    barrier = threading.Barrier(2)
    outcome: dict[str, str] = {}
    editor = _admin_editor if mode == "admin" else _model_editor
    threads = [
        threading.Thread(target=editor, args=(story_id, name, n, barrier, outcome))
        for name in ("first", "second")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    saved = [name for name, result in outcome.items() if result == "saved"]
    errors = sum(result.startswith("error") for result in outcome.values())
    stored = Article.objects.get(pk=story_id).standfirst
    silent = int(len(saved) > 1 or (len(saved) == 1 and stored != f"{saved[0]} {n}"))
    refused = sum(result == "refused" for result in outcome.values())
    if errors and os.environ.get("BENCH_VERBOSE"):
        print(n, outcome, file=sys.stderr)
    return refused, silent, errors


def main(trials: int, mode: str = "model") -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    story, _ = Article.objects.get_or_create(
        slug="contested", defaults={"headline": "Contested", "body": "Text."}
    )
    if mode == "admin":
        users = get_user_model().objects
        for name in ("first", "second"):
            user, _ = users.get_or_create(
                username=f"bench-{name}", defaults={"is_staff": True, "is_superuser": True}
            )
            CLIENTS[name] = Client()
            CLIENTS[name].force_login(user)
    totals = [0, 0, 0]
    for n in range(trials):
        for i, value in enumerate(trial(story.pk, n, mode)):
            totals[i] += value
    print(f"trials={trials} refused={totals[0]} silent_overwrites={totals[1]} errors={totals[2]}")


if __name__ == "__main__":
    assert ARGS is not None
    main(ARGS.trials, ARGS.mode)
