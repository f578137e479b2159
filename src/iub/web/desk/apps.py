from __future__ import annotations

from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "iub.web.desk"
    label = "desk"
    verbose_name = "Utförarens disk"

    def ready(self) -> None:
        """Tell the audit app which desk records its chain must account for."""
        from iub.web.audit.registry import AuditedRecords, register_audited
        from iub.web.desk.content import CONTENT_TYPES, content_digests
        from iub.web.desk.selectors import expected_audit_writes

        register_audited(AuditedRecords(CONTENT_TYPES, expected_audit_writes, content_digests))
