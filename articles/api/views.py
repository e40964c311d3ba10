"""Read-only endpoints. Every story from `Article.objects.published()`, every deal from
`Deal.objects.public()`, and every related story or deal filtered the same way.

Query budgets (asserted in articles/tests/test_api.py): at most 8 per request.
"""

from datetime import datetime, time

from django.db.models import Prefetch, Q
from django.utils import timezone
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

from articles.models import Article, ArticleCompany, DealEvent, published_q
from companies.models import Company, CompanyRelation
from deals.models import Deal

from . import serializers


class StoryCursor(CursorPagination):
    """Newest first; stable while stories are published (no OFFSET into the table)."""

    ordering = ("-published_at", "-id")
    page_size = 20


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
    return moment


class Problem(drf.Serializer):
    detail = drf.CharField()


def _errors(*codes: int) -> dict:
    """The error answers an endpoint may give, documented for clients (and schemathesis)."""
    return {code: OpenApiResponse(Problem) for code in (*codes, 429)}


# The slug in a detail address, as the URL pattern's `slug` converter accepts it.
SLUG_IN_PATH = OpenApiParameter(
    "slug", {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"}, OpenApiParameter.PATH
)


def _slug(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.STR, description=description)


@extend_schema_view(
    get=extend_schema(
        parameters=[
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
class StoryList(generics.ListAPIView):
    serializer_class = serializers.StoryListSerializer
    pagination_class = StoryCursor

    def get_queryset(self):
        stories = Article.objects.published().with_bylines()
        params = self.request.query_params
        if company := params.get("company"):
            stories = stories.filter(
                pk__in=ArticleCompany.objects.filter(company__slug=company).values("article")
            )
        if topic := params.get("topic"):
            stories = stories.filter(tags__slug=topic)
        if author := params.get("author"):
            stories = stories.filter(authors__slug=author)
        if deal := params.get("deal"):
            stories = stories.filter(
                pk__in=Article.deals.through.objects.filter(deal__slug=deal).values("article")
            )
        if after := params.get("published_after"):
            stories = stories.filter(published_at__gte=_moment(after, "published_after"))
        if before := params.get("published_before"):
            moment = _moment(before, "published_before", end_of_day=True)
            stories = stories.filter(published_at__lte=moment)
        return stories


@extend_schema_view(
    get=extend_schema(
        parameters=[SLUG_IN_PATH],
        responses={200: serializers.StoryDetailSerializer, **_errors(404)},
    )
)
class StoryDetail(generics.RetrieveAPIView):
    serializer_class = serializers.StoryDetailSerializer
    lookup_field = "slug"

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
class CompanyList(generics.ListAPIView):
    serializer_class = serializers.CompanyListSerializer
    queryset = Company.objects.order_by("name", "pk")


@extend_schema_view(
    get=extend_schema(
        parameters=[SLUG_IN_PATH],
        responses={200: serializers.CompanyDetailSerializer, **_errors(404)},
    )
)
class CompanyDetail(generics.RetrieveAPIView):
    serializer_class = serializers.CompanyDetailSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return Company.objects.prefetch_related(
            "aliases",
            Prefetch("parent_relations", CompanyRelation.objects.select_related("parent")),
            Prefetch("child_relations", CompanyRelation.objects.select_related("child")),
            _public_deals(),
        )


@extend_schema_view(
    get=extend_schema(
        parameters=[
            OpenApiParameter("status", OpenApiTypes.STR, enum=Deal.Status.values),
            OpenApiParameter("kind", OpenApiTypes.STR, enum=Deal.Kind.values),
            _slug("company", "Deals this company is a party to (its slug)."),
        ],
        responses={200: serializers.DealListSerializer(many=True), **_errors(404)},
    )
)
class DealList(generics.ListAPIView):
    serializer_class = serializers.DealListSerializer

    def get_queryset(self):
        deals = Deal.objects.public().latest()
        params = self.request.query_params
        if status := params.get("status"):
            deals = deals.filter(status=status)
        if kind := params.get("kind"):
            deals = deals.filter(kind=kind)
        if company := params.get("company"):
            deals = deals.filter(parties__company__slug=company).distinct()
        return deals


@extend_schema_view(
    get=extend_schema(
        parameters=[SLUG_IN_PATH], responses={200: serializers.DealDetailSerializer, **_errors(404)}
    )
)
class DealDetail(generics.RetrieveAPIView):
    serializer_class = serializers.DealDetailSerializer
    lookup_field = "slug"

    def get_queryset(self):
        events = DealEvent.objects.filter(
            Q(article__isnull=True) | published_q("article__")
        ).select_related("article")
        return (
            Deal.objects.public()
            .with_parties()
            .prefetch_related(Prefetch("events", queryset=events, to_attr="public_events"))
        )
