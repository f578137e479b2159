from __future__ import annotations

from django.apps import AppConfig


class CommitteeConfig(AppConfig):
    name = "iub.web.committee"
    label = "committee"
    verbose_name = "Nämndens arbetsyta"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Every save of a draft is one audit entry: ``iub audit verify`` counts them."""
        from iub.web.audit.registry import AuditedRecords, register_audited
        from iub.web.committee.selectors import expected_audit_writes

        register_audited(AuditedRecords(("catalog_draft",), expected_audit_writes))
