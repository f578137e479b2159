"""The site administration for administrators: units, what they carry, and staff."""

from __future__ import annotations

from django.contrib import admin

from iub.web.accounts.models import StaffProfile, Unit, UnitIntervention


class UnitInterventionInline(admin.TabularInline):  # type: ignore[type-arg]
    model = UnitIntervention
    extra = 1


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "stem", "kind")
    list_filter = ("stem", "kind")
    filter_horizontal = ("acts_for",)
    inlines = (UnitInterventionInline,)


@admin.register(StaffProfile)
class StaffProfileAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "role")
    list_filter = ("role",)
    filter_horizontal = ("units",)
