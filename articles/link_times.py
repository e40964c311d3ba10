"""Each link of a story to a company, an author, a topic or a deal carries the story's
publication time (`published_at` on ArticleCompany, Byline, TaggedArticle and the story↔deal
table, read through StoryDealTime), kept by the database.

Why: a page of one company's, author's, topic's or deal's stories, newest first, is then read along
the link table's index on (thing, time, story), a row per story shown, however the thing's
stories are spread over the archive. Walking the stories' date index instead and testing
each story's links is fast only while the thing's stories are frequent among the newest:
for a company whose coverage ended years ago (one taken over, say) the walk passes every
story since before it finds the first.

How: triggers, as for the search index (search.py), so that no path that writes stories or
links (a form, the importer, bulk inserts and COPY, a queryset's update(), a revert) can
leave a copy stale. On every insert or update of a link, its time is set from its story's
row; when a story's time changes, the new time is copied to its links. Installed by
migration 0017. SQLite drops a table's triggers when a migration rebuilds the table, so
`restore` (a post_migrate receiver) puts back any that are missing and refills the times.
"""

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.recorder import MigrationRecorder

MIGRATION = "0017_link_publication_times"

# Each link table, and its column for the story.
LINKS = [
    ("articles_articlecompany", "article_id"),
    ("articles_byline", "article_id"),
    ("articles_taggedarticle", "content_object_id"),
    ("articles_article_deals", "article_id"),
]
# The story↔deal table is Django's own many-to-many table, which no model field can extend:
# its column and index are made here (and read through the unmanaged `StoryDealTime`).
DEALS_TABLE = "articles_article_deals"
DEALS_INDEX = "article_deals_time_idx"
COLUMN_TYPE = {"sqlite": "datetime", "postgresql": "timestamp with time zone"}
_STORY_TIME = "(SELECT published_at FROM articles_article WHERE id = NEW.{story})"


def _copy_to_links() -> str:
    return " ".join(
        f"UPDATE {table} SET published_at = NEW.published_at WHERE {story} = NEW.id;"
        for table, story in LINKS
    )


def _sqlite_triggers() -> dict[str, str]:
    triggers = {}
    for table, story in LINKS:
        time = _STORY_TIME.format(story=story)
        for when, event in (("insert", "INSERT"), ("update", f"UPDATE OF published_at, {story}")):
            triggers[f"{table}_time_{when}"] = (
                f"CREATE TRIGGER {table}_time_{when} AFTER {event} ON {table} "
                f"WHEN NEW.published_at IS NOT {time} "
                f"BEGIN UPDATE {table} SET published_at = {time} WHERE id = NEW.id; END"
            )
    triggers["articles_article_time"] = (
        "CREATE TRIGGER articles_article_time AFTER UPDATE OF published_at ON articles_article "
        f"WHEN NEW.published_at IS NOT OLD.published_at BEGIN {_copy_to_links()} END"
    )
    return triggers


SQLITE_TRIGGERS = _sqlite_triggers()


def _postgresql() -> list[str]:
    statements = []
    for table, story in LINKS:
        statements += [
            f"CREATE OR REPLACE FUNCTION {table}_time() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN NEW.published_at := {_STORY_TIME.format(story=story)}; RETURN NEW; END $$",
            f"DROP TRIGGER IF EXISTS {table}_time ON {table}",
            f"CREATE TRIGGER {table}_time BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_time()",
        ]
    return [
        *statements,
        "CREATE OR REPLACE FUNCTION articles_article_time() RETURNS trigger "
        f"LANGUAGE plpgsql AS $$ BEGIN {_copy_to_links()} RETURN NULL; END $$",
        "DROP TRIGGER IF EXISTS articles_article_time ON articles_article",
        "CREATE TRIGGER articles_article_time AFTER UPDATE OF published_at ON articles_article "
        "FOR EACH ROW WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at) "
        "EXECUTE FUNCTION articles_article_time()",
    ]


POSTGRESQL = _postgresql()

FILL = [
    f"UPDATE {table} SET published_at = (SELECT a.published_at FROM articles_article a "
    f"WHERE a.id = {table}.{story})"
    for table, story in LINKS
]


def _deals_column(cursor, connection) -> bool:
    """Add the deals link table's time column and its index if missing (SQLite drops the
    column with the table when a migration rebuilds it). True if the column was added."""
    columns = {c.name for c in connection.introspection.get_table_description(cursor, DEALS_TABLE)}
    if "published_at" in columns:
        return False
    cursor.execute(
        f"ALTER TABLE {DEALS_TABLE} ADD COLUMN published_at {COLUMN_TYPE[connection.vendor]} NULL"
    )
    cursor.execute(
        f"CREATE INDEX IF NOT EXISTS {DEALS_INDEX} "
        f"ON {DEALS_TABLE} (deal_id, published_at, article_id)"
    )
    return True


def install(connection) -> list[str]:
    """Create the triggers (on SQLite, those missing) and the deals link table's column
    and, if any was created, fill every link's time. Returns the names created."""
    with connection.cursor() as cursor:
        if connection.vendor not in COLUMN_TYPE:
            raise NotImplementedError(f"No link-time triggers for {connection.vendor}.")
        added = _deals_column(cursor, connection)
        if connection.vendor == "postgresql":
            for sql in POSTGRESQL:
                cursor.execute(sql)
            created = [f"{table}_time" for table, _ in LINKS] + ["articles_article_time"]
        elif connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            existing = {name for (name,) in cursor.fetchall()}
            created = [name for name in SQLITE_TRIGGERS if name not in existing]
            for name in created:
                cursor.execute(SQLITE_TRIGGERS[name])
        if created or added:
            for sql in FILL:
                cursor.execute(sql)
    return created


def remove(connection) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for name in SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            return
        for table, _ in LINKS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {table}_time ON {table}")
            cursor.execute(f"DROP FUNCTION IF EXISTS {table}_time()")
        cursor.execute("DROP TRIGGER IF EXISTS articles_article_time ON articles_article")
        cursor.execute("DROP FUNCTION IF EXISTS articles_article_time()")


def remove_deals_column(connection) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {DEALS_INDEX}")
        cursor.execute(f"ALTER TABLE {DEALS_TABLE} DROP COLUMN published_at")


def restore(sender=None, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    """post_migrate: on SQLite, put back the triggers a table rebuild dropped, and refill."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    if ("articles", MIGRATION) in MigrationRecorder(connection).applied_migrations():
        install(connection)
