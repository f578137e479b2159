"""`iub` registers every command group, and a broken one fails loudly instead of vanishing."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import iub.cli
from iub.cli import COMMANDS, app, register_commands

runner = CliRunner()


def test_help_lists_every_command_group() -> None:
    """Each command module's group or command is named in `iub --help`."""
    result = runner.invoke(app, ["--help"])

    assert 0 == result.exit_code
    listed = (
        "catalog",
        "eligible",
        "screen",
        "lint",
        "import",
        "guard",
        "serve",
        "audit",
        "backup",
    )
    listed += ("restore", "retention")
    assert [] == [name for name in listed if name not in result.stdout]


def test_a_missing_command_module_raises() -> None:
    """A command group named but absent is an error, not a silently shorter `iub --help`."""
    with pytest.raises(ModuleNotFoundError):
        register_commands(typer.Typer(), ["no_such_command"])


def test_a_command_module_that_fails_to_import_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command whose own import breaks stops `iub` with that error."""
    (tmp_path / "broken_command.py").write_text("raise ImportError('broken on purpose')\n")
    monkeypatch.setattr(iub.cli, "__path__", [*iub.cli.__path__, str(tmp_path)])

    with pytest.raises(ImportError, match="broken on purpose"):
        register_commands(typer.Typer(), ["broken_command"])


def test_the_command_list_names_only_existing_modules() -> None:
    """Every listed module registers into a fresh application."""
    fresh = typer.Typer()

    register_commands(fresh, COMMANDS)

    assert [] != fresh.registered_commands + fresh.registered_groups
