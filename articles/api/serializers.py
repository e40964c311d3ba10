"""What the API shows of stories, companies and deals: public rows only, absolute links."""

from urllib.parse import urlencode

from django.urls import NoReverseMatch, reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.models import Article, ArticleCompany, Author, Byline, DealEvent, TopicStats
from companies.models import Company
from core.site import absolute_url
from deals.models import Deal, DealParty


def _absolute(serializer: serializers.Serializer, path: str) -> str:
    return absolute_url(path, serializer.context.get("request"))


def _stories_of(serializer: serializers.Serializer, name: str, slug: str) -> str:
    """The API address of the stories list filtered on one company, author, topic..."""
    return _absolute(serializer, f"{reverse('api:story-list')}?{urlencode({name: slug})}")


class _Links(serializers.Serializer):
    """`url` (the reader page) and `api_url` (this object in the API)."""

    api_name = ""

    url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, obj) -> str:
        return _absolute(self, obj.get_absolute_url())

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, obj) -> str:
        return _absolute(self, reverse(f"api:{self.api_name}-detail", kwargs={"slug": obj.slug}))


class CompanyRefSerializer(_Links, serializers.ModelSerializer):
    api_name = "company"

    class Meta:
        model = Company
        fields = ["slug", "name", "url", "api_url"]


class DealRefSerializer(_Links, serializers.ModelSerializer):
    api_name = "deal"

    class Meta:
        model = Deal
        fields = ["slug", "name", "kind", "status", "url", "api_url"]


class StoryRefSerializer(_Links, serializers.ModelSerializer):
    api_name = "story"

    class Meta:
        model = Article
        fields = ["slug", "headline", "published_at", "url", "api_url"]


class BylineSerializer(serializers.ModelSerializer):
    slug = serializers.CharField(source="author.slug")
    name = serializers.CharField(source="author.name")
    url = serializers.SerializerMethodField()

    class Meta:
        model = Byline
        fields = ["slug", "name", "location", "url"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, obj) -> str:
        return _absolute(self, obj.author.get_absolute_url())


class StoryCompanySerializer(serializers.ModelSerializer):
    company = CompanyRefSerializer()

    class Meta:
        model = ArticleCompany
        fields = ["role", "company"]


class StoryListSerializer(_Links, serializers.ModelSerializer):
    api_name = "story"
    bylines = BylineSerializer(many=True)

    class Meta:
        model = Article
        fields = ["slug", "headline", "standfirst", "published_at", "bylines", "url", "api_url"]


class StoryDetailSerializer(StoryListSerializer):
    companies = StoryCompanySerializer(source="company_links", many=True)
    deals = DealRefSerializer(source="public_deals", many=True)
    tags = serializers.SerializerMethodField()

    class Meta(StoryListSerializer.Meta):
        fields = [*StoryListSerializer.Meta.fields, "updated_at", "body_html"]
        fields += ["companies", "deals", "tags"]

    def get_tags(self, obj) -> list[str]:
        return [tag.slug for tag in obj.tags.all()]


class CompanyListSerializer(_Links, serializers.ModelSerializer):
    api_name = "company"

    class Meta:
        model = Company
        fields = ["slug", "name", "sector", "ticker", "website", "story_count", "url", "api_url"]


class RelatedCompanySerializer(CompanyRefSerializer):
    """A parent or a subsidiary: the company, and how the two are tied (`subsidiary`,
    `affiliate`, `stake`) with the stake when known."""

    relation = serializers.CharField()
    stake_percent = serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True)

    class Meta(CompanyRefSerializer.Meta):
        fields = [*CompanyRefSerializer.Meta.fields, "relation", "stake_percent"]


class CompanyDetailSerializer(CompanyListSerializer):
    country = serializers.CharField(help_text="ISO 3166 alpha-2, or empty when unknown.")
    aliases = serializers.SerializerMethodField()
    parents = serializers.SerializerMethodField()
    subsidiaries = serializers.SerializerMethodField()
    deals = DealRefSerializer(source="public_deals", many=True)
    deals_url = serializers.SerializerMethodField()
    coverage = serializers.SerializerMethodField()

    class Meta(CompanyListSerializer.Meta):
        fields = [*CompanyListSerializer.Meta.fields, "country", "description", "aliases"]
        fields += ["parents", "subsidiaries", "deals", "deals_url", "coverage"]

    def get_aliases(self, obj) -> list[str]:
        return [alias.name for alias in obj.aliases.all()]

    def _related(self, relations, side: str):
        companies = []
        for rel in relations:
            company = getattr(rel, side)
            company.relation, company.stake_percent = rel.kind, rel.stake_percent
            companies.append(company)
        return RelatedCompanySerializer(companies, many=True, context=self.context).data

    @extend_schema_field(RelatedCompanySerializer(many=True))
    def get_parents(self, obj):
        return self._related(obj.parent_relations.all(), "parent")

    @extend_schema_field(RelatedCompanySerializer(many=True))
    def get_subsidiaries(self, obj):
        return self._related(obj.child_relations.all(), "child")

    @extend_schema_field(OpenApiTypes.URI)
    def get_deals_url(self, obj) -> str:
        """Every public deal of the company (`deals` holds the latest ten)."""
        return _absolute(self, f"{reverse('api:deal-list')}?{urlencode({'company': obj.slug})}")

    @extend_schema_field(OpenApiTypes.URI)
    def get_coverage(self, obj) -> str:
        return _stories_of(self, "company", obj.slug)


class DealListSerializer(_Links, serializers.ModelSerializer):
    api_name = "deal"

    class Meta:
        model = Deal
        fields = ["slug", "name", "kind", "status", "value", "currency", "stake_percent"]
        fields += ["announced_on", "closed_on", "url", "api_url"]


class DealPartySerializer(serializers.ModelSerializer):
    company = CompanyRefSerializer()

    class Meta:
        model = DealParty
        fields = ["role", "company"]


class DealEventSerializer(serializers.ModelSerializer):
    story = StoryRefSerializer(source="article", allow_null=True)

    class Meta:
        model = DealEvent
        fields = ["date", "status", "note", "story"]


class DealDetailSerializer(DealListSerializer):
    parties = DealPartySerializer(many=True)
    timeline = DealEventSerializer(source="public_events", many=True)

    class Meta(DealListSerializer.Meta):
        fields = [*DealListSerializer.Meta.fields, "summary", "parties", "timeline"]


class AuthorSerializer(_Links, serializers.ModelSerializer):
    """`story_count`: published stories only (kept by articles.live)."""

    api_name = "author"
    stories = serializers.SerializerMethodField()

    class Meta:
        model = Author
        fields = ["slug", "name", "story_count", "url", "api_url", "stories"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_stories(self, obj) -> str:
        return _stories_of(self, "author", obj.slug)


class AuthorDetailSerializer(AuthorSerializer):
    class Meta(AuthorSerializer.Meta):
        fields = [*AuthorSerializer.Meta.fields, "bio"]


class TopicSerializer(serializers.ModelSerializer):
    """A topic (a tag) and its published stories' count (kept by articles.live)."""

    slug = serializers.CharField(source="tag.slug")
    name = serializers.CharField(source="tag.name")
    url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()
    stories = serializers.SerializerMethodField()

    class Meta:
        model = TopicStats
        fields = ["slug", "name", "story_count", "url", "api_url", "stories"]

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_url(self, obj) -> str | None:
        """The reader page; null for a topic whose slug has letters outside a-z (阿里巴巴),
        which the page's address does not take."""
        try:
            return _absolute(self, reverse("topics:detail", kwargs={"slug": obj.tag.slug}))
        except NoReverseMatch:
            return None

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, obj) -> str:
        return _absolute(self, reverse("api:topic-detail", kwargs={"slug": obj.tag.slug}))

    @extend_schema_field(OpenApiTypes.URI)
    def get_stories(self, obj) -> str:
        return _stories_of(self, "topic", obj.tag.slug)
