"""The newsroom's two roles, as auth groups kept in step with the code.

Rights are granted by model and action, never by app label: splitting an app or adding one
cannot silently give or take a right. Every model of the newsroom's apps (and the
third-party models editors touch) has an explicit decision below; a test fails when a new
model has none. Writers draft and revise stories but cannot publish; editors can do
everything, including publish (`articles.publish_article`). Synced after every migrate, so
a new model's permissions reach the groups without a hand-written data migration.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

WRITER = "Writer"
EDITOR = "Editor"

ALL = ("add", "change", "delete", "view")
LOOK_UP = ("view",)
NONE: tuple[str, ...] = ()

# model label → (writer's actions, editor's actions)
RIGHTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # The story and its inlines: bylines, linked companies, tags.
    "articles.article": (("add", "change", "view"), ALL),
    "articles.byline": (ALL, ALL),
    "articles.articlecompany": (ALL, ALL),
    "articles.taggedarticle": (ALL, ALL),
    # Looked up from the story form (the admin's autocompletes need view permission).
    "articles.author": (LOOK_UP, ALL),
    "companies.company": (LOOK_UP, ALL),
    "companies.companyalias": (LOOK_UP, ALL),
    "companies.companyrelation": (NONE, ALL),
    "deals.deal": (LOOK_UP, ALL),
    "deals.dealparty": (NONE, ALL),
    "articles.dealevent": (NONE, ALL),
    "articles.dealsuggestion": (NONE, ALL),
    # Corrections and updates go on published stories, which only editors change.
    "articles.correction": (LOOK_UP, ALL),
    "taggit.tag": (LOOK_UP, ALL),
    "taggit.taggeditem": (NONE, NONE),  # unused: stories have their own through model
    # The picture library: writers upload and describe pictures; only editors delete them
    # or set a company's logo.
    "images.image": (("add", "change", "view"), ALL),
    "images.taggedimage": (ALL, ALL),
    "images.companylogo": (LOOK_UP, ALL),
    # Derived from a story's body on save: nobody edits it by hand.
    "articles.articlebodyimage": (NONE, NONE),
    # A read-only view of the story-deal links (edited as a story's deals).
    "articles.storydealtime": (NONE, NONE),
    # Bookkeeping nobody edits by hand.
    "articles.publicstate": (NONE, LOOK_UP),
    "articles.topicstats": (NONE, LOOK_UP),
    "articles.comention": (NONE, LOOK_UP),
    "articles.mostcovered": (NONE, LOOK_UP),
    # Old addresses kept by merges and renames (tag, author and company tools).
    "articles.authorredirect": (NONE, LOOK_UP),
    "articles.topicredirect": (NONE, LOOK_UP),
    "companies.companyredirect": (NONE, LOOK_UP),
    "articles.presence": (NONE, NONE),
    # The admin's log, read as the desk's activity log (articles/admin/activity.py):
    # editors read it; nobody edits it.
    "admin.logentry": (NONE, LOOK_UP),
    # Login lockouts (django-axes): an editor sees them and lifts one by deleting it.
    "axes.accessattempt": (NONE, ("view", "delete")),
    "axes.accessfailurelog": (NONE, LOOK_UP),
    "axes.accesslog": (NONE, LOOK_UP),
}
# Beyond add/change/delete/view.
EXTRA = {EDITOR: ["articles.publish_article"], WRITER: []}
# The apps whose every model needs a decision above.
GOVERNED_APPS = ("articles", "companies", "deals", "intelligence", "images", "taggit")


def codenames(role: str) -> set[str]:
    """ "app_label.codename" of every permission `role` holds."""
    index = 0 if role == WRITER else 1
    granted = {
        f"{label.split('.')[0]}.{action}_{label.split('.')[1]}"
        for label, rights in RIGHTS.items()
        for action in rights[index]
    }
    return granted | set(EXTRA[role])


def _permissions(names: set[str]) -> list[Permission]:
    wanted = Q(pk__in=[])
    for name in names:
        app, codename = name.split(".", 1)
        wanted |= Q(content_type__app_label=app, codename=codename)
    return list(Permission.objects.filter(wanted))


def sync_roles(**kwargs) -> None:
    for role in (WRITER, EDITOR):
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(_permissions(codenames(role)))
