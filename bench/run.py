"""`make bench`: Newsroom's readers' pages at a real desk's size, against the framework floor.

1. Seeds bench/.work/bench.sqlite3 once with `seed_bench --articles 200000 --companies 20000`
   (through bench/seed.py); later runs reuse it while it holds that volume.
2. For each mode — `uncached` (CACHE_URL=dummy://: no cache of any kind), `warm` (CACHE_URL
   unset: the default page cache, warmed first) and `304` (every request carries the ETag of
   a first response in If-None-Match) — serves the site with gunicorn (2 sync workers,
   newsroom.settings.bench: DEBUG off) on 127.0.0.1, drives each page with wrk and prints
   req/s, the ratio to the floor view served by the same server in the same run, p50, p99,
   the queries one request runs (counted in process, bench/pages.py) and the response bytes.
3. A 64-connection, 60-second run over a mix of the pages: errors and p99.
4. bench/intelligence.py: company detection and the importer; bench/search.py: search
   p50/p95; bench/admin.py: the editors' admin screens, timed in process.

`python bench/run.py --peers` (make bench-peers) instead serves the site and runs
../shared/bench/side_by_side.sh with its pages as extra targets, beside the floor project and
Wagtail; the ratios in that one run are the figures to quote.

Settings, from the environment: BENCH_ARTICLES (200000), BENCH_COMPANIES (20000),
BENCH_DATABASE_URL (bench/.work/bench.sqlite3), BENCH_RESEED=1 (seed again), BENCH_MODES
(uncached,warm,304), BENCH_PAGES (names, comma-separated; default all), BENCH_EXTRA
(name=/path,... more pages), BENCH_DURATION (10s a page a mode), BENCH_CONNECTIONS (8),
BENCH_LOAD_DURATION (60s), BENCH_LOAD_CONNECTIONS (64), BENCH_LOAD_CACHE (unset: default),
BENCH_SLOW (5: a page slower than this many seconds a request is not load-tested; for
--peers BENCH_PEERS_SLOW, 30),
BENCH_INTELLIGENCE=0, BENCH_SEARCH=0, BENCH_ADMIN=0 (skip parts of step 4). Only loopback
is ever contacted.
"""

import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
PYTHON = sys.executable
SIDE_BY_SIDE = Path(
    os.environ.get("SIDE_BY_SIDE", ROOT.parent / "shared" / "bench" / "side_by_side.sh")
)

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "200000"))
COMPANIES = int(os.environ.get("BENCH_COMPANIES", "20000"))
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{WORK / 'bench.sqlite3'}")
MODES = [m for m in os.environ.get("BENCH_MODES", "uncached,warm,304").split(",") if m]
PAGES = [p for p in os.environ.get("BENCH_PAGES", "").split(",") if p]
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
LOAD_DURATION = os.environ.get("BENCH_LOAD_DURATION", "60s")
LOAD_CONNECTIONS = int(os.environ.get("BENCH_LOAD_CONNECTIONS", "64"))
LOAD_CACHE = os.environ.get("BENCH_LOAD_CACHE")
SLOW = float(os.environ.get("BENCH_SLOW", "5"))
PEERS_SLOW = float(os.environ.get("BENCH_PEERS_SLOW", "30"))
WORKERS = 2
CACHE = {"uncached": "dummy://", "warm": None, "304": None}  # None: CACHE_URL unset
MODE_TITLE = {
    "uncached": "uncached: CACHE_URL=dummy://, no cache of any kind",
    "warm": "page cache warm: CACHE_URL unset (the default cache), warmed first",
    "304": "304 path: If-None-Match with the ETag of a first response",
}
HEADER = (
    f"{'page':<18}{'req/s':>8}{'x floor':>9}{'p50 ms':>9}{'p99 ms':>9}{'queries':>9}"
    f"{'bytes':>9}{'status':>8}{'errors':>8}"
)


def env(cache: str | None = None) -> dict[str, str]:
    e = dict(os.environ)
    e["DJANGO_SETTINGS_MODULE"] = "newsroom.settings.bench"
    e["DATABASE_URL"] = DATABASE_URL
    e.pop("CACHE_URL", None)
    if cache:
        e["CACHE_URL"] = cache
    return e


def django(*args: str, cache: str | None = None, stdin: str | None = None) -> str:
    result = subprocess.run(
        [PYTHON, *args], cwd=ROOT, env=env(cache), input=stdin, capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(f"{' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


# -- data ----------------------------------------------------------------------------------


def seed() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    django("manage.py", "migrate", "--verbosity", "0")
    have = json.loads(django("bench/pages.py", "volume").strip().splitlines()[-1])
    # A few more bench- stories than seeded is still that volume: pages.py adds one (the
    # article with pictures).
    if (
        ARTICLES <= have["articles"] <= ARTICLES + 100
        and have["companies"] == COMPANIES
        and os.environ.get("BENCH_RESEED") != "1"
    ):
        print(f"Reusing the bench data ({ARTICLES:,} stories, {COMPANIES:,} companies) in "
              f"{_where()}; BENCH_RESEED=1 rebuilds it.")  # fmt: skip
        return
    print(f"Seeding {ARTICLES:,} stories and {COMPANIES:,} companies into {_where()}...")
    started = time.perf_counter()
    subprocess.run(
        [PYTHON, "bench/seed.py", "--articles", str(ARTICLES), "--companies", str(COMPANIES)],
        cwd=ROOT,
        env=env(),
        check=True,
    )
    print(f"Seeded in {time.perf_counter() - started:.0f} s.")


def _where() -> str:
    if DATABASE_URL.startswith("sqlite"):
        return DATABASE_URL.removeprefix("sqlite:///")
    return "the database"


def targets() -> dict[str, str]:
    found = json.loads(django("bench/pages.py", "targets").strip().splitlines()[-1])
    if PAGES:
        found = {k: v for k, v in found.items() if k in PAGES or k == "floor"}
    return found


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def in_process(mode: str, pages: dict[str, str], limit: float = 120.0) -> tuple[str, dict]:
    """Status, bytes, ETag and queries per page, from bench/pages.py in its own process; a
    page that does not answer within `limit` seconds is marked and the rest measured anew."""
    results: dict[str, dict] = {}
    backend = "?"
    todo = dict(pages)
    while todo:
        proc = subprocess.Popen(
            [PYTHON, "bench/pages.py", "measure", mode],
            cwd=ROOT,
            env=env(CACHE[mode]),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        proc.stdin.write(json.dumps(todo))
        proc.stdin.close()
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True).start()
        while True:
            try:
                line = lines.get(timeout=limit)
            except queue.Empty:
                stuck = next(iter(todo))
                results[stuck] = {"status": f">{limit:.0f}s", "queries": None, "bytes": None}
                todo.pop(stuck)
                proc.kill()
                break
            if line is None:
                proc.wait()
                if todo:  # crashed on the next page
                    err = proc.stderr.read().strip().splitlines()
                    stuck = next(iter(todo))
                    results[stuck] = {"status": "error", "error": err[-1] if err else "?"}
                    todo.pop(stuck)
                break
            row = json.loads(line)
            if "cache" in row:
                backend = row["cache"]
                continue
            name = row.pop("name")
            results[name] = row
            todo.pop(name, None)
    return backend, results


# -- serving and loading -------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, cache: str | None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "newsroom.wsgi", "--bind", f"127.0.0.1:{self.port}",
             "--workers", str(WORKERS), "--worker-class", "sync", "--timeout", "120",
             "--log-level", "warning"],
            cwd=ROOT,
            env=env(cache),
        )  # fmt: skip

    def __enter__(self):
        for _ in range(200):
            if self.proc.poll() is not None:
                sys.exit("gunicorn exited; see its output above")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.1)
        sys.exit("gunicorn did not start listening")

    def __exit__(self, *exc):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def get(self, path: str, headers: dict | None = None, timeout: float = 130):
        request = urllib.request.Request(self.base + path, headers=headers or {})
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=timeout) as r:
                body = r.read()
                return r.status, dict(r.headers), body, time.perf_counter() - start
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read(), time.perf_counter() - start

    def drain(self) -> None:
        """Wait until the workers are idle again (wrk leaves requests in flight)."""
        for _ in range(120):
            status, _, _, seconds = self.get("/bench/floor/")
            if status == 200 and seconds < 0.1:
                return
            time.sleep(0.5)


def wrk(url: str, *, connections: int, duration: str, headers: dict | None = None,
        script: Path | None = None, timeout: str = "10s") -> dict:  # fmt: skip
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{duration}", "--latency", f"--timeout={timeout}"]
    for k, v in (headers or {}).items():
        cmd += ["-H", f"{k}: {v}"]
    if script:
        cmd += ["-s", str(script)]
    out = subprocess.run([*cmd, url], capture_output=True, text=True).stdout
    return parse_wrk(out)


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def parse_wrk(out: str) -> dict:
    def find(pattern, default=None, cast=float):
        m = re.search(pattern, out, re.M)
        return cast(m.group(1)) if m else default

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return {
        "rps": find(r"Requests/sec:\s+([\d.]+)", 0.0),
        "p50": find(r"^\s+50%\s+(\S+)", None, _ms),
        "p99": find(r"^\s+99%\s+(\S+)", None, _ms),
        "requests": find(r"(\d+) requests in", 0, int),
        "non2xx": find(r"Non-2xx or 3xx responses: (\d+)", 0, int),
        "socket_errors": errors,
        "raw": out,
    }


def _num(value, fmt: str) -> str:
    return "—" if value is None else format(value, fmt)


def run_mode(mode: str, pages: dict[str, str], slow: dict[str, float]) -> list[str]:
    backend, counted = in_process(mode, pages)
    lines = [f"\n== {MODE_TITLE[mode]} (cache backend: {backend})",
             f"   gunicorn {WORKERS} sync workers; wrk -t2 -c{CONNECTIONS} -d{DURATION}; "
             f"{ARTICLES:,} stories, {COMPANIES:,} companies", HEADER]  # fmt: skip
    print("\n".join(lines), flush=True)
    floor_rps = None
    with Server(CACHE[mode]) as server:
        server.drain()
        for name, path in pages.items():
            info = counted.get(name, {})
            status, headers, body, seconds = server.get(path)
            if mode != "uncached":  # the first request filled the cache: time the next one
                status, headers, body, seconds = server.get(path)
            slow[name] = min(slow.get(name, seconds), seconds)  # the fastest mode decides
            extra, shown = {}, status
            if mode == "304" and name != "floor":  # the floor stays the plain 200 page
                etag = headers.get("ETag")
                if etag:
                    extra = {"If-None-Match": etag}
                    shown = server.get(path, extra)[0]
                else:
                    shown = f"{status}*"
            if seconds > SLOW:
                row = {"rps": None, "p50": seconds * 1000, "p99": None, "non2xx": 0,
                       "socket_errors": 0}  # fmt: skip
                note = f"  (one request: {seconds:.1f} s; not load-tested)"
            elif mode == "304" and not extra and name != "floor":
                row, note = {"rps": None, "p50": None, "p99": None, "non2xx": 0,
                             "socket_errors": 0}, "  (no ETag)"  # fmt: skip
            else:
                wrk(server.base + path, connections=CONNECTIONS, duration="2s", headers=extra)
                server.drain()
                row = wrk(server.base + path, connections=CONNECTIONS, duration=DURATION,
                          headers=extra, timeout="30s")  # fmt: skip
                note = ""
                server.drain()
            if name == "floor":
                floor_rps = row["rps"]
            ratio = row["rps"] / floor_rps if row["rps"] and floor_rps else None
            errors = (row["non2xx"] or 0) + (row["socket_errors"] or 0)
            size = len(body) if not extra else info.get("bytes")
            text = (
                f"{name:<18}{_num(row['rps'], '.0f'):>8}{_num(ratio, '.3f'):>9}"
                f"{_num(row['p50'], '.1f'):>9}{_num(row['p99'], '.1f'):>9}"
                f"{_num(info.get('queries'), 'd'):>9}{_num(size, 'd'):>9}{shown!s:>8}"
                f"{errors:>8}{note}"
            )
            print(text, flush=True)
            lines.append(text)
    return lines


def load_test(pages: dict[str, str], slow: dict[str, float]) -> list[str]:
    mix = {k: v for k, v in pages.items() if k != "floor" and slow.get(k, 0) <= SLOW}
    left_out = sorted(set(pages) - set(mix) - {"floor"})
    script = WORK / "mix.lua"
    paths = ", ".join(json.dumps(p) for p in mix.values())
    script.write_text(
        f"local paths = {{{paths}}}\nlocal n = 0\n"
        "function request()\n  n = n + 1\n"
        "  return wrk.format('GET', paths[(n % #paths) + 1])\nend\n"
    )
    title = "the default cache" if not LOAD_CACHE else f"CACHE_URL={LOAD_CACHE}"
    lines = [
        f"\n== load: {LOAD_CONNECTIONS} connections for {LOAD_DURATION} over a mix of "
        f"{len(mix)} pages ({title}; wrk --timeout 10s)"
    ]
    if left_out:
        lines.append(f"   left out (slower than {SLOW:g} s a request): {', '.join(left_out)}")
    print("\n".join(lines), flush=True)
    with Server(LOAD_CACHE) as server:
        for path in mix.values():
            server.get(path)
        row = wrk(server.base + "/", connections=LOAD_CONNECTIONS, duration=LOAD_DURATION,
                  script=script, timeout="10s")  # fmt: skip
    socket_errors = re.search(r"Socket errors:.*", row["raw"])
    text = (
        f"   {row['requests']:,} requests, {row['rps']:.0f} req/s, p50 {_num(row['p50'], '.1f')} "
        f"ms, p99 {_num(row['p99'], '.1f')} ms; errors: {row['non2xx']} non-2xx/3xx, "
        f"{row['socket_errors']} socket ({socket_errors.group(0) if socket_errors else 'none'})"
    )
    print(text, flush=True)
    return [*lines, text]


def require_wrk() -> None:
    if shutil.which("wrk") is None:
        sys.exit(
            "wrk (the HTTP load generator) is not installed. On Debian/Ubuntu: "
            "sudo apt-get install wrk   (or run ../shared/bench/setup.sh, which installs it)"
        )


def main() -> None:
    require_wrk()
    started = time.perf_counter()
    seed()
    pages = targets()
    legend = [f"\nPages ({ARTICLES:,} stories, {COMPANIES:,} companies, {_where()}):"]
    legend += [f"  {name:<18}{path}" for name, path in pages.items()]
    print("\n".join(legend), flush=True)
    report = [*legend]
    slow: dict[str, float] = {}
    for mode in MODES:
        report += run_mode(mode, pages, slow)
    if LOAD_CONNECTIONS and LOAD_DURATION not in ("0", "0s"):
        report += load_test(pages, slow)
    out = WORK / f"results-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    out.write_text("\n".join(report) + "\n")
    print(f"\nmake bench: {time.perf_counter() - started:.0f} s; tables saved in {out}")
    print("Side by side with the floor project and Wagtail: make bench-peers")
    if os.environ.get("BENCH_INTELLIGENCE", "1") != "0":
        subprocess.run([PYTHON, "bench/intelligence.py"], cwd=ROOT, env=env(), check=True)
    # Search on the bench's database (bench/search.py; make bench-search for all its
    # queries): p50/p95 for a selective query and the most common word. BENCH_SEARCH=0 skips.
    if os.environ.get("BENCH_SEARCH", "1") != "0":
        search = [PYTHON, "bench/search.py", "--runs", "50", "--queries", "selective,common"]
        subprocess.run(search, cwd=ROOT, env=env(), check=True)
    # The editors' screens, timed in process (bench/admin.py). BENCH_ADMIN=0 skips.
    if os.environ.get("BENCH_ADMIN", "1") != "0":
        subprocess.run([PYTHON, "bench/admin.py"], cwd=ROOT, env=env(), check=True)


def peers() -> None:
    """Serve the site and run side_by_side.sh with its pages as extra targets."""
    require_wrk()
    if not SIDE_BY_SIDE.exists():
        sys.exit(f"{SIDE_BY_SIDE} not found (SIDE_BY_SIDE=... points at it)")
    seed()
    pages = {k: v for k, v in targets().items() if k != "floor"}
    cache = os.environ.get("BENCH_PEERS_CACHE", "dummy://") or None
    with Server(cache) as server:
        extra = []
        for name, path in pages.items():
            status, _, _, seconds = server.get(path)
            if seconds > PEERS_SLOW or status != 200:
                print(f"leaving out {name}: {status} in {seconds:.1f} s")
                continue
            extra.append(f"nr_{name}={server.base}{path}")
        print(f"Newsroom: gunicorn {WORKERS} workers, CACHE_URL={cache or '(unset)'}, "
              f"{ARTICLES:,} stories")  # fmt: skip
        print("Running:", SIDE_BY_SIDE, *extra, flush=True)
        subprocess.run(["bash", str(SIDE_BY_SIDE), *extra], check=True)


if __name__ == "__main__":
    peers() if "--peers" in sys.argv else main()
