from django.contrib import admin
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path

from articles import seo_views
from articles import urls as reader_urls
from images import views as images_views

from . import security
from .health import healthz

admin.site.site_header = "Newsroom"
admin.site.site_title = "Newsroom admin"
admin.site.index_title = "Editorial desk"
# Login locks (django-axes) with a clean-up action that works from the admin.
security.use_lock_admin(admin.site)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin's): no 404.
    # (static() per request: with hashed names the manifest exists only after collectstatic.)
    path("favicon.ico", lambda request: HttpResponsePermanentRedirect(static("favicon.ico"))),
    # Pictures on the local disk (no MEDIA_STORAGE_URL): content-hashed, cached for a year.
    path("media/<path:path>", images_views.media, name="media"),
    path("", include(seo_views.feed_patterns)),
    path("", include(seo_views.sitemap_patterns)),
    path("companies/", include(reader_urls.company_patterns)),
    path("deals/", include(reader_urls.deal_patterns)),
    path("topics/", include(reader_urls.topic_patterns)),
    path("authors/", include(reader_urls.author_patterns)),
    path("api/", include("articles.api.urls")),
    path("", include("articles.urls")),
]
