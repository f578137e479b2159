"""Who can reach an intervention by age: from its conditions, and from its target group's words.

Ages are sets of whole years (0–130), so that ``all``/``any``/``not`` compose exactly:
intersection, union and complement. The conditions decide who the provider lets in; the
target group only says whom the committee had in mind, which is what L31 compares.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from iub.catalog import Age, AllOf, AnyOf, Condition, GuardianConsent, Intervention, NotOf
from iub.law.lint._text import rx

__all__ = [
    "ALL_AGES",
    "MINORS",
    "UNDER_15",
    "YOUTH_15_17",
    "Ages",
    "age_text",
    "condition_ages",
    "conditions_ages",
    "consent_leaves",
    "has_age_leaf",
    "names_child_participants",
    "names_only_adults",
    "reachable_ages",
    "target_ages",
]

Ages = frozenset[int]
ALL_AGES: Ages = frozenset(range(0, 131))
MINORS: Ages = frozenset(range(0, 18))
UNDER_15: Ages = frozenset(range(0, 15))
YOUTH_15_17: Ages = frozenset(range(15, 18))


def _span(low: int | None, high: int | None) -> Ages:
    return frozenset(range(low or 0, (130 if high is None else high) + 1))


def condition_ages(node: Condition, subject: str = "person") -> Ages:
    """The ages of ``subject`` that can satisfy ``node`` (other facts assumed satisfiable)."""
    if isinstance(node, Age):
        return _span(node.min, node.max) if node.subject == subject else ALL_AGES
    if isinstance(node, AllOf):
        out = ALL_AGES
        for child in node.all:
            out &= condition_ages(child, subject)
        return out
    if isinstance(node, AnyOf):
        union: Ages = frozenset()
        for child in node.any:
            union |= condition_ages(child, subject)
        return union
    if isinstance(node, NotOf):
        inner = node.not_
        if isinstance(inner, Age) and inner.subject == subject:
            return ALL_AGES - condition_ages(inner, subject)
        return ALL_AGES
    return ALL_AGES


def conditions_ages(intervention: Intervention, subject: str = "person") -> Ages:
    out = ALL_AGES
    for node in intervention.conditions:
        out &= condition_ages(node, subject)
    return out


def has_age_leaf(intervention: Intervention, subject: str = "person") -> bool:
    return any(isinstance(n, Age) and n.subject == subject for n in intervention.nodes())


def consent_leaves(intervention: Intervention) -> list[GuardianConsent]:
    return [n for n in intervention.nodes() if isinstance(n, GuardianConsent)]


# --- the target group's words ----------------------------------------------------------------

# A person noun right before an age phrase makes the ages the participant's own.
_PARTICIPANT = (
    r"(vuxna|unga|ungdomar|barn|personer|deltagare|kvinnor|män|flickor|pojkar|tjejer|killar|"
    r"elever|tonåringar|äldre)"
)
# A parent or relative noun earlier in the clause makes the ages someone else's (the child's).
_OTHERS = re.compile(
    r"\b(föräldrar|förälder|vårdnadshavare|anhöriga|närstående|familjer|pappor|mammor)\b",
    re.IGNORECASE,
)
_N = r"(\d{1,3})"
_DASH = r"\s*[-–]\s*"
_RANGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\bmellan\s+{_N}\s+(?:och|till)\s+{_N}\s*år", re.I), "both"),
    (re.compile(rf"\bfrån\s+{_N}\s*(?:år\s*)?till\s+{_N}\s*år", re.I), "both"),
    (re.compile(rf"\b(?:i åldern|i åldrarna|mellan)?\s*{_N}{_DASH}{_N}\s*år", re.I), "both"),
    (re.compile(rf"\bfrån\s+{_N}\s*år", re.I), "min"),
    (re.compile(rf"\b{_N}\s*år\s+(?:eller\s+äldre|och\s+äldre|och\s+uppåt)", re.I), "min"),
    (re.compile(rf"\bunder\s+{_N}\s*år", re.I), "under"),
    (re.compile(rf"\bupp\s+till\s+{_N}\s*år", re.I), "under"),
)
_ADULTS_WORD = re.compile(r"^\s*(vuxna|vuxen)\b", re.IGNORECASE)


def _phrase_ages(kind: str, numbers: tuple[str, ...]) -> Ages:
    values = [int(n) for n in numbers if n is not None]
    if kind == "both":
        return _span(values[0], values[1])
    if kind == "min":
        return _span(values[0], None)
    # "under 18 år" and "upp till 18 år": the law's own reading (11 kap. 5 § p. 5 vs the seed).
    return _span(0, values[0] - 1)


def target_ages(text: str | None) -> Ages | None:
    """The participants' own ages as the target group states them, or None if it does not.

    "Vuxna från 18 år", "unga mellan 13-21 år" and "Vuxna personer mellan 18 och 65 år" are
    the participants' ages; "Föräldrar till barn 0-18 år" are a child's, and "Den som är under
    18 år betraktas som anhörig" is a definition, not a restriction: neither counts.
    """
    if not text:
        return None
    found: Ages | None = None
    for clause in re.split(r"[.;]", text):
        here: Ages | None = None
        for pattern, kind in _RANGES:
            for match in pattern.finditer(clause):
                before = clause[: match.start()]
                if _OTHERS.search(before):
                    continue
                if not re.search(rf"\b{_PARTICIPANT}\s*(\w+\s+)?$", before, re.IGNORECASE):
                    continue
                ages = _phrase_ages(kind, match.groups())
                here = ages if here is None else here | ages
            if here is not None:
                break  # the most specific phrase wins: "från 15 år till 21 år" is not "från 15"
        if here is None and _ADULTS_WORD.search(clause):
            here = _span(18, None)
        if here is not None:
            found = here if found is None else found | here
    return found


_CHILD_PARTICIPANTS = rx(
    r"^\s*(barn|unga|ungdomar|tonåringar|elever|familjer|flickor|pojkar|tjejer|killar)\b",
    r"\bbarn och (föräldrar|vårdnadshavare)\b",
    r"^\s*\w+\s+(riktar sig|vänder sig)\s+till\s+(barn|unga|ungdomar)\b",
)
_ADULT_ONLY = rx(
    r"^\s*(vuxna|vuxen|föräldrar|förälder|vårdnadshavare|separerade|pappor|mammor|par|"
    r"äldre personer|pensionärer|anhöriga till|närstående till)\b",
)


def names_child_participants(texts: Iterable[str | None]) -> bool:
    """A target group that names children or young people, or families, as those who take part."""
    return any(text and _CHILD_PARTICIPANTS.search(text) for text in texts)


def names_only_adults(text: str | None) -> bool:
    return bool(text and _ADULT_ONLY.search(text))


def reachable_ages(intervention: Intervention) -> Ages:
    """The ages of people who can take part, as the printed guideline shows them.

    The conditions decide where they bound the person's age. Where they are silent, the target
    group decides: adults when it names only adults or parents; its stated ages; children
    when it names them (or families); and anyone when it says nothing.
    """
    if has_age_leaf(intervention, "person"):
        return conditions_ages(intervention, "person")
    stated = target_ages(intervention.target_group)
    if stated is not None:
        return stated
    method_groups = [m.target_group for m in intervention.methods]
    if names_child_participants([intervention.target_group, *method_groups]):
        return MINORS | _span(18, None)
    if names_only_adults(intervention.target_group):
        return _span(18, None)
    return ALL_AGES


def age_text(ages: Ages, *, lang: str = "sv") -> str:
    """A readable span: "15–21 år", "från 18 år", "alla åldrar"."""
    if not ages:
        return "ingen ålder" if lang == "sv" else "no age"
    low, high = min(ages), max(ages)
    year = "år" if lang == "sv" else "years"
    if low == 0 and high == 130:
        return "alla åldrar" if lang == "sv" else "all ages"
    if high == 130:
        return f"från {low} år" if lang == "sv" else f"from {low} years"
    if low == 0:
        return f"under {high + 1} år" if lang == "sv" else f"under {high + 1} years"
    return f"{low}–{high} {year}"
