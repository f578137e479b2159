"""Log filters that keep what residents enter out of the logs."""

from __future__ import annotations

import logging

__all__ = ["StripQueryString"]


class StripQueryString(logging.Filter):
    """Drop the query string from access-log lines ("GET /stockholm/?alder=16 HTTP/1.1")."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            first = record.args[0]
            if isinstance(first, str) and "?" in first:
                method_path, _, rest = first.partition("?")
                protocol = rest.rsplit(" ", 1)[-1] if " " in rest else ""
                record.args = (f"{method_path} {protocol}".rstrip(), *record.args[1:])
        return True
