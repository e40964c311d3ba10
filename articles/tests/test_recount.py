"""recount_coverage rebuilds every denormalised count from the stories themselves."""

import pytest
from django.core.management import call_command

from articles.models import Author
from companies.models import Company
from deals.models import Deal

from . import factories

pytestmark = pytest.mark.django_db


def test_recount_repairs_counts_written_around_the_models():
    company = factories.company("Ozon")
    author = factories.author("Anna Petrova")
    deal = factories.deal("Ozon deal", marked_public=False)
    story = factories.article("Ozon story", companies=[company], byline=author)
    story.deals.add(deal)
    Company.objects.update(story_count=99, group_story_count=99)
    Author.objects.update(story_count=99)
    Deal.objects.update(story_count=99, reported_at=None)
    call_command("recount_coverage", verbosity=0)
    company.refresh_from_db()
    author.refresh_from_db()
    deal.refresh_from_db()
    assert (company.story_count, company.group_story_count) == (1, 1)
    assert author.story_count == 1
    assert deal.story_count == 1 and deal.reported_at == story.published_at


def test_dry_run_changes_nothing():
    factories.article("A story", companies=[factories.company("Ozon")])
    Company.objects.update(story_count=99)
    call_command("recount_coverage", "--dry-run", verbosity=0)
    assert Company.objects.get().story_count == 99
