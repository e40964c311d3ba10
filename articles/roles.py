"""The newsroom's two roles, as auth groups kept in step with the code.

Writers draft and revise stories but cannot publish; editors can do everything, including
publish (the custom `articles.publish_article` permission). Synced after every migrate, so
a new model's permissions reach the groups without a hand-written data migration.
"""

from django.contrib.auth.models import Group, Permission

WRITER = "Writer"
EDITOR = "Editor"

WRITER_PERMISSIONS = [
    "articles.add_article",
    "articles.change_article",
    "articles.view_article",
    # The story's inlines: bylines, linked companies, tags.
    "articles.add_byline",
    "articles.change_byline",
    "articles.delete_byline",
    "articles.view_byline",
    "articles.add_articlecompany",
    "articles.change_articlecompany",
    "articles.delete_articlecompany",
    "articles.view_articlecompany",
    "articles.add_taggedarticle",
    "articles.change_taggedarticle",
    "articles.delete_taggedarticle",
    "articles.view_taggedarticle",
    # Looking up what a story links to (the admin's autocompletes need view permission).
    "articles.view_author",
    "articles.view_company",
    "articles.view_companyalias",
    "articles.view_deal",
    "taggit.view_tag",
]


def _permissions(names: list[str]) -> list[Permission]:
    wanted = {tuple(name.split(".", 1)) for name in names}
    found = Permission.objects.filter(
        content_type__app_label__in={app for app, _ in wanted}
    ).select_related("content_type")
    return [p for p in found if (p.content_type.app_label, p.codename) in wanted]


def sync_roles(**kwargs) -> None:
    writer, _ = Group.objects.get_or_create(name=WRITER)
    writer.permissions.set(_permissions(WRITER_PERMISSIONS))
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.set(
        Permission.objects.filter(content_type__app_label__in=["articles", "taggit"])
    )
