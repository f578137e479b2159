"""The catalog (förteckning) as data: the committee's decision, its areas and interventions.

Models are Pydantic v2 with ``extra="forbid"`` so that a misspelt key fails the load with its
line, and they are frozen: a published catalog version never changes in memory either.
The JSON Schema in docs/catalog.schema.json is generated from these classes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from iub.catalog._conditions import ID_PATTERN, AllOf, AnyOf, Condition, Leaf, NotOf
from iub.facts import VOCABULARY, Evidence, FactSpec, FactType
from iub.geo import resolve_municipality

__all__ = [
    "Area",
    "Catalog",
    "Chapter",
    "Committee",
    "Contact",
    "Decision",
    "DeclaredFact",
    "Delivery",
    "Documentation",
    "FollowUp",
    "FollowUpForm",
    "Intervention",
    "Method",
    "MunicipalityRef",
    "Regime",
    "Route",
    "iter_nodes",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Contact(_Model):
    """How to reach a unit or the committee; every field optional, none invented."""

    name: str | None = None
    phone: str | None = None
    email: str | None = None
    web: str | None = None
    address: str | None = None
    hours: str | None = None


class MunicipalityRef(_Model):
    """The municipality whose committee decided the catalog."""

    name: str = Field(description="Short name, e.g. 'Alingsås'.")
    code: str = Field(pattern=r"^\d{4}$", description="SCB municipality code, e.g. '1489'.")

    @model_validator(mode="after")
    def _official(self) -> MunicipalityRef:
        found = resolve_municipality(self.code)
        if resolve_municipality(self.name) != found:
            raise ValueError(f"code {self.code} is {found.name}, not {self.name!r}")
        return self


class Committee(_Model):
    """The social committee (socialnämnden) and where individuals apply under 11 kap. 1 §."""

    name: str = Field(description="E.g. 'Socialnämnden'.")
    administration: str | None = Field(default=None, description="E.g. 'Socialförvaltningen'.")
    contact: Contact | None = None
    how_to_apply: str | None = Field(
        default=None,
        description="Where and how to apply for needs-assessed interventions (11 kap. 1 §).",
    )


class Decision(_Model):
    """The committee's decision that this catalog version rests on (11 kap. 5 §).

    Every field may be absent so that a document lacking them can still be encoded as it is;
    the linter reports what is missing (IUB004), and publishing refuses it.
    """

    body: str | None = Field(default=None, description="Beslutande instans, 'Socialnämnden'.")
    date: dt.date | None = Field(default=None, description="Datum för beslut.")
    diarienummer: str | None = Field(
        default=None, min_length=1, description="E.g. '2025.053 SN § 37'."
    )
    valid_from: dt.date | None = Field(default=None, description="Giltighetstid, first day.")
    valid_to: dt.date | None = Field(default=None, description="Giltighetstid, last day.")
    revise_by: dt.date | None = Field(default=None, description="Revideras senast.")
    document_owner: str | None = Field(default=None, description="Dokumentansvarig.")
    document_type: str | None = Field(default=None, description="Typ av styrdokument.")
    applies_to: str | None = Field(default=None, description="Gäller för.")
    decided_by_text: str | None = Field(
        default=None, description="The document's own statement of who decided, when unusual."
    )


class Area(_Model):
    """A heading of the catalog that groups interventions (Rådgivning, Anhörigstöd, …)."""

    id: str = Field(pattern=ID_PATTERN)
    title: str
    section: str | None = Field(default=None, description="Section number, e.g. '3.1'.")
    description: str | None = None


class Chapter(_Model):
    """A chapter of the guideline that is not an intervention (introduction, legal
    background), kept so that the published riktlinjer print it back in its place."""

    title: str
    section: str | None = Field(default=None, description="Section number, e.g. '2.1'.")
    level: int = Field(
        default=1, ge=1, le=4, description="Heading depth: 1 for a chapter, 2 for a section …"
    )
    text: str = Field(default="", description="The chapter's text; blank lines part paragraphs.")
    before_area: str | None = Field(
        default=None,
        description="The id of the area the chapter comes before; none: after the last area.",
    )


class Method(_Model):
    """A method within an intervention, each with its own target group and extent."""

    name: str
    description: str | None = None
    target_group: str | None = None
    extent: str | None = None


class Regime(StrEnum):
    """How the intervention is documented (14 kap. 3–5 §§)."""

    full = "full"
    advice = "advice"
    no_identity = "no_identity"

    @property
    def citation(self) -> str:
        return {
            Regime.full: "SoL 14 kap. 3 §",
            Regime.advice: "SoL 14 kap. 4 §",
            Regime.no_identity: "SoL 14 kap. 5 §",
        }[self]

    @property
    def label_sv(self) -> str:
        return {
            Regime.full: "Dokumenteras enligt 14 kap. 3 § socialtjänstlagen",
            Regime.advice: "Rådgivning: personliga förhållanden dokumenteras inte (14 kap. 4 §)",
            Regime.no_identity: "Uppgifter som kan röja identiteten dokumenteras inte "
            "(14 kap. 5 §)",
        }[self]


class Documentation(_Model):
    """The documentation regime and what the committee stated for it."""

    regime: Regime
    system: str | None = Field(
        default=None, description="Named documentation system, e.g. 'Lifecare IFO', 'UNGDOK'."
    )
    special_reasons: str | None = Field(
        default=None, description="14 kap. 5 §: the committee's stated special reasons."
    )
    risk_analysis: str | None = Field(
        default=None, description="Risk- och konsekvensanalys, where the committee gave one."
    )
    text: str | None = Field(default=None, description="The catalog's own wording.")


class FollowUpForm(StrEnum):
    """Forms of follow-up (5 kap. 1–2 §§)."""

    visit_statistics = "visit_statistics"
    individual = "individual"
    national_statistics = "national_statistics"
    user_survey = "user_survey"

    @property
    def label_sv(self) -> str:
        return {
            FollowUpForm.visit_statistics: "Besöksstatistik",
            FollowUpForm.individual: "Individbaserad uppföljning",
            FollowUpForm.national_statistics: "Nationell statistikinlämning",
            FollowUpForm.user_survey: "Anonym brukarenkät",
        }[self]


class FollowUp(_Model):
    """How the intervention is followed up."""

    forms: list[FollowUpForm] = Field(default_factory=list)
    text: str | None = Field(default=None, description="The catalog's own wording.")


class Route(_Model):
    """One way for the individual to reach the intervention ("Vart ska den enskilde vända sig")."""

    kind: Literal["unit", "own_district", "acting_district", "city_wide"] = Field(
        description="'unit': a named providing unit; for a city with districts: the person's "
        "own district administration, a district acting for it, or a city-wide administration."
    )
    text: str = Field(description="The catalog's wording of this route.")
    unit: str | None = Field(default=None, description="Name of the providing unit.")
    contact: Contact | None = None


Delivery = Literal["individual", "group", "both"]


class Intervention(_Model):
    """One intervention the committee decided to provide without individual needs assessment."""

    id: str = Field(pattern=ID_PATTERN, description="Slug of the Swedish title.")
    aliases: list[str] = Field(
        default_factory=list,
        description="Other ids that find this intervention, e.g. from a differently spelt "
        "table of contents.",
    )
    title: str
    area: str = Field(description="Id of the catalog area.")
    section: str | None = Field(default=None, description="Section in the source, e.g. '3.1.2'.")
    content: str = Field(description="Innehåll.")
    methods: list[Method] = Field(default_factory=list)
    target_group: str | None = Field(default=None, description="Målgrupp, as written.")
    extent: str | None = Field(default=None, description="Omfattning.")
    delivery: Delivery | None = Field(default=None, description="Individually, in group, both.")
    conditions: list[Condition] = Field(
        default_factory=list,
        description="Villkor: all must be met. An empty list means open to all (the statutory "
        "layer still applies).",
    )
    minors_without_consent: bool | None = Field(
        default=None,
        description="21 kap. 2 §: whether the committee judged it suitable to provide this to "
        "15–17-year-olds without their guardians' consent. None when the catalog is silent, "
        "which the product treats as 'consent required'.",
    )
    minors_statement: str | None = Field(
        default=None, description="The committee's wording behind minors_without_consent."
    )
    documentation: Documentation
    follow_up: FollowUp = Field(default_factory=FollowUp)
    where_to_turn: list[Route] = Field(default_factory=list)
    confidentiality: str | None = Field(
        default=None, description="Notes on secrecy, e.g. 'Familjerådgivarna har tystnadsplikt'."
    )
    fee: str | None = Field(default=None, description="Avgift, where the catalog states one.")
    notes: list[str] = Field(
        default_factory=list,
        description="Ambiguities and contradictions of the source, kept rather than fixed.",
    )

    def nodes(self) -> Iterator[Condition]:
        """Every condition of the intervention, depth first, composites before children."""
        for condition in self.conditions:
            yield from iter_nodes(condition)

    def leaves(self) -> Iterator[Leaf]:
        for node in self.nodes():
            if isinstance(node, Leaf):
                yield node


def iter_nodes(node: Condition) -> Iterator[Condition]:
    """A condition and its descendants, depth first."""
    yield node
    if isinstance(node, AllOf):
        for child in node.all:
            yield from iter_nodes(child)
    elif isinstance(node, AnyOf):
        for child in node.any:
            yield from iter_nodes(child)
    elif isinstance(node, NotOf):
        yield from iter_nodes(node.not_)


class DeclaredFact(_Model):
    """A fact a catalog adds to the vocabulary, with its question and evidence."""

    key: str = Field(pattern=r"^[a-z_]+(\.[a-z0-9_]+)+$")
    type: FactType
    question: str
    question_en: str | None = None
    evidence: Evidence
    choices: dict[str, str] = Field(default_factory=dict)

    def spec(self) -> FactSpec:
        return FactSpec(
            key=self.key,
            type=self.type,
            question=self.question,
            question_en=self.question_en or "",
            evidence=self.evidence,
            choices=self.choices,
        )


class Catalog(_Model):
    """A version of a municipality's catalog of IUB interventions."""

    schema_version: Literal[1] = 1  # bump with a migration note in docs/catalog-format.md
    title: str = Field(description="The document's title.")
    municipality: MunicipalityRef
    committee: Committee
    decision: Decision
    areas: list[Area] = Field(default_factory=list)
    interventions: list[Intervention] = Field(min_length=1)
    facts: list[DeclaredFact] = Field(
        default_factory=list,
        description="Facts this catalog adds to the fact vocabulary (docs/architecture.md).",
    )
    doubt_procedure: str | None = Field(
        default=None,
        description="What the provider does when a condition is doubtful (refer to the "
        "committee), in the catalog's words.",
    )
    information_duty: str | None = Field(
        default=None, description="The catalog's own wording of the 11 kap. 6 § information."
    )
    chapters: list[Chapter] = Field(
        default_factory=list,
        description="The document's own chapters that are not interventions (introduction, "
        "legal background), in the document's order.",
    )
    source: str | None = Field(default=None, description="Where the catalog was encoded from.")
    notes: list[str] = Field(default_factory=list)

    @field_validator("facts")
    @classmethod
    def _new_facts_only(cls, facts: list[DeclaredFact]) -> list[DeclaredFact]:
        for fact in facts:
            if fact.key in VOCABULARY:
                raise ValueError(f"{fact.key!r} is already in the vocabulary; do not redeclare it")
        return facts

    def vocabulary(self) -> dict[str, FactSpec]:
        """The fact vocabulary (docs/architecture.md) plus this catalog's declared facts."""
        return {**VOCABULARY, **{fact.key: fact.spec() for fact in self.facts}}

    def area(self, area_id: str) -> Area | None:
        return next((area for area in self.areas if area.id == area_id), None)
