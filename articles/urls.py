"""The readers' pages, one URL namespace per kind of page: `articles:detail`,
`companies:detail`, `deals:index`… The pages live here, on top, because each combines
stories with companies or deals; the namespaces are the ones the rest of the site reverses.
"""

from django.urls import path

from . import corrections_views, search_views, views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("search/", search_views.SearchView.as_view(), name="search"),
    path("corrections/", corrections_views.corrections, name="corrections"),
    path("corrections/feed/", corrections_views.corrections_feed, name="corrections_feed"),
    path("corrections/feed/atom/", corrections_views.corrections_atom, name="corrections_atom"),
    path("archive/<int:year>/<int:month>/", views.ArchiveView.as_view(), name="archive"),
]

company_patterns = (
    [
        path("", views.CompanyListView.as_view(), name="index"),
        path("<slug:slug>/", views.CompanyDetailView.as_view(), name="detail"),
    ],
    "companies",
)

deal_patterns = (
    [
        path("", views.DealListView.as_view(), name="index"),
        path("<slug:slug>/", views.DealDetailView.as_view(), name="detail"),
    ],
    "deals",
)

topic_patterns = (
    [
        path("", views.TopicIndexView.as_view(), name="index"),
        # A tag's slug keeps its letters (taggit slugifies with allow_unicode: "Сбербанк"
        # stays "сбербанк"), which <slug:> refuses: str, so reversing it cannot fail.
        path("<str:slug>/", views.TopicView.as_view(), name="detail"),
    ],
    "topics",
)

author_patterns = (
    [
        path("", views.AuthorIndexView.as_view(), name="index"),
        path("<slug:slug>/", views.AuthorView.as_view(), name="detail"),
    ],
    "authors",
)
