"""The search index, kept current by the database itself so that no write path can miss it
(the admin, imports, bulk loads, COPY, raw SQL): see articles/search.py for how it is read.

PostgreSQL: a stored, weighted tsvector on each story (`articles_article.search_document`:
headline A, standfirst B, body C, names of the linked companies B) with a GIN index, set by
triggers on the stories, their company links and the companies' names; pg_trgm and trigram
indexes on company names and aliases for typo-tolerant company search.

SQLite: an FTS5 table (`articles_search_fts`, one row per story, rowid = story id) and a
trigram FTS5 table of company names and aliases (`articles_company_trgm`), kept by triggers.

The column and the virtual tables are not model fields: the ORM never loads them, and
nothing but these triggers writes them.
"""

from django.db import migrations

from articles import search

# --- PostgreSQL -------------------------------------------------------------------------

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE articles_article ADD COLUMN search_document tsvector",
    # The story's own text, weighted.
    """
    CREATE FUNCTION articles_search_text(headline text, standfirst text, body text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('pg_catalog.english', coalesce(headline, '')), 'A')
            || setweight(to_tsvector('pg_catalog.english', coalesce(standfirst, '')), 'B')
            || setweight(to_tsvector('pg_catalog.english', coalesce(body, '')), 'C')
    $$
    """,
    # The names of the companies a story is linked to, weighted B.
    """
    CREATE FUNCTION articles_search_companies(story bigint)
    RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('pg_catalog.english',
                                     coalesce(string_agg(c.name, ' ' ORDER BY c.id), '')), 'B')
        FROM articles_articlecompany ac JOIN companies_company c ON c.id = ac.company_id
        WHERE ac.article_id = story
    $$
    """,
    """
    CREATE FUNCTION articles_article_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT'
           OR NEW.search_document IS NULL
           OR NEW.headline IS DISTINCT FROM OLD.headline
           OR NEW.standfirst IS DISTINCT FROM OLD.standfirst
           OR NEW.body IS DISTINCT FROM OLD.body THEN
            NEW.search_document := articles_search_text(NEW.headline, NEW.standfirst, NEW.body)
                                   || articles_search_companies(NEW.id);
        END IF;
        RETURN NEW;
    END
    $$
    """,
    # Links: a new link appends the company's name (no re-parsing of the body, so bulk
    # loads stay cheap); a removed or changed link rebuilds the story's document.
    """
    CREATE FUNCTION articles_articlecompany_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            UPDATE articles_article a
               SET search_document = coalesce(a.search_document, ''::tsvector) || n.names
              FROM (SELECT l.article_id,
                           setweight(to_tsvector('pg_catalog.english',
                                                 string_agg(c.name, ' ' ORDER BY c.id)), 'B')
                           AS names
                      FROM new_links l JOIN companies_company c ON c.id = l.company_id
                     GROUP BY l.article_id) n
             WHERE a.id = n.article_id;
        ELSIF TG_OP = 'DELETE' THEN
            UPDATE articles_article a
               SET search_document = articles_search_text(a.headline, a.standfirst, a.body)
                                     || articles_search_companies(a.id)
             WHERE a.id IN (SELECT article_id FROM old_links);
        ELSE
            UPDATE articles_article a
               SET search_document = articles_search_text(a.headline, a.standfirst, a.body)
                                     || articles_search_companies(a.id)
             WHERE a.id IN (SELECT article_id FROM old_links
                            UNION SELECT article_id FROM new_links);
        END IF;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE FUNCTION articles_company_renamed_search() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE articles_article a
           SET search_document = articles_search_text(a.headline, a.standfirst, a.body)
                                 || articles_search_companies(a.id)
         WHERE a.id IN (SELECT article_id FROM articles_articlecompany
                         WHERE company_id = NEW.id);
        RETURN NULL;
    END
    $$
    """,
    # Fill the column for the stories already there, then keep it current.
    """
    UPDATE articles_article
       SET search_document = articles_search_text(headline, standfirst, body)
                             || articles_search_companies(id)
    """,
    """
    CREATE TRIGGER articles_article_search BEFORE INSERT OR UPDATE ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search()
    """,
    """
    CREATE TRIGGER articles_articlecompany_search_insert AFTER INSERT ON articles_articlecompany
    REFERENCING NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION articles_articlecompany_search()
    """,
    """
    CREATE TRIGGER articles_articlecompany_search_delete AFTER DELETE ON articles_articlecompany
    REFERENCING OLD TABLE AS old_links
    FOR EACH STATEMENT EXECUTE FUNCTION articles_articlecompany_search()
    """,
    """
    CREATE TRIGGER articles_articlecompany_search_update AFTER UPDATE ON articles_articlecompany
    REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION articles_articlecompany_search()
    """,
    """
    CREATE TRIGGER articles_company_renamed_search AFTER UPDATE OF name ON companies_company
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION articles_company_renamed_search()
    """,
    "CREATE INDEX articles_article_search_idx ON articles_article USING gin (search_document)",
    "CREATE INDEX articles_company_name_trgm ON companies_company USING gin (name gin_trgm_ops)",
    "CREATE INDEX articles_companyalias_name_trgm ON companies_companyalias "
    "USING gin (name gin_trgm_ops)",
]

POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS articles_companyalias_name_trgm",
    "DROP INDEX IF EXISTS articles_company_name_trgm",
    "DROP TRIGGER IF EXISTS articles_company_renamed_search ON companies_company",
    "DROP TRIGGER IF EXISTS articles_articlecompany_search_update ON articles_articlecompany",
    "DROP TRIGGER IF EXISTS articles_articlecompany_search_delete ON articles_articlecompany",
    "DROP TRIGGER IF EXISTS articles_articlecompany_search_insert ON articles_articlecompany",
    "DROP TRIGGER IF EXISTS articles_article_search ON articles_article",
    "DROP FUNCTION IF EXISTS articles_company_renamed_search()",
    "DROP FUNCTION IF EXISTS articles_articlecompany_search()",
    "DROP FUNCTION IF EXISTS articles_article_search()",
    "DROP FUNCTION IF EXISTS articles_search_companies(bigint)",
    "DROP FUNCTION IF EXISTS articles_search_text(text, text, text)",
    "ALTER TABLE articles_article DROP COLUMN IF EXISTS search_document",
]

# --- SQLite -----------------------------------------------------------------------------
# The DDL lives in articles/search.py, which also puts back triggers that SQLite drops when
# a later migration rebuilds one of these tables (a post_migrate receiver).


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for sql in POSTGRES_FORWARD:
            schema_editor.execute(sql, params=None)
    elif vendor == "sqlite":
        search.install_sqlite_index(schema_editor.connection)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for sql in POSTGRES_BACKWARD:
            schema_editor.execute(sql, params=None)
    elif vendor == "sqlite":
        search.remove_sqlite_index(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_embargo"),
        ("companies", "0002_index_letter_group_count"),
    ]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
