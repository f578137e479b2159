"""URL routing, split by audience: the API, then the public pages (Swedish and /en/).

Staff (``/personal/``) and committee (``/namnd/``) pages will be included here, before the
public catch-all ``/<catalog>/``; their names are reserved in ``catalog.services``.
"""

from __future__ import annotations

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from iub.web.catalog.urls.public import first as public_first
from iub.web.common.views import healthz, robots_txt
from iub.web.config.api import api
from iub.web.followup import survey_views

handler400 = "iub.web.common.views.bad_request"
handler403 = "iub.web.accounts.views.forbidden"
handler404 = "iub.web.common.views.not_found"
handler500 = "iub.web.common.views.server_error"

urlpatterns = [
    path("api/", api.urls),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # The self-check's answer, the costliest public request, found before the staff side (no
    # other pattern can match its paths: see catalog.urls.public.first).
    *public_first,
    # Staff side (Swedish only): log-in, the site administration and the provider's desk.
    path("personal/admin/", admin.site.urls),
    path("personal/", include("iub.web.accounts.urls")),
    path("personal/", include("iub.web.desk.urls")),
    # Follow-up for the committee and analysts (docs/followup.md).
    path("uppfoljning/", include("iub.web.followup.urls")),
    # The committee's workspace: catalogs, drafts, decisions and publishing (docs/committee.md).
    path("namnd/", include("iub.web.committee.urls")),
    # Anonymous user surveys: the resident's page, no log-in (docs/followup.md).
    path("enkat/<str:token>/", survey_views.answer, name="survey_answer"),
]

urlpatterns += i18n_patterns(
    path("", include("iub.web.catalog.urls.public")),
    prefix_default_language=False,
)
