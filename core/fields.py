"""Model fields more than one app uses, each with its validation in one place."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from .money import validate_currency


def format_percent(value) -> str:
    """45.00 → "45%", 12.50 → "12.5%"; nothing for no value."""
    if value is None:
        return ""
    return f"{value.normalize():f}%"


class PercentField(models.DecimalField):
    """A share of something, 0–100 with two decimals (45.5 means 45.5%)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", 5)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("validators", [MinValueValidator(0), MaxValueValidator(100)])
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for key, default in (("max_digits", 5), ("decimal_places", 2)):
            if kwargs.get(key) == default:
                del kwargs[key]
        kwargs.pop("validators", None)
        return name, path, args, kwargs


def percent_range_check(field: str, *, name: str) -> models.CheckConstraint:
    """The database's copy of PercentField's 0–100 rule, for rows written around forms."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gte": 0, f"{field}__lte": 100}),
        name=name,
    )


class MoneyValueField(models.DecimalField):
    """An amount in whole units of its currency: 184000000, not 184."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", 20)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("validators", [MinValueValidator(0)])
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        for key, default in (("max_digits", 20), ("decimal_places", 2)):
            if kwargs.get(key) == default:
                del kwargs[key]
        kwargs.pop("validators", None)
        return name, path, args, kwargs


class CurrencyField(models.CharField):
    """An ISO 4217 code: USD, EUR, CNY."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 3)
        kwargs.setdefault("validators", [validate_currency])
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 3:
            del kwargs["max_length"]
        kwargs.pop("validators", None)
        return name, path, args, kwargs
