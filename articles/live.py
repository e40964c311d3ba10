"""What readers can see, kept exact: denormalised coverage counts, when a deal became
public, and the public version that caches key on.

Every write path that changes what is public ends here: saving or deleting a story, a
change to its company or deal links (signals, wired in `AppConfig.ready`), and the bulk
writers (importers, `link_companies --apply`, `seed_bench`), which call `refresh_coverage`
themselves because `bulk_create` sends no signals. A scheduled story goes live without a
write: `catch_up()` notices its time has come on the next request and counts it in.

A bulk write wraps itself in `batched()`: every recount asked for inside is noted, merged
and run once as the block ends, in its transaction (see `batched`).
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection, connections, router, transaction
from django.db.models import Count, F, IntegerField, Min, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from companies.models import Company, CompanyRelation
from core.loading import instances
from deals.models import Deal

from . import purge, rankings
from .models import (
    Article,
    ArticleCompany,
    Author,
    Byline,
    CoMention,
    MostCovered,
    PublicState,
    TaggedArticle,
    TopicStats,
    published_q,
)
from .models.articles import Status, live_at

DealLink = Article.deals.through


@dataclass
class _Batch:
    """What the writes inside a `batched()` block asked to be recounted, merged."""

    stories: set[int] = field(default_factory=set)  # `refresh_for_articles`
    # Stories whose pairs of companies to recount, each with the companies whose link to
    # it went (`refresh_story_pairs`); resolved against the links as the block ends.
    pair_stories: dict[int, set[int]] = field(default_factory=dict)
    pairs: set[tuple[int, int]] = field(default_factory=set)
    co_mentions: set[int] | None = field(default_factory=set)  # None: every pair
    story_count: bool = False
    authors: set[int] = field(default_factory=set)
    tags: set[int] = field(default_factory=set)
    companies: set[int] = field(default_factory=set)
    groups: set[int] = field(default_factory=set)
    deals: set[int] = field(default_factory=set)
    most_covered: bool = False
    bump: bool = False
    keys: set[str] = field(default_factory=set)


def _pending() -> _Batch | None:
    """The batch being collected on this connection (so this thread), if any."""
    return getattr(connection, "_live_batch", None)


@contextmanager
def batched() -> Iterator[None]:
    """Run every recount asked for inside the block once, merged, as the block ends.

    A bulk write (an importer saving a thousand stories, each save's signal asking for
    its recount) would otherwise recount companies, authors, topics, co-mentions and the
    most covered, and bump the public version, once a story. Inside the block each request
    is only noted; at the end of the outermost block the union is recounted — every count
    exactly as the requests one by one would have left it, since each recount reads the
    stories as they are then — then the version is bumped once and the CDN purge of every
    key sent once, after commit.

    The block is a transaction (`atomic`): the writes and the recounts are committed
    together or, on any exception, neither. Inside it, counts read back are those from
    before the block. A nested block is a savepoint and recounts nothing itself.
    """
    if getattr(connection, "_live_batch", None) is not None:
        with transaction.atomic():
            yield
        return
    batch = _Batch()
    with transaction.atomic():
        connection._live_batch = batch  # type: ignore[attr-defined]
        try:
            yield
        finally:
            connection._live_batch = None  # type: ignore[attr-defined]
        _run(batch)


def _run(batch: _Batch) -> None:
    """Recount what `batch` collected, in the order one request would have."""
    if batch.stories:
        ids = batch.stories
        batch.story_count = batch.most_covered = batch.bump = True
        batch.authors |= set(
            Byline.objects.filter(article__in=ids).values_list("author_id", flat=True)
        )
        batch.tags |= set(
            TaggedArticle.objects.filter(content_object__in=ids).values_list("tag_id", flat=True)
        )
        deals = set(DealLink.objects.filter(article__in=ids).values_list("deal_id", flat=True))
        batch.deals |= deals
        batch.keys |= {f"article-{pk}" for pk in ids} | {f"deal-{pk}" for pk in deals}
        for pk in ids:
            batch.pair_stories.setdefault(pk, set())
    if batch.pair_stories:
        named = {pk: set(gone) for pk, gone in batch.pair_stories.items()}
        for story, company in ArticleCompany.objects.filter(article__in=list(named)).values_list(
            "article_id", "company_id"
        ):
            named[story].add(company)
            if story in batch.stories:
                batch.companies.add(company)
                batch.keys.add(f"company-{company}")
        batch.pairs |= {(a, b) for group in named.values() for a in group for b in group if a < b}
    if batch.story_count:
        refresh_story_count()
    if batch.authors or batch.tags:
        refresh_authors_and_topics(authors=batch.authors, tags=batch.tags)
    if batch.companies:
        _recount_companies(batch.companies)
    if batch.companies or batch.groups:
        refresh_group_counts(batch.companies | batch.groups)
    if batch.most_covered:
        refresh_most_covered()
    if batch.deals:
        _recount_deals(batch.deals)
    if batch.pairs or batch.co_mentions is None or batch.co_mentions:
        refresh_co_mentions(pairs=batch.pairs, companies=batch.co_mentions)
    if batch.bump:
        bump_version(keys=batch.keys)


def _count(rows, field: str) -> Coalesce:
    counted = rows.filter(**{field: OuterRef("pk")}).order_by().values(field)
    counted = counted.annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


# Up to this many rows are recounted with one correlated UPDATE; more (a full recount) are
# counted in one pass over the links and written in batches: a correlated count per row
# over 20,000 companies re-reads the stories of each one.
ONE_BY_ONE = 500


def _recount(model, ids: set[int], rows, field: str) -> None:
    """Set `story_count` of `model`'s rows `ids` to how many of `rows` point at each
    through `field`."""
    if len(ids) <= ONE_BY_ONE:
        model.objects.filter(pk__in=ids).update(story_count=_count(rows, field))
        return
    counts = dict(rows.values_list(field).annotate(n=Count("pk")).order_by())
    by_count: dict[int, list[int]] = {}
    for pk in ids:
        by_count.setdefault(counts.get(pk, 0), []).append(pk)
    for count, pks in by_count.items():
        for start in range(0, len(pks), ONE_BY_ONE):
            model.objects.filter(pk__in=pks[start : start + ONE_BY_ONE]).update(story_count=count)


def in_turn() -> None:
    """Wait for any other transaction changing what is public to commit, before counting.

    Every recount here reads the stories, then writes what it counted. Two publishes at
    once on PostgreSQL would each count without the other's story (neither committed yet)
    and the second write would win, one story short. So each write path first locks the
    public state's one row (`SELECT ... FOR UPDATE`, once a transaction): the second
    waits for the first to commit, and its counts, read after, take in both. SQLite takes
    one writer at a time anyway, and outside a transaction there is nothing to hold.
    """
    if not (connection.features.has_select_for_update and connection.in_atomic_block):
        return
    outermost = connection.atomic_blocks[0]
    if getattr(connection, "_public_turn", None) is outermost:
        return
    list(PublicState.objects.select_for_update().filter(pk=1).values_list("pk", flat=True))
    connection._public_turn = outermost  # type: ignore[attr-defined]


def refresh_coverage(
    *,
    companies: Iterable[int] = (),
    deals: Iterable[int] = (),
    bump: bool = True,
    stories_changed: bool = False,
    most_covered: bool = True,
) -> None:
    """Recount the published stories of `companies` and `deals` (ids), and when each deal
    was first reported; the most covered too when `stories_changed` (which stories are
    public) or, unless told not to (`most_covered`), with any company; then bump the
    public version."""
    in_turn()
    company_ids, deal_ids = set(companies), set(deals)
    keys = [*(f"company-{pk}" for pk in company_ids), *(f"deal-{pk}" for pk in deal_ids)]
    if (batch := _pending()) is not None:
        batch.companies |= company_ids
        batch.deals |= deal_ids
        batch.most_covered |= bool(stories_changed or (company_ids and most_covered))
        if bump:
            batch.bump = True
            batch.keys.update(keys)
        return
    if company_ids:
        _recount_companies(company_ids)
        refresh_group_counts(company_ids)
    if stories_changed or (company_ids and most_covered):
        refresh_most_covered()
    if deal_ids:
        _recount_deals(deal_ids)
    if bump:
        bump_version(keys=keys)


def _recount_companies(company_ids: set[int]) -> None:
    """Recount `story_count` of these companies (their group counts are apart)."""
    live_links = ArticleCompany.objects.filter(published_q("article__"))
    _recount(Company, company_ids, live_links, "company")


def _recount_deals(deal_ids: set[int]) -> None:
    """Recount `story_count` and `reported_at` of these deals."""
    live = DealLink.objects.filter(published_q("article__"))
    first = (
        DealLink.objects.filter(deal=OuterRef("pk"), article__status=Status.PUBLISHED)
        .order_by()
        .values("deal")
        .annotate(first=Min(live_at("article__")))
        .values("first")  # type: ignore[misc]  # the annotation, unknown to the plugin
    )
    if len(deal_ids) <= ONE_BY_ONE:
        Deal.objects.filter(pk__in=deal_ids).update(
            story_count=_count(live, "deal"), reported_at=Subquery(first)
        )
        return
    counts = dict(live.values_list("deal").annotate(n=Count("pk")).order_by())
    firsts = dict(
        DealLink.objects.filter(article__status=Status.PUBLISHED)
        .values_list("deal")
        .annotate(first=Min(live_at("article__")))
        .order_by()
    )
    rows = [
        Deal(pk=pk, story_count=counts.get(pk, 0), reported_at=firsts.get(pk)) for pk in deal_ids
    ]
    Deal.objects.bulk_update(rows, ["story_count", "reported_at"], batch_size=500)


def refresh_authors_and_topics(*, authors: Iterable[int] = (), tags: Iterable[int] = ()) -> None:
    in_turn()
    author_ids, tag_ids = set(authors), set(tags)
    if (batch := _pending()) is not None:
        batch.authors |= author_ids
        batch.tags |= tag_ids
        return
    if author_ids:
        live_bylines = Byline.objects.filter(published_q("article__"))
        _recount(Author, author_ids, live_bylines, "author")
    if tag_ids:
        live_tags = TaggedArticle.objects.filter(published_q("content_object__"))
        counts = dict(
            live_tags.filter(tag__in=tag_ids).values_list("tag").annotate(n=Count("pk")).order_by()
        )
        TopicStats.objects.bulk_create(
            [TopicStats(tag_id=pk, story_count=counts.get(pk, 0)) for pk in tag_ids],
            update_conflicts=True,
            unique_fields=["tag"],
            update_fields=["story_count"],
        )


def refresh_group_counts(company_ids: Iterable[int]) -> None:
    """Recount the group coverage (the company's and its group's stories, each once) of
    `company_ids` and of the companies whose group they belong to.

    Most companies head no group: their group count is their own count, copied in one
    UPDATE. The few that do are counted one by one over their members' links, each an
    indexed query (an OR across the relation join would scan every link per company).
    Expects `story_count` to be current for these companies.
    """
    in_turn()
    ids = set(company_ids)
    if (batch := _pending()) is not None:
        batch.groups |= ids
        return
    ids |= set(
        CompanyRelation.objects.filter(
            child__in=ids, kind__in=CompanyRelation.GROUP_KINDS
        ).values_list("parent_id", flat=True)
    )
    members: dict[int, set[int]] = {}
    for parent, child in CompanyRelation.objects.filter(
        parent__in=ids, kind__in=CompanyRelation.GROUP_KINDS
    ).values_list("parent_id", "child_id"):
        members.setdefault(parent, {parent}).add(child)
    Company.objects.filter(pk__in=ids - set(members)).update(group_story_count=F("story_count"))
    live_links = ArticleCompany.objects.filter(published_q("article__"))
    for parent, group in members.items():
        count = live_links.filter(company_id__in=group).values("article_id").distinct().count()
        Company.objects.filter(pk=parent).update(group_story_count=count)


def _pairs(company_ids: set[int] | None, *, flipped: bool = False):
    """(company, other, shared) rows: for every pair of companies named together in
    published stories, how many. With `company_ids`, only their pairs; `flipped`, the same
    pairs the other way round, (other, company), for the others outside `company_ids`."""
    links = ArticleCompany.objects.filter(published_q("article__"))
    if company_ids is not None:
        links = links.filter(company_id__in=company_ids)
    links = links.annotate(other=F("article__company_links__company_id")).exclude(
        other=F("company_id")
    )
    columns = ("company_id", "other")
    if flipped:
        links, columns = links.exclude(other__in=company_ids), ("other", "company_id")
    return links.values_list(*columns).annotate(n=Count("pk")).order_by()


def _pair(fewer: int, more: int, *, flipped: bool = False):
    """The row (fewer, more, shared) — or (more, fewer, shared) `flipped` — counted from
    the links of `fewer`, the company in fewer stories (so an Alibaba paired with a small
    company costs the small one's stories); no row when they share none."""
    links = (
        ArticleCompany.objects.filter(published_q("article__"), company_id=fewer)
        # "+ 0": the other company's links are probed by story, never walked.
        .annotate(other=F("article__company_links__company_id") + 0)
        .filter(other=more)
    )
    columns = ("other", "company_id") if flipped else ("company_id", "other")
    return links.values_list(*columns).annotate(n=Count("pk")).order_by()


def _write_pairs(selects) -> None:
    table = connection.ops.quote_name(CoMention._meta.db_table)
    with connection.cursor() as cursor:
        for select in selects:
            sql, params = select.query.sql_with_params()
            cursor.execute(
                f"INSERT INTO {table} (company_id, other_id, shared) "
                f"SELECT * FROM ({sql}) AS pairs WHERE 1 = 1 "
                "ON CONFLICT (company_id, other_id) DO UPDATE SET shared = excluded.shared",
                params,
            )


# More pairs than this (a bulk write) are recounted company by company.
PAIRS_ONE_BY_ONE = 100


def story_pairs(stories: Iterable[int], *, also: Iterable[int] = ()) -> set[tuple[int, int]]:
    """The pairs of companies (lower id first) named together in each of `stories` (their
    links now), with `also` — companies whose link to them just went — counted in each."""
    extra = set(also)
    named: dict[int, set[int]] = {}
    for story, company in ArticleCompany.objects.filter(article__in=set(stories)).values_list(
        "article_id", "company_id"
    ):
        named.setdefault(story, set(extra)).add(company)
    if not named and extra:
        named[0] = extra
    return {(a, b) for group in named.values() for a in group for b in group if a < b}


def refresh_story_pairs(stories: Iterable[int], *, also: Iterable[int] = ()) -> None:
    """Recount the co-mentions of the pairs of companies named together in `stories`, with
    `also` (companies whose link to them just went) counted in each (`story_pairs`)."""
    story_ids, gone = set(stories), set(also)
    batch = _pending()
    if batch is None or not story_ids:
        # No stories: the pairs among `also`, read without a query.
        refresh_co_mentions(pairs=story_pairs(story_ids, also=gone))
        return
    for story in story_ids:
        batch.pair_stories.setdefault(story, set()).update(gone)


def refresh_co_mentions(
    *, pairs: Iterable[tuple[int, int]] = (), companies: Iterable[int] | None = ()
) -> None:
    """Recount co-mentions (`CoMention`, one row each way): the given `pairs`, every pair
    of `companies`, or all of them when `companies` is None.

    A change to one story — its links, or whether it is public — moves only the pairs of
    companies it names (`story_pairs`), each recounted exactly from the smaller company's
    stories. A merge recounts the kept company's pairs; a bulk load, every pair (one
    INSERT ... SELECT, a few seconds at 200,000 stories). Rows of pairs no longer named
    together are zeroed first and dropped after.
    """
    in_turn()
    pair_set = set(pairs)
    ids = None if companies is None else set(companies)
    if (batch := _pending()) is not None:
        batch.pairs |= pair_set
        if ids is None or batch.co_mentions is None:
            batch.co_mentions = None
        else:
            batch.co_mentions |= ids
        return
    if len(pair_set) > PAIRS_ONE_BY_ONE:
        ids = (ids or set()) | {c for pair in pair_set for c in pair}
        pair_set = set()
    if ids is not None and len(ids) > ONE_BY_ONE:
        ids, pair_set = None, set()
    if ids is None:
        CoMention.objects.all().delete()
        _write_pairs([_pairs(None)])
        return
    if pair_set:
        counts = dict(
            Company.objects.filter(pk__in={c for pair in pair_set for c in pair}).values_list(
                "pk", "story_count"
            )
        )
        zeroed = Q()
        selects = []
        for a, b in pair_set:
            fewer, more = sorted((a, b), key=lambda pk: (counts.get(pk, 0), pk))
            zeroed |= Q(company=a, other=b) | Q(company=b, other=a)
            selects += [_pair(fewer, more), _pair(fewer, more, flipped=True)]
        mine = CoMention.objects.filter(zeroed)
        mine.update(shared=0)
        _write_pairs(selects)
        mine.filter(shared=0).delete()
    if ids:
        mine = CoMention.objects.filter(Q(company__in=ids) | Q(other__in=ids))
        mine.update(shared=0)
        # The other way round: (other, company) for the others outside `ids` (those
        # inside are counted as companies in their own right).
        _write_pairs([_pairs(ids), _pairs(ids, flipped=True)])
        mine.filter(shared=0).delete()


def refresh_all() -> None:
    """Recount everything (the `recount_coverage` command, after a bulk load)."""
    refresh_story_count()
    refresh_authors_and_topics(
        authors=Author.objects.values_list("pk", flat=True),
        tags=TaggedArticle.objects.values_list("tag_id", flat=True).distinct(),
    )
    refresh_coverage(
        companies=Company.objects.values_list("pk", flat=True),
        deals=Deal.objects.values_list("pk", flat=True),
    )
    refresh_co_mentions(companies=None)


def published_count() -> int:
    """How many stories `published_q` lets through, counted over indexes only.

    `published_q` is "published, its time has come, and no embargo still holding": counted
    as the published stories whose time has come (a range of the status/time index) less
    those among them still under embargo (the partial embargo index). A single COUNT with
    the embargo's OR reads every row of the archive instead.
    """
    now = timezone.now()
    due = Article.objects.filter(status=Status.PUBLISHED, published_at__lte=now)
    return due.count() - due.filter(embargo_until__gt=now).count()


def refresh_story_count() -> None:
    """Recount the public stories (`PublicState.story_count`, the home page's archive)."""
    in_turn()
    if (batch := _pending()) is not None:
        batch.story_count = True
        return
    current_state()
    PublicState.objects.filter(pk=1).update(story_count=published_count())


def refresh_for_articles(article_ids: Iterable[int]) -> None:
    """Recount every company and deal linked to these stories, and the public stories."""
    in_turn()
    ids = list(article_ids)
    if (batch := _pending()) is not None:
        # Which companies, deals, authors and topics they name is read as the block ends:
        # a link dropped meanwhile asks for its own recount (signals), and the rest are
        # there to read.
        batch.stories.update(ids)
        return
    purge.purge_on_commit(f"article-{pk}" for pk in ids)
    refresh_story_count()
    refresh_authors_and_topics(
        authors=Byline.objects.filter(article__in=ids).values_list("author_id", flat=True),
        tags=TaggedArticle.objects.filter(content_object__in=ids).values_list("tag_id", flat=True),
    )
    refresh_coverage(
        companies=ArticleCompany.objects.filter(article__in=ids).values_list(
            "company_id", flat=True
        ),
        deals=DealLink.objects.filter(article__in=ids).values_list("deal_id", flat=True),
        stories_changed=True,
    )
    refresh_co_mentions(pairs=story_pairs(ids))


def _next_live_at(now):
    """When the next scheduled or embargoed story goes live, if any is waiting."""
    return (
        Article.objects.filter(status=Status.PUBLISHED)
        .filter(Q(published_at__gt=now) | Q(embargo_until__gt=now))
        .aggregate(first=Min(live_at()))["first"]
    )


# Every anonymous request reads the public state first, the cached and 304 answers nothing
# else: plain SQL read with a cursor and loaded directly costs a fifth of what the ORM
# takes to build the same query (40 against 200 µs in process). Routed like any read.
_STATE_SQL = "SELECT id, version, changed_at, next_live_at, story_count FROM {table} WHERE id = 1"


_STATE_FIELDS = ("id", "version", "changed_at", "next_live_at", "story_count")


def _read_state() -> PublicState | None:
    db = router.db_for_read(PublicState)
    with connections[db].cursor() as cursor:
        cursor.execute(
            _STATE_SQL.format(table=cursor.db.ops.quote_name(PublicState._meta.db_table))
        )
        rows = cursor.fetchall()
    found = instances(PublicState, db, _STATE_FIELDS, rows)
    return found[0] if found else None


def current_state() -> PublicState:
    state = _read_state()
    if state is None:
        now = timezone.now()
        state, _ = PublicState.objects.get_or_create(
            pk=1,
            defaults={
                "changed_at": now,
                "next_live_at": _next_live_at(now),
                "story_count": published_count(),
            },
        )
    return state


def bump_version(*, keys: Iterable[str] = ()) -> None:
    """Something public changed: every cached page and ETag keyed on the version is stale,
    and the CDN is asked to purge the pages tagged with `keys` once the change is committed.
    """
    if (batch := _pending()) is not None:
        batch.bump = True
        batch.keys.update(keys)
        return
    now = timezone.now()
    purge.purge_on_commit(keys)
    updated = PublicState.objects.filter(pk=1).update(
        version=F("version") + 1, changed_at=now, next_live_at=_next_live_at(now)
    )
    if not updated:
        current_state()


def refresh_most_covered() -> None:
    """Recount the home page's most covered companies (`MostCovered`): a few milliseconds
    over the latest RECENT_STORIES stories, after any change to which stories are public or
    to their companies (`refresh_coverage`). Written rank by rank (INSERT ... ON CONFLICT),
    then ranks past the end dropped."""
    in_turn()
    if (batch := _pending()) is not None:
        batch.most_covered = True
        return
    rows = [
        MostCovered(rank=n, company_id=company, coverage=coverage)
        for n, (company, coverage) in enumerate(rankings.count_most_covered(), start=1)
    ]
    MostCovered.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["rank"], update_fields=["company", "coverage"]
    )
    MostCovered.objects.filter(rank__gt=len(rows)).delete()


def catch_up(state: PublicState | None = None) -> PublicState:
    """Count in the scheduled stories whose time has come, once, whichever process notices.

    Returns the state to key on. Costs one query when nothing is due.
    """
    state = state or current_state()
    now = timezone.now()
    if state.next_live_at is None or state.next_live_at > now:
        return state
    with transaction.atomic():
        # Claim the catch-up: of two processes noticing at once, one updates the row.
        claimed = PublicState.objects.filter(pk=1, next_live_at=state.next_live_at).update(
            next_live_at=None
        )
        if claimed:
            due = (
                Article.objects.filter(status=Status.PUBLISHED)
                .alias(live=live_at())
                .filter(live__gte=state.next_live_at, live__lte=now)
                .values_list("pk", flat=True)
            )
            refresh_for_articles(due)
    return current_state()
