"""What every command shares: reading inputs, printing JSON, turning IubError into exit 1."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

import typer

from iub.errors import CatalogLoadError, IubError

__all__ = ["OutputFormat", "fail", "handle_errors", "parse_day", "print_json", "read_json"]


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def fail(message: str, *, code: int = 1) -> NoReturn:
    """Print a one-line (or multi-line) error on stderr and exit, never with a traceback."""
    typer.echo(f"iub: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def handle_errors() -> Iterator[None]:
    """Map the core's errors to a clear message and exit status 1."""
    try:
        yield
    except CatalogLoadError as exc:
        fail(f"invalid catalog:\n{exc}")
    except IubError as exc:
        fail(str(exc))


def parse_day(value: str | None) -> dt.date:
    """A ``--today YYYY-MM-DD`` option's day; today when not given."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date; give YYYY-MM-DD, e.g. 2026-11-26", param_hint="--today"
        ) from None


def read_json(source: str, *, what: str) -> Any:
    """JSON from a file, or from stdin for ``-``; a clear error for anything else."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {what} {source!r}: {exc}")
    try:
        return json.loads(text.removeprefix("\ufeff"))  # a BOM from Windows editors, on stdin too
    except json.JSONDecodeError as exc:
        fail(f"{what} {source!r} is not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
