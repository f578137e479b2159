"""The fact vocabulary: what a provider can establish at the door, and how it is asked.

A fact is a typed value about the individual who turns to the provider (``person.*``), the
child the intervention concerns (``child.*``), a close person, the parents or an offender.
Every fact may also be given as ``"unsure"`` — the provider could not establish it — which is
kept apart from a missing fact: missing means "ask", unsure means "refer to the committee".
Absent is never false and never zero.

A catalog may declare more facts of its own (see :class:`FactSpec`); the minimum vocabulary
below is the contract in docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final, Literal

from iub.errors import FactError
from iub.geo import did_you_mean, find_municipality

__all__ = [
    "CLOSE_PERSON_SITUATIONS",
    "UNSURE",
    "VOCABULARY",
    "Evidence",
    "FactSpec",
    "FactType",
    "FactValue",
    "Facts",
    "Unsure",
    "parse_facts",
]


class Unsure:
    """The marker for a fact the provider could not establish ("osäkert")."""

    _instance: Unsure | None = None

    def __new__(cls) -> Unsure:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSURE"

    def __reduce__(self) -> str:
        return "UNSURE"


UNSURE: Final = Unsure()

FactValue = int | str | bool | tuple[str, ...] | Unsure
FactType = Literal["int", "bool", "str", "municipality", "choice", "choices"]


class Evidence(StrEnum):
    """What the provider looks at to establish a fact: a summary check, never an assessment."""

    identity_document = "identity_document"
    population_register = "population_register"
    rental_contract = "rental_contract"
    certificate = "certificate"
    written_consent = "written_consent"
    school_record = "school_record"
    own_statement = "own_statement"

    @property
    def label_sv(self) -> str:
        """The Swedish wording staff see next to the question."""
        return _EVIDENCE_SV[self]


_EVIDENCE_SV: Final = {
    Evidence.identity_document: "Identitetshandling",
    Evidence.population_register: "Utdrag ur folkbokföringen (personbevis)",
    Evidence.rental_contract: "Hyreskontrakt eller annat som visar var personen bor",
    Evidence.certificate: "Intyg",
    Evidence.written_consent: "Skriftligt samtycke",
    Evidence.school_record: "Intyg från skolan",
    Evidence.own_statement: "Den enskildes egen uppgift",
}

#: The situations a close person may be in (Stockholm's program for relatives).
CLOSE_PERSON_SITUATIONS: Final = {
    "older": "är äldre",
    "disability_or_physical_illness": "har funktionsnedsättning eller fysisk sjukdom",
    "mental_illness_or_disability": "har psykisk sjukdom eller funktionsnedsättning",
    "substance_use": "har skadligt bruk eller beroende",
    "domestic_violence": "är utsatt för våld i nära relation",
    "violent_extremism": "har koppling till våldsbejakande extremism",
    "criminal_lifestyle": "har en kriminell livsstil",
    "criminal_environment_violence": (
        "är i kriminell miljö och har drabbats av skjutningar och dödligt våld"
    ),
    "stop_buying_sex": "vill sluta köpa sex",
    "gambling": "har problem med spel om pengar",
    "crime": "har begått brott",
}

_CONSENT_CHOICES: Final = {
    "all": "samtliga vårdnadshavare samtycker",
    "some": "bara någon av vårdnadshavarna samtycker",
    "none": "ingen vårdnadshavare samtycker",
}


@dataclass(frozen=True)
class FactSpec:
    """One fact: its type, the Swedish question a provider asks, and the evidence that shows it.

    ``choices`` maps each allowed value to its Swedish label (for ``choice`` and ``choices``).
    ``order`` is where a desk asks it: identity document first, register extracts next,
    documents and the person's own statements last.
    """

    key: str
    type: FactType
    question: str
    evidence: Evidence
    question_en: str = ""
    choices: Mapping[str, str] = field(default_factory=dict)
    order: int = 1000
    description: str = ""
    minimum: int = 0  # for int facts: ages 0–130, school year -1 (förskola) to 10
    maximum: int = 130

    def parse(self, raw: object) -> FactValue:
        """The typed value of a raw JSON value, or :class:`FactError` naming this fact."""
        if isinstance(raw, str) and raw.strip().casefold() in {"unsure", "osäker", "osäkert"}:
            return UNSURE
        if self.type == "int":
            if isinstance(raw, float) and raw.is_integer():
                raw = int(raw)  # JSON has one number type: 40.0 is the whole number 40
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise FactError(f"expected a whole number, got {_kind(raw)}", fact=self.key)
            if raw < self.minimum or raw > self.maximum:
                raise FactError(f"{raw} is outside {self.minimum}–{self.maximum}", fact=self.key)
            return raw
        if self.type == "bool":
            if not isinstance(raw, bool):
                raise FactError(f"expected true or false, got {_kind(raw)}", fact=self.key)
            return raw
        if self.type == "municipality":
            if not isinstance(raw, str):
                raise FactError(f"expected a municipality name, got {_kind(raw)}", fact=self.key)
            found = find_municipality(raw)
            if found is None:
                hint = did_you_mean(raw)
                raise FactError(
                    f"{raw!r} is not one of Sweden's 290 municipalities"
                    + (
                        f": {hint}"
                        if hint
                        else " (e.g. 'Alingsås', 'Stockholms stad' or the SCB code '1489')"
                    ),
                    fact=self.key,
                )
            return found.code
        if self.type == "choice":
            if not isinstance(raw, str) or raw not in self.choices:
                allowed = ", ".join(repr(c) for c in self.choices)
                raise FactError(f"expected one of {allowed}, got {raw!r}", fact=self.key)
            return raw
        if self.type == "choices":
            if isinstance(raw, str) or not isinstance(raw, list | tuple):
                raise FactError(f"expected a list, got {_kind(raw)}", fact=self.key)
            unknown = [v for v in raw if not isinstance(v, str) or v not in self.choices]
            if unknown:
                allowed = ", ".join(self.choices)
                raise FactError(f"unknown value(s) {unknown!r}; allowed: {allowed}", fact=self.key)
            return tuple(raw)
        if not isinstance(raw, str):
            raise FactError(f"expected text, got {_kind(raw)}", fact=self.key)
        return raw


def _kind(raw: object) -> str:
    if raw is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "text", list: "a list"}.get(
        type(raw), type(raw).__name__
    )


def _spec(
    key: str, type_: FactType, question: str, evidence: Evidence, order: int, **kw: object
) -> FactSpec:
    return FactSpec(key=key, type=type_, question=question, evidence=evidence, order=order, **kw)  # type: ignore[arg-type]


#: The minimum vocabulary (docs/architecture.md), in the order a desk asks.
VOCABULARY: Final[Mapping[str, FactSpec]] = {
    s.key: s
    for s in (
        _spec(
            "person.age",
            "int",
            "Hur gammal är du?",
            Evidence.identity_document,
            10,
            question_en="How old are you?",
        ),
        _spec(
            "person.municipality",
            "municipality",
            "I vilken kommun är du folkbokförd?",
            Evidence.population_register,
            20,
            question_en="In which municipality are you registered (folkbokförd)?",
        ),
        _spec(
            "person.lives_in",
            "municipality",
            "I vilken kommun bor du?",
            Evidence.rental_contract,
            30,
            question_en="In which municipality do you live?",
        ),
        _spec(
            "person.guardian_consent",
            "choice",
            "Samtycker dina vårdnadshavare till insatsen?",
            Evidence.written_consent,
            40,
            question_en="Do your guardians consent to the intervention?",
            choices=_CONSENT_CHOICES,
        ),
        _spec(
            "child.age",
            "int",
            "Hur gammalt är barnet?",
            Evidence.identity_document,
            50,
            question_en="How old is the child?",
        ),
        _spec(
            "child.municipality",
            "municipality",
            "I vilken kommun är barnet folkbokfört?",
            Evidence.population_register,
            60,
            question_en="In which municipality is the child registered?",
        ),
        _spec(
            "child.school_municipality",
            "municipality",
            "I vilken kommuns förskola eller grundskola går barnet?",
            Evidence.school_record,
            70,
            question_en="Which municipality's preschool or school does the child attend?",
        ),
        _spec(
            "child.school_grade",
            "int",
            "Vilken årskurs går barnet i? (0 = förskoleklass, -1 = förskola)",
            Evidence.school_record,
            71,
            question_en="Which school year is the child in? (0 = förskoleklass, -1 = preschool)",
            minimum=-1,
            maximum=10,
        ),
        _spec(
            "child.placed_outside_home",
            "bool",
            "Är barnet placerat utanför hemmet?",
            Evidence.certificate,
            80,
            question_en="Is the child placed outside the home?",
        ),
        _spec(
            "offender.age",
            "int",
            "Hur gammal är den som begick brottet?",
            Evidence.identity_document,
            90,
            question_en="How old is the person who committed the offence?",
        ),
        _spec(
            "offender.municipality",
            "municipality",
            "I vilken kommun är den som begick brottet folkbokförd?",
            Evidence.population_register,
            91,
            question_en="Where is the person who committed the offence registered?",
        ),
        _spec(
            "parents.joint_request",
            "bool",
            "Ber båda föräldrarna om insatsen tillsammans?",
            Evidence.own_statement,
            100,
            question_en="Do both parents ask for it together?",
        ),
        _spec(
            "person.requests_self",
            "bool",
            "Efterfrågar du själv insatsen?",
            Evidence.own_statement,
            110,
            question_en="Do you ask for the intervention yourself?",
        ),
        _spec(
            "person.supports_close_person",
            "bool",
            "Vårdar eller stöder du en närstående?",
            Evidence.own_statement,
            120,
            question_en="Do you care for or support a close person?",
        ),
        _spec(
            "close_person.situations",
            "choices",
            "Vilken eller vilka situationer gäller för din närstående?",
            Evidence.own_statement,
            130,
            question_en="Which situations apply to your close person?",
            choices=CLOSE_PERSON_SITUATIONS,
        ),
    )
}


class Facts(dict[str, FactValue]):
    """Validated facts: typed values or :data:`UNSURE`; a missing key is an unknown fact.

    A plain ``dict`` underneath, because evaluation reads it in the hot loop; only
    :func:`parse_facts` should build one.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Facts({dict.__repr__(self)})"


def parse_facts(raw: object, *, vocabulary: Mapping[str, FactSpec] = VOCABULARY) -> Facts:
    """Validate a JSON facts document against a vocabulary.

    Raises:
        FactError: naming the first unknown or ill-typed fact, with a spelling hint.
    """
    if not isinstance(raw, Mapping):
        raise FactError(f"facts must be a JSON object of fact names to values, got {_kind(raw)}")
    values: dict[str, FactValue] = {}
    for key, value in raw.items():
        spec = vocabulary.get(key)
        if spec is None:
            raise FactError(f"unknown fact{_did_you_mean(key, vocabulary)}", fact=str(key))
        if value is None:
            continue  # null is the same as not given: an unknown fact
        values[key] = spec.parse(value)
    return Facts(values)


def _did_you_mean(key: object, vocabulary: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(str(key), list(vocabulary), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else f"; known facts: {', '.join(vocabulary)}"
