"""Settings of the desk (the provider's staff pages), imported at the end of base.py."""

from __future__ import annotations

# Staff land on their desk after logging in.
LOGIN_REDIRECT_URL = "desk:home"
