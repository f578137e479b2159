"""The committee's workspace under /namnd/ (docs/committee.md)."""

from __future__ import annotations

from django.urls import path, re_path

from iub.web.committee import guard_words, units, views

app_name = "committee"

_D = "utkast/<int:pk>/"
_I = _D + "insats/<slug:iid>/"

urlpatterns = [
    path("", views.home, name="home"),
    path("importera/", views.import_upload_view, name="import"),
    path("importera/granska/", views.import_preview, name="import_preview"),
    path("enheter/", units.units, name="units"),
    path("enheter/<int:pk>/", units.unit_edit, name="unit_edit"),
    path("inte-namn/", guard_words.guard_words, name="guard_words"),
    path("inte-namn/<int:pk>/ta-bort/", guard_words.guard_word_delete, name="guard_word_delete"),
    path(_D, views.draft_detail, name="draft"),
    path(_D + "forteckning/", views.catalog_edit, name="catalog_edit"),
    path(_D + "uppgifter/", views.facts_edit, name="facts_edit"),
    path(_D + "ny-insats/", views.intervention_new, name="intervention_new"),
    path(_I, views.intervention_edit, name="intervention_edit"),
    path(_I + "ta-bort/", views.intervention_delete, name="intervention_delete"),
    path(_I + "villkor/ny/", views.condition_edit, name="condition_new"),
    re_path(
        r"^utkast/(?P<pk>\d+)/insats/(?P<iid>[-a-z0-9]+)/villkor/(?P<path>\d+(?:\.\d+)*)/$",
        views.condition_edit,
        name="condition_edit",
    ),
    re_path(
        r"^utkast/(?P<pk>\d+)/insats/(?P<iid>[-a-z0-9]+)/villkor/(?P<path>\d+(?:\.\d+)*)/ta-bort/$",
        views.condition_delete,
        name="condition_delete",
    ),
    path(_D + "beslut/", views.decide, name="decide"),
    re_path(
        r"^utkast/(?P<pk>\d+)/(?P<action>publicera|atergor|kassera)/$",
        views.transition,
        name="transition",
    ),
    re_path(
        r"^utkast/(?P<pk>\d+)/riktlinjer\.(?P<fmt>html|docx|pdf)$",
        views.draft_print,
        name="draft_print",
    ),
    path("<slug:stem>/", views.catalog_detail, name="catalog"),
    path("<slug:stem>/nytt-utkast/", views.draft_from_version, name="draft_from_version"),
    path("<slug:stem>/jamfor/", views.diff, name="diff"),
    re_path(
        r"^(?P<stem>[-a-z0-9_]+)/version/(?P<number>\d+)/riktlinjer\.(?P<fmt>html|docx|pdf)$",
        views.version_print,
        name="version_print",
    ),
]
