"""Store idempotency keys as SHA-256 of ``user:key`` (64 hex digits) instead of ``user:key``.

The old form overflowed the 64-character column for keys of 62–64 characters. Existing rows
are rewritten to the new form, so that a retry that spans the upgrade still finds its record —
except records documented in full (participations and their events): the audit chain holds a
digest of their content, key included (``desk/content.py``), so rewriting them would make
``iub audit verify`` report every one as edited. Their old keys (``user:key``, never 64 hex
digits) stay as they are and simply match no new request.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.db import migrations

_MODELS = ("CheckRecord", "Visit", "AnonymousParticipation", "HeadCount")


def _digest(apps: Any, schema_editor: Any) -> None:
    for name in _MODELS:
        model = apps.get_model("desk", name)
        for row in model.objects.filter(idempotency_key__contains=":").only("pk", "idempotency_key"):
            row.idempotency_key = hashlib.sha256(row.idempotency_key.encode()).hexdigest()
            row.save(update_fields=["idempotency_key"])


class Migration(migrations.Migration):
    dependencies = [("desk", "0003_note_correct_permission")]

    operations = [migrations.RunPython(_digest, migrations.RunPython.noop)]
