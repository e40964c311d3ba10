"""Pictures made on the spot for tests: no file is downloaded or checked in."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageDraw

from images.library import image_create


def picture_bytes(
    width: int = 1600,
    height: int = 1000,
    *,
    fmt: str = "JPEG",
    mode: str = "RGB",
    exif: PILImage.Exif | None = None,
    colour=(30, 90, 160),
) -> bytes:
    """A picture with a red mark in its top-left quarter (where tests put the focal point)."""
    picture = PILImage.new(mode, (width, height), colour if mode == "RGB" else (*colour, 0))
    draw = ImageDraw.Draw(picture)
    draw.rectangle(
        (width // 8, height // 8, width // 4, height // 4),
        fill=(220, 20, 20) if mode == "RGB" else (220, 20, 20, 255),
    )
    buffer = io.BytesIO()
    kwargs = {"exif": exif} if exif is not None else {}
    picture.save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def upload(data: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def library_picture(title: str = "Alibaba headquarters", *, alt_text: str = "A glass tower.", **kw):
    """A stored picture with its renditions made."""
    data = kw.pop("data", None) or picture_bytes(kw.pop("width", 1600), kw.pop("height", 1000))
    return image_create(content=upload(data), title=title, alt_text=alt_text, **kw)


def stored_files(top: str = "") -> list[str]:
    """Every file in the default storage, recursively."""
    from django.core.files.storage import default_storage

    try:
        directories, files = default_storage.listdir(top)
    except FileNotFoundError:
        return []
    found = [f"{top}/{name}".lstrip("/") for name in files]
    for directory in directories:
        found += stored_files(f"{top}/{directory}".lstrip("/"))
    return found
