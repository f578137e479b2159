"""Combinations that identify: quasi-identifiers in a note without a name.

"45 år, barnmorska på Södersjukhuset" names nobody and still points at one person. The check
finds the parts such a combination is made of and adds up their weights (docs/privacy.md,
"Combinations that identify"):

=============== ====== ==========================================================
part            weight  found as
=============== ====== ==========================================================
``age``          1.0    an exact age: "45 år", "15-åring", "(15 år)", "född 1979"
``occupation``   1.0    an occupational title after "arbetar som", "är", "jobbar",
                        in apposition (", barnmorska,") or before "på"/"vid"
``workplace``    1.0    a named workplace: "på Södersjukhuset", "jobbar på Volvo"
``school``       1.0    a named school: "går på Ekbackeskolan", "på Rudbecksgymnasiet"
``school_class`` 1.0    a class with its letter: "klass 7B", "går i 8C"
``diagnosis``    1.5    a rare diagnosis: "Retts syndrom", "cystisk fibros"
``family``       1.0    a rare family constellation: "ensamstående", "tvillingar",
                        "fem barn", "änka"
``family_role``  0.5    a family role: "mamma", "mormor", "storebror"
``place``        0.5    a named locality after "bor i", "från", "i"
=============== ====== ==========================================================

Each kind counts once. A score of :data:`QUASI_WARN` (2.0) or more warns and asks the writer
to generalise; :data:`QUASI_BLOCK` (3.0) or more blocks a 14 kap. 5 § note like a name.
The occupational titles come from Språkbanken's open list and SSYK 2012 (see the data
folder's README). Pure Python, time linear in the note: a few regular expressions with
bounded repetition and set look-ups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from .guard import _lexicon
from .guard._allow import AllowList

__all__ = [
    "QUASI_ADVICE_SV",
    "QUASI_BLOCK",
    "QUASI_KINDS_SV",
    "QUASI_WARN",
    "QUASI_WEIGHTS",
    "QuasiKind",
    "QuasiPart",
    "QuasiScreen",
    "quasi_check",
]

QuasiKind = Literal[
    "age",
    "occupation",
    "workplace",
    "school",
    "school_class",
    "diagnosis",
    "family",
    "family_role",
    "place",
]

QUASI_WEIGHTS: dict[QuasiKind, float] = {
    "age": 1.0,
    "occupation": 1.0,
    "workplace": 1.0,
    "school": 1.0,
    "school_class": 1.0,
    "diagnosis": 1.5,
    "family": 1.0,
    "family_role": 0.5,
    "place": 0.5,
}
QUASI_WARN = 2.0
"""A combination of this score or more asks the writer to generalise it."""
QUASI_BLOCK = 3.0
"""A combination of this score or more blocks a 14 kap. 5 § note."""

QUASI_KINDS_SV: dict[QuasiKind, str] = {
    "age": "exakt ålder",
    "occupation": "yrke",
    "workplace": "arbetsplats",
    "school": "skola",
    "school_class": "skolklass",
    "diagnosis": "ovanlig diagnos",
    "family": "familjesituation",
    "family_role": "familjeroll",
    "place": "ort",
}
QUASI_ADVICE_SV: dict[QuasiKind, str] = {
    "age": "skriv en åldersgrupp i stället för exakt ålder (”i 40-årsåldern”)",
    "occupation": "skriv bransch i stället för yrke (”arbetar inom vården”)",
    "workplace": "utelämna arbetsplatsens namn (”en arbetsplats i kommunen”)",
    "school": "utelämna skolans namn (”går på högstadiet”)",
    "school_class": "utelämna klassen (”går i årskurs 8”)",
    "diagnosis": "skriv en allmännare beskrivning (”en kronisk sjukdom”)",
    "family": "beskriv familjen allmänt (”en förälder med flera barn”)",
    "family_role": "skriv ”en vuxen anhörig” i stället för den exakta relationen",
    "place": "utelämna orten (”i kommunen”)",
}


@dataclass(frozen=True, slots=True)
class QuasiPart:
    """One quasi-identifier in a note: its kind and offsets, never the text."""

    kind: QuasiKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuasiScreen:
    """The quasi-identifiers of one note and the score of their combination."""

    parts: tuple[QuasiPart, ...]
    score: float

    @property
    def kinds(self) -> tuple[QuasiKind, ...]:
        """The distinct kinds found, in the order of :data:`QUASI_WEIGHTS`."""
        found = {part.kind for part in self.parts}
        return tuple(kind for kind in QUASI_WEIGHTS if kind in found)

    @property
    def warns(self) -> bool:
        """The combination should be generalised (score of :data:`QUASI_WARN` or more)."""
        return self.score >= QUASI_WARN

    @property
    def blocks(self) -> bool:
        """The combination blocks a 14 kap. 5 § note (score of :data:`QUASI_BLOCK` or more)."""
        return self.score >= QUASI_BLOCK

    def combination_sv(self) -> str:
        """The combination in Swedish: "exakt ålder + yrke + arbetsplats"."""
        return " + ".join(QUASI_KINDS_SV[kind] for kind in self.kinds)

    def advice_sv(self) -> list[str]:
        """How to generalise each part, in Swedish, strongest part first."""
        ranked = sorted(self.kinds, key=lambda kind: -QUASI_WEIGHTS[kind])
        return [QUASI_ADVICE_SV[kind] for kind in ranked]


_W = r"[^\W\d_]"
_AGE = re.compile(
    rf"(?<![\w\-.,])(?P<n>\d{{1,3}})(?: ?-? ?(?:år(?:s|ing|ig)?|åring|årig)(?!{_W})"
    rf"(?: gammal)?)"
)
_DURATION_BEFORE = re.compile(
    r"(?i:\b(?:i|sedan|sen|på|för|under|efter|om|varit|över|ca|cirka|nästan|drygt|mer än|"
    r"mindre än|inom|senaste|de|minst|högst|alla|hela|fler än)) \Z"
)
_BORN = re.compile(r"(?i:\bfödd(?: år)? (?:(?:19|20)\d\d|-\d\d|'\d\d)\b)")
_NAMED = re.compile(
    rf"(?i:\b(?P<prep>på|vid|hos|i|från))(?:\s(?i:nya|gamla))? "
    rf"(?P<name>[A-ZÅÄÖ]{_W}{{1,40}}(?:-{_W}{{2,30}})?(?: [A-ZÅÄÖ]{_W}{{1,30}})?)"
)
_LOWER_SCHOOL = re.compile(
    rf"(?i:\b(?:på|går på|vid|från|i)) (?P<name>{_W}{{3,30}}(?:skolan|gymnasiet|förskolan))\b"
)
_WORK_CUE = re.compile(
    r"(?i:\b(?:jobbar|arbetar|jobbade|arbetade|jobbat|arbetat|anställd|praktik|praktiserar|"
    r"extrajobb|extrajobbar|sommarjobb|sommarjobbar)(?: [a-zåäö]+)?) (?:på|hos|vid) \Z"
)
_SCHOOL_HEADS = (
    "skolan", "skola", "gymnasiet", "förskolan", "högskolan", "universitetet", "komvux",
    "folkhögskola", "folkhögskolan", "akademin",
)  # fmt: skip
_WORK_HEADS = (
    "sjukhuset", "lasarettet", "kliniken", "vårdcentralen", "tandvården", "apoteket",
    "kommun", "kommunen", "företaget", "fabriken", "bruket", "verket", "hotellet",
    "restaurangen", "butiken", "varvet", "banken", "polisen", "förvaltningen", "centralen",
    "gruvan", "bolaget", "byrån",
)  # fmt: skip
_CLASS = re.compile(
    r"(?i:\b(?:klass|kl\.?|årskurs|åk\.?|går i) ?(?P<year>\d{1,2}) ?(?P<letter>[a-zåäö])(?!\w))"
    r"|\b(?:i|går i|till) (?P<year2>\d{1,2})(?P<letter2>[A-H])(?!\w)"
)
_CONSTELLATION = re.compile(
    r"(?i:\b(?:ensamstående|ensamstaende|tvillingar|tvilling|trillingar|änka|änkling|"
    r"enda barnet|ensam vårdnadshavare|(?:fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|[4-9]|1\d) "
    r"(?:barn|syskon|söner|döttrar))\b)"
)
_ROLES_TEXT = """
    mamma mamman pappa pappan mor modern far fadern styvmamma styvpappa bonusmamma bonuspappa
    son sonen dotter dottern bror brodern lillebror storebror syster systern lillasyster
    storasyster mormor morfar farmor farfar moster faster morbror farbror kusin kusinen
    sambo sambon make maken maka makan fru frun hustru hustrun svärmor svärfar
"""
_ROLES = frozenset(_ROLES_TEXT.split())
_TOKEN = re.compile(rf"{_W}+")
_CUES_TEXT = """
    jobbar arbetar jobbade arbetade jobbat arbetat anställd utbildad utbildade yrke yrket är
    var blev som pensionerad
"""
_CUES = frozenset(_CUES_TEXT.split())
_AFTER_OCCUPATION = frozenset(["på", "vid", "hos", "inom"])
_LOCATIVE_PLACE = re.compile(r"(?i:\b(?:bor i|bodde i|från|uppvuxen i|flyttade till)) \Z")


@cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Occupational titles, rare diagnoses and places, loaded once."""
    lexicon = _lexicon.load()
    occupations = _lexicon.read_list("occupations.txt")
    diagnoses = _lexicon.read_list("rare_diagnoses.txt")
    return occupations, diagnoses, lexicon.places


@cache
def _first_words() -> tuple[frozenset[str], frozenset[str]]:
    """First words of the titles and diagnoses that have more than one word."""
    occupations, diagnoses, _ = _data()
    return (
        frozenset(t.split(" ")[0] for t in occupations if " " in t),
        frozenset(re.split(r"[ \-]", d)[0] for d in diagnoses),
    )


@lru_cache(maxsize=32)
def _allow_list(phrases: frozenset[str]) -> AllowList:
    """The compiled allow-list, built once per list of phrases."""
    return AllowList(phrases)


def _ages(text: str) -> Iterable[QuasiPart]:
    for match in _AGE.finditer(text):
        if int(match["n"]) > 110:
            continue
        before = text[max(0, match.start() - 14) : match.start()]
        if _DURATION_BEFORE.search(before):
            continue  # "i 3 år", "sedan 12 år": a duration, not an age
        yield QuasiPart("age", match.start(), match.end())
    for match in _BORN.finditer(text):
        yield QuasiPart("age", match.start(), match.end())


def _occupations(
    text: str, tokens: list[re.Match[str]], lowered: list[str], occupations: frozenset[str]
) -> Iterable[QuasiPart]:
    """Occupational titles in a position that says someone has that job.

    After a cue ("arbetar som", "är", "45 år och"), set apart (", barnmorska," "(polis)") or
    before "på"/"vid"/"hos"/"inom" ("barnmorska på Södersjukhuset").
    """
    multi, _ = _first_words()
    for index, (match, word) in enumerate(zip(tokens, lowered, strict=True)):
        end = match.end()
        if word not in occupations:
            if word not in multi or index + 1 >= len(tokens):
                continue
            pair = text[match.start() : tokens[index + 1].end()].lower()
            if pair not in occupations:
                continue
            end = tokens[index + 1].end()  # "personlig assistent"
        if _occupational_position(text, tokens, index, end):
            yield QuasiPart("occupation", match.start(), end)


def _occupational_position(text: str, tokens: list[re.Match[str]], index: int, end: int) -> bool:
    start = tokens[index].start()
    gap = text[tokens[index - 1].end() : start] if index else text[:start]
    if gap.endswith((", ", "(", "- ")):
        return True
    before = [t.group(0).lower() for t in tokens[max(0, index - 2) : index]]
    if gap == " " and before:
        if before[-1] in _CUES or (before[-1] in ("en", "ett") and before[:1] == ["som"]):
            return True
        if before[-1] == "och" and len(before) == 2 and before[0] == "år":
            return True
    following = text[end : end + 8].lstrip(" ").split(" ", 1)[0].lower()
    return text[end : end + 1] == " " and following in _AFTER_OCCUPATION


def _named(text: str, places: frozenset[str]) -> Iterable[QuasiPart]:
    for match in _NAMED.finditer(text):
        name = match["name"]
        start = match.start("name")
        head = name.split(" ")[-1].lower()
        if head.endswith(_SCHOOL_HEADS) and len(head) > 6:
            yield QuasiPart("school", start, match.end())
        elif (head.endswith(_WORK_HEADS) and len(head) > 6) or _WORK_CUE.search(
            text[max(0, match.start() - 40) : match.start("name")]
        ):
            yield QuasiPart("workplace", start, match.end())
        elif name.split(" ")[0] in places and match["prep"].lower() in ("i", "från"):
            before = text[max(0, match.start() - 16) : match.start("name")]
            if _LOCATIVE_PLACE.search(before) or match["prep"].lower() == "från":
                yield QuasiPart("place", start, start + len(name.split(" ")[0]))
    for match in _LOWER_SCHOOL.finditer(text):
        if len(match["name"]) > 9:
            yield QuasiPart("school", match.start("name"), match.end("name"))


def _family(text: str, tokens: list[re.Match[str]], lowered: list[str]) -> Iterable[QuasiPart]:
    for match in _CONSTELLATION.finditer(text):
        yield QuasiPart("family", match.start(), match.end())
    for match, word in zip(tokens, lowered, strict=True):
        if word in _ROLES:
            yield QuasiPart("family_role", match.start(), match.end())


def _diagnoses(text: str, tokens: list[re.Match[str]], lowered: list[str]) -> Iterable[QuasiPart]:
    """Rare diagnoses of one to three words ("als", "cystisk fibros", "prader-willis syndrom")."""
    _, diagnoses, _ = _data()
    _, starts = _first_words()
    for index, first in enumerate(tokens):
        if lowered[index] not in starts:
            continue
        for last in tokens[index : index + 3]:
            if text[first.start() : last.end()].lower() in diagnoses:
                yield QuasiPart("diagnosis", first.start(), last.end())


def quasi_check(text: str, *, allow: Iterable[str] = ()) -> QuasiScreen:
    """Find the quasi-identifiers of a note and score their combination.

    Args:
        text: The note as typed.
        allow: Unit and programme names that are not workplaces or schools of a person
            ("Familjens hus", "Gläntan"); they are masked first, as for the guard.

    Returns:
        The parts found (kinds and offsets) and the summed weight of their distinct kinds.
    """
    if not isinstance(text, str):
        raise TypeError("the quasi-identifier check reads str; decode bytes first")
    phrases = frozenset(allow)
    masked = _allow_list(phrases).mask(text) if phrases else text
    occupations, _, places = _data()
    tokens = list(_TOKEN.finditer(masked))
    lowered = [token.group(0).lower() for token in tokens]  # read by three of the parts
    parts: list[QuasiPart] = [
        *_ages(masked),
        *_occupations(masked, tokens, lowered, occupations),
        *_named(masked, places),
        *(QuasiPart("school_class", m.start(), m.end()) for m in _CLASS.finditer(masked)),
        *_diagnoses(masked, tokens, lowered),
        *_family(masked, tokens, lowered),
    ]
    parts = sorted(set(parts), key=lambda part: (part.start, part.end, part.kind))
    kinds = {part.kind for part in parts}
    score = sum(QUASI_WEIGHTS[kind] for kind in kinds)
    return QuasiScreen(tuple(parts), round(score, 2))
