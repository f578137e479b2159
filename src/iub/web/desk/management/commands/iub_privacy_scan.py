"""``manage.py iub_privacy_scan``: no identity in any advice or no_identity record."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from iub.web.desk.privacy import privacy_scan


class Command(BaseCommand):
    help = "Scan records without identity (advice, no_identity) for identity-revealing data."

    def handle(self, *args: Any, **options: Any) -> None:
        report = privacy_scan()
        self.stdout.write(json.dumps({"clean": not report, "findings": report}, ensure_ascii=False))
        if report:
            raise CommandError("identity-revealing data found (kinds and counts above)")
