"""The audit trail in the site administration: readable by administrators, never editable."""

from __future__ import annotations

from typing import Any

from django.contrib import admin

from iub.web.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("seq", "at", "actor", "action", "object_type", "object_id", "unit", "purpose")
    list_filter = ("action", "object_type")

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False
