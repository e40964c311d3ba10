"""Adding pictures to the library and taking them out, files and all."""

from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import transaction

from . import renditions
from .models import Image
from .validation import Inspected, inspect_upload


def apply_inspected(image: Image, inspected: Inspected) -> None:
    """Copy what the upload check learnt about the file onto `image`."""
    image.format = inspected.format
    image.width = inspected.width
    image.height = inspected.height
    image.file_size = inspected.size
    image.sha256 = inspected.sha256
    image.has_alpha = inspected.has_alpha
    image.dominant_color = inspected.dominant_color
    image.renditions = {}


def image_save_with_renditions(*, image: Image, new_file: bool, specs=None) -> Image:
    """Save `image` and make its renditions (`specs(image)`, or the standard set). With a
    new file, a failure anywhere removes the original and every rendition written, so
    nothing half-made stays in storage."""
    try:
        image.save()
        renditions.ensure(image, specs(image) if specs else None)
    except BaseException:
        if new_file and image.file.name:
            default_storage.delete(image.file.name)
        raise
    return image


def image_create(*, content: File, title: str, user=None, tags=(), specs=None, **fields) -> Image:
    """A new library picture from `content`, checked, stored and rendered.

    Raises ValidationError (nothing stored) when the file is not an acceptable picture.
    """
    inspected = inspect_upload(content)
    image = Image(title=title, created_by=user, updated_by=user, **fields)
    apply_inspected(image, inspected)
    image.file.save("upload", content, save=False)
    with transaction.atomic():
        image_save_with_renditions(image=image, new_file=True, specs=specs)
        if tags:
            image.tags.set(list(tags))
    return image


def delete_files_on_commit(names: list[str]) -> None:
    """Remove stored files once the deletion that orphaned them is committed."""

    def delete() -> None:
        for name in names:
            if name:
                default_storage.delete(name)

    transaction.on_commit(delete)
