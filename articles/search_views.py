"""The search page, `/search/?q=`: published stories, ranked or newest first, and the
companies whose names are close to the query. How the index works: articles/search.py."""

from django import forms
from django.core.paginator import InvalidPage, Paginator
from django.db.models import CharField, Value
from django.http import Http404
from django.template.response import TemplateResponse
from django.views.generic import TemplateView
from taggit.models import Tag

from companies.models import Company

from . import search
from .models import Author
from .views import PublicPageMixin


class SearchForm(forms.Form):
    # No max_length: a long query is cut to search.MAX_QUERY_CHARS rather than refused.
    q = forms.CharField(required=False, strip=True)
    company = forms.SlugField(required=False)
    topic = forms.SlugField(required=False)
    author = forms.SlugField(required=False)
    date_from = forms.DateField(required=False, label="From")
    date_to = forms.DateField(required=False, label="To")
    sort = forms.ChoiceField(
        choices=[(search.RELEVANCE, "Most relevant"), (search.NEWEST, "Newest")],
        required=False,
    )

    def filters(self) -> search.Filters:
        data = self.cleaned_data
        return search.Filters(
            company=data["company"],
            topic=data["topic"],
            author=data["author"],
            date_from=data["date_from"],
            date_to=data["date_to"],
        )


class SearchView(PublicPageMixin, TemplateView):
    """Results are never indexed by search engines (`noindex` in the template).

    Queries: the public state (the page cache), the names of the filters in use (one
    query, only when there are filters), companies like the query (two on PostgreSQL: the
    similarity threshold, then the lookup), the pool of newest matches that is the count
    (on PostgreSQL the planner's estimate, then the pool; its statistics too, once every
    few minutes), the page's ids, its cards with snippets, their bylines: ten at most
    whatever the data, eleven when the newest-stories window holds too few matches and
    the pool is read again without it.
    """

    template_name = "articles/search.html"

    def get(self, request, *args, **kwargs):
        # The address says `from` and `to`; `from` is a Python keyword, so the fields
        # are named date_from and date_to.
        data = request.GET.copy()
        for public, name in (("from", "date_from"), ("to", "date_to")):
            if public in data:
                data[name] = data[public]
        self.form = SearchForm(data)
        if not self.form.is_valid():
            return TemplateResponse(request, "400.html", {"errors": self.form.errors}, status=400)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data = self.form.cleaned_data
        query = search.parse(data["q"])
        filters = self.form.filters()
        sort = data["sort"] or (search.RELEVANCE if query else search.NEWEST)
        context.update(
            form=self.form,
            query=query,
            sort=sort,
            filters=filters,
            filter_names=self.filter_names(filters),
            companies=search.companies_like(query) if query else [],
            page_obj=None,
        )
        self.keys.add("search")
        if query or filters:
            hits = search.StoryHits(query, filters, sort)
            paginator = Paginator(hits, search.PER_PAGE)
            try:
                page = paginator.page(self.request.GET.get("page") or 1)
            except InvalidPage as exc:
                raise Http404(f"No such page: {exc}") from exc
            context["page_obj"] = page
            context["more"] = hits.more
            context["limited"] = hits.limited
            context["phrase_candidates"] = search.PHRASE_CANDIDATES
            self.tag_stories(page.object_list)
        self.keys.update(f"company-{company.pk}" for company in context["companies"])
        query_string = self.request.GET.copy()
        query_string.pop("page", None)
        context["query_string"] = query_string.urlencode()
        return context

    @staticmethod
    def filter_names(filters: search.Filters) -> dict[str, str]:
        """The names of the company, topic and author filtered on, in one query."""
        wanted = [
            (kind, model, slug, label)
            for kind, model, slug, label in (
                ("company", Company, filters.company, "name"),
                ("topic", Tag, filters.topic, "name"),
                ("author", Author, filters.author, "name"),
            )
            if slug
        ]
        if not wanted:
            return {}
        parts = [
            model.objects.filter(slug=slug)
            .order_by()
            .values_list(Value(kind, output_field=CharField()), label)
            for kind, model, slug, label in wanted
        ]
        rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        found = dict(rows)
        return {kind: found.get(kind, slug) for kind, _, slug, _ in wanted}
