"""Tags kept clean: the editors' tag admin, in place of django-taggit's own.

taggit's TagAdmin merged through its generic TaggedItem (which stories do not use, so
"Tags have been merged" changed nothing), had no permission check on its merge view and
answered an empty selection with a 500. This one works on every tagging table (stories',
pictures', taggit's own), through the same row-moving code as company merges:

- rename: the old slug, `/topics/<old>/` and its feed, redirect to the new one (301);
- merge several tags into one: every tagging moved, none duplicated, the merged tags'
  addresses redirected, the topic count recounted and the public version bumped;
- delete unused tags (a tag still on a story or a picture is never deleted here);
- a page of tags that differ only by case, accents or white space, each group merged in
  one click;
- autocomplete for the story form's tag box (a JSON view and a small script, with the
  plain text box still working without JavaScript);
- a new tag that normalises like an existing one reuses it (`tags_from_string`, set as
  TAGGIT_TAGS_FROM_STRING, so every tag form does it).

Renaming, merging and deleting are for editors (change and delete permissions on tags);
writers may look tags up. Every action is written to the admin's log.
"""

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, IntegerField, OuterRef, QuerySet, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from taggit.forms import TagWidget
from taggit.models import ItemBase, Tag
from taggit.utils import _parse_tags

from companies.admin import MergeAdminMixin
from companies.merge import move_related
from core.text import normalise_name

from .. import live
from ..models import TaggedArticle, TopicRedirect

AUTOCOMPLETE_LIMIT = 10


def tag_key(name: str) -> str:
    """THE form in which two tag names are the same tag: case, accents and white space
    aside (“Digital  Silk Road”, “digital silk road”, “Dígital Silk Road”)."""
    decomposed = unicodedata.normalize("NFKD", normalise_name(name))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def reuse_existing(names: Iterable[str]) -> list[str]:
    """`names` with each replaced by the existing tag's name it normalises like, and
    names that normalise alike given once."""
    wanted: dict[str, str] = {}
    for name in names:
        wanted.setdefault(tag_key(name), " ".join(name.split()))
    if not wanted:
        return []
    existing: dict[str, str] = {}
    for name in Tag.objects.order_by("pk").values_list("name", flat=True).iterator():
        existing.setdefault(tag_key(name), name)
    return [existing.get(key, name) for key, name in wanted.items()]


def tags_from_string(text: str) -> list[str]:
    """taggit's parsing of a tag box, then `reuse_existing` (TAGGIT_TAGS_FROM_STRING)."""
    return reuse_existing(_parse_tags(text))


def _tagging_relations():
    """(model, key) of every table that tags something: stories, pictures, taggit's own."""
    for rel in Tag._meta.related_objects:
        if rel.one_to_many and issubclass(rel.related_model, ItemBase):
            yield rel.related_model, rel.field


def in_use() -> Any:
    """Whether a tag is on anything, as an expression over the outer tag."""
    used: Any = None
    for model, field in _tagging_relations():
        exists = Exists(model._default_manager.filter(**{field.name: OuterRef("pk")}))
        used = exists if used is None else used | exists
    return used


def unused(tags: QuerySet) -> QuerySet:
    return tags.alias(used=in_use()).filter(used=False)


def _article_keys(tag_ids: Iterable[int]) -> list[str]:
    stories = TaggedArticle.objects.filter(tag__in=list(tag_ids)).values_list(
        "content_object_id", flat=True
    )
    return [f"article-{pk}" for pk in stories.distinct()]


def _unique_slug(tag: Tag, name: str) -> str:
    others = Tag.objects.exclude(pk=tag.pk)
    slug = tag.slugify(name)
    n = 1
    while others.filter(slug=slug).exists():
        slug = tag.slugify(name, n)
        n += 1
    return slug


def same_tag(name: str, *, exclude: Tag | None = None) -> Tag | None:
    """The existing tag `name` normalises like, if any."""
    key = tag_key(name)
    for tag in Tag.objects.exclude(pk=getattr(exclude, "pk", None)).only("pk", "name"):
        if tag_key(tag.name) == key:
            return tag
    return None


def tag_rename(*, tag: Tag, name: str) -> str:
    """Rename `tag` (its slug follows; the old one redirects) and return the old slug."""
    name = " ".join(name.split())
    other = same_tag(name, exclude=tag)
    if other is not None:
        raise ValidationError(f"“{other.name}” is already a tag: merge the two instead.")
    old_slug = tag.slug
    with transaction.atomic():
        tag.name, tag.slug = name, _unique_slug(tag, name)
        tag.save()
        if tag.slug != old_slug:
            TopicRedirect.objects.update_or_create(old_slug=old_slug, defaults={"tag": tag})
            TopicRedirect.objects.filter(old_slug=tag.slug).delete()
        live.bump_version(keys=[f"topic-{tag.pk}", *_article_keys([tag.pk])])
    return old_slug


def tags_merge(*, into: Tag, tags: Sequence[Tag]) -> None:
    """Merge `tags` into `into` in one transaction: every tagging moved (none twice), the
    merged tags' addresses redirected to `into`'s, its topic count recounted."""
    tags = [t for t in tags if t.pk != into.pk]
    if not tags:
        raise ValidationError("Choose at least one tag to merge into the one kept.")
    with transaction.atomic():
        keys = [f"topic-{t.pk}" for t in [into, *tags]] + _article_keys(t.pk for t in tags)
        for tag in tags:
            move_related(into, tag)
            TopicRedirect.objects.update_or_create(old_slug=tag.slug, defaults={"tag": into})
        Tag.objects.filter(pk__in=[t.pk for t in tags]).delete()
        TopicRedirect.objects.filter(old_slug=into.slug).delete()
        live.refresh_authors_and_topics(tags=[into.pk])
        live.bump_version(keys=keys)


def duplicate_groups() -> list[list[Tag]]:
    """Tags that differ only by case, accents or white space, most used first in each."""
    groups: dict[str, list[Tag]] = {}
    for tag in _with_counts(Tag.objects.all()).order_by("-story_count", "pk"):
        groups.setdefault(tag_key(tag.name), []).append(tag)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0].name.casefold())


def _with_counts(tags: QuerySet) -> QuerySet:
    return tags.annotate(
        story_count=Coalesce("stats__story_count", Value(0), output_field=IntegerField())
    )


class TagAutocompleteWidget(TagWidget):
    """The story form's tag box, with suggestions from the existing tags as you type.

    Still a plain comma-separated text box: without JavaScript it works as before.
    """

    class Media:
        js = ["admin/js/tag-autocomplete.js"]

    def get_context(self, name, value, attrs):
        attrs = {
            **(attrs or {}),
            "data-tag-autocomplete": reverse("admin:taggit_tag_autocomplete"),
            "autocomplete": "off",
        }
        return super().get_context(name, value, attrs)


class TagForm(forms.ModelForm):
    class Meta:
        model = Tag
        fields = ["name"]
        help_texts = {
            "name": "Renaming moves the topic page: the old address redirects to the new one."
        }

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        other = same_tag(name, exclude=self.instance if self.instance.pk else None)
        if other is not None:
            raise ValidationError(
                f"“{other.name}” is already a tag (names differing only by case, accents or "
                "spaces are one tag): merge the two instead."
            )
        return name


class UsedFilter(admin.SimpleListFilter):
    title = "use"
    parameter_name = "used"

    def lookups(self, request, model_admin):
        return [("yes", "On a story or picture"), ("no", "Unused")]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.alias(used=in_use()).filter(used=self.value() == "yes")
        return queryset


# taggit's own registration (taggit comes before this app in INSTALLED_APPS, so the
# admin's autodiscovery has made it) is replaced: see the module docstring.
admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(MergeAdminMixin, admin.ModelAdmin):
    form = TagForm
    list_display = ["name", "slug", "stories"]
    list_filter = [UsedFilter]
    search_fields = ["name"]
    ordering = ["name"]
    readonly_fields = ["slug"]
    actions = ["merge_selected", "delete_unused"]
    change_list_template = "admin/tags/change_list.html"

    def get_queryset(self, request):
        return _with_counts(super().get_queryset(request))

    def get_actions(self, request):
        # Deleting a tag still in use would silently untag stories: merge it instead.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not unused(Tag.objects.filter(pk=obj.pk)).exists():
            return False
        return super().has_delete_permission(request, obj)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("duplicates/", view(self.duplicates_view), name="taggit_tag_duplicates"),
            path("autocomplete/", view(self.autocomplete_view), name="taggit_tag_autocomplete"),
            *super().get_urls(),
        ]

    @admin.display(description="Published stories", ordering="story_count")
    def stories(self, tag: Tag) -> int:
        return tag.story_count

    def save_model(self, request, obj, form, change):
        if change and "name" in form.changed_data:
            tag_rename(tag=Tag.objects.get(pk=obj.pk), name=obj.name)
            obj.refresh_from_db()
        else:
            super().save_model(request, obj, form, change)

    def construct_change_message(self, request, form, formsets, add=False):
        if not add and "name" in form.changed_data:
            return f"Renamed “{form.initial['name']}” to “{form.instance.name}”."
        return super().construct_change_message(request, form, formsets, add)

    # Merging, through MergeAdminMixin's action and preview page.

    def default_survivor(self, objects):
        counts = dict(
            _with_counts(Tag.objects.filter(pk__in=[o.pk for o in objects])).values_list(
                "pk", "story_count"
            )
        )
        return max(objects, key=lambda t: (counts.get(t.pk, 0), -t.pk))

    def merge_notes(self, survivor: Tag, merged: Tag) -> list[str]:
        old = reverse("topics:detail", kwargs={"slug": merged.slug})
        new = reverse("topics:detail", kwargs={"slug": survivor.slug})
        return [f"{old} and its feed will redirect to {new}."]

    def merge_objects(self, request, survivor: Tag, merged: list[Tag]) -> None:
        tags_merge(into=survivor, tags=merged)

    @admin.action(description="Delete selected tags that are unused", permissions=["delete"])
    def delete_unused(self, request, queryset):
        doomed = unused(queryset)
        kept = queryset.count() - doomed.count()
        with transaction.atomic():
            self.log_deletions(request, doomed)
            deleted = Tag.objects.filter(pk__in=list(doomed.values_list("pk", flat=True)))
            count = deleted.count()
            deleted.delete()
        message = f"Deleted {count} unused tag{'s' if count != 1 else ''}."
        if kept:
            message += f" {kept} still in use {'was' if kept == 1 else 'were'} kept: merge them."
        self.message_user(request, message, messages.SUCCESS)

    def duplicates_view(self, request):
        if not self.has_merge_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": "Tags that differ only by case, accents or spaces",
            "opts": self.opts,
            "groups": duplicate_groups(),
        }
        return TemplateResponse(request, "admin/tags/duplicates.html", context)

    def autocomplete_view(self, request):
        """Existing tags for the tag being typed: those starting with it first, then those
        containing it, most used first; case-insensitive."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        typed = " ".join(request.GET.get("q", "").split())[:100]
        if not typed:
            return JsonResponse({"results": []})
        tags = _with_counts(Tag.objects.all()).order_by("-story_count", "name")
        starting = tags.filter(name__istartswith=typed).values_list("name", flat=True)
        names = list(starting[:AUTOCOMPLETE_LIMIT])
        if len(names) < AUTOCOMPLETE_LIMIT:
            more = tags.filter(name__icontains=typed).exclude(name__istartswith=typed)
            names += more.values_list("name", flat=True)[: AUTOCOMPLETE_LIMIT - len(names)]
        return JsonResponse({"results": [{"name": name} for name in names]})

    def merge_done(self, request, survivor):
        """After a one-click merge from the duplicates page, back to it."""
        back = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            return HttpResponseRedirect(back)
        return None
