"""The desk's workflow: who may move a story from one state to another, and what it does.

draft → in review → published (or scheduled, when its time is still to come), and back:
a writer submits a draft for review and may withdraw it; an editor (who holds
`articles.publish_article`) makes every move, including publishing and unpublishing.
"""

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from .models import Article

PUBLISH_PERMISSION = "articles.publish_article"

Status = Article.Status
# The states a writer may put a story in; editors may put it in any.
WRITER_STATUSES = (Status.DRAFT, Status.IN_REVIEW)


def user_can_publish(user: User | AnonymousUser) -> bool:
    return user.has_perm(PUBLISH_PERMISSION)


def statuses_for(user: User | AnonymousUser) -> list[str]:
    """The states `user` may choose for a story, in the order of the desk."""
    if user_can_publish(user):
        return list(Status.values)
    return [str(status) for status in WRITER_STATUSES]


def may_move(user: User | AnonymousUser, *, old: str | None, new: str) -> bool:
    """May `user` move a story from `old` (None: a new story) to `new`? Staying put is
    always allowed (a writer may edit a story in review); anything touching `published`
    takes an editor."""
    if old == new:
        return True
    return user_can_publish(user) or (
        new in WRITER_STATUSES and (old is None or old in WRITER_STATUSES)
    )


def transition_message(*, old: str | None, new: str, by_editor: bool) -> str:
    """The admin log's words for a move from `old` to `new` ("" when nothing moved)."""
    if old == new:
        return ""
    if new == Status.PUBLISHED:
        return "Published"
    if old == Status.PUBLISHED:
        return "Unpublished" if new == Status.DRAFT else "Unpublished and put back in review"
    if new == Status.IN_REVIEW:
        return "Submitted for review"
    if old == Status.IN_REVIEW:
        return "Sent back to draft" if by_editor else "Withdrawn from review"
    return ""


def article_publish(*, article: Article, user: User) -> Article:
    """Publish `article` now, or at its scheduled time if that is still to come."""
    if not user_can_publish(user):
        raise PermissionDenied("You do not have permission to publish stories.")
    # Every picture a reader will see needs alt text first (Article.picture_problems).
    problems = article.picture_problems(publishing=True)
    if problems:
        raise ValidationError(problems)
    article.status = Status.PUBLISHED
    article.published_at = article.published_at or timezone.now()
    article.updated_by = user
    article.save()
    return article


def article_unpublish(*, article: Article, user: User) -> Article:
    """Take `article` off the site; it keeps its publication time for when it returns."""
    if not user_can_publish(user):
        raise PermissionDenied("You do not have permission to unpublish stories.")
    return _moved(article, Status.DRAFT, user)


def article_submit_for_review(*, article: Article, user: User) -> Article:
    """Put a draft in the editors' review queue."""
    if article.status != Status.DRAFT:
        raise ValidationError(f"Only a draft can be submitted for review, not “{article}”.")
    return _moved(article, Status.IN_REVIEW, user)


def article_withdraw_from_review(*, article: Article, user: User) -> Article:
    """Take a story out of the review queue: a draft again."""
    if article.status != Status.IN_REVIEW:
        raise ValidationError(f"“{article}” is not in review.")
    return _moved(article, Status.DRAFT, user)


def _moved(article: Article, status: str, user: User) -> Article:
    article.status = status
    article.updated_by = user
    article.save()
    return article
