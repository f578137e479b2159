from __future__ import annotations

from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "iub.web.desk"
    label = "desk"
    verbose_name = "Utförarens disk"
