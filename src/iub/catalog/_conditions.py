"""The condition language: a closed set of small declarative kinds, composable with all/any/not.

Each leaf is one thing a provider can check summarily, and carries the Swedish wording it
encodes (``text``), the question a provider asks, the evidence that shows it and its legal
reference. A new need becomes a new kind (schema, evaluation, cases), never an expression
string: that keeps every verdict explainable and cited (see docs/catalog-format.md).

Evaluation is three-valued (Kleene) with one refinement: an undetermined leaf is either
``unknown`` (a fact is missing: ask it) or ``unsure`` (the provider could not establish it:
refer to the committee).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    field_validator,
    model_validator,
)

from iub.facts import UNSURE, Evidence, FactValue
from iub.geo import find_municipality, resolve_municipality

__all__ = [
    "Age",
    "AllOf",
    "AnyOf",
    "Condition",
    "Flag",
    "GuardianConsent",
    "IncludesAny",
    "Leaf",
    "LivesIn",
    "Manual",
    "NotOf",
    "RegisteredIn",
    "School",
    "Verdict",
]

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class Verdict(StrEnum):
    """The result of one condition."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"
    UNSURE = "unsure"

    # Enum's own __hash__ is a Python function; verdicts key dicts in the hot path.
    __hash__ = str.__hash__

    @property
    def decided(self) -> bool:
        return self is Verdict.MET or self is Verdict.NOT_MET


Subject = Literal["person", "child", "offender"]
_SUBJECT_SV: dict[str, str] = {
    "person": "personen",
    "child": "barnet",
    "offender": "gärningspersonen",
}

#: (verdict, facts still needed to decide it)
LeafResult = tuple[Verdict, tuple[str, ...]]


class _Node(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=ID_PATTERN, description="Stable slug, unique in the intervention.")
    text: str = Field(
        default="",
        description="The catalog's own wording of the condition, as the committee decided it.",
    )
    citation: str | None = Field(
        default=None,
        description="Legal reference for this condition when it is not only the committee's "
        "decision under SoL 11 kap. 5 § (e.g. 'SoL 21 kap. 2 §').",
    )


class Leaf(_Node):
    """A condition a provider checks summarily against one or two facts."""

    evidence: Evidence = Field(description="What the provider looks at to establish it.")
    evidence_note: str | None = Field(
        default=None, description="Which document exactly, e.g. 'Intyg om placering'."
    )
    question: str | None = Field(
        default=None, description="The Swedish question, when the fact's default does not fit."
    )

    def facts(self) -> tuple[str, ...]:
        raise NotImplementedError

    def check(self, facts: Mapping[str, FactValue]) -> LeafResult:
        raise NotImplementedError

    def compile(self) -> Callable[[Mapping[str, FactValue]], LeafResult]:
        """The check as a closure over its constants, for screening (same results as check)."""
        return self.check

    def describe(self) -> str:
        """A plain Swedish sentence for what the condition requires."""
        raise NotImplementedError

    def wording(self) -> str:
        """How every page and report words the condition: the catalog's text, else describe()."""
        return self.text or self.describe()


def _pending(key: str, value: object) -> LeafResult | None:
    """A missing fact is asked; an unsure one is not (the provider could not establish it)."""
    if value is None:
        return Verdict.UNKNOWN, (key,)
    if value is UNSURE:
        return Verdict.UNSURE, ()
    return None


_MET_RESULT: LeafResult = (Verdict.MET, ())
_NOT_MET_RESULT: LeafResult = (Verdict.NOT_MET, ())
_UNSURE_RESULT: LeafResult = (Verdict.UNSURE, ())


def conjoin(*parts: LeafResult) -> LeafResult:
    """Kleene "and" of parts of one leaf, keeping the facts still needed."""
    verdicts = [verdict for verdict, _ in parts]
    if Verdict.NOT_MET in verdicts:
        return Verdict.NOT_MET, ()
    if all(verdict is Verdict.MET for verdict in verdicts):
        return Verdict.MET, ()
    missing = tuple(key for _, keys in parts for key in keys)
    return (Verdict.UNSURE if Verdict.UNSURE in verdicts else Verdict.UNKNOWN), missing


class Age(Leaf):
    """Age in whole years within inclusive bounds, shown by an identity document."""

    kind: Literal["age"]
    subject: Subject = "person"
    min: int | None = Field(default=None, ge=0, le=130, description="Lowest age, inclusive.")
    max: int | None = Field(default=None, ge=0, le=130, description="Highest age, inclusive.")

    @model_validator(mode="after")
    def _bounds_in_order(self) -> Age:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is above max ({self.max}): no age can meet it")
        return self

    def facts(self) -> tuple[str, ...]:
        return (f"{self.subject}.age",)

    def check(self, facts: Mapping[str, FactValue]) -> LeafResult:
        key = f"{self.subject}.age"
        value = facts.get(key)
        if (pending := _pending(key, value)) is not None:
            return pending
        assert isinstance(value, int)
        ok = (self.min is None or value >= self.min) and (self.max is None or value <= self.max)
        return (Verdict.MET if ok else Verdict.NOT_MET), ()

    def compile(self) -> Callable[[Mapping[str, FactValue]], LeafResult]:
        key, low, high = f"{self.subject}.age", self.min, self.max
        low = -1 if low is None else low
        high = 999 if high is None else high
        unknown: LeafResult = (Verdict.UNKNOWN, (key,))

        def check(facts: Mapping[str, FactValue]) -> LeafResult:
            value = facts.get(key)
            if value is None:
                return unknown
            if value is UNSURE:
                return _UNSURE_RESULT
            return _MET_RESULT if low <= value <= high else _NOT_MET_RESULT  # type: ignore[operator]

        return check

    def describe(self) -> str:
        who = _SUBJECT_SV[self.subject].capitalize()
        if self.min is not None and self.max is not None:
            return f"{who} är mellan {self.min} och {self.max} år."
        if self.min is not None:
            return f"{who} har fyllt {self.min} år."
        if self.max is not None:
            return f"{who} är högst {self.max} år (har inte fyllt {self.max + 1})."
        return f"{who}s ålder är känd."


class _MunicipalityLeaf(Leaf):
    municipality: str = Field(
        description="Municipality name or SCB code; normalised to the four-digit code."
    )

    @field_validator("municipality")
    @classmethod
    def _known(cls, value: str) -> str:
        return resolve_municipality(value).code

    @property
    def municipality_name(self) -> str:
        found = find_municipality(self.municipality)
        return found.name if found else self.municipality

    def _match(self, key: str, facts: Mapping[str, FactValue]) -> LeafResult:
        value = facts.get(key)
        if (pending := _pending(key, value)) is not None:
            return pending
        return (Verdict.MET if value == self.municipality else Verdict.NOT_MET), ()

    def _compile_match(self, key: str) -> Callable[[Mapping[str, FactValue]], LeafResult]:
        code = self.municipality
        unknown: LeafResult = (Verdict.UNKNOWN, (key,))

        def check(facts: Mapping[str, FactValue]) -> LeafResult:
            value = facts.get(key)
            if value is None:
                return unknown
            if value is UNSURE:
                return _UNSURE_RESULT
            return _MET_RESULT if value == code else _NOT_MET_RESULT

        return check


class RegisteredIn(_MunicipalityLeaf):
    """Folkbokförd i: a population-register fact (not where someone actually lives)."""

    kind: Literal["registered_in"]
    subject: Subject = "person"

    def facts(self) -> tuple[str, ...]:
        return (f"{self.subject}.municipality",)

    def check(self, facts: Mapping[str, FactValue]) -> LeafResult:
        return self._match(f"{self.subject}.municipality", facts)

    def compile(self) -> Callable[[Mapping[str, FactValue]], LeafResult]:
        return self._compile_match(f"{self.subject}.municipality")

    def describe(self) -> str:
        verb = "folkbokfört" if self.subject == "child" else "folkbokförd"
        return f"{_SUBJECT_SV[self.subject].capitalize()} är {verb} i {self.municipality_name}."


class LivesIn(_MunicipalityLeaf):
    """Bosatt i (SoL 29 kap. 1 §): where the person actually lives, shown by e.g. a contract."""

    kind: Literal["lives_in"]

    def facts(self) -> tuple[str, ...]:
        return ("person.lives_in",)

    def check(self, facts: Mapping[str, FactValue]) -> LeafResult:
        return self._match("person.lives_in", facts)

    def compile(self) -> Callable[[Mapping[str, FactValue]], LeafResult]:
        return self._compile_match("person.lives_in")

    def describe(self) -> str:
        return f"Personen är bosatt i {self.municipality_name}."


class School(_MunicipalityLeaf):
    """The child attends the municipality's preschool or school, within a range of grades."""

    kind: Literal["school"]
    min_grade: int | None = Field(default=None, ge=-1, le=10, description="-1 förskola, 0 fklass")
    max_grade: int | None = Field(default=None, ge=-1, le=10)

    @model_validator(mode="after")
    def _grades_in_order(self) -> School:
        low, high = self.min_grade, self.max_grade
        if low is not None and high is not None and low > high:
            raise ValueError(f"min_grade ({low}) is above max_grade ({high})")
        return self

    def facts(self) -> tuple[str, ...]:
        return ("child.school_municipality", "child.school_grade")

    def check(self, facts: Mapping[str, FactValue]) -> LeafResult:
        place = self._match("child.school_municipality", facts)
        value = facts.get("child.school_grade")
        grade = _pending("child.school_grade", value)
        if grade is None:
            assert isinstance(value, int)
            ok = (self.min_grade is None or value >= self.min_grade) and (
                self.max_grade is None or value <= self.max_grade
            )
            grade = (Verdict.MET if ok else Verdict.NOT_MET), ()
        return conjoin(place, grade)

    def describe(self) -> str:
        grades = ""
        if self.min_grade is not None or self.max_grade is not None:
            grades = f", från {_grade_sv(self.min_grade)} till {_grade_sv(self.max_grade)}"
        name = self.municipality_name
        whose = name if name[-1:] in ("s", "x", "z") else f"{name}s"  # Alingsås, not Alingsåss
        return f"Barnet går i {whose} förskola eller grundskola{grades}."


def _grade_sv(grade: int | None) -> str:
    if grade is None:
        return "–"
    return {-1: "förskolan", 0: "förskoleklass"}.get(grade, f"årskurs {grade}")


class GuardianConsent(Leaf):
    """Below an age, the guardians must consent: all of them where custody is joint."""

    kind: Literal["guardian_consent"]
    below_age: int = Field(
        ge=1, le=18, description="Consent is required while the person is younger than this."
    )
    guardians: Literal["all", "any"] = Field(
        default="all",
        description="'all' (FB 6 kap. 13 §: joint custody means both) or 'any' — which the "
        "linter flags, since one guardian's consent does not reach IUB.",
    )

    def facts(self) -> tuple[str, ...]:
        return ("person.age", "person.guardian_consent")

    def check(self, facts: Mapping[str, FactValue]) -> LeafResult:
        age = facts.get("person.age")
        if (pending := _pending("person.age", age)) is not None:
            return pending
        assert isinstance(age, int)
        if age >= self.below_age:
            return Verdict.MET, ()
        consent = facts.get("person.guardian_consent")
        if (pending := _pending("person.guardian_consent", consent)) is not None:
            return pending
        ok = consent == "all" or (self.guardians == "any" and consent == "some")
        return (Verdict.MET if ok else Verdict.NOT_MET), ()

    def compile(self) -> Callable[[Mapping[str, FactValue]], LeafResult]:
        # The statutory consent rule stands in every intervention, so every screen checks it.
        below, some_will_do = self.below_age, self.guardians == "any"
        age_unknown: LeafResult = (Verdict.UNKNOWN, ("person.age",))
        consent_unknown: LeafResult = (Verdict.UNKNOWN, ("person.guardian_consent",))

        def check(facts: Mapping[str, FactValue]) -> LeafResult:
            age = facts.get("person.age")
            if age is None:
                return age_unknown
            if age is UNSURE:
                return _UNSURE_RESULT
            if age >= below:  # type: ignore[operator]
                return _MET_RESULT
            consent = facts.get("person.guardian_consent")
            if consent is None:
                return consent_unknown
            if consent is UNSURE:
                return _UNSURE_RESULT
            if consent == "all" or (some_will_do and consent == "some"):
                return _MET_RESULT
            return _NOT_MET_RESULT

        return check

    def describe(self) -> str:
        who = "samtliga vårdnadshavare" if self.guardians == "all" else "en vårdnadshavare"
        return f"För den som inte har fyllt {self.below_age} år samtycker {who}."


class Flag(Leaf):
    """A yes/no fact must have the expected answer ("efter föräldrarnas gemensamma begäran")."""

    kind: Literal["flag"]
    fact: str = Field(description="A boolean fact of the vocabulary or the catalog.")
    expected: bool = True

    def facts(self) -> tuple[str, ...]:
        return (self.fact,)

    def check(self, facts: Mapping[str, FactValue]) -> LeafResult:
        value = facts.get(self.fact)
        if (pending := _pending(self.fact, value)) is not None:
            return pending
        return (Verdict.MET if value is self.expected else Verdict.NOT_MET), ()

    def compile(self) -> Callable[[Mapping[str, FactValue]], LeafResult]:
        key, expected = self.fact, self.expected
        unknown: LeafResult = (Verdict.UNKNOWN, (key,))

        def check(facts: Mapping[str, FactValue]) -> LeafResult:
            value = facts.get(key)
            if value is None:
                return unknown
            if value is UNSURE:
                return _UNSURE_RESULT
            return _MET_RESULT if value is expected else _NOT_MET_RESULT

        return check

    def describe(self) -> str:
        return self.text or f"{self.fact} är {'ja' if self.expected else 'nej'}."


class Manual(Flag):
    """A condition kept in its original wording, checked by a yes/no question at the desk.

    The importer writes this where it cannot structure a condition; the linter reports it.
    """

    kind: Literal["manual"]  # type: ignore[assignment]


class IncludesAny(Leaf):
    """A list or choice fact holds at least one of the listed values."""

    kind: Literal["includes_any"]
    fact: str = Field(description="A 'choices' or 'choice' fact.")
    values: tuple[str, ...] = Field(min_length=1)
    labels: dict[str, str] = Field(
        default_factory=dict, description="Swedish wording per value, as the catalog writes it."
    )

    def facts(self) -> tuple[str, ...]:
        return (self.fact,)

    def check(self, facts: Mapping[str, FactValue]) -> LeafResult:
        value = facts.get(self.fact)
        if (pending := _pending(self.fact, value)) is not None:
            return pending
        given = (value,) if isinstance(value, str) else value
        assert isinstance(given, tuple)
        return (Verdict.MET if set(given) & set(self.values) else Verdict.NOT_MET), ()

    def compile(self) -> Callable[[Mapping[str, FactValue]], LeafResult]:
        key, wanted = self.fact, frozenset(self.values)
        unknown: LeafResult = (Verdict.UNKNOWN, (key,))

        def check(facts: Mapping[str, FactValue]) -> LeafResult:
            value = facts.get(key)
            if value is None:
                return unknown
            if value is UNSURE:
                return _UNSURE_RESULT
            if isinstance(value, str):
                return _MET_RESULT if value in wanted else _NOT_MET_RESULT
            return _NOT_MET_RESULT if wanted.isdisjoint(value) else _MET_RESULT  # type: ignore[arg-type]

        return check

    def describe(self) -> str:
        labels = [self.labels.get(v, v) for v in self.values]
        return "Något av följande gäller: " + "; ".join(labels) + "."


class AllOf(_Node):
    """Every condition in the list must be met."""

    all: list[Condition] = Field(min_length=1)


class AnyOf(_Node):
    """At least one condition in the list must be met ("något av följande villkor")."""

    any: list[Condition] = Field(min_length=1)


class NotOf(_Node):
    """The condition must not be met."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    not_: Condition = Field(alias="not")


def _discriminate(value: Any) -> str | None:
    if isinstance(value, dict):
        for key in ("all", "any", "not"):
            if key in value:
                return key
        kind = value.get("kind")
        return kind if isinstance(kind, str) else None
    if isinstance(value, AllOf):
        return "all"
    if isinstance(value, AnyOf):
        return "any"
    if isinstance(value, NotOf):
        return "not"
    return getattr(value, "kind", None)


Condition = Annotated[
    Annotated[Age, Tag("age")]
    | Annotated[RegisteredIn, Tag("registered_in")]
    | Annotated[LivesIn, Tag("lives_in")]
    | Annotated[School, Tag("school")]
    | Annotated[GuardianConsent, Tag("guardian_consent")]
    | Annotated[Flag, Tag("flag")]
    | Annotated[Manual, Tag("manual")]
    | Annotated[IncludesAny, Tag("includes_any")]
    | Annotated[AllOf, Tag("all")]
    | Annotated[AnyOf, Tag("any")]
    | Annotated[NotOf, Tag("not")],
    Discriminator(
        _discriminate,
        custom_error_type="unknown_condition_kind",
        custom_error_message=(
            "unknown condition: give 'kind' (age, registered_in, lives_in, school, "
            "guardian_consent, flag, manual, includes_any) or one of 'all', 'any', 'not'"
        ),
    ),
]

AllOf.model_rebuild()
AnyOf.model_rebuild()
NotOf.model_rebuild()
