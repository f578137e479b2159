"""One intervention's fields: from the blocks under each heading to catalog values.

Each function takes the blocks of one field and returns what the catalog keeps, plus report
entries for whatever it read from wording rather than from a labelled field.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any, Final

from iub.documents._model import Block, ReportEntry

__all__ = [
    "delivery",
    "documentation",
    "follow_up",
    "join",
    "methods",
    "routes",
    "split_sentences",
]

_DELIVERY_SENTENCE: Final = re.compile(
    r"(?:^|(?<=[.!?]\s))Insatsen\s+(?:kan\s+)?(?:ges|erbjuds|genomförs|bedrivs|sker)\s+"
    r"(?P<how>individuellt\s+(?:eller|och)\s+i\s+grupp|i\s+grupp\s+(?:eller|och)\s+individuellt|"
    r"individuellt|i\s+grupp|enskilt|gruppvis)\.?",
    re.I,
)
_INLINE_EXTENT: Final = re.compile(
    r"^Omfattning\s*(?::\s*|\s+(?=\d|cirka|ca|upp|högst|minst|en|ett|två|tre|fyra|fem))(?P<text>.+)$",
    re.I,
)
_INLINE_LABEL: Final = re.compile(r"^(?P<label>Målgrupp|Omfattning)\s*:\s*(?P<text>.+)$", re.I)
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”(])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph (good enough for Swedish prose without abbreviations)."""
    parts = _SENTENCE_END.split(text.strip())
    merged: list[str] = []
    for part in parts:
        # "14 kap. 5 §" and "t.ex." must not split a sentence
        if merged and re.search(
            r"\b(?:kap|t\.ex|bl\.a|s\.k|m\.m|ca|resp|jfr|dvs|p)\.$", merged[-1]
        ):
            merged[-1] += " " + part
        else:
            merged.append(part)
    return [p for p in merged if p]


def _paragraph_texts(blocks: Sequence[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        out.append(("• " if block.kind == "item" else "") + text)
    return out


def join(blocks: Sequence[Block] | Sequence[str]) -> str | None:
    """Paragraphs as one text (blank line between paragraphs, items one per line)."""
    texts = [
        b if isinstance(b, str) else t
        for b in blocks
        for t in ([b] if isinstance(b, str) else _paragraph_texts([b]))
    ]
    texts = [t for t in texts if t and t != "-"]
    if not texts:
        return None
    out = texts[0]
    for prev, text in itertools.pairwise(texts):
        out += ("\n" if text.startswith("• ") and prev.startswith("• ") else "\n\n") + text
    return out


def delivery(texts: Sequence[str]) -> tuple[str | None, list[str], str | None]:
    """How the intervention is given, from "Insatsen ges individuellt eller i grupp".

    Returns:
        ``(delivery, texts without that sentence, how it was found)``; how is None when an
        explicit sentence said it, else a note for the report.
    """
    found: str | None = None
    out: list[str] = []
    for text in texts:
        match = _DELIVERY_SENTENCE.search(text)
        if match and found is None:
            found = _delivery_value(match["how"])
            text = (text[: match.start()] + text[match.end() :]).strip()
        if text:
            out.append(text)
    if found is not None:
        return found, out, None
    whole = " ".join(texts)
    if re.search(
        r"individuellt\s+(?:och|eller)\s+i\s+grupp|i\s+grupp\s+eller\s+individuellt", whole, re.I
    ):
        return "both", out, "'individuellt och/eller i grupp' in the text"
    if re.search(
        r"(?:utförs|ges|genomförs|sker|bedrivs)\s+i\s+grupp|gruppverksamhet|insats\s+i\s+grupp",
        whole,
        re.I,
    ):
        return "group", out, "'i grupp' in the text"
    return None, out, None


def _delivery_value(how: str) -> str:
    how = how.casefold()
    if "grupp" in how and "individ" in how:
        return "both"
    if "grupp" in how:
        return "group"
    return "individual"


_EXTENT_START: Final = re.compile(
    r"^(?:Behandlingen|Programmet|Insatsen|Stödet|Kursen|Gruppen|Uppstart|Antalet\s+träffar)\b",
    re.I,
)
_EXTENT_MORE: Final = re.compile(r"träff|tillfälle|samtal|månad|vecka|timm|deltagar", re.I)
_EXTENT_WORD: Final = re.compile(
    r"\b(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv)\s+(?:\w+\s+)?"
    r"(?:träffar|tillfällen|samtal|\w+samtal|gruppträffar|veckor|månader)\b",
    re.I,
)


_NUMBER_WORD: Final = r"(?:\d+(?:\s*[-–]\s*\d+)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv)"
_EXTENT_UNITS: Final = r"(?:\w*träffar|tillfällen|\w*samtal|sessioner|veckor|månader)"
#: An extent inside a sentence about something else: "… samtal som sker under 5 tillfällen
#: under ett flertal veckor.", "… ett program om fyra gruppträffar … under cirka två månader."
_EXTENT_PHRASE: Final = re.compile(
    r"(?:\b(?:sker|ges|genomförs|pågår)\s+(?:under|vid|på|i)\s+|"
    r"\b(?:program|föräldrastödsprogram|insats|kurs|metod)\s+(?:om|med)\s+)"
    rf"(?P<x>(?:cirka\s+|ca\s+)?{_NUMBER_WORD}\s+(?:\w+\s+)?{_EXTENT_UNITS}\b[^.]*\.)",
    re.I,
)


def extent_phrase(text: str) -> str | None:
    """The extent stated inside a sentence ("… sker under 5 tillfällen …"), from the number
    to the end of that sentence, with a capital first letter."""
    match = _EXTENT_PHRASE.search(text)
    if not match:
        return None
    found = match["x"].strip()
    return found[0].upper() + found[1:]


def extent_sentences(texts: Sequence[str]) -> str | None:
    """An extent stated in prose ("Behandlingen omfattar 8-10 tillfällen …"): the first such
    paragraph from its first extent sentence on, while the sentences stay about meetings."""
    for text in texts:
        sentences = split_sentences(text.lstrip("• "))
        for index, sentence in enumerate(sentences):
            if _EXTENT_START.search(sentence) and _EXTENT_WORD.search(sentence):
                taken = [sentence]
                for more in sentences[index + 1 :]:
                    if not _EXTENT_MORE.search(more):
                        break
                    taken.append(more)
                return " ".join(taken)
    return None


def inline_extent(texts: Sequence[str]) -> tuple[str | None, list[str]]:
    """ "Omfattning 1-5 samtal." written inside another field."""
    extent = None
    out = []
    for text in texts:
        match = _INLINE_EXTENT.match(text)
        if match and extent is None:
            extent = match["text"].strip()
            continue
        out.append(text)
    return extent, out


# --- methods ------------------------------------------------------------------------------------

_ACRONYM: Final = re.compile(r"\([A-ZÅÄÖ]{2,}[A-ZÅÄÖa-z]*\)")


def _method_start(text: str) -> tuple[str, str | None] | None:
    """``(name, description)`` when a paragraph begins a method: "Trappan. Att ge barnen …",
    "Community Parent Education (COPE)", "CRAFT, Community … är en manualbaserad metod"."""
    first, _, rest = text.partition(". ")
    words = first.split()
    if (
        rest
        and (len(words) <= 8 or _ACRONYM.search(first))
        and not re.search(r"\b(?:är|kan|ska|har|syftar|bygger|innebär|ges)\b", first)
    ):
        return first.strip(), rest.strip()
    if not text.endswith((".", ":", ";")) and (len(words) <= 7 or _ACRONYM.search(text)):
        return text.strip(), None
    if not rest and len(words) <= 8 and text.endswith(".") and acronym(text):
        return text.strip().rstrip("."), None  # "CRAFT (Community … Training)."
    match = re.match(r"^(?P<name>[^.]{2,80}?),?\s+(?:är|var)\s+(?:en|ett)\b", text)
    if match and not re.match(r"^(?:Metoden|Modellen|Det|Den|Detta|Insatsen|Behandlingen)\b", text):
        return match["name"].strip(" ,"), text.strip()
    return None


def acronym(name: str) -> str | None:
    """A method's short name: "Återfallsprevention (ÅP)" → ÅP, "ABC, Alla Barn i Centrum" →
    ABC."""
    if match := re.search(r"\(([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,7})\)", name):
        return match[1]
    if match := re.match(r"^([A-ZÅÄÖ]{2,8})\b", name):
        return match[1]
    return None


def _move_sentences_about_other_methods(out: list[dict[str, Any]]) -> None:
    """ "ÅP består av 10 träffar." at the end of the MI paragraph is ÅP's extent: a sentence
    whose subject is another method's short name belongs to that method."""
    names = {short: method for method in out if (short := acronym(method["name"]))}
    for method in out:
        description = method.get("description")
        if not description:
            continue
        kept: list[str] = []
        for sentence in split_sentences(description):
            first = sentence.split()[0] if sentence.split() else ""
            other = names.get(first)
            if (
                other is not None
                and other is not method
                and "extent" not in other
                and _EXTENT_WORD.search(sentence)
            ):
                other["extent"] = sentence
                continue
            kept.append(sentence)
        if len(kept) < len(split_sentences(description)) and "\n\n" not in description:
            method["description"] = " ".join(kept)


#: A Metod paragraph that tells how the intervention runs, not what the method is.
_CONDUCT: Final = re.compile(
    r"^(?:Utförandet\s+av\s+insatsen|Insatsen\s+(?:inleds|utförs|genomförs\s+genom|går\s+till))\b"
)


def conduct_paragraphs(blocks: Sequence[Block]) -> tuple[list[Block], list[str]]:
    """Split off Metod paragraphs that describe how the intervention is carried out
    ("Utförandet av insatsen innebär …"): they are content, not a method."""
    kept: list[Block] = []
    moved: list[str] = []
    for block in blocks:
        if block.kind != "item" and _CONDUCT.match(block.text.strip()):
            moved.append(block.text.strip())
        else:
            kept.append(block)
    return kept, moved


def methods(blocks: Sequence[Block], *, title: str) -> tuple[list[dict[str, Any]], list[str]]:
    """The methods of one intervention, each with its own target group and extent.

    Returns:
        ``(methods, notes)``; a Metod field that is only "-" gives no method.
    """
    texts = [t for t in _paragraph_texts(blocks) if t.strip() != "-"]
    out: list[dict[str, Any]] = []
    notes: list[str] = []
    for text in texts:
        label = _INLINE_LABEL.match(text)
        if label and out:
            key = "target_group" if label["label"].casefold() == "målgrupp" else "extent"
            out[-1][key] = label["text"].strip()
            continue
        start = _method_start(text)
        if start is not None and not (out and out[-1].get("_open")):
            name, description = start
            out.append({"name": name, "description": description, "_open": description is None})
            continue
        if not out:
            name = title
            if not re.match(r"^(?:Metoden|Modellen|Arbetet|Insatsen)\b", text):
                notes.append(f"method without a name; named after the intervention: {text[:60]}")
            out.append({"name": name, "description": text, "_open": False})
            continue
        current = out[-1]
        current["description"] = (
            text if not current.get("description") else current["description"] + "\n\n" + text
        )
        current["_open"] = False
    _move_sentences_about_other_methods(out)
    for method in out:
        method.pop("_open", None)
        description = method.get("description") or ""
        if "extent" not in method and (
            extent := extent_sentences([description]) or extent_phrase(description)
        ):
            method["extent"] = extent
        if "target_group" not in method and (
            match := re.search(r"\briktar\s+sig\s+till\s+(?P<t>[^.]+\.)", description)
        ):
            method["target_group"] = match["t"][0].upper() + match["t"][1:]
        for key in list(method):
            if method[key] is None:
                del method[key]
    return out, notes


# --- documentation ------------------------------------------------------------------------------

_SYSTEM: Final = re.compile(
    r"\bi\s+(?:verksamhetssystemet|journalsystemet|systemet|dokumentationssystemet)\s+"
    r"(?P<name>[A-ZÅÄÖ][\wÅÄÖåäö-]*(?:\s+[A-ZÅÄÖ][\wÅÄÖåäö-]*)*)|\bi\s+(?P<acronym>[A-ZÅÄÖ]{3,}[A-ZÅÄÖ0-9-]*)\b"
)
_SPECIAL_LABEL: Final = re.compile(
    r"^(?:bedömning(?:\s+av)?\s+)?särskilda\s+skäl(?:\s+för\s+undantag)?\s*:\s*", re.I
)
#: The same label after a sentence of the paragraph: "… inte dokumenteras. Särskilda skäl: …"
_SPECIAL_INLINE: Final = re.compile(
    r"(?<=[.!?])\s+(?:bedömning(?:\s+av)?\s+)?särskilda\s+skäl(?:\s+för\s+undantag)?\s*:\s*",
    re.I,
)


def documentation(
    blocks: Sequence[Block], risk: Sequence[Block]
) -> tuple[dict[str, Any], str | None, list[str]]:
    """The documentation regime (14 kap. 3, 4 or 5 §) with its special reasons.

    Returns:
        ``(documentation dict, confidentiality text, report notes)``.
    """
    texts = _paragraph_texts(blocks)
    notes: list[str] = []
    confidentiality = [t for t in texts if re.search(r"tystnadsplikt|sekretess", t, re.I)]
    texts = [t for t in texts if t not in confidentiality]
    whole = " ".join(texts)
    cited = {int(n) for n in re.findall(r"14\s*kap\.?\s*(\d)\s*§", whole)}
    if 5 in cited or re.search(r"röja\s+(?:den\s+enskildes\s+)?identitet", whole, re.I):
        regime = "no_identity"
    elif 4 in cited or re.search(r"personliga\s+förhållanden\s+dokumenteras\s+inte", whole, re.I):
        regime = "advice"
    elif 3 in cited or texts:
        regime = "full"
        if 3 not in cited:
            notes.append("no section of 14 kap. cited; read as full documentation (14 kap. 3 §)")
    else:
        regime = "full"
        notes.append("no Dokumentation field; full documentation (14 kap. 3 §) assumed")
    result: dict[str, Any] = {"regime": regime}
    system = _SYSTEM.search(whole)
    if system:
        result["system"] = (system["name"] or system["acronym"]).strip()
    main: list[str] = []
    reasons: list[str] = []
    for text in texts:
        label = _SPECIAL_LABEL.match(text)
        inline = _SPECIAL_INLINE.search(text)
        if label:
            reasons.append(text[label.end() :].strip())
        elif reasons:
            reasons.append(text)
        elif inline:
            main.append(text[: inline.start()].strip())
            reasons.append(text[inline.end() :].strip())
        else:
            main.append(text)
    if reasons and regime != "no_identity":
        # Special reasons belong to a 14 kap. 5 § decision only; elsewhere they stay text.
        notes.append("'särskilda skäl' stated without 14 kap. 5 §; kept in the text")
        main, reasons = [*main, *reasons], []
    if regime == "no_identity" and not reasons and main:
        # "Med stöd av 14 kap. 5 § … bedöms det föreligga särskilda skäl …. Enligt förarbetena …"
        sentences = [s for text in main for s in split_sentences(text)]
        decision = [s for s in sentences if re.search(r"14\s*kap\.?\s*5\s*§", s)]
        if decision and len(decision) < len(sentences):
            reasons = [s for s in sentences if s not in decision]
            main = decision
            notes.append("special reasons read from the sentences after the 14 kap. 5 § decision")
    if main:
        result["text"] = join(main)
    if reasons:
        result["special_reasons"] = join(reasons)
    if regime == "no_identity" and not reasons:
        notes.append("14 kap. 5 § exception without stated special reasons")
    if risk_text := join(list(risk)):
        result["risk_analysis"] = risk_text
    return result, join(confidentiality), notes


_FORMS: Final = (
    (
        re.compile(r"besöksstatistik|statistik\s+över\s+besök|antal\s+besök", re.I),
        "visit_statistics",
    ),
    (re.compile(r"individbaserad|individuell\s+uppföljning|på\s+individnivå", re.I), "individual"),
    (re.compile(r"nationell\s+statistik|statistikinlämning", re.I), "national_statistics"),
    (re.compile(r"brukarenkät|enkät", re.I), "user_survey"),
)


def follow_up(
    blocks: Sequence[Block], *, fallback: Sequence[str] = ()
) -> tuple[dict[str, Any], str | None]:
    """Forms of follow-up from the Uppföljning field; without one, from a sentence elsewhere
    that proposes a form (e.g. "till exempel genom anonyma brukarenkäter")."""
    text = join(blocks)
    how = None
    if text is None:
        for paragraph in fallback:
            for sentence in split_sentences(paragraph):
                if re.search(r"följa\s+upp|uppföljning", sentence, re.I) and any(
                    p.search(sentence) for p, _ in _FORMS
                ):
                    text, how = sentence, "follow-up read from another field"
                    break
            if text:
                break
    if text is None:
        return {}, None
    forms = []
    for pattern, form in _FORMS:
        if pattern.search(text) and not (
            form == "individual" and re.search(r"inte\s+\w*\s*(?:behövligt|möjligt)", text)
        ):
            forms.append(form)
    return {"forms": forms, "text": text}, how


# --- where to turn ------------------------------------------------------------------------------


def routes(blocks: Sequence[Block]) -> list[dict[str, Any]]:
    """ "Vart ska den enskilde vända sig": one route per "Om insatsen ges …" alternative."""
    groups: list[list[str]] = []
    for text in _paragraph_texts(blocks):
        for index, sentence in enumerate(split_sentences(text.lstrip("• "))):
            if index == 0 or not groups or re.match(r"^(?:Om|När)\b", sentence):
                groups.append([sentence])
            else:
                groups[-1].append(sentence)
    out = []
    for group in groups:
        text = " ".join(group)
        route: dict[str, Any] = {"kind": _route_kind(text), "text": text}
        if route["kind"] == "unit" and (name := unit_name(text)):
            route["unit"] = name
        out.append(route)
    return out


_UNIT_WORDS: Final = r"[A-ZÅÄÖ][\wåäöé-]*(?:\s+(?:i|på|för|och|[A-ZÅÄÖ][\wåäöé-]*|[a-zåäö]+))*?"


def unit_name(text: str) -> str | None:
    """The providing unit a route names: "Boendestödet utför insatsen", "… på Familjens hus i
    Sollebrunn", or the name the text opens with ("Mini Maria, ett samarbete …")."""
    if match := re.search(rf"(?:^|[.]\s+)(?P<u>{_UNIT_WORDS})\s+utför\s+insatsen\b", text):
        return match["u"]
    first = split_sentences(text)[0] if text.strip() else ""
    if match := re.search(
        r"\s(?:på|hos|vid)\s+(?P<u>[A-ZÅÄÖ][^.,;:]{1,60}?)\s*(?:[.,;:]|$)", first
    ):
        return match["u"].strip()
    if match := re.match(r"^(?P<u>[A-ZÅÄÖ][^.,;:]{1,60}?)(?:\s*[,.]|\s+är\s|$)", first):
        name = match["u"].strip()
        if len(name.split()) <= 5:
            return name
    return None


def _route_kind(text: str) -> str:
    folded = text.casefold()
    if "samverkan" in folded or "utför insatsen åt" in folded or "på uppdrag av" in folded:
        return "acting_district"
    if "stadsövergripande" in folded or "fackförvaltning" in folded:
        return "city_wide"
    if "stadsdel" in folded:
        return "own_district"
    return "unit"


def strip_labels(texts: Sequence[str]) -> list[str]:
    return [t for t in texts if t.strip() and t.strip() != "-"]


def report(kind: str, message: str, *, intervention: str, text: str | None = None) -> ReportEntry:
    return ReportEntry(kind=kind, message=message, intervention=intervention, text=text)
