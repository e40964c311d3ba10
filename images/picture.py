"""<picture> markup for a library picture, from the renditions recorded on its row.

Each preset says which renditions a place on the page uses (the original's shape, or a
crop) and how wide it is shown (`sizes`), so the browser picks the smallest file that is
sharp enough, in the best format it reads. width/height give the box its shape before the
file arrives (no layout shift), the dominant colour fills it meanwhile, and everything
below the fold loads lazily. Reads no database and renders nothing: a rendition not made
yet is simply left out, and with none at all the original is shown.
"""

from dataclasses import dataclass

from django.core.files.storage import storages
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from .models import Image
from .renditions import FORMATS, LARGE


@dataclass(frozen=True)
class Preset:
    crop: str
    sizes: str
    max_width: int = 1600
    css: str = ""


PRESETS = {
    "lead": Preset("", "(min-width: 52rem) 48rem, 100vw", css="picture--lead"),
    "card": Preset("16x9", "(min-width: 52rem) 16rem, 100vw", max_width=800, css="picture--card"),
    "logo": Preset("", "6rem", max_width=480, css="picture--logo"),
    # Sizes an editor may ask for in a body: ![alt](image:42 "small").
    "small": Preset("", "(min-width: 40rem) 20rem, 100vw", max_width=800, css="picture--small"),
    "medium": Preset("", "(min-width: 52rem) 32rem, 100vw", css="picture--medium"),
    "wide": Preset("", "(min-width: 52rem) 48rem, 100vw", css="picture--wide"),
}
BODY_SIZES = ("small", "medium", "wide")
DEFAULT_BODY_SIZE = "wide"


def storage_url(name: str) -> str:
    """The public URL of a stored file.

    Asking an S3 backend for a URL builds a signed-looking request per file; every name
    here is plain ASCII under one prefix, so the prefix is worked out once per backend.
    """
    storage = storages["default"]
    prefix = getattr(storage, "_picture_url_prefix", None)
    if prefix is None:
        probe = "images/probe"
        url = storage.url(probe)
        prefix = url[: -len(probe)] if url.endswith(probe) else ""
        storage._picture_url_prefix = prefix  # type: ignore[attr-defined]
    return prefix + name if prefix else storage.url(name)


def _entries(image: Image, crop: str, max_width: int) -> dict[str, list[dict]]:
    """The renditions of `crop` by format, narrowest first."""
    prefix = f"{crop or 'w'}-"
    found: dict[str, list[dict]] = {}
    for key, entry in image.renditions.items():
        if key.startswith(prefix):
            found.setdefault(key.rsplit("-", 1)[1], []).append(entry)
    for kind, entries in found.items():
        entries.sort(key=lambda e: e["width"])
        # Nothing narrow enough made: the narrowest there is.
        found[kind] = [e for e in entries if e["width"] <= max_width] or entries[:1]
    return found


def _srcset(entries: list[dict]) -> str:
    return ", ".join(f"{storage_url(e['name'])} {e['width']}w" for e in entries)


def picture_html(
    image: Image,
    preset: str = "lead",
    *,
    alt: str | None = None,
    lazy: bool = True,
) -> SafeString:
    """The markup for `image` shown as `preset`; `alt` overrides the library's alt text."""
    spec = PRESETS[preset]
    alt_text = image.alt_text if alt is None else alt
    found = _entries(image, spec.crop, spec.max_width)
    fallback = found.get("fallback")
    css = f"picture {spec.css}".strip()
    loading = {"loading": "lazy", "decoding": "async"} if lazy else {"decoding": "async"}
    if not fallback:
        return format_html(
            '<img src="{}" alt="{}" width="{}" height="{}" class="{}" data-placeholder="{}"{}>',
            storage_url(image.file.name),
            alt_text,
            image.width,
            image.height,
            css,
            image.dominant_color,
            _attrs(loading),
        )
    default = next((e for e in reversed(fallback) if e["width"] <= 800), fallback[0])
    largest = fallback[-1]
    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}" sizes="{}">',
        (
            (found[kind][0]["type"], _srcset(found[kind]), spec.sizes)
            for kind in FORMATS
            if kind != "fallback" and kind in found
        ),
    )
    return format_html(
        '<picture>{}<img src="{}" srcset="{}" sizes="{}" alt="{}" width="{}" height="{}" '
        'class="{}" data-placeholder="{}"{}></picture>',
        sources,
        storage_url(default["name"]),
        _srcset(fallback),
        spec.sizes,
        alt_text,
        largest["width"],
        largest["height"],
        css,
        image.dominant_color,
        _attrs(loading),
    )


def _attrs(values: dict[str, str]) -> SafeString:
    return format_html_join("", ' {}="{}"', values.items())


def rendition_url(image: Image, crop: str, width: int = LARGE) -> str | None:
    """The URL of one fallback-format rendition (og:image, structured data), or None."""
    entry = image.renditions.get(f"{crop}-{width}-fallback")
    return storage_url(entry["name"]) if entry else None


def rendition_size(image: Image, crop: str, width: int = LARGE) -> tuple[int, int] | None:
    entry = image.renditions.get(f"{crop}-{width}-fallback")
    return (entry["width"], entry["height"]) if entry else None
