"""Merging duplicate companies (and authors): what moves, what is dropped, what readers
see afterwards, the refusal of a merge over stale data, and who may merge."""

import pytest
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.urls import reverse
from reversion.models import Version

from articles import live
from articles.admin.authors import authors_merge
from articles.models import ArticleCompany, Author, AuthorRedirect, Byline, DealSuggestion
from articles.tests import factories
from companies.merge import company_merge, plan_moves
from companies.models import Company, CompanyAlias, CompanyRedirect, CompanyRelation
from core.locking import StaleEdit

pytestmark = pytest.mark.django_db

About, Mentions = ArticleCompany.Role.ABOUT, ArticleCompany.Role.MENTIONS
MERGE = reverse("admin:companies_company_merge")


@pytest.fixture
def pair():
    """Alibaba and its duplicate, each with links of its own and one story in common."""
    keep = factories.company("Alibaba Group", slug="alibaba")
    dup = factories.company("Alibaba Holding", slug="alibaba-holding")
    CompanyAlias.objects.create(company=dup, name="阿里巴巴")
    factories.article("Both", companies=[dup], mentions=[keep])
    factories.article("Only the duplicate", companies=[dup])
    factories.article("A draft", companies=[dup], status="draft")
    return Company.objects.get(pk=keep.pk), Company.objects.get(pk=dup.pk)


def fresh(company):
    return Company.objects.get(pk=company.pk)


def test_the_preview_says_what_will_move_and_writes_nothing(pair):
    keep, dup = pair
    moves = {m.label: m for m in plan_moves(keep, dup)}
    links = moves["Companies in this story"]
    assert (links.moved, links.dropped, links.strengthened) == (2, 1, 1)
    assert moves["Company aliases"].moved == 1
    assert ArticleCompany.objects.filter(company=dup).count() == 3


def test_story_links_move_and_keep_the_stronger_role(pair):
    keep, dup = pair
    company_merge(survivor=keep, merged=[dup])
    roles = dict(
        ArticleCompany.objects.filter(company=keep).values_list("article__headline", "role")
    )
    assert roles == {"Both": About, "Only the duplicate": About, "A draft": About}


def test_the_merged_company_is_gone_and_its_name_is_an_alias(pair):
    keep, dup = pair
    company_merge(survivor=keep, merged=[dup])
    assert not Company.objects.filter(pk=dup.pk).exists()
    assert set(keep.aliases.values_list("name", flat=True)) == {"Alibaba Holding", "阿里巴巴"}


def test_counts_are_exact_after_a_merge(pair):
    keep, dup = pair
    company_merge(survivor=keep, merged=[dup])
    assert fresh(keep).story_count == 2  # the draft does not count
    assert fresh(keep).group_story_count == 2


def test_a_parent_s_group_count_follows_the_merge(pair):
    keep, dup = pair
    parent = factories.company("Parent")
    factories.relation(parent, dup)
    company_merge(survivor=keep, merged=[dup])
    assert CompanyRelation.objects.filter(parent=parent, child=keep).exists()
    assert fresh(parent).group_story_count == 2


def test_deal_parties_move(pair):
    keep, dup = pair
    deal = factories.deal(parties=[(dup, "investor")])
    company_merge(survivor=keep, merged=[dup])
    assert list(deal.parties.values_list("company", flat=True)) == [keep.pk]


def test_a_relation_between_the_two_is_dropped_and_others_move(pair):
    keep, dup = pair
    child = factories.company("Lazada")
    factories.relation(keep, dup)
    factories.relation(dup, child)
    company_merge(survivor=keep, merged=[dup])
    assert list(CompanyRelation.objects.values_list("parent", "child")) == [(keep.pk, child.pk)]


def test_the_old_address_and_feed_redirect_to_the_survivor(pair, client):
    keep, dup = pair
    company_merge(survivor=keep, merged=[dup])
    moved = client.get("/companies/alibaba-holding/")
    assert (moved.status_code, moved["Location"]) == (301, "/companies/alibaba/")
    assert client.get("/companies/alibaba-holding/feed/")["Location"] == "/companies/alibaba/feed/"
    assert client.get(moved["Location"]).status_code == 200


def test_redirects_follow_a_second_merge(pair):
    keep, dup = pair
    company_merge(survivor=keep, merged=[dup])
    final = factories.company("Alibaba Ltd", slug="alibaba-ltd")
    company_merge(survivor=final, merged=[fresh(keep)])
    assert dict(CompanyRedirect.objects.values_list("old_slug", "company__slug")) == {
        "alibaba": "alibaba-ltd",
        "alibaba-holding": "alibaba-ltd",
    }


def test_a_merge_bumps_the_public_version(pair):
    keep, dup = pair
    before = live.current_state().version
    company_merge(survivor=keep, merged=[dup])
    assert live.current_state().version > before


def test_a_merge_is_a_revision_of_the_survivor(pair, editor):
    keep, dup = pair
    company_merge(survivor=keep, merged=[dup], user=editor)
    version = Version.objects.get_for_object(keep).first()
    assert version.revision.get_comment() == "Merged “Alibaba Holding” into this company."
    assert version.revision.user == editor


def test_a_merge_over_a_company_changed_since_it_was_read_is_refused(pair):
    keep, dup = pair
    other_copy = fresh(dup)
    other_copy.description = "Edited meanwhile."
    other_copy.save()
    with pytest.raises(StaleEdit):
        company_merge(survivor=keep, merged=[dup])
    assert Company.objects.filter(pk=dup.pk).exists()
    assert ArticleCompany.objects.filter(company=dup).count() == 3


def test_a_merge_into_itself_is_refused(pair):
    keep, _ = pair
    with pytest.raises(ValueError):
        company_merge(survivor=keep, merged=[keep])


# The admin


def test_the_admin_preview_shows_the_moves(editor_client, pair):
    keep, dup = pair
    page = editor_client.get(MERGE, {"ids": f"{keep.pk},{dup.pk}", "keep": keep.pk})
    text = page.content.decode()
    assert "Companies in this story" in text
    assert "“Alibaba Holding” becomes an alias of “Alibaba Group”." in text
    assert "/companies/alibaba-holding/ will redirect to /companies/alibaba/." in text


def _confirm(client, keep, dup, versions):
    data = {"ids": f"{keep.pk},{dup.pk}", "keep": keep.pk, "confirm": "1"}
    data.update({f"version-{c.pk}": v for c, v in zip((keep, dup), versions, strict=True)})
    return client.post(MERGE, data)


def test_an_editor_merges_from_the_preview(editor_client, pair):
    keep, dup = pair
    response = _confirm(editor_client, keep, dup, (keep.version, dup.version))
    assert response["Location"] == reverse("admin:companies_company_change", args=[keep.pk])
    assert not Company.objects.filter(pk=dup.pk).exists()
    assert LogEntry.objects.filter(object_id=str(dup.pk), action_flag=DELETION).exists()
    assert LogEntry.objects.filter(object_id=str(keep.pk), action_flag=CHANGE).exists()


def test_a_preview_gone_stale_merges_nothing_and_says_so(editor_client, pair):
    keep, dup = pair
    shown = (keep.version, dup.version)
    edited = fresh(keep)
    edited.sector = "E-commerce"
    edited.save()
    response = _confirm(editor_client, keep, dup, shown)
    assert response.status_code == 200
    assert "was changed by someone else" in response.content.decode()
    assert Company.objects.filter(pk=dup.pk).exists()


def test_the_merge_action_leads_to_the_preview(editor_client, pair):
    keep, dup = pair
    response = editor_client.post(
        reverse("admin:companies_company_changelist"),
        {"action": "merge_selected", "_selected_action": [keep.pk, dup.pk]},
    )
    assert response["Location"].startswith(MERGE)


@pytest.mark.parametrize(
    ("role", "expected"), [("anonymous", 302), ("writer", 403), ("editor", 200)]
)
def test_only_editors_see_the_merge_page(client, writer, editor, pair, role, expected):
    keep, dup = pair
    if role != "anonymous":
        client.force_login(writer if role == "writer" else editor)
    assert client.get(MERGE, {"ids": f"{keep.pk},{dup.pk}"}).status_code == expected


@pytest.mark.parametrize("role", ["anonymous", "writer"])
def test_no_one_but_an_editor_can_merge(client, writer, pair, role):
    keep, dup = pair
    if role == "writer":
        client.force_login(writer)
    response = _confirm(client, keep, dup, (keep.version, dup.version))
    assert response.status_code in (302, 403)
    assert Company.objects.filter(pk=dup.pk).exists()


def test_a_writer_is_not_offered_the_merge_action(writer_client, pair):
    keep, dup = pair
    writer_client.post(
        reverse("admin:companies_company_changelist"),
        {"action": "merge_selected", "_selected_action": [keep.pk, dup.pk]},
    )
    assert Company.objects.count() == 2


# Authors


@pytest.fixture
def authors():
    keep = factories.author("Henry Foy", slug="henry-foy")
    dup = factories.author("H. Foy", slug="h-foy")
    both = factories.article("Both", byline=keep)
    Byline.objects.create(article=both, author=dup)
    factories.article("Dup only", byline=dup)
    return keep, dup


def test_merging_authors_moves_bylines_once_each(authors):
    keep, dup = authors
    authors_merge(survivor=keep, merged=[dup])
    assert Byline.objects.filter(author=keep).count() == 2
    assert not Author.objects.filter(pk=dup.pk).exists()
    assert Author.objects.get(pk=keep.pk).story_count == 2


def test_a_merged_author_s_page_redirects(authors, client):
    keep, dup = authors
    authors_merge(survivor=keep, merged=[dup])
    assert AuthorRedirect.objects.get().old_slug == "h-foy"
    assert client.get("/authors/h-foy/")["Location"] == "/authors/henry-foy/"
    assert client.get("/authors/h-foy/feed/")["Location"] == "/authors/henry-foy/feed/"


def test_an_editor_merges_authors_in_the_admin(editor_client, authors):
    keep, dup = authors
    response = editor_client.post(
        reverse("admin:articles_author_merge"),
        {"ids": f"{keep.pk},{dup.pk}", "keep": keep.pk, "confirm": "1"},
    )
    assert response.status_code == 302
    assert not Author.objects.filter(pk=dup.pk).exists()


def test_a_writer_cannot_merge_authors(writer_client, authors):
    keep, dup = authors
    response = writer_client.post(
        reverse("admin:articles_author_merge"),
        {"ids": f"{keep.pk},{dup.pk}", "keep": keep.pk, "confirm": "1"},
    )
    assert response.status_code == 403
    assert Author.objects.filter(pk=dup.pk).exists()


@pytest.mark.parametrize(
    ("role", "expected"), [("anonymous", 302), ("writer", 403), ("editor", 200)]
)
def test_only_editors_see_the_author_merge_page(client, writer, editor, authors, role, expected):
    keep, dup = authors
    if role != "anonymous":
        client.force_login(writer if role == "writer" else editor)
    url = reverse("admin:articles_author_merge")
    assert client.get(url, {"ids": f"{keep.pk},{dup.pk}"}).status_code == expected


def test_pending_deal_suggestions_name_the_survivor(pair):
    keep, dup = pair
    other = factories.company("Mail.ru Group")
    party = {"company": dup.pk, "slug": dup.slug, "name": dup.name, "role": "partner"}
    suggestion = DealSuggestion.objects.create(
        article=factories.draft(),
        fingerprint="x",
        kind="joint_venture",
        status="in_talks",
        parties=[party, {"company": other.pk, "slug": "m", "name": other.name, "role": "partner"}],
        evidence="They talk.",
        confidence=0.9,
    )
    company_merge(survivor=keep, merged=[dup])
    suggestion.refresh_from_db()
    assert [(p["company"], p["name"]) for p in suggestion.parties] == [
        (keep.pk, "Alibaba Group"),
        (other.pk, "Mail.ru Group"),
    ]
