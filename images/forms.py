"""The library's upload form: every check on the file happens here, before anything is
stored."""

from django import forms

from .library import apply_inspected
from .models import Image
from .validation import Inspected, inspect_upload


class ImageForm(forms.ModelForm):
    inspected: Inspected | None = None

    class Meta:
        model = Image
        fields = "__all__"
        widgets = {
            "file": forms.ClearableFileInput(
                attrs={"accept": "image/jpeg,image/png,image/webp,image/gif,image/avif"}
            ),
            "caption": forms.Textarea(attrs={"rows": 2, "cols": 80}),
            "focal_x": forms.NumberInput(attrs={"step": "0.001", "min": 0, "max": 1}),
            "focal_y": forms.NumberInput(attrs={"step": "0.001", "min": 0, "max": 1}),
        }

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or upload is False or not hasattr(upload, "content_type"):
            return upload  # the stored file, unchanged
        self.inspected = inspect_upload(upload)
        twin = Image.objects.filter(sha256=self.inspected.sha256).exclude(pk=self.instance.pk)
        twin = twin.first()
        if twin is not None:
            raise forms.ValidationError(
                f"This picture is already in the library as “{twin.title}” (#{twin.pk}): "
                "use that one.",
                code="duplicate",
            )
        return upload

    def _post_clean(self):
        super()._post_clean()
        if self.inspected is not None:
            apply_inspected(self.instance, self.inspected)
