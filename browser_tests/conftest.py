"""Browser tests: Playwright for Python driving Debian's chromium (never a downloaded
browser) against pytest-django's live server, which serves the test database and static
files from this process.

Every page a test opens is watched: a console error, an uncaught exception, a Content
Security Policy violation or a JavaScript dialog fails the test that caused it (issue 12's
sixth scenario holds for every page of every scenario, not for a chosen few).

`make test-browser` runs them; `make test` does not collect this folder, so it needs only
Python.
"""

import os
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.test import Client
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Dialog,
    Page,
    Response,
    sync_playwright,
)

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the
# test itself (seeding rows, reading them back) are synchronous all the same.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# Reported from the page before any of its own scripts run (an init script is not subject
# to the page's CSP), through a binding the test process receives.
_LISTEN = """
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`
    + ` at ${e.sourceFile || document.location.href}:${e.lineNumber}`);
});
"""


@dataclass
class Watch:
    """What went wrong in the pages of one browser context."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    failed_loads: list[str] = field(default_factory=list)
    visited: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"uncaught: {m}" for m in self.page_errors]
            + [f"CSP violation: {m}" for m in self.csp_violations]
            + [f"dialog: {m}" for m in self.dialogs]
            + [f"failed load: {m}" for m in self.failed_loads]
        )

    def attach(self, context: BrowserContext) -> None:
        context.expose_binding(
            "__cspViolation", lambda source, text: self.csp_violations.append(text)
        )
        context.add_init_script(_LISTEN)
        context.on("page", self._page)

    def _page(self, page: Page) -> None:
        def console(message: ConsoleMessage) -> None:
            if message.type == "error":
                self.console_errors.append(f"{message.text} ({page.url})")

        def dialog(d: Dialog) -> None:
            self.dialogs.append(f"{d.type}: {d.message} ({page.url})")
            d.dismiss()

        def response(r: Response) -> None:
            # Chromium's console line for a failed load does not name the resource.
            if r.status >= 400 and r.request.resource_type != "document":
                self.failed_loads.append(f"{r.status} {r.url} ({page.url})")

        page.on("console", console)
        page.on("response", response)
        page.on("pageerror", lambda error: self.page_errors.append(f"{error} ({page.url})"))
        page.on("dialog", dialog)
        page.on(
            "framenavigated",
            lambda frame: frame == page.main_frame and self.visited.append(frame.url),
        )


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not os.path.exists(CHROMIUM):
        pytest.exit(f"No chromium at {CHROMIUM}: apt-get install chromium", returncode=2)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-background-networking"],
        )
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """SQLite in a file, not in memory: Django hands the live server the test's own
    connection to an in-memory database, and the pages' background requests (the editing
    notice's heartbeat, suggestions) then run on it at the same time as the test."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        name = tmp_path_factory.mktemp("database") / "browser.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(name)


@pytest.fixture(autouse=True)
def roles(transactional_db):
    """The live server needs committed rows, so every test here runs on a flushed
    database: the role groups a migration made are gone after the first test."""
    from articles.roles import sync_roles

    sync_roles()


class Session:
    """One person's browser: a context of its own (cookies, viewport) and a watch."""

    def __init__(self, browser: Browser, base_url: str, viewport: dict) -> None:
        self.base_url = base_url
        self.watch = Watch()
        self.context = browser.new_context(base_url=base_url, viewport=viewport)
        self.context.set_default_timeout(15_000)
        self.watch.attach(self.context)
        self.page = self.context.new_page()

    def log_in(self, user: AbstractBaseUser) -> None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        self.context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "url": self.base_url}]
        )

    def goto(self, path: str) -> Page:
        response = self.page.goto(path)
        assert response is not None and response.ok, f"{path}: {response and response.status}"
        return self.page

    def shows(self, path: str, text: str) -> bool:
        """Does the page at `path` show `text` to this person? A 404 shows nothing; the
        console line Chromium writes for it is expected, not a problem."""
        before = len(self.watch.console_errors)
        response = self.page.goto(path)
        assert response is not None
        if response.status == 404:
            del self.watch.console_errors[before:]
            return False
        assert response.ok, f"{path}: {response.status}"
        return text in self.page.locator("main").inner_text()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def people(browser, live_server) -> Iterator:
    """open(viewport=…) → a Session; each is checked for problems when the test ends."""
    sessions: list[Session] = []

    def open_session(viewport: dict = DESKTOP) -> Session:
        session = Session(browser, live_server.url, viewport)
        sessions.append(session)
        return session

    yield open_session
    problems = [p for s in sessions for p in s.watch.problems()]
    for session in sessions:
        session.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def reader(people) -> Session:
    return people()
