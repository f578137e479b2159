"""Follow-up pages under /uppfoljning/ (committee and analysts)."""

from __future__ import annotations

from django.urls import path

from iub.web.followup import survey_views, views

app_name = "followup"

_AT = "<slug:stem>/<int:year>/"

urlpatterns = [
    path("", views.home, name="home"),
    path("<slug:stem>/enkater/", survey_views.survey_list, name="survey_list"),
    path(
        "<slug:stem>/enkater/<slug:intervention>/",
        survey_views.survey_edit,
        name="survey_edit",
    ),
    path(
        "<slug:stem>/enkater/<slug:intervention>/omgang/<int:pk>/",
        survey_views.survey_round_page,
        name="survey_round",
    ),
    path(
        "<slug:stem>/enkater/<slug:intervention>/omgang/<int:pk>/stang/",
        survey_views.round_close,
        name="survey_round_close",
    ),
    path(
        "<slug:stem>/enkater/<slug:intervention>/omgang/<int:pk>/svarskoder.pdf",
        survey_views.round_codes,
        name="survey_round_codes",
    ),
    path(_AT, views.catalog_year, name="catalog_year"),
    path(_AT + "figurer.csv", views.download_csv, name="csv"),
    path(_AT + "figurer.xlsx", views.download_xlsx, name="xlsx"),
    path(_AT + "rapport.pdf", views.report, {"fmt": "pdf"}, name="report_pdf"),
    path(_AT + "rapport.html", views.report, {"fmt": "html"}, name="report_html"),
    path(_AT + "<slug:intervention>/", views.intervention_year, name="intervention"),
]
