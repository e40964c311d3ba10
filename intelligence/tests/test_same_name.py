"""The matcher and the database agree on when two spellings are one company name."""

import pytest

from core.text import normalise_name
from intelligence.matcher import CompanyMatcher

MATCHER = CompanyMatcher([("alibaba", "alibaba", "Alibaba Group", ["阿里巴巴"])])


@pytest.mark.parametrize(
    "written",
    [
        "Alibaba Group",
        "Alibaba\u2028Group",
        "Alibaba\u0085Group",
        "Alibaba\u00a0Group",
        "Alibaba\u3000Group",
        "\uff21\uff4c\uff49\uff42\uff41\uff42\uff41 \uff27\uff52\uff4f\uff55\uff50",
        "ALIBABA GROUP",
    ],
)
def test_the_matcher_finds_every_spelling_the_database_calls_the_same(written):
    assert normalise_name(written) == normalise_name("Alibaba Group")
    (hit,) = MATCHER.find(f"Shares in {written} rose.")
    assert hit.company == "alibaba"
    assert hit.text == written
