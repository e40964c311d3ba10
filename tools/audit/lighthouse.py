"""`make audit`: Lighthouse on every reader page type of the demo newsroom.

Builds the demo in a throwaway SQLite database, serves it with gunicorn (DEBUG off) on a
free loopback port, runs Lighthouse (tools/audit/node_modules, pinned) with Debian's
chromium on each page type, prints a table and fails when a page scores under the floors:
accessibility, SEO and best practices 95, performance 90. Nothing is fetched from outside.
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AUDIT = ROOT / "tools" / "audit"
PYTHON = ROOT / ".venv" / "bin" / "python"
# Pages that say `noindex` on purpose (search results; a listing with nothing in it, as
# the demo's corrections page): Lighthouse's "is crawlable" would only count that choice.
NOINDEX = {"search", "corrections"}
FLOORS = {"performance": 90, "accessibility": 95, "best-practices": 95, "seo": 95}

PATHS = """
import json
from django.utils import timezone
from articles.models import Article, Author
from companies.models import Company
from deals.models import Deal
from articles.models import TopicStats
story = Article.objects.published().order_by("-published_at").first()
company = story.companies.order_by("-story_count").first()
when = timezone.localtime(story.published_at)
topic = TopicStats.objects.select_related("tag").order_by("-story_count").first()
author = Author.objects.order_by("-story_count").first()
print(json.dumps({
    "home": "/",
    "archive": f"/archive/{when.year}/{when.month}/",
    "article": story.get_absolute_url(),
    "company": company.get_absolute_url(),
    "company, about": company.get_absolute_url() + "?show=about",
    "deal": Deal.objects.public().order_by("-story_count").first().get_absolute_url(),
    "deals index": "/deals/",
    "companies index": "/companies/",
    "topic": f"/topics/{topic.tag.slug}/",
    "topics index": "/topics/",
    "author": author.get_absolute_url(),
    "authors index": "/authors/",
    "search": "/search/?q=alibaba",
    "corrections": "/corrections/",
}))
"""


def say(line: str, stream=sys.stdout) -> None:
    stream.write(line + "\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="newsroom-audit-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        "DEBUG": "0",
        "DATABASE_URL": f"sqlite:///{work}/audit.sqlite3",
        "DEMO_PASSWORD": "audit-only",
        "REVIEW_EMAIL_EDITORS": "0",
    }
    manage = [str(PYTHON), "manage.py"]
    subprocess.run([*manage, "migrate", "--verbosity", "0"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "load_demo"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    only = set(filter(None, os.environ.get("AUDIT_PAGES", "").split(",")))
    paths = json.loads(
        subprocess.run(
            [*manage, "shell", "-c", PATHS],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.splitlines()[-1]  # after what the shell says of its automatic imports
    )
    paths = {name: path for name, path in paths.items() if not only or name in only}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "newsroom.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        # Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART): once more.
        rows = {
            name: audit(f"{base}{path}", work, name in NOINDEX)
            or audit(f"{base}{path}", work, name in NOINDEX)
            for name, path in paths.items()
        }
    finally:
        server.terminate()
        server.wait(10)
    say(f"Lighthouse {lighthouse_version()} on {base} (chromium, desktop preset off: mobile)")
    say(f"{'page':<18}" + "".join(f"{c:>16}" for c in FLOORS))
    failed = []
    for name, scores in rows.items():
        say(f"{name:<18}" + "".join(f"{scores.get(c, '-'):>16}" for c in FLOORS))
        failed += [
            f"{name}: {c} {scores.get(c)} < {floor}"
            for c, floor in FLOORS.items()
            if not isinstance(scores.get(c), int) or scores[c] < floor
        ]
    for line in failed:
        say(f"UNDER THE FLOOR: {line}", sys.stderr)
    return 1 if failed else 0


def lighthouse_version() -> str:
    package = AUDIT / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text())["version"]


def audit(url: str, work: Path, noindex: bool = False) -> dict:
    report = work / "report.json"
    run = subprocess.run(
        [
            str(AUDIT / "node_modules/.bin/lighthouse"),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox --disable-background-networking",
            *(["--skip-audits=is-crawlable"] if noindex else []),
        ],
        env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
        capture_output=True,
        text=True,
    )
    if run.returncode != 0 or not report.exists():
        say(run.stderr[-2000:], sys.stderr)
        return {}
    result = json.loads(report.read_text())
    scores = {
        key: round(value["score"] * 100) if value["score"] is not None else "-"
        for key, value in result["categories"].items()
    }
    for key, value in result["categories"].items():
        if scores[key] == 100:
            continue
        missed = [
            ref["id"]
            for ref in value["auditRefs"]
            if ref["weight"] and result["audits"][ref["id"]]["score"] not in (1, None)
        ]
        say(f"  {url} {key} {scores[key]}: {', '.join(missed)}", sys.stderr)
    return scores


if __name__ == "__main__":
    sys.exit(main())
