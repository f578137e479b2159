"""The fields and conditions stages for one intervention: parsed blocks → typed draft.

:func:`draft_intervention` takes a :class:`~iub.documents._parse.ParsedIntervention` (the
blocks under each field heading) and returns an :class:`InterventionDraft`: every catalog value
read from the blocks, and the conditions from the Villkor blocks. Each step is a small function
over the field texts; notes on values read from wording go to the report as they are made.
:meth:`InterventionDraft.to_data` gives the catalog YAML shape (key order as written).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from iub.catalog import slugify
from iub.documents import _fields as fields
from iub.documents._model import Block, ImportReport, ReportEntry
from iub.documents._parse import ParsedIntervention
from iub.documents._villkor import Cond, ConditionContext, parse_conditions
from iub.geo import Municipality

__all__ = ["ContentFields", "InterventionDraft", "draft_intervention", "unique_id"]

#: Records a value read from wording: ``note(kind, message, text)``.
Note = Callable[..., None]


@dataclass
class ContentFields:
    """Innehåll, Omfattning and delivery as the content and extent fields give them."""

    texts: list[str]
    extent_inline: str | None
    extent_texts: list[str]
    delivery: str | None
    delivery_note: str | None


@dataclass
class InterventionDraft:
    """One intervention after the fields and conditions stages, before validation."""

    id: str
    title: str
    area: str
    section: str | None = None
    content: str = ""
    methods: list[dict[str, Any]] = field(default_factory=list)
    target_group: str | None = None
    extent: str | None = None
    delivery: str | None = None
    conditions: list[Cond] = field(default_factory=list)
    minors_without_consent: bool = False
    documentation: dict[str, Any] = field(default_factory=dict)
    follow_up: dict[str, Any] = field(default_factory=dict)
    where_to_turn: list[dict[str, Any]] = field(default_factory=list)
    confidentiality: str | None = None
    fee: str | None = None
    facts: list[dict[str, Any]] = field(default_factory=list)

    def to_data(self) -> dict[str, Any]:
        """The intervention in the catalog YAML shape, keys in the catalog's order."""
        out: dict[str, Any] = {"id": self.id, "title": self.title, "area": self.area}
        if self.section:
            out["section"] = self.section
        out["content"] = self.content
        optional: tuple[tuple[str, object], ...] = (
            ("methods", self.methods),
            ("target_group", self.target_group),
            ("extent", self.extent),
            ("delivery", self.delivery),
        )
        out.update((key, value) for key, value in optional if value)
        out["conditions"] = self.conditions
        if self.minors_without_consent:
            out["minors_without_consent"] = True
        out["documentation"] = self.documentation
        later: tuple[tuple[str, object], ...] = (
            ("follow_up", self.follow_up),
            ("where_to_turn", self.where_to_turn),
            ("confidentiality", self.confidentiality),
            ("fee", self.fee),
        )
        out.update((key, value) for key, value in later if value)
        return out


def unique_id(base: str, taken: list[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … when taken; the id is added to ``taken``."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.append(candidate)
    return candidate


def draft_intervention(
    parsed: ParsedIntervention,
    area_id: str,
    ids: list[str],
    where: Municipality,
    report: ImportReport,
) -> InterventionDraft:
    """The fields and conditions of one parsed intervention (the report gets every note)."""
    title = parsed.title.strip()
    draft = InterventionDraft(
        id=_intervention_id(title, ids, report), title=title, area=area_id, section=parsed.section
    )

    def note(kind: str, message: str, text: str | None = None) -> None:
        report.inferred.append(
            ReportEntry(kind=kind, message=message, intervention=draft.id, text=text)
        )

    content = read_content(parsed, note)
    draft.methods = _methods(parsed, title, content, note)
    draft.target_group = _target_group(parsed, content.texts, note)
    draft.delivery = _delivery(parsed, content, note)
    draft.extent = _extent(draft, content, note)
    draft.conditions = _conditions(parsed, draft, where, report)
    _documentation(parsed, draft, note)
    draft.content = fields.join(content.texts) or ""
    if not draft.content:
        report.warnings.append(
            ReportEntry(kind="content", intervention=draft.id, message="no Innehåll text found")
        )
    draft.minors_without_consent = _minors_without_consent(draft.conditions, note)
    draft.where_to_turn = fields.routes(_texts(parsed, "where"))
    draft.fee = fields.join(_texts(parsed, "fee"))
    if extra := fields.join(_texts(parsed, "confidentiality")):
        draft.confidentiality = "\n\n".join(filter(None, [draft.confidentiality, extra]))
    return draft


def _texts(parsed: ParsedIntervention, key: str) -> list[Block]:
    return parsed.fields.get(key, [])


def _intervention_id(title: str, ids: list[str], report: ImportReport) -> str:
    iid = unique_id(slugify(title), ids)
    if iid != slugify(title):
        report.warnings.append(
            ReportEntry(
                kind="duplicate_title",
                intervention=iid,
                text=title,
                message="two interventions share a title; the second id was numbered, "
                "which the catalog will not accept until the titles differ",
            )
        )
    return iid


def read_content(parsed: ParsedIntervention, note: Note) -> ContentFields:
    """Innehåll (with text before the first field heading), the inline "Omfattning …" in it,
    the Omfattning field, and the delivery sentence from either."""
    content_blocks = [*_texts(parsed, "preamble"), *_texts(parsed, "content")]
    if _texts(parsed, "preamble"):
        note("content", "text before the first field heading was read as Innehåll")
    texts = fields.strip_labels(
        [b.text if b.kind != "item" else "• " + b.text for b in content_blocks]
    )
    extent_inline, texts = fields.inline_extent(texts)
    how, texts, how_note = fields.delivery(texts)
    extent_texts = fields.strip_labels([b.text for b in _texts(parsed, "extent")])
    extent_how, extent_texts, _ = fields.delivery(extent_texts)
    return ContentFields(texts, extent_inline, extent_texts, how or extent_how, how_note)


def _methods(
    parsed: ParsedIntervention, title: str, content: ContentFields, note: Note
) -> list[dict[str, Any]]:
    method_blocks, conduct = fields.conduct_paragraphs(_texts(parsed, "methods"))
    if conduct:
        content.texts.extend(conduct)
        note("content", "how the intervention is carried out, under Metod, read as Innehåll")
    methods, method_notes = fields.methods(method_blocks, title=title)
    for text in method_notes:
        note("method", text)
    return methods


def _target_group(parsed: ParsedIntervention, texts: list[str], note: Note) -> str | None:
    target = fields.join(_texts(parsed, "target_group"))
    if target is None and texts:
        target = target_from_content(texts[0])
        if target:
            note("target_group", "target group read from the content's first sentences", target)
    return target


def _delivery(parsed: ParsedIntervention, content: ContentFields, note: Note) -> str | None:
    how, how_note = content.delivery, content.delivery_note
    if how is None:
        every = [
            *content.texts,
            *(b.text for k in ("documentation", "risk", "methods") for b in _texts(parsed, k)),
        ]
        how, _, how_note = fields.delivery(every)
    if how_note:
        note("delivery", f"delivery read from {how_note}", how)
    return how


def _extent(draft: InterventionDraft, content: ContentFields, note: Note) -> str | None:
    """Omfattning: the field, else inline, else a content sentence, else the one method's;
    the one method the intervention is named after gives its target group and extent."""
    extent = fields.join(content.extent_texts) or content.extent_inline
    if extent is None and (extent := fields.extent_sentences(content.texts)):
        note("extent", "extent read from the content (kept there too)", extent)
    methods = draft.methods
    if len(methods) == 1 and names_method(draft.title, methods[0]["name"]):
        # "Föräldraträffar ABC" with the one method ABC: the method is the intervention.
        method = methods[0]
        if extent is None and method.get("extent"):
            extent = method.pop("extent")
            note("extent", "extent read from the method the intervention is named after", extent)
        elif extent is not None and " ".join(str(method.get("extent")).split()) == " ".join(
            extent.split()
        ):
            del method["extent"]  # stated once, for the intervention
        if draft.target_group and "target_group" not in method:
            method["target_group"] = target = draft.target_group
            note("method", "the intervention's target group is its one method's", target)
    if content.extent_inline and content.extent_texts:
        note(
            "extent",
            "two extents: the Omfattning field is kept, the inline one stays in the content",
            content.extent_inline,
        )
        content.texts.append(f"Omfattning {content.extent_inline}")
    return extent


def _conditions(
    parsed: ParsedIntervention,
    draft: InterventionDraft,
    where: Municipality,
    report: ImportReport,
) -> list[Cond]:
    """The conditions stage: the Villkor blocks as conditions (see ``_villkor``)."""
    ctx = ConditionContext(
        intervention_id=draft.id,
        title=draft.title,
        municipality=where,
        target_group=draft.target_group or "",
    )
    conditions = parse_conditions(_texts(parsed, "conditions"), ctx)
    if "conditions" not in parsed.fields:
        report.warnings.append(
            ReportEntry(
                kind="conditions",
                intervention=draft.id,
                message="no Villkor field: the "
                "intervention is open to everyone (the statutory layer still applies)",
            )
        )
    report.manual_checks.extend(ctx.manual)
    report.inferred.extend(ctx.inferred)
    draft.facts.extend(ctx.facts)
    return conditions


def _minors_without_consent(conditions: Sequence[Cond], note: Note) -> bool:
    consent = [c for c in leaves(conditions) if c.get("kind") == "guardian_consent"]
    if any(c["below_age"] <= 15 for c in consent):
        note(
            "minors",
            "consent is required only under 15, so 15–17-year-olds are read as "
            "allowed without consent (21 kap. 2 §)",
        )
        return True
    return False


def _documentation(parsed: ParsedIntervention, draft: InterventionDraft, note: Note) -> None:
    documentation, confidentiality, doc_notes = fields.documentation(
        _texts(parsed, "documentation"), _texts(parsed, "risk")
    )
    for text in doc_notes:
        note("documentation", text)
    fallback = [b.text for k in ("risk", "documentation") for b in _texts(parsed, k)]
    follow_up, follow_how = fields.follow_up(_texts(parsed, "follow_up"), fallback=fallback)
    if follow_how:
        note("follow_up", follow_how, follow_up.get("text"))
    draft.documentation = documentation
    draft.follow_up = follow_up
    draft.confidentiality = confidentiality


_TARGET_FIRST: Final = re.compile(r"^Målgruppen\s+(?:för\s+insatsen\s+)?är\s+(?P<t>[^.]+\.)")
#: A following sentence that widens or narrows who belongs: "Den som är under 18 år
#: betraktas som anhörig …", "… ingår också i målgruppen".
_TARGET_MORE: Final = re.compile(r"\b(?:betraktas|räknas|ingår|omfattas)\b", re.I)
_TARGET_TAIL: Final = re.compile(
    r",?\s+och\s+ingår\s+(?:därför|därmed|också|även)?\s*i\s+målgruppen(?:\s+för\s+insatsen)?"
    r"(?=\.$)",
    re.I,
)


def target_from_content(paragraph: str) -> str | None:
    """ "Målgruppen för insatsen är X. Den som … betraktas som …" at the start of Innehåll: X,
    and the sentences right after it that say who else belongs (without the closing "och
    ingår därför i målgruppen", which the field itself now says)."""
    match = _TARGET_FIRST.match(paragraph.strip())
    if not match:
        return None
    sentences = fields.split_sentences(paragraph.strip())
    taken = [match["t"][0].upper() + match["t"][1:]]
    for sentence in sentences[1:]:
        if not _TARGET_MORE.search(sentence):
            break
        taken.append(_TARGET_TAIL.sub("", sentence))
    return " ".join(taken)


def names_method(title: str, name: str) -> bool:
    """The intervention's title names the method by its short name ("Föräldraträffar ABC")."""
    short = fields.acronym(name)
    return short is not None and name != title and short in re.findall(r"[\wÅÄÖåäö]+", title)


def leaves(conditions: Sequence[Cond]) -> list[Cond]:
    """The leaf conditions under every ``all`` / ``any``."""
    out: list[Cond] = []
    for cond in conditions:
        for key in ("all", "any"):
            if key in cond:
                out.extend(leaves(cond[key]))
                break
        else:
            out.append(cond)
    return out
