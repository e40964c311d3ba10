"""The company admin with “also editing now” (see `presence.py`).

The companies app knows nothing of the stories app, where presence is kept, so its admin
(as the pictures app extends it, with the logo) is extended here, on top.
"""

from django.contrib import admin

from companies.models import Company
from images.admin import CompanyWithLogoAdmin

from .presence import PresenceAdminMixin

admin.site.unregister(Company)


@admin.register(Company)
class CompanyWithPresenceAdmin(PresenceAdminMixin, CompanyWithLogoAdmin):
    pass
