"""The desk's activity log: editors only, read-only, filtered by person, object type,
action and date, each entry linked to its object and to the revision its save made."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from . import factories

pytestmark = pytest.mark.django_db

LOG = reverse("admin:admin_logentry_changelist")


def entry(user, obj, flag=CHANGE, message="", when=None) -> LogEntry:
    made = LogEntry.objects.log_actions(
        user_id=user.pk,
        queryset=[obj],
        action_flag=flag,
        change_message=message,
        single_object=True,
    )
    if when is not None:
        LogEntry.objects.filter(pk=made.pk).update(action_time=when)
    return made


def shown(response) -> list[LogEntry]:
    return list(response.context["cl"].result_list)


def test_editors_read_the_log(editor_client, editor):
    story = factories.draft("Alibaba nears deal")
    entry(editor, story, message="Published")
    response = editor_client.get(LOG)
    assert response.status_code == 200
    assert "Alibaba nears deal" in response.content.decode()


def test_writers_cannot_read_the_log(writer_client):
    assert writer_client.get(LOG).status_code == 403


def test_anonymous_users_are_sent_to_log_in(client):
    response = client.get(LOG)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_nobody_edits_or_deletes_an_entry(editor_client, editor):
    made = entry(editor, factories.draft())
    change = reverse("admin:admin_logentry_change", args=[made.pk])
    delete = reverse("admin:admin_logentry_delete", args=[made.pk])
    assert editor_client.post(change, {"change_message": "forged"}).status_code == 403
    assert editor_client.post(delete, {"post": "yes"}).status_code == 403
    assert editor_client.get(reverse("admin:admin_logentry_add")).status_code == 403
    made.refresh_from_db()
    assert made.change_message == ""


def test_the_editors_link_to_the_log_is_on_the_index(editor_client):
    assert LOG in editor_client.get(reverse("admin:index")).content.decode()


def test_filter_by_person(editor_client, editor, writer):
    story = factories.draft()
    entry(editor, story, message="Published")
    entry(writer, story, message="Submitted for review")
    response = editor_client.get(LOG, {"person": writer.pk})
    assert [e.user for e in shown(response)] == [writer]


def test_filter_by_object_type(editor_client, editor):
    entry(editor, factories.draft("A story"))
    entry(editor, factories.company("Tencent"))
    entry(editor, factories.deal("A deal"))
    for kind, repr_ in [("article", "A story"), ("company", "Tencent"), ("deal", "A deal")]:
        response = editor_client.get(LOG, {"type": kind})
        assert [e.object_repr for e in shown(response)] == [repr_]


def test_filter_by_action(editor_client, editor, writer):
    story = factories.draft()
    entry(editor, story, flag=ADDITION)
    entry(writer, story, message="Submitted for review")
    entry(editor, story, message="Published")
    entry(editor, factories.company(), flag=DELETION)
    assert [e.change_message for e in shown(editor_client.get(LOG, {"action": "published"}))] == [
        "Published"
    ]
    submitted = shown(editor_client.get(LOG, {"action": "submitted"}))
    assert [e.user for e in submitted] == [writer]
    assert [e.action_flag for e in shown(editor_client.get(LOG, {"action": "deleted"}))] == [
        DELETION
    ]
    assert len(shown(editor_client.get(LOG, {"action": "added"}))) == 1


def test_filter_by_date(editor_client, editor):
    story = factories.draft()
    long_ago = timezone.now() - timedelta(days=400)
    entry(editor, story, message="Old", when=long_ago)
    entry(editor, story, message="New")
    response = editor_client.get(LOG, {"action_time__year": long_ago.year})
    assert [e.change_message for e in shown(response)] == ["Old"]


def test_entries_link_to_the_object(editor_client, editor):
    story = factories.draft("Alibaba nears deal")
    entry(editor, story, message="Published")
    html = editor_client.get(LOG).content.decode()
    assert reverse("admin:articles_article_change", args=[story.pk]) in html


def test_an_admin_save_links_its_revision(editor_client, editor):
    story = factories.draft("Alibaba nears deal")
    data = factories.story_form(slug=story.slug, status="in_review")
    editor_client.post(reverse("admin:articles_article_change", args=[story.pk]), data)
    version = Version.objects.get_for_object(story).get()
    revision_url = reverse("admin:articles_article_revision", args=[story.pk, version.pk])
    response = editor_client.get(LOG, {"type": "article"})
    assert revision_url in response.content.decode()
    assert {e.version_id for e in shown(response)} == {version.pk}


def test_an_entry_without_a_revision_links_none(editor_client, editor):
    entry(editor, factories.company("Tencent"), message="Changed by hand")
    response = editor_client.get(LOG)
    assert [e.version_id for e in shown(response)] == [None]


def test_another_users_revision_is_not_linked(editor_client, editor, writer):
    import reversion

    company = factories.company("Tencent")
    with reversion.create_revision():
        reversion.set_user(writer)
        company.save()
    entry(editor, company, message="Changed")
    assert [e.version_id for e in shown(editor_client.get(LOG))] == [None]


def test_the_log_is_newest_first(editor_client, editor):
    story = factories.draft()
    entry(editor, story, message="First", when=timezone.now() - timedelta(hours=2))
    entry(editor, story, message="Second")
    assert [e.change_message for e in shown(editor_client.get(LOG))] == ["Second", "First"]


def test_a_page_of_the_log_costs_a_fixed_number_of_queries(
    editor_client, editor, django_assert_max_num_queries
):
    for n in range(30):
        entry(editor, factories.company(f"Company {n}"), message=f"Change {n}")
    with django_assert_max_num_queries(14):
        response = editor_client.get(LOG)
    assert len(shown(response)) == 30


def test_the_log_says_what_it_leaves_out(editor_client):
    html = editor_client.get(LOG).content.decode()
    assert "<h1>Activity log</h1>" in html and "link_companies --apply" in html
