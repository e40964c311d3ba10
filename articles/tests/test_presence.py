"""“Also editing now”: who else has a story open, from heartbeats kept in the database,
expiring after 90 seconds; and a save-time notice that works without JavaScript."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Presence
from articles.tests import factories
from articles.tests.test_corrections import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    return factories.draft("Alibaba nears Russian joint venture")


@pytest.fixture
def colleague(db):
    user = factories.staff_user("henry", "Editor")
    user.first_name, user.last_name = "Henry", "Foy"
    user.save()
    return user


def change_url(story) -> str:
    return reverse("admin:articles_article_change", args=[story.pk])


def presence_url(story) -> str:
    return reverse("admin:articles_article_presence", args=[story.pk])


def test_someone_who_opened_the_story_is_present(story, colleague, editor):
    Presence.touch(user=colleague, obj=story)
    assert [p.user for p in Presence.objects.others(story, editor).active()] == [colleague]


def test_presence_expires_after_90_seconds_without_a_heartbeat(clock, story, colleague, editor):
    Presence.touch(user=colleague, obj=story)
    clock.advance(seconds=89)
    assert Presence.objects.others(story, editor).active().exists()
    clock.advance(seconds=2)
    assert not Presence.objects.others(story, editor).active().exists()


def test_a_heartbeat_keeps_someone_present(clock, story, colleague, editor):
    Presence.touch(user=colleague, obj=story)
    for _ in range(4):
        clock.advance(seconds=30)
        Presence.touch(user=colleague, obj=story)
    assert Presence.objects.others(story, editor).active().exists()


def test_the_change_form_names_who_else_has_the_story_open(editor_client, story, colleague):
    Presence.touch(user=colleague, obj=story)
    html = editor_client.get(change_url(story)).content.decode()
    assert "Also editing now: Henry Foy (henry)." in html


def test_the_change_form_carries_the_heartbeat_address_and_script(editor_client, story):
    html = editor_client.get(change_url(story)).content.decode()
    assert f'data-presence-url="{presence_url(story)}"' in html
    assert "admin/js/presence.js" in html


def test_opening_the_change_form_records_the_editor(editor_client, story, editor):
    editor_client.get(change_url(story))
    assert Presence.objects.of(story).get().user == editor


def test_the_heartbeat_answers_who_else_is_here(editor_client, story, colleague):
    Presence.touch(user=colleague, obj=story)
    answer = editor_client.post(presence_url(story)).json()
    assert answer["others"] == ["Henry Foy (henry)"]
    assert answer["interval"] == 30


def test_the_heartbeat_forgets_a_colleague_gone_quiet(clock, editor_client, story, colleague):
    Presence.touch(user=colleague, obj=story)
    clock.advance(seconds=91)
    assert editor_client.post(presence_url(story)).json()["others"] == []


def test_leaving_the_form_ends_presence_at_once(editor_client, story, editor):
    editor_client.post(presence_url(story))
    editor_client.post(presence_url(story), {"leave": "1"})
    assert not Presence.objects.of(story).active().exists()


def test_the_heartbeat_refuses_anonymous_requests(client, story):
    response = client.post(presence_url(story))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]
    assert not Presence.objects.exists()


def test_the_heartbeat_refuses_staff_without_rights_on_stories(client, story):
    client.force_login(factories.staff_user("no-rights"))
    assert client.post(presence_url(story)).status_code == 403
    assert not Presence.objects.exists()


def test_the_heartbeat_needs_a_csrf_token(editor, story):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(presence_url(story)).status_code == 403
    assert not Presence.objects.exists()


def test_the_heartbeat_is_post_only(editor_client, story):
    assert editor_client.get(presence_url(story)).status_code == 405


def test_the_heartbeat_of_an_unknown_story_is_404(editor_client):
    assert (
        editor_client.post(reverse("admin:articles_article_presence", args=[999999])).status_code
        == 404
    )


def test_saving_names_who_else_opened_the_story_meanwhile(editor_client, story, colleague):
    data = form_data(editor_client, story, headline="Alibaba agrees joint venture")
    Presence.touch(user=colleague, obj=story)  # opened after me, no JavaScript
    response = editor_client.post(change_url(story), data)
    assert response.status_code == 302
    notices = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Henry Foy (henry) had it open too" in n for n in notices)


def test_saving_ends_the_editors_own_presence(editor_client, story, editor):
    data = form_data(editor_client, story, headline="Alibaba agrees joint venture")
    editor_client.post(change_url(story), data)
    assert not Presence.objects.of(story).active().filter(user=editor).exists()


def test_saving_names_a_colleague_who_opened_and_left_meanwhile(editor_client, story, colleague):
    data = form_data(editor_client, story, headline="Alibaba agrees joint venture")
    theirs = Client()
    theirs.force_login(colleague)
    theirs.get(change_url(story))
    theirs.post(presence_url(story), {"leave": "1"})
    response = editor_client.post(change_url(story), data)
    notices = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Henry Foy (henry) had it open too" in n for n in notices)


def test_an_editor_without_javascript_is_named_minutes_later(
    clock, editor_client, story, colleague
):
    Presence.touch(user=colleague, obj=story)  # opened the form, no heartbeat after
    clock.advance(seconds=30)
    data = form_data(editor_client, story, headline="Alibaba agrees joint venture")
    clock.advance(minutes=10)
    response = editor_client.post(change_url(story), data)
    notices = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("Henry Foy (henry) had it open too" in n for n in notices)


def test_rows_older_than_the_retention_are_dropped(clock, story, colleague, editor):
    Presence.touch(user=colleague, obj=story)
    clock.advance(hours=13)
    Presence.touch(user=editor, obj=story)
    assert list(Presence.objects.values_list("user", flat=True)) == [editor.pk]


def test_saving_alone_gives_no_notice(editor_client, story):
    data = form_data(editor_client, story, headline="Alibaba agrees joint venture")
    response = editor_client.post(change_url(story), data)
    assert not [m for m in get_messages(response.wsgi_request) if "open too" in str(m)]


def test_the_changelist_marks_stories_someone_else_has_open(editor_client, story, colleague):
    Presence.touch(user=colleague, obj=story)
    html = editor_client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "presence-marker" in html and "✎ henry" in html


def test_the_changelist_marker_expires(clock, editor_client, story, colleague):
    Presence.touch(user=colleague, obj=story)
    clock.advance(seconds=91)
    html = editor_client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "✎ henry" not in html


def test_the_changelist_does_not_mark_the_editors_own_open_story(editor_client, story, editor):
    Presence.touch(user=editor, obj=story)
    html = editor_client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "✎ editor-user" not in html


def test_the_deal_change_form_names_who_else_has_the_deal_open(editor_client, colleague):
    deal = factories.deal("Alibaba and Mail.ru joint venture")
    Presence.touch(user=colleague, obj=deal)
    url = reverse("admin:deals_deal_change", args=[deal.pk])
    html = editor_client.get(url).content.decode()
    assert "Also editing now: Henry Foy (henry)." in html
    assert reverse("admin:deals_deal_presence", args=[deal.pk]) in html


def test_the_deal_heartbeat_is_kept_apart_from_the_story_of_the_same_number(
    editor_client, colleague
):
    deal = factories.deal("Some deal")
    now = timezone.now()
    Presence.objects.create(
        user=colleague,
        content_type=ContentType.objects.get_for_model(Article),
        object_id=deal.pk,
        opened_at=now,
        seen_at=now,
    )
    answer = editor_client.post(reverse("admin:deals_deal_presence", args=[deal.pk])).json()
    assert answer["others"] == []


def test_the_company_change_form_names_who_else_has_the_company_open(editor_client, colleague):
    company = factories.company("Alibaba Group")
    Presence.touch(user=colleague, obj=company)
    url = reverse("admin:companies_company_change", args=[company.pk])
    html = editor_client.get(url).content.decode()
    assert "Also editing now: Henry Foy (henry)." in html
    assert reverse("admin:companies_company_presence", args=[company.pk]) in html


def test_the_company_admin_keeps_its_logo_inline(editor_client):
    company = factories.company("Alibaba Group")
    html = editor_client.get(reverse("admin:companies_company_change", args=[company.pk]))
    assert "logo" in html.content.decode().lower()
