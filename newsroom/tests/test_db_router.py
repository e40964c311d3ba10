"""Which database each read and write goes to: decided without a database."""

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import MiddlewareNotUsed
from django.db import connections
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from articles.models import Article
from newsroom import db_router
from newsroom.middleware import PIN_COOKIE, ReplicaMiddleware, is_reader_request

router = db_router.PrimaryReplicaRouter()
REPLICAS = override_settings(REPLICA_DATABASES=["replica1", "replica2"])


@pytest.fixture
def outside_transaction(monkeypatch):
    monkeypatch.setattr(connections["default"], "in_atomic_block", False)


@pytest.fixture
def in_transaction(monkeypatch):
    monkeypatch.setattr(connections["default"], "in_atomic_block", True)


class Row:
    """Stands for a model instance read from `db`."""

    def __init__(self, db):
        self._state = type("State", (), {"db": db})()


def test_reads_go_to_the_primary_outside_a_reader_request(outside_transaction):
    assert router.db_for_read(Article) == "default"


def test_reads_in_a_reader_request_go_to_its_replica(outside_transaction):
    with db_router.reading_from("replica2"):
        assert router.db_for_read(Article) == "replica2"
        assert router.db_for_read(User) == "replica2"
    assert router.db_for_read(Article) == "default"


def test_reads_inside_a_transaction_go_to_the_primary(in_transaction):
    with db_router.reading_from("replica1"):
        assert router.db_for_read(Article) == "default"


def test_primary_block_overrides_a_reader_request(outside_transaction):
    with db_router.reading_from("replica1"), db_router.primary():
        assert router.db_for_read(Article) == "default"


def test_writes_always_go_to_the_primary(outside_transaction):
    with db_router.reading_from("replica1"):
        assert router.db_for_write(Article) == "default"


@REPLICAS
def test_relations_are_allowed_between_the_primary_and_replicas():
    assert router.allow_relation(Row("replica1"), Row("default")) is True
    assert router.allow_relation(Row("replica2"), Row("replica1")) is True
    assert router.allow_relation(Row("replica1"), Row("elsewhere")) is None


def test_migrations_run_on_the_primary_only():
    assert router.allow_migrate("default", "articles") is True
    assert router.allow_migrate("replica1", "articles") is False


@REPLICAS
def test_a_request_reads_from_one_of_the_replicas():
    assert {db_router.pick_replica() for _ in range(50)} == {"replica1", "replica2"}


@override_settings(REPLICA_DATABASES=[])
def test_without_replicas_there_is_none_to_pick():
    assert db_router.pick_replica() is None


# Which requests may read from a replica.

rf = RequestFactory()


def test_an_anonymous_get_of_a_reader_page_may_use_a_replica():
    assert is_reader_request(rf.get("/companies/alibaba/"))
    assert is_reader_request(rf.head("/"))


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_other_methods_use_the_primary(method):
    assert not is_reader_request(getattr(rf, method)("/companies/alibaba/"))


def test_the_admin_uses_the_primary():
    assert not is_reader_request(rf.get("/admin/"))
    assert not is_reader_request(rf.get("/admin/articles/article/"))


def test_a_client_with_a_session_uses_the_primary(settings):
    request = rf.get("/")
    request.COOKIES[settings.SESSION_COOKIE_NAME] = "abc"
    assert not is_reader_request(request)


def test_a_client_pinned_after_a_write_uses_the_primary():
    request = rf.get("/")
    request.COOKIES[PIN_COOKIE] = "1"
    assert not is_reader_request(request)


# The middleware: the window around the view, and the pin.


def _seen_by_view():
    """A view that records where its reads would go."""
    seen = []

    def view(request):
        seen.append(router.db_for_read(Article))
        return HttpResponse("ok")

    return view, seen


@REPLICAS
def test_middleware_serves_a_reader_page_from_a_replica(outside_transaction):
    view, seen = _seen_by_view()
    response = ReplicaMiddleware(view)(rf.get("/"))
    assert seen[0] in ("replica1", "replica2")
    assert PIN_COOKIE not in response.cookies
    # The window closes with the request.
    assert router.db_for_read(Article) == "default"


@REPLICAS
def test_middleware_keeps_an_editor_on_the_primary(outside_transaction, settings):
    view, seen = _seen_by_view()
    request = rf.get("/")
    request.COOKIES[settings.SESSION_COOKIE_NAME] = "abc"
    ReplicaMiddleware(view)(request)
    assert seen == ["default"]


@REPLICAS
def test_a_write_pins_the_client_to_the_primary_for_a_few_seconds(outside_transaction, settings):
    settings.REPLICA_PIN_SECONDS = 7
    view, seen = _seen_by_view()
    response = ReplicaMiddleware(view)(rf.post("/admin/login/"))
    assert seen == ["default"]
    pin = response.cookies[PIN_COOKIE]
    assert pin["max-age"] == 7
    assert pin["httponly"]


@REPLICAS
def test_the_window_closes_when_the_view_fails(outside_transaction):
    def failing(request):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        ReplicaMiddleware(failing)(rf.get("/"))
    assert router.db_for_read(Article) == "default"


@override_settings(REPLICA_DATABASES=[])
def test_without_replicas_the_middleware_removes_itself():
    with pytest.raises(MiddlewareNotUsed):
        ReplicaMiddleware(lambda request: HttpResponse())
