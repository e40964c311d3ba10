"""Money as newsrooms write it: formatting (and, later, parsing) of value + ISO 4217 code."""

from decimal import Decimal

import pycountry
from django.core.exceptions import ValidationError

# Symbols readers expect in running text; any other currency is shown by its code.
SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "CNY": "RMB", "RUB": "RUB"}


SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"))


def validate_currency(code: str) -> None:
    if pycountry.currencies.get(alpha_3=code) is None:
        raise ValidationError(f"“{code}” is not an ISO 4217 currency code.")


def format_money(value: Decimal | None, currency: str) -> str:
    """Short form for pages: 184000000 USD → "$184m", 1200000000 USD → "$1.2bn"."""
    if value is None:
        return ""
    prefix = SYMBOLS.get(currency, f"{currency} ")
    for size, suffix in SCALES:
        if abs(value) >= size:
            scaled = (value / size).quantize(Decimal("0.1")).normalize()
            return f"{prefix}{scaled:f}{suffix}"
    return f"{prefix}{value.normalize():,f}"
