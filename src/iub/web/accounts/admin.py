"""The site administration for administrators: units, what they carry, and staff."""

from __future__ import annotations

from django.contrib import admin

from iub.web.accounts.models import StaffProfile, Unit, UnitIntervention


class UnitInterventionInline(admin.TabularInline[UnitIntervention, Unit]):
    model = UnitIntervention
    extra = 1


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin[Unit]):
    list_display = ("name", "stem", "kind", "phone", "email")
    list_filter = ("stem", "kind")
    fieldsets = (
        (None, {"fields": ("stem", "slug", "name", "kind", "acts_for")}),
        (
            "Kontaktuppgifter (visas för invånarna)",
            {"fields": ("address", "phone", "email", "opening_hours", "web")},
        ),
        ("Huvudräkning", {"fields": ("counting_rule", "counting_note")}),
    )
    filter_horizontal = ("acts_for",)
    inlines = (UnitInterventionInline,)


@admin.register(StaffProfile)
class StaffProfileAdmin(admin.ModelAdmin[StaffProfile]):
    list_display = ("user", "role")
    list_filter = ("role",)
    filter_horizontal = ("units",)
