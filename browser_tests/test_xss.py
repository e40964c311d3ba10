"""The XSS corpus (data/xss_payloads.json: HTML, SVG, attribute breaking, `javascript:` and
`data:` links in Markdown, entity and Unicode tricks, template syntax, JSON-LD `</script>`
breakout) put into every field readers or editors see, then every public page that shows
them rendered in Chromium, and the admin's changelists and change forms too.

A payload that ran would call `window.__xss(n)` or open a dialog; one that got into the
page without running (the Content Security Policy refusing it) still leaves an element, an
`on…` attribute, a `javascript:` address or a broken JSON-LD block: each counts as a hole.
"""

import json
from datetime import timedelta
from pathlib import Path

import lxml.html
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from articles.models import Article, Correction, DealEvent
from articles.tests import factories
from deals.models import DealParty

PAYLOADS = json.loads((Path(__file__).parent / "data/xss_payloads.json").read_text())

# Counted before any page script runs.
TRAP = "window.__xss = (n) => (window.__xssHits = window.__xssHits || []).push(n);"

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "background"}

# What a page holds that it should not: run in the page after it loaded.
INSPECT = """() => {
  const bad = [];
  const urlAttrs = %s;
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) bad.push(`${tag}[${name}]`);
      const value = a.value.replace(/[\\x00-\\x20]/g, '').toLowerCase();
      const risky = /^(javascript:|vbscript:|data:text\\/html|data:image\\/svg)/;
      if (urlAttrs.includes(name) && risky.test(value))
        bad.push(`${tag}[${name}=${a.value.slice(0, 40)}]`);
      if (name === 'srcdoc') bad.push(`${tag}[srcdoc]`);
    }
    const framing = ['iframe', 'object', 'embed', 'base', 'frameset', 'frame', 'math'];
    if (framing.includes(tag)) bad.push(tag);
    if (tag === 'meta' && el.getAttribute('http-equiv')) bad.push('meta[http-equiv]');
    if (tag === 'script') {
      if (el.type === 'application/ld+json') {
        try { JSON.parse(el.textContent); } catch (e) { bad.push('JSON-LD that does not parse'); }
      } else if (el.textContent.includes('__xss') || el.textContent.includes('alert(')) {
        bad.push(`script: ${el.textContent.slice(0, 40)}`);
      }
    }
  }
  return {hits: window.__xssHits || [], bad};
}""" % json.dumps(sorted(URL_ATTRIBUTES))  # noqa: UP031 (the JS has its own braces)


def seed_corpus():
    """Every payload in every field a reader or an editor sees. Returns the reader pages
    that show them: (every one, the ones Chromium renders). Chromium renders every story
    page (headline, standfirst, body, bylines, companies, deals, tags, corrections and
    JSON-LD), every list, and every third company, deal, author and topic page (each kind
    of payload); the server's HTML of every page is checked too."""
    now = timezone.now()
    companies, pages, rendered = [], set(), set()
    for item in PAYLOADS:
        n, payload = item["n"], item["payload"]
        company = factories.company(
            f"{payload} #{n}",
            slug=f"xss-company-{n}",
            description=payload,
            sector=payload[:100],
        )
        company.aliases.create(name=f"{payload} alias #{n}"[:200])
        if companies and n % 10 == 0:
            factories.relation(companies[-1], company)
        companies.append(company)
        author = factories.author(f"{payload} #{n}"[:200], slug=f"xss-author-{n}", bio=payload)
        story = factories.article(
            payload[:255],
            slug=f"xss-story-{n}",
            standfirst=payload[:400],
            body=f"Paragraph {n}.\n\n{payload}\n\nThe end of story {n}.",
            published_at=now - timedelta(minutes=n),
            companies=[company],
            mentions=companies[-2:-1],
            byline=author,
        )
        story.tags.add(f"{payload[:90]} #{n}", "xss corpus")
        deal = factories.deal(
            payload[:255],
            slug=f"xss-deal-{n}",
            summary=payload,
            marked_public=False,  # public through the story
            parties=[(company, DealParty.Role.INVESTOR)],
        )
        story.deals.add(deal)
        DealEvent.objects.create(
            deal=deal, date=now.date(), status=deal.status, note=payload[:300], article=story
        )
        Correction.objects.create(article=story, text=payload)
        details = {
            company.get_absolute_url(),
            deal.get_absolute_url(),
            author.get_absolute_url(),
            reverse("topics:detail", args=[story.tags.exclude(name="xss corpus").get().slug]),
        }
        pages |= details
        rendered.add(story.get_absolute_url())
        if n % 3 == 0:
            rendered |= details
    month = timezone.localtime(now)
    listing = len(PAYLOADS) // 10 + 1
    pages |= {f"/?page={p}" for p in range(1, listing + 1)}
    pages |= {f"/archive/{month.year}/{month.month}/?page={p}" for p in range(1, listing + 1)}
    pages |= {f"/deals/?page={p}" for p in range(1, len(PAYLOADS) // 25 + 2)}
    pages |= {f"/companies/?page={p}" for p in range(1, len(PAYLOADS) // 100 + 2)}
    pages |= {"/topics/", "/authors/", "/search/?q=xss", "/search/?q=script", "/search/?q=img"}
    pages |= {f"/search/?q={item['payload']}" for item in PAYLOADS[::10]}
    pages.add("/corrections/")
    rendered |= {p for p in pages if "?" in p or p.count("/") == 2}
    return sorted(pages | rendered), sorted(rendered)


def visit_all(session, paths) -> dict[str, dict]:
    found = {}
    for path in paths:
        response = session.page.goto(path)
        assert response is not None and response.status in (200, 404), (path, response)
        harmless(session.watch)
        if response.status == 404:
            continue  # a page beyond the last one, when a list is shorter than planned
        result = session.page.evaluate(INSPECT)
        if result["hits"] or result["bad"]:
            found[path] = result
    return found


def harmless(watch) -> None:
    """What sanitised payloads may rightly cause: `<img src=x>` kept without its handler
    asks for a picture that is not there, or on another site (which the CSP's img-src
    refuses). A refused script, style, frame or handler is still a failure."""
    watch.console_errors[:] = [
        e
        for e in watch.console_errors
        if "status of 404" not in e and not e.startswith("Loading the image")
    ]
    watch.failed_loads[:] = [f for f in watch.failed_loads if not f.startswith("404 ")]
    watch.csp_violations[:] = [v for v in watch.csp_violations if not v.startswith("img-src")]


def server_problems(client, paths) -> dict[str, list[str]]:
    problems = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        bad = static_problems(response.content) if response.status_code == 200 else []
        if bad:
            problems[path] = bad
    return problems


@pytest.fixture
def corpus_session(people):
    session = people()
    session.context.add_init_script(TRAP)
    return session


def test_the_corpus_has_at_least_200_payloads_of_every_kind():
    kinds = {item["kind"] for item in PAYLOADS}
    assert len(PAYLOADS) >= 200
    assert kinds == {
        "html",
        "svg",
        "attribute",
        "markdown",
        "entity-unicode",
        "template",
        "json-ld",
    }


def test_no_payload_runs_or_lands_on_any_reader_page(corpus_session):
    every, rendered = seed_corpus()
    assert Article.objects.published().count() == len(PAYLOADS)
    problems = server_problems(Client(), every)
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)[:4000]
    found = visit_all(corpus_session, rendered)
    # The people fixture fails the test on any dialog, console error or CSP violation too.
    assert not corpus_session.watch.dialogs
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)[:4000]


def admin_pages(model_paths: dict[str, list[int]]) -> list[str]:
    pages = []
    for base, pks in model_paths.items():
        pages.append(f"/admin/{base}/")
        pages.append(f"/admin/{base}/?q=xss")
        pages += [f"/admin/{base}/{pk}/change/" for pk in pks]
    return pages


def test_no_payload_runs_or_lands_in_the_admin(corpus_session, editor):
    from articles.models import Author
    from companies.models import Company
    from deals.models import Deal

    seed_corpus()
    objects = {
        "articles/article": list(Article.objects.values_list("pk", flat=True)),
        "companies/company": list(Company.objects.values_list("pk", flat=True)),
        "deals/deal": list(Deal.objects.values_list("pk", flat=True)),
        "articles/author": list(Author.objects.values_list("pk", flat=True)),
        "taggit/tag": list(Tag.objects.values_list("pk", flat=True)),
    }
    # Every changelist and every other change form (each kind of payload), checked from
    # the server's HTML…
    client = Client()
    client.force_login(editor)
    problems = server_problems(client, admin_pages({b: pks[::2] for b, pks in objects.items()}))
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)[:4000]
    # …and the changelists and the first change forms of each in Chromium, where the
    # admin's own scripts (autocomplete, inlines, suggestions) handle the values too.
    corpus_session.log_in(editor)
    shown = admin_pages({base: pks[:6] for base, pks in objects.items()})
    found = visit_all(corpus_session, shown)
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)[:4000]


def static_problems(content: bytes) -> list[str]:
    """The same checks as INSPECT, on the HTML as sent (parsed by libxml2)."""
    bad = []
    root = lxml.html.fromstring(content)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        for name, value in el.attrib.items():
            name = name.lower()
            if name.startswith("on"):
                bad.append(f"{tag}[{name}]")
            squeezed = "".join(ch for ch in value if ord(ch) > 32).lower()
            if name in URL_ATTRIBUTES and squeezed.startswith(
                ("javascript:", "vbscript:", "data:text/html", "data:image/svg")
            ):
                bad.append(f"{tag}[{name}={value[:40]}]")
        if tag in {"iframe", "object", "embed", "base", "frameset", "frame", "math"}:
            bad.append(tag)
        if tag == "script" and el.get("type") != "application/ld+json":
            if "__xss" in (el.text or "") or "alert(" in (el.text or ""):
                bad.append(f"script: {(el.text or '')[:40]}")
        if tag == "script" and el.get("type") == "application/ld+json":
            try:
                json.loads(el.text or "")
            except ValueError:
                bad.append("JSON-LD that does not parse")
    return bad
