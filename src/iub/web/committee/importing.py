"""A guideline upload, imported in a child process bounded in time.

The upload is written to a private temporary directory, ``iub.documents.import_document``
reads it in a child process (``spawn``: nothing of the web process is shared) and the parent
waits at most ``IUB_IMPORT_TIMEOUT_SECONDS``; a slow or stuck import is killed and nothing is
stored. The importer's own bounds (file size, pages, zip expansion) apply inside. The result
comes back as plain data: the catalog YAML and the report as JSON, or the error's code and
message, which :data:`ERRORS_SV` puts in Swedish.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import queue
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["ERRORS_SV", "ImportFailed", "ImportOutcome", "import_upload"]

#: The importer's error codes (``DocumentImportError.code``) in the words a secretary reads.
ERRORS_SV: dict[str, str] = {
    "unsupported": "Filtypen stöds inte. Ladda upp riktlinjerna som .docx, .pdf eller .txt "
    "(ett gammalt Word-dokument, .doc, sparas först som .docx).",
    "unreadable": "Filen kunde inte läsas.",
    "empty": "Filen är tom eller innehåller ingen text som kan läsas (en inskannad PDF behöver "
    "textigenkänning först).",
    "corrupt": "Filen är skadad eller krypterad och kunde inte öppnas.",
    "too-large": "Dokumentet är för stort för att läsas in.",
    "no-interventions": "Inga insatser hittades i dokumentet. Kontrollera att det är nämndens "
    "förteckning över insatser utan individuell behovsprövning.",
    "not-iub": "Dokumentet ser inte ut att vara en förteckning över insatser utan individuell "
    "behovsprövning enligt 11 kap. 5 § socialtjänstlagen (2025:400).",
    "timeout": "Inläsningen tog för lång tid och avbröts. Inget sparades.",
    "crashed": "Inläsningen avbröts oväntat. Inget sparades.",
}


@dataclass(frozen=True)
class ImportOutcome:
    """What the importer produced: the catalog YAML and its report (as ``iub import``)."""

    yaml_text: str
    report: dict[str, Any]


class ImportFailed(Exception):
    """The document could not be imported: ``code`` and the importer's (English) detail."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail

    @property
    def message_sv(self) -> str:
        return ERRORS_SV.get(self.code, ERRORS_SV["crashed"])


def _work(path: str, municipality: str | None, today: str, out: Any) -> None:
    """The child: import and hand back plain data (runs in a fresh interpreter)."""
    try:
        from iub.documents import import_document
        from iub.errors import DocumentImportError

        try:
            result = import_document(
                path, municipality=municipality, today=dt.date.fromisoformat(today)
            )
        except DocumentImportError as exc:
            out.put(("error", getattr(exc, "code", "corrupt") or "corrupt", str(exc)))
            return
        out.put(("ok", result.yaml_text, result.report.to_json()))
    except Exception as exc:
        out.put(("error", "crashed", f"{type(exc).__name__}: {exc}"))


def import_upload(
    data: bytes,
    *,
    filename: str,
    today: dt.date,
    timeout: float,
    municipality: str | None = None,
) -> ImportOutcome:
    """Import an uploaded guideline in a child process; raise :class:`ImportFailed` on error.

    Nothing is written outside a temporary directory that is removed before returning.
    """
    suffix = Path(filename).suffix.casefold()
    if suffix not in {".docx", ".pdf", ".txt"}:
        raise ImportFailed("unsupported", f"suffix {suffix!r}")
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="iub-import-") as directory:
        path = Path(directory) / f"riktlinjer{suffix}"
        path.write_bytes(data)
        results: Any = context.Queue()
        child = context.Process(
            target=_work, args=(str(path), municipality, today.isoformat(), results), daemon=True
        )
        child.start()
        answer = None
        deadline = time.monotonic() + timeout
        timed_out = False
        try:
            while answer is None:
                try:
                    answer = results.get(timeout=0.2)
                except queue.Empty:
                    if not child.is_alive() and results.empty():
                        break
                    if time.monotonic() > deadline:
                        timed_out = True
                        break
        finally:
            if timed_out:
                child.kill()
            child.join(timeout=5)
            if child.is_alive():
                child.kill()
                child.join()
    if answer is None:
        raise ImportFailed("timeout" if timed_out else "crashed")
    if answer[0] == "error":
        raise ImportFailed(answer[1], answer[2])
    return ImportOutcome(yaml_text=answer[1], report=answer[2])
