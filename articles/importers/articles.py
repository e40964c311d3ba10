"""import_articles: Markdown stories with YAML front matter (format in DESIGN.md)."""

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

import reversion
from django.contrib.admin.models import ADDITION, CHANGE
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from taggit.models import Tag

from companies.models import Company
from companies.resolve import companies_by_name
from core import limits
from core.activity import log_objects, system_user
from core.problems import ImportFailed, ImportReport, Problem
from core.slugs import slug_base
from core.text import normalise_name

from .. import live
from ..admin.tags import tag_key
from ..models import Article, ArticleCompany, Author, Byline, TaggedArticle
from .bylines import BylineError, parse_byline
from .frontmatter import Document, read_document

KEYS = {"title", "slug", "standfirst", "byline", "published_at", "tags", "companies"}
SLUG_FIELD = Article._meta.get_field("slug")
LOCATION_FIELD = Byline._meta.get_field("location")


@dataclass
class StoryFile:
    path: Path
    slug: str
    headline: str
    standfirst: str
    body: str
    published_at: dt.datetime | None
    bylines: list[tuple[str, str]]
    tags: list[str]
    companies: list[Company]


def story_files(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """The files to read: each file named, and every *.md in each directory named."""
    files, problems = [], []
    for path in paths:
        if path.is_dir():
            found = sorted(path.glob("*.md"))
            if not found:
                problems.append(Problem(path, 0, "the directory holds no *.md files"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(path, 0, "no such file or directory"))
    return files, problems


def _text(doc: Document, key: str, *, required: bool = False, max_length: int | None = None):
    value = doc.meta.get(key)
    if value is None or value == "":
        if required:
            raise Problem(doc.path, doc.line(key), f"`{key}` is required")
        return ""
    if not isinstance(value, str | int | float):
        raise Problem(doc.path, doc.line(key), f"`{key}` must be text")
    value = str(value).strip()
    if max_length and len(value) > max_length:
        raise Problem(doc.path, doc.line(key), f"`{key}` is longer than {max_length} characters")
    if problem := limits.text_problem(value):
        raise Problem(doc.path, doc.line(key), f"`{key}` {problem}")
    return value


def _published_at(doc: Document) -> dt.datetime | None:
    value = doc.meta.get("published_at")
    if value is None or value == "":
        return None
    try:
        moment = parse_datetime(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None:
        raise Problem(
            doc.path,
            doc.line("published_at"),
            f"published_at is not a date and time: {limits.shown(str(value))} "
            "(write it as 2018-06-01T09:00:00Z)",
        )
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment, dt.UTC)


def _list(doc: Document, key: str, *, max_length: int | None = None) -> list[str]:
    value = doc.meta.get(key)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        names = [v.strip() for v in value.split(",") if v.strip()]
    elif isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        names = [str(v).strip() for v in value if str(v).strip()]
    else:
        raise Problem(doc.path, doc.line(key), f"`{key}` must be a list of names")
    for name in names:
        if problem := limits.text_problem(name, max_chars=max_length):
            raise Problem(doc.path, doc.line(key), f"`{key}`: {limits.shown(name)} {problem}")
    return names


def read_story(path: Path, known: dict[str, Company]) -> StoryFile | list[Problem]:
    """The story in `path`, or every problem found in it."""
    try:
        doc = read_document(path)
    except Problem as problem:
        return [problem]
    problems: list[Problem] = []

    def check(read, default=None):
        try:
            return read()
        except Problem as problem:
            problems.append(problem)
            return default

    for key in sorted(set(doc.meta) - KEYS):
        problems.append(
            Problem(path, doc.line(key), f"unknown key `{key}` (known: {', '.join(sorted(KEYS))})")
        )
    headline = check(lambda: _text(doc, "title", required=True, max_length=255), "")
    slug = check(lambda: _slug(doc, headline), "")
    bylines = check(lambda: _bylines(doc), [])
    companies = check(lambda: _companies(doc, known), [])
    standfirst = check(lambda: _text(doc, "standfirst", max_length=400), "")
    published_at = check(lambda: _published_at(doc))
    tags = check(lambda: _list(doc, "tags", max_length=limits.max_tag_chars()), [])
    if not doc.body.strip():
        problems.append(
            Problem(path, doc.body_line, "the story has no body after the front matter")
        )
    elif wrong := limits.text_problem(doc.body, max_chars=limits.max_body_chars()):
        problems.append(Problem(path, doc.body_line, f"the body {wrong} (NEWSROOM_MAX_BODY_CHARS)"))
    if problems:
        return sorted(problems, key=lambda p: p.where)
    return StoryFile(
        path=path,
        slug=slug,
        headline=headline,
        standfirst=standfirst,
        body=doc.body,
        published_at=published_at,
        bylines=bylines,
        tags=tags,
        companies=companies,
    )


def _slug(doc: Document, headline: str) -> str:
    slug = _text(doc, "slug", max_length=255) or slug_base(
        headline, max_length=255, fallback="story"
    )
    if not slug:
        raise Problem(doc.path, doc.line("title"), "cannot make a slug from the title; add `slug`")
    try:
        SLUG_FIELD.run_validators(slug)
    except ValidationError as exc:
        message = " ".join(exc.messages)
        raise Problem(
            doc.path, doc.line("slug"), f"slug {limits.shown(slug)} is not valid: {message}"
        ) from exc
    return slug


def _bylines(doc: Document) -> list[tuple[str, str]]:
    try:
        people = parse_byline(doc.meta.get("byline"))
    except BylineError as exc:
        raise Problem(doc.path, doc.line("byline"), f"byline: {exc}") from exc
    for name, location in people:
        for what, value, most in (
            ("name", name, limits.max_name_chars()),
            ("location", location, LOCATION_FIELD.max_length),
        ):
            if problem := limits.text_problem(value, max_chars=most):
                raise Problem(
                    doc.path, doc.line("byline"), f"byline: {what} {limits.shown(value)} {problem}"
                )
    return people


def _companies(doc: Document, known: dict[str, Company]) -> list[Company]:
    companies = []
    for name in _list(doc, "companies"):
        company = known.get(normalise_name(name))
        if company is None:
            raise Problem(
                doc.path,
                doc.line("companies"),
                f"unknown company {limits.shown(name)}: import it or add it first",
            )
        if company not in companies:
            companies.append(company)
    return companies


def import_articles(
    paths: list[Path],
    *,
    publish: bool = False,
    dry_run: bool = False,
    user: AbstractBaseUser | None = None,
) -> ImportReport:
    """Read every file, then write them all in one transaction, or nothing on any problem.

    Each story added or changed gets an activity-log entry naming the command and its
    file, as `user` (the system account by default), in the same transaction."""
    files, problems = story_files(paths)
    known = companies_by_name()
    stories: list[StoryFile] = []
    seen: dict[str, Path] = {}
    for path in files:
        story = read_story(path, known)
        if isinstance(story, list):
            problems.extend(story)
            continue
        if story.slug in seen:
            problems.append(
                Problem(path, 1, f"slug {story.slug!r} is also used by {seen[story.slug]}")
            )
        seen[story.slug] = path
        stories.append(story)
    if problems:
        raise ImportFailed(problems)
    report = ImportReport(noun="stories", total=len(stories))
    existing = Article.objects.in_bulk([s.slug for s in stories], field_name="slug")
    for story in stories:
        (report.updated if story.slug in existing else report.created).append(story.slug)
    if not dry_run:
        # One recount of everything the stories touch, as the transaction ends: not one a
        # story (each save asks for its own).
        with live.batched(), reversion.create_revision():
            names = ", ".join(sorted({p.name for p in files}))[:150]
            reversion.set_comment(f"Imported from {names}")
            actor = user or system_user()
            reversion.set_user(actor)
            written = _write(stories, existing, publish=publish)
            log_objects(
                user=actor,
                entries=(
                    (
                        article,
                        CHANGE if story.slug in existing else ADDITION,
                        f"import_articles: {'changed' if story.slug in existing else 'added'} "
                        f"from {story.path.name}",
                    )
                    for article, story in written
                ),
            )
    return report


def _write(
    stories: list[StoryFile], existing: dict[str, Article], *, publish: bool
) -> list[tuple[Article, StoryFile]]:
    authors = _authors({name for s in stories for name, _ in s.bylines})
    now = timezone.now()
    written: list[tuple[Article, StoryFile]] = []
    # Each save records the story as it was in the revision, with its bylines, company
    # links and tags (`reversion.register(follow=...)`): read for them all at once here,
    # not three or four queries a story there.
    prefetch_related_objects(
        list(existing.values()), "bylines__author", "company_links__company", "tagged_items__tag"
    )
    for story in stories:
        article = existing.get(story.slug) or Article(slug=story.slug)
        article.headline, article.standfirst, article.body = (
            story.headline,
            story.standfirst,
            story.body,
        )
        if story.published_at is not None:
            article.status, article.published_at = Article.Status.PUBLISHED, story.published_at
        elif publish:
            article.status = Article.Status.PUBLISHED
            article.published_at = article.published_at or now
        elif article.pk is None:
            article.status = Article.Status.DRAFT
        article.save()
        written.append((article, story))
    # The file is the truth for bylines and tags; company links are only added, since an
    # editor may have linked more. A few queries for the whole run, not a few a story.
    updated = [article for article, story in written if story.slug in existing]
    Byline.objects.filter(article__in=updated).delete()
    Byline.objects.bulk_create(
        Byline(article=article, author=authors[author_slug(name)], order=n, location=location)
        for article, story in written
        for n, (name, location) in enumerate(story.bylines)
    )
    linked = set(
        ArticleCompany.objects.filter(article__in=updated).values_list("article_id", "company_id")
    )
    ArticleCompany.objects.bulk_create(
        ArticleCompany(article=article, company=c, role=ArticleCompany.Role.ABOUT)
        for article, story in written
        for c in story.companies
        if (article.pk, c.pk) not in linked
    )
    _tag(written)
    live.refresh_for_articles([article.pk for article, _ in written])
    return written


def _tag(written: list[tuple[Article, StoryFile]]) -> None:
    """Set every story's tags with a few queries for the whole run (taggit's per-story
    `tags.set()` costs several queries a story)."""
    names = {name for _, story in written for name in story.tags}
    tags = _tags(names)
    TaggedArticle.objects.filter(content_object__in=[a for a, _ in written]).delete()
    TaggedArticle.objects.bulk_create(
        TaggedArticle(content_object=article, tag=tag)
        for article, story in written
        for tag in {tags[tag_key(name)].pk: tags[tag_key(name)] for name in story.tags}.values()
    )


def _tags(names: set[str]) -> dict[str, Tag]:
    """Tags by `tag_key` (case, accents and spaces aside), created where missing: a tag
    typed differently from an existing one is that one."""
    found: dict[str, Tag] = {}
    for tag in Tag.objects.all().only("pk", "name", "slug"):
        found.setdefault(tag_key(tag.name), tag)
    for name in names:
        if tag_key(name) not in found:
            tag = Tag(name=name)
            tag.save()  # taggit's save() makes a unique slug
            found[tag_key(name)] = tag
    return found


def author_slug(name: str) -> str:
    """A stable slug for a name, transliterated from any script (Анна Петрова → anna-petrova)."""
    fallback = "author-" + hashlib.sha1(name.encode()).hexdigest()[:10]
    return slug_base(name, max_length=200, fallback=fallback)


def _authors(names: set[str]) -> dict[str, Author]:
    by_slug = {author_slug(name): name for name in names}
    found = Author.objects.in_bulk(list(by_slug), field_name="slug")
    Author.objects.bulk_create(
        Author(name=name, slug=slug) for slug, name in by_slug.items() if slug not in found
    )
    return Author.objects.in_bulk(list(by_slug), field_name="slug")
