import pytest
from django.templatetags.static import static
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix

from core.urls import slug_url, slug_urls, static_url, url


@pytest.mark.parametrize(
    "viewname", ["articles:detail", "companies:detail", "deals:detail", "authors:detail"]
)
def test_a_plain_slug_gives_the_url_reverse_gives(viewname):
    for slug in ["alibaba", "mail-ru-group", "a_b-9", "x"]:
        assert slug_url(viewname, slug) == reverse(viewname, kwargs={"slug": slug})


def test_a_topic_slug_outside_ascii_is_quoted_as_reverse_quotes_it():
    assert slug_url("topics:detail", "слияния") == reverse(
        "topics:detail", kwargs={"slug": "слияния"}
    )
    assert (
        slug_url("topics:detail", "слияния")
        == "/topics/%D1%81%D0%BB%D0%B8%D1%8F%D0%BD%D0%B8%D1%8F/"
    )


def test_a_slug_the_url_pattern_refuses_is_refused():
    with pytest.raises(NoReverseMatch):
        slug_url("companies:detail", "two words")
    with pytest.raises(NoReverseMatch):
        slug_url("companies:detail", "")


def test_the_script_prefix_of_the_request_is_kept():
    set_script_prefix("/news/")
    try:
        assert slug_url("companies:detail", "alibaba") == "/news/companies/alibaba/"
    finally:
        clear_script_prefix()
    assert slug_url("companies:detail", "alibaba") == "/companies/alibaba/"


def test_another_url_configuration_is_followed(settings):
    settings.ROOT_URLCONF = "core.tests.urls_moved"
    assert slug_url("companies:detail", "alibaba") == "/firms/alibaba/"


def test_many_slugs_of_one_view_give_what_slug_url_gives():
    url = slug_urls("companies:detail")
    assert [url(s) for s in ["alibaba", "a_b-9"]] == [
        slug_url("companies:detail", "alibaba"),
        slug_url("companies:detail", "a_b-9"),
    ]
    topic = slug_urls("topics:detail")
    assert topic("слияния") == reverse("topics:detail", kwargs={"slug": "слияния"})
    with pytest.raises(NoReverseMatch):
        url("two words")


def test_many_slugs_follow_the_script_prefix_of_the_request():
    set_script_prefix("/news/")
    try:
        assert slug_urls("companies:detail")("alibaba") == "/news/companies/alibaba/"
    finally:
        clear_script_prefix()


def test_a_static_file_s_address_is_static_s():
    assert static_url("css/site.css") == static("css/site.css")


def test_a_static_file_s_address_follows_the_settings_and_the_script_prefix(settings):
    settings.STATIC_URL = "/assets/"
    assert static_url("css/site.css") == "/assets/css/site.css"
    settings.STATIC_URL = "/static/"
    assert static_url("css/site.css") == "/static/css/site.css"
    set_script_prefix("/news/")
    try:
        assert static_url("css/site.css") == static("css/site.css")
    finally:
        clear_script_prefix()


def test_a_fixed_address_is_the_one_reverse_gives():
    assert url("articles:home") == reverse("articles:home")
    assert url("topics:detail", "mergers") == reverse("topics:detail", args=["mergers"])
    assert url("topics:detail", slug="mergers") == reverse(
        "topics:detail", kwargs={"slug": "mergers"}
    )


def test_a_fixed_address_follows_the_url_configuration(settings):
    assert url("companies:detail", slug="alibaba") == "/companies/alibaba/"
    settings.ROOT_URLCONF = "core.tests.urls_moved"
    assert url("companies:detail", slug="alibaba") == "/firms/alibaba/"
