"""Staff log-in through the municipality's OpenID Connect provider (``IUB_USE_OIDC``).

A user who signs in for the first time gets an account with no role and no unit: the
municipality's administrator binds it to units. Usernames come from the e-mail claim.
"""

from __future__ import annotations

from typing import Any

from mozilla_django_oidc.auth import OIDCAuthenticationBackend


class StaffOIDCBackend(OIDCAuthenticationBackend):  # type: ignore[misc]
    """mozilla-django-oidc with usernames from the e-mail claim and no role by default."""

    def create_user(self, claims: dict[str, Any]) -> Any:
        email = claims.get("email", "")
        return self.UserModel.objects.create_user(username=email, email=email)
