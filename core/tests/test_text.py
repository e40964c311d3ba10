"""One definition of "the same company name": white space of every kind, compatibility
forms and case fold away; other scripts are kept as written."""

import pytest

from core.text import fold, normalise_name


@pytest.mark.parametrize(
    "spelling",
    [
        "Alibaba Group",
        "alibaba group",
        "ALIBABA   GROUP",
        "  Alibaba Group\t",
        "Alibaba\u2028Group",  # line separator
        "Alibaba\u2029Group",  # paragraph separator
        "Alibaba\u0085Group",  # next line (NEL)
        "Alibaba\u00a0Group",  # no-break space
        "Alibaba\u202fGroup",  # narrow no-break space
        "Alibaba\u3000Group",  # ideographic space
        "Alibaba\nGroup",
        "Alibaba \u2028 \u00a0Group",
        "\uff21\uff4c\uff49\uff42\uff41\uff42\uff41 \uff27\uff52\uff4f\uff55\uff50",  # full-width
        "Ａｌｉｂａｂａ\u3000Ｇｒｏｕｐ",
    ],
)
def test_spellings_of_one_name_normalise_alike(spelling):
    assert normalise_name(spelling) == "alibaba group"


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("Мэйл.ру", "мэйл.ру"),
        ("阿里巴巴", "阿里巴巴"),
        ("Straße", "strasse"),
        ("ﬁnance", "finance"),  # ligature
        ("Cafe\u0301", "café"),  # combining accent composes
    ],
)
def test_other_scripts_keep_their_letters(name, normalised):
    assert normalise_name(name) == normalised


def test_different_names_stay_different():
    assert normalise_name("Alibaba Group") != normalise_name("AlibabaGroup")
    assert normalise_name("Mail.ru") != normalise_name("Mail ru")


def test_fold_keeps_every_white_space_character_in_place():
    text = "A\u2028B\u0085C\u00a0D\tE"
    assert fold(text) == "a b c d e"
    assert len(fold(text)) == len(text)
