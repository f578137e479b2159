"""Villkor in common Swedish phrasings → structured conditions; the rest → manual checks.

A sentence becomes structured conditions only when every word of it is accounted for: each
recogniser claims the words it understood, and what is left must be filler ("Den enskilde
ska vara …"). Anything else is kept as one ``manual`` yes/no check in its original wording, and
the import report lists it. Nothing is guessed silently.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from iub.catalog import slugify
from iub.documents._fields import split_sentences
from iub.documents._model import Block, ReportEntry
from iub.facts import CLOSE_PERSON_SITUATIONS
from iub.geo import Municipality, find_municipality

__all__ = ["ConditionContext", "parse_conditions"]

Cond = dict[str, Any]

_CONSENT_CITATION: Final = "SoL 21 kap. 2 §"
_MUNI: Final = r"(?P<m>[A-ZÅÄÖ][\wåäöéü-]+(?:[ -][A-ZÅÄÖ][\wåäöéü-]+)?)"
_MUNI_TAIL: Final = r"(?:s)?(?:\s+(?:kommun|stad|kommuns|stads))?"
_SUBJECT: Final = (
    r"(?:\b(?P<who>barnet|barnets|barn|gärningspersonen|gärningspersonens|förälder|föräldern"
    r"|den enskilde|personen)\s+)?"
)

_FILLER: Final = set(
    [
        "den",
        "det",
        "de",
        "enskilde",
        "enskilda",
        "enskildes",
        "personen",
        "person",
        "personer",
        "individen",
        "är",
        "ska",
        "vara",
        "och",
        "samt",
        "som",
        "också",
        "även",
        "vuxna",
        "vuxen",
        "unga",
        "ungdomar",
        "ungdom",
        "barn",
        "barnet",
        "barnets",
        "barnen",
        "föräldrar",
        "förälder",
        "föräldern",
        "vårdnadshavare",
        "med",
        "har",
        "i",
        "till",
        "insatsen",
        "för",
        "att",
        "krävs",
        "kräver",
        "gäller",
        "inleds",
        "erbjuds",
        "ges",
        "kan",
        "få",
        "ta",
        "del",
        "av",
        "på",
        "från",
        "sig",
        "själv",
        "hen",
        "han",
        "hon",
        "gärningspersonen",
        "gärningspersonens",
        "uppfyller",
        "uppfylla",
        "uppfyllt",
        "uppfyllda",
        "villkoret",
        "villkor",
        "villkoren",
        "följande",
        "något",
        "någon",
        "minst",
        "ett",
        "en",
    ]
)


@dataclass
class ConditionContext:
    """What a condition's words are read against: the intervention and the catalog."""

    intervention_id: str
    title: str
    municipality: Municipality | None
    target_group: str = ""
    offender_named: bool = False
    manual: list[ReportEntry] = field(default_factory=list)
    inferred: list[ReportEntry] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)

    def new_id(self, base: str) -> str:
        base = slugify(base)[:60].strip("-") or "villkor"
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        self.ids.add(candidate)
        return candidate


@dataclass
class _Node:
    text: str
    children: list[_Node] = field(default_factory=list)


def _tree(blocks: Sequence[Block]) -> list[_Node]:
    """Paragraphs and nested list items → a tree.

    A paragraph that introduces a list (it ends in ':' or is a lead-in such as "… något av
    följande villkor", with or without the colon) takes the items after it, but only those at
    least as deep as its first item: in Word a level-1 bullet after a level-2 list belongs to
    the outer list, not to the lead-in's group.
    """
    roots: list[_Node] = []
    # (depth, node, depth of the node's first child once known)
    stack: list[list[Any]] = []
    for block in blocks:
        text = block.text.strip()
        if not text or text == "-":
            continue
        node = _Node(text)
        depth = block.level if block.kind == "item" else 0
        if block.kind != "item":
            stack.clear()
            roots.append(node)
            if _opens_list(text):
                stack.append([0, node, None])
            continue
        while stack and (
            stack[-1][0] >= depth or (stack[-1][2] is not None and depth < stack[-1][2])
        ):
            stack.pop()
        if stack:
            if stack[-1][2] is None:
                stack[-1][2] = depth
            stack[-1][1].children.append(node)
        else:
            roots.append(node)
        stack.append([depth, node, None])
    return roots


def _opens_list(text: str) -> bool:
    """A paragraph that introduces the list after it."""
    return (
        text.endswith(":")
        or bool(_ANY_LEAD.search(text) and not re.search(r"[.!?]$", text))
        or bool(_ALL_LEAD.search(text) and not re.search(r"[.!?]$", text))
        or bool(re.search(r"\bnärstående som$", text, re.I))
    )


_NO_CONDITIONS: Final = re.compile(
    r"^(?:inga( särskilda)? villkor|insatsen är öppen för alla|öppen för alla|inga)\.?$", re.I
)
_ANY_LEAD: Final = re.compile(
    r"(?:något|någon|ett|en|minst ett|minst en) av följande(?: villkor| kriterier)?"
    r"(?: ska vara uppfyllt| ska vara uppfyllda| gäller)?|antingen",
    re.I,
)
_ALL_LEAD: Final = re.compile(r"(?:samtliga|alla|följande) (?:av )?(?:följande )?villkor", re.I)
_SITUATION_LEAD: Final = re.compile(
    r"(?P<pre>.*?)(?:,\s*)?(?:och\s+)?"
    r"(?P<rel>är anhörig till|vårdar eller stöd(?:er|jer)|stöd(?:er|jer) eller vårdar)"
    r" en närstående som(?: är)?\s*:?$",
    re.I,
)


def parse_conditions(blocks: Sequence[Block], ctx: ConditionContext) -> list[Cond]:
    """The conditions of one intervention's Villkor blocks.

    Returns:
        Condition dicts in the catalog YAML shape, top level (all must be met).
    """
    roots = _tree(blocks)
    ctx.offender_named = any("gärningsperson" in b.text.casefold() for b in blocks)
    if len(roots) == 1 and not roots[0].children and _NO_CONDITIONS.match(roots[0].text):
        return []
    out: list[Cond] = []
    for node in roots:
        out.extend(_node(node, ctx, top=True))
    return out


def _node(node: _Node, ctx: ConditionContext, *, top: bool) -> list[Cond]:
    if not node.children:
        leaves = _sentence(node.text, ctx)
        if leaves is None:
            leaves = _per_sentence(node.text, ctx)
        if len(leaves) > 1 and not top:
            return [{"id": ctx.new_id(node.text), "text": node.text, "all": leaves}]
        return leaves
    lead = node.text
    if _ANY_LEAD.search(lead):
        rest = _ANY_LEAD.sub("", lead)
        children = [
            c for child in node.children for c in _wrap(_node(child, ctx, top=False), child, ctx)
        ]
        group: Cond = {"id": ctx.new_id(lead), "text": lead, "any": children}
        prefix = _sentence(rest, ctx) if _meaningful(rest, ctx) else []
        if prefix is None:
            return [_manual(lead, ctx, reason="lead-in not understood"), group]
        return [*prefix, group]
    if match := _SITUATION_LEAD.match(lead):
        items = [child.text for child in node.children]
        full = f"{lead} {'; '.join(item.rstrip('.;,') for item in items)}."
        situations = _situations(items)
        pre = match["pre"].strip(" ,")
        leaves = _sentence(_sentence_case(pre), ctx) if _meaningful(pre, ctx) else []
        if situations is None or leaves is None or any(c.children for c in node.children):
            return [_manual(full, ctx, reason="list of situations not understood")]
        if "vård" in match["rel"] or "stöd" in match["rel"]:
            leaves.append(
                _flag("person.supports_close_person", f"{match['rel']} en närstående", ctx)
            )
        values, labels = situations
        leaves.append(
            {
                "id": ctx.new_id("narstaendes-situation"),
                "kind": "includes_any",
                "fact": "close_person.situations",
                "evidence": "own_statement",
                "text": "Den närstående " + "; ".join(labels[v] for v in values) + ".",
                "values": values,
                "labels": labels,
            }
        )
        if top and len(leaves) == 1:
            return leaves
        return [{"id": ctx.new_id(lead), "text": full, "all": leaves}]
    # A lead-in with its own list: every item must hold (the lead-in is kept as wording).
    children = [c for child in node.children for c in _node(child, ctx, top=False)]
    if _ALL_LEAD.search(lead) or lead.endswith(":"):
        if top:
            return children
        return [{"id": ctx.new_id(lead), "text": lead, "all": children}]
    return [{"id": ctx.new_id(lead), "text": lead, "all": children}]


def _per_sentence(text: str, ctx: ConditionContext) -> list[Cond]:
    """A paragraph whose words are not all understood, read sentence by sentence: each
    sentence becomes its conditions, or one manual check in its own wording, so that one
    unrecognised sentence never swallows the age or residence condition beside it."""
    sentences = split_sentences(text)
    if len(sentences) <= 1:
        return [_manual(text, ctx, reason="no known phrasing")]
    out: list[Cond] = []
    for sentence in sentences:
        leaves = _sentence(sentence, ctx)
        out.extend(
            leaves if leaves is not None else [_manual(sentence, ctx, reason="no known phrasing")]
        )
    return out


def _wrap(conds: list[Cond], node: _Node, ctx: ConditionContext) -> list[Cond]:
    """Inside "något av", several conditions from one item belong together."""
    if len(conds) <= 1:
        return conds
    return [{"id": ctx.new_id(node.text), "text": node.text, "all": conds}]


def _meaningful(text: str, ctx: ConditionContext) -> bool:
    return any(word not in _filler(ctx) for word in _words(text))


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[\wåäöÅÄÖéü]+", text)]


def _filler(ctx: ConditionContext) -> set[str]:
    return _FILLER | set(_words(ctx.title))


def _manual(text: str, ctx: ConditionContext, *, reason: str) -> Cond:
    number = sum(1 for f in ctx.facts if f["key"].startswith("manual.")) + 1
    key = f"manual.{ctx.intervention_id.replace('-', '_')}_{number}"
    ctx.facts.append(
        {
            "key": key,
            "type": "bool",
            "question": f"Stämmer följande villkor? ”{text.strip()}”",
            "evidence": "own_statement",
        }
    )
    ctx.manual.append(
        ReportEntry(
            kind="manual_check",
            message=f"kept as a manual yes/no check ({reason}); structure it by hand if you can",
            intervention=ctx.intervention_id,
            text=text,
        )
    )
    return {
        "id": ctx.new_id(text),
        "kind": "manual",
        "fact": key,
        "evidence": "own_statement",
        "text": text,
    }


def _flag(fact: str, text: str, ctx: ConditionContext, evidence: str = "own_statement") -> Cond:
    return {
        "id": ctx.new_id(fact.split(".")[-1]),
        "kind": "flag",
        "fact": fact,
        "evidence": evidence,
        "text": _sentence_case(text),
    }


def _sentence_case(text: str) -> str:
    text = text.strip().rstrip(",;:")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _situations(items: Sequence[str]) -> tuple[list[str], dict[str, str]] | None:
    """Close-person situations by their wording ("har skadligt bruk eller beroende")."""
    values: list[str] = []
    labels: dict[str, str] = {}
    known = {v: k for k, v in CLOSE_PERSON_SITUATIONS.items()}
    for item in items:
        text = " ".join(item.strip().rstrip(".;,").split())
        text = re.sub(r"^(?:eller|och)\s+", "", text)
        if not text:
            continue
        best = difflib.get_close_matches(
            text.casefold(), [k.casefold() for k in known], n=1, cutoff=0.75
        )
        if not best:
            return None
        value = next(v for k, v in known.items() if k.casefold() == best[0])
        if value not in values:
            values.append(value)
            labels[value] = text
    return (values, labels) if values else None


# --- one sentence -------------------------------------------------------------------------------


@dataclass
class _Claim:
    start: int
    end: int
    cond: Cond


Recogniser = Callable[[str, ConditionContext], list[_Claim]]


def _subject(who: str | None, text: str, ctx: ConditionContext) -> str:
    word = (who or "").casefold()
    if word.startswith("gärningsperson"):
        return "offender"
    if word.startswith("barn"):
        return "child"
    return "person"


def _municipality(name: str, ctx: ConditionContext) -> str | None:
    found = find_municipality(name) or find_municipality(name + " kommun")
    if found is None and name.endswith("s"):
        found = find_municipality(name[:-1])
    return found.name if found else None


def _registered(text: str, ctx: ConditionContext) -> list[_Claim]:
    out = []
    pattern = re.compile(
        _SUBJECT + r"(?:ska vara |är |som är |måste vara )?"
        r"\b(?:folkbokförd|folkbokfört|folkbokförda|skriven|skrivet|skrivna) i "
        + _MUNI
        + _MUNI_TAIL,
        re.I,
    )
    for match in pattern.finditer(text):
        name = _municipality(match["m"], ctx)
        if name is None:
            continue
        subject = _subject(match["who"], text, ctx)
        cond: Cond = {
            "id": ctx.new_id(
                {
                    "child": "barnet-folkbokfort-i-",
                    "offender": "garningspersonen-folkbokford-i-",
                }.get(subject, "folkbokford-i-")
                + name
            ),
            "kind": "registered_in",
            "municipality": name,
            "evidence": "population_register",
            "text": text,
        }
        if subject != "person":
            cond["subject"] = subject
        out.append(_Claim(match.start(), match.end(), cond))
    return out


def _lives(text: str, ctx: ConditionContext) -> list[_Claim]:
    pattern = re.compile(
        r"(?:den enskilde |personen )?(?:ska vara |är |måste vara )?\b(?:bosatt|boende|bor) i "
        + _MUNI
        + _MUNI_TAIL,
        re.I,
    )
    out = []
    for match in pattern.finditer(text):
        name = _municipality(match["m"], ctx)
        if name is None:
            continue
        out.append(
            _Claim(
                match.start(),
                match.end(),
                {
                    "id": ctx.new_id(f"bosatt-i-{name}"),
                    "kind": "lives_in",
                    "municipality": name,
                    "evidence": "rental_contract",
                    "text": text,
                },
            )
        )
    return out


def _grade(text: str | None) -> int | None:
    if not text:
        return None
    text = text.casefold()
    if text.startswith("förskola") or text == "förskolan":
        return -1
    if text.startswith("förskoleklass"):
        return 0
    number = re.search(r"\d+", text)
    return int(number[0]) if number else None


def _school(text: str, ctx: ConditionContext) -> list[_Claim]:
    pattern = re.compile(
        _SUBJECT + r"(?:ska |måste )?(?:vara |är )?(?:inskriven|inskrivet|inskrivna|gå|går|elev) "
        r"(?:i|vid|på) " + _MUNI + r"s?\s+(?:kommuns?\s+|stads?\s+)?"
        r"(?P<what>(?:[\wåäö]+-\s+(?:eller|och)\s+)?(?:förskola|grundskola|skola|förskoleklass)n?)"
        r"(?:,?\s+(?:i|från)\s+(?P<from>förskolan|förskoleklass|årskurs\s+\d+)\s+"
        r"(?:till(?:\s+och\s+med)?|t\.o\.m\.|–|-)\s+(?P<to>årskurs\s+\d+|förskoleklass))?",
        re.I,
    )
    out = []
    for match in pattern.finditer(text):
        name = _municipality(match["m"], ctx)
        if name is None:
            continue
        cond: Cond = {
            "id": ctx.new_id(f"skola-i-{name}"),
            "kind": "school",
            "municipality": name,
            "evidence": "school_record",
            "text": text,
        }
        if (low := _grade(match["from"])) is not None:
            cond["min_grade"] = low
        if (high := _grade(match["to"])) is not None:
            cond["max_grade"] = high
        out.append(_Claim(match.start(), match.end(), cond))
    return out


_AGE_PATTERNS: Final[
    list[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[int | None, int | None]]]]
] = [
    (
        re.compile(
            r"(?:från|mellan)\s+(\d{1,3})\s+(?:år\s+)?(?:till(?:\s+och\s+med)?|och|-|–)\s+(\d{1,3})\s+år",
            re.I,
        ),
        lambda m: (int(m[1]), int(m[2])),
    ),
    (re.compile(r"(\d{1,3})\s*[-–]\s*(\d{1,3})\s+år", re.I), lambda m: (int(m[1]), int(m[2]))),
    (
        re.compile(
            r"(?:som\s+)?(?:har\s+)?(?:fyllt|från|lägst|minst)\s+(\d{1,3})\s+år|(\d{1,3})\s+år\s+eller\s+äldre",
            re.I,
        ),
        lambda m: (int(m[1] or m[2]), None),
    ),
    (
        re.compile(
            r"(?:upp\s+till|under|yngre\s+än)\s+(\d{1,3})\s+år|(?:som\s+)?inte\s+(?:har\s+)?fyllt\s+(\d{1,3})\s+år",
            re.I,
        ),
        lambda m: (None, int(m[1] or m[2]) - 1),
    ),
    (re.compile(r"(?:till\s+och\s+med|högst)\s+(\d{1,3})\s+år", re.I), lambda m: (None, int(m[1]))),
    (re.compile(r"över\s+(\d{1,3})\s+år", re.I), lambda m: (int(m[1]) + 1, None)),
]


def _age_subject(text: str, start: int, ctx: ConditionContext) -> str:
    before = text[:start].casefold()
    if re.search(r"gärningsperson", before):
        return "offender"
    if re.search(
        r"(?:föräldrar|förälder|vårdnadshavare)\s+(?:med|till|vars)\s+barn\s*$|placerat?\s+barn\s*$|barnet\s*(?:är\s*)?$|barnets\s+ålder",
        before,
    ):
        return "child"
    if re.match(r"^\s*barn\s*$", before) and re.search(r"föräld", ctx.target_group, re.I):
        ctx.inferred.append(
            ReportEntry(
                kind="condition_subject",
                intervention=ctx.intervention_id,
                text=text,
                message="'Barn' in a parents' intervention is read as the child's age",
            )
        )
        return "child"
    if ctx.offender_named:
        ctx.inferred.append(
            ReportEntry(
                kind="condition_subject",
                intervention=ctx.intervention_id,
                text=text,
                message="an age without a subject, beside a condition on the offender, "
                "is read as the offender's age",
            )
        )
        return "offender"
    return "person"


def _age(text: str, ctx: ConditionContext) -> list[_Claim]:
    out: list[_Claim] = []
    taken: list[tuple[int, int]] = []
    for pattern, bounds in _AGE_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            low, high = bounds(match)
            if (
                "för barn som inte" in text[: match.start() + 1].casefold()
                and "samtycke" in text.casefold()
            ):
                continue  # belongs to the consent phrase
            subject = _age_subject(text, match.start(), ctx)
            cond: Cond = {"id": "", "kind": "age", "evidence": "identity_document", "text": text}
            if subject != "person":
                cond["subject"] = subject
            if low is not None:
                cond["min"] = low
            if high is not None:
                cond["max"] = high
            label = {"child": "barnets-alder", "offender": "garningspersonens-alder"}.get(
                subject, "alder"
            )
            cond["id"] = ctx.new_id(
                f"{label}-{low if low is not None else 0}-{high if high is not None else 'plus'}"
            )
            taken.append((match.start(), match.end()))
            out.append(_Claim(match.start(), match.end(), cond))
    return out


def _consent(text: str, ctx: ConditionContext) -> list[_Claim]:
    out = []
    under = re.compile(
        r"(?:för\s+)?barn\s+(?:som\s+inte\s+(?:har\s+)?fyllt|under)\s+(\d{1,2})\s+år\s+"
        r"(?:krävs|kräver|behövs|ska\s+ha|behöver)\s+(?P<who>samtliga\s+|båda\s+|alla\s+|en\s+|någon\s+av\s+)?"
        r"vårdnadshavar\w*\s+samtycke(?:\s+till\s+insatsen)?",
        re.I,
    )
    for match in under.finditer(text):
        out.append(
            _Claim(
                match.start(), match.end(), _consent_cond(int(match[1]), match["who"], text, ctx)
            )
        )
    if out:
        return out
    with_ = re.compile(
        r"(?:med|efter)\s+(?P<who>samtliga\s+|båda\s+|alla\s+|en\s+|någon\s+av\s+)?vårdnadshavar\w*\s+"
        r"(?:skriftliga\s+)?(?:samtycke|medgivande)",
        re.I,
    )
    for match in with_.finditer(text):
        below = 18
        for pattern, bounds in _AGE_PATTERNS:
            if (age := pattern.search(text)) and (high := bounds(age)[1]) is not None:
                below = min(high + 1, 18)
                break
        out.append(
            _Claim(match.start(), match.end(), _consent_cond(below, match["who"], text, ctx))
        )
    return out


def _consent_cond(below: int, who: str | None, text: str, ctx: ConditionContext) -> Cond:
    word = (who or "").strip().casefold()
    return {
        "id": ctx.new_id(f"vardnadshavares-samtycke-under-{below}"),
        "kind": "guardian_consent",
        "below_age": below,
        "guardians": "any" if word in ("en", "någon av") else "all",
        "evidence": "written_consent",
        "text": text,
        "citation": _CONSENT_CITATION,
    }


_FLAGS: Final = [
    (
        re.compile(
            r"(?:efter|på)\s+föräldrarnas\s+gemensamma\s+(?:begäran|önskemål|ansökan)|"
            r"(?:båda\s+)?föräldrarna\s+gemensamt\s+(?:begär|ansöker|önskar|efterfrågar)(?:\s+insatsen)?|"
            r"båda\s+föräldrarna\s+(?:begär|önskar|efterfrågar)(?:\s+insatsen)?",
            re.I,
        ),
        "parents.joint_request",
        "own_statement",
    ),
    (
        re.compile(
            r"(?:själv\s+)?(?:efterfrågar|begär|söker|önskar)\s+(?:själv\s+)?insatsen|"
            r"själv\s+(?:vill|önskar)\s+ta\s+del\s+av\s+insatsen",
            re.I,
        ),
        "person.requests_self",
        "own_statement",
    ),
    (
        re.compile(
            r"(?:vårdar|stöd(?:er|jer))\s+(?:eller\s+(?:vårdar|stöd(?:er|jer))\s+)?en\s+närstående",
            re.I,
        ),
        "person.supports_close_person",
        "own_statement",
    ),
    (
        re.compile(
            r"placerat?\s+barn|(?:barnet|barn)\s+(?:som\s+)?(?:är\s+)?placerat?s?\s+utanför\s+(?:det\s+egna\s+)?hemmet",
            re.I,
        ),
        "child.placed_outside_home",
        "certificate",
    ),
]


def _flags(text: str, ctx: ConditionContext) -> list[_Claim]:
    out = []
    for pattern, fact, evidence in _FLAGS:
        for match in pattern.finditer(text):
            if fact == "person.requests_self" and "själv" not in match[0].casefold():
                continue
            cond = _flag(fact, text, ctx, evidence)
            out.append(_Claim(match.start(), match.end(), cond))
    return out


def _close_person(text: str, ctx: ConditionContext) -> list[_Claim]:
    match = re.match(r"^\s*den\s+närstående\s+(?P<rest>.+?)\.?\s*$", text, re.I)
    if not match:
        return []
    items = re.split(r";\s*|,\s*eller\s+|\s+eller\s+(?=(?:är|har|vill)\b)", match["rest"])
    situations = _situations(items)
    if situations is None:
        return []
    values, labels = situations
    return [
        _Claim(
            0,
            len(text),
            {
                "id": ctx.new_id("narstaendes-situation"),
                "kind": "includes_any",
                "fact": "close_person.situations",
                "evidence": "own_statement",
                "text": text,
                "values": values,
                "labels": labels,
            },
        )
    ]


_RECOGNISERS: Final[tuple[Recogniser, ...]] = (
    _close_person,
    _consent,
    _registered,
    _lives,
    _school,
    _flags,
    _age,
)


def _sentence(text: str, ctx: ConditionContext) -> list[Cond] | None:
    """The conditions one sentence states, or None when some of its words are not understood."""
    text = text.strip()
    if not text:
        return []
    claims: list[_Claim] = []
    ids_before = set(ctx.ids)
    for recognise in _RECOGNISERS:
        for claim in recognise(text, ctx):
            if any(claim.start < c.end and c.start < claim.end for c in claims):
                ctx.ids.discard(claim.cond["id"])
                continue
            claims.append(claim)
    rest = list(text)
    for claim in claims:
        rest[claim.start : claim.end] = " " * (claim.end - claim.start)
    leftover = [w for w in _words("".join(rest)) if w not in _filler(ctx)]
    if not claims or leftover:
        ctx.ids.intersection_update(ids_before)
        return None
    claims.sort(key=lambda c: c.start)
    return [c.cond for c in claims]
