"""The Jinja2 environment for the few templates rendered on every request (docs/web.md).

Django's template engine stays the default for every page. Jinja2 renders only the self-check's
step: it compiles a template to Python once, where Django's engine walks its nodes and resolves
every variable on each request, which was most of an answer's cost (docs/web.md, "Benchmark").

Autoescape is on (the Django backend's default). ``_("…")`` is Django's own gettext, so it
translates with the request's language, and ``makemessages`` extracts ``_("…")`` inside
``{{ }}`` as it does in a Django template. Its result is escaped like any value (as Django's
``{% translate %}`` escapes), so a translation holds text, not markup. Jinja2's i18n extension
is not used: its ``_`` wraps each call (context lookup, ``Markup``, ``%`` formatting) and cost
about 10 µs per string against 3 µs for Django's gettext, and its ``{% trans %}`` blocks are
not found by ``makemessages``.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from django.utils.translation import gettext
from jinja2 import Environment, StrictUndefined

__all__ = ["environment"]


class _Environment(Environment):
    """Jinja2's environment whose templates keep their globals in a plain dict.

    Jinja2 gives each template a ``ChainMap`` of its globals over the environment's, and every
    render copies them into the new context: a ``ChainMap`` is copied key by key in Python,
    which cost about a tenth of rendering the self-check's answer. The globals are all set
    before the first template loads (:func:`environment`) and never change after.
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


def environment(**options: Any) -> Environment:
    """Django's Jinja2 backend calls this with its options (loader, autoescape, auto_reload)."""
    # A misspelt name fails loudly instead of rendering as nothing; the template's last newline
    # is kept, as Django's engine keeps it.
    options.update(undefined=StrictUndefined, keep_trailing_newline=True)
    env = _Environment(**options)
    env.globals["_"] = gettext
    # `words`: a sequence of texts as one, joined by spaces (each escaped on output, as the
    # whole). The join filter wraps each call for async and costs twice as much.
    env.filters["words"] = " ".join
    return env
