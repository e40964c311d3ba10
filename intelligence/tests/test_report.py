"""`link_companies`'s text report shows each deal suggestion's confidence."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.tests import factories
from companies.models import Company

from . import reference

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    for name, slug in [
        ("Ant Financial", "ant-financial"),
        ("Alibaba Group", "alibaba"),
        ("Telenor Microfinance Bank", "telenor-microfinance-bank"),
        ("Telenor Group", "telenor"),
    ]:
        factories.company(name, slug=slug)
    Company.objects.get(slug="alibaba").aliases.create(name="Alibaba")
    return factories.draft("Ant Financial buys into Pakistani bank", body=reference.SENTENCE)


def test_the_text_report_shows_each_deals_confidence(story):
    out = StringIO()
    call_command("link_companies", story.slug, stdout=out)
    (line,) = [line for line in out.getvalue().splitlines() if "deal:" in line]
    assert line.startswith("  deal: investment")
    assert line.endswith("%)") and "(confidence " in line
    percent = int(line.rsplit("(confidence ", 1)[1].rstrip("%)"))
    assert 50 <= percent <= 100
