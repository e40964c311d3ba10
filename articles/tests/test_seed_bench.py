"""seed_bench: synthetic volume data that looks like a business desk's archive."""

from collections import Counter
from statistics import median

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, Min, Q
from taggit.models import Tag

from articles.models import Article, ArticleCompany, Author, Byline, DealEvent, TaggedArticle
from articles.tests import factories
from companies.models import Company, CompanyAlias, CompanyRelation
from deals.models import Deal, DealParty

pytestmark = pytest.mark.django_db

DealLink = Article.deals.through


def seed(**options):
    options = {"articles": 300, "companies": 50, "verbosity": 0, **options}
    call_command("seed_bench", **options)


def bench(model):
    return model.objects.filter(slug__startswith="bench-")


@pytest.fixture
def seeded():
    seed()


def test_volumes_and_companions(seeded):
    assert bench(Article).count() == 300
    assert bench(Company).count() == 50
    assert bench(Deal).count() == 12  # companies / 4
    assert bench(Author).count() == 10 and bench(Tag).count() == 20
    assert CompanyAlias.objects.filter(company__in=bench(Company)).count() >= 35
    kinds = set(CompanyRelation.objects.values_list("kind", flat=True))
    assert CompanyRelation.objects.count() >= 5 and "subsidiary" in kinds


def test_coverage_is_skewed_like_real_coverage(seeded):
    counts = sorted(bench(Company).values_list("story_count", flat=True), reverse=True)
    assert counts[0] >= 8 * max(median(counts), 1)
    assert counts[-1] <= 3  # the long tail
    tags = Counter(TaggedArticle.objects.values_list("tag", flat=True))
    top, *rest = sorted(tags.values(), reverse=True)
    assert top >= 5 * rest[-1] and top >= 60


def test_every_story_has_bylines_companies_topics_and_a_body(seeded):
    per_story = Counter(Byline.objects.values_list("article", flat=True))
    assert set(per_story) == set(bench(Article).values_list("pk", flat=True))
    assert set(per_story.values()) <= {1, 2, 3} and max(per_story.values()) >= 2
    assert not bench(Article).filter(company_links=None).exists()
    assert not bench(Article).filter(tagged_items=None).exists()
    story = bench(Article).published().first()
    assert len(story.body.split()) >= 750 and story.body_html.startswith("<p>")
    assert ArticleCompany.objects.filter(article=story, role="about").exists()


def test_drafts_scheduled_and_ten_years_of_dates(seeded):
    stories = bench(Article)
    assert stories.filter(status=Article.Status.DRAFT).exists()
    scheduled = stories.filter(status=Article.Status.PUBLISHED).exclude(pk__in=stories.published())
    assert scheduled.exists()
    dates = stories.published().aggregate(first=Min("published_at"))
    newest = stories.published().newest_first().first().published_at
    assert (newest - dates["first"]).days > 5 * 365


def test_deals_have_parties_events_and_the_stories_that_report_them(seeded):
    reported = bench(Deal).filter(articles__isnull=False).distinct()
    assert reported.count() >= 10
    for deal in reported:
        assert DealParty.objects.filter(deal=deal).count() >= 2
        events = DealEvent.objects.filter(deal=deal)
        assert events.exists() and events.last().status == deal.status
        linked = set(deal.articles.values_list("pk", flat=True))
        assert {e.article_id for e in events} <= linked
        assert all(e.date == e.article.published_at.date() for e in events)
        party_ids = set(deal.parties.values_list("company", flat=True))
        for story in deal.articles.all():
            assert party_ids <= set(story.company_links.values_list("company", flat=True))


def test_counts_agree_with_published(seeded):
    live = Article.objects.published()
    for company in bench(Company):
        expected = ArticleCompany.objects.filter(company=company, article__in=live).count()
        assert company.story_count == expected, company
    for deal in bench(Deal):
        assert deal.story_count == deal.articles.filter(pk__in=live).count(), deal
        first = deal.articles.filter(status=Article.Status.PUBLISHED).aggregate(
            first=Min("published_at")
        )["first"]
        assert deal.reported_at == first
    public = Deal.objects.public()
    assert public.filter(slug__startswith="bench-").count() >= 10


def test_idempotent_and_leaves_other_rows_alone(seeded):
    alibaba = factories.company("Alibaba Group")
    story = factories.article("Alibaba expands", companies=[alibaba])
    first = _fingerprint()
    seed()
    assert _fingerprint() == first
    assert Article.objects.filter(pk=story.pk).exists()
    alibaba.refresh_from_db()
    assert alibaba.story_count == 1
    seed(articles=200, companies=40, seed=3)
    assert bench(Article).count() == 200 and bench(Company).count() == 40
    assert not Byline.objects.filter(article__isnull=True).exists()
    assert (
        ArticleCompany.objects.filter(Q(company__in=bench(Company)) | Q(article=story)).count()
        == ArticleCompany.objects.count()
    )


def test_refuses_nonsense():
    with pytest.raises(CommandError):
        seed(companies=2)


def _fingerprint():
    return (
        bench(Article).count(),
        sorted(bench(Company).values_list("name", "story_count")),
        sorted(bench(Deal).annotate(n=Count("events")).values_list("name", "story_count", "n")),
        Byline.objects.count(),
        TaggedArticle.objects.count(),
        DealLink.objects.count(),
        CompanyRelation.objects.count(),
    )


def test_seeded_stories_are_searchable_by_their_words_and_companies(seeded):
    """The load runs with the story index's triggers off and refills it in one pass: every
    story is in it once, with its linked companies' names."""
    from articles import search

    story = bench(Article).published().filter(company_links__isnull=False).first()
    company = story.company_links.first().company
    word = story.headline.split()[-1]
    by_word = search.StoryHits(search.parse(word), search.Filters()).matches()
    assert by_word.filter(pk=story.pk).exists()
    by_company = search.StoryHits(search.parse(f'"{company.name}"'), search.Filters()).matches()
    assert by_company.filter(pk=story.pk).exists()
    assert by_company.count() >= company.story_count


def test_the_index_follows_new_stories_again_after_a_load(seeded):
    from articles import search

    company = factories.company("Zanzibar Quokka Holdings")
    story = factories.article("Quokka results beat forecasts", companies=[company])
    found = search.StoryHits(search.parse("Zanzibar"), search.Filters()).matches()
    assert list(found.values_list("pk", flat=True)) == [story.pk]


def test_every_link_carries_its_story_time(seeded):
    times = dict(Article.objects.values_list("pk", "published_at"))
    for model, story in ((ArticleCompany, "article_id"), (Byline, "article_id"),
                         (TaggedArticle, "content_object_id")):  # fmt: skip
        links = list(model.objects.values_list(story, "published_at"))
        assert links and all(when == times[pk] for pk, when in links)
