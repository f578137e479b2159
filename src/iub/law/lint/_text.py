"""Reading the catalog's Swedish wording precisely: word starts, inflections and negations.

Keyword rules must not fire on a sentence that says the opposite ("Insatsen är inte
ekonomiskt bistånd") or on a word that merely contains the keyword ("oberoende"). Patterns are
therefore anchored at a word start (``\\b`` is Unicode-aware, so å, ä and ö are letters) and
name their inflections; a sentence with a negation is skipped where a rule says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from iub.catalog import Catalog, Intervention
from iub.law.lint._model import Path

__all__ = [
    "TextField",
    "affirmed",
    "catalog_texts",
    "clip",
    "intervention_texts",
    "is_negated",
    "rx",
    "sentences",
    "words",
]

_NEGATION = re.compile(r"\b(inte|ej|ingen|inget|inga|aldrig|utan att)\b", re.IGNORECASE)
# A sentence ends at . ! ? : ; — but not after "kap.", "p.", "prop." or "t.ex.", which end
# nothing in "11 kap. 5 § p. 1".
_ABBREVIATIONS = (
    r"(?<!\bkap\.)(?<!\bp\.)(?<!\bprop\.)(?<!\bex\.)(?<!\bbl\.a\.)(?<!\bst\.)(?<!\bnr\.)"
)
_SENTENCE_END = re.compile(rf"{_ABBREVIATIONS}(?<=[.!?:;])\s+|\n\s*\n")
_FULL_STOP = re.compile(rf"{_ABBREVIATIONS}(?<=[.!?])\s+|\n\s*\n")

# Fields that are not the committee's wording (encoders' notes, ids, enumerations).
_NOT_WORDING = frozenset(
    {
        "notes",
        "source",
        "id",
        "aliases",
        "kind",
        "evidence",
        "fact",
        "values",
        "municipality",
        "regime",
        "forms",
        "area",
        "section",
        "code",
        "schema_version",
        "key",
        "type",
        "choices",
        "subject",
        "delivery",
    }
)


def rx(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive pattern that matches any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def words(*stems: str) -> re.Pattern[str]:
    """Words that start with one of ``stems`` (any inflection), anchored at a word start."""
    return rx(*(rf"\b{stem}\w*" for stem in stems))


def sentences(text: str, *, full: bool = False) -> list[str]:
    """The sentences of a text, roughly: split at ., !, ?, :, ; and blank lines.

    With ``full``, only at ., ! and ?: a clause after a semicolon stays with its sentence.
    """
    pattern = _FULL_STOP if full else _SENTENCE_END
    return [s.strip() for s in pattern.split(text) if s and s.strip()]


def is_negated(sentence: str) -> bool:
    return _NEGATION.search(sentence) is not None


def affirmed(pattern: re.Pattern[str], text: str | None) -> re.Match[str] | None:
    """The first match of ``pattern`` in a sentence of ``text`` that has no negation."""
    if not text:
        return None
    for sentence in sentences(text):
        if is_negated(sentence):
            continue
        if found := pattern.search(sentence):
            return found
    return None


def clip(text: str, limit: int = 60) -> str:
    """A short quotation of catalog wording for a message."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class TextField:
    """One piece of the committee's wording and where it is in the YAML."""

    path: Path
    text: str
    intervention: int | None

    @property
    def key(self) -> str:
        for part in reversed(self.path):
            if isinstance(part, str):
                return part
        return ""


def _walk(data: Any, path: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key in _NOT_WORDING or value is None:
                continue
            yield from _walk(value, (*path, key))
    elif isinstance(data, list | tuple):
        for index, value in enumerate(data):
            yield from _walk(value, (*path, index))


def catalog_texts(catalog: Catalog) -> Iterator[TextField]:
    """Every piece of wording in the catalog, catalog-level first, with its YAML path."""
    dumped = catalog.model_dump(mode="python", by_alias=True)
    for key, value in dumped.items():
        if key == "interventions" or key in _NOT_WORDING or value is None:
            continue
        for path, text in _walk(value, (key,)):
            yield TextField(path, text, None)
    for index, item in enumerate(dumped["interventions"]):
        for path, text in _walk(item, ("interventions", index)):
            yield TextField(path, text, index)


_DESCRIPTIVE = ("title", "content", "target_group", "extent")


def intervention_texts(
    intervention: Intervention, base: Path, *, methods: bool = True
) -> Iterator[tuple[Path, str]]:
    """What describes an intervention: title, content, target group, extent and methods."""
    for name in _DESCRIPTIVE:
        value = getattr(intervention, name)
        if value:
            yield (*base, name), value
    if methods:
        for index, method in enumerate(intervention.methods):
            for name in ("name", "description", "target_group", "extent"):
                value = getattr(method, name)
                if value:
                    yield (*base, "methods", index, name), value
