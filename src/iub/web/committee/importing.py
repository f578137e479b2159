"""A guideline upload, imported in a child process bounded in time.

The upload is written to a private temporary directory, ``iub.documents.import_document``
reads it in a child process (``python -m iub.web.committee._import_child``: a fresh
interpreter without Django, its address space limited to :data:`MEMORY_LIMIT_BYTES`) and the
parent waits at most ``IUB_IMPORT_TIMEOUT_SECONDS``; a slow or stuck import is killed and
nothing is stored. The importer's own bounds (file size, pages, zip expansion) apply inside.
The result comes back as plain data: the catalog YAML and the report as JSON, or the error's
code and message, which :data:`ERRORS_SV` puts in Swedish.

Printing the riktlinjer (:func:`print_bounded`) runs the same way: ``iub.documents.publish``
in a child process (``iub.web.committee._print_child``) bounded by
``IUB_PRINT_TIMEOUT_SECONDS`` (default 60) and the same memory limit.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "ERRORS_SV",
    "ImportFailed",
    "ImportOutcome",
    "PrintFailed",
    "import_upload",
    "print_bounded",
]

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


#: The child's address space: a guideline never needs more; a zip bomb or a huge PDF stops here.
MEMORY_LIMIT_BYTES = 1536 * 1024 * 1024


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))


def _run_child(
    command: list[str], *, timeout: float, cwd: str
) -> subprocess.CompletedProcess[bytes] | None:
    """Run a child bounded in memory and time; None when it was killed for taking too long."""
    try:
        return subprocess.run(
            command,
            capture_output=True,
            timeout=timeout,
            check=False,
            cwd=cwd,
            preexec_fn=_limit_memory if os.name == "posix" else None,
        )
    except subprocess.TimeoutExpired:
        return None


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
    with tempfile.TemporaryDirectory(prefix="iub-import-") as directory:
        path = Path(directory) / f"riktlinjer{suffix}"
        path.write_bytes(data)
        command = [
            sys.executable,
            "-m",
            "iub.web.committee._import_child",
            str(path),
            today.isoformat(),
            municipality or "",
        ]
        done = _run_child(command, timeout=timeout, cwd=directory)
        if done is None:
            raise ImportFailed("timeout")
    try:
        answer = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ImportFailed("crashed", f"exit status {done.returncode}") from None
    if not answer.get("ok"):
        raise ImportFailed(str(answer.get("code") or "crashed"), str(answer.get("detail") or ""))
    return ImportOutcome(yaml_text=str(answer["yaml"]), report=dict(answer["report"]))


class PrintFailed(Exception):
    """The riktlinjer could not be printed: ``code`` is ``timeout`` or ``crashed``."""

    MESSAGES_SV: dict[str, str] = {  # noqa: RUF012
        "timeout": "Utskriften tog för lång tid och avbröts. Försök igen om en stund, eller "
        "skriv ut som Word (.docx) eller webbsida och spara den som PDF.",
        "crashed": "Utskriften misslyckades. Försök igen, eller skriv ut i ett annat format.",
    }

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code

    @property
    def message_sv(self) -> str:
        return self.MESSAGES_SV.get(self.code, self.MESSAGES_SV["crashed"])


def print_bounded(yaml_text: str, fmt: str, *, timeout: float) -> bytes:
    """Render the catalog as ``iub publish`` does, in a child process bounded in time and
    memory like :func:`import_upload`; raise :class:`PrintFailed` on timeout or failure."""
    with tempfile.TemporaryDirectory(prefix="iub-print-") as directory:
        source = Path(directory) / "catalog.yaml"
        target = Path(directory) / f"riktlinjer.{fmt}"
        source.write_text(yaml_text, encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "iub.web.committee._print_child",
            str(source),
            fmt,
            str(target),
        ]
        done = _run_child(command, timeout=timeout, cwd=directory)
        if done is None:
            raise PrintFailed("timeout")
        if done.returncode != 0 or not target.exists():
            raise PrintFailed("crashed")
        return target.read_bytes()
