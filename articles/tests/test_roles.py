"""Roles grant rights by model and action; every model needs a decision for both roles."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from articles import roles


def test_every_model_of_the_newsroom_has_a_decision_for_writers_and_editors():
    models = {
        model._meta.label_lower
        for app in roles.GOVERNED_APPS
        if apps.is_installed(app) or app in {c.label for c in apps.get_app_configs()}
        for model in apps.get_app_config(app).get_models()
    }
    undecided = models - set(roles.RIGHTS)
    assert not undecided, f"no role decision for {sorted(undecided)}: add them to roles.RIGHTS"


def test_no_decision_names_a_model_that_does_not_exist():
    labels = {m._meta.label_lower for m in apps.get_models()}
    assert set(roles.RIGHTS) <= labels


@pytest.mark.django_db
def test_groups_hold_exactly_the_decided_permissions():
    for role in (roles.WRITER, roles.EDITOR):
        held = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in Group.objects.get(name=role).permissions.select_related("content_type")
        }
        assert held == roles.codenames(role)


@pytest.mark.django_db
def test_editors_keep_rights_across_apps_and_writers_cannot_publish(editor, writer):
    for perm in (
        "companies.change_company",
        "deals.add_deal",
        "articles.publish_article",
        "articles.change_dealevent",
        "taggit.change_tag",
    ):
        assert editor.has_perm(perm), perm
    assert writer.has_perm("articles.add_article")
    assert writer.has_perm("companies.view_company")
    for perm in (
        "articles.publish_article",
        "companies.change_company",
        "deals.add_deal",
        "articles.delete_article",
    ):
        assert not writer.has_perm(perm), perm
