"""The demo's pictures, drawn by the project itself, and the backfill command."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.demo.loader import demo_load
from articles.models import Article
from companies.models import Company
from images import renditions
from images.models import CompanyLogo, Image

from .pictures import library_picture

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    demo_load(password="pw")


def test_every_demo_company_gets_a_logo(loaded):
    assert CompanyLogo.objects.count() == Company.objects.count()


def test_stories_reporting_a_valued_deal_lead_with_its_chart(loaded):
    story = Article.objects.get(slug="ant-financial-telenor-microfinance")
    assert story.lead_image.title.startswith("Chart: ")
    assert story.lead_image.alt_text
    assert "og-1200-fallback" in story.lead_image.renditions


def test_loading_the_demo_twice_adds_no_picture(loaded):
    count = Image.objects.count()
    demo_load(password="pw")
    assert Image.objects.count() == count


def test_make_renditions_fills_in_what_is_missing():
    image = library_picture(width=800, height=500)
    image.renditions = {k: v for k, v in image.renditions.items() if k != "w-480-webp"}
    Image.objects.filter(pk=image.pk).update(renditions=image.renditions)
    out = StringIO()
    call_command("make_renditions", stdout=out)
    image.refresh_from_db()
    assert "w-480-webp" in image.renditions
    assert "made 1 renditions" in out.getvalue()


def test_make_renditions_dry_run_makes_nothing():
    image = library_picture(width=800, height=500)
    Image.objects.filter(pk=image.pk).update(renditions={})
    call_command("make_renditions", "--dry-run", stdout=StringIO())
    image.refresh_from_db()
    assert image.renditions == {}
    assert renditions.standard_specs(image)
