"""The article page's suggestion panels, and the review list of recorded deal suggestions."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import path
from django.views.decorators.http import require_POST

from companies.models import Company
from core.money import format_money

from ..linking import (
    article_analysis,
    article_link_companies,
    deal_create_from_suggestion,
)
from ..models import Article, DealSuggestion


class SuggestionPanelsMixin:
    """For ArticleAdmin: what the text says that the links do not, with one-click accepts."""

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/suggestions/companies/",
                wrap(require_POST(self.accept_companies_view)),
                name="articles_article_accept_companies",
            ),
            path(
                "<path:object_id>/suggestions/deal/",
                wrap(require_POST(self.create_deal_view)),
                name="articles_article_create_deal",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is not None and request.method == "GET":
            extra_context = {**(extra_context or {}), **self.suggestions_context(request, article)}
        return super().change_view(request, object_id, form_url, extra_context)

    def suggestions_context(self, request, article: Article) -> dict:
        analysis = article_analysis(article)
        linked = {link.company_id: link for link in article.company_links.select_related("company")}
        names = {m.company: m.name for m in analysis.companies}
        accepted = set(
            article.deal_suggestions.exclude(state=DealSuggestion.State.PENDING).values_list(
                "fingerprint", flat=True
            )
        )
        deals = [
            {
                "facts": facts,
                "fingerprint": facts.fingerprint(),
                "value": format_money(facts.value, facts.currency),
                "parties": [(names[key], role) for key, role in facts.parties.items()],
            }
            for facts in analysis.deals
            if facts.fingerprint() not in accepted
        ]
        return {
            "suggested_companies": [m for m in analysis.companies if m.company not in linked],
            "unmentioned_links": [link for cid, link in linked.items() if cid not in names],
            "suggested_deals": deals,
            "can_accept": self.has_change_permission(request, article),
            "can_create_deal": request.user.has_perm("deals.add_deal"),
        }

    def _article_for_change(self, request, object_id) -> Article:
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("No such story.")
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        return article

    def _back(self, article: Article) -> HttpResponseRedirect:
        return redirect("admin:articles_article_change", article.pk)

    def accept_companies_view(self, request, object_id):
        article = self._article_for_change(request, object_id)
        only = None
        if "all" not in request.POST:
            try:
                only = {int(v) for v in request.POST.getlist("company")}
            except ValueError:
                return HttpResponseBadRequest("Company ids must be numbers.")
            if not only:
                return HttpResponseBadRequest("Choose a company to link, or accept all.")
        created = article_link_companies(
            article=article, mentions=article_analysis(article).companies, only=only
        )
        if created:
            names = ", ".join(
                Company.objects.filter(pk__in=[c.company_id for c in created]).values_list(
                    "name", flat=True
                )
            )
            self.log_change(request, article, f"Linked companies from suggestions: {names}")
            self.message_user(request, f"Linked {names}.", messages.SUCCESS)
        else:
            self.message_user(request, "Nothing new to link.", messages.INFO)
        return self._back(article)

    def create_deal_view(self, request, object_id):
        article = self._article_for_change(request, object_id)
        if not request.user.has_perm("deals.add_deal"):
            raise PermissionDenied
        fingerprint = request.POST.get("fingerprint", "")
        if not fingerprint:
            return HttpResponseBadRequest("Which suggested deal? The form sent none.")
        facts = next(
            (d for d in article_analysis(article).deals if d.fingerprint() == fingerprint), None
        )
        if facts is None:
            self.message_user(
                request,
                "That suggestion no longer matches the story's text; it was not created.",
                messages.ERROR,
            )
            return self._back(article)
        companies = Company.objects.in_bulk(list(facts.parties))
        suggestion, _ = DealSuggestion.record(article=article, facts=facts, companies=companies)
        deal = deal_create_from_suggestion(suggestion=suggestion, user=request.user)
        self.log_addition(request, deal, f"Created from a suggestion in “{article}”")
        self.log_change(request, article, f"Linked deal “{deal}” from a suggestion")
        self.message_user(
            request,
            f"Created “{deal}” and linked it to this story. Check its details.",
            messages.SUCCESS,
        )
        return redirect("admin:deals_deal_change", deal.pk)


@admin.register(DealSuggestion)
class DealSuggestionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "article", "kind", "status", "terms", "state", "created_at"]
    list_filter = ["state", "kind", "status"]
    search_fields = ["article__headline", "evidence"]
    list_select_related = ["article"]
    readonly_fields = [
        "article", "kind", "status", "value", "currency", "stake_percent", "parties",
        "evidence", "state", "deal", "created_at",
    ]  # fmt: skip
    exclude = ["fingerprint"]
    actions = ["create_deals", "dismiss"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="Terms")
    def terms(self, suggestion: DealSuggestion) -> str:
        stake = f"{suggestion.stake_percent.normalize():f}%" if suggestion.stake_percent else ""
        return " · ".join(
            filter(None, [format_money(suggestion.value, suggestion.currency), stake])
        )

    def has_create_deal_permission(self, request) -> bool:
        return request.user.has_perm("deals.add_deal")

    @admin.action(
        description="Create deals from the selected suggestions", permissions=["create_deal"]
    )
    def create_deals(self, request, queryset):
        made = []
        for suggestion in queryset.filter(state=DealSuggestion.State.PENDING).select_related(
            "article"
        ):
            deal = deal_create_from_suggestion(suggestion=suggestion, user=request.user)
            self.log_addition(request, deal, f"Created from a suggestion in “{suggestion.article}”")
            made.append(deal)
        self.message_user(
            request, f"Created {len(made)} deals; check their details.", messages.SUCCESS
        )

    @admin.action(description="Dismiss the selected suggestions", permissions=["change"])
    def dismiss(self, request, queryset):
        count = queryset.filter(state=DealSuggestion.State.PENDING).update(
            state=DealSuggestion.State.DISMISSED
        )
        self.message_user(request, f"Dismissed {count} suggestions.", messages.INFO)
