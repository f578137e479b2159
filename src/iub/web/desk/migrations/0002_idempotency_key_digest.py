"""Store idempotency keys as SHA-256 of ``user:key`` (64 hex digits) instead of ``user:key``.

The old form overflowed the 64-character column for keys of 62–64 characters. Existing rows
are rewritten to the new form, so that a retry that spans the upgrade still finds its record.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.db import migrations

_MODELS = (
    "CheckRecord",
    "Visit",
    "AnonymousParticipation",
    "HeadCount",
    "Participation",
    "ParticipationEvent",
)


def _digest(apps: Any, schema_editor: Any) -> None:
    for name in _MODELS:
        model = apps.get_model("desk", name)
        for row in model.objects.filter(idempotency_key__contains=":").only("pk", "idempotency_key"):
            row.idempotency_key = hashlib.sha256(row.idempotency_key.encode()).hexdigest()
            row.save(update_fields=["idempotency_key"])


class Migration(migrations.Migration):
    dependencies = [("desk", "0001_initial")]

    operations = [migrations.RunPython(_digest, migrations.RunPython.noop)]
