"""The audit trail of every read and write of data documented in full (14 kap. 3 §).

Append-only: a saved entry is never updated and never deleted through the ORM, and each entry
is chained to the one before by a keyed hash (:mod:`iub.followup` computes it). The head row
keeps the last sequence number and digest, with their HMAC, so that a deleted tail is found
too and the head cannot be rewound without the key. ``iub audit verify`` also checks that
every write of a record documented in full has its entry (a wiped log is found), and that
each such record still matches the content digest of its last logged write (docs/audit.md).
"""

from __future__ import annotations

from typing import Any

from django.db import models


class AppendOnly(models.QuerySet["AuditEntry"]):
    """A queryset that refuses bulk updates and deletes."""

    def update(self, **kwargs: Any) -> int:
        raise PermissionError("the audit trail is append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("the audit trail is append-only")


class AuditEntry(models.Model):
    """Who did what to which record, when and why."""

    seq = models.PositiveBigIntegerField(unique=True)
    at = models.DateTimeField()
    actor = models.CharField(max_length=150, help_text="Username of the staff member.")
    action = models.CharField(max_length=20, help_text="read | write | export")
    object_type = models.CharField(max_length=50)
    object_id = models.CharField(max_length=50)
    unit = models.CharField(max_length=200, help_text="stem/unit slug.")
    purpose = models.CharField(max_length=200, help_text="Why: the task the staff member did.")
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)
    content = models.CharField(
        max_length=64,
        blank=True,
        default="",
        help_text="Keyed digest of the record as written (writes of full records only).",
    )

    objects = AppendOnly.as_manager()

    class Meta:
        ordering = ("seq",)
        verbose_name = "granskningspost"
        verbose_name_plural = "granskningsposter"

    def __str__(self) -> str:
        return f"#{self.seq} {self.actor} {self.action} {self.object_type} {self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise PermissionError("the audit trail is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionError("the audit trail is append-only")


class AuditHead(models.Model):
    """The last entry's sequence number and digest, and their HMAC (one row)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64)
    mac = models.CharField(max_length=64, default="", help_text="HMAC of seq and hash.")
