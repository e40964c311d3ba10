"""`make screenshots`: the demo newsroom's main pages and the story form, at desktop width
and at 390 px, into docs/screenshots/ as WebP (Chromium encodes them: no image library
needed), each under 150 KB. Run by pytest so the demo is served by the live server from a
throwaway database; not collected by `make test-browser` (its name is no test_*.py)."""

import base64
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.models import Article

from .conftest import DESKTOP, PHONE

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
LIMIT = 150 * 1024


def pages() -> dict[str, str]:
    draft = Article.objects.exclude(status=Article.Status.PUBLISHED).first()
    shown = {
        "home": "/",
        "article": "/articles/alibaba-russia-jv/",
        "company": "/companies/alibaba/",
        "deal": "/deals/ant-financial-telenor-microfinance-bank/",
        "deals": "/deals/",
        "companies": "/companies/",
        "search": "/search/?q=alibaba",
    }
    if draft is not None:
        shown["story-form"] = f"/admin/articles/article/{draft.pk}/change/"
    return shown


def capture(page, path: Path) -> int:
    """The viewport as WebP, the quality lowered until it fits under LIMIT."""
    cdp = page.context.new_cdp_session(page)
    for quality in (80, 65, 50, 35):
        shot = cdp.send("Page.captureScreenshot", {"format": "webp", "quality": quality})
        data = base64.b64decode(shot["data"])
        if len(data) < LIMIT:
            break
    path.write_bytes(data)
    return len(data)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "mobile"])
def test_screenshots(people, viewport, monkeypatch, settings, tmp_path):
    monkeypatch.setenv("DEMO_PASSWORD", "screenshots-only")
    # The demo's pictures on disk, where the media view serves them from (the test
    # settings keep uploads in memory).
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    call_command("load_demo", stdout=StringIO())
    OUT.mkdir(parents=True, exist_ok=True)
    reader, desk = people(viewport), people(viewport)
    desk.log_in(get_user_model().objects.get(username="editor"))
    sizes = {}
    for name, url in pages().items():
        page = (desk if url.startswith("/admin/") else reader).goto(url)
        page.wait_for_load_state("networkidle")
        width = "desktop" if viewport is DESKTOP else "390px"
        target = OUT / f"{name}-{width}.webp"
        sizes[target.name] = capture(page, target)
    assert all(size < LIMIT for size in sizes.values()), sizes
