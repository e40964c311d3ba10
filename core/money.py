"""Money as newsrooms write it: formatting (and, later, parsing) of value + ISO 4217 code."""

import functools
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
    # The Uzbek som as the region's press writes it.
    "so'm": "UZS", "so‘m": "UZS", "so’m": "UZS", "soum": "UZS", "soums": "UZS",
    # The guaraní in its Spanish plural, as Paraguayan copy writes it in English.
    "guaraníes": "PYG", "guaranies": "PYG", "guaranís": "PYG",
}  # fmt: skip
# Every other currency in use today, by its English names and its own signs, from the
# Unicode CLDR data that Babel ships: "1.6 billion Saudi riyals", "a 1 billion riyal loan",
# "UAE dirhams", "3bn Thai baht", "₫12 trillion", "SAR 1.6bn". The forms above come first,
# so "¥" stays yen and "C$" Canadian. A bare noun several currencies share ("riyals",
# "dinars", "shillings") is read as the one in `NOUN_DEFAULTS`; `NOUN_CURRENCIES` lists the
# others, for a reader who knows which country the story is about.
NOUN_DEFAULTS = {
    "dollar": "USD", "pound": "GBP", "franc": "CHF", "peso": "MXN", "krone": "NOK",
    "kroner": "NOK", "rupee": "INR", "riyal": "SAR", "rial": "OMR", "dirham": "AED",
    "dinar": "KWD", "shilling": "KES", "ruble": "RUB", "won": "KRW", "leu": "RON", "lei": "RON",
    "kwacha": "ZMW", "manat": "AZN", "som": "UZS",
}  # fmt: skip


def _in_use() -> dict[str, tuple[str, str]]:
    """ISO code → (singular, plural) English name, for every currency legal tender today."""
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_territory_currencies

    codes = {
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, tender=True)
    }
    return {
        code: (get_currency_name(code, locale="en"), get_currency_name(code, count=2, locale="en"))
        for code in sorted(codes)
    }


def _signs(codes) -> dict[str, str]:
    """A currency's own sign (₫, ₱, ₴, ฿ …) from the locales of the lands that use it, where
    only that currency uses it."""
    import unicodedata

    from babel import Locale
    from babel.core import UnknownLocaleError, get_global
    from babel.numbers import get_territory_currencies

    seen: dict[str, set[str]] = {}
    for territory, languages in get_global("territory_languages").items():
        used = [c for c in get_territory_currencies(territory, tender=True) if c in codes]
        for language in languages:
            try:
                symbols = Locale.parse(f"{language}_{territory}").currency_symbols
            except (UnknownLocaleError, ValueError):
                continue
            for code in used:
                sign = symbols.get(code, "")
                if len(sign) == 1 and unicodedata.category(sign) == "Sc":
                    seen.setdefault(sign, set()).add(code)
    return {sign: codes.pop() for sign, codes in seen.items() if len(codes) == 1}


# Bare currency nouns that are also ordinary words after a number: "passed the 1 million
# mark", "2 million Afghani refugees"; these are read only with their country ("Bosnian
# convertible marks", "Brazilian real").
WORDS_NOT_MONEY = frozenset(
    ("mark", "marks", "real", "reals", "sol", "soles", "afghani", "afghanis")
)
CURRENCY_NAMES = _in_use()


@functools.cache
def territory_currencies(country: str) -> tuple[str, ...]:
    """The currencies legal tender today in a country (ISO 3166 alpha-2), from CLDR."""
    from babel.numbers import get_territory_currencies

    return tuple(get_territory_currencies(country.upper(), tender=True)) if country else ()


NOUN_CURRENCIES: dict[str, set[str]] = {}
for _code, _names in CURRENCY_NAMES.items():
    for _name in _names:
        _name = _name.lower()
        SUFFIXES.setdefault(_name, _code)
        _noun = _name.split()[-1]
        NOUN_CURRENCIES.setdefault(_noun, set()).add(_code)
        if _name.startswith("united arab emirates "):
            SUFFIXES.setdefault(_name.replace("united arab emirates", "emirati"), _code)
# The press's own spellings where CLDR's English differs: Kyrgyz "soms" and Uzbek "soums",
# Macedonian "denars", Albanian "leke", Bosnian "convertible marks"; and "CFA francs",
# shared by West and Central Africa (read by the parties' country, as other shared nouns).
PRESS_NAMES = {
    "soums": "UZS", "soum": "UZS", "uzbek soums": "UZS", "soms": "KGS", "kyrgyz soms": "KGS",
    "kyrgyz som": "KGS", "denars": "MKD", "denar": "MKD", "macedonian denars": "MKD",
    "leke": "ALL", "albanian leke": "ALL", "convertible marks": "BAM",
    "convertible mark": "BAM", "cfa francs": "XOF", "cfa franc": "XOF", "złoty": "PLN",
    "złotys": "PLN", "zlotys": "PLN", "polish złoty": "PLN",
}  # fmt: skip
SUFFIXES.update(PRESS_NAMES)
NOUN_CURRENCIES.setdefault("som", set()).update({"UZS", "KGS"})
NOUN_CURRENCIES["cfa francs"] = NOUN_CURRENCIES["cfa franc"] = {"XOF", "XAF"}
# The bare "$" is the local dollar in the press of these countries ("$860-million" in a
# Calgary story about two Canadian companies); read so only when every party is from there.
NOUN_CURRENCIES["$"] = {"USD", "CAD", "AUD", "NZD"}
# "P1.2 billion": the Philippine peso's letter in Manila's press, Botswana's pula in
# Gaborone's; read by the parties' land (`intelligence.deals.terms.local_currency`).
NOUN_CURRENCIES["P"] = {"PHP", "BWP"}
# "L 1,450 millones": the Honduran lempira's letter, and the Albanian lek's, the Moldovan
# leu's, the Lesotho loti's and the Eswatini lilangeni's; likewise by the parties' land.
NOUN_CURRENCIES["L"] = {"HNL", "ALL", "MDL", "LSL", "SZL"}
# "K 45 million": Zambia's kwacha, Papua New Guinea's kina, Myanmar's kyat.
NOUN_CURRENCIES["K"] = {"ZMW", "PGK", "MMK"}
for _noun, _codes in NOUN_CURRENCIES.items():
    _default = NOUN_DEFAULTS.get(_noun) or NOUN_DEFAULTS.get(_noun.removesuffix("s"))
    if (len(_codes) == 1 or _default) and _noun not in WORDS_NOT_MONEY:
        SUFFIXES.setdefault(_noun, _default or next(iter(_codes)))
# `_signs()` reads some 700 locales (a second's work), so its answer is kept here; a test
# checks the two agree.
SIGNS = {
    "€": "EUR", "؋": "AFN", "֏": "AMD", "₼": "AZN", "৳": "BDT", "₹": "INR", "¥": "CNY",
    "₡": "CRC", "₾": "GEL", "₪": "ILS", "៛": "KHR", "₩": "KRW", "₸": "KZT", "₭": "LAK",
    "₮": "MNT", "₦": "NGN", "₱": "PHP", "₲": "PYG", "₽": "RUB", "฿": "THB", "₺": "TRY",
    "₴": "UAH", "₫": "VND",
}  # fmt: skip
# Signs of more than one character that CLDR gives a single currency and that cannot be
# read as anything else: "S/ 1.1 billion" (Peruvian soles), "RD$", "B/.", "GH₵".
LOCAL_SIGNS = {
    "S/": "PEN", "RD$": "DOP", "B/.": "PAB", "MOP$": "MOP", "GH₵": "GHS", "GH¢": "GHS",
    # The Uruguayan peso's sign, and the dollar as the River Plate press writes it.
    "$U": "UYU", "U$S": "USD", "U$D": "USD",
}  # fmt: skip
# Signs of letters, read only as written ("TSh 1.2 trillion", not "tsh"): the symbols CLDR
# gives each of these currencies in its own country's locales, and the press's own forms of
# some ("N$" for Namibian dollars, "Tk" for taka, "KSh" and "Sh" for shillings, the Gulf
# and Levant press's "Dh", "JD", "KD", "BD", "QR" and "RO", "Nu" for "Nu.", and Rwanda's "Rwf"
# and "FRw" beside CLDR's "RF"). Signs of one
# letter ("K", "P",
# "R") and those that are also words or other currencies' ("Rs", "SR") are left out.
LETTER_SIGNS = {
    "TSh": "TZS", "Ksh": "KES", "USh": "UGX", "MK": "MWK", "Br": "ETB", "Le": "SLE",
    "Nu.": "BTN", "Nu": "BTN", "Rf": "MVR", "FCFA": "XAF", "FBu": "BIF", "Kz": "AOA", "MTn": "MZN",
    "Rp": "IDR", "RM": "MYR", "zł": "PLN", "Kč": "CZK", "Ft": "HUF", "Gs.": "PYG",
    "WS$": "WST", "T$": "TOP", "Bs": "BOB",
    "N$": "NAD", "Tk": "BDT", "KSh": "KES", "KM": "BAM",
    "Dh": "AED", "Dhs": "AED", "Sh": "KES", "JD": "JOD", "KD": "KWD", "BD": "BHD", "QR": "QAR",
    "RO": "OMR", "Rwf": "RWF", "FRw": "RWF",
}  # fmt: skip
# Dollars told by their country's letters, as the region's press writes them ("J$52
# billion", "TT$1.2bn", "Bds$40m", "G$4bn") and as CLDR's English gives some ("EC$", "NT$",
# "CA$"); "B$" (Bahamian or Bruneian) is left out.
COUNTRY_DOLLARS = {
    "J$": "JMD", "TT$": "TTD", "BDS$": "BBD", "G$": "GYD", "BZ$": "BZD", "CI$": "KYD",
    "KY$": "KYD", "FJ$": "FJD", "L$": "LRD", "EC$": "XCD", "NT$": "TWD", "CA$": "CAD",
    "SI$": "SBD",
}  # fmt: skip
for _sign, _code in {**SIGNS, **LOCAL_SIGNS, **LETTER_SIGNS, **COUNTRY_DOLLARS}.items():
    PREFIXES.setdefault(_sign.lower(), _code)
# ISO codes are read in capitals only ("SAR 1.6bn", "1.6bn AED"): in lower case several
# are words ("all", "top", "try", "pen"); three are words often set in capitals ("ALL 3
# million shares" in a headline) and are not read at all.
CODES = frozenset(CURRENCY_NAMES) - {"ALL", "TOP", "CUP"}

MULTIPLIERS = {
    "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "million": 10**6,
    "bn": 10**9, "bln": 10**9, "billion": 10**9, "tn": 10**12, "trillion": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "lakh crore": 10**12,
}  # fmt: skip


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _prefixes() -> str:
    """The signs before an amount; letter signs in their own case only."""
    cased: dict[str, list[str]] = {}
    for sign in LETTER_SIGNS:
        cased.setdefault(sign.lower(), []).append(sign)
    return "|".join(
        "|".join(f"(?-i:{re.escape(sign)})" for sign in cased[w]) if w in cased else re.escape(w)
        for w in sorted(PREFIXES, key=len, reverse=True)
    )


# The signs before an amount as a pattern of its own, for rules that look ahead to a price.
MONEY_SIGN = _prefixes()
# The currency words after an amount ("6.2 billion baht", "18.50 baht a share"), likewise.
MONEY_WORD = _alternation(SUFFIXES)
_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = rf"(?:\s?(?P<scale>{_alternation(MULTIPLIERS)})(?![a-z]))?"
_PREFIX = rf"(?P<prefix>{_prefixes()})"
MONEY = re.compile(
    # "$1.5-2bn", "€1bn to €1.2bn": a range written with one scale or two.
    rf"(?<![\w$£€¥₽₹₩])(?P<rprefix>{_prefixes()})\s?"
    rf"(?P<low>\d+(?:\.\d+)?)(?:\s?(?P<lowscale>{_alternation(MULTIPLIERS)})(?![a-z]))?"
    rf"\s?(?:-|–|to)\s?(?:(?P=rprefix))?\s?(?P<high>\d+(?:\.\d+)?)"
    rf"\s?(?P<highscale>{_alternation(MULTIPLIERS)})(?![a-z])"
    rf"|(?<![\w$£€¥₽₹₩]){_PREFIX}\s?{_NUMBER}{_SCALE}"
    rf"|(?<![\w.,]){_NUMBER.replace('number', 'number2')}"
    rf"{_SCALE.replace('scale', 'scale2')}\s(?P<suffix>{_alternation(SUFFIXES)})\b",
    re.IGNORECASE,
)
# An ISO code in capitals before or after the amount: "SAR 1.6bn", "AED1.5 billion",
# "1.6bn QAR". Only codes in `CODES` count.
CODE_MONEY = re.compile(
    rf"(?<![\w$£€¥₽₹₩])(?P<code>[A-Z]{{3}})\s?{_NUMBER}"
    rf"(?:\s?(?P<scale>{_alternation(MULTIPLIERS)})(?![a-zA-Z]))?"
    rf"|(?<![\w.,]){_NUMBER.replace('number', 'number2')}"
    rf"(?:\s?(?P<scale2>{_alternation(MULTIPLIERS)})(?![a-zA-Z]))?\s(?P<code2>[A-Z]{{3}})\b"
)
# "between $2bn and $3bn": two amounts joined by "and" after "between" are one range.
_BETWEEN = re.compile(r"\s*(?:-|–|to|and)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    value: Decimal
    currency: str
    start: int
    end: int
    # The bare noun it was told with, where several currencies share it ("riyals").
    noun: str = ""


def _value(number: str, scale: str | None) -> Decimal:
    return Decimal(number.replace(",", "")) * MULTIPLIERS.get(
        " ".join((scale or "").lower().split()), 1
    )


def find_money(text: str) -> list[Money]:
    """Every amount of money in `text`, as value in whole units plus ISO 4217 code."""
    found: list[Money] = []
    for match in MONEY.finditer(text):
        suffix = ""
        if match["rprefix"]:
            currency = PREFIXES[match["rprefix"].lower()]
            value = _value(match["high"], match["highscale"])
        elif match["prefix"]:
            currency = PREFIXES[match["prefix"].lower()]
            value = _value(match["number"], match["scale"])
        else:
            suffix = " ".join(match["suffix"].lower().split())
            currency = SUFFIXES[suffix]
            value = _value(match["number2"], match["scale2"])
        noun = suffix if len(NOUN_CURRENCIES.get(suffix, ())) > 1 else ""
        if match["prefix"] == "$" or match["rprefix"] == "$":
            noun = "$"  # a bare dollar sign: the local dollar in Canadian or Australian copy
        elif (match["prefix"] or match["rprefix"] or "").lower() in ("rs", "rs."):
            noun = "rupees"  # "Rs 5.2 billion": Sri Lankan or Pakistani copy uses it too
        elif (match["prefix"] or match["rprefix"]) == "Sh":
            noun = "shillings"  # "Sh6.5 billion": Kenyan, Tanzanian or Ugandan copy
        elif (match["prefix"] or match["rprefix"]) == "FCFA":
            noun = "cfa francs"  # "FCFA 24 milliards": West or Central African, by the land
        money = Money(
            value=value.normalize(),
            currency=currency,
            start=match.start(),
            end=match.end(),
            noun=noun,
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
                    noun=money.noun or found[-1].noun,
                )
                found.pop()
        found.append(money)
    if _CAPITALS.search(text):
        found = _with_codes(text, found)
    return found


_CAPITALS = re.compile(r"[A-Z]{3}")


def _with_codes(text: str, found: list[Money]) -> list[Money]:
    for match in CODE_MONEY.finditer(text):
        code = match["code"] or match["code2"]
        if code not in CODES or any(f.start < match.end() and match.start() < f.end for f in found):
            continue
        number, scale = (
            (match["number"], match["scale"])
            if match["code"]
            else (match["number2"], match["scale2"])
        )
        found.append(
            Money(
                value=_value(number, scale).normalize(),
                currency=code,
                start=match.start(),
                end=match.end(),
            )
        )
    found.sort(key=lambda money: money.start)
    return _joined_ranges(text, found)


def _joined_ranges(text: str, found: list[Money]) -> list[Money]:
    """ "between QAR 1.8 billion and QAR 2.2 billion", "SAR 1bn to SAR 2bn": one range, read
    as its upper bound (the signs' ranges are joined as they are read)."""
    out: list[Money] = []
    for money in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.currency == money.currency
            and _BETWEEN.fullmatch(text, last.end, money.start)
        ):
            joined = text[last.end : money.start].strip().lower()
            if joined != "and" or text[max(0, last.start - 9) : last.start].lower().strip() == (
                "between"
            ):
                out[-1] = Money(
                    value=max(money.value, last.value),
                    currency=money.currency,
                    start=last.start,
                    end=money.end,
                    noun=money.noun or last.noun,
                )
                continue
        out.append(money)
    return out


# Numbers written out, as radio scripts, quotes and some house styles give amounts and
# shares: "ninety-four million US dollars", "forty per cent", "twelve point five percent".
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
_BELOW_100 = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})"
_WORD_NUMBER = (
    rf"(?:(?:(?:a|one|{_UNIT})\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100})"
    rf"(?:\s+point\s+(?:{_UNIT}|zero)(?:\s+(?:{_UNIT}|zero))?"
    # "two and a half million dollars", "one-and-a-half billion"
    rf"|[\s-]and[\s-]a[\s-]half)?"
    rf"|half\s+an?)"  # "half a million dollars"
)
# A number written out, as a pattern of its own for rules that look ahead to an amount.
SPELLED_NUMBER = _WORD_NUMBER
# Only before what makes it an amount or a share: a scale, a currency's word, "per cent".
SPELLED_AMOUNT = re.compile(
    rf"(?<![\w-])(?P<number>{_WORD_NUMBER})(?=\s+(?:per\s?cent\b|percent\b"
    rf"|(?:million|billion|trillion|crore|lakh)\b|(?:{_alternation(SUFFIXES)})\b))",
    re.IGNORECASE,
)
_SPELLED_HINT = re.compile(rf"\b(?:{_TEN}|{_UNIT}|hundred|half)\b", re.IGNORECASE)


def _spelled_value(words: str) -> str:
    words = words.lower()
    if words.startswith("half"):
        return "0.5"
    if words.endswith("half"):
        return _spelled_value(re.sub(r"[\s-]and[\s-]a[\s-]half$", "", words)) + ".5"
    whole, _, fraction = words.partition(" point ")
    total = 0
    for part in re.split(r"[\s-]+", whole):
        if part in _UNITS:
            total += _UNITS[part]
        elif part in _TENS:
            total += _TENS[part]
        elif part == "hundred":
            total = max(total, 1) * 100
    digits = str(total)
    if fraction:
        digits += "." + "".join(str(_UNITS.get(p, 0)) for p in fraction.split())
    return digits


@functools.lru_cache(maxsize=2048)
def spelled_as_digits(text: str) -> str:
    """`text` with amounts and shares written in words given in digits, right-aligned in
    the words' own room so that every offset stays where it was: "buying forty per cent"
    becomes "buying    40 per cent"."""
    if not _SPELLED_HINT.search(text):
        return text
    return SPELLED_AMOUNT.sub(lambda m: _spelled_value(m["number"]).rjust(len(m["number"])), text)
