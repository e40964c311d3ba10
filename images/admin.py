"""The picture library in the admin: upload, describe, choose the focal point, find,
reuse; and a company's logo, edited on the company's page."""

from django.contrib import admin
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join

from companies.admin import CompanyAdmin
from companies.models import Company

from . import renditions
from .forms import ImageForm
from .library import delete_files_on_commit, image_save_with_renditions
from .models import CompanyLogo, Image
from .picture import picture_html, storage_url


class AltTextFilter(admin.SimpleListFilter):
    title = "alt text"
    parameter_name = "alt"

    def lookups(self, request, model_admin):
        return [("missing", "Missing"), ("written", "Written")]

    def queryset(self, request, queryset):
        if self.value() == "missing":
            return queryset.missing_alt_text()
        if self.value() == "written":
            return queryset.exclude(alt_text="")
        return queryset


def _admin_link(obj) -> str:
    opts = obj._meta
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return format_html("{}: {}", opts.verbose_name.capitalize(), obj)
    return format_html('{}: <a href="{}">{}</a>', opts.verbose_name.capitalize(), url, obj)


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = ImageForm
    list_display = ["thumbnail", "title", "alt_text_state", "credit", "dimensions", "created_at"]
    list_display_links = ["thumbnail", "title"]
    list_filter = [AltTextFilter, "format", "created_at"]
    search_fields = ["title", "alt_text", "caption", "credit", "source", "tags__name"]
    date_hierarchy = "created_at"
    list_per_page = 50
    readonly_fields = [
        "focal_point_picker",
        "where_used",
        "dimensions",
        "format",
        "file_size",
        "dominant_color",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["file", "title", "alt_text", "caption", "credit", "source", "tags"]}),
        (
            "Focal point",
            {
                "fields": ["focal_point_picker", ("focal_x", "focal_y")],
                "description": "Click the picture on what must stay in every crop (a face, "
                "a logo); the numbers follow.",
            },
        ),
        ("Where it is used", {"fields": ["where_used"]}),
        (
            "Advanced",
            {
                "classes": ["collapse"],
                "fields": [
                    "dimensions",
                    "format",
                    "file_size",
                    "dominant_color",
                    "created_by",
                    "created_at",
                    "updated_by",
                    "updated_at",
                ],
            },
        ),
    ]

    class Media:
        js = ["images/focal_point.js", "images/upload_drop.js"]
        css = {"all": ["images/admin.css"]}

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        # A picture's file is what stories point at: a different picture is a new upload.
        return [*fields, "file"] if obj is not None else fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:  # nothing to click or list before the upload
            return [fieldsets[0]]
        return fieldsets

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        moved = change and {"focal_x", "focal_y"} & set(form.changed_data)
        with transaction.atomic():
            if moved:
                delete_files_on_commit(renditions.drop_crops(obj))
            image_save_with_renditions(image=obj, new_file=not change)

    @admin.display(description="Picture")
    def thumbnail(self, image: Image):
        return picture_html(image, "logo", lazy=True)

    @admin.display(description="Alt text", boolean=True, ordering="alt_text")
    def alt_text_state(self, image: Image) -> bool:
        return bool(image.alt_text)

    @admin.display(description="Size")
    def dimensions(self, image: Image) -> str:
        return f"{image.width} × {image.height} px" if image.width else "—"

    @admin.display(description="Focal point")
    def focal_point_picker(self, image: Image):
        entry = image.renditions.get("w-800-fallback") or next(
            (e for k, e in image.renditions.items() if k.endswith("-fallback")), None
        )
        src = storage_url(entry["name"]) if entry else storage_url(image.file.name)
        return format_html(
            '<div class="focal-picker" data-focal-picker data-x-input="id_focal_x" '
            'data-y-input="id_focal_y"><img src="{}" alt="" draggable="false">'
            '<span class="focal-picker__mark" aria-hidden="true"></span></div>',
            src,
        )

    @admin.display(description="Used by")
    def where_used(self, image: Image):
        """Every row that points at the picture, whatever app it is in (the library
        knows no stories: it asks Django which relations point here)."""
        items = []
        for relation in Image._meta.related_objects:
            model = relation.related_model
            if isinstance(model, str) or model._meta.model_name == "taggedimage":
                continue
            rows = model._default_manager.filter(**{relation.field.name: image})[:25]
            items += [getattr(row, "usage_target", row) for row in rows]
        if not items:
            return "Nothing yet: the picture can be deleted."
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((_admin_link(i),) for i in items))
        )


class CompanyLogoInline(admin.StackedInline):
    model = CompanyLogo
    autocomplete_fields = ["image"]
    max_num = 1
    can_delete = True


admin.site.unregister(Company)


@admin.register(Company)
class CompanyWithLogoAdmin(CompanyAdmin):
    """The companies' admin, with the logo (which lives with the pictures)."""

    inlines = [*CompanyAdmin.inlines, CompanyLogoInline]  # type: ignore[list-item]
