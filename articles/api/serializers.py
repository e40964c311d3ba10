"""What the API shows of stories, companies and deals: public rows only, absolute links."""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.models import Article, ArticleCompany, Byline, DealEvent
from companies.models import Company
from core.site import absolute_url
from deals.models import Deal, DealParty


def _absolute(serializer: serializers.Serializer, path: str) -> str:
    return absolute_url(path, serializer.context.get("request"))


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


class CompanyDetailSerializer(CompanyListSerializer):
    aliases = serializers.SerializerMethodField()
    parents = serializers.SerializerMethodField()
    subsidiaries = serializers.SerializerMethodField()
    deals = DealRefSerializer(source="public_deals", many=True)
    coverage = serializers.SerializerMethodField()

    class Meta(CompanyListSerializer.Meta):
        fields = [*CompanyListSerializer.Meta.fields, "description", "aliases"]
        fields += ["parents", "subsidiaries", "deals", "coverage"]

    def get_aliases(self, obj) -> list[str]:
        return [alias.name for alias in obj.aliases.all()]

    @extend_schema_field(CompanyRefSerializer(many=True))
    def get_parents(self, obj):
        parents = [rel.parent for rel in obj.parent_relations.all()]
        return CompanyRefSerializer(parents, many=True, context=self.context).data

    @extend_schema_field(CompanyRefSerializer(many=True))
    def get_subsidiaries(self, obj):
        children = [rel.child for rel in obj.child_relations.all()]
        return CompanyRefSerializer(children, many=True, context=self.context).data

    @extend_schema_field(OpenApiTypes.URI)
    def get_coverage(self, obj) -> str:
        return _absolute(self, f"{reverse('api:story-list')}?company={obj.slug}")


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
