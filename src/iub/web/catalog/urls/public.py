"""Public pages: no login, no cookie but CSRF's, Swedish at the root and English under /en/."""

from __future__ import annotations

from django.urls import path, register_converter

from iub.web.catalog import statements, views

app_name = "catalog"


class StemConverter:
    """A catalog's file stem: lower-case slug (the reserved site segments never match)."""

    regex = "[a-z0-9]+(?:[-_][a-z0-9]+)*"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(StemConverter, "stem")

urlpatterns = [
    path("", views.municipalities, name="municipalities"),
    path("tillganglighet/", statements.accessibility, name="accessibility"),
    path("personuppgifter/", statements.personal_data, name="personal_data"),
    path("<stem:stem>/", views.catalog_detail, name="catalog"),
    path("<stem:stem>/<slug:intervention_id>/", views.intervention_detail, name="intervention"),
    path(
        "<stem:stem>/<slug:intervention_id>/passar-det-har-mig/",
        views.selfcheck,
        name="selfcheck",
    ),
]
