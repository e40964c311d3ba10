"""The Content-Security-Policy and the other security headers, on reader pages and in the
admin (settings: newsroom/settings/security.py; why: docs/deploy.md, "Security")."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from . import factories

# A <script> of one of these types is a data block: the browser never runs it, so
# script-src does not apply to it (JSON-LD on reader pages).
DATA_BLOCK_TYPES = {"application/ld+json", "application/json"}
JS_TYPES = {"", "text/javascript", "module", "application/javascript"}


class InlineCode(HTMLParser):
    """Every inline <script> and <style> of a page, with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.styles: list[dict[str, str | None]] = []
        self.handlers: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.handlers += [(tag, name) for name, _ in attrs if name.startswith("on")]
        if tag == "script" and "src" not in attributes:
            self.scripts.append(attributes)
        if tag == "style":
            self.styles.append(attributes)


def inline_code(response) -> InlineCode:
    parser = InlineCode()
    parser.feed(response.content.decode())
    return parser


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = [d.strip().split() for d in header.split(";") if d.strip()]
    return {d[0]: d[1:] for d in directives}


def header_nonce(response) -> str | None:
    for source in policy(response).get("script-src", []):
        if source.startswith("'nonce-"):
            return source[len("'nonce-") : -1]
    return None


def assert_every_inline_script_has_the_nonce(response) -> None:
    code = inline_code(response)
    assert not code.handlers, code.handlers
    nonce = header_nonce(response)
    for attributes in code.scripts:
        kind = (attributes.get("type") or "").lower()
        if kind in DATA_BLOCK_TYPES:
            continue
        assert kind in JS_TYPES, attributes
        assert nonce and attributes.get("nonce") == nonce, attributes
    for attributes in code.styles:
        assert nonce and attributes.get("nonce") == nonce, attributes


@pytest.fixture
def story(db):
    alibaba = factories.company("Alibaba Group")
    return factories.article(
        "Alibaba in talks on a Russian venture",
        companies=[alibaba],
        byline=factories.author("Jane Reporter"),
    )


def assert_strict(found: dict[str, list[str]]) -> None:
    assert found["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in found["script-src"]
    assert "'unsafe-eval'" not in found["script-src"]
    assert "'unsafe-inline'" not in found["style-src"]
    assert found["object-src"] == ["'none'"]
    assert found["base-uri"] == ["'none'"]
    assert found["frame-ancestors"] == ["'none'"]
    assert found["form-action"] == ["'self'"]
    assert all("'unsafe-eval'" not in sources for sources in found.values())


def test_a_reader_page_carries_the_strict_policy(client, story):
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    assert_strict(policy(response))


def test_a_cached_reader_page_still_carries_the_policy(client, story):
    client.get(reverse("articles:home"))
    response = client.get(reverse("articles:home"))
    assert response.status_code == 200
    assert_strict(policy(response))


def test_an_admin_page_carries_the_strict_policy(editor_client, story):
    response = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assert response.status_code == 200
    assert_strict(policy(response))


def test_the_admin_login_page_carries_the_strict_policy(client, db):
    response = client.get(reverse("admin:login"))
    assert_strict(policy(response))


def test_a_not_found_page_carries_the_policy(client, db):
    response = client.get("/articles/no-such-story/")
    assert response.status_code == 404
    assert_strict(policy(response))


@pytest.mark.parametrize(
    "name",
    ["articles:home", "companies:index", "deals:index", "topics:index", "authors:index"],
)
def test_reader_indexes_have_no_inline_script_without_the_nonce(client, story, name):
    assert_every_inline_script_has_the_nonce(client.get(reverse(name)))


def test_the_story_page_json_ld_is_a_data_block_and_nothing_else_is_inline(client, story):
    response = client.get(story.get_absolute_url())
    scripts = inline_code(response).scripts
    assert scripts
    assert {s.get("type") for s in scripts} == {"application/ld+json"}
    assert_every_inline_script_has_the_nonce(response)


def test_the_company_page_has_no_inline_script_without_the_nonce(client, story):
    company = story.companies.get()
    assert_every_inline_script_has_the_nonce(client.get(company.get_absolute_url()))


def test_a_reader_page_needs_no_nonce(client, story):
    """Reader pages are cached and replayed to every reader: a nonce in a cached page would
    be stale, so none is issued and none is needed."""
    response = client.get(reverse("articles:home"))
    assert header_nonce(response) is None
    assert policy(response)["script-src"] == ["'self'"]


@pytest.mark.parametrize(
    "name, args",
    [
        ("admin:index", []),
        ("admin:articles_article_changelist", []),
        ("admin:articles_article_add", []),
        ("admin:companies_company_add", []),
        ("admin:deals_deal_changelist", []),
    ],
)
def test_admin_pages_have_no_inline_script_without_the_nonce(editor_client, story, name, args):
    response = editor_client.get(reverse(name, args=args))
    assert response.status_code == 200
    assert_every_inline_script_has_the_nonce(response)


def test_the_story_form_has_no_inline_script_or_style_without_the_nonce(editor_client, story):
    response = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assert_every_inline_script_has_the_nonce(response)


def test_the_story_form_has_no_inline_style_block(editor_client, story):
    response = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assert inline_code(response).styles == []


def test_the_api_docs_run_their_inline_code_by_nonce(client, db):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    code = inline_code(response)
    assert code.scripts and code.styles
    assert_every_inline_script_has_the_nonce(response)
    assert f"'nonce-{header_nonce(response)}'" in policy(response)["style-src"]


def test_each_response_gets_its_own_nonce(client, db):
    first = header_nonce(client.get(reverse("api:docs")))
    second = header_nonce(client.get(reverse("api:docs")))
    assert first and second and first != second


def test_no_inline_style_is_allowed_on_reader_pages(client, story):
    found = policy(client.get(story.get_absolute_url()))
    assert "style-src-attr" not in found
    assert found["style-src"] == ["'self'"]


def test_other_security_headers_on_a_reader_page(client, story):
    response = client.get(story.get_absolute_url())
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_permissions_policy_refuses_powerful_features(client, story):
    header = client.get(story.get_absolute_url())["Permissions-Policy"]
    features = dict(part.strip().split("=", 1) for part in header.split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()"


def test_other_security_headers_in_the_admin(editor_client, story):
    response = editor_client.get(reverse("admin:index"))
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "Permissions-Policy" in response
