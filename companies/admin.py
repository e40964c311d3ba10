"""The editors' admin for companies, their aliases and their relations."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, models, transaction
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import urlencode

from core.admin_autocomplete import LabelledAutocompleteInline
from core.admin_locking import VersionCheckedAdminMixin, VersionCheckedForm
from core.admin_revisions import RevisionsAdmin
from core.locking import StaleEdit
from core.text import normalise_name

from .merge import company_merge, plan_moves
from .models import Company, CompanyAlias, CompanyRelation


class CompanyAliasFormSet(BaseInlineFormSet):
    """Two new aliases that normalise alike ("Alibaba", "ALIBABA") pass each row's own
    check, since neither is stored yet; catch them here rather than at the database."""

    def clean(self):
        super().clean()
        seen: dict[str, str] = {}
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data.get("name") or data.get("DELETE"):
                continue
            key = normalise_name(data["name"])
            if key in seen:
                raise ValidationError(f"“{data['name']}” and “{seen[key]}” are the same alias.")
            seen[key] = data["name"]


class CompanyAliasInline(admin.TabularInline):
    model = CompanyAlias
    formset = CompanyAliasFormSet
    extra = 1
    fields = ["name", "needs_context"]


class RelationFormSet(BaseInlineFormSet):
    """The company form's two lists of relations, checked together for a loop of parents.

    Each row's own check (CompanyRelation.clean) sees only what is stored; "Ant is the
    parent of this company" in one list and "this company is the parent of Ant" in the
    other would each pass it and fail at the second save. So the last list checked (the
    subsidiaries) also reads what the first one was sent, and checks every new tie with
    the others of the same form.
    """

    # The two lists' form prefixes, and which end of a tie the company being edited is.
    SIDES = {"parent_relations": "child", "child_relations": "parent"}

    def clean(self):
        super().clean()
        if self.prefix != "child_relations" or any(self.errors):
            return
        me = self.instance.pk or -1  # a company not saved yet has no id; -1 stands for it
        ties, changing = [], []
        for prefix, side in self.SIDES.items():
            for row in self._submitted(prefix):
                if row.get("id", "").isdigit():
                    changing.append(int(row["id"]))
                other = row.get("child" if side == "parent" else "parent", "")
                if row.get("DELETE") or not other.isdigit():
                    continue
                tie = (me, int(other)) if side == "parent" else (int(other), me)
                ties.append((*tie, row.get("kind") or CompanyRelation.Kind.SUBSIDIARY))
        group = [(p, c) for p, c, kind in ties if kind in CompanyRelation.GROUP_KINDS]
        for n, (parent, child) in enumerate(group):
            relation = CompanyRelation(parent_id=parent, child_id=child)
            others = tuple(group[:n] + group[n + 1 :])
            if loop := relation.loop(extra=others, without=tuple(changing)):
                names = dict(Company.objects.filter(pk__in=loop).values_list("pk", "name"))
                names[-1] = str(self.instance.name or "this company")
                chain = " → ".join(names.get(pk, str(pk)) for pk in [*loop, loop[0]])
                raise ValidationError(
                    f"These relations would make a loop of parents: {chain} (each the "
                    "parent of the next)."
                )

    def _submitted(self, prefix: str) -> list[dict[str, str]]:
        total = self.data.get(f"{prefix}-TOTAL_FORMS", "0")
        count = min(int(total), 1000) if total.isdigit() else 0
        fields = ("id", "parent", "child", "kind", "DELETE")
        return [{f: self.data.get(f"{prefix}-{n}-{f}", "") for f in fields} for n in range(count)]


class ParentRelationInline(LabelledAutocompleteInline, admin.TabularInline):
    model = CompanyRelation
    formset = RelationFormSet
    fk_name = "child"
    extra = 0
    autocomplete_fields = ["parent"]
    verbose_name = "parent company"
    verbose_name_plural = "parent companies"


class ChildRelationInline(LabelledAutocompleteInline, admin.TabularInline):
    model = CompanyRelation
    formset = RelationFormSet
    fk_name = "parent"
    extra = 0
    autocomplete_fields = ["child"]
    verbose_name = "subsidiary, affiliate or holding"
    verbose_name_plural = "subsidiaries, affiliates and holdings"


class MergeAdminMixin:
    """“Merge selected duplicates…”: an action, then a page previewing what will move
    into the one kept (chosen there), then the merge in one transaction.

    Editors only: a merge changes one object and deletes the others. Each merge is in
    the admin's log (a change on the one kept, a deletion for each merged). Subclasses
    say how to merge (`merge_objects`) and what else happens (`merge_notes`).
    """

    merge_template = "admin/companies/merge.html"

    def has_merge_permission(self, request):
        return self.has_change_permission(request) and self.has_delete_permission(request)

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_merge"
        merge = path("merge/", self.admin_site.admin_view(self.merge_view), name=name)
        return [merge, *super().get_urls()]

    @admin.action(description="Merge selected duplicates…", permissions=["merge"])
    def merge_selected(self, request, queryset):
        ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
        address = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_merge")
        return HttpResponseRedirect(f"{address}?{urlencode({'ids': ids})}")

    def default_survivor(self, objects):
        return max(objects, key=lambda o: (getattr(o, "story_count", 0), -o.pk))

    def merge_plan(self, survivor, merged):
        return plan_moves(survivor, merged)

    def merge_notes(self, survivor, merged):
        return [f"{merged.get_absolute_url()} will redirect to {survivor.get_absolute_url()}."]

    def merge_objects(self, request, survivor, merged):
        raise NotImplementedError

    def merge_done(self, request, survivor):
        """Where to go after a merge, when not to the change page of the one kept."""
        return None

    def merge_view(self, request):
        if not self.has_merge_permission(request):
            raise PermissionDenied
        data = request.POST if request.method == "POST" else request.GET
        ids = [int(pk) for pk in data.get("ids", "").split(",") if pk.strip().isdigit()]
        objects = list(self.model._default_manager.filter(pk__in=ids))
        changelist = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist")
        if len(objects) < 2:
            self.message_user(
                request,
                f"Select at least two {self.opts.verbose_name_plural} to merge.",
                messages.WARNING,
            )
            return HttpResponseRedirect(changelist)
        keep = data.get("keep", "")
        survivor = next((o for o in objects if str(o.pk) == keep), None)
        survivor = survivor or self.default_survivor(objects)
        merged = [o for o in objects if o.pk != survivor.pk]
        if request.method == "POST" and "confirm" in request.POST:
            done = self._merge(request, objects, survivor, merged)
            if done:
                change = f"admin:{self.opts.app_label}_{self.opts.model_name}_change"
                return self.merge_done(request, survivor) or HttpResponseRedirect(
                    reverse(change, args=[survivor.pk])
                )
            objects = list(self.model._default_manager.filter(pk__in=ids))
            survivor = next(o for o in objects if o.pk == survivor.pk)
            merged = [o for o in objects if o.pk != survivor.pk]
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {self.opts.verbose_name_plural}",
            "opts": self.opts,
            "objects": objects,
            "survivor": survivor,
            "ids": ",".join(str(o.pk) for o in objects),
            "previews": [
                (o, self.merge_plan(survivor, o), self.merge_notes(survivor, o)) for o in merged
            ],
        }
        return TemplateResponse(request, self.merge_template, context)

    def _merge(self, request, objects, survivor, merged):
        for obj in objects:
            if hasattr(obj, "expect_version"):
                shown = request.POST.get(f"version-{obj.pk}", "")
                obj.expect_version(int(shown) if shown.isdigit() else -1)
        names = ", ".join(f"“{o}”" for o in merged)
        try:
            with transaction.atomic():
                pks = [o.pk for o in merged]
                self.log_deletions(request, self.model._default_manager.filter(pk__in=pks))
                self.merge_objects(request, survivor, merged)
                self.log_change(request, survivor, f"Merged {names} into this.")
        except StaleEdit as stale:
            self.message_user(
                request,
                f"“{stale.instance}” was changed by someone else since this preview was "
                "shown, so nothing was merged: check the preview below and merge again.",
                messages.ERROR,
            )
            return False
        except (ValidationError, DatabaseError) as error:
            self.message_user(request, f"Nothing was merged: {error}", messages.ERROR)
            return False
        self.message_user(request, f"Merged {names} into “{survivor}”.", messages.SUCCESS)
        return True


class CompanyForm(VersionCheckedForm):
    # Django 6's default, adopted now: a website typed as "example.com" becomes https://.
    website = forms.URLField(required=False, assume_scheme="https", max_length=200)

    class Meta:
        model = Company
        fields = "__all__"


@admin.register(Company)
class CompanyAdmin(MergeAdminMixin, VersionCheckedAdminMixin, RevisionsAdmin):
    form = CompanyForm
    actions = ["merge_selected"]
    text_fields = ("name", "description")
    list_display = ["name", "country", "sector", "ticker", "story_count"]
    list_filter = ["country", "sector"]
    search_fields = ["name", "aliases__name", "ticker"]
    show_full_result_count = False
    prepopulated_fields = {"slug": ["name"]}
    inlines = [CompanyAliasInline, ParentRelationInline, ChildRelationInline]
    # Django 6's default, adopted now: a website typed as "example.com" becomes https://.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = ["story_count"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "description",
                    "country",
                    "sector",
                    "website",
                    "ticker",
                    "displayed_version",
                ]
            },
        ),  # fmt: skip
        ("Advanced", {"classes": ["collapse"], "fields": ["slug", "story_count"]}),
    ]

    def merge_notes(self, survivor: Company, merged: Company) -> list[str]:
        return [
            f"“{merged.name}” becomes an alias of “{survivor.name}”.",
            *super().merge_notes(survivor, merged),
        ]

    def merge_objects(self, request, survivor: Company, merged: list[Company]) -> None:
        company_merge(survivor=survivor, merged=merged, user=request.user)
