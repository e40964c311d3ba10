"""Renditions: the sizes, crops and formats made from an original, made once and kept.

A spec names one rendition: an optional crop (an aspect ratio, or the exact 1200×630 of
`og:image`), a width, and a format — AVIF and WebP for browsers that take them, and a
fallback every browser reads (JPEG, or PNG for a picture with transparency). Crops keep
the editor's focal point in frame.

Renditions are made when a picture is uploaded (and again for the crops when its focal
point moves), under a row lock on the picture, so two workers never render the same one;
the names carry a hash of their bytes, so a stored file never changes under its name and
can be cached for a year. What was made is recorded on the picture row itself
(`Image.renditions`): a page that shows a picture reads it with the row, in the same query.
Pages never render: `make_renditions` fills in what a new spec adds.
"""

import hashlib
import io
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageOps, features

from .models import Image

WIDTHS = (240, 480, 800, 1200, 1600)
CARD_WIDTHS = (480, 800)
# Aspect ratios (and og:image's exact size) crops are made in.
CROPS = {"16x9": (16, 9), "4x3": (4, 3), "1x1": (1, 1), "og": (1200, 630)}
# What search engines ask of a NewsArticle's image: at least 1200 px wide, in these ratios.
STRUCTURED_DATA_CROPS = ("16x9", "4x3", "1x1")
LARGE = 1200
AVIF = features.check("avif")
FORMATS = ("avif", "webp", "fallback") if AVIF else ("webp", "fallback")
MIME = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}


@dataclass(frozen=True)
class Spec:
    crop: str  # "" keeps the original's shape
    width: int
    format: str  # "avif", "webp" or "fallback"

    @property
    def key(self) -> str:
        return f"{self.crop or 'w'}-{self.width}-{self.format}"

    def size(self, image: Image) -> tuple[int, int]:
        if self.crop == "og":
            return CROPS["og"]
        if self.crop:
            across, down = CROPS[self.crop]
            return self.width, round(self.width * down / across)
        return self.width, max(1, round(image.height * self.width / image.width))


def widths_for(image: Image) -> list[int]:
    """The widths of the uncropped renditions: never wider than the original."""
    widths = [w for w in WIDTHS if w < image.width]
    return [*widths, min(image.width, WIDTHS[-1])]


def standard_specs(image: Image) -> list[Spec]:
    """What every picture gets at upload: every page's needs, in every format."""
    specs = [Spec("", w, f) for w in widths_for(image) for f in FORMATS]
    specs += [Spec("16x9", w, f) for w in CARD_WIDTHS for f in FORMATS]
    # og:image and the NewsArticle images: one widely read format is enough for robots.
    specs += [Spec(crop, LARGE, "fallback") for crop in (*STRUCTURED_DATA_CROPS, "og")]
    return specs


def open_original(image: Image) -> PILImage.Image:
    """The original as readers should see it: first frame, EXIF orientation applied, in
    RGB (or RGBA when it has transparency), with no metadata attached."""
    with image.file.open("rb") as handle:
        data = handle.read()
    with PILImage.open(io.BytesIO(data)) as picture:
        picture.seek(0)
        oriented = ImageOps.exif_transpose(picture)
        mode = "RGBA" if image.has_alpha else "RGB"
        clean = oriented.convert(mode)
    clean.info = {}
    return clean


def crop_box(size: tuple[int, int], ratio: float, focal: tuple[float, float]) -> tuple:
    """The largest box of `ratio` (width / height) inside `size`, centred on the focal
    point as far as the edges allow."""
    width, height = size
    box_w: float
    box_h: float
    if width / height > ratio:
        box_w, box_h = height * ratio, height
    else:
        box_w, box_h = width, width / ratio
    left = min(max(focal[0] * width - box_w / 2, 0), width - box_w)
    top = min(max(focal[1] * height - box_h / 2, 0), height - box_h)
    return (round(left), round(top), round(left + box_w), round(top + box_h))


def resized(source: PILImage.Image, spec: Spec, image: Image) -> PILImage.Image:
    """The pixels of `spec`, before encoding (shared by a spec's formats)."""
    target = spec.size(image)
    box = None
    if spec.crop:
        box = crop_box(source.size, target[0] / target[1], image.focal_point())
    # reducing_gap: a fast integer reduction first, then Lanczos on what is left.
    picture = source.resize(target, PILImage.Resampling.LANCZOS, box=box, reducing_gap=3.0)
    picture.info = {}  # never carry EXIF (a camera's GPS position) into what readers get
    return picture


def render(source: PILImage.Image, spec: Spec, image: Image) -> tuple[bytes, str, int, int]:
    """Encode one rendition: (bytes, file extension, width, height). `source` may already
    be the resized pixels (see `resized`)."""
    target = spec.size(image)
    picture = source if source.size == target else resized(source, spec, image)
    buffer = io.BytesIO()
    if spec.format == "avif":
        picture.save(buffer, "AVIF", quality=60, speed=9)
        extension = "avif"
    elif spec.format == "webp":
        picture.save(buffer, "WEBP", quality=80, method=4)
        extension = "webp"
    elif image.has_alpha:
        picture.save(buffer, "PNG", optimize=True)
        extension = "png"
    else:
        picture.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
        extension = "jpeg"
    return buffer.getvalue(), extension, picture.width, picture.height


def _store(image: Image, spec: Spec, data: bytes, extension: str) -> tuple[str, bool]:
    """Save under a content-hashed name; (name, whether this call wrote it)."""
    digest = hashlib.sha256(data).hexdigest()[:16]
    folder = f"images/renditions/{image.sha256[:2]}/{image.sha256[:16]}"
    name = f"{folder}/{spec.key}.{digest}.{extension}"
    if default_storage.exists(name):
        return name, False  # the same bytes under the same name: nothing to do
    stored = default_storage.save(name, ContentFile(data))
    return stored, True


def ensure(image: Image, specs: list[Spec] | None = None) -> dict:
    """Make whichever of `specs` (default: the standard set) `image` lacks, once.

    The picture's row is locked while rendering, so a second worker asking for the same
    renditions waits and then finds them made. If anything fails, the files this call
    wrote are removed and nothing is recorded: no half-made set is left behind.
    """
    specs = standard_specs(image) if specs is None else specs
    if all(spec.key in image.renditions for spec in specs):
        return image.renditions
    written: list[str] = []
    try:
        with transaction.atomic():
            locked = Image.objects.select_for_update().get(pk=image.pk)
            manifest = dict(locked.renditions)
            missing = [spec for spec in specs if spec.key not in manifest]
            if missing:
                source = open_original(locked)
                pixels: dict[tuple[str, int], PILImage.Image] = {}
                for spec in missing:
                    shape = (spec.crop, spec.width)
                    if shape not in pixels:
                        pixels[shape] = resized(source, spec, locked)
                    data, extension, width, height = render(pixels[shape], spec, locked)
                    name, wrote = _store(locked, spec, data, extension)
                    if wrote:
                        written.append(name)
                    manifest[spec.key] = {
                        "name": name,
                        "width": width,
                        "height": height,
                        "type": MIME[extension],
                    }
                # A save (not an update): whoever shows the picture hears of its new files.
                locked.renditions = manifest
                locked.save(update_fields=["renditions"])
    except BaseException:
        for name in written:
            default_storage.delete(name)
        raise
    image.renditions = manifest
    return manifest


def drop_crops(image: Image) -> list[str]:
    """Forget the cropped renditions (the focal point moved); returns their file names,
    for the caller to delete once the change is committed."""
    names = [entry["name"] for key, entry in image.renditions.items() if not key.startswith("w-")]
    image.renditions = {k: v for k, v in image.renditions.items() if k.startswith("w-")}
    Image.objects.filter(pk=image.pk).update(renditions=image.renditions)
    return names


def stored_names(image: Image) -> list[str]:
    """Every file that belongs to `image`: its original and its renditions."""
    return [image.file.name, *(entry["name"] for entry in image.renditions.values())]
