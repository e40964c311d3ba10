"""No silent overwrites: a save from a stale copy is refused, in code and in the admin."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from articles.models import Article
from companies.models import Company
from core.locking import StaleEdit
from deals.models import Deal

from . import factories

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
@pytest.mark.parametrize("make", [factories.draft, factories.company, factories.deal])
def test_a_save_from_a_copy_read_before_another_save_is_refused(make):
    row = make()
    model = type(row)
    first, second = model.objects.get(pk=row.pk), model.objects.get(pk=row.pk)
    first.save()
    with pytest.raises(StaleEdit), transaction.atomic():
        second.save()
    assert model.objects.get(pk=row.pk).version == row.version + 1


@pytest.mark.django_db
def test_saving_the_same_copy_twice_is_not_a_conflict():
    story = Article.objects.get(pk=factories.draft().pk)
    story.headline = "One"
    story.save()
    story.headline = "Two"
    story.save()
    assert Article.objects.get(pk=story.pk).headline == "Two"


@pytest.mark.django_db
def test_counters_kept_by_the_stories_app_do_not_make_a_copy_stale():
    company = Company.objects.get(pk=factories.company().pk)
    factories.article(companies=[company])  # updates story_count with a queryset update
    company.description = "Still mine to save."
    company.save()


def _form_data(response) -> dict:
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if name == "tags":
            data[name] = ", ".join(t.name for t in (value or []) if hasattr(t, "name"))
        elif isinstance(value, list):
            data[name] = value
        elif value is None:
            data[name] = ""
        else:
            data[name] = value
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for field in management.fields:
            data[management.add_prefix(field)] = management[field].value()
        for inline_form in formset.formset.forms:
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value not in (None, ""):
                    data[inline_form.add_prefix(name)] = value
    return data


@pytest.fixture
def two_editors(editor):
    other = factories.staff_user("second-editor", "Editor")
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(other)
    return first, second


@pytest.mark.django_db
def test_the_admin_refuses_a_stale_form_names_who_saved_and_keeps_what_was_typed(two_editors):
    first, second = two_editors
    story = factories.draft("Original headline", standfirst="Original standfirst")
    url = reverse("admin:articles_article_change", args=[story.pk])
    mine, theirs = _form_data(first.get(url)), _form_data(second.get(url))

    theirs["standfirst"] = "Their new standfirst"
    assert second.post(url, theirs).status_code == 302
    LogEntry.objects.filter(object_id=str(story.pk)).update(action_flag=CHANGE)

    mine["headline"] = "My new headline"
    response = first.post(url, mine)
    assert response.status_code == 200
    page = response.content.decode()
    assert "second-editor saved this" in page
    assert "Their new standfirst" in page or "Original standfirst" in page
    form = response.context["adminform"].form
    assert form["headline"].value() == "My new headline"  # nothing typed is lost
    stored = Article.objects.get(pk=story.pk)
    assert stored.standfirst == "Their new standfirst" and stored.headline == "Original headline"

    # Merged by hand and saved again: it goes through, with both changes.
    again = _form_data(response)
    again["standfirst"] = "Their new standfirst"
    assert first.post(url, again).status_code == 302
    stored.refresh_from_db()
    assert (stored.headline, stored.standfirst) == ("My new headline", "Their new standfirst")


@pytest.mark.django_db
@pytest.mark.parametrize("model", [Company, Deal])
def test_company_and_deal_forms_are_checked_too(two_editors, model):
    first, second = two_editors
    row = factories.company("Ozon") if model is Company else factories.deal("Ozon deal")
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[row.pk])
    mine, theirs = _form_data(first.get(url)), _form_data(second.get(url))
    assert second.post(url, theirs).status_code == 302
    response = first.post(url, mine)
    assert response.status_code == 200
    assert "saved this" in response.content.decode()
    ContentType.objects.clear_cache()


def _trials(database_url: str, trials: int) -> str:
    env = {**os.environ, "DATABASE_URL": database_url}
    env.pop("DATABASE_REPLICA_URLS", None)
    done = subprocess.run(
        [sys.executable, "bench/concurrent_saves.py", str(trials)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_concurrent_saves_of_one_story_never_overwrite_silently(tmp_path):
    # On a database of its own, outside the test transaction: real concurrent sessions.
    if connection.vendor == "postgresql":
        import psycopg

        name = f"newsroom_trials_{uuid.uuid4().hex[:8]}"
        settings = connection.settings_dict
        host = settings.get("HOST") or "/var/run/postgresql"
        params = {"dbname": "postgres", "host": host, "autocommit": True}
        if settings.get("USER"):
            params["user"] = settings["USER"]
        if settings.get("PASSWORD"):
            params["password"] = settings["PASSWORD"]
        if settings.get("PORT"):
            params["port"] = settings["PORT"]
        with psycopg.connect(**params) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        try:
            line = _trials(f"postgres:///{name}?host={host}", 200)
        finally:
            with psycopg.connect(**params) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {name}")
    else:
        line = _trials(f"sqlite:///{tmp_path / 'trials.sqlite3'}", 200)
    assert line == "trials=200 refused=200 silent_overwrites=0 errors=0"
