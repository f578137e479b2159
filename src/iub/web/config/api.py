"""The django-ninja root: OpenAPI at /api/openapi.json, self-hosted docs at /api/docs."""

from __future__ import annotations

from ninja import NinjaAPI

from iub import __version__
from iub.web.catalog.api import router as catalog_router
from iub.web.common.problems import install_problem_handlers
from iub.web.desk.api import router as desk_router

api = NinjaAPI(
    title="IUB",
    version=__version__,
    description=(
        "Insatser utan individuell behovsprövning (socialtjänstlagen 2025:400): published "
        "catalogs and the summary check. Errors are problem details (RFC 9457)."
    ),
    openapi_url="/openapi.json",
    docs_url="/docs",
    urls_namespace="api",
)
install_problem_handlers(api)
api.add_router("/", catalog_router)
api.add_router("/", desk_router)  # staff: /api/personal/…, session log-in
