"""What mutation testing of `articles.live` found the other tests did not pin down: each
test here fails on one surviving mutant (docs/mutation-testing.md)."""

import pytest

from articles import live
from articles.models import TopicStats

from . import factories

pytestmark = pytest.mark.django_db


def test_refresh_all_repairs_the_topic_counts():
    factories.article("A tagged story").tags.add("E-commerce")
    TopicStats.objects.update(story_count=9)
    live.refresh_all()
    assert TopicStats.objects.get(tag__name="E-commerce").story_count == 1
