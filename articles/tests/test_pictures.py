"""Stories and their pictures: lead images, body images, alt text, sharing images,
query budgets and the drafts rule."""

import pytest
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.urls import reverse

from articles.models import Article, ArticleBodyImage
from articles.publishing import article_publish
from deals.models import DealParty
from images.models import CompanyLogo, Image
from images.tests.pictures import library_picture, picture_bytes

from . import factories
from .test_queries import BUDGETS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_media_storage(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


@pytest.fixture(scope="module")
def jpeg():
    return picture_bytes(1600, 1000)


@pytest.fixture
def photo(jpeg):
    return library_picture(
        "Alibaba campus",
        alt_text="Alibaba's campus in Hangzhou at dusk.",
        caption="Alibaba's headquarters.",
        credit="Newsroom graphic",
        data=jpeg,
    )


def _marks(image: Image) -> list[str]:
    """Strings that appear in any page showing `image`: its files' content hashes."""
    return [image.sha256[:16], image.alt_text]


# --- The Markdown form ------------------------------------------------------------------


def test_a_picture_alone_in_its_paragraph_is_a_figure_with_caption_and_credit(photo):
    story = factories.article(body=f'Intro.\n\n![](image:{photo.pk} "small")\n\nMore.')
    assert '<figure class="body-image body-image--small"><picture>' in story.body_html
    assert "<figcaption>Alibaba's headquarters. <small>Newsroom graphic</small>" in (
        story.body_html.replace("&#x27;", "'").replace("&#39;", "'")
    )
    assert 'loading="lazy"' in story.body_html


def test_a_picture_inside_a_sentence_is_just_the_picture(photo):
    story = factories.article(body=f"Before ![logo](image:{photo.pk}) after.")
    assert "<figure" not in story.body_html
    assert "<p>Before <picture>" in story.body_html


def test_the_brackets_override_the_library_alt_text(photo):
    story = factories.article(body=f"![The campus from the lake](image:{photo.pk})")
    assert 'alt="The campus from the lake"' in story.body_html


def test_body_picture_alt_text_cannot_break_out_of_its_attribute(photo):
    story = factories.article(body=f'![x" onerror="alert(1)](image:{photo.pk})')
    assert "onerror" not in story.body_html.replace("&quot; onerror=&quot;", "")


def test_raw_html_cannot_borrow_the_picture_attributes():
    story = factories.article(
        body='<img src="/x.png" style="position:fixed" class="evil" srcset="javascript:x 1w">'
    )
    assert "style" not in story.body_html
    assert "evil" not in story.body_html
    assert "javascript" not in story.body_html


def test_raw_html_keeps_a_placeholder_only_when_it_is_a_colour():
    story = factories.article(
        body='<img src="/a.png" alt="a" data-placeholder="#12ab9f">'
        '<img src="/b.png" alt="b" data-placeholder="red;background:url(/x)">'
    )
    assert 'data-placeholder="#12ab9f"' in story.body_html
    assert "url(" not in story.body_html and story.body_html.count("data-placeholder") == 1


def test_a_reference_inside_code_stays_code(photo):
    story = factories.article(body=f"`![x](image:{photo.pk})`")
    assert "<picture>" not in story.body_html
    assert not ArticleBodyImage.objects.filter(article=story).exists()


def test_body_pictures_are_recorded_and_forgotten_with_the_body(photo):
    story = factories.article(body=f"![x](image:{photo.pk})")
    assert list(story.body_image_links.values_list("image", flat=True)) == [photo.pk]
    story.body = "No pictures now."
    story.save()
    assert not story.body_image_links.exists()


def test_a_reference_to_no_picture_is_an_error():
    story = factories.draft(body="![x](image:999999)")
    with pytest.raises(ValidationError) as caught:
        story.full_clean()
    assert "999999" in caught.value.message_dict["body"][0]


def test_an_unknown_size_is_an_error(photo):
    story = factories.draft(body=f'![x](image:{photo.pk} "huge")')
    with pytest.raises(ValidationError) as caught:
        story.full_clean()
    assert "small, medium or wide" in caught.value.message_dict["body"][0]


def test_new_library_alt_text_reaches_the_bodies_showing_the_picture(photo):
    story = factories.article(body=f"![](image:{photo.pk})")
    photo.alt_text = "A new description."
    photo.save()
    story.refresh_from_db()
    assert 'alt="A new description."' in story.body_html


# --- Alt text before publishing ---------------------------------------------------------


@pytest.fixture
def no_alt(jpeg):
    return library_picture("Untitled", alt_text="", data=picture_bytes(600, 400))


def test_a_draft_may_use_a_picture_without_alt_text(no_alt):
    factories.draft(lead_image=no_alt).full_clean()


def test_a_published_story_needs_alt_text_on_its_lead_picture(no_alt):
    story = factories.draft(lead_image=no_alt)
    story.status = Article.Status.PUBLISHED
    with pytest.raises(ValidationError) as caught:
        story.full_clean()
    assert "alt text" in caught.value.message_dict["lead_image"][0]


def test_a_published_story_needs_alt_text_on_its_body_pictures(no_alt):
    story = factories.draft(body=f"![](image:{no_alt.pk})")
    story.status = Article.Status.PUBLISHED
    with pytest.raises(ValidationError) as caught:
        story.full_clean()
    assert f"#{no_alt.pk}" in caught.value.message_dict["body"][0]


def test_alt_text_in_the_brackets_is_enough_to_publish(no_alt):
    story = factories.draft(body=f"![A bar chart of deal values](image:{no_alt.pk})")
    story.status = Article.Status.PUBLISHED
    story.full_clean()


def test_publishing_refuses_a_lead_picture_without_alt_text(no_alt, editor):
    story = factories.draft(lead_image=no_alt)
    with pytest.raises(ValidationError):
        article_publish(article=story, user=editor)
    story.refresh_from_db()
    assert story.status == Article.Status.DRAFT


def test_the_publish_action_says_why_a_story_stays_a_draft(no_alt, editor_client):
    story = factories.draft(lead_image=no_alt)
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [story.pk]},
        follow=True,
    )
    story.refresh_from_db()
    assert story.status == Article.Status.DRAFT
    assert "stays a draft" in response.content.decode()


# --- Pages ------------------------------------------------------------------------------


def test_the_story_page_shows_the_lead_picture_eagerly(client, photo):
    story = factories.article(lead_image=photo, lead_image_caption="Our own caption.")
    html = client.get(story.get_absolute_url()).content.decode()
    lead = html.split('<figure class="story__lead">', 1)[1].split("</figure>", 1)[0]
    assert "<picture>" in lead and 'loading="lazy"' not in lead
    assert 'width="1600" height="1000"' in lead
    assert "Our own caption." in lead


def test_story_cards_show_the_cropped_lead_picture(client, photo):
    factories.article(lead_image=photo)
    html = client.get(reverse("articles:home")).content.decode()
    assert 'class="card__picture"' in html
    assert "16x9-800-fallback" in html


def test_the_story_page_offers_a_1200x630_og_image(client, photo):
    story = factories.article(lead_image=photo)
    context = client.get(story.get_absolute_url()).context
    assert context["og_image_url"].startswith("http://testserver/media/images/renditions/")
    assert "/og-1200-fallback." in context["og_image_url"]
    assert (context["og_image_width"], context["og_image_height"]) == (1200, 630)


def test_the_story_page_offers_structured_data_images_in_three_ratios(client, photo):
    story = factories.article(lead_image=photo)
    urls = client.get(story.get_absolute_url()).context["ld_image_urls"]
    assert [u.rsplit("/", 1)[1].split(".")[0] for u in urls] == [
        "16x9-1200-fallback",
        "4x3-1200-fallback",
        "1x1-1200-fallback",
    ]


def test_a_story_without_a_lead_picture_has_no_og_image(client):
    story = factories.article()
    assert client.get(story.get_absolute_url()).context["og_image_url"] == ""


def test_the_company_page_shows_the_logo(client):
    company = factories.company("Alibaba Group")
    logo = library_picture("Alibaba logo", data=picture_bytes(400, 400, fmt="PNG", mode="RGBA"))
    CompanyLogo.objects.create(company=company, image=logo)
    html = client.get(company.get_absolute_url()).content.decode()
    assert 'class="profile__logo"' in html and logo.sha256[:16] in html


def test_the_deal_page_shows_the_parties_logos(client):
    alibaba, mailru = factories.company("Alibaba Group"), factories.company("Mail.ru")
    logo = library_picture("Alibaba logo", data=picture_bytes(400, 400, fmt="PNG"))
    CompanyLogo.objects.create(company=alibaba, image=logo)
    deal = factories.deal(
        parties=[(alibaba, DealParty.Role.PARTNER), (mailru, DealParty.Role.PARTNER)]
    )
    html = client.get(deal.get_absolute_url()).content.decode()
    assert html.count('class="party__logo"') == 1


def test_a_logo_change_reaches_a_cached_company_page(client):
    company = factories.company("Alibaba Group")
    client.get(company.get_absolute_url())
    logo = library_picture("Alibaba logo", data=picture_bytes(300, 300, fmt="PNG"))
    CompanyLogo.objects.create(company=company, image=logo)
    assert logo.sha256[:16] in client.get(company.get_absolute_url()).content.decode()


# --- Query budgets ----------------------------------------------------------------------


@pytest.fixture(params=[5, 40], ids=["5-stories", "40-stories"])
def illustrated(request, jpeg):
    """Stories with lead pictures and three body pictures each, companies with logos."""
    pictures = [library_picture(f"Picture {n}", data=picture_bytes(800 + n, 500)) for n in range(4)]
    parent, partner = factories.company("Alibaba Group"), factories.company("Mail.ru Group")
    for company, picture in ((parent, pictures[0]), (partner, pictures[1])):
        CompanyLogo.objects.create(company=company, image=picture)
    deal = factories.deal(
        parties=[(parent, DealParty.Role.PARTNER), (partner, DealParty.Role.PARTNER)]
    )
    body = "\n\n".join(f"Paragraph.\n\n![](image:{p.pk})" for p in pictures[1:])
    stories, writer = [], factories.author("Anna Petrova")
    for n in range(request.param):
        story = factories.article(
            f"Story {n}", companies=[parent], lead_image=pictures[n % 4], body=body, byline=writer
        )
        story.tags.add("e-commerce")
        story.deals.add(deal)
        stories.append(story)
    return {"company": parent, "deal": deal, "story": stories[0], "author": writer}


@pytest.mark.parametrize("page", ["home", "article", "company", "deal", "topic", "author"])
def test_pictures_do_not_add_queries(client, illustrated, page, django_assert_max_num_queries):
    url = {
        "home": reverse("articles:home"),
        "article": illustrated["story"].get_absolute_url(),
        "company": illustrated["company"].get_absolute_url(),
        "deal": illustrated["deal"].get_absolute_url(),
        "topic": reverse("topics:detail", kwargs={"slug": "e-commerce"}),
        "author": illustrated["author"].get_absolute_url(),
    }[page]
    # Topic and author pages: the budget test_queries gives them.
    with django_assert_max_num_queries(BUDGETS.get(page, 8)):
        response = client.get(url)
    assert response.status_code == 200
    assert "<picture>" in response.content.decode()


# --- Deleting and the drafts rule -------------------------------------------------------


def test_a_picture_a_story_shows_cannot_be_deleted(photo):
    factories.article(lead_image=photo)
    with pytest.raises(ProtectedError):
        photo.delete()


def test_a_picture_in_a_body_cannot_be_deleted(photo):
    factories.article(body=f"![x](image:{photo.pk})")
    with pytest.raises(ProtectedError):
        photo.delete()


def test_the_admin_says_where_a_picture_is_used_instead_of_deleting_it(editor_client, photo):
    factories.article("Alibaba nears a deal", lead_image=photo)
    url = reverse("admin:images_image_delete", args=[photo.pk])
    html = editor_client.get(url).content.decode()
    assert "Alibaba nears a deal" in html
    editor_client.post(url, {"post": "yes"})
    assert Image.objects.filter(pk=photo.pk).exists()


def test_a_picture_used_only_by_drafts_is_listed_nowhere_public(client, photo):
    company = factories.company("Alibaba Group")
    deal = factories.deal(parties=[(company, DealParty.Role.PARTNER)])
    draft = factories.draft(
        "Secret plans", companies=[company], lead_image=photo, body=f"![](image:{photo.pk})"
    )
    draft.deals.add(deal)
    scheduled = factories.scheduled("Later", companies=[company], lead_image=photo)
    published = factories.article("Public story", companies=[company])
    published.tags.add("e-commerce")
    draft.tags.add("e-commerce")
    pages = [
        reverse("articles:home"),
        company.get_absolute_url(),
        deal.get_absolute_url(),
        reverse("topics:detail", kwargs={"slug": "e-commerce"}),
        published.get_absolute_url(),
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert not any(mark in html for mark in _marks(photo)), url
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404
