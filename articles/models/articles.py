import json
from datetime import datetime, timedelta

import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Greatest, JSONObject
from django.db.models.query import ModelIterable
from django.utils import timezone
from taggit.managers import TaggableManager
from taggit.models import Tag, TaggedItemBase

from companies.models import Company
from core import limits
from core.aggregates import JSONRows
from core.loading import QuickLoad, instances
from core.locking import VersionedModel
from core.prepared import PreparedQuery
from core.urls import slug_url
from deals.models import Deal
from images.body import render_body
from images.models import Image

from .authors import Author

RELATED_WINDOW = 200
RELATED_CANDIDATES = 50
SMALL_LINK_SET = 1000
# Saves this soon after a story goes live are part of publishing it, not a revision.
REVISION_GRACE = timedelta(minutes=5)


class Status(models.TextChoices):
    """Where a story is on the desk. Only `published` is ever public (see `published_q`):
    a story in review is a draft waiting for an editor."""

    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"


def published_q(prefix: str = "", *, now: datetime | None = None) -> Q:
    """THE definition of a public story, as a filter; `prefix` reaches it across a relation.

    A story is public when its status is published, its publication time has come and its
    embargo (if any) has lifted, so a scheduled or embargoed story goes live by itself at
    the later of the two times. Everything public filters through this, via
    `Article.objects.published()` or, across a join, this Q. `now` is the moment asked
    about (the present unless given: a prepared query passes its own).
    """
    now = now or timezone.now()
    return Q(**{f"{prefix}status": Status.PUBLISHED, f"{prefix}published_at__lte": now}) & (
        Q(**{f"{prefix}embargo_until__isnull": True}) | Q(**{f"{prefix}embargo_until__lte": now})
    )


def live_at(prefix: str = "") -> Greatest:
    """When a published story goes (or went) live: the later of its publication time and
    its embargo — as an expression, for "when is the next story due" and "first reported"."""
    published = F(f"{prefix}published_at")
    return Greatest(published, Coalesce(F(f"{prefix}embargo_until"), published))


def story_time() -> "models.DateTimeField[datetime | None, datetime | None]":
    """A link's copy of its story's publication time (`published_at` on ArticleCompany,
    Byline and TaggedArticle), kept by the database itself: the triggers of migration 0017
    (link_times.py) set it on every insert or update of a link and on every change of a
    story's time. A long list of one thing's stories is read newest first from the link
    table's index on it: see `ArticleQuerySet.newest_linked`."""
    return models.DateTimeField(null=True, editable=False)


# The story's relation to each kind of link that carries its time, and the thing's column.
LINKED_BY = {
    "company": ("company_links", "company_id", "article_id"),
    "tag": ("tagged_items", "tag_id", "content_object_id"),
    "author": ("bylines", "author_id", "article_id"),
    "deal": ("deal_links", "deal_id", "article_id"),
}


class ArticleQuerySet(models.QuerySet):
    def published(self, *, now: datetime | None = None) -> "ArticleQuerySet":
        return self.filter(published_q(now=now))

    def newest_first(self) -> "ArticleQuerySet":
        return self.order_by("-published_at", "-pk")

    def with_bylines(self) -> "ArticleQuerySet":
        """Bylines with their authors, in one extra query for the whole list."""
        return self.prefetch_related(
            Prefetch("bylines", queryset=Byline.objects.select_related("author"))
        )

    def with_tags(self) -> "ArticleQuerySet":
        """Each story's tags read inside the story's own query (`tags_json`): a page that
        shows one story saves the prefetch's query. `tags_of()` turns them into tags."""
        rows = (
            TaggedArticle.objects.filter(content_object=OuterRef("pk"))
            .order_by()
            .values("content_object")
            .annotate(rows=JSONRows(JSONObject(id="tag_id", name="tag__name", slug="tag__slug")))
            .values("rows")
        )
        return self.annotate(tags_json=Subquery(rows))

    def for_cards(self) -> "ArticleQuerySet":
        """What a story card shows: no bodies, which can be long; the lead picture comes
        with the story (its renditions are on its row); bylines with their authors."""
        cards = self.select_related("lead_image").defer("body", "body_html")
        # Bylines with their authors' names, in one query once the list is read.
        cards._iterable_class = CardIterable
        return cards

    def covering(self, companies, *, expected: int | None = None) -> "ArticleQuerySet":
        """Stories linked to any of `companies` (ids or a queryset), each once.

        `expected`, the number of published stories when a counter knows it, lets the plan
        follow the size (see `_linked`).
        """
        links = ArticleCompany.objects.filter(company_id__in=companies)
        return self._linked(links, "article_id", expected)

    def reporting(self, deal) -> "ArticleQuerySet":
        """Stories linked to `deal`, newest first, read along its links' times.

        Not the date-index walk of `_linked`: a deal's stories cluster around its own
        dates, so a walk back from today passes years of other stories before the first
        (230 ms for a deal told in 2,000 stories in 2019–20, of 200,000); nor a join that
        reads all of them to sort them (12 ms)."""
        return self.newest_linked("deal", deal.pk)

    def tagged(self, tag, *, expected: int | None = None) -> "ArticleQuerySet":
        """Stories with `tag`."""
        links = TaggedArticle.objects.filter(tag=tag)
        return self._linked(links, "content_object_id", expected)

    def written_by(self, author, *, expected: int | None = None) -> "ArticleQuerySet":
        """Stories with `author` in their byline."""
        links = Byline.objects.filter(author=author)
        return self._linked(links, "article_id", expected)

    def newest_linked(
        self, link: str, thing: int, now: datetime | None = None
    ) -> "ArticleQuerySet":
        """Stories linked to one `thing` (`link`: a key of LINKED_BY), newest
        first, read along the link table's index on (thing, story's time, story): the links'
        copies of their stories' times (link_times.py) give the order, so the database
        reads as many links as the page shows (plus any not public), wherever the thing's
        stories lie in the archive; `now` leaves out the links of stories still to come."""
        relation, field, story = LINKED_BY[link]
        now = now or timezone.now()
        return self.filter(
            **{f"{relation}__{field}": thing, f"{relation}__published_at__lte": now}
        ).order_by(f"-{relation}__published_at", f"-{relation}__{story}")

    def _linked(self, links: QuerySet, story: str, expected: int | None) -> "ArticleQuerySet":
        # A short list of links is read first (one small indexed query) so the database
        # sorts a handful of rows; asked as a subquery, it would walk the whole archive's
        # date index looking for them (120 ms against 2 ms for a company in two stories
        # of 200,000).
        if expected is not None and expected <= SMALL_LINK_SET:
            return self.filter(pk__in=list(links.values_list(story, flat=True)))
        # A page of a long list: walk the date index newest first, testing each story
        # against its own links (one indexed lookup) until the page is full. Under 2 ms
        # for a company in 35,000 stories of 200,000, where gathering its links first
        # costs 10 ms (20 ms for a topic of 50,000).
        return self.filter(Exists(links.filter(**{story: OuterRef("pk")})))

    def related_to(
        self, article: "Article", *, limit: int = 5, where: tuple | None = None
    ) -> list["Article"]:
        """Other stories of this queryset ranked by what they share with `article`:
        companies and deals count three, tags one; ties go to the newest.

        One query, whose cost does not grow with the archive or with how big a shared
        company or topic is. Each company, deal and tag of `article` contributes its newest
        RELATED_WINDOW links (the last made), read backwards along the link table's index
        on the thing, whose entries are in link order; a story's score is its links in
        those windows. The best RELATED_CANDIDATES (ties to
        the newest-made) are then checked against this queryset's filters (`published()`
        for readers) — checked on a few rows, not on every story that shares a big topic.
        `article`'s own links come from what the page prefetched. Returns stories with
        their headline, slug and publication time: enough to link to them.
        """
        DealLink = Article.deals.through
        links: list[tuple[type[models.Model], str, str, int, int]] = [
            *((ArticleCompany, "company_id", "article_id", 3, link.company_id)
              for link in article.company_links.all()),
            *((DealLink, "deal_id", "article_id", 3, deal.pk) for deal in article.deals.all()),
            *((TaggedArticle, "tag_id", "content_object_id", 1, tag.pk)
              for tag in article.tags.all()),
        ]  # fmt: skip
        if not links:
            return []
        windows = " UNION ALL ".join(
            f"SELECT w.story, {weight} AS weight FROM (SELECT {story} AS story "
            f"FROM {model._meta.db_table} WHERE {field} = %s "
            f"ORDER BY id DESC LIMIT {RELATED_WINDOW}) w"
            for model, field, story, weight, _ in links
        )
        # This queryset's filters without `article`, as SQL on the story table (they need no
        # join): compiled here, or handed in (`where`: table, SQL, params), as the story
        # page does from a prepared query (core/prepared.py).
        if where is None:
            query = self.exclude(pk=article.pk).query
            compiler = query.get_compiler(self.db)
            where = (compiler.quote_name_unless_alias(query.get_initial_alias()),
                     *compiler.compile(query.where))  # fmt: skip
        table, filters, where_params = where
        sql = (
            f"SELECT {table}.id, {table}.headline, {table}.slug, {table}.published_at "
            f"FROM {table} JOIN (SELECT c.story, SUM(c.weight) AS score FROM ({windows}) c "
            f"GROUP BY c.story ORDER BY score DESC, c.story DESC LIMIT {RELATED_CANDIDATES}) s "
            f"ON s.story = {table}.id WHERE {filters} "
            f"ORDER BY s.score DESC, {table}.published_at DESC, {table}.id DESC LIMIT %s"
        )
        params = [pk for *_, pk in links]
        # Read by hand and loaded directly: a raw queryset's set-up cost as much as the
        # five rows it reads.
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, [*params, *where_params, limit])
            rows = cursor.fetchall()
        return instances(self.model, self.db, ("id", "headline", "slug", "published_at"), rows)


@reversion.register(
    follow=("bylines", "company_links", "tagged_items"), exclude=("version", "body_html")
)
class Article(VersionedModel):  # type: ignore[django-manager-missing]  # see TaggedArticle
    Status = Status

    headline = models.CharField(max_length=255)
    slug = models.SlugField(
        max_length=255, unique=True, help_text="The story's address: /articles/<slug>/."
    )
    standfirst = models.CharField(
        max_length=400, blank=True, help_text="The one or two sentences under the headline."
    )
    body = models.TextField(
        help_text="Markdown. Headings start at ##; links as [text](https://…); pictures from "
        'the library as ![what it shows](image:42 "wide") (sizes: small, medium, wide).'
    )
    body_html = models.TextField(editable=False, default="")
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text="Draft: yours to work on. In review: waiting for an editor. Published: "
        "goes live at its publication time. Only published stories ever show to readers.",
    )
    submitted_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the story was last submitted for review (the review queue is oldest "
        "first); cleared when it leaves review.",
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="A future time schedules the story: it appears by itself then. Left empty, "
        "publishing sets it to now.",
    )
    embargo_until = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Nothing can make the story public before this time — no publish, import, "
        "API or admin action — however it is scheduled. It appears by itself at the later "
        "of this and its publication time. Only editors set, move or lift an embargo.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    authors: "models.ManyToManyField[Author, Byline]" = models.ManyToManyField(
        Author, through="Byline", related_name="articles"
    )
    companies: "models.ManyToManyField[Company, ArticleCompany]" = models.ManyToManyField(
        Company, through="ArticleCompany", related_name="articles"
    )
    deals = models.ManyToManyField(Deal, blank=True, related_name="articles")
    tags = TaggableManager(
        through="TaggedArticle", blank=True, help_text="Topics, comma-separated."
    )
    lead_image = models.ForeignKey(
        Image,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lead_for",
        help_text="Shown at the top of the story, on its cards and when it is shared. Pick "
        "from the picture library; it needs alt text before the story is published.",
    )
    lead_image_caption = models.CharField(
        max_length=500,
        blank=True,
        help_text="Replaces the library's caption for this story only.",
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_published_idx"),
            # The admin's list, newest first, whatever the status.
            models.Index(fields=["published_at", "id"], name="article_date_idx"),
            models.Index(
                fields=["embargo_until"],
                name="article_embargo_idx",
                condition=Q(embargo_until__isnull=False),
            ),
        ]
        permissions = [("publish_article", "Can publish and unpublish articles")]

    def __str__(self) -> str:
        return self.headline

    def save(self, *args, **kwargs) -> None:
        rendered = render_body(self.body)
        self.body_html = rendered.html
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        if self.status != Status.IN_REVIEW:
            self.submitted_at = None
        elif self.submitted_at is None:
            self.submitted_at = timezone.now()
        adding = self._state.adding
        super().save(*args, **kwargs)
        if rendered.used or not adding:  # a new story without pictures has no links to drop
            ArticleBodyImage.sync(self, rendered.used)

    def get_absolute_url(self) -> str:
        return slug_url("articles:detail", self.slug)

    def is_published(self) -> bool:
        """`published()` for one row already in memory."""
        now = timezone.now()
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
            and not self.is_embargoed(now)
        )

    def is_embargoed(self, now=None) -> bool:
        return self.embargo_until is not None and self.embargo_until > (now or timezone.now())

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

    def clean_fields(self, exclude=None) -> None:
        """The columns' own checks, then the limits of core/limits.py (settings, which a
        field's max_length cannot read): no NUL byte in the text, a body of at most
        NEWSROOM_MAX_BODY_CHARS. The admin's form and the importers refuse the same."""
        try:
            super().clean_fields(exclude)
            errors: dict = {}
        except ValidationError as exc:
            errors = exc.update_error_dict({})
        sizes = {
            "headline": None,
            "standfirst": None,
            "body": limits.max_body_chars(),
            "lead_image_caption": None,
        }
        for name, messages in limits.field_errors(self, sizes, exclude).items():
            errors.setdefault(name, []).extend(messages)
        if errors:
            raise ValidationError(errors)

    def clean(self) -> None:
        problems = self.picture_problems(publishing=self.status == Status.PUBLISHED)
        if problems:
            raise ValidationError(problems)

    def picture_problems(self, *, publishing: bool) -> dict[str, str]:
        """What is wrong with the story's pictures, by field: a reference to no picture,
        and — when it is to be published — a picture with no alt text."""
        problems = {}
        rendered = render_body(self.body)
        if rendered.unknown:
            numbers = ", ".join(sorted(set(rendered.unknown)))
            problems["body"] = f"No picture in the library has the number {numbers}."
        elif rendered.bad_sizes:
            problems["body"] = (
                f"Picture sizes are small, medium or wide, not {', '.join(rendered.bad_sizes)}."
            )
        elif publishing and rendered.missing_alt:
            numbers = ", ".join(f"#{n}" for n in rendered.missing_alt)
            problems["body"] = (
                f"Pictures {numbers} have no alt text: write it in the brackets, "
                "![what it shows](image:N), or in the picture library, before publishing."
            )
        lead_image = self.lead_image if publishing else None
        if lead_image is not None and not lead_image.alt_text:
            problems["lead_image"] = (
                f"The lead picture “{self.lead_image}” has no alt text: add it in the picture "
                "library (say what it shows, in one sentence) before publishing."
            )
        return problems


class ArticleBodyImage(models.Model):
    """A library picture shown in a story's body; derived from the body on save. It keeps
    a picture a story shows from being deleted (and says where it is used)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="body_image_links")
    image = models.ForeignKey(Image, on_delete=models.PROTECT, related_name="in_bodies")

    class Meta:
        verbose_name = "picture in a story's body"
        constraints = [
            models.UniqueConstraint(fields=["article", "image"], name="article_body_image_once"),
        ]

    def __str__(self) -> str:
        return f"In the body of “{self.article}”"

    @property
    def usage_target(self) -> "Article":
        return self.article

    @classmethod
    def sync(cls, article: Article, image_ids: list[int]) -> None:
        stored = set(cls.objects.filter(article=article).values_list("image_id", flat=True))
        wanted = set(image_ids)
        if stored - wanted:
            cls.objects.filter(article=article, image__in=stored - wanted).delete()
        if wanted - stored:
            ArticleBodyImage.objects.bulk_create(
                [ArticleBodyImage(article=article, image_id=pk) for pk in wanted - stored],
                ignore_conflicts=True,
            )


@reversion.register()
class Byline(QuickLoad):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="bylines")
    order = models.PositiveSmallIntegerField(default=0)
    location = models.CharField(
        max_length=100, blank=True, help_text="Where they filed from: London."
    )
    published_at = story_time()

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="byline_author_once"),
        ]
        indexes = [
            models.Index(fields=["author", "published_at", "article"], name="byline_time_idx")
        ]

    def __str__(self) -> str:
        return f"{self.author} in {self.location}" if self.location else str(self.author)


def _card_bylines(**stories: int) -> "QuerySet[Byline]":
    return (
        Byline.objects.filter(article_id__in=list(stories.values()))
        .select_related("author")
        .only("article_id", "order", "location", "author__name", "author__slug")
        .order_by("article_id", "order", "pk")
    )


# Built once per database and number of stories (core/prepared.py).
CARD_BYLINES = PreparedQuery(Byline, _card_bylines)
CARD_BYLINES_PREPARED_UP_TO = 100


def attach_bylines(stories: list[Article]) -> None:
    """Each story's bylines and their authors, as `with_bylines()` prefetches them, in one
    prepared query (no queryset built per page, nor one per story as a prefetch makes:
    together 1.5 ms on a page of twenty, the most Python the results took).
    `story.bylines.all()` then reads them. The authors carry what a card shows: their name
    and slug."""
    if not stories:
        return
    db = stories[0]._state.db or DEFAULT_DB_ALIAS
    found: dict[int, list[Byline]] = {story.pk: [] for story in stories}
    ids = {f"story{i}": pk for i, pk in enumerate(found)}
    # A page of cards is prepared (one statement per length); a longer list, which would
    # be a statement of its own, is asked as it is.
    if len(ids) <= CARD_BYLINES_PREPARED_UP_TO:
        bylines = CARD_BYLINES.run_on(db, **ids)
    else:
        bylines = list(_card_bylines(**ids).using(db))
    for byline in bylines:
        found[byline.article_id].append(byline)
    for story in stories:
        story.__dict__.setdefault("_prefetched_objects_cache", {})["bylines"] = found[story.pk]


class CardIterable(ModelIterable):
    """Stories for cards (`for_cards()`), each handed its bylines by `attach_bylines` once
    the list is read: one prepared query, without a prefetch's machinery (a third of a
    small company's page in process)."""

    def __iter__(self):
        stories = list(super().__iter__())
        attach_bylines(stories)
        yield from stories


class StoryDealTime(models.Model):
    """A row of the story↔deal table (`Article.deals`'s own many-to-many table) with the
    story's time the database copies onto it (link_times.py), to read a deal's stories
    newest first along its index. Not managed: Django makes and writes the table for
    `Article.deals`; the column and its index are migration 0017's."""

    article = models.ForeignKey(
        Article, on_delete=models.DO_NOTHING, db_constraint=False, related_name="deal_links"
    )
    deal = models.ForeignKey(
        Deal, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    published_at = models.DateTimeField(null=True)

    class Meta:
        managed = False
        db_table = "articles_article_deals"


@reversion.register()
class ArticleCompany(QuickLoad):
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
    published_at = story_time()

    class Meta:
        ordering = ["role", "company__name"]
        verbose_name = "company in this story"
        verbose_name_plural = "companies in this story"
        constraints = [
            models.UniqueConstraint(fields=["article", "company"], name="article_company_once"),
        ]
        indexes = [
            models.Index(fields=["company", "article"], name="article_company_rev_idx"),
            # Related coverage reads a company's newest links (by link id) and their
            # stories from this index alone, never the table: half the story page's query.
            models.Index(fields=["company", "id", "article"], name="article_company_window_idx"),
            models.Index(
                fields=["company", "published_at", "article"], name="article_company_time_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.company} ({self.role})"


@reversion.register()
class TaggedArticle(TaggedItemBase):
    """A real foreign key to Article, instead of taggit's generic relation.

    django-taggit ships no type information, so the plugin cannot type the reverse manager
    `Article.tagged_items` (hence the narrow ignore on Article)."""

    content_object: "models.ForeignKey[Article, Article]" = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="tagged_items"
    )
    published_at: "models.DateTimeField[datetime | None, datetime | None]" = story_time()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="tagged_article_once"),
        ]
        # A tag's newest links and their stories, from the index alone (related coverage).
        indexes = [
            models.Index(fields=["tag", "id", "content_object"], name="tagged_article_window_idx"),
            models.Index(
                fields=["tag", "published_at", "content_object"], name="tagged_article_time_idx"
            ),
        ]


def tags_of(article: Article) -> list[Tag]:
    """`article.tags.all()` without a query, when the story was read `with_tags()`: the tags
    become the tag manager's prefetched result, so every later `.tags.all()` (templates,
    structured data, related coverage) reads them from there. Sorted by name."""
    cache = article.__dict__.setdefault("_prefetched_objects_cache", {})
    if "tags" not in cache:
        if not hasattr(article, "tags_json"):
            return list(article.tags.all())
        tags = []
        for row in json.loads(article.tags_json or "[]"):
            tag = Tag(id=row["id"], name=row["name"], slug=row["slug"])
            tag._state.adding, tag._state.db = False, article._state.db
            tags.append(tag)
        tags.sort(key=lambda tag: (tag.name.casefold(), tag.pk))
        # The list itself, not the manager's queryset with its result filled in as Django's
        # prefetch leaves it: making that queryset cost the story page a quarter of a
        # millisecond, and the page only reads the tags.
        cache["tags"] = tags
    return list(cache["tags"])
