"""The commands' entries in the activity log: import_articles, import_companies,
link_companies --apply and merge_companies write one LogEntry per object they add or
change, naming the command and the file, as --user or the inactive system account, in the
import's own transaction; the log shows them with the command's name."""

from pathlib import Path

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article
from companies.models import Company
from core.activity import SYSTEM_USERNAME, system_user

from . import factories

pytestmark = pytest.mark.django_db

LOG = reverse("admin:admin_logentry_changelist")

STORY = """---
title: Alibaba nears Russian e-commerce joint venture
slug: {slug}
byline: James Kynge in London
companies: [Alibaba]
---
Alibaba is in advanced stage negotiations with Mail.ru Group.
"""

CSV = """name,aliases,country,sector,website,ticker,description,parent,relation
Shopee,Shopee Mall,SG,E-commerce,,,,Sea Group,subsidiary
Sea Group,Sea Limited,SG,Internet,,,,,
"""


@pytest.fixture
def alibaba():
    company = factories.company("Alibaba Group", slug="alibaba")
    company.aliases.create(name="Alibaba")
    return company


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def entries(model=None):
    found = LogEntry.objects.order_by("pk").select_related("user", "content_type")
    if model is not None:
        found = found.filter(content_type__model=model._meta.model_name)
    return list(found)


def test_import_articles_logs_each_new_story_as_the_system_account(tmp_path, alibaba):
    write(tmp_path, "jv.md", STORY.format(slug="alibaba-jv"))
    call_command("import_articles", str(tmp_path), verbosity=0)
    (entry,) = entries(Article)
    story = Article.objects.get()
    assert (entry.action_flag, entry.object_id) == (ADDITION, str(story.pk))
    assert entry.change_message == "import_articles: added from jv.md"
    assert entry.user.get_username() == SYSTEM_USERNAME


def test_importing_a_story_again_logs_a_change(tmp_path, alibaba):
    write(tmp_path, "jv.md", STORY.format(slug="alibaba-jv"))
    call_command("import_articles", str(tmp_path), verbosity=0)
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert [e.action_flag for e in entries(Article)] == [ADDITION, CHANGE]
    assert entries(Article)[1].change_message == "import_articles: changed from jv.md"


def test_the_user_option_records_that_user(tmp_path, alibaba, editor):
    write(tmp_path, "jv.md", STORY.format(slug="alibaba-jv"))
    call_command("import_articles", str(tmp_path), user="editor-user", verbosity=0)
    assert [e.user for e in entries(Article)] == [editor]
    assert not get_user_model().objects.filter(username=SYSTEM_USERNAME).exists()


def test_an_unknown_user_is_refused_before_anything_is_written(tmp_path, alibaba):
    write(tmp_path, "jv.md", STORY.format(slug="alibaba-jv"))
    with pytest.raises(CommandError, match="no user named 'nobody'"):
        call_command("import_articles", str(tmp_path), user="nobody", verbosity=0)
    assert not Article.objects.exists() and not LogEntry.objects.exists()


def test_a_failed_import_leaves_no_entry_and_no_system_account(tmp_path, alibaba):
    write(tmp_path, "a.md", STORY.format(slug="fine"))
    write(tmp_path, "b.md", "no front matter")
    with pytest.raises(CommandError):
        call_command("import_articles", str(tmp_path), verbosity=0)
    assert not LogEntry.objects.exists()
    assert not get_user_model().objects.filter(username=SYSTEM_USERNAME).exists()


def test_a_dry_run_logs_nothing(tmp_path, alibaba):
    write(tmp_path, "jv.md", STORY.format(slug="alibaba-jv"))
    call_command("import_articles", str(tmp_path), dry_run=True, verbosity=0)
    assert not LogEntry.objects.exists()


def test_a_big_import_writes_its_entries_in_a_few_inserts(tmp_path, alibaba):
    """One INSERT per batch (500 rows, or as many as SQLite takes in one statement:
    142), never one per story."""
    for n in range(300):
        write(tmp_path, f"{n:03d}.md", STORY.format(slug=f"story-{n:03d}"))
    with CaptureQueriesContext(connection) as queries:
        call_command("import_articles", str(tmp_path), verbosity=0)
    inserts = [q for q in queries if q["sql"].startswith('INSERT INTO "django_admin_log"')]
    assert 1 <= len(inserts) <= 3
    assert LogEntry.objects.filter(action_flag=ADDITION).count() == 300


def test_the_system_account_cannot_log_in():
    user = system_user()
    assert not user.is_active and not user.has_usable_password()
    assert system_user().pk == user.pk  # made once


def test_import_companies_logs_added_companies_with_file_and_line(tmp_path):
    path = write(tmp_path, "companies.csv", CSV)
    call_command("import_companies", str(path), verbosity=0)
    messages = {e.object_repr: (e.action_flag, e.change_message) for e in entries(Company)}
    assert messages == {
        "Shopee": (ADDITION, "import_companies: added from companies.csv (line 2)"),
        "Sea Group": (ADDITION, "import_companies: added from companies.csv (line 3)"),
    }


def test_importing_the_same_companies_again_logs_nothing_new(tmp_path):
    path = write(tmp_path, "companies.csv", CSV)
    call_command("import_companies", str(path), verbosity=0)
    call_command("import_companies", str(path), verbosity=0)
    assert len(entries(Company)) == 2


def test_a_changed_company_is_logged_as_a_change(tmp_path):
    call_command("import_companies", str(write(tmp_path, "a.csv", CSV)), verbosity=0)
    changed = CSV.replace("Internet", "Holding company")
    call_command("import_companies", str(write(tmp_path, "b.csv", changed)), verbosity=0)
    last = entries(Company)[-1]
    assert (last.object_repr, last.action_flag) == ("Sea Group", CHANGE)
    assert last.change_message == "import_companies: changed from b.csv (line 3)"


def test_link_companies_apply_logs_each_story_it_linked(alibaba, editor):
    story = factories.draft("Alibaba talks", body="Alibaba is in talks. Alibaba said so.")
    factories.draft("Nothing here", body="The weather was fine.")
    call_command("link_companies", "--all", "--apply", user="editor-user", verbosity=0)
    (entry,) = entries(Article)
    assert (entry.object_id, entry.user, entry.action_flag) == (str(story.pk), editor, CHANGE)
    assert entry.change_message == "link_companies --apply: linked Alibaba Group"


def test_link_companies_without_apply_logs_nothing(alibaba):
    factories.draft("Alibaba talks", body="Alibaba is in talks. Alibaba said so.")
    call_command("link_companies", "--all", verbosity=0)
    assert not LogEntry.objects.exists()


def test_merge_companies_logs_the_kept_company_and_each_merged_one(alibaba):
    dup = factories.company("Alibaba Holding", slug="alibaba-holding")
    call_command("merge_companies", "alibaba", "alibaba-holding", verbosity=0)
    assert not Company.objects.filter(pk=dup.pk).exists()
    logged = [(e.object_repr, e.action_flag, e.change_message) for e in entries(Company)]
    assert logged == [
        ("Alibaba Holding", DELETION, "merge_companies: merged into “Alibaba Group”"),
        ("Alibaba Group", CHANGE, "merge_companies: merged “Alibaba Holding” into this"),
    ]


def test_merge_companies_refuses_an_unknown_slug(alibaba):
    with pytest.raises(CommandError, match="no-such"):
        call_command("merge_companies", "alibaba", "no-such", verbosity=0)
    assert not LogEntry.objects.exists()


def test_merge_companies_dry_run_merges_nothing(alibaba):
    factories.company("Alibaba Holding", slug="alibaba-holding")
    call_command("merge_companies", "alibaba", "alibaba-holding", dry_run=True, verbosity=0)
    assert Company.objects.count() == 2 and not LogEntry.objects.exists()


def test_the_log_names_the_command_for_the_system_account(tmp_path, alibaba, editor_client):
    write(tmp_path, "jv.md", STORY.format(slug="alibaba-jv"))
    call_command("import_articles", str(tmp_path), verbosity=0)
    page = editor_client.get(LOG).content.decode()
    assert "import_articles (system)" in page
    assert "Added from jv.md" in page


def test_the_log_names_the_command_beside_a_named_user(tmp_path, alibaba, editor, editor_client):
    write(tmp_path, "jv.md", STORY.format(slug="alibaba-jv"))
    call_command("import_articles", str(tmp_path), user="editor-user", verbosity=0)
    assert "editor-user, by import_articles" in editor_client.get(LOG).content.decode()


def test_the_log_filters_by_command(tmp_path, alibaba, editor, editor_client):
    write(tmp_path, "jv.md", STORY.format(slug="alibaba-jv"))
    call_command("import_articles", str(tmp_path), verbosity=0)
    by_hand = factories.draft("By hand")
    LogEntry.objects.log_actions(
        user_id=editor.pk, queryset=[by_hand], action_flag=CHANGE, change_message="Published"
    )
    imported = editor_client.get(LOG, {"source": "import_articles"}).context["cl"].result_list
    admin = editor_client.get(LOG, {"source": "admin"}).context["cl"].result_list
    assert [e.object_repr for e in imported] == ["Alibaba nears Russian e-commerce joint venture"]
    assert [e.object_repr for e in admin] == ["By hand"]
