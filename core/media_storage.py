"""Where uploaded files live, from one setting: MEDIA_STORAGE_URL (read by
newsroom/settings/base.py, like CACHE_URL).

Unset: the local disk at MEDIA_ROOT (one app server, or development). Set to an S3 URL,
every app server writes to and serves from the same bucket, so nothing is kept on an app
server's own disk:

    s3://bucket?endpoint_url=http://127.0.0.1:9000&region=eu-west-2&custom_domain=cdn.example.com

Credentials are not part of the URL: boto3 reads them from its usual places
(AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, an instance role).
"""

from urllib.parse import parse_qs, urlsplit

# Every stored name is content-hashed (see images/renditions.py): a file never changes
# under its name, so browsers and CDNs may keep it for a year.
IMMUTABLE = "public, max-age=31536000, immutable"


def parse(url: str | None) -> dict:
    """The `STORAGES["default"]` entry for `url`."""
    if not url:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ValueError(f"MEDIA_STORAGE_URL must look like s3://bucket?…, not {url!r}")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    options = {
        "bucket_name": parts.netloc,
        "location": parts.path.strip("/"),
        # Public, unsigned URLs: readers fetch renditions straight from the bucket or CDN.
        "querystring_auth": False,
        "default_acl": query.pop("acl", "public-read"),
        "file_overwrite": True,
        "object_parameters": {"CacheControl": IMMUTABLE},
    }
    if "endpoint_url" in query:
        options["endpoint_url"] = query.pop("endpoint_url")
    if "region" in query:
        options["region_name"] = query.pop("region")
    if "custom_domain" in query:
        options["custom_domain"] = query.pop("custom_domain")
    if "url_protocol" in query:
        options["url_protocol"] = query.pop("url_protocol")
    if query:
        raise ValueError(f"MEDIA_STORAGE_URL: unknown options {sorted(query)}")
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
