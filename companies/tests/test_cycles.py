"""No company is, through its parents, its own parent: loops of subsidiary and affiliate
ties are refused by the model (every save), the admin and the importer; stakes may run
both ways."""

import threading
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse

from companies.models import Company, CompanyRelation

pytestmark = pytest.mark.django_db

Kind = CompanyRelation.Kind


def make(*names: str) -> list[Company]:
    return [Company.objects.create(name=n, slug=n.lower().replace(" ", "-")) for n in names]


def tie(parent: Company, child: Company, kind=Kind.SUBSIDIARY) -> CompanyRelation:
    return CompanyRelation.objects.create(parent=parent, child=child, kind=kind)


def ties() -> set[tuple[str, str]]:
    return set(CompanyRelation.objects.values_list("parent__name", "child__name"))


def test_saving_a_two_company_loop_is_refused():
    alibaba, aliexpress = make("Alibaba", "AliExpress")
    tie(alibaba, aliexpress)
    with pytest.raises(ValidationError, match="Alibaba → AliExpress → Alibaba"):
        tie(aliexpress, alibaba)
    assert ties() == {("Alibaba", "AliExpress")}


def test_saving_a_three_company_loop_is_refused():
    a, b, c = make("A", "B", "C")
    tie(a, b)
    tie(b, c)
    with pytest.raises(ValidationError, match="A → B → C → A"):
        tie(c, a)
    assert ties() == {("A", "B"), ("B", "C")}


def test_an_affiliate_tie_closing_a_loop_is_refused():
    a, b = make("A", "B")
    tie(a, b, Kind.SUBSIDIARY)
    with pytest.raises(ValidationError):
        tie(b, a, Kind.AFFILIATE)


def test_changing_a_stake_into_a_subsidiary_that_closes_a_loop_is_refused():
    a, b = make("A", "B")
    tie(a, b)
    stake = tie(b, a, Kind.STAKE)
    stake.kind = Kind.SUBSIDIARY
    with pytest.raises(ValidationError):
        stake.save()
    assert CompanyRelation.objects.get(pk=stake.pk).kind == Kind.STAKE


def test_stakes_may_run_both_ways():
    renault, nissan = make("Renault", "Nissan")
    tie(renault, nissan, Kind.STAKE)
    tie(nissan, renault, Kind.STAKE)
    assert ties() == {("Renault", "Nissan"), ("Nissan", "Renault")}


def test_a_chain_without_a_loop_is_accepted():
    a, b, c = make("A", "B", "C")
    tie(a, b)
    tie(b, c)
    tie(a, c)
    assert len(ties()) == 3


def test_model_validation_reports_the_loop():
    a, b = make("A", "B")
    tie(a, b)
    with pytest.raises(ValidationError, match="loop of parents"):
        CompanyRelation(parent=b, child=a).full_clean()


def test_a_loop_check_costs_one_query_a_generation(django_assert_max_num_queries):
    companies = make(*(f"C{n}" for n in range(6)))
    for parent, child in zip(companies, companies[1:], strict=False):
        tie(parent, child)
    with django_assert_max_num_queries(7):
        assert CompanyRelation(parent=companies[-1], child=companies[0]).loop() is not None


# The importer: loops in the file and through stored companies.


def import_csv(tmp_path: Path, text: str) -> str:
    path = tmp_path / "companies.csv"
    path.write_text("name,parent,relation\n" + text, encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import_companies", str(path), verbosity=0)
    return str(error.value).replace(str(path), "FILE")


def test_a_two_company_loop_in_the_file_is_refused_naming_both_lines(tmp_path):
    message = import_csv(tmp_path, "Ant,Bee,\nBee,Ant,\n")
    assert "FILE:2: parent 'Bee' would make a loop: Ant → Bee → Ant" in message
    assert "FILE:3: parent 'Ant' would make a loop: Bee → Ant → Bee" in message
    assert not Company.objects.exists()


def test_a_three_company_loop_in_the_file_is_refused(tmp_path):
    message = import_csv(tmp_path, "Ant,Bee,\nBee,Cat,\nCat,Ant,\n")
    loop = "FILE:4: parent 'Ant' would make a loop: Cat → Bee → Ant → Cat (each the parent"
    assert loop in message
    assert not Company.objects.exists()


def test_a_two_company_loop_through_a_stored_tie_is_refused(tmp_path):
    alibaba, aliexpress = make("Alibaba", "AliExpress")
    tie(alibaba, aliexpress)
    message = import_csv(tmp_path, "Alibaba,AliExpress,\n")
    assert "FILE:2: parent 'AliExpress' would make a loop" in message
    assert ties() == {("Alibaba", "AliExpress")}


def test_a_three_company_loop_through_stored_ties_is_refused(tmp_path):
    a, b, c = make("A", "B", "C")
    tie(a, b)
    tie(b, c)
    message = import_csv(tmp_path, "A,C,affiliate\n")
    assert "FILE:2: parent 'C' would make a loop: A → B → C → A" in message
    assert ties() == {("A", "B"), ("B", "C")}


def test_stakes_both_ways_import(tmp_path):
    path = tmp_path / "companies.csv"
    path.write_text("name,parent,relation\nRenault,Nissan,stake\nNissan,Renault,stake\n")
    call_command("import_companies", str(path), verbosity=0)
    assert ties() == {("Renault", "Nissan"), ("Nissan", "Renault")}


def test_a_file_tie_replacing_a_stored_one_is_not_a_loop(tmp_path):
    a, b = make("A", "B")
    tie(a, b)
    path = tmp_path / "companies.csv"
    path.write_text("name,parent,relation\nB,A,affiliate\n")
    call_command("import_companies", str(path), verbosity=0)
    assert CompanyRelation.objects.get().kind == Kind.AFFILIATE


# The admin: a relation row closing a loop is a form error, never a 500 or a write.


def company_form(company: Company | None, *, parents=(), children=()) -> dict:
    data = {
        "name": company.name if company else "New Co",
        "slug": company.slug if company else "new-co",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
        "parent_relations-TOTAL_FORMS": str(len(parents)),
        "parent_relations-INITIAL_FORMS": "0",
        "child_relations-TOTAL_FORMS": str(len(children)),
        "child_relations-INITIAL_FORMS": "0",
        "logo-TOTAL_FORMS": "0",
        "logo-INITIAL_FORMS": "0",
    }
    if company is not None:
        data["displayed_version"] = str(company.version)
    for n, parent in enumerate(parents):
        data[f"parent_relations-{n}-parent"] = str(parent.pk)
        data[f"parent_relations-{n}-kind"] = Kind.SUBSIDIARY
    for n, child in enumerate(children):
        data[f"child_relations-{n}-child"] = str(child.pk)
        data[f"child_relations-{n}-kind"] = Kind.SUBSIDIARY
    return data


def change(client, company: Company, **rows):
    url = reverse("admin:companies_company_change", args=[company.pk])
    return client.post(url, company_form(company, **rows))


def test_the_admin_refuses_a_parent_that_closes_a_loop_with_stored_ties(editor_client):
    a, b, c = make("A", "B", "C")
    tie(a, b)
    tie(b, c)
    response = change(editor_client, a, parents=[c])
    assert response.status_code == 200
    assert "A → B → C → A" in response.content.decode()
    assert ties() == {("A", "B"), ("B", "C")}


def test_the_admin_refuses_a_subsidiary_that_closes_a_loop_with_stored_ties(editor_client):
    a, b = make("A", "B")
    tie(a, b)
    response = change(editor_client, b, children=[a])
    assert response.status_code == 200
    assert "loop of parents" in response.content.decode()
    assert ties() == {("A", "B")}


def test_the_admin_refuses_the_same_company_as_parent_and_subsidiary_in_one_form(
    editor_client,
):
    a, b = make("A", "B")
    response = change(editor_client, a, parents=[b], children=[b])
    assert response.status_code == 200
    assert "These relations would make a loop of parents" in response.content.decode()
    assert not CompanyRelation.objects.exists()


def test_the_admin_refuses_a_loop_on_a_new_company(editor_client):
    (b,) = make("B")
    url = reverse("admin:companies_company_add")
    response = editor_client.post(url, company_form(None, parents=[b], children=[b]))
    assert response.status_code == 200
    assert "New Co → B → New Co" in response.content.decode()
    assert not Company.objects.filter(name="New Co").exists()


def test_the_admin_saves_relations_without_a_loop(editor_client):
    a, b, c = make("A", "B", "C")
    response = change(editor_client, b, parents=[a], children=[c])
    assert response.status_code == 302
    assert ties() == {("A", "B"), ("B", "C")}


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_saves_closing_a_loop_do_not_both_succeed():
    if connection.vendor == "sqlite":
        # The in-memory test database's shared cache locks tables without waiting; a file
        # database (what runs) takes one writer at a time (IMMEDIATE transactions).
        pytest.skip("needs a database that waits for row locks")
    a, b = make("A", "B")
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def save(parent: Company, child: Company) -> None:
        try:
            relation = CompanyRelation(parent=parent, child=child)
            barrier.wait(timeout=10)
            relation.save()
            outcomes.append("saved")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=pair) for pair in [(a, b), (b, a)]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused", "saved"]
    assert CompanyRelation.objects.count() == 1
