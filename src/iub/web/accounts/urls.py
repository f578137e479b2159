"""Staff log-in and log-out under /personal/ (and OpenID Connect when it is switched on)."""

from __future__ import annotations

from django.conf import settings
from django.urls import URLPattern, URLResolver, include, path

from iub.web.accounts import views

app_name = "accounts"

urlpatterns: list[URLPattern | URLResolver] = [
    path("logga-in/", views.StaffLoginView.as_view(), name="login"),
    path("logga-ut/", views.StaffLogoutView.as_view(), name="logout"),
]
if getattr(settings, "IUB_USE_OIDC", False):
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))
