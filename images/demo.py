"""Pictures for the demo scenario, drawn here with Pillow: no image is downloaded.

Each company gets a simple logo mark (its initials on a colour of its own); each deal with
a value gets a bar chart of the scenario's deal values with its own bar picked out. Drawing
is deterministic, so a second load finds the same pictures (by content hash) and changes
nothing.
"""

import hashlib
import io
import textwrap
from decimal import Decimal

from anyascii import anyascii
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from companies.models import Company
from core.money import format_money
from deals.models import Deal

from . import renditions
from .library import image_create
from .models import CompanyLogo, Image
from .renditions import Spec

CHART_SIZE = (1200, 675)
LOGO_SIZE = 256
INK, PAPER, MUTED, ACCENT = (28, 32, 40), (250, 248, 243), (170, 176, 186), (196, 62, 28)
CREDIT = "Newsroom graphic"


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def _colour(seed: str) -> tuple[int, int, int]:
    digest = hashlib.sha256(seed.encode()).digest()
    # Dark enough for white initials.
    return (40 + digest[0] % 130, 40 + digest[1] % 130, 40 + digest[2] % 130)


def _initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or name[:1].upper()


def logo_mark(company: Company) -> bytes:
    """A round mark with the company's initials, on transparency (PNG)."""
    picture = PILImage.new("RGBA", (LOGO_SIZE, LOGO_SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((8, 8, LOGO_SIZE - 8, LOGO_SIZE - 8), fill=(*_colour(company.slug), 255))
    text = anyascii(_initials(company.name))
    font = _font(120 if len(text) == 1 else 96)
    draw.text((LOGO_SIZE / 2, LOGO_SIZE / 2), text, font=font, fill="white", anchor="mm")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def _millions(deal: Deal) -> float:
    return float(deal.value / Decimal(1_000_000))


def deal_chart(deal: Deal, valued: list[Deal]) -> bytes:
    """Bars of every valued deal, `deal` in the accent colour (PNG)."""
    width, height = CHART_SIZE
    picture = PILImage.new("RGB", CHART_SIZE, PAPER)
    draw = ImageDraw.Draw(picture)
    draw.text((60, 40), "Deal values in the digital silk road", font=_font(44), fill=INK)
    draw.text((60, 100), f"Highlighted: {anyascii(deal.name)}", font=_font(28), fill=ACCENT)
    top, bottom, left, right = 170, height - 120, 60, width - 60
    largest = max(_millions(d) for d in valued) or 1.0
    slot = (right - left) / len(valued)
    for index, other in enumerate(valued):
        share = _millions(other) / largest
        x0 = left + index * slot + slot * 0.15
        x1 = left + (index + 1) * slot - slot * 0.15
        y0 = bottom - share * (bottom - top - 60)
        draw.rectangle((x0, y0, x1, bottom), fill=ACCENT if other.pk == deal.pk else MUTED)
        label = format_money(other.value, other.currency)
        draw.text(((x0 + x1) / 2, y0 - 16), label, font=_font(24), fill=INK, anchor="ms")
        for line, words in enumerate(textwrap.wrap(anyascii(other.name), 22)[:2]):
            xy = ((x0 + x1) / 2, bottom + 16 + line * 24)
            draw.text(xy, words, font=_font(18), fill=INK, anchor="ma")
    draw.line((left, bottom, right, bottom), fill=INK, width=3)
    draw.text((60, height - 40), CREDIT, font=_font(22), fill=MUTED)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def _chart_specs(image: Image) -> list[Spec]:
    """Enough for the story page, its cards and sharing; `make_renditions` adds the rest."""
    return [
        *(Spec("", 800, f) for f in ("webp", "fallback")),
        Spec("", 1200, "fallback"),
        *(Spec("16x9", 480, f) for f in ("webp", "fallback")),
        *(Spec(crop, renditions.LARGE, "fallback") for crop in ("og", "16x9", "4x3", "1x1")),
    ]


def _logo_specs(image: Image) -> list[Spec]:
    return [Spec("", LOGO_SIZE, f) for f in ("webp", "fallback")]


def _picture(data: bytes, *, title: str, alt_text: str, specs, tags) -> Image:
    digest = hashlib.sha256(data).hexdigest()
    image = Image.objects.filter(sha256=digest).first()
    if image is None:
        image = image_create(
            content=ContentFile(data, name="demo.png"),
            title=title,
            alt_text=alt_text,
            credit=CREDIT,
            source="Drawn by the demo loader (images/demo.py).",
            tags=tags,
            specs=specs,
        )
    return image


def load_demo_pictures(companies: list[Company], deals: list[Deal]) -> dict[str, Image]:
    """Logos for `companies` that have none, a chart for each valued deal in `deals`;
    returns the charts by deal slug."""
    for company in companies:
        if CompanyLogo.objects.filter(company=company).exists():
            continue
        logo = _picture(
            logo_mark(company),
            title=f"{company.name} logo mark",
            alt_text=f"{company.name} logo",
            specs=_logo_specs,
            tags=["logo"],
        )
        CompanyLogo.objects.create(company=company, image=logo)
    valued = sorted(
        (d for d in deals if d.value and d.currency == "USD"), key=lambda d: (d.value, d.slug)
    )
    charts = {}
    for deal in valued:
        charts[deal.slug] = _picture(
            deal_chart(deal, valued),
            title=f"Chart: {deal.name}",
            alt_text=(
                f"Bar chart of the deal values in the scenario; {deal.name} is highlighted at "
                f"{format_money(deal.value, deal.currency)}."
            ),
            specs=_chart_specs,
            tags=["chart", "deals"],
        )
    return charts
