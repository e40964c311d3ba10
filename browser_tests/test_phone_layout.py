"""The admin on a 390 px phone (issue 12): no page is wider than the screen. The page does
not scroll sideways (the root's scrollWidth is the window's width) and no visible element
reaches past the right edge — except inside a box that scrolls sideways on its own and
itself fits, as a wide changelist table does. Checked on the story form (new, and saved
with the suggestion panels shown), the company and deal forms, the story, company and
deal changelists, the review queue, the activity log and the admin index, with long
names in every list."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType

from articles.models import Article
from articles.tests import factories

from .conftest import PHONE
from .seed import newsroom
from .test_accessibility import BODY, suggest

# What reaches past the right edge of the window, as "tag#id.class (right edge)" lines.
OVERFLOW = """
() => {
  const width = document.documentElement.clientWidth;
  const scrollsOnItsOwn = (element) => {
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      const overflow = getComputedStyle(box).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll')
          && box.getBoundingClientRect().right <= width + 0.5) {
        return true;
      }
    }
    return false;
  };
  const wide = [];
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (!box.width || !box.height || style.visibility === 'hidden') continue;
    if (box.right > width + 0.5 && !scrollsOnItsOwn(element)) {
      const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
        + (typeof element.className === 'string' && element.className.trim()
           ? '.' + element.className.trim().split(/\\s+/).join('.') : '');
      wide.push(`${name} (right edge at ${Math.round(box.right)} px)`);
    }
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    wide: wide,
  };
}
"""

LONG = (
    "Northwind Consolidated Transcontinental Logistics and Payments Holdings announces "
    "its extraordinarily long-awaited restructuring"
)


def overflow(page) -> list[str]:
    """Why the page at 390 px is wider than the screen; empty when it is not."""
    found = page.evaluate(OVERFLOW)
    problems = []
    if found["scrollWidth"] > found["innerWidth"]:
        problems.append(f"the page scrolls sideways: {found['scrollWidth']} px wide")
    return problems + [f"wider than the screen: {w}" for w in found["wide"][:20]]


def desk(people, editor):
    """An editor's phone, on a newsroom with long names in every list."""
    world = newsroom()
    company = factories.company(LONG.split(" announces")[0], slug="northwind-long")
    story = factories.article(LONG, slug="northwind-long-story", companies=[company])
    factories.article(
        f"{LONG}, in review", slug="northwind-in-review", status=Article.Status.IN_REVIEW
    )
    factories.deal(f"{LONG}: the deal", slug="northwind-deal", parties=[])
    LogEntry.objects.create(
        user=editor,
        content_type=ContentType.objects.get_for_model(Article),
        object_id=str(story.pk),
        object_repr=story.headline,
        action_flag=CHANGE,
        change_message="Changed headline, standfirst, body and the company links.",
    )
    phone = people(PHONE)
    phone.log_in(editor)
    return world, phone


def test_the_story_add_form_with_suggestions_fits_a_phone(people, editor):
    _, phone = desk(people, editor)
    form = phone.goto("/admin/articles/article/add/")
    assert not overflow(form), "\n".join(overflow(form))
    form.fill("#id_headline", LONG)
    form.fill("#id_body", BODY)
    suggest(form)
    problems = overflow(form)
    assert not problems, "\n".join(problems)


def test_the_story_change_form_with_suggestions_fits_a_phone(people, editor):
    world, phone = desk(people, editor)
    # Saved with a text that names a company not linked and a deal not on file: both of
    # the saved story's panels have rows, with their buttons.
    world.story.body += "\n\n" + BODY
    world.story.save()
    form = phone.goto(f"/admin/articles/article/{world.story.pk}/change/")
    form.get_by_role("button", name="Create deal").first.wait_for()
    assert not overflow(form), "\n".join(overflow(form))
    suggest(form)
    problems = overflow(form)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("model", ["company", "deal"])
def test_the_company_and_deal_forms_fit_a_phone(people, editor, model):
    world, phone = desk(people, editor)
    saved = world.acme if model == "company" else world.deal
    problems = overflow(phone.goto(f"/admin/{saved._meta.app_label}/{model}/{saved.pk}/change/"))
    assert not problems, "\n".join(problems)


def test_the_story_changelist_fits_a_phone(people, editor):
    _, phone = desk(people, editor)
    problems = overflow(phone.goto("/admin/articles/article/"))
    assert not problems, "\n".join(problems)


def test_the_company_changelist_fits_a_phone(people, editor):
    _, phone = desk(people, editor)
    problems = overflow(phone.goto("/admin/companies/company/"))
    assert not problems, "\n".join(problems)


def test_the_deal_changelist_fits_a_phone(people, editor):
    _, phone = desk(people, editor)
    problems = overflow(phone.goto("/admin/deals/deal/"))
    assert not problems, "\n".join(problems)


def test_the_review_queue_fits_a_phone(people, editor):
    _, phone = desk(people, editor)
    page = phone.goto("/admin/articles/article/?status__exact=in_review")
    assert "in review" in page.locator("#result_list").inner_text().lower()
    problems = overflow(page)
    assert not problems, "\n".join(problems)


def test_the_activity_log_fits_a_phone(people, editor):
    _, phone = desk(people, editor)
    page = phone.goto("/admin/admin/logentry/")
    assert LONG[:40] in page.locator("#result_list").inner_text()
    problems = overflow(page)
    assert not problems, "\n".join(problems)


def test_the_admin_index_with_the_review_queue_fits_a_phone(people, editor):
    _, phone = desk(people, editor)
    page = phone.goto("/admin/")
    assert "waiting for review (1)" in page.locator("#review-queue").inner_text().lower()
    problems = overflow(page)
    assert not problems, "\n".join(problems)


def test_a_table_wider_than_the_screen_counts_as_overflow(people, editor):
    """The check itself: a page made wider than the screen is caught."""
    _, phone = desk(people, editor)
    page = phone.goto("/admin/")
    page.evaluate("document.querySelector('#content').style.minWidth = '600px'")
    assert overflow(page)
