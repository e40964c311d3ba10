"""Inline rows whose autocomplete boxes are labelled from the row's own object, and whose
link to the object being edited is that object.

The admin's autocomplete widget shows the chosen object's name, and finds it with one query
per widget: a company with 26 subsidiaries ran 52 queries to draw its change form. An inline
using `LabelledAutocompleteInline` reads the rows with their chosen objects joined (one
query) and hands each widget the object it shows; a widget whose value is not the row's
stored one (a form sent back with another choice) asks the database as before.
"""

from typing import Any

from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect


class LabelledAutocompleteSelect(AutocompleteSelect):
    """`AutocompleteSelect` that labels the chosen value from `known` ({pk as text:
    object}) when it can, without a query."""

    known: dict[str, Any]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.known = {}

    def optgroups(self, name, value, attr=None):
        wanted = {str(v) for v in value if str(v) not in self.choices.field.empty_values}
        if not wanted or not wanted <= self.known.keys():
            return super().optgroups(name, value, attr)
        default: tuple[None, list, int] = (None, [], 0)
        if not self.is_required and not self.allow_multiple_selected:
            default[1].append(self.create_option(name, "", "", False, 0))
        for pk in sorted(wanted):
            obj = self.known[pk]
            label = self.choices.field.label_from_instance(obj)
            default[1].append(self.create_option(name, obj.pk, label, wanted, len(default[1])))
        return [default]


class LabelledAutocompleteInline(admin.options.InlineModelAdmin):
    """An inline whose `autocomplete_fields` (foreign keys to a model's primary key) are
    labelled from its rows' own objects."""

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(*self.autocomplete_fields)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        remote = db_field.remote_field
        if (
            "widget" not in kwargs
            and db_field.name in self.get_autocomplete_fields(request)
            and remote.field_name == remote.model._meta.pk.name
        ):
            kwargs["widget"] = LabelledAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        names = list(self.get_autocomplete_fields(request))

        class Labelled(formset):
            def _construct_form(self, i, **form_kwargs):
                form = super()._construct_form(i, **form_kwargs)
                row = form.instance
                # The row belongs to the object being edited: say so, or each row's name
                # (shown above it) reads that object again.
                if (
                    self.instance.pk is not None
                    and getattr(row, self.fk.attname) == self.instance.pk
                ):
                    setattr(row, self.fk.name, self.instance)
                for name in names:
                    field = form.fields.get(name)
                    widget = getattr(field, "widget", None)
                    widget = getattr(widget, "widget", widget)  # the admin's wrapper
                    if not isinstance(widget, LabelledAutocompleteSelect):
                        continue
                    descriptor = row._meta.get_field(name)
                    if row.pk and descriptor.is_cached(row):
                        chosen = getattr(row, name)
                        if chosen is not None:
                            widget.known = {str(chosen.pk): chosen}
                return form

        Labelled.__name__ = formset.__name__
        return Labelled
