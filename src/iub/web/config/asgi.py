"""ASGI entry point (unused today; kept so a later move to an ASGI server is one line)."""

from __future__ import annotations

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iub.web.config.settings.base")

application = get_asgi_application()
