"""The API's Swagger UI page: Swedish language tag and colours that meet WCAG 2.1 AA.

django-ninja's own page has no ``lang`` and Swagger UI's grey texts fall below 4.5:1; this
page is the same Swagger UI (self-hosted) with ``lang="sv"`` and a stylesheet that darkens
those texts.
"""

from __future__ import annotations

from ninja.openapi.docs import Swagger

__all__ = ["AccessibleSwagger"]


class AccessibleSwagger(Swagger):
    """Swagger UI from our template: ``<html lang="sv">`` and contrast fixes."""

    template = "common/api_docs.html"
