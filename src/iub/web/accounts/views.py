"""Log-in and log-out of staff; everything else on the staff side is in the desk app."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters

__all__ = ["StaffLoginView", "StaffLogoutView", "forbidden"]


class StaffAuthenticationForm(AuthenticationForm):
    """Django's log-in form with Swedish messages."""

    error_messages = {  # noqa: RUF012
        "invalid_login": "Fel användarnamn eller lösenord. Försök igen.",
        "inactive": "Kontot är inte aktivt. Kontakta administratören.",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Användarnamn"
        self.fields["password"].label = "Lösenord"
        for field in self.fields.values():
            field.widget.attrs["class"] = "ds-input"
            field.error_messages["required"] = "Fyll i fältet."


@method_decorator(sensitive_post_parameters("password"), name="dispatch")
class StaffLoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = StaffAuthenticationForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context["use_oidc"] = getattr(settings, "IUB_USE_OIDC", False)
        return context


class StaffLogoutView(auth_views.LogoutView):
    """Log-out by POST (a link cannot log anyone out)."""


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """403 in Swedish: nothing outside one's own units is readable or writable."""
    return render(
        request,
        "common/error.html",
        {
            "status": 403,
            "title": "Åtkomst nekad",
            "message": "Du har inte behörighet till den här sidan eller uppgiften. "
            "Personal ser bara de enheter och insatser de arbetar med. Inget sparades.",
        },
        status=403,
    )
