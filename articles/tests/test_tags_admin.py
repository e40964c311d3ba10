"""The editors' tag tools: rename, merge, delete unused, near-duplicates, autocomplete, and
the reuse of a tag typed differently; who may use them; old topic addresses redirecting."""

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.core.management import call_command
from django.urls import reverse
from taggit.models import Tag, TaggedItem

from articles import live
from articles.admin.stories import ArticleAdminForm
from articles.admin.tags import duplicate_groups, tag_key, tags_from_string, tags_merge
from articles.models import TaggedArticle, TopicRedirect, TopicStats
from articles.tests import factories

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:taggit_tag_changelist")
MERGE = reverse("admin:taggit_tag_merge")
DUPLICATES = reverse("admin:taggit_tag_duplicates")
AUTOCOMPLETE = reverse("admin:taggit_tag_autocomplete")


def tagged(*names, **fields):
    story = factories.article(**fields)
    story.tags.add(*names)
    return story


def tag(name):
    return Tag.objects.get(name=name)


def count(name):
    return TopicStats.objects.get(tag__name=name).story_count


# Normalising


def test_tag_names_differing_by_case_accents_or_spaces_are_one_key():
    assert (
        tag_key("Digital  Silk Road") == tag_key("dígital silk\u00a0road ") == "digital silk road"
    )


def test_different_words_are_different_keys():
    assert tag_key("e-commerce") != tag_key("ecommerce")


def test_a_tag_typed_differently_reuses_the_existing_one():
    Tag.objects.create(name="Digital silk road")
    assert sorted(tags_from_string("dígital  SILK road, Fintech")) == [
        "Digital silk road",
        "Fintech",
    ]


def test_two_spellings_typed_together_make_one_tag():
    assert len(tags_from_string("Fintech, FINTECH, fíntech")) == 1


def test_the_story_form_reuses_an_existing_tag_typed_differently():
    Tag.objects.create(name="E-commerce")
    assert sorted(ArticleAdminForm.base_fields["tags"].clean("e-COMMERCE , Ant")) == [
        "Ant",
        "E-commerce",
    ]


def test_an_imported_story_reuses_an_existing_tag_typed_differently(tmp_path):
    Tag.objects.create(name="Digital silk road")
    story = tmp_path / "a.md"
    story.write_text(
        "---\ntitle: One\ntags: [dígital  SILK road, Fintech]\n---\nBody.\n", encoding="utf-8"
    )
    call_command("import_articles", str(story), verbosity=0)
    assert sorted(Tag.objects.values_list("name", flat=True)) == ["Digital silk road", "Fintech"]


def test_the_story_form_offers_autocomplete_without_inline_script(editor_client):
    page = editor_client.get(reverse("admin:articles_article_add")).content.decode()
    assert f'data-tag-autocomplete="{AUTOCOMPLETE}"' in page
    assert "admin/js/tag-autocomplete.js" in page
    assert 'name="tags"' in page  # the plain text box, which works without JavaScript


# Renaming


def test_renaming_a_tag_moves_its_topic_page_and_redirects_the_old_address(editor_client, client):
    tagged("ecommerce")
    old = tag("ecommerce")
    response = editor_client.post(
        reverse("admin:taggit_tag_change", args=[old.pk]), {"name": "Online retail"}
    )
    assert response.status_code == 302
    renamed = Tag.objects.get(pk=old.pk)
    assert (renamed.name, renamed.slug) == ("Online retail", "online-retail")
    client.logout()
    moved = client.get("/topics/ecommerce/")
    assert moved.status_code == 301
    assert moved["Location"] == "/topics/online-retail/"
    assert client.get(moved["Location"]).status_code == 200


def test_the_old_topic_feed_redirects_to_the_new_one(client):
    tagged("ecommerce")
    from articles.admin.tags import tag_rename

    tag_rename(tag=tag("ecommerce"), name="Online retail")
    moved = client.get("/topics/ecommerce/feed/?x=1")
    assert moved.status_code == 301
    assert moved["Location"] == "/topics/online-retail/feed/?x=1"


def test_a_rename_is_in_the_activity_log(editor_client):
    old = Tag.objects.create(name="ecommerce")
    editor_client.post(reverse("admin:taggit_tag_change", args=[old.pk]), {"name": "Retail"})
    entry = LogEntry.objects.get(object_id=str(old.pk), action_flag=CHANGE)
    assert entry.get_change_message() == "Renamed “ecommerce” to “Retail”."


def test_a_rename_bumps_the_public_version():
    tagged("ecommerce")
    from articles.admin.tags import tag_rename

    before = live.current_state().version
    tag_rename(tag=tag("ecommerce"), name="Retail")
    assert live.current_state().version > before


def test_renaming_to_a_name_an_existing_tag_has_in_another_case_is_refused(editor_client):
    Tag.objects.create(name="Fintech")
    other = Tag.objects.create(name="Payments")
    response = editor_client.post(
        reverse("admin:taggit_tag_change", args=[other.pk]), {"name": "FÍNTECH"}
    )
    assert response.status_code == 200
    assert "merge the two instead" in response.content.decode()
    assert Tag.objects.get(pk=other.pk).name == "Payments"


def test_adding_a_tag_like_an_existing_one_is_refused(editor_client):
    Tag.objects.create(name="Fintech")
    response = editor_client.post(reverse("admin:taggit_tag_add"), {"name": " fintech "})
    assert response.status_code == 200
    assert Tag.objects.count() == 1


def test_an_editor_adds_a_tag(editor_client):
    editor_client.post(reverse("admin:taggit_tag_add"), {"name": "Payments"})
    made = tag("Payments")
    assert LogEntry.objects.filter(object_id=str(made.pk), action_flag=ADDITION).exists()


# Merging


@pytest.fixture
def spellings():
    """Three spellings of one topic: two stories share two of them."""
    both = tagged("e-commerce", "E-Commérce")
    tagged("e-commerce")
    tagged("E-Commérce")
    tagged("ecommerce")
    tagged("ecommerce", status="draft")
    return both


def _merge(client, keep, *others, **extra):
    ids = ",".join(str(t.pk) for t in [keep, *others])
    return client.post(MERGE, {"ids": ids, "keep": keep.pk, "confirm": "1", **extra})


def test_merging_moves_every_tagging_without_duplicates(editor_client, spellings):
    keep, a, b = tag("e-commerce"), tag("E-Commérce"), tag("ecommerce")
    _merge(editor_client, keep, a, b)
    assert set(Tag.objects.values_list("name", flat=True)) == {"e-commerce"}
    assert TaggedArticle.objects.filter(tag=keep).count() == 5
    assert list(spellings.tags.names()) == ["e-commerce"]


def test_merging_moves_taggings_of_other_kinds_too(spellings):
    """Pictures have their own tagging table, and taggit its generic one: all move."""
    company = factories.company()
    TaggedItem.objects.create(content_object=company, tag=tag("ecommerce"))
    tags_merge(into=tag("e-commerce"), tags=[tag("ecommerce")])
    assert TaggedItem.objects.get().tag == tag("e-commerce")


def test_merging_keeps_the_topic_count_exact(editor_client, spellings):
    keep, a, b = tag("e-commerce"), tag("E-Commérce"), tag("ecommerce")
    _merge(editor_client, keep, a, b)
    assert count("e-commerce") == 4  # five stories, one a draft


def test_merged_topic_pages_and_feeds_redirect(editor_client, client, spellings):
    keep, merged = tag("e-commerce"), tag("ecommerce")
    _merge(editor_client, keep, merged)
    client.logout()
    assert client.get("/topics/ecommerce/")["Location"] == "/topics/e-commerce/"
    assert client.get("/topics/ecommerce/feed/")["Location"] == "/topics/e-commerce/feed/"


def test_a_merge_follows_earlier_redirects():
    tagged("a")
    tagged("b")
    tagged("c")
    tags_merge(into=tag("b"), tags=[tag("a")])
    tags_merge(into=tag("c"), tags=[tag("b")])
    assert dict(TopicRedirect.objects.values_list("old_slug", "tag__slug")) == {"a": "c", "b": "c"}


def test_merging_bumps_the_public_version(spellings):
    before = live.current_state().version
    tags_merge(into=tag("e-commerce"), tags=[tag("ecommerce")])
    assert live.current_state().version > before


def test_a_merge_is_in_the_activity_log(editor_client, spellings):
    keep, merged = tag("e-commerce"), tag("ecommerce")
    _merge(editor_client, keep, merged)
    assert LogEntry.objects.filter(object_id=str(merged.pk), action_flag=DELETION).exists()
    change = LogEntry.objects.get(object_id=str(keep.pk), action_flag=CHANGE)
    assert change.get_change_message() == "Merged “ecommerce” into this."


def test_the_merge_action_opens_a_preview_of_the_selection(editor_client, spellings):
    ids = [tag("e-commerce").pk, tag("ecommerce").pk]
    response = editor_client.post(CHANGELIST, {"action": "merge_selected", "_selected_action": ids})
    assert response.status_code == 302
    preview = editor_client.get(response["Location"])
    assert preview.status_code == 200
    assert "/topics/ecommerce/ and its feed will redirect" in preview.content.decode()
    assert Tag.objects.filter(pk__in=ids).count() == 2  # nothing merged yet


def test_the_merge_action_with_nothing_selected_is_no_error(editor_client, spellings):
    response = editor_client.post(CHANGELIST, {"action": "merge_selected"})
    assert response.status_code in (200, 302)
    assert Tag.objects.count() == 3


def test_the_merge_page_with_fewer_than_two_tags_goes_back_to_the_list(editor_client, spellings):
    response = editor_client.post(MERGE, {"ids": str(tag("ecommerce").pk), "confirm": "1"})
    assert response.status_code == 302
    assert response["Location"] == CHANGELIST
    assert Tag.objects.count() == 3


# Deleting unused tags


def test_delete_unused_deletes_only_tags_on_nothing(editor_client):
    tagged("used")
    unused = Tag.objects.create(name="unused")
    editor_client.post(
        CHANGELIST,
        {"action": "delete_unused", "_selected_action": [unused.pk, tag("used").pk]},
    )
    assert list(Tag.objects.values_list("name", flat=True)) == ["used"]
    assert LogEntry.objects.filter(object_id=str(unused.pk), action_flag=DELETION).exists()


def test_a_tag_in_use_cannot_be_deleted(editor_client):
    tagged("used")
    response = editor_client.post(
        reverse("admin:taggit_tag_delete", args=[tag("used").pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert Tag.objects.filter(name="used").exists()


def test_the_stock_delete_action_is_gone(editor_client):
    tagged("used")
    editor_client.post(
        CHANGELIST,
        {"action": "delete_selected", "_selected_action": [tag("used").pk], "post": "yes"},
    )
    assert Tag.objects.filter(name="used").exists()


# Near-duplicates


def test_near_duplicates_are_grouped_most_used_first(spellings):
    tagged("Fintech")
    groups = duplicate_groups()
    assert [[t.name for t in g] for g in groups] == [["e-commerce", "E-Commérce"]]


def test_one_click_merges_a_group_and_comes_back(editor_client, spellings):
    page = editor_client.get(DUPLICATES).content.decode()
    assert "Merge into “e-commerce”" in page
    keep, other = tag("e-commerce"), tag("E-Commérce")
    response = _merge(editor_client, keep, other, next=DUPLICATES)
    assert response["Location"] == DUPLICATES
    assert not Tag.objects.filter(pk=other.pk).exists()


def test_a_merge_never_goes_back_to_another_site(editor_client, spellings):
    response = _merge(
        editor_client, tag("e-commerce"), tag("E-Commérce"), next="https://example.org/"
    )
    assert response["Location"] == reverse("admin:taggit_tag_change", args=[tag("e-commerce").pk])


# Autocomplete


def test_autocomplete_offers_existing_tags_starting_with_the_text_first(writer_client):
    tagged("Mobile payments")
    tagged("payments")
    tagged("payments")
    data = writer_client.get(AUTOCOMPLETE, {"q": "PAY"}).json()
    assert [r["name"] for r in data["results"]] == ["payments", "Mobile payments"]


def test_autocomplete_with_nothing_typed_offers_nothing(writer_client):
    tagged("payments")
    assert writer_client.get(AUTOCOMPLETE, {"q": "  "}).json() == {"results": []}


def test_autocomplete_queries_do_not_grow_with_the_tags(
    writer_client, django_assert_max_num_queries
):
    for n in range(30):
        Tag.objects.create(name=f"payments {n}")
    with django_assert_max_num_queries(6):
        data = writer_client.get(AUTOCOMPLETE, {"q": "pay"}).json()
    assert len(data["results"]) == 10


# Redirects cost nothing on a page that is found


def test_a_page_that_is_found_never_looks_for_a_redirect(client, monkeypatch):
    tagged("payments")

    def looked(*args):
        raise AssertionError("looked for a redirect")

    monkeypatch.setattr("articles.redirects.moved_to", looked)
    assert client.get("/topics/payments/").status_code == 200


def test_an_unknown_topic_is_still_a_404(client):
    assert client.get("/topics/nothing-here/").status_code == 404


def test_a_slug_taken_again_is_not_redirected(client):
    tagged("old")
    tagged("new")
    tags_merge(into=tag("new"), tags=[tag("old")])
    tagged("old")  # a new tag with the old name and slug
    assert client.get("/topics/old/").status_code == 200


# Who may do what: anonymous, writer, editor


def _urls(used, spare):
    return {
        "changelist": ("get", CHANGELIST, {}),
        "change": ("get", reverse("admin:taggit_tag_change", args=[used.pk]), {}),
        "rename": ("post", reverse("admin:taggit_tag_change", args=[used.pk]), {"name": "X"}),
        "add": ("post", reverse("admin:taggit_tag_add"), {"name": "Brand new"}),
        "delete": ("post", reverse("admin:taggit_tag_delete", args=[spare.pk]), {"post": "yes"}),
        "merge page": ("get", MERGE, {"ids": f"{used.pk},{spare.pk}"}),
        "merge": ("post", MERGE, {"ids": f"{used.pk},{spare.pk}", "keep": used.pk, "confirm": 1}),
        "duplicates": ("get", DUPLICATES, {}),
        "autocomplete": ("get", AUTOCOMPLETE, {"q": "u"}),
        "merge action": (
            "post",
            CHANGELIST,
            {"action": "merge_selected", "_selected_action": [used.pk, spare.pk]},
        ),
        "delete action": (
            "post",
            CHANGELIST,
            {"action": "delete_unused", "_selected_action": [spare.pk]},
        ),
        "taggit merge-tags": ("post", "/admin/taggit/tag/merge-tags/", {"new_tag_name": "Y"}),
    }


EXPECTED = {  # view: (anonymous, writer, editor)
    "changelist": (302, 200, 200),
    "change": (302, 200, 200),
    "rename": (302, 403, 302),
    "add": (302, 403, 302),
    "delete": (302, 403, 302),
    "merge page": (302, 403, 200),
    "merge": (302, 403, 302),
    "duplicates": (302, 403, 200),
    "autocomplete": (302, 200, 200),
    "merge action": (302, 200, 302),  # a writer is offered no such action: the list again
    "delete action": (302, 200, 302),
    "taggit merge-tags": (302, 302, 302),  # no such view: "no tag with that id"
}
WRITES = {"rename", "add", "delete", "merge", "delete action", "taggit merge-tags"}


@pytest.mark.parametrize("view", sorted(EXPECTED))
@pytest.mark.parametrize("role", [0, 1, 2], ids=["anonymous", "writer", "editor"])
def test_tag_admin_permissions(client, writer, editor, view, role):
    used = tagged("used").tags.get()
    spare = Tag.objects.create(name="spare")
    if role:
        client.force_login([None, writer, editor][role])
    before = sorted(Tag.objects.values_list("pk", "name", "slug"))
    method, url, data = _urls(used, spare)[view]
    response = getattr(client, method)(url, data)
    assert response.status_code == EXPECTED[view][role]
    if role == 2 and view in WRITES - {"taggit merge-tags"}:
        assert sorted(Tag.objects.values_list("pk", "name", "slug")) != before
    else:
        assert sorted(Tag.objects.values_list("pk", "name", "slug")) == before
