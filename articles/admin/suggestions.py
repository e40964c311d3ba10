"""The article page's suggestion panels, and the review list of recorded deal suggestions."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_POST

from companies.models import Company
from core.money import format_money

from ..linking import (
    article_analysis,
    article_link_companies,
    deal_create_from_suggestion,
    deal_link_story,
    deals_on_file,
    status_moved,
    suggestion_accept,
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
            path(
                "<path:object_id>/suggestions/deal-on-file/",
                wrap(require_POST(self.link_deal_view)),
                name="articles_article_link_deal",
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
        on_file = deals_on_file(analysis.deals)
        linked_deals = set(article.deals.values_list("pk", flat=True))
        deals = []
        for facts in analysis.deals:
            fingerprint = facts.fingerprint()
            deal = on_file.get(fingerprint)
            moved = deal is not None and status_moved(on_file=deal.status, reported=facts.status)
            if fingerprint in accepted or (deal and deal.pk in linked_deals and not moved):
                continue
            deals.append(
                {
                    "facts": facts,
                    "fingerprint": fingerprint,
                    "value": format_money(facts.value, facts.currency),
                    "parties": [(names[key], role) for key, role in facts.parties.items()],
                    "confidence": round(facts.confidence * 100),
                    "evidence": facts.sentences or [facts.evidence],
                    "on_file": deal,
                    "status_moved": moved,
                }
            )
        return {
            "suggested_companies": [m for m in analysis.companies if m.company not in linked],
            "unmentioned_links": [link for cid, link in linked.items() if cid not in names],
            "suggested_deals": deals,
            "can_accept": self.has_change_permission(request, article),
            "can_create_deal": request.user.has_perm("deals.add_deal"),
            "can_change_deal": request.user.has_perm("deals.change_deal"),
            "event_date": (article.published_at or timezone.now()).date(),
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

    def link_deal_view(self, request, object_id):
        """One click: link the story to the deal already on file that it reports news of,
        and record the step when the status moved."""
        article = self._article_for_change(request, object_id)
        if not request.user.has_perm("deals.change_deal"):
            raise PermissionDenied
        fingerprint = request.POST.get("fingerprint", "")
        if not fingerprint:
            return HttpResponseBadRequest("Which suggested deal? The form sent none.")
        facts = next(
            (d for d in article_analysis(article).deals if d.fingerprint() == fingerprint), None
        )
        deal = deals_on_file([facts]).get(fingerprint) if facts is not None else None
        if deal is None or str(deal.pk) != request.POST.get("deal"):
            self.message_user(
                request,
                "That suggestion no longer matches the story's text or the deal on file; "
                "nothing was linked.",
                messages.ERROR,
            )
            return self._back(article)
        companies = Company.objects.in_bulk(list(facts.parties))
        suggestion, _ = DealSuggestion.record(
            article=article, facts=facts, companies=companies, on_file=deal
        )
        event = deal_link_story(deal=deal, article=article, status=facts.status, user=request.user)
        suggestion.deal, suggestion.state = deal, DealSuggestion.State.ACCEPTED
        suggestion.save(update_fields=["deal", "state"])
        step = (
            f" and recorded “{event.get_status_display()}” on {event.date:%d %b %Y}"
            if event
            else ""
        )
        self.log_change(request, article, f"Linked deal “{deal}” on file from a suggestion")
        if event:
            self.log_change(request, deal, f"Status step from “{article}”{step}")
        self.message_user(request, f"Linked this story to “{deal}”{step}.", messages.SUCCESS)
        return self._back(article)


@admin.register(DealSuggestion)
class DealSuggestionAdmin(admin.ModelAdmin):
    list_display = [
        "__str__", "article", "kind", "status", "terms", "confidence", "on_file", "state",
        "created_at",
    ]  # fmt: skip
    list_filter = ["state", "kind", "status"]
    search_fields = ["article__headline", "evidence"]
    list_select_related = ["article", "on_file"]
    readonly_fields = [
        "article", "kind", "status", "value", "currency", "stake_percent", "parties",
        "evidence", "confidence", "on_file", "state", "deal", "created_at",
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
        description="Accept the selected suggestions (create deals, or link deals on file)",
        permissions=["create_deal"],
    )
    def create_deals(self, request, queryset):
        made, linked = [], []
        pending = queryset.filter(state=DealSuggestion.State.PENDING)
        for suggestion in pending.select_related("article", "on_file"):
            if suggestion.on_file_id is not None:
                if not request.user.has_perm("deals.change_deal"):
                    continue
                deal = suggestion_accept(suggestion=suggestion, user=request.user)
                self.log_change(request, deal, f"Linked “{suggestion.article}” from a suggestion")
                linked.append(deal)
                continue
            deal = deal_create_from_suggestion(suggestion=suggestion, user=request.user)
            self.log_addition(request, deal, f"Created from a suggestion in “{suggestion.article}”")
            made.append(deal)
        self.message_user(
            request,
            f"Created {len(made)} deals and linked {len(linked)} stories to deals on file; "
            "check their details.",
            messages.SUCCESS,
        )

    @admin.action(description="Dismiss the selected suggestions", permissions=["change"])
    def dismiss(self, request, queryset):
        count = queryset.filter(state=DealSuggestion.State.PENDING).update(
            state=DealSuggestion.State.DISMISSED
        )
        self.message_user(request, f"Dismissed {count} suggestions.", messages.INFO)
