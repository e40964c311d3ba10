"""Every kind of reader page, and the story form, checked by axe-core in Chromium at
desktop width and at 390 px (no serious or critical violation), and every kind of reader
page by the Nu HTML checker (no error)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import DESKTOP, PHONE
from .seed import newsroom

VNU_JAR = Path(
    os.environ.get(
        "VNU_JAR",
        Path(__file__).resolve().parent.parent
        / "tools/audit/node_modules/vnu-jar/build/dist/vnu.jar",
    )
)
BLOCKING = {"serious", "critical"}


def blocking_violations(session, path: str, *, known: tuple[str, ...] = ()) -> list[str]:
    """axe's serious and critical violations on the page at `path`, one line per rule; the
    elements whose selector contains one of `known` are left out."""
    session.goto(path)
    watch = session.watch
    before = len(watch.csp_violations), len(watch.console_errors)
    results = Axe().run(session.page)
    # axe adds a <style> of its own while it measures; the page's policy refuses it. That
    # refusal is axe's, not the page's: drop it, keep anything else.
    del watch.csp_violations[before[0] :]
    watch.console_errors[before[1] :] = [
        e for e in watch.console_errors[before[1] :] if "Applying inline style" not in e
    ]
    lines = []
    for violation in results.response["violations"]:
        if violation["impact"] not in BLOCKING:
            continue
        targets = [str(node["target"]) for node in violation["nodes"]]
        targets = [t for t in targets if not any(k in t for k in known)]
        if targets:
            lines.append(
                f"{violation['id']} ({violation['impact']}): {violation['help']} — "
                + "; ".join(targets[:5])
            )
    return lines


# The stock Django admin's own markup on the story form, reported upstream and not ours to
# rewrite here: select2 autocompletes without an accessible name, the split date/time
# inputs and tabular inline cells labelled by their column header only, breadcrumb links
# told apart by colour at 390 px. Everything else on the form must be clean; the README's
# "Browser tests and audits" lists these.
STOCK_ADMIN = (
    "select2",
    "#id_published_at_",
    "#id_bylines-",
    "#id_company_links-",
    ".breadcrumbs",
)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "390px"])
def test_reader_pages_have_no_serious_accessibility_violations(people, viewport):
    world = newsroom()
    reader = people(viewport)
    found = {}
    for name, path in world.reader_pages().items():
        violations = blocking_violations(reader, path)
        if violations:
            found[name] = violations
    assert not found, "\n".join(f"{name}: {v}" for name, vs in found.items() for v in vs)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "390px"])
@pytest.mark.parametrize("form", ["add", "change"])
def test_the_story_form_has_no_serious_accessibility_violations(people, writer, viewport, form):
    world = newsroom()
    draft = world.story.__class__.objects.create(
        headline="Acme weighs a bid for Beta Bank",
        slug="acme-weighs-bid",
        body="Acme Holdings may bid for Beta Bank, people familiar said.",
        created_by=writer,
    )
    desk = people(viewport)
    desk.log_in(writer)
    path = (
        "/admin/articles/article/add/"
        if form == "add"
        else f"/admin/articles/article/{draft.pk}/change/"
    )
    violations = blocking_violations(desk, path, known=STOCK_ADMIN)
    assert not violations, "\n".join(violations)


def test_reader_pages_are_valid_html(reader, tmp_path):
    if not VNU_JAR.exists():
        pytest.fail(f"No Nu HTML checker at {VNU_JAR}: run `make test-browser` (npm ci).")
    java = shutil.which("java")
    assert java, "No java: apt-get install default-jre-headless"
    world = newsroom()
    files = {}
    for name, path in world.reader_pages().items():
        response = reader.page.request.get(path)
        assert response.ok, path
        file = tmp_path / (name.replace(" ", "-") + ".html")
        file.write_bytes(response.body())
        files[str(file)] = name
    run = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(run.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}:"
        f"{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert not errors, "\n".join(errors)
