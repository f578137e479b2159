"""System checks of the staff side."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, register


@register()
def staff_middleware(app_configs: Any, **kwargs: Any) -> list[Error]:
    """StaffOnlyMiddleware must be installed, or no staff page can log anyone in."""
    if "iub.web.accounts.middleware.StaffOnlyMiddleware" in settings.MIDDLEWARE:
        return []
    return [
        Error(
            "iub.web.accounts.middleware.StaffOnlyMiddleware is not in MIDDLEWARE.",
            id="iub.E101",
        )
    ]
