"""Read-only endpoints. Every story from `Article.objects.published()`, every deal from
`Deal.objects.public()`, every author and topic from its denormalised count of published
stories (`articles.live`), and every related story or deal filtered the same way.

Serving. An anonymous GET is throttled first (so a client sees the same 120/min whether or
not its answers were cached), then goes through the page cache of the reader pages
(`articles.pagecache.serve`): a 304 for a matching If-None-Match / If-Modified-Since before
any query but the public state's, else the cached body under a version-keyed entry, else
the view runs and its body is stored. Answers carry the pages' Cache-Control, ETag,
Last-Modified and Surrogate-Key / Cache-Tag headers (`article-12 company-3 stories`...).

Query budgets (asserted at two data sizes in articles/tests/test_api_budgets.py): the
public state (1) and, per endpoint, a constant number of reads — see `BUDGETS` there.
"""

import re
from datetime import UTC, datetime, time

from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.dateparse import parse_date, parse_datetime
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import generics
from rest_framework import serializers as drf
from rest_framework.exceptions import ParseError
from rest_framework.pagination import CursorPagination

from articles import live, pagecache, search
from articles.models import (
    Article,
    ArticleCompany,
    Author,
    Byline,
    DealEvent,
    TaggedArticle,
    TopicStats,
    published_q,
)
from companies.models import Company, CompanyRelation
from deals.models import Deal, DealParty

from . import serializers

# A slug in an address: what the `slug` path converter takes. In a query parameter, any
# letter is allowed (a topic's slug keeps the letters of its name: 阿里巴巴).
SLUG = r"^[-a-zA-Z0-9_]+$"
SLUG_PARAM = r"^[-\w]+$"
_SLUG_PARAM = re.compile(SLUG_PARAM)
# The latest deals shown on a company; the rest through `deals_url` (the deals list).
DEALS_ON_COMPANY = 10


class StoryCursor(CursorPagination):
    """Newest first; stable while stories are published (no OFFSET into the table)."""

    ordering = ("-published_at", "-id")
    page_size = 20


class PublicAPIView(generics.GenericAPIView):
    """The page cache and conditional GET of the reader pages, for the API.

    DRF has run the throttle by the time `get()` is called; `get()` then hands an anonymous
    request to `pagecache.serve()`, which answers 304 or from the cache before the view's
    own queries run. Views name what they show in `self.keys` (surrogate keys): `list_key`
    on every page of a list, `key_prefix-<pk>` for each object.
    """

    key_prefix = ""
    list_key = ""
    keys: set[str]

    def get(self, request, *args, **kwargs):
        self.keys = set()
        if not pagecache.cacheable(request):
            live.catch_up()
            response = self.answer(request, *args, **kwargs)
            patch_cache_control(response, private=True, max_age=0)
            return response

        def render():
            response = self.finalize_response(
                request, self.answer(request, *args, **kwargs), *args, **kwargs
            )
            response.render()
            keys = self.keys or {"stories"}
            response["Surrogate-Key"] = pagecache.surrogate_keys(keys)
            response["Cache-Tag"] = ",".join(sorted(keys))
            return response

        return pagecache.serve(request, render)

    def answer(self, request, *args, **kwargs):
        raise NotImplementedError

    def tag(self, objects) -> None:
        if self.list_key:
            self.keys.add(self.list_key)
        self.keys.update(f"{self.key_prefix}-{self.key_of(obj)}" for obj in objects)

    def key_of(self, obj) -> int:
        return obj.pk


class PublicList(PublicAPIView, generics.ListAPIView):
    def answer(self, request, *args, **kwargs):
        return self.list(request, *args, **kwargs)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.tag(page if page is not None else [])
        return page


class PublicDetail(PublicAPIView, generics.RetrieveAPIView):
    lookup_field = "slug"

    def answer(self, request, *args, **kwargs):
        return self.retrieve(request, *args, **kwargs)

    def get_object(self):
        obj = super().get_object()
        self.tag([obj])
        return obj


def _public_deals() -> Prefetch:
    return Prefetch(
        "deals", queryset=Deal.objects.public().order_by("name"), to_attr="public_deals"
    )


def _moment(raw: str, name: str, end_of_day: bool = False) -> datetime:
    """An ISO date or date-time from a query parameter, or a 400."""
    try:
        moment = parse_datetime(raw)
        if moment is None:
            day = parse_date(raw)
            if day is not None:
                moment = datetime.combine(day, time.max if end_of_day else time.min)
    except ValueError:
        moment = None
    if moment is None:
        raise ParseError(f"{name}: give an ISO 8601 date (2025-01-31) or date-time.")
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    try:
        # In UTC: PostgreSQL refuses offsets past ±15:59 that ISO 8601 allows (+20:31).
        return moment.astimezone(UTC)
    except OverflowError:
        # A valid date-time whose UTC falls outside years 1–9999 ("0001-01-01T00:11+01:00"):
        # the earliest or the latest moment there is, so it filters as it says.
        return (datetime.min if moment.year == 1 else datetime.max).replace(tzinfo=UTC)


def _slug_param(request, name: str) -> str:
    """A slug from the query string ("" when absent), or a 400: anything else (a NUL, a
    space, 10,000 characters) never reaches the database."""
    value = request.query_params.get(name, "")
    if value and (len(value) > 200 or not _SLUG_PARAM.match(value)):
        raise ParseError(f"{name}: give a slug (letters, digits, - and _).")
    return value


class Problem(drf.Serializer):
    detail = drf.CharField()


def _errors(*codes: int) -> dict:
    """The error answers an endpoint may give, documented for clients (and schemathesis)."""
    return {code: OpenApiResponse(Problem) for code in (*codes, 429)}


# The slug in a detail address, as the URL pattern's `slug` converter accepts it.
SLUG_IN_PATH = OpenApiParameter("slug", {"type": "string", "pattern": SLUG}, OpenApiParameter.PATH)


def _slug(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(
        name, {"type": "string", "pattern": SLUG_PARAM, "maxLength": 200}, description=description
    )


Q_PARAMETER = OpenApiParameter(
    "q",
    OpenApiTypes.STR,
    description=(
        'Full-text search, as on /search/: words, "quoted phrases", OR, -exclusions. '
        f"Cut to {search.MAX_QUERY_CHARS} characters and {search.MAX_TERMS} terms; a query "
        "of nothing but operators finds nothing. Matches are listed newest first, at most "
        f"the newest {search.RANK_WINDOW} (as on /search/): add words or filters to reach "
        "older ones."
    ),
)


@extend_schema_view(
    get=extend_schema(
        parameters=[
            Q_PARAMETER,
            _slug("company", "Stories about or mentioning this company (its slug)."),
            _slug("topic", "Stories with this topic (tag slug)."),
            _slug("author", "Stories by this author (slug)."),
            _slug("deal", "Stories reporting this deal (slug)."),
            OpenApiParameter("published_after", OpenApiTypes.DATETIME, description="ISO date"),
            OpenApiParameter("published_before", OpenApiTypes.DATETIME, description="ISO date"),
        ],
        responses={200: serializers.StoryListSerializer(many=True), **_errors(400, 404)},
    )
)
class StoryList(PublicList):
    serializer_class = serializers.StoryListSerializer
    pagination_class = StoryCursor
    key_prefix, list_key = "article", "stories"

    def get_queryset(self):
        stories = Article.objects.published().with_bylines()
        params = self.request.query_params
        if company := _slug_param(self.request, "company"):
            stories = stories.filter(
                pk__in=ArticleCompany.objects.filter(company__slug=company).values("article")
            )
        if topic := _slug_param(self.request, "topic"):
            stories = stories.filter(
                pk__in=TaggedArticle.objects.filter(tag__slug=topic).values("content_object")
            )
        if author := _slug_param(self.request, "author"):
            stories = stories.filter(
                pk__in=Byline.objects.filter(author__slug=author).values("article")
            )
        if deal := _slug_param(self.request, "deal"):
            stories = stories.filter(
                pk__in=Article.deals.through.objects.filter(deal__slug=deal).values("article")
            )
        if after := params.get("published_after"):
            stories = stories.filter(published_at__gte=_moment(after, "published_after"))
        if before := params.get("published_before"):
            moment = _moment(before, "published_before", end_of_day=True)
            stories = stories.filter(published_at__lte=moment)
        if q := params.get("q", "").strip():
            stories = self.matching(stories, q)
        return stories

    @staticmethod
    def matching(stories, raw: str):
        """The stories among `stories` that match `raw`: /search/'s pool of the newest
        RANK_WINDOW matches (`search.StoryHits.pool`), read by the plan that suits how many
        match, phrases of common words bounded as there; the cursor pages then walk
        those ids alone. A common word never walks the date index past thousands of
        stories that do not match, nor a selective one read every match."""
        query = search.parse(raw)
        if not query:
            return stories.none()
        hits = search.StoryHits(query, search.Filters(), search.NEWEST, stories=stories)
        return stories.filter(pk__in=hits.pool()[: search.RANK_WINDOW])


@extend_schema_view(
    get=extend_schema(
        parameters=[SLUG_IN_PATH],
        responses={200: serializers.StoryDetailSerializer, **_errors(404)},
    )
)
class StoryDetail(PublicDetail):
    serializer_class = serializers.StoryDetailSerializer
    key_prefix = "article"

    def get_queryset(self):
        return (
            Article.objects.published()
            .with_bylines()
            .prefetch_related(
                Prefetch(
                    "company_links",
                    queryset=ArticleCompany.objects.select_related("company").order_by(
                        "role", "company__name"
                    ),
                ),
                _public_deals(),
                "tags",
            )
        )


@extend_schema_view(
    get=extend_schema(responses={200: serializers.CompanyListSerializer(many=True), **_errors(404)})
)
class CompanyList(PublicList):
    serializer_class = serializers.CompanyListSerializer
    queryset = Company.objects.order_by("name", "pk")
    key_prefix, list_key = "company", "companies"


@extend_schema_view(
    get=extend_schema(
        parameters=[SLUG_IN_PATH],
        responses={200: serializers.CompanyDetailSerializer, **_errors(404)},
    )
)
class CompanyDetail(PublicDetail):
    serializer_class = serializers.CompanyDetailSerializer
    key_prefix = "company"

    def get_queryset(self):
        return Company.objects.prefetch_related(
            "aliases",
            Prefetch("parent_relations", CompanyRelation.objects.select_related("parent")),
            Prefetch("child_relations", CompanyRelation.objects.select_related("child")),
            Prefetch(
                "deals",
                queryset=Deal.objects.public().latest()[:DEALS_ON_COMPANY],
                to_attr="public_deals",
            ),
        )


@extend_schema_view(
    get=extend_schema(
        parameters=[
            OpenApiParameter("status", OpenApiTypes.STR, enum=Deal.Status.values),
            OpenApiParameter("kind", OpenApiTypes.STR, enum=Deal.Kind.values),
            _slug("company", "Deals this company is a party to (its slug)."),
        ],
        responses={200: serializers.DealListSerializer(many=True), **_errors(400, 404)},
    )
)
class DealList(PublicList):
    serializer_class = serializers.DealListSerializer
    key_prefix, list_key = "deal", "deals"

    def get_queryset(self):
        deals = Deal.objects.public().latest()
        params = self.request.query_params
        for name, choices in (("status", Deal.Status), ("kind", Deal.Kind)):
            value = params.get(name)
            if value and value not in choices.values:
                raise ParseError(f"{name}: one of {', '.join(choices.values)}.")
            if value:
                deals = deals.filter(**{name: value})
        if company := _slug_param(self.request, "company"):
            deals = deals.filter(
                pk__in=DealParty.objects.filter(company__slug=company).values("deal")
            )
        return deals


@extend_schema_view(
    get=extend_schema(
        parameters=[SLUG_IN_PATH], responses={200: serializers.DealDetailSerializer, **_errors(404)}
    )
)
class DealDetail(PublicDetail):
    serializer_class = serializers.DealDetailSerializer
    key_prefix = "deal"

    def get_queryset(self):
        events = DealEvent.objects.filter(
            Q(article__isnull=True) | published_q("article__")
        ).select_related("article")
        return (
            Deal.objects.public()
            .with_parties()
            .prefetch_related(Prefetch("events", queryset=events, to_attr="public_events"))
        )


@extend_schema_view(
    get=extend_schema(responses={200: serializers.AuthorSerializer(many=True), **_errors(404)})
)
class AuthorList(PublicList):
    """Authors with at least one published story, most active first, then A–Z."""

    serializer_class = serializers.AuthorSerializer
    key_prefix, list_key = "author", "stories"

    def get_queryset(self):
        return (
            Author.objects.filter(story_count__gte=1)
            .defer("bio")
            .order_by("-story_count", "name", "pk")
        )


@extend_schema_view(
    get=extend_schema(
        parameters=[SLUG_IN_PATH],
        responses={200: serializers.AuthorDetailSerializer, **_errors(404)},
    )
)
class AuthorDetail(PublicDetail):
    """An author with no published story is not public (404), as on /authors/<slug>/."""

    serializer_class = serializers.AuthorDetailSerializer
    queryset = Author.objects.filter(story_count__gte=1)
    key_prefix = "author"


@extend_schema_view(
    get=extend_schema(responses={200: serializers.TopicSerializer(many=True), **_errors(404)})
)
class TopicList(PublicList):
    """Topics (tags) with at least one published story, most used first, then A–Z."""

    serializer_class = serializers.TopicSerializer
    key_prefix, list_key = "topic", "stories"

    def get_queryset(self):
        return (
            TopicStats.objects.filter(story_count__gte=1)
            .select_related("tag")
            .order_by("-story_count", "tag__name", "tag_id")
        )

    def key_of(self, obj) -> int:
        return obj.tag_id


@extend_schema_view(
    get=extend_schema(
        parameters=[
            OpenApiParameter(
                "slug", {"type": "string", "pattern": SLUG_PARAM}, OpenApiParameter.PATH
            )
        ],
        responses={200: serializers.TopicSerializer, **_errors(404)},
    )
)
class TopicDetail(PublicDetail):
    serializer_class = serializers.TopicSerializer
    queryset = TopicStats.objects.filter(story_count__gte=1).select_related("tag")
    lookup_field = "tag__slug"
    lookup_url_kwarg = "slug"
    key_prefix = "topic"

    def key_of(self, obj) -> int:
        return obj.tag_id
