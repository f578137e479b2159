"""The words Swedish IUB guidelines use for their structure: field labels and header labels.

Kept in one place so that the reader, the parser and the publisher agree: what the publisher
prints as a heading is exactly what the importer recognises.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "FIELD_LABELS",
    "FIELD_ORDER",
    "FIELD_TITLES",
    "META_LABELS",
    "PUBLISHED_HEADINGS",
    "field_key",
    "inline_field",
    "intervention_label",
    "meta_line",
    "numbered_heading",
]

#: Canonical field key → the heading the seeds (and the publisher) use.
FIELD_TITLES: Final = {
    "name": "Insatsens namn",
    "content": "Innehåll",
    "methods": "Metod",
    "target_group": "Målgrupp",
    "extent": "Omfattning",
    "conditions": "Villkor",
    "where": "Vart ska den enskilde vända sig",
    "documentation": "Dokumentation",
    "risk": "Risk- och konsekvensanalys",
    "follow_up": "Uppföljning",
    "fee": "Avgift",
    "confidentiality": "Sekretess",
    "statutory": "Barn och samtycke",
}

#: The chapters ``iub publish`` writes itself (statutory information, the table of contents):
#: on import they are not the document's own chapters.
PUBLISHED_HEADINGS: Final = (
    "Informationsskyldighet (11 kap. 6 § socialtjänstlagen)",
    "Rätten att ansöka om insatser (11 kap. 1 § socialtjänstlagen)",
    "Barn och vårdnadshavares samtycke (21 kap. 2 § socialtjänstlagen)",
    "Kontroll av villkor",
    "Innehållsförteckning",
)

#: The order the seed prints an intervention's fields in.
FIELD_ORDER: Final = (
    "content",
    "methods",
    "target_group",
    "extent",
    "conditions",
    "where",
    "documentation",
    "risk",
    "follow_up",
)

#: Every wording of a field heading we recognise (casefolded, no trailing colon).
FIELD_LABELS: Final = {
    "insatsens namn": "name",
    "insatsens benämning": "name",
    "namn på insatsen": "name",
    "innehåll": "content",
    "insatsens innehåll": "content",
    "beskrivning": "content",
    "beskrivning av insatsen": "content",
    "metod": "methods",
    "metoder": "methods",
    "metod och arbetssätt": "methods",
    "arbetssätt": "methods",
    "målgrupp": "target_group",
    "målgrupper": "target_group",
    "omfattning": "extent",
    "insatsens omfattning": "extent",
    "villkor": "conditions",
    "villkor för insatsen": "conditions",
    "villkor för att ta del av insatsen": "conditions",
    "vart ska den enskilde vända sig": "where",
    "vart ska den enskilde vända sig?": "where",
    "vart vänder sig den enskilde": "where",
    "vart vänder sig den enskilde?": "where",
    "vart vänder man sig": "where",
    "vart vänder man sig?": "where",
    "var ska den enskilde vända sig": "where",
    "dokumentation": "documentation",
    "dokumentationskrav": "documentation",
    "risk- och konsekvensanalys": "risk",
    "risk och konsekvensanalys": "risk",
    "risk- och konsekvensbedömning": "risk",
    "riskanalys": "risk",
    "uppföljning": "follow_up",
    "uppföljning av insatsen": "follow_up",
    "avgift": "fee",
    "sekretess": "confidentiality",
    "tystnadsplikt": "confidentiality",
    "barn och samtycke": "statutory",
    "lagstadgad information": "statutory",
}

#: Decision header labels → Decision field (``title`` is not a Decision field).
META_LABELS: Final = {
    "typ av styrdokument": "document_type",
    "dokumenttyp": "document_type",
    "beslutande instans": "body",
    "beslutad av": "body",
    "fastställd av": "body",
    "datum för beslut": "date",
    "beslutsdatum": "date",
    "beslutad": "date",
    "fastställd": "date",
    "diarienummer": "diarienummer",
    "dnr": "diarienummer",
    "gäller för": "applies_to",
    "giltighetstid": "validity",
    "gäller från": "valid_from",
    "gäller fr.o.m.": "valid_from",
    "revideras senast": "revise_by",
    "revidering senast": "revise_by",
    "ska revideras senast": "revise_by",
    "dokumentansvarig": "document_owner",
    "dokumentägare": "document_owner",
    "ansvarig för dokumentet": "document_owner",
}

_META_RE: Final = re.compile(
    r"^(?P<label>"
    + "|".join(re.escape(k) for k in sorted(META_LABELS, key=len, reverse=True))
    + r")\s*[:：]\s*(?P<value>.*)$",
    re.IGNORECASE,
)

_HEADING_RE: Final = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?P<text>[A-ZÅÄÖÉÜ].*)$")


_INLINE_FIELD_RE: Final = re.compile(
    r"^(?P<label>"
    + "|".join(re.escape(k.rstrip("?")) for k in sorted(FIELD_LABELS, key=len, reverse=True))
    + r")\??\s*[:：]\s*(?P<value>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)

#: "Insats: Anhörigcafé", "Insatsens namn: Anhörigcafé" — a label that names an intervention.
_INTERVENTION_LABEL_RE: Final = re.compile(
    r"^(?:insats|insatsens\s+(?:namn|benämning)|namn\s+på\s+insatsen)\s*[:：–]\s*"
    r"(?P<title>[A-ZÅÄÖÉÜ0-9].{1,120})$",
    re.IGNORECASE,
)


def field_key(text: str) -> str | None:
    """The canonical field a heading line names, or None when it is not a field heading."""
    folded = " ".join(text.replace("\u00a0", " ").split()).casefold().rstrip(":： ").strip()
    return FIELD_LABELS.get(folded)


def inline_field(text: str) -> tuple[str, str] | None:
    """``(field key, value)`` for a field written on one line: "Målgrupp: Föräldrar med barn"."""
    match = _INLINE_FIELD_RE.match(" ".join(text.replace("\u00a0", " ").split()))
    if not match:
        return None
    key = FIELD_LABELS.get(match["label"].casefold()) or FIELD_LABELS.get(
        match["label"].casefold() + "?"
    )
    if key is None:
        return None
    return key, match["value"].strip()


def intervention_label(text: str) -> str | None:
    """The title in a labelled intervention heading ("Insats: Anhörigcafé"), else None."""
    match = _INTERVENTION_LABEL_RE.match(" ".join(text.split()))
    if not match:
        return None
    title = match["title"].strip()
    if title.endswith((".", ";", ",", ":")) or len(title.split()) > 14:
        return None
    return title


def meta_line(text: str) -> tuple[str, str] | None:
    """``(decision field, value)`` for a header line such as "Diarienummer: 2025.053"."""
    match = _META_RE.match(text.strip())
    if not match:
        return None
    return META_LABELS[match["label"].casefold()], match["value"].strip()


def numbered_heading(text: str) -> tuple[str, str] | None:
    """``(section, title)`` for "3.1.2 Samarbetssamtal"; None for sentences and list items.

    A heading is short and does not end like a sentence; a footnote ("1 Stockholms stads
    program …") is removed before this is asked.
    """
    match = _HEADING_RE.match(text.strip())
    if not match:
        return None
    title = match["text"].strip()
    if title.endswith((".", ";", ",", ":")) and not title.endswith("..."):
        return None
    if len(title.split()) > 14:
        return None
    return match["num"], title
