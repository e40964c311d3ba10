"""Helpers for the feed, sitemap and structured-data tests: parse what crawlers parse, with
the libraries they use (feedparser, lxml with the published schemas, extruct)."""

from functools import cache
from pathlib import Path

import extruct
import feedparser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import etree

DATA = Path(__file__).parent / "data"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
NEWS_NS = {**SITEMAP_NS, "news": "http://www.google.com/schemas/sitemap-news/0.9"}


def parse_feed(client, url: str, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code)
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
    return parsed


@cache
def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(DATA / name)))


def valid_xml(content: bytes, schema_name: str) -> etree._Element:
    """The document's root, once it validates against `schema_name` in tests/data."""
    root = etree.fromstring(content)
    checker = schema(schema_name)
    assert checker.validate(root), checker.error_log
    return root


def locations(root: etree._Element) -> list[str]:
    return root.xpath("//sm:loc/text()", namespaces=SITEMAP_NS)


def structured_data(html: str | bytes, url: str = "http://testserver/") -> dict:
    if isinstance(html, bytes):
        html = html.decode()
    return extruct.extract(html, base_url=url, syntaxes=["json-ld", "opengraph"], uniform=True)


def json_ld_of_type(html, kind: str) -> list[dict]:
    return [item for item in structured_data(html)["json-ld"] if item.get("@type") == kind]


def opengraph(html) -> dict:
    """Open Graph properties of the page, as a dict."""
    found = structured_data(html)["opengraph"]
    return found[0] if found else {}


def queries_for(client, url: str, **headers) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)
