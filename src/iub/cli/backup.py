"""``iub backup FILE`` and ``iub restore FILE``: the site's database, online, proven identical.

Both read the site's settings (``DATABASE_URL`` for PostgreSQL, else the embedded SQLite
under ``var/``). ``backup`` writes ``FILE`` and ``FILE.manifest.json`` (row counts and
checksums per table) and prints a summary; ``restore`` checks the file against its manifest,
restores it, and exits 1 unless the restored database is identical. docs/operations.md.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from iub.cli._common import fail, print_json

__all__ = ["register"]


def register(parent: typer.Typer) -> None:
    """Add ``iub backup`` and ``iub restore`` to the top-level command."""
    parent.command("backup")(backup)
    parent.command("restore")(restore)


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iub.web.config.settings.base")
    import django

    django.setup()


def backup(
    file: Annotated[Path, typer.Argument(help="Where to write the backup.", dir_okay=False)],
) -> None:
    """Back the site's database up while it runs (SQLite backup API, or pg_dump)."""
    _setup()
    from django.db import DatabaseError

    from iub.web.operations.backup import BackupError
    from iub.web.operations.backup import backup as run_backup

    try:
        result = run_backup(file)
    except BackupError as exc:
        fail(str(exc))
    except (DatabaseError, OSError) as exc:
        fail(f"backup failed: {str(exc).strip().splitlines()[0] if str(exc).strip() else exc!r}")
    print_json(
        {
            "file": str(result.path),
            "manifest": str(result.manifest),
            "engine": result.engine,
            "tables": len(result.tables),
            "rows": result.rows,
        }
    )


def restore(
    file: Annotated[Path, typer.Argument(help="The backup file (its manifest beside it).")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Overwrite a database that has tables.")
    ] = False,
) -> None:
    """Restore a backup into the site's database; exit 1 unless it is identical."""
    _setup()
    from django.db import DatabaseError

    from iub.web.operations.backup import BackupError
    from iub.web.operations.backup import restore as run_restore

    try:
        result = run_restore(file, replace=replace)
    except BackupError as exc:
        fail(str(exc))
    except (DatabaseError, OSError) as exc:
        fail(f"restore failed: {str(exc).strip().splitlines()[0] if str(exc).strip() else exc!r}")
    print_json(
        {
            "file": str(result.path),
            "engine": result.engine,
            "tables": len(result.tables),
            "rows": result.rows,
            "identical": result.identical,
            "differing": result.differing,
        }
    )
    if not result.identical:
        raise typer.Exit(1)
