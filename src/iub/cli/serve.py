"""``iub serve``: migrate the embedded database, publish the shipped catalogs, serve the site."""

from __future__ import annotations

import os
from typing import Annotated

import typer

__all__ = ["register"]

SHIPPED = ("alingsas", "stockholm")


def register(app: typer.Typer) -> None:
    """Add ``iub serve`` to the CLI."""
    app.command("serve")(serve)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    reload: Annotated[
        bool, typer.Option("--reload/--no-reload", help="Restart when code changes.")
    ] = False,
    load_only: Annotated[
        bool, typer.Option("--load-only", help="Migrate and load catalogs, then exit.")
    ] = False,
) -> None:
    """Serve the web application (public pages, API) on http://HOST:PORT.

    Migrates the SQLite database under var/ (or DATABASE_URL), loads the shipped catalogs as
    published versions (unchanged ones are not loaded twice) and runs Django's server.
    Production runs gunicorn instead: ``gunicorn iub.web.config.wsgi``.
    """
    if not os.environ.get("DJANGO_SETTINGS_MODULE"):
        os.environ["DJANGO_SETTINGS_MODULE"] = "iub.web.config.settings.base"
    import django
    from django.core.management import call_command

    django.setup()
    from iub.catalog import resolve_catalog
    from iub.errors import CatalogLoadError
    from iub.web.catalog.services import catalog_version_load_file

    call_command("migrate", interactive=False, verbosity=0)
    for stem in SHIPPED:
        try:
            resolve_catalog(stem)
        except CatalogLoadError:
            typer.echo(f"catalog {stem!r} is not in this checkout yet; skipped", err=True)
            continue
        # a file already published once is not republished over the committee's later versions
        result = catalog_version_load_file(stem, known_is_unchanged=True)
        state = "published" if result.created else "unchanged"
        typer.echo(f"{stem}: version {result.version.number} ({state})", err=True)
    if load_only:
        return
    typer.echo(f"Serving on http://{host}:{port}/", err=True)
    call_command(
        "runserver", f"{host}:{port}", use_reloader=reload, use_threading=True, skip_checks=False
    )
