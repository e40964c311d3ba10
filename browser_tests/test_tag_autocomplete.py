"""Tag autocomplete on the story form, in chromium under the site's CSP: existing tags are
suggested for the tag being typed (case-insensitive), picked with the keyboard or the
mouse, and the box stays a plain comma-separated text field."""

from articles.tests import factories


def story_form(people, writer):
    for name, stories in (("Fintech", 2), ("Financial results", 1), ("Shipping", 1)):
        for _ in range(stories):
            factories.article().tags.add(name)
    desk = people()
    desk.log_in(writer)
    page = desk.goto("/admin/articles/article/add/")
    return page, page.locator("input[name=tags]")


def test_suggestions_are_existing_tags_most_used_first(people, writer):
    page, box = story_form(people, writer)
    box.press_sequentially("FIN")
    options = page.locator("#id_tags-suggestions [role=option]")
    options.first.wait_for()
    assert options.all_inner_texts() == ["Fintech", "Financial results"]


def test_a_suggestion_is_picked_with_the_keyboard(people, writer):
    page, box = story_form(people, writer)
    box.fill("Shipping, fin")
    box.press("End")
    box.press_sequentially("t")
    page.locator("#id_tags-suggestions [role=option]").first.wait_for()
    box.press("ArrowDown")
    box.press("Enter")
    assert box.input_value() == "Shipping, Fintech, "
    assert page.locator("#id_tags-suggestions").is_hidden()


def test_a_suggestion_is_picked_with_the_mouse(people, writer):
    page, box = story_form(people, writer)
    box.press_sequentially("ship")
    option = page.locator("#id_tags-suggestions [role=option]", has_text="Shipping")
    option.click()
    assert box.input_value() == "Shipping, "
