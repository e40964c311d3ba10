"""`make bench`: measure the readers' pages against the framework floor.

Seeds a SQLite database with volume data (once; kept in bench/.work/ between runs), serves
it with gunicorn on 127.0.0.1, and drives each page with a fixed number of keep-alive
clients for a fixed time. Prints requests/second and p50/p99 latency for the home, article
and company pages next to a minimal Django view served by the same server in the same run,
and each page's figures as a ratio of that floor. Only loopback is ever contacted.
"""

import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "20000"))
COMPANIES = int(os.environ.get("BENCH_COMPANIES", "2000"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "8"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "4"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
PYTHON = sys.executable
ROW = "{:<30}{:>9}{:>9}{:>9}{:>16}{:>14}"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["DJANGO_SETTINGS_MODULE"] = "newsroom.settings.bench"
    env.setdefault("DATABASE_URL", f"sqlite:///{WORK / 'bench.sqlite3'}")
    return env


def _manage(*args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=_env(),
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def seed() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    marker = WORK / f"seeded-{ARTICLES}-{COMPANIES}"
    if marker.exists():
        print(f"Using the seeded data in {WORK} ({ARTICLES} stories, {COMPANIES} companies).")
        return
    print(f"Seeding {ARTICLES} stories and {COMPANIES} companies (once)...", flush=True)
    _manage("migrate", "--verbosity", "0")
    _manage("seed_bench", "--articles", str(ARTICLES), "--companies", str(COMPANIES))
    for old in WORK.glob("seeded-*"):
        old.unlink()
    marker.touch()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _targets() -> dict[str, list[str]]:
    code = (
        "from articles.models import Article; from companies.models import Company;"
        "import json;"
        "top = Company.objects.with_coverage_counts().order_by('-coverage').first();"
        "stories = Article.objects.published().newest_first().values_list('slug', flat=True);"
        "stories = list(stories[100:150]);"
        "print(json.dumps({'company': top.slug, 'coverage': top.coverage, 'stories': stories}))"
    )
    import json

    data = json.loads(_manage("shell", "-c", code).strip().splitlines()[-1])
    print(f"Company page: {data['company']}, with {data['coverage']} stories of coverage.")
    return {
        "floor (minimal Django view)": ["/bench/floor/"],
        "home": ["/"],
        "article": [f"/articles/{slug}/" for slug in data["stories"]],
        "company": [f"/companies/{data['company']}/"],
    }


def _drive(port: int, paths: list[str], seconds: float) -> list[float]:
    latencies: list[float] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(offset: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine, n = [], offset
        while time.perf_counter() < deadline:
            path = paths[n % len(paths)]
            n += 1
            start = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{path} answered {response.status}")
            mine.append(time.perf_counter() - start)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


def _wait_for(port: int, server: subprocess.Popen) -> None:
    for _ in range(100):
        if server.poll() is not None:
            raise RuntimeError("gunicorn exited; see its output above")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("gunicorn did not start listening")


def serve_and_measure() -> None:
    targets = _targets()
    port = _free_port()
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "newsroom.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(WORKERS), "--log-level", "warning"],
        cwd=ROOT,
        env=_env(),
    )  # fmt: skip
    try:
        _wait_for(port, server)
        print(
            f"\ngunicorn, {WORKERS} workers, {CLIENTS} keep-alive clients, {SECONDS:g} s a page, "
            "SQLite\n"
        )
        print(ROW.format("page", "req/s", "p50 ms", "p99 ms", "req/s vs floor", "p50 vs floor"))
        floor = None
        for name, paths in targets.items():
            _drive(port, paths, 1.0)  # warm-up: connections, caches, imports
            latencies = sorted(_drive(port, paths, SECONDS))
            rps = len(latencies) / SECONDS
            p50 = statistics.median(latencies) * 1000
            p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
            floor = floor or (rps, p50)
            ratios = (f"{rps / floor[0]:.2f}", f"{p50 / floor[1]:.1f}x")
            print(ROW.format(name, f"{rps:.0f}", f"{p50:.1f}", f"{p99:.1f}", *ratios))
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    seed()
    serve_and_measure()
    extra = ROOT / "bench" / "intelligence.py"
    if extra.exists():
        subprocess.run([PYTHON, str(extra)], cwd=ROOT, env=_env(), check=True)


if __name__ == "__main__":
    main()
