"""The ``iub`` command: one Typer application over the whole package.

Each command group lives in its own module with a ``register(app)`` function; heavy imports
(Django, WeasyPrint) stay inside the command functions so that ``iub eligible`` starts fast.
"""

from __future__ import annotations

import importlib

import typer

__all__ = ["app", "main"]

app = typer.Typer(
    name="iub",
    help="IUB: insatser utan individuell behovsprövning (socialtjänstlagen 2025:400).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules, in the order `iub --help` lists them.
_COMMANDS = ("catalog", "eligibility", "lint", "guard", "importer", "serve", "audit")

for _name in _COMMANDS:
    try:
        _module = importlib.import_module(f"iub.cli.{_name}")
    except ModuleNotFoundError as exc:  # a command group not yet built in this checkout
        if exc.name != f"iub.cli.{_name}":
            raise
        continue
    _module.register(app)


def main() -> None:
    """Entry point of the ``iub`` console script."""
    app()
