"""Checking an upload by its content, never by its name or declared type.

Only JPEG, PNG, WebP, GIF (its first frame is used) and AVIF are accepted. SVG is refused
outright: it is a document that can carry scripts. Limits on bytes and on pixels come from
settings; the pixel limit is checked from the header, before anything is decoded, so a
decompression bomb (a small file that decodes to gigabytes) is a form error, not a dead
worker. The whole image is then decoded once, so a truncated or corrupt file is refused
before anything is stored.
"""

import hashlib
import io
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image as PILImage
from PIL import UnidentifiedImageError

# Pillow format name → our stored format.
ACCEPTED = {"JPEG": "jpeg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "AVIF": "avif"}
ACCEPTED_NAMES = "JPEG, PNG, WebP, GIF or AVIF"
ORIENTATION = 0x0112


@dataclass(frozen=True)
class Inspected:
    format: str
    width: int
    height: int
    size: int
    sha256: str
    has_alpha: bool
    dominant_color: str


def _looks_like_svg(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<svg", b"<?xml", b"<!doctype svg")) or b"<svg" in text[:1024]


def inspect_upload(upload) -> Inspected:
    """Check `upload` (a Django File) and describe it; raise ValidationError otherwise."""
    max_bytes = settings.IMAGES_MAX_UPLOAD_BYTES
    max_pixels = settings.IMAGES_MAX_PIXELS
    size = upload.size
    if size > max_bytes:
        raise ValidationError(
            f"This file is {filesizeformat(size)}; the limit is {filesizeformat(max_bytes)}.",
            code="too_large",
        )
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if _looks_like_svg(data[:2048]):
        raise ValidationError(
            "SVG files are not accepted: they can carry scripts. Export the picture as PNG.",
            code="svg",
        )
    with warnings.catch_warnings():
        # Pillow's own bomb guard warns between its limit and twice it: treat it as a bomb.
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        try:
            with PILImage.open(io.BytesIO(data), formats=list(ACCEPTED)) as picture:
                width, height = picture.size
                if width * height > max_pixels:
                    raise ValidationError(
                        f"This picture is {width:,}×{height:,} pixels; the limit is "
                        f"{max_pixels:,} pixels in all. Resize it before uploading.",
                        code="too_many_pixels",
                    )
                kind = ACCEPTED[picture.format or ""]
                # Stored sizes are as readers see the picture: after its EXIF orientation.
                if picture.getexif().get(ORIENTATION, 1) in (5, 6, 7, 8):
                    width, height = height, width
                picture.seek(0)
                picture.load()
                has_alpha = picture.mode in ("RGBA", "LA", "PA") or (
                    picture.mode == "P" and "transparency" in picture.info
                )
                colour = dominant_color(picture)
        except ValidationError:
            raise
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
            raise ValidationError(
                f"This picture has too many pixels to process safely ({exc}). Resize it "
                "before uploading.",
                code="too_many_pixels",
            ) from exc
        except UnidentifiedImageError as exc:
            raise ValidationError(
                f"This file is not a {ACCEPTED_NAMES} picture (checked by its content, "
                "not its name).",
                code="wrong_type",
            ) from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise ValidationError(
                f"This picture is damaged or incomplete and cannot be read ({exc}). Upload "
                "the original file again.",
                code="corrupt",
            ) from exc
    if width < 1 or height < 1:
        raise ValidationError("This picture has no pixels.", code="corrupt")
    return Inspected(
        format=kind,
        width=width,
        height=height,
        size=size,
        sha256=hashlib.sha256(data).hexdigest(),
        has_alpha=has_alpha,
        dominant_color=colour,
    )


def dominant_color(picture: PILImage.Image) -> str:
    """The colour most of the picture is, as #rrggbb: what a reader sees while it loads."""
    small = picture.copy()
    small.thumbnail((64, 64))
    if small.mode in ("RGBA", "LA", "PA", "P"):
        # Transparent areas show the page behind them: count them as white.
        rgba = small.convert("RGBA")
        small = PILImage.new("RGB", rgba.size, (255, 255, 255))
        small.paste(rgba, mask=rgba.getchannel("A"))
    small = small.convert("RGB").quantize(colors=5)
    palette = small.getpalette() or [208, 208, 208]
    count, index = max(small.getcolors() or [(1, 0)])
    red, green, blue = palette[index * 3 : index * 3 + 3]  # type: ignore[operator]
    return f"#{red:02x}{green:02x}{blue:02x}"
