"""gunicorn settings for production (``gunicorn -c python:iub.web.config.gunicorn …wsgi``).

The access log writes the method, the path without its query string (a filter may carry an
age), the status, the size and the time taken, and no client address; every line (access and
error log) passes :class:`~iub.web.common.logging.SafeFormatter`, so one request is one line
and no identity number, phone or e-mail reaches it. Nothing about the anonymous survey pages
(``/enkat/``) is logged at all. Workers, bind address and timeouts come
from gunicorn's own ``WEB_CONCURRENCY`` and ``GUNICORN_CMD_ARGS`` (docs/operations.md).
"""

from __future__ import annotations

import os

__all__ = [
    "access_log_format",
    "accesslog",
    "bind",
    "keepalive",
    "logconfig_dict",
    "threads",
    "worker_class",
    "workers",
]

bind = os.environ.get("IUB_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
# Threads: a request waiting on the database does not hold a whole process. Keep-alive longer
# than the proxy's (nginx keeps idle upstream connections 60 s), so that the proxy closes an
# idle connection first and never sends a request on one gunicorn is closing.
worker_class = "gthread"
threads = 4
keepalive = 65
accesslog = "-"
access_log_format = '"%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'

logconfig_dict: dict[str, object] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "safe": {
            "()": "iub.web.common.logging.SafeFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        }
    },
    "filters": {"survey_quiet": {"()": "iub.web.common.logging.SurveyQuiet"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "safe",
            "filters": ["survey_quiet"],
            "stream": "ext://sys.stderr",
        },
        "stdout": {
            "class": "logging.StreamHandler",
            "formatter": "safe",
            "filters": ["survey_quiet"],
            "stream": "ext://sys.stdout",
        },
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        "gunicorn.error": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}
