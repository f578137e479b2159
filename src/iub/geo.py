"""Sweden's 290 municipalities and how people write their names.

Municipality facts are register facts, so they are matched against the official SCB list
shipped in ``iub/data/geo`` (CC0, see its README), never against free text. People write
"Alingsås", "Alingsås kommun", "Stockholms stad", "STOCKHOLM" or the code "0180"; all of them
resolve to one :class:`Municipality`.

Text is normalised first: Unicode NFC (a decomposed "å" pasted from a PDF or macOS), a byte
order mark and zero-width characters dropped, hyphens and spaces alike ("Upplands-Väsby" is
Upplands Väsby). A name written without its diacritics ("Alingsas") is accepted only where
exactly one municipality folds to it: Håbo and Habo differ only by a ring, so "Habö" names
neither and is answered with both (:func:`suggest_municipalities`), never folded silently.
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "Municipality",
    "all_municipalities",
    "did_you_mean",
    "find_municipality",
    "resolve_municipality",
    "suggest_municipalities",
]

_SUFFIXES = (" kommun", " stad", " kommune", " municipality", " city")


@dataclass(frozen=True, order=True)
class Municipality:
    """One of Sweden's municipalities, by SCB code."""

    code: str
    name: str  # short name: "Stockholm", "Alingsås"
    official_name: str  # "Stockholms kommun"
    county_code: str

    def __str__(self) -> str:
        return self.name


@cache
def all_municipalities() -> tuple[Municipality, ...]:
    """All 290 municipalities, in SCB code order."""
    text = resources.files("iub.data.geo").joinpath("municipalities.csv").read_text("utf-8")
    rows = csv.DictReader(text.splitlines())
    return tuple(
        Municipality(
            code=row["municipality_code"],
            name=row["municipality_name_short"],
            official_name=row["municipality_name"],
            county_code=row["county_code"],
        )
        for row in rows
    )


_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))
_SEPARATORS = re.compile(r"[\s\u00a0\-\u2010\u2011\u2012\u2013\u2014]+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SEPARATORS.sub(" ", text).strip().casefold()


def _bare(folded: str) -> str:
    """Without diacritics: "alingsås" → "alingsas" (only for the unambiguous fallback)."""
    decomposed = unicodedata.normalize("NFD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _index() -> dict[str, Municipality]:
    index: dict[str, Municipality] = {}
    for m in all_municipalities():
        index[m.code] = m
        index[_fold(m.name)] = m
        index[_fold(m.official_name)] = m
    return index


@cache
def _bare_index() -> dict[str, tuple[Municipality, ...]]:
    """Names without diacritics → every municipality that folds to them (Habo: Habo, Håbo)."""
    found: dict[str, dict[str, Municipality]] = {}
    for key, m in _index().items():
        found.setdefault(_bare(key), {})[m.code] = m
    return {key: tuple(ms.values()) for key, ms in found.items()}


def find_municipality(text: str) -> Municipality | None:
    """The municipality a person meant, or None when the text names none."""
    if not isinstance(text, str):
        return None
    folded = _fold(text)
    if not folded:
        return None
    exact = _find_exact(folded)
    if exact is not None:
        return exact
    candidates = _bare_candidates(folded)
    return candidates[0] if len(candidates) == 1 else None


def _bare_candidates(folded: str) -> tuple[Municipality, ...]:
    bare = _bare_index()
    for form in _forms(_bare(folded)):
        if form in bare:
            return bare[form]
    return ()


def _forms(stem: str) -> list[str]:
    """The text, without a suffix ("kommun", "stad") and without a genitive s."""
    forms = [stem]
    stem = stem.removeprefix("region ")
    for suffix in _SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)].strip()
            break
    forms.append(stem)
    if stem.endswith("s"):
        forms.append(stem[:-1])
    return forms


def suggest_municipalities(text: str, *, limit: int = 3) -> list[Municipality]:
    """Municipalities a near miss may have meant ("Alingsåss" → Alingsås; "Habö" → Habo and
    Håbo), best first; empty when nothing is close."""
    if not isinstance(text, str) or not _fold(text):
        return []
    folded = _fold(text)
    candidates = list(_bare_candidates(folded))
    if candidates:
        return sorted(candidates, key=lambda m: m.name)[:limit]
    names = {_bare(_fold(m.name)): m for m in all_municipalities()}
    stem = _forms(_bare(folded))[-1 if folded.endswith(("kommun", "stad")) else 0]
    close = difflib.get_close_matches(stem, list(names), n=limit, cutoff=0.8)
    return [names[name] for name in close]


def _find_exact(folded: str) -> Municipality | None:
    index = _index()
    if folded in index:
        return index[folded]
    if folded.isdigit() and len(folded) == 3:  # "180" for 0180, as spreadsheets write it
        return index.get("0" + folded)
    stem = folded.removeprefix("region ")  # "Region Gotland" is Gotlands kommun
    for suffix in _SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)].strip()
            break
    if stem in index:
        return index[stem]
    # Genitive before "kommun"/"stad": "Stockholms stad", "Göteborgs stad".
    if stem.endswith("s") and stem[:-1] in index:
        return index[stem[:-1]]
    return None


def did_you_mean(text: str) -> str:
    """ "menade du Alingsås kommun?" for a near miss, or "" when nothing is close."""
    names = [m.official_name for m in suggest_municipalities(text)]
    if not names:
        return ""
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " eller " + names[-1]
    return f"menade du {listed}?"


def resolve_municipality(text: str) -> Municipality:
    """Like :func:`find_municipality` but raises ``ValueError`` with a hint when unknown."""
    found = find_municipality(text)
    if found is None:
        hint = did_you_mean(text)
        raise ValueError(
            f"{text!r} is not one of Sweden's 290 municipalities "
            + (f"({hint})" if hint else "")
            + (
                ""
                if hint
                else "(write its name, e.g. 'Alingsås' or 'Stockholms stad', "
                "or its SCB code, e.g. '1489')"
            )
        )
    return found
