"""Log filters that keep what residents enter out of the logs."""

from __future__ import annotations

import logging

__all__ = ["ForbiddenOneLine", "StripQueryString"]


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


class ForbiddenOneLine(logging.Filter):
    """A 403 is one line: status, path and user id; no traceback and no request data.

    Django logs a refused request ("Forbidden (Permission denied)") with the exception's
    traceback and the request; for a 403 that is noise, and the request may carry what was
    posted. Other records pass unchanged.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", None) != 403 or getattr(record, "one_line", False):
            return True  # not a 403, or already shortened (a filter added twice by dictConfig)
        request = getattr(record, "request", None)
        user = getattr(request, "user", None)
        user_id = getattr(user, "pk", None)
        path = getattr(request, "path", "?")
        record.msg = "403 %s user=%s"
        record.args = (path, user_id if user_id is not None else "-")
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        record.request = None
        record.one_line = True
        return True
