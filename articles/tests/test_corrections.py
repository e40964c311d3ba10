"""Corrections and updates: on the story, near the byline, on /corrections/ and its feeds,
in the story's JSON-LD — for published stories only — and the admin rule that the words
readers have seen change only with a note for them, or as a recorded silent typo fix."""

from datetime import datetime, timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.models import Article, Correction, PublicState
from articles.tests import factories
from articles.tests.seo_support import json_ld_of_type, parse_feed
from articles.tests.test_locking import _form_data
from articles.tests.test_queries import BUDGETS

pytestmark = pytest.mark.django_db

CORRECTION = "An earlier version of this story gave the stake as 54%. It is 45%."
UPDATE = "Mail.ru confirmed the talks after publication."


@pytest.fixture
def story():
    return factories.article(
        "Ant Financial buys into Telenor Microfinance",
        standfirst="A $184m deal for a 45% stake.",
        byline=factories.author("James Kynge"),
        published_at=timezone.now() - timedelta(days=1),
    )


def note(story, text=CORRECTION, kind=Correction.Kind.CORRECTION, ago=timedelta(hours=2)):
    return Correction.objects.create(
        article=story, kind=kind, text=text, noted_at=timezone.now() - ago
    )


def page(client, story) -> str:
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def story_header(html: str) -> str:
    return html.split('class="story__header"')[1].split("</header>")[0]


# The story page ----------------------------------------------------------------------


def test_a_correction_shows_at_the_foot_of_the_story(client, story):
    made = note(story)
    html = page(client, story)
    foot = html[html.index('id="corrections"') :]
    assert CORRECTION in foot
    assert f'id="correction-{made.pk}"' in foot


def test_a_correction_says_corrected_with_its_time_near_the_byline(client, story):
    made = note(story)
    header = story_header(page(client, story))
    assert "Corrected" in header
    # To the second: HTML's datetime takes at most three digits of a second's fraction.
    assert f'datetime="{made.noted_at:%Y-%m-%dT%H:%M:%S%z}"' in header


def test_an_update_says_updated_near_the_byline(client, story):
    note(story, UPDATE, kind=Correction.Kind.UPDATE)
    header = story_header(page(client, story))
    assert "Updated" in header and "Corrected" not in header


def test_the_latest_note_is_the_one_near_the_byline(client, story):
    note(story, ago=timedelta(hours=5))
    note(story, UPDATE, kind=Correction.Kind.UPDATE, ago=timedelta(hours=1))
    header = story_header(page(client, story))
    assert "Updated" in header and "Corrected" not in header


def test_a_story_without_notes_has_no_corrections_section(client, story):
    assert 'id="corrections"' not in page(client, story)


def test_the_article_page_reads_its_notes_within_its_query_budget(
    client, story, django_assert_max_num_queries
):
    for n in range(5):
        note(story, f"Note {n}", ago=timedelta(hours=n + 1))
    with django_assert_max_num_queries(BUDGETS["article"]):
        html = page(client, story)
    assert all(f"Note {n}" in html for n in range(5))


def test_adding_a_note_bumps_the_public_version_so_the_cached_page_shows_it(client, story):
    page(client, story)  # cached now
    before = PublicState.objects.get().version
    note(story)
    assert PublicState.objects.get().version > before
    assert CORRECTION in page(client, story)


def test_changing_a_note_bumps_the_public_version(story):
    made = note(story)
    before = PublicState.objects.get().version
    made.text = "Reworded."
    made.save()
    assert PublicState.objects.get().version > before


# JSON-LD -----------------------------------------------------------------------------


def news_article(client, story) -> dict:
    found = json_ld_of_type(client.get(story.get_absolute_url()).content, "NewsArticle")
    assert len(found) == 1
    return found[0]


def test_json_ld_carries_each_correction_as_a_correction_comment(client, story):
    made = note(story)
    data = news_article(client, story)
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": CORRECTION,
            "datePublished": made.noted_at.isoformat(),
            "url": f"http://testserver{story.get_absolute_url()}#correction-{made.pk}",
        }
    ]


def test_json_ld_date_modified_is_the_latest_note(client, story):
    made = note(story, UPDATE, kind=Correction.Kind.UPDATE, ago=timedelta(minutes=30))
    data = news_article(client, story)
    assert datetime.fromisoformat(data["dateModified"]) == made.noted_at


def test_an_update_is_not_a_correction_in_json_ld(client, story):
    note(story, UPDATE, kind=Correction.Kind.UPDATE)
    assert "correction" not in news_article(client, story)


def test_json_ld_without_notes_has_no_correction(client, story):
    assert "correction" not in news_article(client, story)


# /corrections/ and its feeds ------------------------------------------------------------


def test_the_corrections_page_lists_notes_newest_first(client, story):
    other = factories.article("Alibaba and Mail.ru agree terms")
    note(story, "Older note.", ago=timedelta(hours=3))
    note(other, "Newer note.", ago=timedelta(hours=1))
    html = client.get(reverse("articles:corrections")).content.decode()
    assert html.index("Newer note.") < html.index("Older note.")
    assert other.headline in html and story.headline in html


@pytest.mark.parametrize(
    "make",
    [
        factories.draft,
        factories.scheduled,
        lambda headline: factories.article(
            headline, embargo_until=timezone.now() + timedelta(hours=1)
        ),
    ],
    ids=["draft", "scheduled", "embargoed"],
)
def test_notes_on_unpublished_stories_are_nowhere_public(client, make):
    hidden = make("Not public yet")
    note(hidden, "Hidden note.")
    assert "Hidden note." not in client.get(reverse("articles:corrections")).content.decode()
    rss = parse_feed(client, reverse("articles:corrections_feed"))
    assert rss.entries == []
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_unpublishing_a_story_takes_its_notes_off_the_corrections_page(client, story):
    note(story)
    assert CORRECTION in client.get(reverse("articles:corrections")).content.decode()
    story.status = Article.Status.DRAFT
    story.save()
    assert CORRECTION not in client.get(reverse("articles:corrections")).content.decode()


def test_the_corrections_page_is_paginated(client, story):
    for n in range(25):
        note(story, f"Note number {n:02d}.", ago=timedelta(minutes=n + 1))
    first = client.get(reverse("articles:corrections")).content.decode()
    second = client.get(reverse("articles:corrections"), {"page": 2}).content.decode()
    assert "Note number 00." in first and "Note number 24." not in first
    assert "Note number 24." in second
    assert client.get(reverse("articles:corrections"), {"page": 9}).status_code == 404


def test_the_footer_links_to_the_corrections_page(client, story):
    assert f'href="{reverse("articles:corrections")}"' in page(client, story)


def test_the_corrections_rss_has_one_entry_per_note(client, story):
    made = note(story)
    parsed = parse_feed(client, reverse("articles:corrections_feed"))
    assert parsed.version == "rss20"
    [entry] = parsed.entries
    assert entry.title == f"Correction: {story.headline}"
    assert entry.summary == CORRECTION
    assert entry.link == f"http://testserver{story.get_absolute_url()}#correction-{made.pk}"
    assert entry.published_parsed is not None


def test_the_corrections_atom_feed_parses_newest_first(client, story):
    note(story, "First.", ago=timedelta(hours=2))
    note(story, "Second.", kind=Correction.Kind.UPDATE, ago=timedelta(hours=1))
    parsed = parse_feed(client, reverse("articles:corrections_atom"))
    assert parsed.version == "atom10"
    assert [e.summary for e in parsed.entries] == ["Second.", "First."]
    assert parsed.entries[0].title.startswith("Update: ")


def test_the_corrections_feed_answers_a_revalidation_with_304(client, story):
    note(story)
    url = reverse("articles:corrections_feed")
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.fixture(params=[3, 60], ids=["3-notes", "60-notes"])
def many_notes(request):
    for n in range(request.param):
        story = factories.article(f"Story {n}")
        note(story, f"Note {n}.", ago=timedelta(minutes=n + 1))
    factories.draft("A draft")


def test_the_corrections_page_query_budget(client, many_notes, django_assert_max_num_queries):
    # The public state, the count, the page with its stories' headlines.
    with django_assert_max_num_queries(3):
        assert client.get(reverse("articles:corrections")).status_code == 200


@pytest.mark.parametrize("name", ["articles:corrections_feed", "articles:corrections_atom"])
def test_the_corrections_feed_query_budget(client, many_notes, name, django_assert_max_num_queries):
    # The public state, the notes with their stories.
    with django_assert_max_num_queries(2):
        assert client.get(reverse(name)).status_code == 200


# The admin ---------------------------------------------------------------------------


def change_url(story) -> str:
    return reverse("admin:articles_article_change", args=[story.pk])


def form_data(client, story, **changes) -> dict:
    data = _form_data(client.get(change_url(story)))
    for name, value in list(data.items()):
        if isinstance(value, datetime):  # the admin's split date and time widgets
            del data[name]
            local = timezone.localtime(value)
            data[f"{name}_0"], data[f"{name}_1"] = f"{local:%Y-%m-%d}", f"{local:%H:%M:%S}"
    data.update(changes)
    return data


def test_editing_a_published_headline_without_a_note_asks_for_one(editor_client, story):
    response = editor_client.post(
        change_url(story), form_data(editor_client, story, headline="Ant buys 45% of Telenor")
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    assert any("needs a correction or an update" in e for e in errors)
    story.refresh_from_db()
    assert story.headline == "Ant Financial buys into Telenor Microfinance"


def test_editing_a_published_body_with_a_correction_saves_both(editor_client, story):
    data = form_data(
        editor_client,
        story,
        body="Ant Financial will pay $184m for a 45% stake.",
        note_kind="correction",
        note_text=CORRECTION,
    )
    assert editor_client.post(change_url(story), data).status_code == 302
    made = Correction.objects.get(article=story)
    assert (made.kind, made.text) == ("correction", CORRECTION)
    story.refresh_from_db()
    assert story.body.startswith("Ant Financial will pay")


def test_a_note_is_tied_to_the_revision_it_came_with(editor_client, story):
    data = form_data(
        editor_client, story, standfirst="A $184m deal.", note_kind="update", note_text=UPDATE
    )
    editor_client.post(change_url(story), data)
    latest = Version.objects.get_for_object(story).first()
    made = Correction.objects.get(article=story)
    assert made.revision == latest.revision
    assert latest.revision.comment.startswith(f"Update added: {UPDATE}")


def test_a_silent_typo_fix_needs_no_note_and_is_recorded_as_one(editor_client, story):
    data = form_data(
        editor_client, story, headline="Ant Financial buys into Telenor Microfinance.",
        silent_typo_fix="on",
    )  # fmt: skip
    assert editor_client.post(change_url(story), data).status_code == 302
    assert not Correction.objects.exists()
    revision = Version.objects.get_for_object(story).first().revision
    assert revision.comment.startswith("Silent typo fix")
    entry = LogEntry.objects.filter(object_id=str(story.pk)).latest("action_time")
    assert entry.get_change_message().startswith("Silent typo fix")


def test_the_history_page_shows_the_typo_fix(editor_client, story):
    data = form_data(editor_client, story, headline="Ant Financial buys into Telenor.")
    data["silent_typo_fix"] = "on"
    editor_client.post(change_url(story), data)
    history = editor_client.get(reverse("admin:articles_article_history", args=[story.pk]))
    assert "Silent typo fix" in history.content.decode()


def test_a_note_kind_without_text_is_refused(editor_client, story):
    data = form_data(editor_client, story, headline="New headline", note_kind="correction")
    response = editor_client.post(change_url(story), data)
    assert "note_text" in response.context["adminform"].form.errors


def test_a_typo_fix_with_a_note_is_refused(editor_client, story):
    data = form_data(
        editor_client, story, headline="New headline", note_kind="update", note_text=UPDATE,
        silent_typo_fix="on",
    )  # fmt: skip
    response = editor_client.post(change_url(story), data)
    assert "silent_typo_fix" in response.context["adminform"].form.errors


def test_editing_a_draft_needs_no_note(editor_client):
    draft = factories.draft("A draft")
    data = form_data(editor_client, draft, headline="A better draft")
    assert editor_client.post(change_url(draft), data).status_code == 302


def test_editing_a_published_story_elsewhere_than_its_words_needs_no_note(editor_client, story):
    data = form_data(editor_client, story, lead_image_caption="A new caption")
    assert editor_client.post(change_url(story), data).status_code == 302


def test_a_published_story_form_offers_the_note_fields(editor_client, story):
    form = editor_client.get(change_url(story)).content.decode()
    assert 'name="note_kind"' in form and 'name="silent_typo_fix"' in form


def test_notes_already_given_are_listed_on_the_form(editor_client, story):
    note(story)
    assert CORRECTION in editor_client.get(change_url(story)).content.decode()


def test_a_writer_cannot_change_a_published_story_nor_add_a_note(writer_client, story):
    page_ = writer_client.get(change_url(story))
    assert 'name="note_kind"' not in page_.content.decode()
    data = {"headline": "Changed", "note_kind": "correction", "note_text": "By a writer"}
    assert writer_client.post(change_url(story), data).status_code == 403
    assert not Correction.objects.exists()
    story.refresh_from_db()
    assert story.headline == "Ant Financial buys into Telenor Microfinance"


def test_a_writer_has_no_right_to_add_or_change_notes(writer):
    assert not writer.has_perm("articles.add_correction")
    assert not writer.has_perm("articles.change_correction")


def test_restoring_an_old_revision_of_a_published_story_asks_for_a_note(editor_client, story):
    for headline in ("Ant buys 45% of Telenor Bank", "Ant buys 45% of Telenor bank"):
        data = form_data(editor_client, story, headline=headline, silent_typo_fix="on")
        assert editor_client.post(change_url(story), data).status_code == 302
    oldest = Version.objects.get_for_object(story).last()
    url = reverse("admin:articles_article_revision", args=[story.pk, oldest.pk])
    restore = _form_data(editor_client.get(url))
    restore = {k: v for k, v in restore.items() if not isinstance(v, datetime)}
    response = editor_client.post(url, restore)
    assert response.status_code == 200
    assert "needs a correction or an update" in response.content.decode()
    story.refresh_from_db()
    assert story.headline == "Ant buys 45% of Telenor bank"


def test_a_note_is_shown_as_text_never_as_markup(client, story):
    note(story, '<script>alert(1)</script><img src=x onerror="alert(2)">')
    html = page(client, story)
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_corrections_page_is_served_through_the_page_cache(client, story):
    note(story)
    url = reverse("articles:corrections")
    first = client.get(url)
    assert "corrections" in first["Surrogate-Key"].split()
    assert f"article-{story.pk}" in first["Surrogate-Key"].split()
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_a_new_note_is_on_the_cached_corrections_page_at_once(client, story):
    url = reverse("articles:corrections")
    client.get(url)
    note(story, "Just in.")
    assert "Just in." in client.get(url).content.decode()
