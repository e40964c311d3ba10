from typing import TYPE_CHECKING, TypedDict

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count

from companies.admin import MergeAdminMixin
from companies.merge import move_related

from .. import live
from ..models import Author, AuthorRedirect

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class _StoryCount(TypedDict):
    stories: int


def authors_merge(*, survivor: Author, merged: list[Author]) -> None:
    """Merge duplicate authors into `survivor` in one transaction: their bylines move (a
    story bylined to both keeps one byline), their pages redirect to the survivor's, and
    the survivor's story count is recounted."""
    merged = [a for a in merged if a.pk != survivor.pk]
    if not merged:
        raise ValidationError("Choose at least one author to merge into the one kept.")
    with transaction.atomic():
        keys = [f"author-{a.pk}" for a in [survivor, *merged]]
        for author in merged:
            move_related(survivor, author)
            AuthorRedirect.objects.update_or_create(
                old_slug=author.slug, defaults={"author": survivor}
            )
        Author.objects.filter(pk__in=[a.pk for a in merged]).delete()
        AuthorRedirect.objects.filter(old_slug=survivor.slug).delete()
        live.refresh_authors_and_topics(authors=[survivor.pk])
        live.bump_version(keys=keys)


@admin.register(Author)
class AuthorAdmin(MergeAdminMixin, admin.ModelAdmin):
    list_display = ["name", "story_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["merge_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(stories=Count("bylines"))

    @admin.display(description="Stories", ordering="stories")
    def story_count(self, author: "WithAnnotations[Author, _StoryCount]") -> int:
        return author.stories

    def merge_objects(self, request, survivor: Author, merged: list[Author]) -> None:
        authors_merge(survivor=survivor, merged=merged)
