"""The picture library: originals, what editors say about them, and their renditions.

The images app knows nothing of stories. A story points at an Image (its lead image, the
images in its body) from the stories' app; a company's logo is a CompanyLogo here, because
companies sit below pictures and must not import them.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from core.loading import QuickLoad

ALT_TEXT_HELP = (
    "What the picture shows, for readers who cannot see it: one plain sentence, no "
    "“image of”. Say what matters for the story (who, what, the trend in a chart), not "
    "the colours. Leave it empty only while no published story uses the picture: a story "
    "cannot be published with a lead or body image that has none."
)


def original_name(instance: "Image", filename: str) -> str:
    """Originals are named by their content's hash: the name never changes meaning."""
    return f"images/originals/{instance.sha256[:2]}/{instance.sha256}.{instance.extension}"


class ImageQuerySet(models.QuerySet):
    def search(self, words: str) -> "ImageQuerySet":
        query = Q()
        for word in words.split():
            query &= (
                Q(title__icontains=word)
                | Q(alt_text__icontains=word)
                | Q(caption__icontains=word)
                | Q(credit__icontains=word)
                | Q(tags__name__iexact=word)
            )
        return self.filter(query).distinct()

    def missing_alt_text(self) -> "ImageQuerySet":
        return self.filter(alt_text="")


# The plugin cannot type `tagged_items`: TaggedImage's base comes from django-taggit, which
# ships no type information (and following its source breaks other modules' checks).
class Image(QuickLoad):  # type: ignore[django-manager-missing]
    class Format(models.TextChoices):
        JPEG = "jpeg", "JPEG"
        PNG = "png", "PNG"
        WEBP = "webp", "WebP"
        GIF = "gif", "GIF (first frame)"
        AVIF = "avif", "AVIF"

    title = models.CharField(
        max_length=255, help_text="For finding the picture in the library; readers never see it."
    )
    file = models.FileField(
        upload_to=original_name,
        max_length=255,
        help_text="JPEG, PNG, WebP, GIF (first frame) or AVIF. Not SVG. Drop a file here or "
        "choose one.",
    )
    alt_text = models.CharField("alt text", max_length=300, blank=True, help_text=ALT_TEXT_HELP)
    caption = models.CharField(
        max_length=500,
        blank=True,
        help_text="Shown under the picture. A story may override it for its lead image.",
    )
    credit = models.CharField(
        max_length=200,
        blank=True,
        help_text="Photographer and agency, or “Newsroom graphic”: shown with the picture.",
    )
    source = models.CharField(
        max_length=300,
        blank=True,
        help_text="Where it came from and on what terms (licence, agreement, URL). Not shown.",
    )
    focal_x = models.FloatField(
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="Click the picture to choose what crops must keep in frame.",
    )
    focal_y = models.FloatField(
        default=0.5, validators=[MinValueValidator(0), MaxValueValidator(1)]
    )
    tags = TaggableManager(through="TaggedImage", blank=True, help_text="Comma-separated.")

    # Derived from the file at upload; hidden from editors.
    format = models.CharField(max_length=4, choices=Format.choices, editable=False)
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    file_size = models.PositiveIntegerField(editable=False, default=0)
    sha256 = models.CharField(max_length=64, editable=False, db_index=True)
    has_alpha = models.BooleanField(editable=False, default=False)
    dominant_color = models.CharField(max_length=7, editable=False, default="#d0d0d0")
    # Every rendition made so far, by spec key (see renditions.py): what a page needs to
    # write <picture> markup comes with the image row itself, so a page showing pictures
    # makes no extra query for them.
    renditions = models.JSONField(editable=False, default=dict)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = ImageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "picture"
        indexes = [models.Index(fields=["-created_at"], name="image_created_idx")]

    def __str__(self) -> str:
        return self.title

    @property
    def extension(self) -> str:
        return "jpg" if self.format == self.Format.JPEG else self.format

    def focal_point(self) -> tuple[float, float]:
        return (self.focal_x, self.focal_y)


class TaggedImage(TaggedItemBase):
    content_object: "models.ForeignKey[Image, Image]" = models.ForeignKey(
        Image, on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="tagged_image_once"),
        ]


class CompanyLogo(QuickLoad):
    """A company's logo. Here rather than on Company: companies sit below pictures in the
    layers, so the link lives on the pictures' side (`company.logo.image`)."""

    company = models.OneToOneField(
        "companies.Company", on_delete=models.CASCADE, related_name="logo"
    )
    image = models.ForeignKey(
        Image,
        on_delete=models.PROTECT,
        related_name="logo_of",
        help_text="A logo on a transparent or white background, ideally PNG.",
    )

    class Meta:
        verbose_name = "logo"

    def __str__(self) -> str:
        return f"Logo of {self.company}"

    @property
    def usage_target(self):
        """What the library's "Used by" links to: the company."""
        return self.company
