"""Addresses that moved: an author's or a topic's old slug, kept after a merge or a rename
so links and feeds readers saved still lead somewhere (a 301, see articles/redirects.py).

Companies keep theirs in the companies app (`CompanyRedirect`), next to the company.
"""

from django.db import models

from .authors import Author


class AuthorRedirect(models.Model):
    """`/authors/<old_slug>/` (and its feed) → the author's page."""

    old_slug = models.SlugField(max_length=200, unique=True)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="slug_redirects")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["old_slug"]

    def __str__(self) -> str:
        return f"/authors/{self.old_slug}/ → {self.author}"


class TopicRedirect(models.Model):
    """`/topics/<old_slug>/` (and its feed) → the tag's topic page."""

    old_slug = models.SlugField(max_length=100, unique=True, allow_unicode=True)
    tag = models.ForeignKey("taggit.Tag", on_delete=models.CASCADE, related_name="slug_redirects")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["old_slug"]

    def __str__(self) -> str:
        return f"/topics/{self.old_slug}/ → {self.tag}"
