"""The one definition of a public story, and its edges."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article

from . import factories

pytestmark = pytest.mark.django_db


def test_published_story_is_public():
    story = factories.article()
    assert list(Article.objects.published()) == [story]
    assert story.is_published()


def test_draft_is_not_public():
    story = factories.draft()
    assert not Article.objects.published().exists()
    assert not story.is_published()


def test_draft_with_a_past_publication_time_is_not_public():
    story = factories.draft(published_at=timezone.now() - timedelta(days=1))
    assert not Article.objects.published().exists()
    assert not story.is_published()


def test_story_in_review_is_not_public_even_when_its_time_has_come():
    story = factories.article(
        status=Article.Status.IN_REVIEW, published_at=timezone.now() - timedelta(days=1)
    )
    assert not Article.objects.published().exists()
    assert not story.is_published() and not story.is_scheduled()


def test_scheduled_story_is_not_public_before_its_time():
    story = factories.scheduled()
    assert not Article.objects.published().exists()
    assert not story.is_published()
    assert story.is_scheduled()


def test_scheduled_story_goes_live_by_itself_when_its_time_comes(monkeypatch):
    story = factories.scheduled()
    later = story.published_at + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert list(Article.objects.published()) == [story]
    assert story.is_published()


def test_story_published_at_this_very_moment_is_public(monkeypatch):
    story = factories.scheduled()
    monkeypatch.setattr(timezone, "now", lambda: story.published_at)
    assert Article.objects.published().get() == story


def test_unpublished_story_is_no_longer_public():
    story = factories.article()
    story.status = Article.Status.DRAFT
    story.save()
    assert not Article.objects.published().exists()
    assert not story.is_published()


def test_publishing_without_a_time_publishes_now():
    story = factories.draft()
    story.status = Article.Status.PUBLISHED
    story.save()
    assert story.published_at is not None
    assert story.is_published()
