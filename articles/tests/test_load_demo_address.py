"""`load_demo` prints the address `make demo` actually serves (HOST and PORT)."""

from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import call_command

from articles.management.commands import load_demo


@pytest.fixture(autouse=True)
def no_load(monkeypatch):
    report = SimpleNamespace(created=0, updated=0, accounts={"editor": "pw"})
    monkeypatch.setattr(load_demo, "demo_load", lambda **kw: report)


def run() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_prints_the_address_from_host_and_port(monkeypatch):
    monkeypatch.setenv("HOST", "0.0.0.0")
    monkeypatch.setenv("PORT", "8080")
    assert "http://0.0.0.0:8080/admin/" in run()


def test_defaults_to_localhost_8000(monkeypatch):
    monkeypatch.delenv("HOST", raising=False)
    monkeypatch.delenv("PORT", raising=False)
    assert "http://127.0.0.1:8000/" in run()
