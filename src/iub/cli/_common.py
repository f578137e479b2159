"""What every command shares: reading inputs, printing JSON, turning IubError into exit 1."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
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
        many = len(exc.problems) > 1  # one line per problem; a single problem stays one line
        fail(f"invalid catalog:{chr(10) if many else ' '}{exc}")
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


#: The largest JSON input read (facts are a few hundred bytes; ``/dev/zero`` must end).
MAX_JSON_BYTES = 1024 * 1024


def read_json(source: str, *, what: str) -> Any:
    """JSON from a file, or from stdin for ``-``; a clear one-line error for anything else.

    At most :data:`MAX_JSON_BYTES` are read; nesting too deep for the parser, a number too long
    to convert (Python refuses more than 4,300 digits) and text that is not UTF-8 all end in
    ``fail``, never in a traceback.
    """
    try:
        if source == "-":
            raw = sys.stdin.buffer.read(MAX_JSON_BYTES + 1)
        else:
            with open(source, "rb") as stream:
                raw = stream.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        fail(f"cannot read {what} {source!r}: {exc.strerror or exc}")
    if len(raw) > MAX_JSON_BYTES:
        fail(f"{what} {source!r} is larger than {MAX_JSON_BYTES // 1024} kB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        fail(f"{what} {source!r} is not UTF-8 text (byte {exc.start + 1})")
    try:
        return json.loads(text.removeprefix("\ufeff"))  # a BOM from Windows editors, on stdin too
    except json.JSONDecodeError as exc:
        fail(f"{what} {source!r} is not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
    except RecursionError:
        fail(f"{what} {source!r} is nested too deeply")
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        fail(f"{what} {source!r} cannot be read: {str(exc).split(':')[0]}")


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
