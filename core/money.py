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
# "RMB10bn", "184 million US dollars", "2.5bn roubles", "SEK 12bn", "3.4bn kronor",
# "NOK 4.5bn", "HK$9bn", "S$620m", "A$2.8bn", "C$500m", "R$1.3bn", "NZ$310m",
# "₩1.2 trillion", "Rs 1,250 crore", "₹2 lakh crore". "¥" is read as yen, the usual sense
# in English-language copy; yuan is written RMB, CNY or "yuan". A range ("$1.5bn-$2bn",
# "$1.5-2bn", "between $2bn and $3bn") is read as its upper bound, as "up to $2bn" is.
PREFIXES = {
    "us$": "USD", "$": "USD", "usd": "USD", "hk$": "HKD", "hkd": "HKD", "s$": "SGD",
    "sgd": "SGD", "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD", "nz$": "NZD",
    "nzd": "NZD", "r$": "BRL", "brl": "BRL", "mx$": "MXN", "mxn": "MXN",
    "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR", "¥": "JPY", "jpy": "JPY",
    "rmb": "CNY", "cny": "CNY", "₽": "RUB", "rub": "RUB", "₹": "INR", "rs": "INR", "rs.": "INR",
    "inr": "INR", "₩": "KRW", "krw": "KRW", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    "chf": "CHF", "zar": "ZAR", "₺": "TRY", "₪": "ILS", "aed": "AED", "sar": "SAR",
    "₦": "NGN", "pln": "PLN",
}  # fmt: skip
SUFFIXES = {
    "us dollars": "USD", "dollars": "USD", "usd": "USD", "euros": "EUR", "eur": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "gbp": "GBP", "yuan": "CNY", "renminbi": "CNY",
    "cny": "CNY", "rmb": "CNY", "roubles": "RUB", "rubles": "RUB", "rub": "RUB",
    "rupees": "INR", "inr": "INR", "yen": "JPY", "jpy": "JPY", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "australian dollars": "AUD", "canadian dollars": "CAD",
    "kronor": "SEK", "swedish kronor": "SEK", "swedish crowns": "SEK", "sek": "SEK",
    "kroner": "NOK", "norwegian kroner": "NOK", "norwegian crowns": "NOK", "nok": "NOK",
    "danish kroner": "DKK", "dkk": "DKK", "won": "KRW", "krw": "KRW", "reais": "BRL",
    "brl": "BRL", "rand": "ZAR", "zar": "ZAR", "swiss francs": "CHF", "francs": "CHF",
    "chf": "CHF", "zloty": "PLN", "pesos": "MXN", "lira": "TRY",
}  # fmt: skip
MULTIPLIERS = {
    "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "million": 10**6,
    "bn": 10**9, "bln": 10**9, "billion": 10**9, "tn": 10**12, "trillion": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "lakh crore": 10**12,
}  # fmt: skip


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = rf"(?:\s?(?P<scale>{_alternation(MULTIPLIERS)})(?![a-z]))?"
_PREFIX = rf"(?P<prefix>{_alternation(PREFIXES)})"
MONEY = re.compile(
    # "$1.5-2bn", "€1bn to €1.2bn": a range written with one scale or two.
    rf"(?<![\w$£€¥₽₹₩])(?P<rprefix>{_alternation(PREFIXES)})\s?"
    rf"(?P<low>\d+(?:\.\d+)?)(?:\s?(?P<lowscale>{_alternation(MULTIPLIERS)})(?![a-z]))?"
    rf"\s?(?:-|–|to)\s?(?:(?P=rprefix))?\s?(?P<high>\d+(?:\.\d+)?)"
    rf"\s?(?P<highscale>{_alternation(MULTIPLIERS)})(?![a-z])"
    rf"|(?<![\w$£€¥₽₹₩]){_PREFIX}\s?{_NUMBER}{_SCALE}"
    rf"|(?<![\w.,]){_NUMBER.replace('number', 'number2')}"
    rf"{_SCALE.replace('scale', 'scale2')}\s(?P<suffix>{_alternation(SUFFIXES)})\b",
    re.IGNORECASE,
)
# "between $2bn and $3bn": two amounts joined by "and" after "between" are one range.
_BETWEEN = re.compile(r"\s*(?:-|–|to|and)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    value: Decimal
    currency: str
    start: int
    end: int


def _value(number: str, scale: str | None) -> Decimal:
    return Decimal(number.replace(",", "")) * MULTIPLIERS.get(
        " ".join((scale or "").lower().split()), 1
    )


def find_money(text: str) -> list[Money]:
    """Every amount of money in `text`, as value in whole units plus ISO 4217 code."""
    found: list[Money] = []
    for match in MONEY.finditer(text):
        if match["rprefix"]:
            currency = PREFIXES[match["rprefix"].lower()]
            value = _value(match["high"], match["highscale"])
        elif match["prefix"]:
            currency = PREFIXES[match["prefix"].lower()]
            value = _value(match["number"], match["scale"])
        else:
            currency = SUFFIXES[" ".join(match["suffix"].lower().split())]
            value = _value(match["number2"], match["scale2"])
        money = Money(
            value=value.normalize(), currency=currency, start=match.start(), end=match.end()
        )
        if (
            found
            and found[-1].currency == currency
            and _BETWEEN.fullmatch(text, found[-1].end, money.start)
        ):
            joined = text[found[-1].end : money.start].strip().lower()
            if (
                joined != "and"
                or text[max(0, found[-1].start - 9) : found[-1].start].lower().strip() == "between"
            ):
                money = Money(
                    value=max(value.normalize(), found[-1].value),
                    currency=currency,
                    start=found[-1].start,
                    end=money.end,
                )
                found.pop()
        found.append(money)
    return found
