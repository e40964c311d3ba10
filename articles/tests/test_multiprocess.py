"""Invalidation across processes, for real: gunicorn with two workers, each with its own
local-memory page cache (the default configuration), and changes made by another process.

A publish or an edit must show on the very next request to every worker. The test runs
its own SQLite file and server, so it does not share the test database.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _manage(env, *args, code: str | None = None) -> str:
    command = [sys.executable, "manage.py", *args]
    if code is not None:
        command += ["-c", code]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _get(port: int, path: str) -> tuple[str, str]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        return response.read().decode(), response.headers.get("X-Page-Cache", "")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    database = tmp_path_factory.mktemp("multi") / "newsroom.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    env.pop("CACHE_URL", None)  # the default: a page cache per process
    env.pop("DATABASE_REPLICA_URLS", None)
    _manage(env, "migrate", "--verbosity", "0")
    _manage(
        env,
        "shell",
        code=(
            "from articles.tests import factories;"
            "c = factories.company('Alibaba Group', slug='alibaba');"
            "factories.article('First story', companies=[c])"
        ),
    )
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "newsroom.wsgi:application", "--workers", "2",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                _get(port, "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        yield port, env
    finally:
        process.terminate()
        process.wait(timeout=10)


def _warm(port: int, path: str) -> None:
    # Enough requests that both workers have the page in their own cache.
    hits = {_get(port, path)[1] for _ in range(12)}
    assert "hit" in hits


def test_a_publish_in_another_process_shows_on_every_worker_at_once(server):
    port, env = server
    _warm(port, "/companies/alibaba/")
    _manage(
        env,
        "shell",
        code=(
            "from articles.tests import factories; from companies.models import Company;"
            "factories.article('Second story', companies=[Company.objects.get(slug='alibaba')])"
        ),
    )
    for _ in range(12):
        assert "Second story" in _get(port, "/companies/alibaba/")[0]


def test_an_edit_in_another_process_shows_on_every_worker_at_once(server):
    port, env = server
    _warm(port, "/")
    _manage(
        env,
        "shell",
        code=(
            "from articles.models import Article;"
            "a = Article.objects.get(headline='First story');"
            "a.headline = 'First story, corrected'; a.save()"
        ),
    )
    for _ in range(12):
        assert "First story, corrected" in _get(port, "/")[0]
