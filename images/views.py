"""Serving pictures from the local disk, when no object storage is configured.

Every stored name is content-hashed, so a file is cached for a year. With object storage
(MEDIA_STORAGE_URL) readers fetch files from the bucket or its CDN and this view is unused;
a web server in front can also serve MEDIA_ROOT itself.
"""

from django.conf import settings
from django.http import Http404
from django.views.static import serve

from core.media_storage import IMMUTABLE


def media(request, path: str):
    if not path.startswith("images/"):
        raise Http404("Not a picture.")
    response = serve(request, path, document_root=str(settings.MEDIA_ROOT))
    response["Cache-Control"] = IMMUTABLE
    response["X-Content-Type-Options"] = "nosniff"
    return response
