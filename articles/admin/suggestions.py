"""The article page's writing aids — the suggestion panels (from the saved text, or from
the text as typed through the "Suggest companies and deals" endpoint), a writer's proposal
of a deal, the address checked as you type — and the review list of recorded deal
suggestions."""

import re
from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_slug
from django.db import transaction
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from companies.models import Company
from core.money import format_money
from core.slugs import unique_slug
from deals.models import Deal
from intelligence.analysis import StoryAnalysis, analyse_story
from intelligence.deals import DealFacts

from ..linking import (
    article_analysis,
    article_link_companies,
    deal_create_from_suggestion,
    deal_create_from_terms,
    deal_link_story,
    deals_on_file,
    status_moved,
    suggestion_accept,
)
from ..models import Article, DealEvent, DealSuggestion

# Suggestions still waiting for an editor's decision.
OPEN_STATES = (DealSuggestion.State.PENDING, DealSuggestion.State.PROPOSED)
PANEL_TEMPLATE = "admin/articles/article/suggestions.html"
# The inline rows of the story form that link a company: "company_links-0-company".
_LINK_FIELD = re.compile(r"^company_links-(\d+)-company$")
# More text than any story: the endpoint refuses it rather than analysing it.
MAX_TEXT = 200_000
# What the panel's one-click actions on unsaved text put in the story form (suggest.js),
# applied when the story is saved (SuggestionPanelsMixin.save_related):
PROPOSE_FIELD = "_propose_deal"  # a suggested deal's fingerprint: a writer's proposal
CREATED_FIELD = "_created_deal"  # "<deal id>:<fingerprint>": a deal made from the text
ON_FILE_FIELD = "_on_file_deal"  # "<deal id>:<fingerprint>": a deal on file the text reports


def _pairs(values: list[str]) -> dict[int, str]:
    """deal id → fingerprint, from the form's "<id>:<fingerprint>" values."""
    found = {}
    for value in values:
        pk, _, fingerprint = value.partition(":")
        if pk.isdigit() and fingerprint:
            found[int(pk)] = fingerprint
    return found


@transaction.atomic
def deal_create_from_text(*, facts: DealFacts, companies: dict[Any, Company], user: Any) -> Deal:
    """An editor's "Create deal" on a story not saved yet: the deal, its parties and its
    first status step, linked to no story. The story form links it (the deals field), and
    saving the story attaches the step to the story (SuggestionPanelsMixin.save_related).
    Not public by itself: a deal is public once a published story reports it."""
    if not user.has_perm("deals.add_deal"):
        raise PermissionDenied("You do not have permission to create deals.")
    draft = DealSuggestion(**DealSuggestion.fields_from(facts, companies))
    return deal_create_from_terms(draft, day=timezone.now().date())


def slug_clash(slug: str, *, exclude_pk=None) -> str:
    """What is wrong with `slug` as a story's address ("" when it is free)."""
    clash = Article.objects.filter(slug=slug).exclude(pk=exclude_pk).only("headline").first()
    if clash is None:
        return ""
    free = unique_slug(Article, slug, fallback="story", exclude_pk=exclude_pk)
    return (
        f"Another story, “{clash.headline}”, already has the address /articles/{slug}/. "
        f"Choose another one, such as “{free}”."
    )


def _posted_company_ids(data) -> set[int]:
    """The companies the story form's inline rows link (not marked for deletion)."""
    found = set()
    for key, value in data.items():
        match = _LINK_FIELD.match(key)
        if match and value.isdigit() and not data.get(f"company_links-{match[1]}-DELETE"):
            found.add(int(value))
    return found


def proposed_by_line(suggestion: DealSuggestion) -> str:
    """ "Proposed by Wendy Writer, 25 Nov 2026 19:40" ("" if nobody proposed it)."""
    if suggestion.proposed_at is None:
        return ""
    who = suggestion.proposer_name() or "a writer"
    when = timezone.localtime(suggestion.proposed_at)
    return f"Proposed by {who}, {when:%d %b %Y %H:%M}"


def _accept_message(
    suggestion: DealSuggestion, deal: Deal, was_proposed: bool, *, on_file: bool = False
) -> str:
    """The story's log entry when an editor accepts a suggested deal."""
    if was_proposed:
        who = suggestion.proposer_name() or "a writer"
        verb = "linked" if on_file else "created"
        return f"Accepted the deal “{deal}” proposed by {who} ({verb})"
    if on_file:
        return f"Linked deal “{deal}” on file from a suggestion"
    return f"Linked deal “{deal}” from a suggestion"


def _live_action(deal: dict, context: dict) -> str:
    """The one-click action a suggested deal offers on unsaved text, as on a saved story:
    an editor links the deal on file or creates the deal; a writer proposes it."""
    if deal["on_file"] is not None and context["can_change_deal"]:
        return "link"
    if deal["on_file"] is None and context["can_create_deal"]:
        return "create"
    if deal["proposed"] or deal["pending_proposal"] or context["can_create_deal"]:
        return ""
    return "propose"


class SuggestionPanelsMixin:
    """For ArticleAdmin: what the text says that the links do not, with one-click accepts,
    from the saved story or from the text as typed."""

    # ModelAdmin's, for the type checker.
    admin_site: Any
    message_user: Callable[..., Any]
    log_change: Callable[..., Any]
    log_addition: Callable[..., Any]
    get_object: Callable[..., Any]
    has_add_permission: Callable[..., bool]
    has_change_permission: Callable[..., bool]

    def get_urls(self) -> list:
        wrap = self.admin_site.admin_view
        return [
            path(
                "suggest/",
                wrap(require_POST(self.suggest_view)),
                name="articles_article_suggest",
            ),
            path(
                "suggest/deal/",
                wrap(require_POST(self.suggest_create_deal_view)),
                name="articles_article_suggest_create_deal",
            ),
            path("slug/", wrap(require_GET(self.slug_view)), name="articles_article_slug"),
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
            path(
                "<path:object_id>/suggestions/propose-deal/",
                wrap(require_POST(self.propose_deal_view)),
                name="articles_article_propose_deal",
            ),
            *super().get_urls(),  # type: ignore[misc]
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        url_name = getattr(request.resolver_match, "url_name", "")
        if url_name in ("articles_article_add", "articles_article_change"):
            if request.method == "POST":
                # The form came back with errors: the panel follows the text as posted.
                context.update(
                    self.live_suggestions_context(
                        request, request.POST, article=obj, whole_form=True
                    )
                )
            elif obj is not None:
                context.update(self.suggestions_context(request, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_add(self, request, obj, post_url_continue=None):
        if "_suggest" in request.POST:
            return self._saved_with_suggestions(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if "_suggest" in request.POST:
            return self._saved_with_suggestions(request, obj)
        return super().response_change(request, obj)

    def _saved_with_suggestions(self, request, obj: Article) -> HttpResponseRedirect:
        """ "Save and suggest", the no-script way to the panels: save, then the change page."""
        self.message_user(
            request,
            f"Saved “{obj}”. What its text names is under “Suggested companies” and "
            "“Suggested deals”.",
            messages.SUCCESS,
        )
        url = reverse("admin:articles_article_change", args=[obj.pk])
        return HttpResponseRedirect(f"{url}#suggestions")

    def suggestions_context(self, request, article: Article) -> dict:
        analysis = article_analysis(article)
        linked = {link.company_id: link for link in article.company_links.select_related("company")}
        names = {m.company: m.name for m in analysis.companies}
        context = self._panel_context(
            request,
            analysis,
            article=article,
            linked_companies=set(linked),
            linked_deals=set(article.deals.values_list("pk", flat=True)),
        )
        context["unmentioned_links"] = [link for cid, link in linked.items() if cid not in names]
        context["can_accept"] = self.has_change_permission(request, article)
        return context

    def live_suggestions_context(
        self, request, data, *, article: Article | None, whole_form: bool = False
    ) -> dict:
        """The panels for the text as typed (`data`: the form's fields), not yet saved.
        Their one-click actions work on the form (suggest.js): Link adds a company row,
        Create deal makes the deal and selects it, Propose keeps the proposal in the form;
        saving the story keeps them. `whole_form`: `data` is the story form as posted
        (it came back with errors), so an empty deals field means no deals."""
        analysis = analyse_story(
            headline=data.get("headline", "")[:MAX_TEXT],
            standfirst=data.get("standfirst", "")[:MAX_TEXT],
            body=data.get("body", "")[:MAX_TEXT],
        )
        linked = _posted_company_ids(data)
        if article is not None and not any(_LINK_FIELD.match(key) for key in data):
            linked = set(article.company_links.values_list("company_id", flat=True))
        if whole_form or "_deals_sent" in data:
            deals = {int(pk) for pk in data.getlist("deals") if pk.isdigit()}
        else:
            deals = set(article.deals.values_list("pk", flat=True)) if article else set()
        context = self._panel_context(
            request, analysis, article=article, linked_companies=linked, linked_deals=deals
        )
        may = self.has_change_permission(request, article) if article else self._may_write(request)
        context.update(
            {
                "unmentioned_links": [],
                "can_accept": may,
                "live": True,
                "pending_proposals": [
                    fp for fp in data.getlist(PROPOSE_FIELD) if fp and len(fp) <= 500
                ],
                "pending_created": [v for v in data.getlist(CREATED_FIELD) if len(v) <= 520],
                "pending_on_file": [v for v in data.getlist(ON_FILE_FIELD) if len(v) <= 520],
            }
        )
        pending = set(context["pending_proposals"])
        for deal in context["suggested_deals"]:
            deal["pending_proposal"] = deal["fingerprint"] in pending
            deal["live_action"] = _live_action(deal, context) if may else ""
        return context

    def _panel_context(
        self,
        request,
        analysis: StoryAnalysis,
        *,
        article: Article | None,
        linked_companies: set,
        linked_deals: set,
    ) -> dict:
        handled: set[str] = set()
        proposed: dict[str, DealSuggestion] = {}
        if article is not None:
            for suggestion in article.deal_suggestions.exclude(
                state=DealSuggestion.State.PENDING
            ).select_related("proposed_by"):
                if suggestion.state == DealSuggestion.State.PROPOSED:
                    proposed[suggestion.fingerprint] = suggestion
                else:
                    handled.add(suggestion.fingerprint)
        names = {m.company: m.name for m in analysis.companies}
        on_file = deals_on_file(analysis.deals)
        deals: list[dict[str, Any]] = []
        for facts in analysis.deals:
            fingerprint = facts.fingerprint()
            deal = on_file.get(fingerprint)
            moved = deal is not None and status_moved(on_file=deal.status, reported=facts.status)
            if fingerprint in handled or (deal and deal.pk in linked_deals and not moved):
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
                    "proposed": fingerprint in proposed,
                    "proposed_line": (
                        proposed_by_line(proposed[fingerprint]) if fingerprint in proposed else ""
                    ),
                }
            )
        return {
            "suggested_companies": [
                m for m in analysis.companies if m.company not in linked_companies
            ],
            "suggested_deals": deals,
            "can_create_deal": request.user.has_perm("deals.add_deal"),
            "can_change_deal": request.user.has_perm("deals.change_deal"),
            "event_date": (
                article.published_at if article and article.published_at else timezone.now()
            ).date(),
            "live": False,
        }

    def _may_write(self, request) -> bool:
        return self.has_add_permission(request) or self.has_change_permission(request)

    def suggest_view(self, request):
        """The panels for the text as typed (POST: headline, standfirst, body, and the
        story's `object_id` when it is saved): HTML, or JSON when asked for."""
        if not self._may_write(request):
            raise PermissionDenied
        article = None
        object_id = request.POST.get("object_id", "")
        if object_id:
            article = self.get_object(request, unquote(object_id))
            if article is None:
                raise Http404("No such story.")
        if not any(request.POST.get(name, "").strip() for name in ("headline", "body")):
            return HttpResponseBadRequest("Type a headline or a body first.")
        context = self.live_suggestions_context(request, request.POST, article=article)
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse(
                {
                    "companies": [
                        {"id": m.company, **m.as_json()} for m in context["suggested_companies"]
                    ],
                    "deals": [
                        {
                            **d["facts"].as_json(),
                            "confidence": d["confidence"],
                            "on_file": d["on_file"].slug if d["on_file"] else None,
                        }
                        for d in context["suggested_deals"]
                    ],  # fmt: skip
                }
            )
        return HttpResponse(render_to_string(PANEL_TEMPLATE, context, request=request))

    def suggest_create_deal_view(self, request):
        """An editor's "Create deal" on text not saved yet (POST: headline, standfirst,
        body, fingerprint): the text is read again here, so only a deal it suggests can be
        made; JSON {id, name, url, fingerprint}. The form then selects the deal, and saving
        the story links it."""
        if not self._may_write(request) or not request.user.has_perm("deals.add_deal"):
            raise PermissionDenied
        fingerprint = request.POST.get("fingerprint", "")
        if not fingerprint:
            return HttpResponseBadRequest("Which suggested deal? The form sent none.")
        analysis = analyse_story(
            headline=request.POST.get("headline", "")[:MAX_TEXT],
            standfirst=request.POST.get("standfirst", "")[:MAX_TEXT],
            body=request.POST.get("body", "")[:MAX_TEXT],
        )
        facts = next((d for d in analysis.deals if d.fingerprint() == fingerprint), None)
        if facts is None:
            return JsonResponse(
                {"error": "That suggestion no longer matches the text; no deal was created."},
                status=409,
            )
        companies = Company.objects.in_bulk(list(facts.parties))
        deal = deal_create_from_text(facts=facts, companies=companies, user=request.user)
        headline = request.POST.get("headline", "").strip()[:120] or "a story not saved yet"
        self.log_addition(request, deal, f"Created from a suggestion in “{headline}” (unsaved)")
        return JsonResponse(
            {
                "id": deal.pk,
                "name": deal.name,
                "url": reverse("admin:deals_deal_change", args=[deal.pk]),
                "fingerprint": fingerprint,
            }
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if any(request.POST.getlist(f) for f in (PROPOSE_FIELD, CREATED_FIELD, ON_FILE_FIELD)):
            self._apply_form_suggestions(request, form.instance)

    def _apply_form_suggestions(self, request, article: Article) -> None:
        """What the panel's actions on unsaved text left in the form, now that the story
        is saved: a writer's proposals are recorded (as from the saved story's panel); a
        deal an editor created from the text gets the story on its first status step; a
        deal on file the text reports records its step forward. Each is read against the
        saved text: a fingerprint it no longer suggests is ignored."""
        by_fingerprint = {d.fingerprint(): d for d in article_analysis(article).deals}
        companies = Company.objects.in_bulk(
            list({key for facts in by_fingerprint.values() for key in facts.parties})
        )
        linked = set(article.deals.values_list("pk", flat=True))
        for fingerprint in dict.fromkeys(request.POST.getlist(PROPOSE_FIELD)):
            facts = by_fingerprint.get(fingerprint)
            if facts is None:
                continue
            on_file = deals_on_file([facts]).get(fingerprint)
            suggestion, _ = DealSuggestion.record(
                article=article, facts=facts, companies=companies, on_file=on_file
            )
            if suggestion.propose(user=request.user):
                self.log_change(
                    request, article, f"Proposed the deal “{suggestion}” to the editors"
                )
        if not request.user.has_perm("deals.add_deal"):
            return
        created = _pairs(request.POST.getlist(CREATED_FIELD))
        for deal in Deal.objects.filter(pk__in=set(created) & linked):
            facts = by_fingerprint.get(created[deal.pk])
            if facts is None:
                continue
            # The step made with the deal, before there was a story to tie it to.
            DealEvent.objects.filter(deal=deal, article__isnull=True, status=deal.status).update(
                article=article
            )
            suggestion, _ = DealSuggestion.record(article=article, facts=facts, companies=companies)
            self._accepted(request, article, suggestion, deal)
        if not request.user.has_perm("deals.change_deal"):
            return
        reported = _pairs(request.POST.getlist(ON_FILE_FIELD))
        for deal in Deal.objects.filter(pk__in=set(reported) & linked):
            facts = by_fingerprint.get(reported[deal.pk])
            if facts is None or deals_on_file([facts]).get(reported[deal.pk]) != deal:
                continue
            suggestion, _ = DealSuggestion.record(
                article=article, facts=facts, companies=companies, on_file=deal
            )
            event = deal_link_story(
                deal=deal, article=article, status=facts.status, user=request.user
            )
            if event:
                self.log_change(request, deal, f"Status step from “{article}”")
            self._accepted(request, article, suggestion, deal)

    def _accepted(self, request, article: Article, suggestion: DealSuggestion, deal: Deal):
        """Mark `suggestion` accepted as `deal`, and log it on the story."""
        was_proposed = suggestion.state == DealSuggestion.State.PROPOSED
        if suggestion.state != DealSuggestion.State.ACCEPTED:
            suggestion.deal, suggestion.state = deal, DealSuggestion.State.ACCEPTED
            suggestion.save(update_fields=["deal", "state"])
        self.log_change(request, article, _accept_message(suggestion, deal, was_proposed))

    def slug_view(self, request):
        """The address as you type: ?slug= is checked; without one, ?headline= gives the
        short, free address it would get. JSON {slug, available, message}."""
        if not self._may_write(request):
            raise PermissionDenied
        exclude = request.GET.get("object_id") or None
        if exclude is not None and not exclude.isdigit():
            return HttpResponseBadRequest("object_id must be a number.")
        slug = request.GET.get("slug", "").strip()
        if not slug:
            made = unique_slug(
                Article, request.GET.get("headline", ""), fallback="story", short=True,
                exclude_pk=exclude,
            )  # fmt: skip
            return JsonResponse({"slug": made, "available": True, "message": ""})
        try:
            validate_slug(slug)
        except ValidationError:
            message = "Use only lower-case letters, numbers and hyphens."
            return JsonResponse({"slug": slug, "available": False, "message": message})
        problem = slug_clash(slug, exclude_pk=exclude)
        return JsonResponse({"slug": slug, "available": not problem, "message": problem})

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

    def _posted_deal(self, request, article, fingerprint: str, outcome: str):
        """The suggested deal a button posted (by its fingerprint), read afresh from the
        story's text; None, with a message saying `outcome`, when the text no longer
        suggests it."""
        facts = next(
            (d for d in article_analysis(article).deals if d.fingerprint() == fingerprint), None
        )
        if facts is None:
            self.message_user(
                request,
                f"That suggestion no longer matches the story's text; {outcome}.",
                messages.ERROR,
            )
        return facts

    def create_deal_view(self, request, object_id):
        article = self._article_for_change(request, object_id)
        if not request.user.has_perm("deals.add_deal"):
            raise PermissionDenied
        fingerprint = request.POST.get("fingerprint", "")
        if not fingerprint:
            return HttpResponseBadRequest("Which suggested deal? The form sent none.")
        facts = self._posted_deal(request, article, fingerprint, "it was not created")
        if facts is None:
            return self._back(article)
        companies = Company.objects.in_bulk(list(facts.parties))
        suggestion, _ = DealSuggestion.record(article=article, facts=facts, companies=companies)
        was_proposed = suggestion.state == DealSuggestion.State.PROPOSED
        deal = deal_create_from_suggestion(suggestion=suggestion, user=request.user)
        self.log_addition(request, deal, f"Created from a suggestion in “{article}”")
        self.log_change(request, article, _accept_message(suggestion, deal, was_proposed))
        self.message_user(
            request,
            f"Created “{deal}” and linked it to this story. Check its details.",
            messages.SUCCESS,
        )
        return redirect("admin:deals_deal_change", deal.pk)

    def propose_deal_view(self, request, object_id):
        """A writer, who cannot create deals, records a suggested deal for an editor: it
        waits on the story (and in the review list) as "proposed" until an editor creates
        or links it in one click, or dismisses it."""
        article = self._article_for_change(request, object_id)
        fingerprint = request.POST.get("fingerprint", "")
        if not fingerprint:
            return HttpResponseBadRequest("Which suggested deal? The form sent none.")
        facts = self._posted_deal(request, article, fingerprint, "nothing was proposed")
        if facts is None:
            return self._back(article)
        companies = Company.objects.in_bulk(list(facts.parties))
        on_file = deals_on_file([facts]).get(fingerprint)
        suggestion, _ = DealSuggestion.record(
            article=article, facts=facts, companies=companies, on_file=on_file
        )
        if suggestion.propose(user=request.user):
            self.log_change(request, article, f"Proposed the deal “{suggestion}” to the editors")
        self.message_user(
            request,
            f"Proposed “{suggestion}”: an editor will create it (or link it) from this story.",
            messages.SUCCESS,
        )
        return self._back(article)

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
        was_proposed = suggestion.state == DealSuggestion.State.PROPOSED
        event = deal_link_story(deal=deal, article=article, status=facts.status, user=request.user)
        suggestion.deal, suggestion.state = deal, DealSuggestion.State.ACCEPTED
        suggestion.save(update_fields=["deal", "state"])
        step = (
            f" and recorded “{event.get_status_display()}” on {event.date:%d %b %Y}"
            if event
            else ""
        )
        self.log_change(
            request, article, _accept_message(suggestion, deal, was_proposed, on_file=True)
        )
        if event:
            self.log_change(request, deal, f"Status step from “{article}”{step}")
        self.message_user(request, f"Linked this story to “{deal}”{step}.", messages.SUCCESS)
        return self._back(article)


@admin.register(DealSuggestion)
class DealSuggestionAdmin(admin.ModelAdmin):
    list_display = [
        "__str__", "article", "kind", "status", "terms", "confidence", "on_file", "state",
        "proposed", "created_at",
    ]  # fmt: skip
    list_filter = ["state", "kind", "status"]
    search_fields = ["article__headline", "evidence"]
    list_select_related = ["article", "on_file", "proposed_by"]
    readonly_fields = [
        "article", "kind", "status", "value", "currency", "stake_percent", "parties",
        "evidence", "confidence", "on_file", "state", "deal", "proposed", "created_at",
    ]  # fmt: skip
    exclude = ["fingerprint", "proposed_by", "proposed_at"]
    actions = ["create_deals", "dismiss"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="Proposed by", ordering="proposed_at")
    def proposed(self, suggestion: DealSuggestion) -> str:
        return proposed_by_line(suggestion) or "—"

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
        pending = queryset.filter(state__in=OPEN_STATES)
        for suggestion in pending.select_related("article", "on_file", "proposed_by"):
            was_proposed = suggestion.state == DealSuggestion.State.PROPOSED
            if suggestion.on_file_id is not None:
                if not request.user.has_perm("deals.change_deal"):
                    continue
                deal = suggestion_accept(suggestion=suggestion, user=request.user)
                self.log_change(request, deal, f"Linked “{suggestion.article}” from a suggestion")
                linked.append(deal)
            else:
                deal = deal_create_from_suggestion(suggestion=suggestion, user=request.user)
                self.log_addition(
                    request, deal, f"Created from a suggestion in “{suggestion.article}”"
                )
                made.append(deal)
            message = _accept_message(
                suggestion, deal, was_proposed, on_file=suggestion.on_file_id is not None
            )
            self.log_change(request, suggestion.article, message)
        self.message_user(
            request,
            f"Created {len(made)} deals and linked {len(linked)} stories to deals on file; "
            "check their details.",
            messages.SUCCESS,
        )

    @admin.action(description="Dismiss the selected suggestions", permissions=["change"])
    def dismiss(self, request, queryset):
        count = queryset.filter(state__in=OPEN_STATES).update(state=DealSuggestion.State.DISMISSED)
        self.message_user(request, f"Dismissed {count} suggestions.", messages.INFO)
