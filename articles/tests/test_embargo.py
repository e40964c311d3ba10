"""An embargoed story stays off every public surface until the embargo lifts, then appears
by itself at the later of its publication time and its embargo."""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from articles import live
from articles.models import Article
from articles.publishing import article_publish
from companies.models import Company
from deals.models import Deal, DealParty

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def embargoed():
    now = timezone.now()
    company = factories.company("Alibaba Group", slug="alibaba")
    author = factories.author("Anna Petrova")
    deal = factories.deal(
        "Embargoed deal",
        marked_public=False,
        value="1000000",
        parties=[(company, DealParty.Role.ACQUIRER)],
    )
    factories.article("Older story", companies=[company], byline=author)
    story = factories.article(
        "Results under embargo",
        companies=[company],
        byline=author,
        embargo_until=now + timedelta(hours=2),
    )
    story.tags.add("results")
    story.deals.add(deal)
    return {"now": now, "story": story, "company": company, "deal": deal}


SURFACES = ["/", "/companies/alibaba/", "/topics/results/", "/authors/anna-petrova/",
            "/deals/"]  # fmt: skip


def _visible(client, story) -> dict[str, bool]:
    seen = {url: story.headline in client.get(url).content.decode() for url in SURFACES}
    seen["article"] = client.get(story.get_absolute_url()).status_code == 200
    return seen


def test_an_embargoed_story_is_on_no_public_surface_and_counts_nowhere(client, embargoed):
    assert not any(_visible(client, embargoed["story"]).values())
    assert not Article.objects.published().filter(pk=embargoed["story"].pk).exists()
    assert Company.objects.get(slug="alibaba").story_count == 1
    assert not Deal.objects.public().filter(pk=embargoed["deal"].pk).exists()
    assert client.get(embargoed["deal"].get_absolute_url()).status_code == 404


def test_it_appears_by_itself_when_the_embargo_lifts(client, embargoed):
    client.get("/")  # a cached home page from before
    later = embargoed["now"] + timedelta(hours=2, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        seen = _visible(client, embargoed["story"])
        assert all(v for url, v in seen.items() if url != "/deals/"), seen
        assert Company.objects.get(slug="alibaba").story_count == 2
        assert client.get(embargoed["deal"].get_absolute_url()).status_code == 200


def test_the_later_of_schedule_and_embargo_wins(client):
    now = timezone.now()
    story = factories.article(
        "Scheduled after its embargo",
        published_at=now + timedelta(hours=3),
        embargo_until=now + timedelta(hours=1),
    )
    assert live.current_state().next_live_at == story.published_at
    with mock.patch("django.utils.timezone.now", return_value=now + timedelta(hours=2)):
        assert client.get(story.get_absolute_url()).status_code == 404
    with mock.patch("django.utils.timezone.now", return_value=now + timedelta(hours=3, seconds=1)):
        assert client.get(story.get_absolute_url()).status_code == 200


def test_publishing_does_not_lift_an_embargo(client, editor):
    draft = factories.draft("Draft under embargo", embargo_until=timezone.now() + timedelta(days=1))
    article_publish(article=draft, user=editor)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_writers_cannot_set_an_embargo(writer_client):
    story = factories.draft("A writer's draft")
    url = reverse("admin:articles_article_change", args=[story.pk])
    assert "embargo_until" not in writer_client.get(url).context["adminform"].form.fields
    later = (timezone.now() + timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    writer_client.post(url, {"embargo_until": later})  # a forged field is ignored
    story.refresh_from_db()
    assert story.embargo_until is None


def test_an_editor_s_embargo_changes_are_logged(editor_client):
    story = factories.draft("Embargo me")
    url = reverse("admin:articles_article_change", args=[story.pk])
    form = editor_client.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields if name != "tags"}
    data.update(
        {
            "embargo_until_0": "2030-01-02",
            "embargo_until_1": "09:00:00",
            "published_at_0": "",
            "published_at_1": "",
            "bylines-TOTAL_FORMS": "0",
            "bylines-INITIAL_FORMS": "0",
            "company_links-TOTAL_FORMS": "0",
            "company_links-INITIAL_FORMS": "0",
            "deals": [],
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    story.refresh_from_db()
    assert story.embargo_until is not None
    assert LogEntry.objects.filter(object_id=str(story.pk), change_message__contains="Embargo")


def test_the_changelist_marks_and_filters_embargoed_stories(editor_client, embargoed):
    url = reverse("admin:articles_article_changelist")
    response = editor_client.get(url, {"embargo": "on"})
    assert [a.headline for a in response.context["cl"].result_list] == ["Results under embargo"]
    assert "Embargoed until" in response.content.decode()
