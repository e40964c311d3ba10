"""Login lockout glue for django-axes: who is asking, what a locked-out client sees.

The limits are settings (settings/security.py: AXES_FAILURE_LIMIT, AXES_COOLOFF_TIME).
An editor lifts a lock by deleting its row in the admin (Axes › Access attempts); the
Editor role holds that right (articles/roles.py).
"""

from datetime import timedelta

from axes.admin import AccessAttemptAdmin
from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

LOCKED_OUT = (
    "Too many failed login attempts for this account or from this address. Logins are "
    "refused, even with the right password, for {wait}. An editor can lift the lock "
    "sooner in the admin (Axes › Access attempts)."
)


class LockoutBackend(AxesStandaloneBackend):
    """Refuses a locked-out login before any password is checked.

    Axes' backend insists on the HTTP request; a call without one (a script, the test
    client's `login()`) cannot be a guess from the network, so it is not counted and
    goes on to ModelBackend.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def client_ip(request: HttpRequest) -> str:
    """The address a lockout is counted against.

    With TRUSTED_PROXY_COUNT proxies in front, each appends the address it saw to
    X-Forwarded-For, so the client is the entry that many places from the right; anything
    further left was written by the client and could be anything.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _wait(cool_off: timedelta | None) -> str:
    if cool_off is None:
        return "now, until an editor lifts the lock"
    minutes = max(1, round(cool_off.total_seconds() / 60))
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def lockout_message(request: HttpRequest | None = None) -> str:
    return LOCKED_OUT.format(wait=_wait(get_cool_off(request)))


def lockout_response(
    request: HttpRequest, original_response=None, credentials=None
) -> HttpResponse:
    """The admin's login page again, saying why and for how long (429 Too Many Requests)."""
    form = AuthenticationForm(request)
    form.cleaned_data = {}  # an error on a form that was never validated (no new attempt)
    form.add_error(None, lockout_message(request))
    context = {
        **admin.site.each_context(request),
        "title": "Log in",
        "subtitle": None,
        "app_path": request.get_full_path(),
        "username": request.user.get_username() if request.user.is_authenticated else "",
        "form": form,
        "locked_out": True,
    }
    response = TemplateResponse(request, "admin/login.html", context, status=429)
    response.render()
    return response


class LockAdmin(AccessAttemptAdmin):
    """Axes' list of locks, with its clean-up action fixed and permission-checked.

    Axes' handler dates the clean-up from `request.axes_attempt_time`, which only its
    login machinery sets: from the admin the stock action fails with a server error.
    Cleaning up deletes rows, so it takes the delete permission, as lifting a lock does.
    """

    @admin.action(description="Clean up expired attempts", permissions=["delete"])
    def cleanup_expired_attempts(self, request, queryset):
        request.axes_attempt_time = timezone.now()
        count = self.handler.clean_expired_user_attempts(request=request)
        self.message_user(request, f"Cleaned up {count} expired access attempts.")


def use_lock_admin(site: admin.AdminSite) -> None:
    """Put LockAdmin in place of axes' own admin for access attempts."""
    if site.is_registered(AccessAttempt):
        site.unregister(AccessAttempt)
    site.register(AccessAttempt, LockAdmin)
