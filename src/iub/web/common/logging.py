"""Log filters and the formatter that keep what residents enter out of the logs.

Every record the site writes passes :class:`SafeFormatter`: one record is one line (control
characters, line breaks included, are escaped, so ``%0A`` in a URL cannot write a fake line)
and personnummer, samordningsnummer, phone numbers and e-mail addresses are replaced by the
identity guard's labels (``[PERSONNUMMER]``) wherever they come from: a path, an exception's
message, a library's warning.
"""

from __future__ import annotations

import logging
import re
from functools import cache

from iub.privacy import Guard, redact
from iub.privacy.guard.email import EmailDetector
from iub.privacy.guard.personnummer import PersonnummerDetector
from iub.privacy.guard.phone import PhoneDetector

__all__ = ["ForbiddenOneLine", "SafeFormatter", "StripQueryString", "SurveyQuiet", "log_safe"]

#: The resident's survey pages (docs/followup.md): no line about them is written at all.
SURVEY_PATH = "/enkat/"

# C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# The guard does not read a number between slashes as an identity (a path, a date); in a log
# line it may well be one, so URL separators are read as spaces (same length: offsets hold).
_URL_SEPARATORS = str.maketrans("/?&=+;,", "       ")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


@cache
def _identity_guard() -> Guard:
    """The guard's detectors of identity numbers, phones and e-mail; never names (costly)."""
    return Guard(
        detectors=[PersonnummerDetector(), PhoneDetector(), EmailDetector()],
        builtin_allow=False,
    )


def log_safe(text: str) -> str:
    """``text`` as one line, identity numbers, phone numbers and e-mail replaced by labels."""
    findings = _identity_guard().analyze(text.translate(_URL_SEPARATORS))
    if findings:
        text = redact(text, findings)
    return _CONTROL.sub(_escape, text)


class SafeFormatter(logging.Formatter):
    """Format a record as one line with control characters escaped and identities redacted.

    A traceback stays in the record as escaped ``\\n``: log collectors see one event, and
    nothing a client sends can start a line of its own.
    """

    def format(self, record: logging.LogRecord) -> str:
        return log_safe(super().format(record))


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


class SurveyQuiet(logging.Filter):
    """Drop every line about the anonymous survey pages (``/enkat/``): an access line would
    record when an answer was sent, finer than the week an answer keeps (docs/followup.md)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        if SURVEY_PATH in message:
            return False
        request = getattr(record, "request", None)
        path = getattr(request, "path", "")
        return not (isinstance(path, str) and path.startswith(SURVEY_PATH))
