"""Who may publish and unpublish, and what each does to a story."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from articles.models import Article
from articles.publishing import article_publish, article_unpublish, user_can_publish

from . import factories

pytestmark = pytest.mark.django_db


def test_only_editors_may_publish(editor, writer):
    assert user_can_publish(editor)
    assert not user_can_publish(writer)
    assert not user_can_publish(factories.staff_user("no-role"))


def test_an_editor_publishes_a_draft_now(editor, clock):
    story = factories.draft()
    article_publish(article=story, user=editor)
    story.refresh_from_db()
    assert story.status == Article.Status.PUBLISHED
    assert story.published_at == clock.now
    assert story.updated_by == editor
    assert story.is_published()


def test_publishing_a_story_with_a_future_time_schedules_it(editor):
    when = timezone.now() + timedelta(days=1)
    story = factories.draft(published_at=when)
    article_publish(article=story, user=editor)
    story.refresh_from_db()
    assert story.published_at == when
    assert story.is_scheduled() and not story.is_published()


def test_a_writer_cannot_publish(writer):
    story = factories.draft()
    with pytest.raises(
        PermissionDenied, match=r"^You do not have permission to publish stories\.$"
    ):
        article_publish(article=story, user=writer)
    story.refresh_from_db()
    assert story.status == Article.Status.DRAFT
    assert story.updated_by is None


def test_an_editor_unpublishes_and_the_story_keeps_its_time(editor):
    story = factories.article()
    when = story.published_at
    article_unpublish(article=story, user=editor)
    story.refresh_from_db()
    assert story.status == Article.Status.DRAFT
    assert story.published_at == when
    assert story.updated_by == editor
    assert not Article.objects.published().exists()


def test_a_writer_cannot_unpublish(writer):
    story = factories.article()
    with pytest.raises(
        PermissionDenied, match=r"^You do not have permission to unpublish stories\.$"
    ):
        article_unpublish(article=story, user=writer)
    story.refresh_from_db()
    assert story.status == Article.Status.PUBLISHED
    assert story.updated_by is None


def test_only_a_published_story_with_a_future_time_is_scheduled():
    assert factories.scheduled().is_scheduled()
    assert not factories.article().is_scheduled()
    assert not factories.draft().is_scheduled()
    assert not factories.draft(published_at=timezone.now() + timedelta(days=1)).is_scheduled()
