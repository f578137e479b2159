"""The head's HMAC, so that rewinding the head to an earlier entry needs the key."""

from __future__ import annotations

from typing import Any

from django.db import migrations, models


def _sign_head(apps: Any, schema_editor: Any) -> None:
    from iub.followup import head_digest
    from iub.web.audit.keys import derived_key

    head_model = apps.get_model("audit", "AuditHead")
    for head in head_model.objects.all():
        head.mac = head_digest(derived_key("audit"), head.seq, head.hash)
        head.save(update_fields=["mac"])


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="audithead",
            name="mac",
            field=models.CharField(default="", help_text="HMAC of seq and hash.", max_length=64),
        ),
        migrations.RunPython(_sign_head, migrations.RunPython.noop),
    ]
