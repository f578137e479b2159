"""The ``iub`` command: one Typer application over the whole package.

Each command group lives in its own module with a ``register(app)`` function; heavy imports
(Django, WeasyPrint) stay inside the command functions so that ``iub eligible`` starts fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import typer

__all__ = ["COMMANDS", "app", "main", "register_commands"]

app = typer.Typer(
    name="iub",
    help="IUB: insatser utan individuell behovsprövning (socialtjänstlagen 2025:400).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules, in the order `iub --help` lists them.
COMMANDS = (
    "catalog",
    "eligibility",
    "lint",
    "guard",
    "importer",
    "serve",
    "audit",
    "backup",
    "retention",
    "demo",
    "report",
    "national",
    "privacy",
)


def register_commands(target: typer.Typer, names: Sequence[str] = COMMANDS) -> None:
    """Import each command module and add its commands to ``target``.

    A module that is missing or fails to import raises: a broken command makes ``iub`` fail
    loudly instead of silently disappearing from ``iub --help``.
    """
    for name in names:
        importlib.import_module(f"iub.cli.{name}").register(target)


register_commands(app)


def main() -> None:
    """Entry point of the ``iub`` console script."""
    app()
