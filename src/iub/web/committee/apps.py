from __future__ import annotations

from django.apps import AppConfig


class CommitteeConfig(AppConfig):
    name = "iub.web.committee"
    label = "committee"
    verbose_name = "Nämndens arbetsyta"
    default_auto_field = "django.db.models.BigAutoField"
