"""Login lockout (django-axes, newsroom/security.py): wrong passwords for one account or from
one address lock it for a cool-off, the right password included; an editor can lift it."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from articles import roles

from . import factories

LIMIT = 3


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.AXES_FAILURE_LIMIT = LIMIT


@pytest.fixture
def victim(db):
    return factories.staff_user("victim", roles.WRITER)


def log_in(client, username, password, address="127.0.0.1"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=address,
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(client, username, times, address="127.0.0.1"):
    for _ in range(times):
        response = log_in(client, username, "wrong-password", address)
        assert not logged_in(client)
    return response


def test_the_right_password_logs_in_before_the_limit(client, victim):
    fail(client, "victim", LIMIT - 1)
    response = log_in(client, "victim", "pw")
    assert response.status_code == 302
    assert logged_in(client)


def test_after_the_limit_the_right_password_is_refused(client, victim):
    fail(client, "victim", LIMIT)
    response = log_in(client, "victim", "pw")
    assert response.status_code == 429
    assert not logged_in(client)


def test_the_lockout_is_explained_on_the_login_page(client, victim):
    response = fail(client, "victim", LIMIT)
    assert response.status_code == 429
    page = response.content.decode()
    assert 'id="login-form"' in page
    assert "Too many failed login attempts" in page
    assert "30 minutes" in page


def test_an_account_attacked_from_many_addresses_is_locked_everywhere(client, victim):
    for n in range(LIMIT):
        fail(client, "victim", 1, address=f"10.0.0.{n + 1}")
    response = log_in(client, "victim", "pw", address="10.9.9.9")
    assert response.status_code == 429
    assert not logged_in(client)


def test_an_address_trying_many_accounts_is_locked_for_every_account(client, victim):
    for n in range(LIMIT):
        fail(client, f"guess-{n}", 1, address="10.1.1.1")
    assert log_in(client, "victim", "pw", address="10.1.1.1").status_code == 429
    assert not logged_in(client)


def test_a_lock_on_one_address_leaves_other_addresses_and_accounts_alone(client, victim):
    for n in range(LIMIT):
        fail(client, f"guess-{n}", 1, address="10.1.1.1")
    assert log_in(client, "victim", "pw", address="10.2.2.2").status_code == 302
    assert logged_in(client)


def test_the_lock_lifts_after_the_cool_off(client, victim, settings):
    fail(client, "victim", LIMIT)
    # As if the failures were made a cool-off and a minute ago.
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )
    assert log_in(client, "victim", "pw").status_code == 302
    assert logged_in(client)


def test_the_limit_is_a_setting(client, victim, settings):
    settings.AXES_FAILURE_LIMIT = 1
    fail(client, "victim", 1)
    assert log_in(client, "victim", "pw").status_code == 429


def test_a_forwarded_address_is_not_believed_without_a_trusted_proxy(client, victim):
    for n in range(LIMIT):
        client.post(
            reverse("admin:login"),
            {"username": f"guess-{n}", "password": "x"},
            REMOTE_ADDR="10.3.3.3",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        )
    assert log_in(client, "victim", "pw", address="10.3.3.3").status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, victim, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(LIMIT):
        client.post(
            reverse("admin:login"),
            {"username": "someone", "password": "x"},
            REMOTE_ADDR="10.0.0.254",
            HTTP_X_FORWARDED_FOR="spoofed, 198.51.100.7",
        )
    attempt = AccessAttempt.objects.get(username="someone")
    assert attempt.ip_address == "198.51.100.7"


def test_an_editor_sees_the_locks_and_lifts_one(client, victim, editor):
    fail(client, "victim", LIMIT)
    attempt = AccessAttempt.objects.get(username="victim")
    client.force_login(editor)
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 200
    response = client.post(
        reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="victim").exists()


def test_after_an_editor_lifts_the_lock_the_right_password_works(client, victim, editor):
    fail(client, "victim", LIMIT)
    AccessAttempt.objects.filter(username="victim").delete()  # what the editor's delete does
    assert log_in(client, "victim", "pw").status_code == 302
    assert logged_in(client)


def test_a_writer_cannot_see_or_lift_locks(client, victim, writer):
    fail(client, "victim", LIMIT)
    attempt = AccessAttempt.objects.get(username="victim")
    client.force_login(writer)
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403
    response = client.post(
        reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_an_editor_cleans_up_expired_locks_from_the_admin(client, victim, editor, settings):
    fail(client, "victim", LIMIT)
    fail(client, "someone-else", 1, address="10.4.4.4")
    AccessAttempt.objects.filter(username="victim").update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )
    client.force_login(editor)
    response = client.post(
        reverse("admin:axes_accessattempt_changelist"),
        {
            "action": "cleanup_expired_attempts",
            "_selected_action": list(AccessAttempt.objects.values_list("pk", flat=True)),
            "index": 0,
        },
    )
    assert response.status_code == 302
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["someone-else"]


def test_nobody_adds_a_lock_by_hand(editor_client):
    assert editor_client.get(reverse("admin:axes_accessattempt_add")).status_code == 403


def test_the_test_clients_login_still_works(client, victim):
    assert client.login(username="victim", password="pw")
    assert not client.login(username="victim", password="wrong")


def test_locks_do_not_leak_between_tests_part_one(client, victim):
    fail(client, "victim", LIMIT)
    assert AccessAttempt.objects.exists()


def test_locks_do_not_leak_between_tests_part_two(client, victim):
    assert not AccessAttempt.objects.exists()
    assert log_in(client, "victim", "pw").status_code == 302


def test_a_user_without_staff_rights_gets_no_lock_for_a_right_password(client, db):
    get_user_model().objects.create_user("reader", password="pw")
    response = log_in(client, "reader", "pw")
    assert response.status_code == 200  # the admin refuses non-staff, without a lockout
    assert not AccessAttempt.objects.filter(failures_since_start__gte=LIMIT).exists()
