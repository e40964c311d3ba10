"""Production security settings: `check --deploy` has nothing to say, cookies are secure,
and the limits come from the environment (newsroom/settings/prod.py and security.py)."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
    "SECRET_KEY": "Zq8-production-like-key-not-used-anywhere-9f3kL2mX7pR4tV6wY1",
    "ALLOWED_HOSTS": "news.example.com",
}
SETTINGS_MODULES = ("base", "security", "prod")


def test_check_deploy_with_production_settings_prints_no_warning():
    clean = {k: v for k, v in os.environ.items() if k not in PROD_ENV and k != "LOG_LEVEL"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env={**clean, **PROD_ENV},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."


@pytest.fixture
def prod(monkeypatch):
    """newsroom.settings.prod imported afresh under the given environment."""

    def load(**env: str):
        for key, value in {**PROD_ENV, **env}.items():
            monkeypatch.setenv(key, value)
        package = importlib.import_module("newsroom.settings")
        for module in SETTINGS_MODULES:
            monkeypatch.delitem(sys.modules, f"newsroom.settings.{module}", raising=False)
            if hasattr(package, module):
                monkeypatch.delattr(package, module)
        return importlib.import_module("newsroom.settings.prod")

    return load


def test_production_cookies_are_secure_http_only_and_same_site(prod):
    settings = prod()
    assert settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE
    assert settings.SESSION_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE == settings.CSRF_COOKIE_SAMESITE == "Lax"


def test_production_forces_https_with_a_year_of_hsts(prod):
    settings = prod()
    assert settings.SECURE_SSL_REDIRECT
    assert settings.SECURE_HSTS_SECONDS >= 31536000
    assert settings.SECURE_HSTS_INCLUDE_SUBDOMAINS
    assert settings.SECURE_PROXY_SSL_HEADER == ("HTTP_X_FORWARDED_PROTO", "https")


def test_the_https_redirect_and_hsts_come_from_the_environment(prod):
    settings = prod(SECURE_SSL_REDIRECT="0", SECURE_HSTS_SECONDS="3600")
    assert not settings.SECURE_SSL_REDIRECT
    assert settings.SECURE_HSTS_SECONDS == 3600


def test_lockout_limits_come_from_the_environment(prod):
    settings = prod(AXES_FAILURE_LIMIT="7", AXES_COOLOFF_MINUTES="15", TRUSTED_PROXY_COUNT="2")
    assert settings.AXES_FAILURE_LIMIT == 7
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.TRUSTED_PROXY_COUNT == 2


def test_lockout_defaults_are_a_handful_of_tries_and_half_an_hour(prod, monkeypatch):
    for key in ("AXES_FAILURE_LIMIT", "AXES_COOLOFF_MINUTES", "TRUSTED_PROXY_COUNT"):
        monkeypatch.delenv(key, raising=False)
    settings = prod()
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 30 * 60
    assert settings.TRUSTED_PROXY_COUNT == 0
    assert settings.AXES_LOCKOUT_PARAMETERS == ["username", "ip_address"]


def test_pictures_on_another_origin_are_allowed_as_images_only(prod):
    settings = prod(MEDIA_URL="https://media.example.net/newsroom/")
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert "https://media.example.net" in directives["img-src"]
    assert "https://media.example.net" not in directives["script-src"]


def test_a_report_uri_from_the_environment(prod):
    settings = prod(CSP_REPORT_URI="https://reports.example.com/csp")
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert directives["report-uri"] == ["https://reports.example.com/csp"]


def test_session_and_csrf_cookies_carry_the_production_flags(client, editor, settings):
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    client.get(reverse("admin:login"))
    response = client.post(
        reverse("admin:login"),
        {"username": editor.username, "password": "pw", "next": reverse("admin:index")},
    )
    assert response.status_code == 302
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"]
    assert session["samesite"] == "Lax"
    csrf = response.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"]
    assert csrf["samesite"] == "Lax"
