"""The page cache and conditional GET: answered before rendering, never stale, CDN-ready."""

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from unittest import mock

import pytest
from django.core.cache import caches
from django.test import Client
from django.test.signals import template_rendered
from django.utils import timezone

from articles import live, purge
from articles.models import Article
from articles.publishing import article_publish, article_unpublish

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    alibaba = factories.company("Alibaba Group", slug="alibaba")
    writer = factories.author("Anna Petrova")
    story = factories.article("Alibaba nears deal", companies=[alibaba], byline=writer)
    story.tags.add("e-commerce")
    return {"alibaba": alibaba, "story": story, "writer": writer}


PAGES = ["/", "/articles/alibaba-nears-deal/", "/companies/", "/companies/alibaba/", "/deals/",
         "/topics/e-commerce/", "/authors/anna-petrova/"]  # fmt: skip


class Renders:
    """Counts template renders while in use."""

    def __enter__(self):
        self.count = 0
        template_rendered.connect(self._seen)
        return self

    def _seen(self, **kwargs):
        self.count += 1

    def __exit__(self, *exc):
        template_rendered.disconnect(self._seen)


@pytest.mark.parametrize("url", PAGES)
def test_a_matching_etag_is_answered_304_before_any_rendering(
    client, site, url, django_assert_num_queries
):
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"]
    with Renders() as renders, django_assert_num_queries(1):  # the public-state lookup
        again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and renders.count == 0
    assert again["ETag"] == first["ETag"]


def test_if_modified_since_is_answered_304_too_before_rendering(
    client, site, django_assert_num_queries
):
    # Last-Modified is in whole seconds: the version's time must be compared the same way,
    # or a change at 12:00:00.5 never matches "12:00:00" and every such request renders.
    first = client.get("/")
    caches["default"].clear()  # a cache miss: only the validator can spare the rendering
    with Renders() as renders, django_assert_num_queries(1):  # the public-state lookup
        again = client.get("/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304 and renders.count == 0


@pytest.mark.parametrize("url", PAGES)
def test_a_cached_page_is_served_without_rendering_with_one_query(
    client, site, url, django_assert_num_queries
):
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    with Renders() as renders, django_assert_num_queries(1):
        again = client.get(url)
    assert again["X-Page-Cache"] == "hit" and renders.count == 0
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]


@pytest.mark.parametrize("url", PAGES)
def test_anonymous_pages_carry_cdn_headers_and_no_cookie(client, site, url, settings):
    response = client.get(url)
    control = response["Cache-Control"]
    assert "public" in control
    assert f"max-age={settings.PUBLIC_CACHE_SECONDS}" in control
    assert f"s-maxage={settings.PUBLIC_CACHE_S_MAXAGE}" in control
    assert f"stale-while-revalidate={settings.PUBLIC_CACHE_STALE_SECONDS}" in control
    assert "Cookie" not in response.get("Vary", "")
    assert not response.cookies
    assert response["Surrogate-Key"] and response["Last-Modified"]


def test_surrogate_keys_name_the_objects_on_the_page(client, site):
    keys = client.get("/articles/alibaba-nears-deal/")["Surrogate-Key"].split()
    assert f"article-{site['story'].pk}" in keys
    assert f"company-{site['alibaba'].pk}" in keys
    assert f"author-{site['writer'].pk}" in keys
    assert (
        "company-" + str(site["alibaba"].pk)
        in client.get("/companies/alibaba/")["Surrogate-Key"].split()
    )


def test_logged_in_pages_are_private_and_never_cached(editor_client, site):
    for url in PAGES:
        response = editor_client.get(url)
        assert "private" in response["Cache-Control"], url
        assert "X-Page-Cache" not in response, url
    # Nothing they were sent entered the cache: the first anonymous request renders.
    anonymous = Client()
    for url in PAGES:
        assert anonymous.get(url)["X-Page-Cache"] == "miss", url


def test_a_preview_is_no_store(editor_client, site):
    draft = factories.draft("Secret draft", companies=[site["alibaba"]])
    response = editor_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_publishing_shows_on_the_very_next_request_of_every_page(client, site, editor):
    for url in PAGES:
        client.get(url)
    draft = factories.draft("Brand new story", companies=[site["alibaba"]], byline=site["writer"])
    draft.tags.add("e-commerce")
    for url in ("/", "/companies/alibaba/", "/topics/e-commerce/", "/authors/anna-petrova/"):
        assert "Brand new story" not in client.get(url).content.decode()
    article_publish(article=draft, user=editor)
    for url in ("/", "/companies/alibaba/", "/topics/e-commerce/", "/authors/anna-petrova/"):
        assert "Brand new story" in client.get(url).content.decode(), url
    article_unpublish(article=Article.objects.get(pk=draft.pk), user=editor)
    for url in ("/", "/companies/alibaba/", "/topics/e-commerce/"):
        assert "Brand new story" not in client.get(url).content.decode(), url


def test_edits_of_shown_rows_are_visible_at_once(client, site):
    client.get("/companies/alibaba/")
    company = site["alibaba"]
    company.name = "Alibaba Holding"
    company.save()
    assert "Alibaba Holding" in client.get("/companies/alibaba/").content.decode()
    company.aliases.create(name="阿里巴巴")
    assert "阿里巴巴" in client.get("/companies/alibaba/").content.decode()
    author = site["writer"]
    client.get("/authors/anna-petrova/")
    author.bio = "Covers Asian tech."
    author.save()
    assert "Covers Asian tech." in client.get("/authors/anna-petrova/").content.decode()


def test_saving_a_row_loaded_before_a_publish_keeps_its_counts_exact(site, editor):
    stale = site["alibaba"].__class__.objects.get(pk=site["alibaba"].pk)
    article_publish(article=factories.draft("More", companies=[stale]), user=editor)
    stale.description = "Edited from a form opened earlier."
    stale.save()
    stale.refresh_from_db()
    assert stale.story_count == 2 and stale.group_story_count == 2


def test_a_scheduled_story_appears_on_time_with_caching_on(client, site):
    now = timezone.now()
    factories.scheduled("Scheduled scoop", companies=[site["alibaba"]])
    story = Article.objects.get(headline="Scheduled scoop")
    story.published_at = now + timedelta(minutes=10)
    story.save()
    first = client.get("/")
    assert "Scheduled scoop" not in first.content.decode()
    # Nothing may be kept by a CDN or browser past the moment the story goes live.
    max_age = int(first["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert max_age <= 600
    with mock.patch("django.utils.timezone.now", return_value=now + timedelta(minutes=11)):
        later = client.get("/")
        assert "Scheduled scoop" in later.content.decode()
        company = client.get("/companies/alibaba/")
        assert "Scheduled scoop" in company.content.decode()
    story.company_links.get()  # still linked
    assert site["alibaba"].__class__.objects.get(pk=site["alibaba"].pk).story_count == 2


class Recorder(BaseHTTPRequestHandler):
    calls: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Recorder.calls.append((self.path, self.headers.get("Authorization"), json.loads(body)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    server = HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Recorder.calls = []
    settings.CDN_PURGE_URL = f"http://127.0.0.1:{server.server_port}/purge"
    settings.CDN_PURGE_TOKEN = "sekret"
    purge.backend.cache_clear()
    yield Recorder.calls
    server.shutdown()
    purge.backend.cache_clear()


@pytest.mark.django_db(transaction=True)
def test_publishing_purges_the_story_s_keys_through_a_real_http_backend(purge_server, editor):
    company = factories.company("Alibaba Group", slug="alibaba")
    draft = factories.draft("Purged story", companies=[company])
    purge_server.clear()
    article_publish(article=draft, user=editor)
    assert purge_server, "no purge was sent"
    path, auth, body = purge_server[-1]
    keys = {key for _, _, call in purge_server for key in call["keys"]}
    assert path == "/purge" and auth == "Bearer sekret"
    assert {f"article-{draft.pk}", f"company-{company.pk}", "stories"} <= keys


def test_a_cdn_that_is_down_does_not_stop_a_save(settings, editor):
    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge"  # nothing listens on the discard port
    purge.backend.cache_clear()
    try:
        purge.backend().purge(["stories"])  # logs, does not raise
    finally:
        purge.backend.cache_clear()


def test_with_no_cdn_configured_nothing_is_sent(settings):
    settings.CDN_PURGE_URL = ""
    purge.backend.cache_clear()
    assert isinstance(purge.backend(), purge.NullPurgeBackend)
    purge.backend.cache_clear()


def test_catch_up_runs_once_and_counts_the_story_in(site):
    now = timezone.now()
    story = factories.scheduled("Later", companies=[site["alibaba"]])
    story.published_at = now + timedelta(minutes=5)
    story.save()
    assert live.current_state().next_live_at == story.published_at
    before = live.current_state().version
    with mock.patch("django.utils.timezone.now", return_value=now + timedelta(minutes=6)):
        state = live.catch_up()
        assert state.version > before
        assert live.catch_up().version == state.version  # nothing more due
    assert state.next_live_at is None
