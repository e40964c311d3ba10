"""Pictures on the local disk and on a real S3-compatible server (moto, run locally as a
separate process: the storage speaks HTTP to it exactly as it would to S3)."""

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import boto3
import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.urls import reverse

from core import media_storage
from images.library import image_create
from images.picture import picture_html

from .pictures import library_picture, upload

pytestmark = pytest.mark.django_db

BUCKET = "newsroom-media"


# --- Local disk ------------------------------------------------------------------------


@pytest.fixture
def on_disk(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": media_storage.parse(None)}
    return tmp_path


def test_disk_upload_stores_the_original_and_renditions(on_disk):
    image = library_picture(width=800, height=500)
    assert (on_disk / image.file.name).is_file()
    assert (on_disk / image.renditions["w-480-webp"]["name"]).is_file()


def test_disk_renditions_are_served_with_long_lived_cache_headers(client, on_disk):
    image = library_picture(width=800, height=500)
    name = image.renditions["w-480-webp"]["name"]
    response = client.get(reverse("media", kwargs={"path": name}))
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert b"".join(response.streaming_content)[8:12] == b"WEBP"


def test_disk_serves_nothing_outside_the_pictures(client, on_disk):
    (on_disk / "secret.txt").write_text("no")
    assert client.get(reverse("media", kwargs={"path": "secret.txt"})).status_code == 404


def test_disk_delete_removes_every_file(on_disk, django_capture_on_commit_callbacks):
    image = library_picture(width=800, height=500)
    names = [image.file.name, *(e["name"] for e in image.renditions.values())]
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert not any((on_disk / name).exists() for name in names)


# --- S3 (moto server) ------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def s3_server():
    """A real S3-compatible server on a loopback port, for the whole session."""
    command = shutil.which("moto_server", path=str(Path(sys.executable).parent))
    if command is None:
        pytest.fail("moto_server is missing: pip install -r requirements-dev.txt")
    port = _free_port()
    process = subprocess.Popen(
        [command, "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(endpoint, timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        else:
            pytest.fail("moto_server did not start")
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def on_s3(settings, s3_server, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    url = f"s3://{BUCKET}?endpoint_url={s3_server}&region=us-east-1"
    settings.STORAGES = {**settings.STORAGES, "default": media_storage.parse(url)}
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def _keys(client) -> set[str]:
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def test_media_storage_url_selects_s3():
    config = media_storage.parse("s3://pics?endpoint_url=http://127.0.0.1:9000&region=eu-west-2")
    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    assert config["OPTIONS"]["bucket_name"] == "pics"
    assert config["OPTIONS"]["region_name"] == "eu-west-2"
    assert config["OPTIONS"]["querystring_auth"] is False


def test_media_storage_url_refuses_unknown_options():
    with pytest.raises(ValueError, match="unknown options"):
        media_storage.parse("s3://pics?colour=blue")


def test_s3_upload_stores_the_original_and_renditions(on_s3):
    image = library_picture(width=800, height=500)
    keys = _keys(on_s3)
    assert image.file.name in keys
    assert {entry["name"] for entry in image.renditions.values()} <= keys


def test_s3_renditions_have_public_urls_with_long_lived_cache_headers(on_s3, s3_server):
    image = library_picture(width=800, height=500)
    name = image.renditions["og-1200-fallback"]["name"]
    url = default_storage.url(name)
    assert url.startswith(f"{s3_server}/{BUCKET}/") and "Signature" not in url
    with urllib.request.urlopen(url, timeout=5) as response:  # anonymous, as a reader
        body = response.read()
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert body[:3] == b"\xff\xd8\xff"


def test_s3_picture_markup_points_at_the_bucket(on_s3, s3_server):
    image = library_picture(width=800, height=500)
    assert f'src="{s3_server}/{BUCKET}/images/renditions/' in picture_html(image, "card")


def test_s3_delete_removes_every_object(on_s3, django_capture_on_commit_callbacks):
    image = library_picture(width=800, height=500)
    assert _keys(on_s3)
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert _keys(on_s3) == set()


def test_s3_refused_upload_leaves_no_object(on_s3):
    with pytest.raises(ValidationError):
        image_create(content=upload(b"<svg/>", "x.png"), title="Bad")
    assert _keys(on_s3) == set()
