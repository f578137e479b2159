"""Public pages: no login, no cookie but CSRF's, Swedish at the root and English under /en/."""

from __future__ import annotations

from django.urls import path, register_converter

from iub.web.catalog import statements, views
from iub.web.catalog.services import RESERVED_STEMS

app_name = "catalog"


class StemConverter:
    """A catalog's file stem: lower-case slug (the reserved site segments never match)."""

    regex = "[a-z0-9]+(?:[-_][a-z0-9]+)*"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class OwnStemConverter(StemConverter):
    """A catalog's stem that is none of the site's own segments (:data:`RESERVED_STEMS`)."""

    regex = "(?!(?:" + "|".join(sorted(RESERVED_STEMS)) + ")/)" + StemConverter.regex


register_converter(StemConverter, "stem")
register_converter(OwnStemConverter, "own_stem")

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

#: The self-check's answer, resolved ahead of every other pattern of the site (config.urls puts
#: these first): resolved through the API's, the staff side's and then the language prefix's
#: resolvers, a public self-check post took 290,000 instructions to find its view against
#: 90,000 for /robots.txt (docs/web.md, "What the self-check answer costs"). A stem that is one
#: of the site's own segments never matches here, so no path reaches another view than through
#: the patterns above; the language comes from the path (LocaleMiddleware) as there. Unnamed:
#: addresses are reversed from ``catalog:selfcheck`` above.
first = [
    path(
        "<own_stem:stem>/<slug:intervention_id>/passar-det-har-mig/",
        views.selfcheck,
    ),
    path(
        "en/<own_stem:stem>/<slug:intervention_id>/passar-det-har-mig/",
        views.selfcheck,
    ),
]
