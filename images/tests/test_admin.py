"""The picture library in the admin: upload, errors, focal point, search, logos."""

import re

import pytest
from django.urls import reverse

from articles.tests import factories
from images.models import CompanyLogo, Image

from .pictures import library_picture, picture_bytes, stored_files, upload

pytestmark = pytest.mark.django_db

ADD = reverse("admin:images_image_add")


def _post(client, data: bytes, name="photo.jpg", **fields):
    form = {"title": "Campus", "alt_text": "", "caption": "", "credit": "", "source": ""}
    form.update({"tags": "", "focal_x": "0.5", "focal_y": "0.5", **fields})
    return client.post(ADD, {**form, "file": upload(data, name)})


def test_an_editor_uploads_a_picture_and_its_renditions_are_made(editor_client):
    response = _post(editor_client, picture_bytes(900, 600), alt_text="A campus.")
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height, image.format) == (900, 600, "jpeg")
    assert "og-1200-fallback" in image.renditions


def test_a_writer_may_upload_pictures(writer_client):
    assert _post(writer_client, picture_bytes(300, 200)).status_code == 302


def test_an_svg_upload_is_a_form_error_and_stores_nothing(editor_client):
    response = _post(editor_client, b"<svg onload='alert(1)'/>", "logo.png")
    assert response.status_code == 200
    assert "SVG files are not accepted" in response.content.decode()
    assert not Image.objects.exists()
    assert stored_files() == []


def test_a_truncated_upload_is_a_form_error(editor_client):
    data = picture_bytes(900, 600)
    response = _post(editor_client, data[: len(data) // 3])
    assert "damaged or incomplete" in response.content.decode()
    assert not Image.objects.exists()


def test_a_decompression_bomb_is_a_form_error(editor_client, settings):
    settings.IMAGES_MAX_PIXELS = 50_000
    response = _post(editor_client, picture_bytes(900, 600))
    assert response.status_code == 200
    assert "the limit is 50,000 pixels" in response.content.decode()


def test_the_same_picture_twice_points_at_the_first(editor_client):
    data = picture_bytes(300, 200)
    _post(editor_client, data)
    response = _post(editor_client, data, title="Again")
    assert "already in the library" in response.content.decode()
    assert Image.objects.count() == 1


def test_moving_the_focal_point_makes_new_crops(editor_client):
    image = library_picture(width=1600, height=600)
    before = image.renditions["1x1-1200-fallback"]["name"]
    uncropped = image.renditions["w-800-webp"]["name"]
    url = reverse("admin:images_image_change", args=[image.pk])
    response = editor_client.post(
        url,
        {
            "title": image.title,
            "alt_text": image.alt_text,
            "caption": "",
            "credit": "",
            "source": "",
            "tags": "",
            "focal_x": "0.05",
            "focal_y": "0.5",
        },
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.renditions["1x1-1200-fallback"]["name"] != before
    assert image.renditions["w-800-webp"]["name"] == uncropped


def test_the_change_page_has_the_focal_point_picker(editor_client):
    image = library_picture()
    html = editor_client.get(reverse("admin:images_image_change", args=[image.pk])).content
    assert b"data-focal-picker" in html
    assert b"images/focal_point.js" in html
    assert b"<script>" not in html.split(b"data-focal-picker")[1][:2000]


def test_the_library_is_searchable_by_title_alt_text_and_tag(editor_client):
    library_picture("Alibaba campus", alt_text="Glass towers.", tags=["hangzhou"])
    other = picture_bytes(500, 300, colour=(10, 10, 10))
    library_picture("Mail.ru office", alt_text="A street.", data=other)
    changelist = reverse("admin:images_image_changelist")
    for query in ("campus", "glass", "hangzhou"):
        html = editor_client.get(changelist, {"q": query}).content.decode()
        assert "Alibaba campus" in html and "Mail.ru office" not in html


def test_the_library_filters_pictures_missing_alt_text(editor_client):
    library_picture("Described", alt_text="Something.")
    library_picture("Undescribed", alt_text="", data=picture_bytes(500, 300, colour=(1, 2, 3)))
    html = editor_client.get(reverse("admin:images_image_changelist"), {"alt": "missing"})
    assert "Undescribed" in html.content.decode()
    assert "Described<" not in html.content.decode()


def test_the_change_page_says_where_a_picture_is_used(editor_client):
    image = library_picture()
    factories.article("Alibaba nears a deal", lead_image=image)
    company = factories.company("Alibaba Group")
    CompanyLogo.objects.create(company=company, image=image)
    html = editor_client.get(reverse("admin:images_image_change", args=[image.pk])).content
    assert b"Alibaba nears a deal" in html
    assert b'Company: <a href="/admin/companies/company/' in html


def test_a_company_logo_is_set_on_the_company_page(editor_client):
    company = factories.company("Alibaba Group")
    image = library_picture()
    url = reverse("admin:companies_company_change", args=[company.pk])
    html = editor_client.get(url).content.decode()
    assert 'name="logo-0-image"' in html
    form = {
        "name": company.name,
        "slug": company.slug,
        "description": "",
        "country": "",
        "sector": "",
        "website": "",
        "ticker": "",
        "logo-TOTAL_FORMS": "1",
        "logo-INITIAL_FORMS": "0",
        "logo-0-image": str(image.pk),
    }
    for prefix in re.findall(r'name="([\w-]+)-TOTAL_FORMS"', html):
        if prefix != "logo":
            form.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = editor_client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert CompanyLogo.objects.get(company=company).image == image


def test_story_form_picks_the_lead_picture_by_autocomplete(editor_client):
    html = editor_client.get(reverse("admin:articles_article_add")).content.decode()
    select = re.search(r'<select[^>]*name="lead_image"[^>]*>', html).group(0)
    assert "admin-autocomplete" in select
