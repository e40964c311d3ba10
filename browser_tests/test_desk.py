"""Issue 12, scenarios 1, 2 and 5, in the admin as people use it: a writer drafts a story,
sees suggestions before saving and submits it for review; an editor takes it from the
review queue, accepts the suggested deal and publishes; two editors edit one story at once
and nothing is lost. And the one-click actions before the first save: a writer links
companies and proposes a deal on the Add page (the editor then sees who proposed it); an
editor creates a suggested deal on an unsaved story."""

from articles import roles
from articles.models import Article, DealEvent, DealSuggestion
from articles.tests import factories
from companies.models import Company
from deals.models import Deal

from .test_accessibility import blocking_violations

BODY = (
    "Northwind Traders said it would invest $184m for a 45 per cent stake in Southgate Bank. "
    "The bank's chairman welcomed the deal."
)


def parties():
    factories.company("Northwind Traders", slug="northwind")
    factories.company("Southgate Bank", slug="southgate")


def test_a_writer_sees_suggestions_before_saving_and_submits_for_review(people, writer):
    parties()
    desk = people()
    desk.log_in(writer)
    form = desk.goto("/admin/articles/article/add/")
    form.fill("#id_headline", "Northwind buys into Southgate Bank")
    form.fill("#id_body", BODY)
    form.get_by_role("button", name="Suggest companies and deals").click()
    panel = form.locator("#suggestions")
    panel.get_by_text("Suggested deals").wait_for()
    assert "Northwind Traders" in panel.inner_text() and "Southgate Bank" in panel.inner_text()
    assert "$184m" in panel.inner_text()
    assert Article.objects.count() == 0  # nothing saved to get there

    # A writer's status menu offers what a writer may do: no "Published".
    offered = form.locator("#id_status option").all_inner_texts()
    assert "Published" not in offered and "In review" in offered
    form.select_option("#id_status", "in_review")
    form.locator("input[name=_continue]").click()
    form.get_by_text("was added successfully").wait_for()
    story = Article.objects.get()
    assert story.status == Article.Status.IN_REVIEW and story.submitted_at is not None
    assert not Article.objects.published().exists()

    # The saved story's panel: the writer proposes the deal for an editor to create.
    form.get_by_role("button", name="Propose to an editor").click()
    form.get_by_text("an editor will create it").wait_for()
    assert story.deal_suggestions.filter(state="proposed").count() == 1


def test_an_editor_takes_the_story_from_the_review_queue_accepts_the_deal_and_publishes(
    people, editor, writer
):
    parties()
    story = factories.article(
        "Northwind buys into Southgate Bank",
        slug="northwind-southgate",
        body=BODY,
        status=Article.Status.IN_REVIEW,
        created_by=writer,
    )
    desk = people()
    desk.log_in(editor)
    index = desk.goto("/admin/")
    queue = index.locator("#review-queue")
    assert "waiting for review (1)" in queue.inner_text().lower()
    queue.get_by_role("link", name=story.headline).click()
    index.wait_for_url(f"**/admin/articles/article/{story.pk}/change/")

    index.get_by_role("button", name="Create deal").click()
    index.wait_for_url("**/admin/deals/deal/*/change/")
    deal = Deal.objects.get()
    assert list(story.deals.all()) == [deal]
    assert not Deal.objects.public().exists()  # not before its story

    form = desk.goto(f"/admin/articles/article/{story.pk}/change/")
    assert "Published" in form.locator("#id_status option").all_inner_texts()
    form.select_option("#id_status", "published")
    form.locator("input[name=_continue]").click()
    form.get_by_text("was changed successfully").wait_for()
    story.refresh_from_db()
    assert story.is_published()
    assert list(Deal.objects.public()) == [deal]

    reader = people()
    assert reader.shows(deal.get_absolute_url(), story.headline)


def test_two_editors_on_one_story_the_second_is_told_and_nothing_is_lost(people, editor):
    second = factories.staff_user("second-editor", roles.EDITOR)
    story = factories.draft("Acme weighs a bid", slug="acme-bid", body="Acme may bid.")
    url = f"/admin/articles/article/{story.pk}/change/"
    first_desk, second_desk = people(), people()
    first_desk.log_in(editor)
    second_desk.log_in(second)
    first = first_desk.goto(url)
    other = second_desk.goto(url)

    first.fill("#id_standfirst", "The first editor's standfirst.")
    first.locator("input[name=_continue]").click()
    first.get_by_text("was changed successfully").wait_for()

    other.fill("#id_headline", "Acme weighs a bid for Beta Bank")
    other.locator("input[name=_continue]").click()
    refusal = other.get_by_text("while you were editing it")
    refusal.wait_for()
    told = other.locator(".errornote, .errorlist").all_inner_texts()
    assert any("editor-user" in text for text in told), told
    assert "The first editor's standfirst." in other.locator("table.stale-edit").inner_text()
    # The second editor's words are still in the form; the first editor's are stored.
    assert other.input_value("#id_headline") == "Acme weighs a bid for Beta Bank"
    story.refresh_from_db()
    assert (story.headline, story.standfirst) == (
        "Acme weighs a bid",
        "The first editor's standfirst.",
    )

    # Merged by hand and saved again: both changes kept.
    other.fill("#id_standfirst", "The first editor's standfirst.")
    other.locator("input[name=_continue]").click()
    other.get_by_text("was changed successfully").wait_for()
    story.refresh_from_db()
    assert (story.headline, story.standfirst) == (
        "Acme weighs a bid for Beta Bank",
        "The first editor's standfirst.",
    )


# --- one-click actions before the first save (issue 12) ------------------------------------


def suggest(form):
    form.get_by_role("button", name="Suggest companies and deals").click()
    panel = form.locator("#suggestions")
    panel.get_by_text("Suggested deals").wait_for()
    return panel


def linked_companies(form) -> dict[str, str]:
    """The company-links rows of the form as they stand: company id → role."""
    rows = {}
    for select in form.locator("select[name^='company_links-'][name$='-company']").all():
        name = select.get_attribute("name") or ""
        if "__prefix__" in name or not select.input_value():
            continue
        role = form.locator(f"select[name='{name.replace('-company', '-role')}']")
        rows[select.input_value()] = role.input_value()
    return rows


def test_a_writer_links_companies_and_proposes_a_deal_before_the_first_save(people, writer, editor):
    parties()
    northwind, southgate = (
        Company.objects.get(slug="northwind"),
        Company.objects.get(slug="southgate"),
    )
    desk = people()
    desk.log_in(writer)
    form = desk.goto("/admin/articles/article/add/")
    form.fill("#id_headline", "Northwind buys into Southgate Bank")
    form.fill("#id_body", BODY)
    panel = suggest(form)
    assert Article.objects.count() == 0

    # Link: the first company fills the empty row, the second gets a new row; linking one
    # again adds no duplicate.
    panel.locator("[data-action=link-company][data-name='Northwind Traders']").click()
    panel.get_by_text("linked when you save the story").first.wait_for()
    panel.locator("[data-action=link-company][data-name='Southgate Bank']").click()
    rows = linked_companies(form)
    assert set(rows) == {str(northwind.pk), str(southgate.pk)}
    suggest(form)  # asked again: both are in the form, so neither is offered
    assert panel.locator("[data-action=link-company]").count() == 0
    assert linked_companies(form) == rows

    # Propose, from the keyboard.
    propose = panel.get_by_role("button", name="Propose to an editor")
    propose.focus()
    form.keyboard.press("Enter")
    panel.get_by_text("sent to the editors when you save the story").wait_for()
    assert blocking_violations(desk) == []
    assert not DealSuggestion.objects.exists()  # kept in the form until the save

    form.locator("input[name=_continue]").click()
    form.get_by_text("was added successfully").wait_for()
    story = Article.objects.get()
    assert dict(story.company_links.values_list("company_id", "role")) == {
        int(pk): role for pk, role in rows.items()
    }
    suggestion = DealSuggestion.objects.get()
    assert (suggestion.article, suggestion.state, suggestion.proposed_by) == (
        story,
        DealSuggestion.State.PROPOSED,
        writer,
    )

    # The editor's review says who proposed it, and when.
    review = people()
    review.log_in(editor)
    page = review.goto(f"/admin/articles/article/{story.pk}/change/")
    assert "Proposed by writer-user, " in page.locator("#suggestions").inner_text()


def test_an_editor_creates_a_suggested_deal_on_an_unsaved_story_in_one_click(people, editor):
    parties()
    desk = people()
    desk.log_in(editor)
    form = desk.goto("/admin/articles/article/add/")
    form.fill("#id_headline", "Northwind buys into Southgate Bank")
    form.fill("#id_body", BODY)
    panel = suggest(form)
    panel.get_by_role("button", name="Create deal").click()
    panel.get_by_text("linked to this story when you save it").wait_for()
    deal = Deal.objects.get()
    assert form.locator("#id_deals").evaluate(
        "select => Array.from(select.selectedOptions).map(o => o.value)"
    ) == [str(deal.pk)]
    assert Article.objects.count() == 0 and not Deal.objects.public().exists()

    form.locator("input[name=_continue]").click()
    form.get_by_text("was added successfully").wait_for()
    story = Article.objects.get()
    assert list(story.deals.all()) == [deal]
    assert DealEvent.objects.get(deal=deal).article == story
    assert not Deal.objects.public().exists()  # not before its story is published
