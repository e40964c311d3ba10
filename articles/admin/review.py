"""The desk's review workflow in the admin: the status menu each role is offered, the log
entry of every move, the review queue (the admin index's panel and the changelist's "In
review" filter, oldest first) and the optional email to the editors on submission."""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from core.locking import StaleEdit

from .. import roles
from ..models import Article, DealSuggestion
from ..publishing import (
    article_submit_for_review,
    article_withdraw_from_review,
    statuses_for,
    transition_message,
    user_can_publish,
)

logger = logging.getLogger(__name__)

Status = Article.Status
QUEUE_LENGTH = 10


@dataclass
class ReviewQueue:
    """What the admin index shows the desk: the oldest stories waiting for an editor, and
    how many stories stand in each state."""

    waiting: list[Article]
    in_review: int
    drafts: int
    scheduled: int
    proposed_deals: int


def review_queue(*, limit: int = QUEUE_LENGTH) -> ReviewQueue:
    """Two queries: the counts in one aggregate, then the oldest `limit` in review."""
    now = timezone.now()
    counts = Article.objects.order_by().aggregate(
        in_review=Count("pk", filter=Q(status=Status.IN_REVIEW)),
        drafts=Count("pk", filter=Q(status=Status.DRAFT)),
        scheduled=Count(
            "pk",
            filter=Q(status=Status.PUBLISHED)
            & (Q(published_at__gt=now) | Q(embargo_until__gt=now)),
        ),
    )
    waiting = list(
        Article.objects.filter(status=Status.IN_REVIEW)
        .select_related("created_by")
        .only(
            "headline",
            "submitted_at",
            "created_by__username",
            "created_by__first_name",
            "created_by__last_name",
        )  # fmt: skip
        .order_by("submitted_at", "pk")[:limit]
    )
    proposed = DealSuggestion.objects.filter(state=DealSuggestion.State.PROPOSED).count()
    return ReviewQueue(waiting=waiting, proposed_deals=proposed, **counts)


def editors_emails() -> list[str]:
    """The addresses of the active members of the editors' group."""
    users = (
        get_user_model().objects.filter(groups__name=roles.EDITOR, is_active=True).exclude(email="")
    )
    return sorted(set(users.values_list("email", flat=True)))


def notify_editors(*, request, article: Article) -> int:
    """Email the editors that `article` waits for review, when REVIEW_EMAIL_EDITORS is on.
    Returns how many messages went out. A mail server that fails never loses the save:
    it is logged, and the queue on the admin index still shows the story."""
    if not getattr(settings, "REVIEW_EMAIL_EDITORS", False):
        return 0
    recipients = editors_emails()
    if not recipients:
        return 0
    who = request.user.get_full_name() or request.user.get_username()
    address = request.build_absolute_uri(
        reverse("admin:articles_article_change", args=[article.pk])
    )
    try:
        return send_mail(
            subject=f"In review: {article.headline}",
            message=(
                f"{who} submitted “{article.headline}” for review.\n\n"
                f"Open it: {address}\n"
                f"The review queue: {request.build_absolute_uri(reverse('admin:index'))}\n"
            ),
            from_email=None,
            recipient_list=recipients,
        )
    except OSError:
        logger.exception("Could not email the editors about story %s", article.pk)
        return 0


class ReviewWorkflowMixin:
    """For ArticleAdmin: each role's status menu, the queue's ordering, and the log of
    every move (the LogEntry's message is also the revision's comment)."""

    # ModelAdmin's, for the type checker.
    log_change: Callable[..., Any]
    message_user: Callable[..., Any]
    get_action: Callable[..., Any]
    has_change_permission: Callable[..., bool]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.allowed_statuses = statuses_for(request.user)
        return form

    def get_actions(self, request):
        # Added here rather than in ArticleAdmin.actions, with the change permission: writers
        # and editors alike move several stories in or out of review at once.
        actions = super().get_actions(request)
        if self.has_change_permission(request):
            for name in ("submit_for_review", "withdraw_from_review"):
                actions[name] = self.get_action(name)
        return actions

    def _move_in_bulk(self, request, stories, move, done: str) -> None:
        moved, by_editor = [], user_can_publish(request.user)
        for article in stories:
            old = article.status
            try:
                with transaction.atomic():
                    move(article=article, user=request.user)
            except StaleEdit:
                self.message_user(
                    request,
                    f"“{article}” was changed by someone else a moment ago and was left as it "
                    "is: open it to check.",
                    messages.ERROR,
                )
                continue
            self.log_change(
                request,
                article,
                transition_message(old=old, new=article.status, by_editor=by_editor),
            )
            if article.status == Status.IN_REVIEW:
                notify_editors(request=request, article=article)
            moved.append(article)
        self.message_user(request, f"{len(moved)} {done}.", messages.SUCCESS)

    @admin.action(description="Submit the selected drafts for review", permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._move_in_bulk(
            request,
            queryset.filter(status=Status.DRAFT),
            article_submit_for_review,
            "stories submitted for review",
        )

    @admin.action(description="Take the selected stories out of review", permissions=["change"])
    def withdraw_from_review(self, request, queryset):
        self._move_in_bulk(
            request,
            queryset.filter(status=Status.IN_REVIEW),
            article_withdraw_from_review,
            "stories taken out of review (drafts again)",
        )

    def get_ordering(self, request):
        # The "In review" filter lists the queue as editors work it: oldest first.
        if request.GET.get("status__exact") == Status.IN_REVIEW and "o" not in request.GET:
            return ["submitted_at", "pk"]
        return super().get_ordering(request)

    def record_transition(self, request, obj: Article, form, change: bool) -> None:
        """Log the move the form made (called by save_model, after the save) and tell the
        editors when a story arrives in review."""
        old = form.initial.get("status") if change else None
        message = transition_message(
            old=old, new=obj.status, by_editor=user_can_publish(request.user)
        )
        if not message:
            return
        self.log_change(request, obj, message)
        if obj.status == Status.IN_REVIEW:
            notify_editors(request=request, article=obj)
