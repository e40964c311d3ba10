"""import_articles and import_companies: formats, errors with file and line, all or nothing."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.importers.bylines import BylineError, parse_byline
from articles.models import Article, Author
from companies.models import Company, CompanyAlias, CompanyRelation

from . import factories

pytestmark = pytest.mark.django_db

GOOD = """---
title: Alibaba nears Russian e-commerce joint venture
slug: alibaba-russia-jv
standfirst: One line under the headline
byline: James Kynge in London and Henry Foy in Moscow
published_at: 2018-06-01T09:00:00Z
tags: [digital silk road, e-commerce]
companies: [Alibaba, Мэйл.ру]
---
Alibaba is in advanced stage negotiations with **Mail.ru**.
"""


@pytest.fixture
def companies():
    alibaba = factories.company("Alibaba Group", slug="alibaba")
    alibaba.aliases.create(name="Alibaba")
    mailru = factories.company("Mail.ru Group", slug="mail-ru")
    mailru.aliases.create(name="Мэйл.ру")
    return alibaba, mailru


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def import_error(*args) -> str:
    with pytest.raises(CommandError) as error:
        call_command(*args, verbosity=0)
    return str(error.value)


@pytest.mark.parametrize(
    ("value", "people"),
    [
        ("James Kynge in London and Henry Foy in Moscow",
         [("James Kynge", "London"), ("Henry Foy", "Moscow")]),
        ("By Anna Petrova and Li Wei", [("Anna Petrova", ""), ("Li Wei", "")]),
        ("A Smith, B Jones and C Brown", [("A Smith", ""), ("B Jones", ""), ("C Brown", "")]),
        ("A Smith, B Jones, and C Brown", [("A Smith", ""), ("B Jones", ""), ("C Brown", "")]),
        ("Siti Rahman in Jakarta", [("Siti Rahman", "Jakarta")]),
        (["Li Wei in Hong Kong", {"name": "Omar Qureshi", "location": "Karachi"}],
         [("Li Wei", "Hong Kong"), ("Omar Qureshi", "Karachi")]),
        ("", []),
    ],
)  # fmt: skip
def test_byline_forms(value, people):
    assert parse_byline(value) == people


@pytest.mark.parametrize("value", [[{"location": "London"}], 42, "A Smith and A Smith"])
def test_bad_bylines_are_refused(value):
    with pytest.raises(BylineError):
        parse_byline(value)


def test_a_story_file_imports_with_everything_it_names(tmp_path, companies):
    call_command("import_articles", str(write(tmp_path, "a.md", GOOD)), verbosity=0)
    story = Article.objects.get(slug="alibaba-russia-jv")
    assert story.is_published() and story.published_at.isoformat() == "2018-06-01T09:00:00+00:00"
    assert story.standfirst == "One line under the headline"
    assert "<strong>Mail.ru</strong>" in story.body_html
    assert [(b.author.name, b.location) for b in story.bylines.all()] == [
        ("James Kynge", "London"),
        ("Henry Foy", "Moscow"),
    ]
    assert sorted(story.tags.names()) == ["digital silk road", "e-commerce"]
    assert set(story.company_links.values_list("company__slug", "role")) == {
        ("alibaba", "about"),
        ("mail-ru", "about"),
    }


def test_importing_again_updates_instead_of_duplicating(tmp_path, companies):
    path = write(tmp_path, "a.md", GOOD)
    call_command("import_articles", str(path), verbosity=0)
    write(tmp_path, "a.md", GOOD.replace("One line under the headline", "A revised standfirst"))
    call_command("import_articles", str(path), verbosity=0)
    assert Article.objects.count() == 1
    assert Article.objects.get().standfirst == "A revised standfirst"
    assert Author.objects.count() == 2
    assert Article.objects.get().bylines.count() == 2


def test_reimport_keeps_company_links_an_editor_added(tmp_path, companies):
    path = write(tmp_path, "a.md", GOOD)
    call_command("import_articles", str(path), verbosity=0)
    story = Article.objects.get()
    story.company_links.create(company=factories.company("Sberbank"), role="mentions")
    call_command("import_articles", str(path), verbosity=0)
    assert story.company_links.count() == 3


def test_a_directory_imports_every_markdown_file(tmp_path, companies):
    write(tmp_path, "one.md", GOOD)
    write(tmp_path, "two.md", GOOD.replace("alibaba-russia-jv", "second-story"))
    write(tmp_path, "notes.txt", "not a story")
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert set(Article.objects.values_list("slug", flat=True)) == {
        "alibaba-russia-jv",
        "second-story",
    }


def test_without_a_date_a_story_is_a_draft_unless_published(tmp_path, companies):
    text = GOOD.replace("published_at: 2018-06-01T09:00:00Z\n", "")
    call_command("import_articles", str(write(tmp_path, "a.md", text)), verbosity=0)
    assert Article.objects.get().status == Article.Status.DRAFT
    call_command(
        "import_articles",
        str(write(tmp_path, "b.md", text.replace("alibaba-russia-jv", "b"))),
        "--publish",
        verbosity=0,
    )
    assert Article.objects.get(slug="b").is_published()


def test_dry_run_writes_nothing(tmp_path, companies, capsys):
    call_command("import_articles", str(write(tmp_path, "a.md", GOOD)), "--dry-run")
    assert "Would import 1 stories: 1 new" in capsys.readouterr().out
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("front_matter", "line", "message"),
    [
        ("slug: no-title\n", 1, "`title` is required"),
        ("title: T\npublished_at: 2018-06-01\nslug: [x\n", 4, "front matter is not valid YAML"),
        (
            "title: T\npublished_at: yesterday\n",
            3,
            "published_at is not a date and time: 'yesterday'",
        ),
        (
            "title: T\npublished_at: 2018-13-45T09:00:00Z\n",
            3,
            "published_at is not a date and time",
        ),
        (
            "title: T\ncompanies: [Alibaba, Nonexistent Corp]\n",
            3,
            "unknown company 'Nonexistent Corp'",
        ),
        ("title: T\ntitel: typo\n", 3, "unknown key `titel`"),
        ("title: [unclosed\n", 2, "front matter is not valid YAML"),
        ("title: T\nslug: Not A Slug!\n", 3, "slug 'Not A Slug!' is not valid"),
        ("title: T\nbyline: [{location: London}]\n", 3, "byline: each byline entry needs a name"),
    ],
)
def test_bad_files_name_the_file_and_line_and_import_nothing(
    tmp_path, companies, front_matter, line, message
):
    good = write(tmp_path, "a-good.md", GOOD)
    bad = write(tmp_path, "b-bad.md", f"---\n{front_matter}---\nBody.\n")
    error = import_error("import_articles", str(tmp_path))
    assert f"{bad}:{line}: {message}" in error
    assert str(good) not in error
    assert not Article.objects.exists()


def test_a_file_without_front_matter_is_refused(tmp_path, companies):
    path = write(tmp_path, "a.md", "Just a body.\n")
    assert f"{path}:1: no front matter" in import_error("import_articles", str(path))


def test_a_story_without_a_body_is_refused(tmp_path, companies):
    path = write(tmp_path, "a.md", "---\ntitle: T\n---\n\n")
    assert f"{path}:4: the story has no body" in import_error("import_articles", str(path))


def test_two_files_with_one_slug_are_refused(tmp_path, companies):
    write(tmp_path, "a.md", GOOD)
    write(tmp_path, "b.md", GOOD)
    assert "slug 'alibaba-russia-jv' is also used by" in import_error(
        "import_articles", str(tmp_path)
    )
    assert not Article.objects.exists()


def test_a_missing_path_is_refused(tmp_path, companies):
    assert "no such file or directory" in import_error("import_articles", str(tmp_path / "nope"))


def test_importing_1000_files_writes_them_all(tmp_path, companies):
    for n in range(1000):
        write(tmp_path, f"{n:04d}.md", GOOD.replace("alibaba-russia-jv", f"story-{n:04d}"))
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert Article.objects.count() == 1000


# Companies ------------------------------------------------------------------------------

CSV = """name,aliases,country,sector,website,ticker,description,parent,relation
Shopee,Shopee Mall|虾皮,SG,E-commerce,https://shopee.sg,,A marketplace,Sea Limited,subsidiary
Sea Group,Sea Limited,SG,Internet,,NYSE: SE,,,
"""


def test_companies_import_from_csv_with_parents_in_any_order(tmp_path):
    call_command("import_companies", str(write(tmp_path, "c.csv", CSV)), verbosity=0)
    shopee = Company.objects.get(name="Shopee")
    assert shopee.country.code == "SG" and shopee.website == "https://shopee.sg"
    assert set(shopee.aliases.values_list("name", flat=True)) == {"Shopee Mall", "虾皮"}
    relation = CompanyRelation.objects.get(child=shopee)
    assert (relation.parent.name, relation.kind) == ("Sea Group", "subsidiary")


def test_companies_import_from_json_with_a_stored_parent(tmp_path):
    factories.company("Alibaba Group").aliases.create(name="Alibaba")
    data = [
        {"name": "Lazada", "aliases": ["Lazada Group"], "parent": "Alibaba", "relation": "stake"}
    ]
    call_command("import_companies", str(write(tmp_path, "c.json", json.dumps(data))), verbosity=0)
    assert CompanyRelation.objects.get(child__name="Lazada").kind == "stake"


def test_importing_companies_again_changes_nothing(tmp_path):
    path = write(tmp_path, "c.csv", CSV)
    call_command("import_companies", str(path), verbosity=0)
    counts = (
        Company.objects.count(),
        CompanyAlias.objects.count(),
        CompanyRelation.objects.count(),
    )
    call_command("import_companies", str(path), verbosity=0)
    assert (
        Company.objects.count(),
        CompanyAlias.objects.count(),
        CompanyRelation.objects.count(),
    ) == counts


def test_an_alias_of_a_stored_company_is_refused_naming_both(tmp_path):
    factories.company("Alibaba Group").aliases.create(name="Alibaba")
    path = write(tmp_path, "c.csv", "name,aliases\nAlibaba Pictures,ALIBABA\n")
    error = import_error("import_companies", str(path))
    assert (
        f"{path}:2: alias 'ALIBABA' of 'Alibaba Pictures' already belongs to 'Alibaba Group'"
        in error
    )
    assert not Company.objects.filter(name="Alibaba Pictures").exists()


def test_an_alias_claimed_twice_in_one_file_is_refused_naming_both(tmp_path):
    path = write(
        tmp_path,
        "c.json",
        json.dumps([{"name": "A Corp"}, {"name": "B Corp", "aliases": ["a corp"]}]),
    )
    error = import_error("import_companies", str(path))
    assert (
        f"{path}:item 2: alias 'a corp' of 'B Corp' already belongs to 'A Corp' (item 1)" in error
    )
    assert not Company.objects.exists()


@pytest.mark.parametrize(
    ("csv", "line", "message"),
    [
        (
            "name,country\nGood Co,GB\nBad Co,XX\n",
            3,
            "country 'XX' is not an ISO 3166 alpha-2 code",
        ),
        (
            "name,parent\nGood Co,\nBad Co,Nobody\n",
            3,
            "parent 'Nobody' is neither in this file nor stored",
        ),
        ("name,relation\nGood Co,\nBad Co,owner\n", 3, "relation 'owner' is not one of"),
        (
            "name,website\nGood Co,\nBad Co,not a url\n",
            3,
            "website 'not a url' is not an http(s) URL",
        ),
        ("name,country\nGood Co,GB\n,GB\n", 3, "`name` is required"),
        ("name,country\nGood Co,GB\nBad Co,GB,extra\n", 3, "more values than columns"),
        ("name,colour\nGood Co,red\n", 1, "unknown column `colour`"),
        ("country\nGB\n", 1, "the header row has no `name` column"),
    ],
)
def test_bad_company_rows_name_the_line_and_import_nothing(tmp_path, csv, line, message):
    path = write(tmp_path, "c.csv", csv)
    assert f"{path}:{line}: {message}" in import_error("import_companies", str(path))
    assert not Company.objects.exists()


def test_invalid_json_names_the_line(tmp_path):
    path = write(tmp_path, "c.json", '[{"name": "A"},\n {"name": }]')
    assert f"{path}:2: not valid JSON" in import_error("import_companies", str(path))


def test_other_file_types_are_refused(tmp_path):
    assert "use a .csv or .json file" in import_error(
        "import_companies", str(write(tmp_path, "c.txt", "x"))
    )


def test_company_dry_run_writes_nothing(tmp_path, capsys):
    call_command("import_companies", str(write(tmp_path, "c.csv", CSV)), "--dry-run")
    assert "Would import 2 companies: 2 new" in capsys.readouterr().out
    assert not Company.objects.exists()
