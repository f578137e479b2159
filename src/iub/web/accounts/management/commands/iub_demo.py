"""``manage.py iub_demo``: units for the published catalogs and a demo account per unit."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from iub.web.accounts.services import DEMO_PASSWORD, staff_seed_demo
from iub.web.catalog import selectors


class Command(BaseCommand):
    help = "Create the units of every published catalog and one demo account per unit."

    def handle(self, *args: Any, **options: Any) -> None:
        versions = selectors.catalog_versions_latest()
        if not versions:
            self.stderr.write("No published catalog: run `iub serve --load-only` first.")
            return
        catalogs = [(v.stem, selectors.catalog_of(v)) for v in versions]
        for user in staff_seed_demo(catalogs):
            units = ", ".join(user.units) or "-"
            self.stdout.write(f"{user.username:45} {user.role:10} {units}")
        self.stdout.write(f"\nLösenord för alla demokonton: {DEMO_PASSWORD}")
        self.stdout.write("Logga in på http://127.0.0.1:8000/personal/logga-in/")
