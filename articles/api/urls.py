"""/api/v1/… (read-only), /api/schema/ (OpenAPI 3) and /api/docs/ (Swagger UI, assets
served by the app through drf-spectacular-sidecar)."""

from django.urls import include, path

from . import schema, views

app_name = "api"

v1 = [
    path("stories/", views.StoryList.as_view(), name="story-list"),
    path("stories/<slug:slug>/", views.StoryDetail.as_view(), name="story-detail"),
    path("companies/", views.CompanyList.as_view(), name="company-list"),
    path("companies/<slug:slug>/", views.CompanyDetail.as_view(), name="company-detail"),
    path("deals/", views.DealList.as_view(), name="deal-list"),
    path("deals/<slug:slug>/", views.DealDetail.as_view(), name="deal-detail"),
    path("authors/", views.AuthorList.as_view(), name="author-list"),
    path("authors/<slug:slug>/", views.AuthorDetail.as_view(), name="author-detail"),
    path("topics/", views.TopicList.as_view(), name="topic-list"),
    path("topics/<str:slug>/", views.TopicDetail.as_view(), name="topic-detail"),
]

urlpatterns = [
    path("v1/", include(v1)),
    path("schema/", schema.SchemaView.as_view(), name="schema"),
    path("docs/", schema.DocsView.as_view(url_name="api:schema"), name="docs"),
]
