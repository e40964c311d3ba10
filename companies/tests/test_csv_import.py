"""import_companies reads CSV the way the csv module expects: quoted values may hold line
breaks, U+2028 and friends are ordinary characters, and errors name the right line."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from companies.models import Company

pytestmark = pytest.mark.django_db


def write(tmp_path: Path, text: str, newline: str | None = None) -> Path:
    path = tmp_path / "companies.csv"
    with path.open("w", encoding="utf-8", newline=newline) as f:
        f.write(text)
    return path


def refused(path: Path) -> str:
    with pytest.raises(CommandError) as error:
        call_command("import_companies", str(path), verbosity=0)
    assert not Company.objects.exists()
    return str(error.value)


def descriptions() -> dict[str, str]:
    return dict(Company.objects.values_list("name", "description"))


def test_a_quoted_description_with_line_breaks_imports_whole(tmp_path):
    path = write(
        tmp_path,
        "name,description,country\n"
        'Alibaba Group,"Chinese e-commerce group.\nOwns Tmall and AliExpress.\n\nHangzhou.",CN\n'
        "Mail.ru Group,Russian internet group,RU\n",
    )
    call_command("import_companies", str(path), verbosity=0)
    assert descriptions() == {
        "Alibaba Group": "Chinese e-commerce group.\nOwns Tmall and AliExpress.\n\nHangzhou.",
        "Mail.ru Group": "Russian internet group",
    }
    assert Company.objects.get(name="Alibaba Group").country == "CN"


def test_windows_line_endings_inside_and_between_rows(tmp_path):
    path = write(tmp_path, 'name,description\r\nA Co,"one\r\ntwo"\r\nB Co,three\r\n', newline="")
    call_command("import_companies", str(path), verbosity=0)
    assert descriptions() == {"A Co": "one\ntwo", "B Co": "three"}


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x0c", "\x1e"])
@pytest.mark.parametrize("quoted", [True, False])
def test_line_separators_other_than_newlines_stay_inside_a_value(tmp_path, separator, quoted):
    value = f"First part{separator}second part"
    cell = f'"{value}"' if quoted else value
    path = write(tmp_path, f"name,description,sector\nAlibaba Group,{cell},E-commerce\n")
    call_command("import_companies", str(path), verbosity=0)
    alibaba = Company.objects.get()
    assert (alibaba.name, alibaba.description, alibaba.sector) == (
        "Alibaba Group",
        value,
        "E-commerce",
    )


def test_an_unterminated_quote_is_refused_naming_the_file_and_line(tmp_path):
    path = write(tmp_path, 'name,description\nGood Co,fine\nBad Co,"never closed\nGone Co,x\n')
    assert f"{path}:3: a quoted value starting here is never closed" in refused(path)


def test_text_after_a_closing_quote_is_refused_naming_the_line(tmp_path):
    path = write(tmp_path, 'name,description\nGood Co,fine\nBad Co,"closed" then more\n')
    assert f"{path}:3: not valid CSV" in refused(path)


def test_errors_after_a_multi_line_value_name_the_row_s_own_line(tmp_path):
    path = write(
        tmp_path,
        'name,description,country\nGood Co,"line one\nline two\nline three",GB\nBad Co,,XX\n',
    )
    assert f"{path}:5: country 'XX' is not an ISO 3166 alpha-2 code" in refused(path)


def test_a_bad_multi_line_row_is_named_by_its_first_line(tmp_path):
    path = write(tmp_path, 'name,description,country\nGood Co,,GB\nBad Co,"one\ntwo",XX\n')
    assert f"{path}:3: country 'XX' is not an ISO 3166 alpha-2 code" in refused(path)


def test_too_many_values_after_a_blank_line_names_the_line(tmp_path):
    path = write(tmp_path, "name,country\nGood Co,GB\n\nBad Co,GB,extra\n")
    assert f"{path}:4: more values than columns" in refused(path)


def test_blank_lines_and_short_rows_are_fine(tmp_path):
    path = write(tmp_path, "name,country,sector\n\nA Co,GB\n\nB Co\n")
    call_command("import_companies", str(path), verbosity=0)
    assert dict(Company.objects.values_list("name", "country")) == {"A Co": "GB", "B Co": ""}


def test_a_byte_order_mark_does_not_hide_the_name_column(tmp_path):
    path = write(tmp_path, "\ufeffname,country\nA Co,GB\n")
    call_command("import_companies", str(path), verbosity=0)
    assert Company.objects.get().name == "A Co"
