"""``iub guard``: scan notes for identity-revealing data from the command line.

``iub guard scan`` reads a note on standard input and prints every span the identity guard
finds at or above the blocking score (0.5; ``--min-score 0.35`` adds the findings that would
only ask the writer to confirm); with ``--jsonl`` it reads one ``{"text": ...}`` object per
line and prints one result list per line, so that a whole corpus is scanned in one process.
A UTF-8 byte order mark at the start of the input is ignored. Error messages name the line
and the problem, never the text, because the text is what must not leak.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, BinaryIO

import typer

from iub.privacy import BLOCKING, Detection, Guard

__all__ = ["app", "register"]

app = typer.Typer(
    help="Find identity-revealing data (personnummer, names, addresses ...) in Swedish notes.",
    no_args_is_help=True,
)


def register(parent: typer.Typer) -> None:
    """Add ``iub guard`` to the top-level command."""
    parent.add_typer(app, name="guard")


class Format(enum.StrEnum):
    """How findings are printed."""

    json = "json"
    text = "text"


BOM = "\ufeff"
#: The longest input (or JSONL line) scanned: a note is a few kB; ``/dev/zero`` must end.
MAX_INPUT_BYTES = 4 * 1024 * 1024


class _BadLine(Exception):
    """A JSONL line that cannot be scanned; the message never holds the line's text."""

    def __init__(self, number: int, problem: str) -> None:
        super().__init__(f"line {number}: {problem}")


def _read_allow_file(path: Path) -> list[str]:
    """Return the phrases of an allow-list file: one a line, ``#`` starts a comment."""
    try:
        with open(path, "rb") as stream:
            lines = _decode(stream.read(MAX_INPUT_BYTES), first=True).splitlines()
    except OSError as exc:
        typer.echo(f"iub guard scan: cannot read {path}: {exc.strerror or exc}", err=True)
        raise typer.Exit(code=1) from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _catalog_allow(name_or_path: str) -> frozenset[str]:
    """Return the allow-list of a catalog file or shipped catalog, or exit 1 with the reason."""
    from iub.catalog import load_catalog
    from iub.errors import IubError
    from iub.followup import catalog_allow_list

    try:
        return catalog_allow_list(load_catalog(name_or_path))
    except IubError as error:
        typer.echo(f"iub guard scan: cannot use catalog {name_or_path}: {error}", err=True)
        raise typer.Exit(code=1) from None


def _records(findings: list[Detection], text: str) -> list[dict[str, object]]:
    """Return the machine-readable form of the findings of one text."""
    return [
        {
            "type": f.kind,
            "start": f.start,
            "end": f.end,
            "text": text[f.start : f.end],
            "score": f.score,
        }
        for f in findings
    ]


def _decode(raw: bytes, *, first: bool) -> str:
    """Decode UTF-8 (undecodable bytes become U+FFFD), dropping a BOM at the very start."""
    text = raw.decode("utf-8", errors="replace")
    return text[1:] if first and text.startswith(BOM) else text


def _texts_from_jsonl(stream: BinaryIO) -> Iterator[tuple[int, str]]:
    """Yield (line number, text) per JSONL line; a blank line is an empty text.

    Blank lines give an empty result rather than being skipped, so that output line N always
    answers input line N.
    """
    for number, raw in enumerate(iter(lambda: stream.readline(MAX_INPUT_BYTES + 1), b""), 1):
        if len(raw) > MAX_INPUT_BYTES:
            raise _BadLine(number, f"longer than {MAX_INPUT_BYTES // 1024 // 1024} MB")
        line = _decode(raw, first=number == 1).strip()
        if not line:
            yield number, ""
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):  # JSONDecodeError, a 5,000-digit number, depth
            raise _BadLine(number, "not valid JSON") from None
        if not isinstance(record, dict):
            raise _BadLine(number, 'expected a JSON object with a "text" field')
        text = record.get("text")
        if not isinstance(text, str):
            raise _BadLine(number, 'missing "text" field, or it is not a string')
        yield number, text


def _print(findings: list[Detection], text: str, output: Format, number: int | None) -> None:
    """Print the findings of one text in the chosen format."""
    if output is Format.json:
        typer.echo(json.dumps(_records(findings, text), ensure_ascii=True))
        return
    prefix = f"line {number}: " if number is not None else ""
    if not findings:
        typer.echo(f"{prefix}no identity-revealing data found")
        return
    for f in findings:
        shown = text[f.start : f.end].encode("utf-8", errors="replace").decode("utf-8")
        typer.echo(f"{prefix}{f.start}-{f.end}\t{f.kind}\t{f.score:.2f}\t{f.rule}\t{shown}")


@app.callback()
def _main() -> None:
    """Find identity-revealing data in Swedish notes."""


@app.command()
def scan(
    output: Annotated[
        Format, typer.Option("--format", help="json (one list per text) or text (for people).")
    ] = Format.json,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help='Read one {"text": ...} object per line.')
    ] = False,
    allow_file: Annotated[
        Path | None,
        typer.Option(
            "--allow-file",
            exists=True,
            dir_okay=False,
            readable=True,
            help="Unit and programme names that are not people, one a line.",
        ),
    ] = None,
    catalog: Annotated[
        str | None,
        typer.Option(
            "--catalog",
            help="Allow the unit and programme names of this catalog: a YAML file or the name "
            "of a shipped catalog (alingsas, stockholm).",
        ),
    ] = None,
    min_score: Annotated[
        float,
        typer.Option(
            "--min-score",
            min=0.0,
            max=1.0,
            help="Drop weaker findings. The default reports what blocks a 14 kap. 5 § note; "
            "0.35 adds the names the writer would be asked to confirm.",
        ),
    ] = BLOCKING,
) -> None:
    """Scan text on standard input and print every identity-revealing span.

    JSON output is ``[{"type", "start", "end", "text", "score"}]`` with offsets in characters
    (Python str indices) of the input after a leading byte order mark. Exit status 0 whether
    or not anything was found; 1 on bad input.
    """
    allow = _read_allow_file(allow_file) if allow_file is not None else []
    if catalog is not None:
        allow.extend(_catalog_allow(catalog))
    guard = Guard(allow=allow, min_score=min_score)
    stdin = sys.stdin.buffer
    if not jsonl:
        raw = stdin.read(MAX_INPUT_BYTES + 1)
        if len(raw) > MAX_INPUT_BYTES:
            typer.echo(
                f"iub guard scan: input longer than {MAX_INPUT_BYTES // 1024 // 1024} MB", err=True
            )
            raise typer.Exit(code=1)
        text = _decode(raw, first=True)
        _print(guard.analyze(text), text, output, None)
        return
    try:
        for number, text in _texts_from_jsonl(stdin):
            _print(guard.analyze(text), text, output, number)
    except _BadLine as error:
        typer.echo(f"iub guard scan: {error}", err=True)
        raise typer.Exit(code=1) from None
