from typing import TYPE_CHECKING, TypedDict

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from taggit.models import Tag

from companies.models import Company
from core import limits
from core.admin_autocomplete import LabelledAutocompleteInline
from core.admin_locking import VersionCheckedAdminMixin, VersionCheckedForm
from core.admin_revisions import RevisionsAdmin
from core.locking import StaleEdit
from core.slugs import STORY_SLUG_LENGTH, unique_slug

from .. import search
from ..models import Article, ArticleCompany, Byline, TopicStats
from ..publishing import WRITER_STATUSES, article_publish, article_unpublish, user_can_publish
from .corrections import CorrectionNoteForm, CorrectionsAdminMixin
from .presence import PresenceAdminMixin
from .review import ReviewWorkflowMixin
from .suggestions import SuggestionPanelsMixin, slug_clash
from .tags import TagAutocompleteWidget

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class _CompanyTotal(TypedDict):
    company_total: int  # the change list's count of company links (get_queryset)


class BylineInline(LabelledAutocompleteInline, admin.TabularInline):
    model = Byline
    extra = 1
    autocomplete_fields = ["author"]
    fields = ["author", "location", "order"]


class ArticleCompanyInline(LabelledAutocompleteInline, admin.TabularInline):
    model = ArticleCompany
    extra = 1
    autocomplete_fields = ["company"]
    fields = ["company", "role"]


class NamedSplitDateTime(AdminSplitDateTime):
    """The admin's date and time boxes, each with a name of its own ("Publication date",
    "Publication time"): the stock pair sits under one <label> that points at neither,
    so a screen reader announces two bare text boxes."""

    def __init__(self, name: str, attrs=None):
        super().__init__(attrs)
        self.widgets[0].attrs["aria-label"] = f"{name} date"
        self.widgets[1].attrs["aria-label"] = f"{name} time"


class ArticleAdminForm(CorrectionNoteForm, VersionCheckedForm):
    """Offers each role only the states it may choose and refuses the others whatever the
    POST says (publishing takes the publish permission); makes and checks the address."""

    can_publish = False
    # The states this user may choose: set per request by ReviewWorkflowMixin.get_form.
    allowed_statuses: list[str] = list(WRITER_STATUSES)

    class Meta:
        model = Article
        fields = "__all__"
        widgets = {
            "headline": forms.TextInput(attrs={"size": 90}),
            "slug": forms.TextInput(attrs={"size": 60}),
            "standfirst": forms.Textarea(attrs={"rows": 2, "cols": 90}),
            # Suggests existing tags as you type; a plain text box without JavaScript.
            "tags": TagAutocompleteWidget(attrs={"size": 90}),
            "published_at": NamedSplitDateTime("Publication"),
            "embargo_until": NamedSplitDateTime("Embargo"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "status" in self.fields:
            # A writer's menu: draft and in review (and the story's own state, if other).
            current = self.instance.status if self.instance.pk else None
            field = self.fields["status"]
            field.widget.choices = [
                (value, label)
                for value, label in field.choices
                if value in self.allowed_statuses or value == current
            ]
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = (
                "The story's address, /articles/<slug>/. Left empty, it is the headline's "
                f"first words (at most {STORY_SLUG_LENGTH} characters). Lower-case letters, "
                "numbers and hyphens."
            )

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or ""
        if not slug:
            return unique_slug(
                Article,
                self.cleaned_data.get("headline") or "",
                fallback="story",
                short=True,
                exclude_pk=self.instance.pk,
            )
        problem = slug_clash(slug, exclude_pk=self.instance.pk)
        if problem:
            raise forms.ValidationError(problem, code="unique")
        return slug

    def clean_tags(self):
        """Each tag within the tag limit and free of NUL bytes (the database refuses both:
        PostgreSQL with an error, SQLite by storing what no page can show)."""
        tags = self.cleaned_data.get("tags") or []
        problems = [
            f"The tag “{name if len(name) <= 40 else name[:40] + '…'}” {problem}."
            for name in tags
            if (problem := limits.text_problem(name, max_chars=limits.max_tag_chars()))
        ]
        if problems:
            raise forms.ValidationError(problems, code="tag_limit")
        return tags

    def clean(self):
        cleaned = super().clean()
        # self.instance still holds the stored values here: the form copies its data onto
        # the instance only after clean().
        status = cleaned.get("status")
        current = self.instance.status if self.instance.pk else None
        if status and status != current and status not in self.allowed_statuses:
            raise forms.ValidationError(
                {
                    "status": "You can save this story as a draft or submit it for review; "
                    "an editor publishes it."
                }
            )
        return cleaned


_CHANGED = "“{}” was changed by someone else a moment ago and was left as it is: open it to check."


def _embargo_message(article: Article) -> str:
    if article.embargo_until is None:
        return "Embargo lifted"
    return f"Embargo set to {article.embargo_until:%d %b %Y %H:%M} UTC"


class EmbargoFilter(admin.SimpleListFilter):
    title = "embargo"
    parameter_name = "embargo"

    def lookups(self, request, model_admin):
        return [("on", "Under embargo now"), ("off", "Not under embargo")]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "on":
            return queryset.filter(embargo_until__gt=now)
        if self.value() == "off":
            return queryset.exclude(embargo_until__gt=now)
        return queryset


def _link_count():
    links = (
        ArticleCompany.objects.filter(article=OuterRef("pk"))
        .order_by()
        .values("article")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(links, output_field=IntegerField()), Value(0))


class _BoundedFilter(admin.SimpleListFilter):
    """A sidebar filter over the SHOWN most covered rows (plus the one selected), so the
    page stays small and cheap whatever the number of companies or tags."""

    shown = 15

    def lookups(self, request, model_admin):
        rows = list(self.top())
        selected = self.value()
        if selected and selected not in {str(pk) for pk, _ in rows}:
            rows += list(self.named(selected))
        return rows


class CompanyFilter(_BoundedFilter):
    title = "company (most covered)"
    parameter_name = "company"

    def top(self):
        return Company.objects.order_by("-story_count", "name").values_list("pk", "name")[
            : self.shown
        ]

    def named(self, pk):
        return Company.objects.filter(pk=pk).values_list("pk", "name") if pk.isdigit() else []

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            # The plan follows the company's size (ArticleQuerySet._linked).
            size = Company.objects.filter(pk=value).values_list("story_count", flat=True)
            return queryset.covering([int(value)], expected=size.first() or 0)
        return queryset


class TopicFilter(_BoundedFilter):
    title = "topic (most used)"
    parameter_name = "topic"

    def top(self):
        return TopicStats.objects.order_by("-story_count").values_list("tag_id", "tag__name")[
            : self.shown
        ]

    def named(self, pk):
        return Tag.objects.filter(pk=pk).values_list("pk", "name") if pk.isdigit() else []

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            size = TopicStats.objects.filter(tag_id=value).values_list("story_count", flat=True)
            return queryset.tagged(int(value), expected=size.first() or 0)
        return queryset


@admin.register(Article)
class ArticleAdmin(
    CorrectionsAdminMixin,
    PresenceAdminMixin,
    VersionCheckedAdminMixin,
    ReviewWorkflowMixin,
    SuggestionPanelsMixin,
    RevisionsAdmin,
):
    form = ArticleAdminForm
    text_fields = ("headline", "standfirst", "body")
    list_display = ["headline", "state", "published_at", "byline_names", "company_count"]
    # Bounded filters: the most covered companies and topics, never a list of all 20,000.
    list_filter = ["status", EmbargoFilter, CompanyFilter, TopicFilter]
    # Searched through the full-text index (see get_search_results), drafts included.
    search_fields = ["headline", "standfirst", "slug"]
    # No COUNT of the whole archive for "N total" on every filtered page.
    show_full_result_count = False
    # No date_hierarchy: its year links are a DISTINCT over every story's date (0.7 s at
    # 200,000 stories), on every changelist view.
    autocomplete_fields = ["deals", "lead_image"]
    readonly_fields = ["created_by", "created_at", "updated_by", "updated_at"]
    inlines = [BylineInline, ArticleCompanyInline]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (
            None,
            {"fields": ["headline", "slug", "standfirst", "body", "tags", "displayed_version"]},
        ),
        ("Lead picture", {"fields": ["lead_image", "lead_image_caption"]}),
        ("Publication", {"fields": ["status", "published_at", "embargo_until"]}),
        ("Deals reported", {"fields": ["deals"]}),
        (
            "Advanced",
            {
                "classes": ["collapse"],
                "fields": ["created_by", "created_at", "updated_by", "updated_at"],
            },
        ),
    ]

    def get_search_results(self, request, queryset, search_term):
        """The words searched as the site's search takes them (headline, standfirst, body and
        the linked companies' names, through the full-text index, every story whatever its
        state), or a story's whole slug. The admin's own search is a LIKE '%…%' over every
        headline and standfirst: 344 ms at 200,000 stories.

        Bounded as the site's search is: the newest search.ADMIN_POOL matches (by when they were
        written), read first as ids; the list then sorts, counts and pages those. Every
        match of a name in 35,000 stories took 400 ms to count and sort; a note says
        when there were more."""
        query = search.parse(search_term)
        wanted = search_term.strip()
        if not query and not wanted:
            return queryset, False
        found = Q(slug=wanted)
        if query:
            ids = search.backend().newest(queryset, query, search.ADMIN_POOL + 1)
            if len(ids) > search.ADMIN_POOL:
                ids = ids[: search.ADMIN_POOL]
                match = getattr(request, "resolver_match", None)
                if match is not None and match.url_name == "articles_article_changelist":
                    messages.info(
                        request,
                        f"More than {search.ADMIN_POOL:,} stories match: these are the newest "
                        f"{search.ADMIN_POOL:,}, by when they were written. Add words or "
                        "filters to narrow the search.",
                    )
            found |= Q(pk__in=ids)
        return queryset.filter(found), False

    def get_queryset(self, request):
        stories = (
            super()
            .get_queryset(request)
            # Counted for the rows shown only (a correlated subquery), not by grouping
            # the whole archive.
            .annotate(company_total=_link_count())
            .prefetch_related(Prefetch("bylines", queryset=Byline.objects.select_related("author")))
        )
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "articles_article_changelist":
            # The list shows no bodies: reading a page of them sorted the whole archive's
            # text (2.3 s at 200,000 stories).
            stories = stories.defer("body", "body_html")
        return stories

    def may_see_revisions(self, request, obj) -> bool:
        # Editors see every story's revisions; a writer only those of their own drafts.
        if user_can_publish(request.user):
            return True
        return obj.created_by_id == request.user.pk and obj.status in WRITER_STATUSES

    def get_readonly_fields(self, request, obj=None):
        # Only editors set, move or lift an embargo.
        fields = list(super().get_readonly_fields(request, obj))
        if not user_can_publish(request.user):
            fields.append("embargo_until")
        return fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.can_publish = user_can_publish(request.user)
        return form

    def has_change_permission(self, request, obj=None):
        # A live story is changed only by someone who could publish it: for a writer,
        # editing it would be publishing new words without an editor.
        if (
            obj is not None
            and obj.status == Article.Status.PUBLISHED
            and not user_can_publish(request.user)
        ):
            return False
        return super().has_change_permission(request, obj)

    def has_publish_permission(self, request) -> bool:
        return user_can_publish(request.user)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
        if "embargo_until" in form.changed_data:
            self.log_change(request, obj, _embargo_message(obj))
        if "status" in form.changed_data:
            self.record_transition(request, obj, form, change)

    @admin.display(description="State", ordering="status")
    def state(self, article: Article) -> str:
        if article.is_embargoed():
            return f"Embargoed until {article.embargo_until:%d %b %Y %H:%M} UTC"
        if article.is_scheduled():
            return "Scheduled"
        return article.get_status_display()

    @admin.display(description="Bylines")
    def byline_names(self, article: Article) -> str:
        return ", ".join(b.author.name for b in article.bylines.all())

    @admin.display(description="Companies", ordering="company_total")
    def company_count(self, article: "WithAnnotations[Article, _CompanyTotal]") -> int:
        return article.company_total

    @admin.action(description="Publish selected stories", permissions=["publish"])
    def publish(self, request, queryset):
        for article in queryset.exclude(status=Article.Status.PUBLISHED):
            try:
                with transaction.atomic():
                    article_publish(article=article, user=request.user)
            except StaleEdit:
                self.message_user(request, _CHANGED.format(article), messages.ERROR)
                continue
            except ValidationError as error:
                problems = " ".join(error.messages)
                self.message_user(request, f"“{article}” stays a draft: {problems}", messages.ERROR)
                continue
            self.log_change(request, article, "Published")
        self.message_user(request, "The selected stories are published.", messages.SUCCESS)

    @admin.action(description="Unpublish selected stories", permissions=["publish"])
    def unpublish(self, request, queryset):
        for article in queryset.filter(status=Article.Status.PUBLISHED):
            try:
                with transaction.atomic():
                    article_unpublish(article=article, user=request.user)
            except StaleEdit:
                self.message_user(request, _CHANGED.format(article), messages.ERROR)
                continue
            self.log_change(request, article, "Unpublished")
        self.message_user(request, "The selected stories are drafts again.", messages.SUCCESS)
