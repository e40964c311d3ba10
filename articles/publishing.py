"""Publishing and unpublishing stories: who may, and what it does."""

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from .models import Article

PUBLISH_PERMISSION = "articles.publish_article"


def user_can_publish(user: User) -> bool:
    return user.has_perm(PUBLISH_PERMISSION)


def article_publish(*, article: Article, user: User) -> Article:
    """Publish `article` now, or at its scheduled time if that is still to come."""
    if not user_can_publish(user):
        raise PermissionDenied("You do not have permission to publish stories.")
    # Every picture a reader will see needs alt text first (Article.picture_problems).
    problems = article.picture_problems(publishing=True)
    if problems:
        raise ValidationError(problems)
    article.status = Article.Status.PUBLISHED
    article.published_at = article.published_at or timezone.now()
    article.updated_by = user
    article.save()
    return article


def article_unpublish(*, article: Article, user: User) -> Article:
    """Take `article` off the site; it keeps its publication time for when it returns."""
    if not user_can_publish(user):
        raise PermissionDenied("You do not have permission to unpublish stories.")
    article.status = Article.Status.DRAFT
    article.updated_by = user
    article.save()
    return article
