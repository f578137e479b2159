"""``iub import`` and ``iub publish``: from a guideline document to a catalog, and back."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from iub.cli._common import fail, handle_errors, parse_day

__all__ = ["register"]


class PublishFormat(StrEnum):
    html = "html"
    docx = "docx"
    pdf = "pdf"


#: Written files are readable by the web server and colleagues, like any published document.
FILE_MODE = 0o644


def _write_all_or_nothing(files: list[tuple[Path, bytes]]) -> None:
    """Write every file or none: each goes to a temporary file beside its target first, and
    only when all of them are written are they moved into place. A failed run leaves no
    output and no temporary file behind."""
    temporaries: list[tuple[Path, Path]] = []

    def discard() -> None:
        for temporary, _ in temporaries:
            temporary.unlink(missing_ok=True)

    for path, data in files:
        directory = path.parent if str(path.parent) else Path(".")
        try:
            handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
        except OSError as exc:
            discard()
            fail(f"cannot write {path}: {exc.strerror or exc}")
        temporary = Path(name)
        temporaries.append((temporary, path))
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.chmod(temporary, FILE_MODE)
        except OSError as exc:
            discard()
            fail(f"cannot write {path}: {exc.strerror or exc}")
    done: list[Path] = []
    for temporary, path in temporaries:
        try:
            os.replace(temporary, path)
        except OSError as exc:
            discard()
            for written in done:  # rare: a rename failed after another succeeded
                written.unlink(missing_ok=True)
            fail(f"cannot write {path}: {exc.strerror or exc}")
        done.append(path)


def _write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a failed run never leaves a partial output."""
    _write_all_or_nothing([(path, data)])


def import_(
    document: Annotated[Path, typer.Argument(help="The guideline: .txt, .docx or .pdf.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The catalog YAML to write.")],
    report: Annotated[
        Path | None,
        typer.Option("--report", help="Also write the import report (JSON) here."),
    ] = None,
    municipality: Annotated[
        str | None,
        typer.Option("--municipality", help="The deciding municipality, if the text is unclear."),
    ] = None,
) -> None:
    """Import a guideline document (riktlinjer) as a catalog that `iub catalog validate` accepts.

    Whatever cannot be structured becomes a manual check in its original wording; the report
    lists every such place, every piece of text that was dropped, and the linter's findings.
    The catalog and the report are written together or not at all.
    """
    from iub.documents import import_document, render_summary

    with handle_errors():
        result = import_document(document, municipality=municipality, today=dt.date.today())
    files = [(output, result.yaml_text.encode("utf-8"))]
    if report is not None:
        text = json.dumps(result.report.to_json(), ensure_ascii=False, indent=2) + "\n"
        files.append((report, text.encode("utf-8")))
    _write_all_or_nothing(files)
    typer.echo(render_summary(result.report, output=output), err=True)


def publish(
    catalog: Annotated[str, typer.Argument(help="Shipped catalog name (alingsas) or a YAML path.")],
    format: Annotated[PublishFormat, typer.Option("--format", "-f", help="docx, pdf or html.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    draft: Annotated[
        bool,
        typer.Option(
            "--draft", help='Print even with lint errors, every page watermarked "Utkast".'
        ),
    ] = False,
    today: Annotated[
        str | None,
        typer.Option("--today", help="Judge dates as of YYYY-MM-DD (default: today)."),
    ] = None,
) -> None:
    """Publish the catalog as the riktlinjer: decision header, statutory information and every
    intervention's fields, as Word, PDF (tagged, PDF/UA) or accessible HTML.

    A catalog the linter finds errors in is refused (exit 1, the errors on stderr) unless
    --draft is given, which marks every page "Utkast".
    """
    from iub.catalog import load_catalog
    from iub.documents import publish as render
    from iub.law.lint import Severity, lint, render_text

    day = parse_day(today)
    with handle_errors():
        loaded = load_catalog(catalog)
    errors = [f for f in lint(loaded, today=day) if f.severity is Severity.error]
    if errors and not draft:
        typer.echo(render_text(errors, file=catalog, lang="sv"), err=True)
        fail(
            f"publicerar inte {catalog}: granskningen hittade {len(errors)} fel (ovan). "
            'Rätta dem, eller skriv ut ett utkast med --draft (varje sida märks "Utkast").'
        )
    with handle_errors():
        data = render(loaded, format.value, draft=draft)
    _write_atomically(output, data)


def register(app: typer.Typer) -> None:
    app.command("import")(import_)
    app.command("publish")(publish)
