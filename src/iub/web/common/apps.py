from __future__ import annotations

from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "iub.web.common"
    label = "common"
    verbose_name = "IUB common"
