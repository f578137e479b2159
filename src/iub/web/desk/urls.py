"""The provider's desk under /personal/."""

from __future__ import annotations

from django.urls import path

from iub.web.desk import note_views, views

app_name = "desk"

_AT = "<slug:stem>/<slug:unit>/<slug:intervention>/"

urlpatterns = [
    path("", views.home, name="home"),
    path("integritet/", note_views.privacy_review, name="privacy_review"),
    path(_AT, views.place_detail, name="place"),
    path(_AT + "kontroll/", views.check, name="check"),
    path(_AT + "kontroll/<int:pk>/", views.check_detail, name="check_detail"),
    path(_AT + "kontroll/<int:pk>/information/", views.check_information, name="check_information"),
    path(_AT + "besok/ny/", views.visit_new, name="visit_new"),
    path(_AT + "deltagande/ny/", views.participation_new, name="participation_new"),
    path(_AT + "deltagande/anonym/<int:pk>/avsluta/", views.anonymous_end, name="anonymous_end"),
    path(_AT + "deltagande/<int:pk>/", views.participation_detail, name="participation"),
    path(
        _AT + "deltagande/<int:pk>/handelse/", views.participation_event, name="participation_event"
    ),
    path(_AT + "deltagande/<int:pk>/avsluta/", views.participation_end, name="participation_end"),
    path(
        _AT + "deltagande/<int:pk>/export.json",
        views.participation_export,
        name="participation_export",
    ),
    path(_AT + "huvudrakning/", views.head_count, name="head_count"),
    path(_AT + "anteckning/<slug:kind>/<int:pk>/", note_views.note_edit, name="note_edit"),
]
