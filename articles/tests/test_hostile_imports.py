"""Bad input at the door: every file of the hostile corpus (hostile_corpus.py) is refused
with a CommandError naming the file and the line, and the database is left exactly as it
was — every table's row count before and after."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse

from articles.models import Article
from companies.models import Company, CompanyRelation

from . import factories, hostile_corpus
from .hostile_corpus import CASES, Case

pytestmark = pytest.mark.django_db

GOOD_STORY = "---\ntitle: A good story\nslug: a-good-story\n---\nIt is fine.\n"


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


@pytest.fixture
def stored_companies():
    """Stored Alpha over Stored Beta over Stored Gamma, Gamma also called Gamma Alias."""
    made: dict[str, Company] = {}
    for name, parent in hostile_corpus.STORED:
        made[name] = Company.objects.create(name=name, slug=name.lower().replace(" ", "-"))
        if parent:
            CompanyRelation.objects.create(parent=made[parent], child=made[name])
    made["Stored Gamma"].aliases.create(name="Gamma Alias")
    return made


def corpus_file(case: Case, tmp_path):
    if case.big:
        return hostile_corpus.write(case, tmp_path)
    return case.path()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_hostile_file_is_refused_naming_file_and_line_and_writes_nothing(
    case, tmp_path, stored_companies
):
    path = corpus_file(case, tmp_path)
    if case.importer == "articles":
        good = tmp_path / "a-good-story.md"
        good.write_text(GOOD_STORY, encoding="utf-8")
        command = ("import_articles", str(good), str(path))
    else:
        command = ("import_companies", str(path))
    before = row_counts()
    with pytest.raises(CommandError) as error:
        call_command(*command, verbosity=0)
    message = str(error.value)
    assert f"{path}:{case.where}: " in message
    assert case.says in message
    assert row_counts() == before


def test_the_corpus_holds_at_least_fifty_files():
    assert len(CASES) >= 50
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", [c for c in CASES if not c.big], ids=lambda c: c.name)
def test_a_kept_corpus_file_is_what_the_generator_makes(case):
    assert case.path().read_bytes() == case.make()


def test_a_refusal_does_not_repeat_a_huge_value(tmp_path, stored_companies):
    case = next(c for c in CASES if c.name == "company-name-1mb.md")
    with pytest.raises(CommandError) as error:
        call_command("import_articles", str(hostile_corpus.write(case, tmp_path)), verbosity=0)
    assert len(str(error.value)) < 1000


@override_settings(NEWSROOM_MAX_BODY_CHARS=20)
def test_the_body_limit_is_a_setting(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: T\n---\n" + "b" * 21 + "\n", encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import_articles", str(path), verbosity=0)
    assert f"{path}:4: the body is 21 characters long; the limit is 20" in str(error.value)


@override_settings(NEWSROOM_MAX_TAG_CHARS=5)
def test_the_tag_limit_is_a_setting(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: T\ntags: [short, longer]\n---\nB\n", encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import_articles", str(path), verbosity=0)
    assert "'longer' is 6 characters long; the limit is 5" in str(error.value)


@override_settings(NEWSROOM_MAX_IMPORT_BYTES=100)
def test_the_file_size_limit_is_a_setting(tmp_path):
    path = tmp_path / "companies.csv"
    path.write_text("name\n" + "A Co\n" * 30, encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import_companies", str(path), verbosity=0)
    assert f"{path}:1: the file is 155 bytes; the limit is 100" in str(error.value)


@override_settings(NEWSROOM_MAX_NAME_CHARS=10)
def test_the_name_limit_is_a_setting(tmp_path):
    path = tmp_path / "companies.csv"
    path.write_text("name,aliases\nShort Co,A rather long alias\n", encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import_companies", str(path), verbosity=0)
    assert ":2: alias 'A rather long alias' is 19 characters long; the limit is 10" in str(
        error.value
    )


def test_a_story_at_the_limits_imports(tmp_path):
    path = tmp_path / "story.md"
    tags = ", ".join(["t" * 100, "x" * 99])
    path.write_text(
        f"---\ntitle: {'h' * 255}\nslug: at-the-limits\nbyline: {'n' * 200}\ntags: [{tags}]\n"
        f"---\n{'b' * 250_000}\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(path), verbosity=0)
    article = Article.objects.get(slug="at-the-limits")
    assert (len(article.body), sorted(len(t.name) for t in article.tags.all())) == (
        250_000,
        [99, 100],
    )


def test_a_json_number_of_ordinary_length_still_reads_as_a_number(tmp_path):
    path = tmp_path / "companies.json"
    path.write_text('[{"name": 42}]', encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import_companies", str(path), verbosity=0)
    assert f"{path}:item 1: `name` must be text" in str(error.value)


# The same limits in the story form and the model's validation.


def story_form(client, story: Article) -> dict:
    """The story's change form as the admin displays it, ready to post back."""
    response = client.get(reverse("admin:articles_article_change", args=[story.pk]))
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if name == "tags":
            value = ", ".join(t.name for t in (value or []) if hasattr(t, "name"))
        data[name] = "" if value is None else value
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        # No blank extra rows: the story has no bylines or links to keep.
        data[management.add_prefix("TOTAL_FORMS")] = management["INITIAL_FORMS"].value()
    return data


def post_story(client, story: Article, **changes):
    data = {**story_form(client, story), **changes}
    return client.post(reverse("admin:articles_article_change", args=[story.pk]), data)


@pytest.mark.parametrize("field", ["headline", "standfirst", "body"])
def test_the_story_form_refuses_a_nul_byte(editor_client, field):
    story = factories.draft("Clean", body="Clean body.")
    response = post_story(editor_client, story, **{field: "Bad\x00text"})
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    story.refresh_from_db()
    assert "\x00" not in story.headline + story.standfirst + story.body


@override_settings(NEWSROOM_MAX_BODY_CHARS=50)
def test_the_story_form_refuses_a_body_over_the_limit(editor_client):
    story = factories.draft("Clean", body="Clean body.")
    response = post_story(editor_client, story, body="b" * 51)
    assert response.context["adminform"].form.errors["body"] == [
        "This text is 51 characters long; the limit is 50."
    ]
    story.refresh_from_db()
    assert story.body == "Clean body."


def test_the_story_form_refuses_a_tag_over_the_limit(editor_client):
    story = factories.draft("Clean", body="Clean body.")
    response = post_story(editor_client, story, tags="fine, " + "t" * 101)
    assert response.status_code == 200
    (error,) = response.context["adminform"].form.errors["tags"]
    assert "101 characters long; the limit is 100" in error
    assert not story.tags.exists()


def test_the_story_form_accepts_a_tag_at_the_limit(editor_client):
    story = factories.draft("Clean", body="Clean body.")
    assert post_story(editor_client, story, tags="t" * 100).status_code == 302
    assert list(story.tags.names()) == ["t" * 100]


@override_settings(NEWSROOM_MAX_BODY_CHARS=50)
def test_the_story_form_accepts_a_body_at_the_limit(editor_client):
    story = factories.draft("Clean", body="Clean body.")
    assert post_story(editor_client, story, body="b" * 50).status_code == 302
    story.refresh_from_db()
    assert story.body == "b" * 50


def test_model_validation_refuses_a_nul_byte_in_the_body():
    story = Article(headline="H", slug="h", body="a\x00b")
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert error.value.message_dict["body"] == [
        "This text holds a NUL byte (\\x00) at character 2."
    ]


@override_settings(NEWSROOM_MAX_BODY_CHARS=10)
def test_model_validation_refuses_a_body_over_the_limit():
    story = Article(headline="H", slug="h", body="b" * 11)
    with pytest.raises(ValidationError) as error:
        story.full_clean(exclude=["headline"])
    assert list(error.value.message_dict) == ["body"]


def test_the_company_form_refuses_a_nul_byte_in_a_name(editor_client):
    data = {
        "name": "Bad\x00Name",
        "slug": "bad-name",
        **{
            f"{prefix}-{count}_FORMS": "0"
            for prefix in ("aliases", "parent_relations", "child_relations", "logo")
            for count in ("TOTAL", "INITIAL")
        },
    }
    response = editor_client.post(reverse("admin:companies_company_add"), data)
    assert "name" in response.context["adminform"].form.errors
    assert not Company.objects.exists()
