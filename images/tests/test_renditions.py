"""Renditions: the sizes, formats and crops made from an original, made once."""

import io
import threading
from collections import Counter

import pytest
from django.core.files.storage import default_storage
from django.db import connection
from PIL import Image as PILImage

from images import renditions
from images.models import Image
from images.picture import picture_html

from .pictures import library_picture, picture_bytes

pytestmark = pytest.mark.django_db


def opened(image, key) -> PILImage.Image:
    with default_storage.open(image.renditions[key]["name"]) as handle:
        picture = PILImage.open(io.BytesIO(handle.read()))
        picture.load()
    return picture


def test_uncropped_widths_stop_at_the_original_width():
    image = library_picture(width=1000, height=500)
    widths = sorted({e["width"] for k, e in image.renditions.items() if k.startswith("w-")})
    assert widths == [240, 480, 800, 1000]


def test_each_width_is_made_in_webp_and_a_jpeg_fallback():
    image = library_picture(width=800, height=500)
    assert opened(image, "w-480-webp").format == "WEBP"
    assert opened(image, "w-480-fallback").format == "JPEG"
    assert opened(image, "w-480-fallback").size == (480, 300)


@pytest.mark.skipif(not renditions.AVIF, reason="this Pillow build has no AVIF encoder")
def test_avif_is_made_when_pillow_supports_it():
    image = library_picture(width=800, height=500)
    assert opened(image, "w-480-avif").format == "AVIF"


def test_a_picture_with_transparency_falls_back_to_png():
    data = picture_bytes(600, 400, fmt="PNG", mode="RGBA")
    image = library_picture(data=data)
    assert image.has_alpha
    assert opened(image, "w-480-fallback").format == "PNG"
    assert opened(image, "w-480-fallback").mode == "RGBA"


@pytest.mark.parametrize(
    ("key", "size"),
    [
        ("og-1200-fallback", (1200, 630)),
        ("16x9-1200-fallback", (1200, 675)),
        ("4x3-1200-fallback", (1200, 900)),
        ("1x1-1200-fallback", (1200, 1200)),
        ("16x9-480-webp", (480, 270)),
    ],
)
def test_crops_have_their_exact_sizes(key, size):
    image = library_picture(width=1600, height=1000)
    assert opened(image, key).size == size


def _red_share(picture: PILImage.Image) -> float:
    rgb = picture.convert("RGB").resize((64, 64))
    red = sum(1 for r, g, b in rgb.get_flattened_data() if r > 150 and g < 100)
    return red / (64 * 64)


def test_a_square_crop_keeps_the_focal_point_in_frame():
    # The red mark sits at 1/8–1/4 of the width: far left of a wide picture.
    image = library_picture(width=2000, height=500, focal_x=0.19, focal_y=0.19)
    assert _red_share(opened(image, "1x1-1200-fallback")) > 0.05


def test_a_square_crop_of_the_other_side_loses_the_mark():
    image = library_picture(width=2000, height=500, focal_x=0.9, focal_y=0.5)
    assert _red_share(opened(image, "1x1-1200-fallback")) == 0


def test_crop_box_stays_inside_the_picture():
    assert renditions.crop_box((2000, 500), 1.0, (0.0, 0.0)) == (0, 0, 500, 500)
    assert renditions.crop_box((2000, 500), 1.0, (1.0, 1.0)) == (1500, 0, 2000, 500)


def test_renditions_carry_no_exif():
    exif = PILImage.Exif()
    exif[0x010F] = "CameraMaker"
    exif[0x8825] = {2: (51.0, 30.0, 0.0)}  # GPS latitude
    image = library_picture(data=picture_bytes(800, 500, exif=exif))
    for key in ("w-480-fallback", "w-480-webp", "og-1200-fallback"):
        assert not opened(image, key).getexif()


def test_exif_orientation_is_applied():
    exif = PILImage.Exif()
    exif[0x0112] = 6  # rotate 90°: a portrait photo stored on its side
    image = library_picture(data=picture_bytes(800, 400, exif=exif))
    assert (image.width, image.height) == (400, 800)
    assert opened(image, "w-400-fallback").size == (400, 800)


def test_names_are_content_hashed():
    image = library_picture(width=800, height=500)
    name = image.renditions["w-480-webp"]["name"]
    assert name.endswith(".webp")
    assert len(name.rsplit("/", 1)[1].split(".")[1]) == 16


def test_renditions_are_made_once(monkeypatch):
    image = library_picture(width=800, height=500)
    monkeypatch.setattr(renditions, "render", pytest.fail)
    assert renditions.ensure(image) == image.renditions


def test_a_failure_midway_leaves_no_rendition_behind(monkeypatch):
    image = library_picture(width=800, height=500)
    made = [entry["name"] for entry in image.renditions.values()]
    image.renditions = {}
    type(image).objects.filter(pk=image.pk).update(renditions={})
    for name in made:
        default_storage.delete(name)
    real, calls = renditions.render, []

    def failing(*args):
        calls.append(1)
        if len(calls) > 3:
            raise OSError("disk full")
        return real(*args)

    monkeypatch.setattr(renditions, "render", failing)
    with pytest.raises(OSError):
        renditions.ensure(image)
    assert not any(default_storage.exists(name) for name in made)
    image.refresh_from_db()
    assert image.renditions == {}


def test_picture_markup_has_sources_srcset_sizes_and_dimensions():
    image = library_picture(width=1600, height=1000)
    html = picture_html(image, "lead", lazy=False)
    assert html.startswith("<picture>")
    assert 'type="image/webp"' in html
    assert " 1600w" in html and " 480w" in html
    assert 'sizes="(min-width: 52rem) 48rem, 100vw"' in html
    assert 'width="1600" height="1000"' in html
    assert 'loading="lazy"' not in html
    assert f'data-placeholder="{image.dominant_color}"' in html
    assert "style=" not in html  # the CSP allows no inline style


def test_cards_use_the_16x9_crop_and_load_lazily():
    image = library_picture(width=1600, height=1000)
    html = picture_html(image, "card")
    assert "16x9-800-fallback" in html and "w-800" not in html
    assert 'width="800" height="450"' in html
    assert 'loading="lazy"' in html


def test_dominant_colour_is_the_main_colour():
    image = library_picture(data=picture_bytes(400, 400, colour=(0, 128, 0), fmt="PNG"))
    red, green, blue = (int(image.dominant_color[i : i + 2], 16) for i in (1, 3, 5))
    assert red < 8 and 120 < green < 136 and blue < 8


@pytest.mark.django_db(transaction=True)
def test_two_workers_never_render_the_same_rendition(monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no row locks; CI runs this on PostgreSQL")
    image = library_picture(width=800, height=500)
    Image.objects.filter(pk=image.pk).update(renditions={})
    rendered, real, start = Counter(), renditions.render, threading.Barrier(2)

    def counting(source, spec, picture):
        rendered[spec.key] += 1
        return real(source, spec, picture)

    monkeypatch.setattr(renditions, "render", counting)

    def worker():
        try:
            start.wait(timeout=10)
            renditions.ensure(Image.objects.get(pk=image.pk))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert rendered and set(rendered.values()) == {1}
    image.refresh_from_db()
    assert set(image.renditions) == {s.key for s in renditions.standard_specs(image)}
