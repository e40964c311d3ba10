"""Every kind of reader page, and the admin's story, company and deal forms, checked by
axe-core in Chromium at desktop width and at 390 px (no serious or critical violation,
nothing left out), and every kind of reader page by the Nu HTML checker (no error). The
story form is checked as the desk uses it: empty, with the suggestion panel open, after
a validation error, a writer's draft and an editor's published story with every inline."""

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
# Names companies of the seeded newsroom and a deal between two of them (not on file):
# the suggestion panel has rows to show.
BODY = (
    "Gamma Logistics said it would invest $20m for a 10 per cent stake in Beta Bank. "
    "Acme Holdings, Gamma's parent, welcomed the deal."
)


def blocking_violations(session, path: str | None = None) -> list[str]:
    """axe's serious and critical violations on the page at `path` (or on the page as it
    stands), one line per rule."""
    if path is not None:
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
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(str(node["target"]) for node in violation["nodes"][:5])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING
    ]


VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "390px"])


@VIEWPORTS
def test_reader_pages_have_no_serious_accessibility_violations(people, viewport):
    world = newsroom()
    reader = people(viewport)
    found = {}
    for name, path in world.reader_pages().items():
        violations = blocking_violations(reader, path)
        if violations:
            found[name] = violations
    assert not found, "\n".join(f"{name}: {v}" for name, vs in found.items() for v in vs)


# The admin forms are checked whole: the stock admin's widgets are named by our markup
# (templates/admin/edit_inline/tabular.html, static/admin/js/select2-names.js, the story
# form's date and time boxes) rather than left out of the check.


def suggest(form) -> None:
    """Open the suggestion panel for the text as typed, and wait for it."""
    form.get_by_role("button", name="Suggest companies and deals").click()
    form.get_by_text("Suggestions updated above.").wait_for()


@VIEWPORTS
def test_the_story_add_form_with_suggestions_has_no_serious_accessibility_violations(
    people, writer, viewport
):
    newsroom()
    desk = people(viewport)
    desk.log_in(writer)
    form = desk.goto("/admin/articles/article/add/")
    assert not (before := blocking_violations(desk)), "\n".join(before)
    form.fill("#id_headline", "Acme weighs a bid for Beta Bank")
    form.fill("#id_body", BODY)
    suggest(form)
    violations = blocking_violations(desk)
    assert not violations, "\n".join(violations)


@VIEWPORTS
def test_the_story_form_after_a_validation_error_has_no_serious_accessibility_violations(
    people, writer, viewport
):
    newsroom()
    desk = people(viewport)
    desk.log_in(writer)
    form = desk.goto("/admin/articles/article/add/")
    form.fill("#id_body", BODY)  # and no headline
    suggest(form)
    form.locator("input[name=_continue]").click()
    form.locator(".errornote").wait_for()
    violations = blocking_violations(desk)
    assert not violations, "\n".join(violations)


@VIEWPORTS
def test_the_story_change_form_with_suggestions_has_no_serious_accessibility_violations(
    people, editor, viewport
):
    # The published story has every inline filled: bylines, companies, a correction.
    world = newsroom()
    world.story.body += "\n\n" + BODY
    world.story.save()
    desk = people(viewport)
    desk.log_in(editor)
    form = desk.goto(f"/admin/articles/article/{world.story.pk}/change/")
    assert not (before := blocking_violations(desk)), "\n".join(before)
    suggest(form)
    violations = blocking_violations(desk)
    assert not violations, "\n".join(violations)


@VIEWPORTS
def test_a_writers_draft_has_no_serious_accessibility_violations(people, writer, viewport):
    world = newsroom()
    draft = world.story.__class__.objects.create(
        headline="Acme weighs a bid for Beta Bank",
        slug="acme-weighs-bid",
        body=BODY,
        created_by=writer,
    )
    desk = people(viewport)
    desk.log_in(writer)
    violations = blocking_violations(desk, f"/admin/articles/article/{draft.pk}/change/")
    assert not violations, "\n".join(violations)


@VIEWPORTS
@pytest.mark.parametrize("field", ["company_links-0-company", "deals"], ids=["one", "many"])
def test_an_open_autocomplete_list_has_no_serious_accessibility_violations(
    people, editor, viewport, field
):
    """select2's list, opened from the keyboard's point of view: its search box, its
    options (the highlighted one's contrast) and the combobox that controls it."""
    world = newsroom()
    desk = people(viewport)
    desk.log_in(editor)
    form = desk.goto(f"/admin/articles/article/{world.story.pk}/change/")
    form.locator(f"#id_{field} + .select2-container .select2-selection").click()
    form.locator(".select2-container--open [role=option]").first.wait_for()
    violations = blocking_violations(desk)
    assert not violations, "\n".join(violations)


@VIEWPORTS
@pytest.mark.parametrize("model", ["company", "deal"])
def test_the_company_and_deal_forms_have_no_serious_accessibility_violations(
    people, editor, viewport, model
):
    world = newsroom()
    saved = world.acme if model == "company" else world.deal
    app = saved._meta.app_label
    desk = people(viewport)
    desk.log_in(editor)
    found = {
        page: violations
        for page, path in {
            "add": f"/admin/{app}/{model}/add/",
            "change": f"/admin/{app}/{model}/{saved.pk}/change/",
        }.items()
        if (violations := blocking_violations(desk, path))
    }
    assert not found, "\n".join(f"{page}: {v}" for page, vs in found.items() for v in vs)


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
