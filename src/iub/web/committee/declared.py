"""The catalog's own declared facts (``facts`` in docs/catalog-format.md) edited as form rows.

Each row is one fact: its key, type, Swedish question (English optional), the evidence the
provider looks at, and for ``choice``/``choices`` facts the answers, one per line as
``kod = text``. A fact a condition reads cannot be removed; the error names the condition.
Validation errors are in Swedish and nothing is saved while any row has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from iub.facts import VOCABULARY, Evidence

__all__ = [
    "FACT_TYPES",
    "FactRow",
    "fact_rows",
    "facts_from_rows",
    "facts_in_use",
]

#: The fact types a committee can declare, with their Swedish names.
FACT_TYPES: dict[str, str] = {
    "bool": "Ja eller nej",
    "int": "Heltal",
    "str": "Text",
    "municipality": "Kommun",
    "choice": "Ett av flera svar",
    "choices": "Flera av flera svar",
}
ROW_KEYS = ("key", "type", "question", "question_en", "evidence", "choices", "remove")
_KEY = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")
_CHOICE = re.compile(r"^[a-z0-9_]+$")


@dataclass
class FactRow:
    """One row of the form: the values as typed and the errors found in them."""

    key: str = ""
    type: str = "bool"
    question: str = ""
    question_en: str = ""
    evidence: str = "own_statement"
    choices: str = ""
    remove: bool = False
    new: bool = True
    errors: list[str] = field(default_factory=list)


def fact_rows(facts: list[dict[str, Any]]) -> list[FactRow]:
    """The stored facts as rows, then one empty row for a new fact."""
    rows = [
        FactRow(
            key=str(fact.get("key", "")),
            type=str(fact.get("type", "bool")),
            question=str(fact.get("question", "")),
            question_en=str(fact.get("question_en") or ""),
            evidence=str(fact.get("evidence", "own_statement")),
            choices="\n".join(f"{k} = {v}" for k, v in (fact.get("choices") or {}).items()),
            new=False,
        )
        for fact in facts
    ]
    return [*rows, FactRow()]


def _walk(nodes: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for node in nodes:
        if not isinstance(node, dict):
            continue
        out.append(node)
        for key in ("all", "any"):
            if isinstance(node.get(key), list):
                out.extend(_walk(node[key]))
        if isinstance(node.get("not"), dict):
            out.extend(_walk([node["not"]]))
    return out


def facts_in_use(doc: dict[str, Any]) -> dict[str, list[str]]:
    """Fact key → the conditions that read it, as 'Insats: villkor' in Swedish."""
    used: dict[str, list[str]] = {}
    for item in doc.get("interventions") or []:
        for node in _walk(list(item.get("conditions") or [])):
            key = node.get("fact")
            if key:
                label = node.get("text") or node.get("id") or "villkor"
                used.setdefault(str(key), []).append(
                    f"{item.get('title', item.get('id'))}: {label}"
                )
    return used


def _choices(text: str) -> tuple[dict[str, str], list[str]]:
    choices: dict[str, str] = {}
    errors: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        code, sep, label = line.partition("=")
        code, label = code.strip(), label.strip()
        if not sep or not _CHOICE.match(code) or not label:
            errors.append(
                f"Svarsalternativet ”{line.strip()}” ska skrivas som kod = text, t.ex. "
                "”skilsmassa = Föräldrarna har separerat” (koden med små bokstäver utan å, ä, ö)."
            )
        else:
            choices[code] = label
    return choices, errors


def facts_from_rows(
    posted: list[dict[str, str]], *, stored: list[dict[str, Any]], in_use: dict[str, list[str]]
) -> tuple[list[dict[str, Any]], list[FactRow]]:
    """The facts the rows describe, and the rows with their errors (empty list = all good)."""
    stored_keys = {str(fact.get("key")) for fact in stored}
    rows: list[FactRow] = []
    facts: list[dict[str, Any]] = []
    seen: set[str] = set()
    for raw in posted:
        row = FactRow(
            key=raw.get("key", "").strip(),
            type=raw.get("type", "bool") or "bool",
            question=raw.get("question", "").strip(),
            question_en=raw.get("question_en", "").strip(),
            evidence=raw.get("evidence", "own_statement") or "own_statement",
            choices=raw.get("choices", ""),
            remove=bool(raw.get("remove")),
            new=raw.get("key", "").strip() not in stored_keys,
        )
        rows.append(row)
        if not row.key and not row.question:
            continue  # the empty row for a new fact, left empty
        if row.remove:
            users = in_use.get(row.key, [])
            if users and row.key in stored_keys:
                row.errors.append(
                    f"Uppgiften {row.key} kan inte tas bort: villkoret ”{users[0]}” använder den"
                    + (f" (och {len(users) - 1} till)" if len(users) > 1 else "")
                    + ". Ta bort eller ändra villkoret först."
                )
            else:
                continue
        if not row.key:
            row.errors.append("Skriv uppgiftens nyckel, t.ex. familj.separation.")
        elif not _KEY.match(row.key):
            row.errors.append(
                f"Nyckeln ”{row.key}” ska ha minst två delar med punkt emellan, små bokstäver "
                "utan å, ä, ö, t.ex. familj.separation."
            )
        elif row.key in VOCABULARY:
            row.errors.append(
                f"Nyckeln {row.key} finns redan i grundvokabulären; välj ett annat namn."
            )
        elif row.key in seen:
            row.errors.append(f"Nyckeln {row.key} finns redan i en annan rad.")
        seen.add(row.key)
        if row.type not in FACT_TYPES:
            row.errors.append("Välj en av typerna i listan.")
        if not row.question:
            row.errors.append("Skriv frågan på svenska, så som utföraren ställer den.")
        if row.evidence not in {e.value for e in Evidence}:
            row.errors.append("Välj vad utföraren tittar på.")
        choices, choice_errors = _choices(row.choices)
        row.errors.extend(choice_errors)
        if row.type in {"choice", "choices"} and not choices and not choice_errors:
            row.errors.append("Skriv minst två svarsalternativ, ett per rad: kod = text.")
        if not row.errors:
            fact: dict[str, Any] = {
                "key": row.key,
                "type": row.type,
                "question": row.question,
                "evidence": row.evidence,
            }
            if row.question_en:
                fact["question_en"] = row.question_en
            if choices and row.type in {"choice", "choices"}:
                fact["choices"] = choices
            facts.append(fact)
    # A stored fact whose row vanished from the post (a renamed key) but that a condition reads.
    posted_keys = {row.key for row in rows}
    for key in sorted(stored_keys - posted_keys):
        if key in in_use and rows:
            rows[0].errors.append(
                f"Uppgiften {key} används av villkoret ”{in_use[key][0]}” och kan inte byta "
                "nyckel. Lägg till en ny uppgift i stället."
            )
    errors = [row for row in rows if row.errors]
    return facts, (rows if errors else [])
