from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core import checks


class FollowupConfig(AppConfig):
    name = "iub.web.followup"
    label = "followup"
    verbose_name = "Uppföljning"

    def ready(self) -> None:
        checks.register(thresholds_check)


def thresholds_check(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """Refuse to start with a disclosure threshold that is not a whole number of at least 3."""
    from iub.followup.disclosure import Policy, ThresholdError

    errors: list[checks.CheckMessage] = []
    for stem, value in getattr(settings, "IUB_FOLLOWUP_THRESHOLDS", {}).items():
        try:
            Policy(int(value))
        except (ValueError, ThresholdError) as exc:
            reason = str(exc) if isinstance(exc, ThresholdError) else f"{value!r} är inget heltal"
            errors.append(
                checks.Error(
                    f"IUB_FOLLOWUP_THRESHOLDS: {stem}={value}: {reason}",
                    id="followup.E001",
                )
            )
    return errors
