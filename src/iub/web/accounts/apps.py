from __future__ import annotations

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "iub.web.accounts"
    label = "accounts"
    verbose_name = "Personal och enheter"

    def ready(self) -> None:
        from iub.web.accounts import checks  # noqa: F401  (registers the system checks)
        from iub.web.accounts.directory import UnitDirectory
        from iub.web.catalog import where

        where.register(UnitDirectory())  # the public pages' view of the units
