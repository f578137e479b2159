"""The child process of a browser upload: ``python -m iub.web.committee._import_child``.

Reads the guideline at ``argv[1]`` with ``iub.documents.import_document`` (judging dates
against ``argv[2]``, the deciding municipality in ``argv[3]`` when given) and writes one JSON
object to stdout: ``{"ok": true, "yaml": …, "report": …}`` or ``{"ok": false, "code": …,
"detail": …}``. It imports no Django, so it starts quickly and shares nothing with the server.
"""

from __future__ import annotations

import datetime as dt
import json
import sys


def main(argv: list[str]) -> int:
    from iub.documents import import_document
    from iub.errors import DocumentImportError

    path, today = argv[1], dt.date.fromisoformat(argv[2])
    municipality = argv[3] if len(argv) > 3 and argv[3] else None
    try:
        result = import_document(path, municipality=municipality, today=today)
    except DocumentImportError as exc:
        answer = {"ok": False, "code": getattr(exc, "code", "") or "corrupt", "detail": str(exc)}
    except Exception as exc:  # any failure is an answer, never a traceback on the server's log
        answer = {"ok": False, "code": "crashed", "detail": type(exc).__name__}
    else:
        answer = {"ok": True, "yaml": result.yaml_text, "report": result.report.to_json()}
    sys.stdout.write(json.dumps(answer, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
