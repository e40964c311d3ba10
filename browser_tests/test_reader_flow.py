"""Issue 12, scenarios 3 and 4: before an editor publishes a story, no reader page shows
it; once published, an anonymous reader finds it on home, the company page (under
"About"), the topic, the author, the deal page and the archive."""

from django.utils import timezone

from articles.models import Article
from articles.tests import factories
from deals.models import DealParty

from .seed import newsroom

HEADLINE = "Acme agrees to buy Delta Freight"


def story_pages(world, draft, deal) -> dict[str, str]:
    now = timezone.localtime()
    return {
        "home": "/",
        "company, About": f"{world.acme.get_absolute_url()}?show=about",
        "topic": "/topics/shipping/",
        "author": draft.bylines.get().author.get_absolute_url(),
        "deal": deal.get_absolute_url(),
        "archive": f"/archive/{now.year}/{now.month}/",
    }


def make_draft(world):
    delta = factories.company("Delta Freight", slug="delta-freight")
    deal = factories.deal(
        "Acme to buy Delta Freight",
        slug="acme-delta-freight",
        kind="acquisition",
        marked_public=False,  # public once a published story reports it
        parties=[(world.acme, DealParty.Role.ACQUIRER), (delta, DealParty.Role.TARGET)],
    )
    draft = factories.draft(
        HEADLINE,
        slug="acme-delta-freight-story",
        body="Acme Holdings agreed to buy Delta Freight.",
        companies=[world.acme],
        byline=factories.author("Sam Newcomer"),
    )
    draft.tags.add("Shipping")
    draft.deals.add(deal)
    return draft, deal


def test_a_draft_shows_on_no_reader_page_and_the_published_story_on_all(
    people, editor, live_server
):
    world = newsroom()
    draft, deal = make_draft(world)
    pages = story_pages(world, draft, deal)
    reader = people()

    shown_before = [name for name, path in pages.items() if reader.shows(path, HEADLINE)]
    assert shown_before == []

    desk = people()
    desk.log_in(editor)
    changelist = desk.goto("/admin/articles/article/")
    changelist.get_by_role("row").filter(has_text=HEADLINE).get_by_role("checkbox").check()
    changelist.locator("select[name=action]").select_option("publish")
    changelist.locator("button[name=index]").first.click()
    changelist.get_by_text("The selected stories are published.").wait_for()
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED

    # A new reader: the first one's browser may keep its copies for PUBLIC_CACHE_SECONDS,
    # as the Cache-Control header allows.
    reader = people()
    missing = [name for name, path in pages.items() if not reader.shows(path, HEADLINE)]
    assert missing == []


def test_the_reader_follows_links_from_the_story_to_each_page(reader):
    world = newsroom()
    page = reader.goto(world.story.get_absolute_url())
    for link, lands_on in [
        ("Acme Holdings", world.acme.get_absolute_url()),
        ("Jane Reporter", world.author.get_absolute_url()),
        ("Fintech", f"/topics/{world.topic}/"),
    ]:
        page.locator("main").get_by_role("link", name=link, exact=True).first.click()
        page.wait_for_url(f"**{lands_on}")
        assert world.story.headline in page.locator("main").inner_text()
        page.go_back()
