"""The deal admin, with the status events that tie a deal to the stories reporting it.

The deals app knows nothing of stories, so its admin is extended here, on top.
"""

from django.contrib import admin

from deals.admin import DealAdmin
from deals.models import Deal

from ..models import DealEvent
from .presence import PresenceAdminMixin


class DealEventInline(admin.TabularInline):
    model = DealEvent
    extra = 1
    autocomplete_fields = ["article"]


admin.site.unregister(Deal)


@admin.register(Deal)
class DealWithEventsAdmin(PresenceAdminMixin, DealAdmin):
    inlines = [*DealAdmin.inlines, DealEventInline]
