"""Hostile Markdown must come out harmless."""

from html.parser import HTMLParser

import pytest

from core.markup import render_markdown


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src="x.png" onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<a href=" javascript:alert(1)">x</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<div onclick="alert(1)">x</div>',
        "<style>body{display:none}</style>",
        '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
        "![x](javascript:alert(1))",
        '<svg onload="alert(1)"></svg>',
        '<form action="https://evil.example"><input name="q"></form>',
    ],
)
def test_hostile_markup_is_removed(source):
    elements = _parse(render_markdown(source))
    assert not {"script", "style", "iframe", "svg", "form", "input"} & set(elements.tags)
    for name, value in elements.attributes:
        assert not name.startswith("on")
        assert not value.strip().lower().startswith(("javascript:", "data:"))


def test_script_text_does_not_survive_as_code():
    assert "alert" not in render_markdown("<script>alert(1)</script>")


def test_safe_markup_survives():
    html = render_markdown("**Bold** and [a link](https://example.com)\n\n> quoted")
    assert "<strong>Bold</strong>" in html
    assert '<a href="https://example.com" rel="noopener noreferrer nofollow">a link</a>' in html
    assert "<blockquote>" in html


def test_empty_body_renders_empty():
    assert render_markdown("") == ""
