from django.contrib import admin
from django.db.models import Count

from ..models import Author


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "story_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(stories=Count("bylines"))

    @admin.display(description="Stories", ordering="stories")
    def story_count(self, author: Author) -> int:
        return author.stories
