"""The desk's workflow: draft → in review → published, who may make each move (through
the admin's POSTs), the log of every move, the review queue and the editors' email."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.urls import reverse
from django.utils import timezone

from articles import publishing
from articles.admin.review import review_queue
from articles.models import Article

from . import factories

pytestmark = pytest.mark.django_db

ADD = reverse("admin:articles_article_add")
CHANGELIST = reverse("admin:articles_article_changelist")
INDEX = reverse("admin:index")


def change_url(article: Article) -> str:
    return reverse("admin:articles_article_change", args=[article.pk])


def form(**overrides) -> dict:
    """A complete POST for the story form, with empty inlines."""
    return factories.story_form(**overrides)


def logged(article: Article) -> list[str]:
    return list(
        LogEntry.objects.filter(object_id=str(article.pk), action_flag=CHANGE)
        .order_by("pk")
        .values_list("change_message", flat=True)
    )


def menu(response) -> list[str]:
    field = response.context["adminform"].form.fields["status"]
    return [value for value, _label in field.widget.choices]


# --- the status menu ---------------------------------------------------------------------


def test_a_writers_menu_offers_draft_and_in_review_only(writer_client):
    assert menu(writer_client.get(ADD)) == ["draft", "in_review"]


def test_a_writers_menu_on_a_story_in_review_is_the_same(writer_client, writer):
    story = factories.article(created_by=writer, status=Article.Status.IN_REVIEW)
    assert menu(writer_client.get(change_url(story))) == ["draft", "in_review"]


def test_an_editors_menu_offers_every_state(editor_client):
    assert menu(editor_client.get(ADD)) == ["draft", "in_review", "published"]


def test_the_rendered_writers_menu_has_no_published_option(writer_client):
    html = writer_client.get(ADD).content.decode()
    assert 'value="in_review"' in html and 'value="published"' not in html


# --- the moves and who may make them --------------------------------------------------------


def test_a_writer_submits_a_draft_for_review(writer_client, writer):
    story = factories.draft("Alibaba nears deal", created_by=writer)
    response = writer_client.post(change_url(story), form(status="in_review"))
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == Article.Status.IN_REVIEW
    assert story.submitted_at is not None
    assert "Submitted for review" in logged(story)


def test_a_writer_may_create_a_story_straight_into_review(writer_client):
    writer_client.post(ADD, form(status="in_review"))
    story = Article.objects.get()
    assert story.status == Article.Status.IN_REVIEW
    assert logged(story) == ["Submitted for review"]


def test_a_writer_withdraws_a_story_from_review(writer_client, writer):
    story = factories.article("Alibaba nears deal", created_by=writer, status="in_review")
    writer_client.post(change_url(story), form(status="draft"))
    story.refresh_from_db()
    assert story.status == Article.Status.DRAFT and story.submitted_at is None
    assert "Withdrawn from review" in logged(story)


def test_a_writer_may_go_on_editing_a_story_in_review(writer_client, writer):
    story = factories.article("Alibaba nears deal", created_by=writer, status="in_review")
    submitted = story.submitted_at
    response = writer_client.post(
        change_url(story), form(status="in_review", body="A better body.")
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.body == "A better body." and story.submitted_at == submitted


def test_a_writer_cannot_publish_a_story_in_review(writer_client, writer):
    story = factories.article("Alibaba nears deal", created_by=writer, status="in_review")
    response = writer_client.post(change_url(story), form(status="published"))
    assert response.status_code == 200
    assert "an editor publishes it" in response.content.decode()
    story.refresh_from_db()
    assert story.status == Article.Status.IN_REVIEW


def test_an_editor_publishes_a_story_in_review(editor_client):
    story = factories.article("Alibaba nears deal", status="in_review")
    editor_client.post(change_url(story), form(status="published"))
    story.refresh_from_db()
    assert story.is_published() and story.submitted_at is None
    assert "Published" in logged(story)


def test_an_editor_schedules_a_story_in_review(editor_client):
    story = factories.article("Alibaba nears deal", status="in_review")
    later = timezone.now() + timedelta(days=2)
    editor_client.post(
        change_url(story),
        form(
            status="published",
            published_at_0=later.strftime("%d/%m/%Y"),
            published_at_1=later.strftime("%H:%M:%S"),
        ),
    )
    story.refresh_from_db()
    assert story.is_scheduled() and not story.is_published()


def test_an_editor_sends_a_story_back_to_draft(editor_client):
    story = factories.article("Alibaba nears deal", status="in_review")
    editor_client.post(change_url(story), form(status="draft"))
    story.refresh_from_db()
    assert story.status == Article.Status.DRAFT
    assert "Sent back to draft" in logged(story)


def test_an_editor_unpublishes_a_live_story(editor_client):
    story = factories.article("Alibaba nears deal")
    editor_client.post(change_url(story), form(status="draft"))
    story.refresh_from_db()
    assert not story.is_published()
    assert "Unpublished" in logged(story)


def test_a_move_leaves_a_revision_with_the_user(writer_client, writer):
    from reversion.models import Version

    story = factories.draft("Alibaba nears deal", created_by=writer)
    writer_client.post(change_url(story), form(status="in_review"))
    version = Version.objects.get_for_object(story).first()
    assert version.revision.user == writer
    assert version.field_dict["status"] == "in_review"


@pytest.mark.parametrize(
    ("old", "new", "writer_may"),
    [
        (None, "draft", True),
        (None, "in_review", True),
        (None, "published", False),
        ("draft", "in_review", True),
        ("in_review", "draft", True),
        ("in_review", "published", False),
        ("published", "draft", False),
        ("published", "in_review", False),
    ],
)
def test_who_may_make_each_move(writer, editor, old, new, writer_may):
    assert publishing.may_move(writer, old=old, new=new) is writer_may
    assert publishing.may_move(editor, old=old, new=new) is True


def test_submit_and_withdraw_as_functions(writer):
    story = factories.draft()
    publishing.article_submit_for_review(article=story, user=writer)
    assert story.status == "in_review" and story.updated_by == writer
    publishing.article_withdraw_from_review(article=story, user=writer)
    assert story.status == "draft"


def test_only_a_draft_can_be_submitted(writer):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        publishing.article_submit_for_review(article=factories.article(), user=writer)


# --- in review is never public ---------------------------------------------------------------


def test_a_story_in_review_is_not_public_even_with_a_past_time():
    story = factories.article(
        status=Article.Status.IN_REVIEW, published_at=timezone.now() - timedelta(days=1)
    )
    assert not Article.objects.published().exists()
    assert not story.is_published() and not story.is_scheduled()


def test_a_story_in_review_has_no_public_page(client):
    story = factories.article("Waiting story", status=Article.Status.IN_REVIEW)
    assert client.get(story.get_absolute_url()).status_code == 404
    assert b"Waiting story" not in client.get("/").content


# --- the queue ------------------------------------------------------------------------------


def _in_review(headline: str, minutes_ago: int) -> Article:
    story = factories.article(headline, status=Article.Status.IN_REVIEW)
    Article.objects.filter(pk=story.pk).update(
        submitted_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return story


def test_the_queue_lists_stories_in_review_oldest_first_with_counts():
    _in_review("Newer", 5)
    _in_review("Oldest", 60)
    _in_review("Middle", 30)
    factories.draft("A draft")
    factories.scheduled("Scheduled")
    factories.article("Live")
    queue = review_queue()
    assert [s.headline for s in queue.waiting] == ["Oldest", "Middle", "Newer"]
    assert (queue.in_review, queue.drafts, queue.scheduled) == (3, 1, 1)


def test_the_queue_costs_a_fixed_number_of_queries(django_assert_max_num_queries):
    for n in range(12):
        _in_review(f"Story {n}", n)
    with django_assert_max_num_queries(3):
        queue = review_queue()
        assert len(queue.waiting) == 10
        [s.created_by for s in queue.waiting]


def test_the_admin_index_shows_the_queue(editor_client):
    _in_review("Alibaba nears deal", 90)
    html = editor_client.get(INDEX).content.decode()
    assert "Waiting for review (1)" in html
    assert change_url(Article.objects.get()) in html
    assert "1 in review" in html


def test_the_in_review_filter_lists_the_queue_oldest_first(editor_client):
    _in_review("Newer", 5)
    _in_review("Oldest", 60)
    factories.draft("A draft")
    response = editor_client.get(CHANGELIST, {"status__exact": "in_review"})
    shown = [s.headline for s in response.context["cl"].result_list]
    assert shown == ["Oldest", "Newer"]


def test_the_status_filter_offers_in_review(editor_client):
    html = editor_client.get(CHANGELIST).content.decode()
    assert "?status__exact=in_review" in html


# --- the email ------------------------------------------------------------------------------


@pytest.fixture
def editors_with_mail(editor):
    editor.email = "desk@example.com"
    editor.save()
    silent = factories.staff_user("no-mail-editor", "Editor")
    gone = factories.staff_user("left-editor", "Editor")
    gone.email, gone.is_active = "gone@example.com", False
    gone.save()
    return silent


def test_submitting_emails_the_editors_when_turned_on(
    settings, writer_client, writer, editors_with_mail, mailoutbox
):
    settings.REVIEW_EMAIL_EDITORS = True
    story = factories.draft("Alibaba nears deal", created_by=writer)
    writer_client.post(change_url(story), form(status="in_review"))
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["desk@example.com"]
    assert message.subject == "In review: Alibaba nears deal"
    assert f"http://testserver{change_url(story)}" in message.body


def test_no_email_when_turned_off(settings, writer_client, writer, editors_with_mail, mailoutbox):
    settings.REVIEW_EMAIL_EDITORS = False
    story = factories.draft("Alibaba nears deal", created_by=writer)
    writer_client.post(change_url(story), form(status="in_review"))
    assert mailoutbox == []


def test_no_email_for_other_moves(settings, editor_client, editors_with_mail, mailoutbox):
    settings.REVIEW_EMAIL_EDITORS = True
    story = factories.article("Alibaba nears deal", status="in_review")
    editor_client.post(change_url(story), form(status="published"))
    assert mailoutbox == []


def test_a_failing_mail_server_does_not_lose_the_submission(
    settings, writer_client, writer, editors_with_mail, monkeypatch
):
    settings.REVIEW_EMAIL_EDITORS = True

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("articles.admin.review.send_mail", refuse)
    story = factories.draft("Alibaba nears deal", created_by=writer)
    response = writer_client.post(change_url(story), form(status="in_review"))
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == Article.Status.IN_REVIEW


# --- moving several at once -------------------------------------------------------------------


def test_a_writer_submits_several_drafts_from_the_list(writer_client, writer):
    drafts = [factories.draft(), factories.draft()]
    live = factories.article()
    writer_client.post(
        CHANGELIST,
        {"action": "submit_for_review", "_selected_action": [s.pk for s in [*drafts, live]]},
    )
    assert sorted(Article.objects.values_list("status", flat=True)) == [
        "in_review", "in_review", "published",
    ]  # fmt: skip
    assert LogEntry.objects.filter(user=writer, change_message="Submitted for review").count() == 2


def test_a_writer_is_offered_the_review_actions_but_not_publishing(writer_client):
    factories.draft()
    choices = dict(writer_client.get(CHANGELIST).context["action_form"].fields["action"].choices)
    assert "submit_for_review" in choices and "withdraw_from_review" in choices
    assert "publish" not in choices


def test_an_editor_sends_stories_back_from_the_list(editor_client, editor):
    story = factories.article(status=Article.Status.IN_REVIEW)
    editor_client.post(
        CHANGELIST, {"action": "withdraw_from_review", "_selected_action": [story.pk]}
    )
    story.refresh_from_db()
    assert story.status == Article.Status.DRAFT
    assert "Sent back to draft" in logged(story)


def test_submitting_from_the_list_emails_the_editors(
    settings, writer_client, editors_with_mail, mailoutbox
):
    settings.REVIEW_EMAIL_EDITORS = True
    story = factories.draft("Alibaba nears deal")
    writer_client.post(CHANGELIST, {"action": "submit_for_review", "_selected_action": [story.pk]})
    assert [m.subject for m in mailoutbox] == ["In review: Alibaba nears deal"]
