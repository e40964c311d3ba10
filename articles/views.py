"""The readers' pages. Every story they can reach starts from `Article.objects.published()`."""

from itertools import groupby

from django import forms
from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.generic import DetailView, ListView, TemplateView
from taggit.models import Tag

from companies.models import Company, CompanyRelation
from deals.models import Deal, DealParty

from . import rankings
from .models import Article, ArticleCompany, Author, Byline, DealEvent, published_q

STORIES_PER_PAGE = 10


class PublicPageMixin:
    """Caching headers for reader pages; a staff preview is never cached anywhere."""

    preview = False

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        if self.preview:
            add_never_cache_headers(response)
        elif request.user.is_authenticated:
            patch_cache_control(response, private=True, max_age=0)
        else:
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
        return response


class PublishedArticlesMixin(PublicPageMixin):
    """Lists and pages of stories: published ones only, newest first, ready for cards."""

    paginate_by = STORIES_PER_PAGE

    def get_queryset(self):
        return Article.objects.published().newest_first().for_cards()


def paginate(request, queryset, per_page: int = STORIES_PER_PAGE):
    """A page of `queryset` for `?page=`; a page that is not a number or out of range is a 404."""
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except InvalidPage as exc:
        raise Http404(f"No such page: {exc}") from exc


class HomeView(PublishedArticlesMixin, TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["latest"] = self.get_queryset()[: self.paginate_by]
        context["top_companies"] = rankings.most_covered()
        context["recent_window"] = rankings.RECENT_STORIES
        context["latest_deals"] = Deal.objects.public().with_parties().latest()[:6]
        return context


class ArticleDetailView(PublishedArticlesMixin, DetailView):
    template_name = "articles/article_detail.html"

    def can_preview(self) -> bool:
        return self.request.user.has_perm("articles.change_article")

    def get_queryset(self):
        stories = Article.objects.all() if self.can_preview() else Article.objects.published()
        return stories.with_bylines().prefetch_related(
            Prefetch("company_links", queryset=ArticleCompany.objects.select_related("company")),
            Prefetch("deals", queryset=Deal.objects.public()),
            "tags",
        )

    def get_object(self, queryset=None):
        article = super().get_object(queryset)
        self.preview = not article.is_published()
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = self.preview
        context["related"] = Article.objects.published().related_to(self.object)
        return context


class CompanyListView(PublicPageMixin, ListView):
    template_name = "companies/company_list.html"

    def get_queryset(self):
        return Company.objects.order_by("name")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["letters"] = [
            (letter, list(group))
            for letter, group in groupby(context["object_list"], key=_index_letter)
        ]
        return context


def _index_letter(company: Company) -> str:
    first = company.name[:1].upper()
    return first if first.isalpha() else "#"


class CompanyDetailView(PublicPageMixin, DetailView):
    template_name = "companies/company_detail.html"
    queryset = Company.objects.prefetch_related(
        "aliases",
        Prefetch("parent_relations", queryset=CompanyRelation.objects.select_related("parent")),
        Prefetch("child_relations", queryset=CompanyRelation.objects.select_related("child")),
    )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        company = self.object
        coverage = (
            Article.objects.published().covering(company.group_ids()).newest_first().for_cards()
        )
        context["page_obj"] = paginate(self.request, coverage)
        context["deal_roles"] = (
            DealParty.objects.filter(company=company, deal__in=Deal.objects.public())
            .select_related("deal")
            .prefetch_related(
                Prefetch("deal__parties", queryset=DealParty.objects.select_related("company"))
            )
            .order_by("-deal__announced_on", "deal__name")
        )
        context["co_mentioned"] = rankings.co_mentioned_with(company)
        context["co_mention_window"] = rankings.CO_MENTION_WINDOW
        return context


class DealFilterForm(forms.Form):
    status = forms.ChoiceField(choices=[("", "Any status"), *Deal.Status.choices], required=False)
    kind = forms.ChoiceField(choices=[("", "Any kind"), *Deal.Kind.choices], required=False)


class DealListView(PublicPageMixin, ListView):
    template_name = "deals/deal_list.html"
    paginate_by = 25

    def get(self, request, *args, **kwargs):
        self.filter_form = DealFilterForm(request.GET)
        if not self.filter_form.is_valid():
            return TemplateResponse(
                request, "400.html", {"errors": self.filter_form.errors}, status=400
            )
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        filters = {k: v for k, v in self.filter_form.cleaned_data.items() if v}
        return Deal.objects.public().with_parties().filter(**filters).latest()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_form"] = self.filter_form
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        return context


class DealDetailView(PublicPageMixin, DetailView):
    template_name = "deals/deal_detail.html"
    # A step a story reported shows once that story is public; a step entered from a
    # filing (no story) shows with the deal.
    queryset = (
        Deal.objects.public()
        .with_parties()
        .prefetch_related(
            Prefetch(
                "events",
                queryset=DealEvent.objects.filter(
                    Q(article__isnull=True) | published_q("article__")
                ).select_related("article"),
            )
        )
    )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["coverage"] = (
            Article.objects.published().filter(deals=self.object).newest_first().for_cards()[:20]
        )
        return context


class TopicView(PublishedArticlesMixin, ListView):
    """Stories with a tag. A tag with no published story is not a page readers can see."""

    template_name = "articles/topic.html"
    allow_empty = False

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return super().get_queryset().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


class AuthorView(PublishedArticlesMixin, ListView):
    """An author's published stories; an author with none has no public page."""

    template_name = "articles/author.html"
    allow_empty = False

    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        return (
            super()
            .get_queryset()
            .filter(pk__in=Byline.objects.filter(author=self.author).values("article_id"))
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(author=self.author, **kwargs)
