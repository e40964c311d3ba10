"""Deal extraction on a seventeenth round of general classes, written in our own words in the
nineteenth session from what two new development batteries and our own phrasings showed;
beside each no-deal case, the deal told in the same words, which must still be read."""

import pytest

from intelligence.tests.test_general_classes import deals, facts


@pytest.mark.parametrize(
    "body",
    [
        "Halden Group will invest $50m in Fjellpay's new plant in Bergen.",
        "The investment by Halden Group in Fjellpay's new plant will create 300 jobs.",
        "Halden Group is investing NOK 400m in Fjellpay's planned data centre outside Oslo.",
    ],
)
def test_money_put_into_a_site_another_company_is_building_is_no_deal(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    ("body", "stake"),
    [
        ("Halden Group invested $30m in Fjellpay on Monday.", None),
        (
            "Halden Group will invest $50m in Fjellpay's planned terminal, taking a 40% stake "
            "in it.",
            "40",
        ),
    ],
)
def test_money_put_into_the_company_or_a_stake_in_its_site_is_still_a_deal(body, stake):
    (deal,) = [d for d in deals(body) if len(d.parties) >= 2]
    assert facts(deal)[2]["halden"] == "investor"
    assert facts(deal)[5] == stake
