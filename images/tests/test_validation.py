"""Uploads are checked by content: type, size, pixels, damage."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from PIL import Image as PILImage

from images.library import image_create
from images.models import Image
from images.validation import inspect_upload

from .pictures import picture_bytes, stored_files, upload

pytestmark = pytest.mark.django_db

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
)


def refused(data: bytes, name="photo.jpg") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        inspect_upload(upload(data, name))
    return caught.value


def test_svg_is_refused_whatever_its_name():
    assert refused(SVG, "logo.png").code == "svg"


def test_svg_without_an_xml_declaration_is_refused():
    assert refused(b"  <svg onload='alert(1)'></svg>", "logo.svg").code == "svg"


def test_a_text_file_named_jpg_is_the_wrong_type():
    error = refused(b"This is not a picture at all, just words." * 10)
    assert error.code == "wrong_type"
    assert "checked by its content" in error.messages[0]


def test_a_bmp_is_the_wrong_type():
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 20)).save(buffer, "BMP")
    assert refused(buffer.getvalue(), "photo.jpg").code == "wrong_type"


def test_a_truncated_jpeg_is_refused_as_damaged():
    data = picture_bytes(800, 600)
    assert refused(data[: len(data) // 2]).code == "corrupt"


def test_a_png_named_jpg_is_accepted_as_png():
    assert inspect_upload(upload(picture_bytes(40, 30, fmt="PNG"), "photo.jpg")).format == "png"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF", "AVIF"])
def test_accepted_formats(fmt):
    assert inspect_upload(upload(picture_bytes(64, 48, fmt=fmt))).format == fmt.lower()


def test_a_gif_uses_its_first_frame():
    buffer = io.BytesIO()
    frames = [PILImage.new("RGB", (40, 30), colour) for colour in ("red", "blue")]
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    image = image_create(content=upload(buffer.getvalue()), title="Animated", alt_text="x")
    with default_storage.open(image.renditions["w-40-fallback"]["name"]) as handle:
        red, green, blue = PILImage.open(handle).convert("RGB").getpixel((20, 15))
    assert red > 200 and blue < 60


def test_too_many_pixels_is_a_clear_error(settings):
    settings.IMAGES_MAX_PIXELS = 100_000
    error = refused(picture_bytes(400, 300))
    assert error.code == "too_many_pixels"
    assert "400×300" in error.messages[0]


def test_pillows_decompression_bomb_guard_is_a_form_error(settings, monkeypatch):
    # A picture beyond Pillow's own limit (MAX_IMAGE_PIXELS) must not be a 500.
    settings.IMAGES_MAX_PIXELS = 10**9
    monkeypatch.setattr(PILImage, "MAX_IMAGE_PIXELS", 10_000)
    assert refused(picture_bytes(400, 300)).code == "too_many_pixels"


def test_a_file_over_the_size_limit_is_refused(settings):
    settings.IMAGES_MAX_UPLOAD_BYTES = 1000
    error = refused(picture_bytes(400, 300))
    assert error.code == "too_large"


def test_a_refused_upload_stores_nothing():
    with pytest.raises(ValidationError):
        image_create(content=upload(SVG), title="Bad")
    assert not Image.objects.exists()
    assert stored_files() == []


def test_a_rendering_failure_removes_the_original_too(monkeypatch):
    from images import renditions

    monkeypatch.setattr(renditions, "render", lambda *args: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        image_create(content=upload(picture_bytes(300, 200)), title="Unlucky")
    assert not Image.objects.exists()
    assert stored_files() == []
