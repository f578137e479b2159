"""The child process of a browser print: ``python -m iub.web.committee._print_child``.

Reads the catalog YAML at ``argv[1]``, renders it with ``iub.documents.publish`` in the
format ``argv[2]`` (html, docx, pdf) and writes the bytes to ``argv[3]``; exit status 0 on
success, 1 on any failure (one line on stderr, never a traceback). It imports no Django.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from iub.catalog import parse_catalog
    from iub.documents import publish

    source, fmt, target = Path(argv[1]), argv[2], Path(argv[3])
    try:
        catalog = parse_catalog(source.read_text(encoding="utf-8"), file=source.name)
        data = publish(catalog, fmt)  # type: ignore[arg-type]
    except Exception as exc:  # any failure is an exit status, never a traceback on the log
        sys.stderr.write(f"{type(exc).__name__}\n")
        return 1
    target.write_bytes(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
