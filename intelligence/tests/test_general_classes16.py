"""Deal extraction on a sixteenth round of general classes, written in our own words in the
eighteenth session: no-deal copy first (a past purchase whose price and date follow an
aside, …), beside the deals told in the same words, which must still be read."""

import pytest

from intelligence.tests.test_general_classes import deals, facts


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group bought Fjellpay, whose terminals sit in most Lisbon cafés, for "
            "$400m three years ago. It now plans to sell bonds to refinance the loans."
        ),
        (
            "Halden Group acquired Fjellpay, which makes payment terminals, for €90m in "
            "2019. It opened a plant in Porto on Tuesday."
        ),
    ],
)
def test_a_past_purchase_dated_after_an_aside_is_background(body):
    assert [facts(d) for d in deals(body) if len(d.parties) >= 2] == []


@pytest.mark.parametrize(
    "body",
    [
        (
            "Halden Group agreed to buy Fjellpay, whose terminals sit in most Lisbon cafés, "
            "for $400m on Tuesday."
        ),
        (
            "Halden Group sold its stake in Fjellpay on Monday, ending a partnership that "
            "began in 2016."
        ),
    ],
)
def test_the_news_told_with_an_aside_is_still_read(body):
    assert [d for d in deals(body) if len(d.parties) >= 2]
