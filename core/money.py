"""Money as newsrooms write it: formatting (and, later, parsing) of value + ISO 4217 code."""

import re
from dataclasses import dataclass
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


# Parsing: the forms business copy uses. "$184m", "US$1.2bn", "£300 million", "€2bn",
# "RMB10bn", "184 million US dollars", "2.5bn roubles". "¥" is read as yen, the usual
# sense in English-language copy; yuan is written RMB, CNY or "yuan".
PREFIXES = {
    "us$": "USD", "$": "USD", "usd": "USD", "hk$": "HKD", "s$": "SGD", "a$": "AUD", "c$": "CAD",
    "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR", "¥": "JPY", "jpy": "JPY",
    "rmb": "CNY", "cny": "CNY", "₽": "RUB", "rub": "RUB", "₹": "INR", "rs": "INR", "rs.": "INR",
    "inr": "INR",
}  # fmt: skip
SUFFIXES = {
    "us dollars": "USD", "dollars": "USD", "usd": "USD", "euros": "EUR", "eur": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "gbp": "GBP", "yuan": "CNY", "renminbi": "CNY",
    "cny": "CNY", "rmb": "CNY", "roubles": "RUB", "rubles": "RUB", "rub": "RUB",
    "rupees": "INR", "inr": "INR", "yen": "JPY", "jpy": "JPY", "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
}  # fmt: skip
MULTIPLIERS = {
    "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6,
    "bn": 10**9, "billion": 10**9, "tn": 10**12, "trillion": 10**12,
}  # fmt: skip


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = rf"(?:\s?(?P<scale>{_alternation(MULTIPLIERS)})(?![a-z]))?"
MONEY = re.compile(
    rf"(?<![\w$£€¥₽₹])(?P<prefix>{_alternation(PREFIXES)})\s?{_NUMBER}{_SCALE}"
    rf"|(?<![\w.,]){_NUMBER.replace('number', 'number2')}"
    rf"{_SCALE.replace('scale', 'scale2')}\s(?P<suffix>{_alternation(SUFFIXES)})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    value: Decimal
    currency: str
    start: int
    end: int


def find_money(text: str) -> list[Money]:
    """Every amount of money in `text`, as value in whole units plus ISO 4217 code."""
    found = []
    for match in MONEY.finditer(text):
        if match["prefix"]:
            number, scale, currency = (
                match["number"],
                match["scale"],
                PREFIXES[match["prefix"].lower()],
            )
        else:
            number, scale = match["number2"], match["scale2"]
            currency = SUFFIXES[" ".join(match["suffix"].lower().split())]
        value = Decimal(number.replace(",", "")) * MULTIPLIERS.get((scale or "").lower(), 1)
        found.append(
            Money(value=value.normalize(), currency=currency, start=match.start(), end=match.end())
        )
    return found
