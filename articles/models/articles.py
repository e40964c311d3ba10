from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from companies.models import Company
from core.markup import render_markdown
from deals.models import Deal

from .authors import Author

RELATED_WINDOW = 200
# Saves this soon after a story goes live are part of publishing it, not a revision.
REVISION_GRACE = timedelta(minutes=5)


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


def published_q(prefix: str = "") -> Q:
    """THE definition of a public story, as a filter; `prefix` reaches it across a relation.

    A story is public when its status is published and its publication time has come, so a
    scheduled story (published, with a future time) goes live by itself. Everything public
    filters through this, via `Article.objects.published()` or, across a join, this Q.
    """
    return Q(**{f"{prefix}status": Status.PUBLISHED, f"{prefix}published_at__lte": timezone.now()})


def _count_subquery(model, field: str, values) -> Coalesce:
    """How many rows of `model` link the outer article to one of `values` through `field`."""
    article_field = "content_object" if model is TaggedArticle else "article"
    rows = (
        model.objects.filter(**{article_field: OuterRef("pk"), f"{field}__in": values})
        .order_by()
        .values(article_field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


class ArticleQuerySet(models.QuerySet):
    def published(self) -> "ArticleQuerySet":
        return self.filter(published_q())

    def newest_first(self) -> "ArticleQuerySet":
        return self.order_by("-published_at", "-pk")

    def with_bylines(self) -> "ArticleQuerySet":
        """Bylines with their authors, in one extra query for the whole list."""
        return self.prefetch_related(
            Prefetch("bylines", queryset=Byline.objects.select_related("author"))
        )

    def for_cards(self) -> "ArticleQuerySet":
        """What a story card shows: no bodies, which can be long."""
        return self.with_bylines().defer("body", "body_html")

    def covering(self, companies) -> "ArticleQuerySet":
        """Stories linked to any of `companies` (ids or a queryset), each once."""
        return self.filter(
            pk__in=ArticleCompany.objects.filter(company__in=companies).values("article_id")
        )

    def related_to(self, article: "Article", *, limit: int = 5) -> "ArticleQuerySet":
        """Other stories ranked by what they share with `article`: companies, deals, tags.

        One query. The newest RELATED_WINDOW stories sharing anything at all are scored, so
        the cost does not grow with the archive; each score is a correlated count over a
        link table. `article`'s own links are read from what the page already prefetched.
        """
        company_ids = [link.company_id for link in article.company_links.all()]
        deal_ids = [deal.pk for deal in article.deals.all()]
        tag_ids = [tag.pk for tag in article.tags.all()]
        DealLink = Article.deals.through
        sharing = (
            Q(pk__in=ArticleCompany.objects.filter(company__in=company_ids).values("article"))
            | Q(pk__in=DealLink.objects.filter(deal__in=deal_ids).values("article"))
            | Q(pk__in=TaggedArticle.objects.filter(tag__in=tag_ids).values("content_object"))
        )
        candidates = (
            self.filter(sharing).exclude(pk=article.pk).newest_first().values("pk")[:RELATED_WINDOW]
        )
        score = (
            _count_subquery(ArticleCompany, "company", company_ids) * 3
            + _count_subquery(DealLink, "deal", deal_ids) * 3
            + _count_subquery(TaggedArticle, "tag", tag_ids)
        )
        return (
            self.filter(pk__in=candidates)
            .annotate(relevance=score)
            .order_by("-relevance", "-published_at")[:limit]
        )


class Article(models.Model):
    Status = Status

    headline = models.CharField(max_length=255)
    slug = models.SlugField(
        max_length=255, unique=True, help_text="The story's address: /articles/<slug>/."
    )
    standfirst = models.CharField(
        max_length=400, blank=True, help_text="The one or two sentences under the headline."
    )
    body = models.TextField(help_text="Markdown. Headings start at ##; links as [text](https://…).")
    body_html = models.TextField(editable=False, default="")
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text="Published stories go live at their publication time; drafts never show.",
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="A future time schedules the story: it appears by itself then. Left empty, "
        "publishing sets it to now.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    authors = models.ManyToManyField(Author, through="Byline", related_name="articles")
    companies = models.ManyToManyField(Company, through="ArticleCompany", related_name="articles")
    deals = models.ManyToManyField(Deal, blank=True, related_name="articles")
    tags = TaggableManager(
        through="TaggedArticle", blank=True, help_text="Topics, comma-separated."
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["status", "published_at"], name="article_published_idx")]
        permissions = [("publish_article", "Can publish and unpublish articles")]

    def __str__(self) -> str:
        return self.headline

    def save(self, *args, **kwargs) -> None:
        self.body_html = render_markdown(self.body)
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"slug": self.slug})

    def is_published(self) -> bool:
        """`published()` for one row already in memory."""
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    def revised_at(self):
        """When the story was last edited after it went live, or None.

        A story entered after its publication time (a backdated import) is not "updated"
        by being entered, hence the later of the two times.
        """
        if self.published_at is None:
            return None
        live_since = max(self.published_at, self.created_at)
        return self.updated_at if self.updated_at - live_since > REVISION_GRACE else None

    def is_scheduled(self) -> bool:
        return self.status == Status.PUBLISHED and not self.is_published()


class Byline(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="bylines")
    order = models.PositiveSmallIntegerField(default=0)
    location = models.CharField(
        max_length=100, blank=True, help_text="Where they filed from: London."
    )

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="byline_author_once"),
        ]

    def __str__(self) -> str:
        return f"{self.author} in {self.location}" if self.location else str(self.author)


class ArticleCompany(models.Model):
    class Role(models.TextChoices):
        ABOUT = "about", "About"
        MENTIONS = "mentions", "Mentions"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="company_links")
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="article_links")
    role = models.CharField(
        max_length=10,
        choices=Role.choices,
        default=Role.ABOUT,
        help_text="About: the story is about it. Mentions: named in passing.",
    )

    class Meta:
        ordering = ["role", "company__name"]
        verbose_name = "company in this story"
        verbose_name_plural = "companies in this story"
        constraints = [
            models.UniqueConstraint(fields=["article", "company"], name="article_company_once"),
        ]
        indexes = [models.Index(fields=["company", "article"], name="article_company_rev_idx")]

    def __str__(self) -> str:
        return f"{self.company} ({self.role})"


class TaggedArticle(TaggedItemBase):
    """A real foreign key to Article, instead of taggit's generic relation."""

    content_object = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="tagged_article_once"),
        ]
