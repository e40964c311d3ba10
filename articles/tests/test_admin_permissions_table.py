"""Every admin URL × anonymous, writer, editor, superuser → the expected answer, and no
write by a role that must not write.

The URLs are read from the admin site when the tests are collected: every registered
model's `get_urls()` (changelist, add, change, delete, history, the revision pages and any
custom view), every action each model admin has, and the site's own views. Each one needs a
decision below:

- the standard pages of a model follow its rights in `articles.roles.RIGHTS` (plus
  `MORE_RIGHTS` for third-party models no role is given), with `EXCEPTIONS` where the
  model admin narrows them;
- a custom view, an action or a site view needs its own row in `CUSTOM`, `ACTIONS` or
  `SITE`;
- a model needs a sample row in `SAMPLES`.

A URL without a decision fails `test_every_admin_url_has_a_decision`, naming it and the
table to add it to. Anonymous visitors are sent to the login page everywhere but the
login page itself.

What "no write" means here: for a role that is refused, a GET and a POST of the URL leave
every registered model's row count, the sample row, the admin log and the revisions
exactly as they were; so does saving a change form that a role may only read.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote

import pytest
import reversion
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from reversion.models import Revision, Version
from taggit.models import Tag

from articles import roles
from articles.models import DealSuggestion
from core.admin_revisions import RevisionsAdmin
from images.tests.pictures import library_picture

from . import factories

ANONYMOUS, WRITER, EDITOR, SUPERUSER = "anonymous", "writer", "editor", "superuser"
ROLES = (ANONYMOUS, WRITER, EDITOR, SUPERUSER)
STAFF = (WRITER, EDITOR, SUPERUSER)

# Outcomes.
OK = "ok"  # 200, a redirect that is not to the login page, or 400: the view was reached
# and refused the probe's empty form
DENIED = "denied"  # 403
HIDDEN = "hidden"  # 404: the admin does not admit the page exists for this user
LOGIN = "login"  # a redirect to the login page


def everyone(outcome: str) -> dict[str, str]:
    return dict.fromkeys(STAFF, outcome)


def only(*allowed: str) -> dict[str, str]:
    return {role: OK if role in allowed else DENIED for role in STAFF}


# Rights of third-party models that articles.roles gives no role: superusers only.
MORE_RIGHTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "auth.user": ((), ()),
    "auth.group": ((), ()),
}

# What each standard page of a model needs: any one of these rights.
NEEDS: dict[str, tuple[str, ...]] = {
    "changelist": ("view", "change"),
    "change": ("view", "change"),
    "add": ("add",),
    "delete": ("delete",),
    # A plain admin's history needs view; a RevisionsAdmin's (core/admin_revisions.py)
    # needs change, as do its revision and compare pages.
    "history": ("view", "change"),
    "revision": ("change",),
    "compare": ("change",),
}
# And these need all of them (django-reversion; recovering also needs delete, see
# core/admin_revisions.py).
NEEDS_ALL: dict[str, tuple[str, ...]] = {
    "recoverlist": ("add", "change"),
    "recover": ("add", "change", "delete"),
}

# (model, page) → outcome per role, where the model admin narrows the rights.
EXCEPTIONS: dict[tuple[str, str], dict[str, str]] = {
    # Lockouts are made by failed logins, never by hand; their logs are read-only.
    ("axes.accessattempt", "add"): everyone(DENIED),
    ("axes.accesslog", "add"): everyone(DENIED),
    ("axes.accessfailurelog", "add"): everyone(DENIED),
    # The desk's activity log (articles/admin/activity.py) is read-only for everyone.
    ("admin.logentry", "add"): everyone(DENIED),
    ("admin.logentry", "delete"): everyone(DENIED),
    # Suggestions come from the text, never from the add form.
    ("articles.dealsuggestion", "add"): everyone(DENIED),
    # The sample story is published: a writer may read it but not change it, so none of
    # its revision pages either (articles/admin/stories.py, has_change_permission).
    ("articles.article", "history"): only(EDITOR, SUPERUSER),
    ("articles.article", "revision"): only(EDITOR, SUPERUSER),
    ("articles.article", "compare"): only(EDITOR, SUPERUSER),
}


# Change forms a role may open to read but not save, beyond what its rights say.
READ_ONLY: set[tuple[str, str]] = {
    ("articles.article", WRITER),  # the sample story is published
    *(("admin.logentry", role) for role in STAFF),  # the activity log
}


def may_change(label: str, role: str) -> bool:
    return "change" in rights(role, label) and (label, role) not in READ_ONLY


@dataclass(frozen=True)
class Custom:
    """A decision for a custom view: the outcome per role, and how to probe it."""

    outcomes: dict[str, str]
    method: str = "GET"
    query: str = ""
    data: dict = field(default_factory=dict)


# Custom views of model admins, by URL name.
CUSTOM: dict[str, Custom] = {
    # The story form's helpers: suggest from unsaved text, make a slug.
    "articles_article_suggest": Custom(
        only(WRITER, EDITOR, SUPERUSER), "POST", data={"headline": "Sample Company invests"}
    ),
    "articles_article_slug": Custom(only(WRITER, EDITOR, SUPERUSER), query="?headline=Sample"),
    # "Also editing now": a heartbeat from whoever has the story open.
    "articles_article_presence": Custom(only(WRITER, EDITOR, SUPERUSER), "POST"),
    # … and on a deal or a company, for whoever may open its form (writers: to read).
    "deals_deal_presence": Custom(only(WRITER, EDITOR, SUPERUSER), "POST"),
    "companies_company_presence": Custom(only(WRITER, EDITOR, SUPERUSER), "POST"),
    # Applying suggestions changes the story: the sample is published, so editors only.
    "articles_article_accept_companies": Custom(only(EDITOR, SUPERUSER), "POST"),
    "articles_article_create_deal": Custom(only(EDITOR, SUPERUSER), "POST"),
    "articles_article_link_deal": Custom(only(EDITOR, SUPERUSER), "POST"),
    "articles_article_propose_deal": Custom(only(EDITOR, SUPERUSER), "POST"),
    # Create deal on unsaved text: makes a Deal, so it takes deals.add_deal (editors).
    "articles_article_suggest_create_deal": Custom(
        only(EDITOR, SUPERUSER), "POST", data={"headline": "Sample Company invests"}
    ),
    # Setting another user's password: whoever may change users (superusers).
    "auth_user_password_change": Custom(only(SUPERUSER)),
    # Merges move and delete rows: editors only.
    "companies_company_merge": Custom(only(EDITOR, SUPERUSER)),
    "articles_author_merge": Custom(only(EDITOR, SUPERUSER)),
    "taggit_tag_merge": Custom(only(EDITOR, SUPERUSER)),
    # Tag tools: the duplicates list merges; the story form's tag autocomplete reads.
    "taggit_tag_duplicates": Custom(only(EDITOR, SUPERUSER)),
    "taggit_tag_autocomplete": Custom(only(WRITER, EDITOR, SUPERUSER), query="?term=sa"),
}

# Actions, by (model, action name): posted to the changelist with the sample selected.
ACTIONS: dict[tuple[str, str], dict[str, str]] = {
    ("articles.article", "publish"): only(EDITOR, SUPERUSER),
    ("articles.article", "unpublish"): only(EDITOR, SUPERUSER),
    ("articles.dealsuggestion", "create_deals"): only(EDITOR, SUPERUSER),
    ("articles.dealsuggestion", "dismiss"): only(EDITOR, SUPERUSER),
    ("axes.accessattempt", "cleanup_expired_attempts"): only(EDITOR, SUPERUSER),
    ("companies.company", "merge_selected"): only(EDITOR, SUPERUSER),
    ("articles.author", "merge_selected"): only(EDITOR, SUPERUSER),
    ("taggit.tag", "merge_selected"): only(EDITOR, SUPERUSER),
    ("taggit.tag", "delete_unused"): only(EDITOR, SUPERUSER),
    # Deleting a tag still in use would untag stories: merge instead (articles/admin/tags.py).
    ("taggit.tag", "delete_selected"): everyone(DENIED),
    # The activity log is read-only for everyone.
    ("admin.logentry", "delete_selected"): everyone(DENIED),
}

# The site's own views, by URL name.
SITE: dict[str, Custom] = {
    "index": Custom(everyone(OK)),
    "logout": Custom(everyone(OK), "POST"),  # anonymous: a redirect to the index
    "password_change": Custom(everyone(OK)),
    "password_change_done": Custom(everyone(OK)),
    "jsi18n": Custom(everyone(OK)),
    # Autocomplete answers for a field of a registered admin, with the target's view right.
    "autocomplete": Custom(
        everyone(OK), query="?app_label=articles&model_name=article&field_name=deals&term=s"
    ),
    # Shortcut to an object's public page: a redirect, readable by anyone.
    "view_on_site": Custom(everyone(OK)),
    # Unknown admin paths: 404 for staff.
    "catch_all": Custom(everyone(HIDDEN)),
}
# The login page is the one admin page anonymous visitors see (logging out sends them on).
PUBLIC = {"login", "logout"}


# Sample rows, one per registered model, made inside a revision so the revision pages
# have a version to show.
def _sample_suggestion() -> DealSuggestion:
    parties = [
        (factories.company("Sample Investor"), "investor"),
        (factories.company("Sample Investee"), "investee"),
    ]
    return DealSuggestion.objects.create(
        article=factories.draft("Sample draft with a suggestion"),
        fingerprint="sample",
        kind="investment",
        status="announced",
        parties=[
            {"company": c.pk, "slug": c.slug, "name": c.name, "role": role} for c, role in parties
        ],
        evidence="Sample Investor invests in Sample Investee.",
    )


def _sample_log_entry() -> LogEntry:
    user = get_user_model().objects.create_user("logged-user")
    return LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(Tag),
        object_id="1",
        object_repr="sample",
        action_flag=CHANGE,
        change_message="",
    )


_ATTEMPT = {
    "username": "someone",
    "ip_address": "10.0.0.1",
    "user_agent": "test",
    "http_accept": "*/*",
    "path_info": "/admin/login/",
}
SAMPLES: dict[str, Callable[[], models.Model]] = {
    "articles.article": lambda: factories.article(
        "Sample story", companies=[factories.company("Sample Story Company")]
    ),
    "articles.author": lambda: factories.author("Sample Author"),
    "companies.company": lambda: factories.company("Sample Company"),
    "deals.deal": lambda: factories.deal("Sample deal"),
    "articles.dealsuggestion": _sample_suggestion,
    "taggit.tag": lambda: Tag.objects.create(name="Sample tag", slug="sample-tag"),
    "images.image": lambda: library_picture("Sample picture", width=48, height=32),
    "axes.accessattempt": lambda: AccessAttempt.objects.create(
        **_ATTEMPT, failures_since_start=1, get_data="", post_data=""
    ),
    "axes.accesslog": lambda: AccessLog.objects.create(**_ATTEMPT),
    "axes.accessfailurelog": lambda: AccessFailureLog.objects.create(**_ATTEMPT, locked_out=False),
    "admin.logentry": _sample_log_entry,
    "auth.user": lambda: get_user_model().objects.create_user("sample-user"),
    "auth.group": lambda: Group.objects.create(name="Sample group"),
}


class NoDecision(Exception):
    pass


# The URLs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AdminUrl:
    key: str  # the URL name, or model:action for an action
    kind: str  # a NEEDS/NEEDS_ALL page, "custom", "action" or "site"
    label: str = ""  # the model, for model URLs
    pattern: URLPattern | None = None
    action: str = ""

    def __str__(self) -> str:
        return self.key


def _model_kind(name: str | None, label: str) -> str:
    if name is None:
        return "object"
    prefix = label.replace(".", "_") + "_"
    rest = name[len(prefix) :] if name.startswith(prefix) else ""
    return rest if rest in NEEDS or rest in NEEDS_ALL else "custom"


def _walk(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns)
        else:
            yield pattern


def admin_urls() -> list[AdminUrl]:
    get_resolver().url_patterns  # noqa: B018 - the URLconf may adjust the registry
    found = []
    for model, model_admin in admin.site._registry.items():
        label = model._meta.label_lower
        for pattern in _walk(model_admin.get_urls()):
            kind = _model_kind(pattern.name, label)
            key = pattern.name or f"{label.replace('.', '_')}_object"
            found.append(AdminUrl(key, kind, label, pattern))
        for _func, name, _description in model_admin._get_base_actions():
            found.append(AdminUrl(f"{label}:{name}", "action", label, action=name))
    for pattern in admin.site.get_urls():
        if isinstance(pattern, URLResolver):
            continue
        if pattern.name == "app_list":
            for app_label in sorted({m._meta.app_label for m in admin.site._registry}):
                found.append(AdminUrl(f"app_list:{app_label}", "app_list", app_label, pattern))
        else:
            found.append(AdminUrl(pattern.name or "catch_all", "site", pattern=pattern))
    return found


ADMIN_URLS = admin_urls()


# Decisions ----------------------------------------------------------------------------


def rights(role: str, label: str) -> tuple[str, ...]:
    decisions = {**roles.RIGHTS, **MORE_RIGHTS}
    if label not in decisions:
        raise NoDecision(
            f"{label}: no rights decided for this model; add it to articles.roles.RIGHTS "
            f"(or MORE_RIGHTS in {__name__})"
        )
    if role == SUPERUSER:
        return ("add", "change", "delete", "view")
    return decisions[label][0 if role == WRITER else 1]


def expected(url: AdminUrl, role: str) -> str:
    if url.kind == "site" and url.key in PUBLIC:
        return OK
    if role == ANONYMOUS:
        return LOGIN
    if url.kind == "site":
        if url.key not in SITE:
            raise NoDecision(f"admin:{url.key}: a site view with no decision; add it to SITE")
        return SITE[url.key].outcomes[role]
    if url.kind == "app_list":
        models_of_app = [m for m in admin.site._registry if m._meta.app_label == url.label]
        seen = any(rights(role, m._meta.label_lower) for m in models_of_app)
        return OK if seen else HIDDEN
    if url.label not in SAMPLES:
        raise NoDecision(f"{url.label}: no sample row; add one to SAMPLES")
    if url.kind == "action":
        decision = ACTIONS.get((url.label, url.action))
        if decision is None and url.action == "delete_selected":
            return OK if "delete" in rights(role, url.label) else DENIED
        if decision is None:
            raise NoDecision(
                f"{url.key}: an action with no decision; add ({url.label!r}, "
                f"{url.action!r}) to ACTIONS"
            )
        return decision[role]
    if url.kind == "custom":
        if url.key not in CUSTOM:
            raise NoDecision(
                f"admin:{url.key} ({url.pattern.pattern if url.pattern else ''}): "
                "a custom admin view with no decision; add it to CUSTOM"
            )
        return CUSTOM[url.key].outcomes[role]
    if url.kind == "object":
        return OK  # only a redirect to the change page, which decides
    if (url.label, url.kind) in EXCEPTIONS:
        return EXCEPTIONS[url.label, url.kind][role]
    granted = rights(role, url.label)
    if url.kind in NEEDS_ALL:
        return OK if all(r in granted for r in NEEDS_ALL[url.kind]) else DENIED
    needs = NEEDS[url.kind]
    model_admin = admin.site._registry[_model(url.label)]
    if url.kind == "history" and isinstance(model_admin, RevisionsAdmin):
        needs = ("change",)
    return OK if any(r in granted for r in needs) else DENIED


def _model(label: str) -> type[models.Model]:
    for model in admin.site._registry:
        if model._meta.label_lower == label:
            return model
    raise LookupError(label)


def test_every_admin_url_has_a_decision():
    missing = []
    for url in ADMIN_URLS:
        for role in ROLES:
            try:
                expected(url, role)
            except NoDecision as problem:
                missing.append(str(problem))
                break
    assert not missing, "Admin URLs without a permission decision:\n" + "\n".join(missing)


def test_the_table_sees_the_standard_pages_revisions_custom_views_and_actions():
    keys = {url.key for url in ADMIN_URLS}
    for name in (
        "articles_article_changelist",
        "articles_article_add",
        "articles_article_change",
        "articles_article_delete",
        "articles_article_history",
        "articles_article_revision",
        "articles_article_compare",
        "articles_article_recover",
        "articles_article_suggest",
        "articles.article:publish",
        "articles.article:delete_selected",
        "axes_accessattempt_changelist",
        "index",
        "app_list:articles",
    ):
        assert name in keys


# Probing ------------------------------------------------------------------------------


@dataclass
class Sample:
    obj: models.Model | None = None
    version: Version | None = None


def make_sample(label: str) -> Sample:
    if not label:
        return Sample()
    with reversion.create_revision():
        obj = SAMPLES[label]()
    if not reversion.is_registered(type(obj)):
        return Sample(obj)
    return Sample(obj, Version.objects.get_for_object(obj).first())


def _address(url: AdminUrl, sample: Sample) -> str:
    pattern = url.pattern
    if url.kind == "app_list":
        return reverse("admin:app_list", kwargs={"app_label": url.label})
    if url.kind == "action":
        return reverse(f"admin:{url.label.replace('.', '_')}_changelist")
    if url.key == "catch_all":
        return reverse("admin:index") + "no-such-page/"
    if url.key == "view_on_site":
        story = factories.article("Story seen on site")
        content_type = ContentType.objects.get_for_model(story)
        return reverse("admin:view_on_site", args=[content_type.pk, story.pk])
    assert pattern is not None
    object_id = quote(str(sample.obj.pk)) if sample.obj else "1"
    if pattern.name is None:
        return reverse(f"admin:{url.label.replace('.', '_')}_changelist") + f"{object_id}/"
    converters = getattr(pattern.pattern, "converters", {})
    groups = pattern.pattern.regex.groups
    if converters:
        unknown = set(converters) - {"object_id", "id"}
        assert not unknown, f"admin:{url.key}: no value for {unknown} in {__name__}"
        return reverse(f"admin:{pattern.name}", kwargs=dict.fromkeys(converters, object_id))
    if groups:
        version_id = sample.version.pk if sample.version else 1
        args = [object_id, version_id] if url.kind == "revision" else [version_id]
        assert len(args) == groups, f"admin:{url.key}: cannot fill its {groups} arguments"
        return reverse(f"admin:{pattern.name}", args=args)
    return reverse(f"admin:{pattern.name}")


def _how(url: AdminUrl) -> Custom:
    if url.kind == "custom":
        return CUSTOM[url.key]
    if url.kind == "site" and url.key in SITE:
        return SITE[url.key]
    if url.kind == "action":
        return Custom({}, "POST")
    return Custom({})


def _log_in(client, role: str) -> None:
    if role == ANONYMOUS:
        return
    if role == SUPERUSER:
        user = get_user_model().objects.create_superuser("table-superuser", password="pw")
    else:
        group = roles.WRITER if role == WRITER else roles.EDITOR
        user = factories.staff_user(f"table-{role}", group)
    client.force_login(user)


def snapshot(sample: Sample) -> dict:
    state = {
        model._meta.label_lower: model._default_manager.count() for model in admin.site._registry
    }
    state["logentries"] = LogEntry.objects.count()
    state["revisions"] = Revision.objects.count()
    if sample.obj is not None:
        model = type(sample.obj)
        state["sample"] = model._default_manager.filter(pk=sample.obj.pk).values().first()
    return state


def _is_login_redirect(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))


def _outcome(response) -> str:
    if _is_login_redirect(response):
        return LOGIN
    if response.status_code in (200, 302, 400):
        return OK
    if response.status_code == 403:
        return DENIED
    if response.status_code == 404:
        return HIDDEN
    return f"status {response.status_code}"


def _action_refused(response, action: str) -> bool:
    """Django answers an action the user may not run with "No action selected." and a
    redirect to the changelist, or, when it offers the user no action at all, with the
    changelist again."""
    said = [str(m) for m in get_messages(response.wsgi_request)]
    if response.status_code == 302 and "No action selected." in said:
        return True
    context = response.context
    if response.status_code != 200 or context is None or "cl" not in context:
        return False
    form = context.get("action_form")
    offered = {name for name, _ in form.fields["action"].choices} if form else set()
    return action not in offered


def _probe(client, method: str, address: str, how: Custom, url: AdminUrl, sample: Sample):
    data = dict(how.data)
    if url.kind == "action":
        selected = [sample.obj.pk] if sample.obj else [1]
        data.update({"action": url.action, "_selected_action": selected, "index": 0})
    elif method == "POST":
        data.setdefault("post", "yes")  # confirms a delete, should one get that far
    query = how.query
    if url.kind == "compare" and sample.version is not None:
        query = f"?from={sample.version.pk}&to={sample.version.pk}"
    if method == "GET":
        return client.get(address + query)
    return client.post(address + query, data)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url", ADMIN_URLS, ids=str)
def test_admin_url_answers_each_role_as_decided(client, db, url, role):
    try:
        want = expected(url, role)
    except NoDecision as problem:
        pytest.fail(f"No permission decision: {problem}")
    # Anonymous visitors are turned away before any row is looked up: no sample needed.
    needs_sample = role != ANONYMOUS and url.kind not in ("site", "app_list")
    sample = make_sample(url.label if needs_sample else "")
    _log_in(client, role)
    address = _address(url, sample)
    how = _how(url)
    before = snapshot(sample)
    response = _probe(client, how.method, address, how, url, sample)
    got = _outcome(response)
    if url.kind == "action" and _action_refused(response, url.action):
        got = DENIED
    assert got == want, f"{role} at {how.method} {address}: {got}, decided {want}"
    if want == OK:
        if url.kind == "change" and not may_change(url.label, role):
            # Allowed to read the form, not to save it: a save is refused and writes nothing.
            saved = client.post(address, {"post": "yes"})
            assert saved.status_code == 403, f"{role} saving {address}: {saved.status_code}"
            assert snapshot(sample) == before, f"{role} wrote through {address}"
        return
    # Refused: neither that request nor its other method wrote anything.
    other = "POST" if how.method == "GET" else "GET"
    again = _probe(client, other, address, how, url, sample)
    assert again.status_code in (302, 403, 404, 405) or _action_refused(again, url.action), (
        f"{role} at {other} {address}: {again.status_code}"
    )
    if role == ANONYMOUS:
        assert again.status_code in (302, 405) and (
            again.status_code == 405 or _is_login_redirect(again)
        )
    assert snapshot(sample) == before, f"{role} wrote through {address}"
