from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
    path("companies/", views.CompanyListView.as_view(), name="companies"),
    path("companies/<slug:slug>/", views.CompanyDetailView.as_view(), name="company"),
    path("deals/", views.DealListView.as_view(), name="deals"),
    path("deals/<slug:slug>/", views.DealDetailView.as_view(), name="deal"),
    path("topics/<slug:slug>/", views.TopicView.as_view(), name="topic"),
    path("authors/<slug:slug>/", views.AuthorView.as_view(), name="author"),
]
