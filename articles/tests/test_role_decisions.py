"""What each role is granted, read straight from the decisions and from the groups synced
from them (the sync runs at migrate, so these call it directly)."""

import pytest
from django.contrib.auth.models import Group, Permission

from articles import roles

from . import factories

WRITER_HAS = {
    "articles.add_article",
    "articles.change_article",
    "articles.view_article",
    "articles.add_byline",
    "companies.view_company",
    "deals.view_deal",
}
WRITER_LACKS = {
    "articles.publish_article",
    "articles.delete_article",
    "companies.add_company",
    "companies.change_company",
    "deals.add_deal",
    "articles.view_publicstate",
}


def test_writers_get_their_decisions_and_nothing_of_the_editors():
    granted = roles.codenames(roles.WRITER)
    assert WRITER_HAS <= granted
    assert not WRITER_LACKS & granted


def test_editors_get_everything_decided_and_may_publish():
    granted = roles.codenames(roles.EDITOR)
    assert (WRITER_HAS | WRITER_LACKS) - {"articles.view_publicstate"} <= granted
    assert "articles.view_publicstate" in granted
    assert "articles.change_publicstate" not in granted
    assert "taggit.add_taggeditem" not in granted


def test_codenames_are_app_label_dot_action_underscore_model():
    assert all(name.count(".") == 1 for name in roles.codenames(roles.EDITOR))
    assert "articles.add_taggedarticle" in roles.codenames(roles.WRITER)


@pytest.mark.django_db
def test_permissions_are_looked_up_by_app_and_codename_exactly():
    found = roles._permissions({"articles.publish_article", "companies.change_company"})
    assert sorted(f"{p.content_type.app_label}.{p.codename}" for p in found) == [
        "articles.publish_article",
        "companies.change_company",
    ]
    assert roles._permissions(set()) == []


@pytest.mark.django_db
def test_sync_restores_groups_that_drifted():
    writers = Group.objects.get(name=roles.WRITER)
    writers.permissions.add(Permission.objects.get(codename="publish_article"))
    Group.objects.get(name=roles.EDITOR).delete()
    roles.sync_roles()
    writer = factories.staff_user("drifted-writer", roles.WRITER)
    editor = factories.staff_user("recreated-editor", roles.EDITOR)
    assert not writer.has_perm("articles.publish_article")
    assert writer.has_perm("articles.change_article")
    assert editor.has_perm("articles.publish_article")
    assert editor.has_perm("deals.add_deal")
