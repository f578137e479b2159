from __future__ import annotations

from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "iub.web.catalog"
    label = "catalog"
    verbose_name = "IUB catalog"
