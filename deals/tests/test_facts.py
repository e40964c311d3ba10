"""How lists show a deal's kind and terms (`Deal.facts`)."""

from decimal import Decimal

import pytest

from deals.models import Deal


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"kind": "acquisition"}, "Acquisition"),
        (
            {"kind": "acquisition", "value": Decimal("922000000"), "currency": "USD"},
            "Acquisition · $922m",
        ),
        (
            {
                "kind": "investment",
                "value": Decimal("2100000000"),
                "currency": "SEK",
                "stake_percent": Decimal("45.50"),
            },
            "Investment · SEK 2.1bn · 45.5% stake",
        ),
        ({"kind": "merger", "stake_percent": Decimal("100.00")}, "Merger · 100% stake"),
        # A value of nothing is not shown; a stake of nothing is a stake.
        ({"kind": "joint_venture", "value": Decimal("0"), "currency": "EUR"}, "Joint venture"),
        ({"kind": "investment", "stake_percent": Decimal("0")}, "Investment · 0% stake"),
    ],
)
def test_the_kind_and_the_terms_told(fields, shown):
    assert Deal(**fields).facts == shown
