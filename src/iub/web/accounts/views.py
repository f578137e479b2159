"""Log-in and log-out of staff; everything else on the staff side is in the desk app."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render, resolve_url
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters

__all__ = ["StaffLoginView", "StaffLogoutView", "forbidden", "locked_out"]

_PASSWORDS_OFF = "Inloggning med lösenord är avstängd här. Logga in med kommunens inloggning."


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

    def get_default_redirect_url(self) -> str:
        """Committee staff land in their workspace (/namnd/); everyone else at the desk."""
        from iub.web.accounts.models import StaffProfile
        from iub.web.accounts.selectors import staff_profile

        profile = staff_profile(self.request.user)
        if profile is not None and profile.role == StaffProfile.Role.COMMITTEE:
            return resolve_url("committee:home")
        return super().get_default_redirect_url()

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context["use_oidc"] = getattr(settings, "IUB_USE_OIDC", False)
        context["oidc_only"] = getattr(settings, "IUB_OIDC_ONLY", False)
        return context

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        """In OIDC-only mode a password is never checked: the form says so (403)."""
        if getattr(settings, "IUB_OIDC_ONLY", False):
            form = self.get_form()
            form.errors.clear()
            form.add_error(None, _PASSWORDS_OFF)
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 403
            return response
        return super().post(request, *args, **kwargs)


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


def locked_out(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, object] | None = None,
) -> HttpResponse:
    """429 in Swedish after too many wrong passwords (django-axes' lock-out response).

    The log-in page again, with the lock-out said at the top and an empty form.
    """
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(
        request,
        "accounts/login.html",
        {
            "form": StaffAuthenticationForm(request),
            "use_oidc": getattr(settings, "IUB_USE_OIDC", False),
            "oidc_only": getattr(settings, "IUB_OIDC_ONLY", False),
            "locked": f"Inloggningen är spärrad i {minutes} minuter efter för många felaktiga "
            "lösenord, även med rätt lösenord. Försök igen senare, eller kontakta "
            "administratören om du har glömt ditt lösenord.",
        },
        status=429,
    )
    response["Retry-After"] = str(minutes * 60)
    return response
