"""Guideline document → validated catalog, with a report of everything not taken over as data."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import yaml

from iub.catalog import Catalog, parse_catalog, slugify
from iub.documents import _fields as fields
from iub.documents._clean import clean
from iub.documents._draft import draft_intervention, unique_id
from iub.documents._model import Block, ImportReport, ImportResult, ReportEntry
from iub.documents._parse import ParsedDocument, ParsedIntervention, parse_blocks
from iub.documents._readers import READERS, DocumentReader, ReaderError
from iub.documents._vocab import PUBLISHED_HEADINGS
from iub.errors import CatalogLoadError, DocumentImportError
from iub.geo import Municipality, find_municipality
from iub.law.lint import LintFinding, lint

__all__ = ["catalog_yaml", "import_document", "import_lines"]

_DEFAULT_TITLE: Final = "Insatser utan individuell behovsprövning"
#: No guideline is this large; refuse before reading the bytes into memory.
MAX_FILE_BYTES: Final = 50 * 1024 * 1024
#: The linter's rules on what may never be IUB (11 kap. 5 § p. 1–7; economic needs).
_NEVER_IUB_RULES: Final = frozenset({"IUB001", "IUB003"})
_IUB_MARKERS: Final = re.compile(
    r"utan\s+(?:individuell\s+)?behovsprövning|11\s*kap\.?\s*5\s*§|\bIUB\b", re.I
)
_OLD_LAW: Final = re.compile(
    r"2001:453|\bservice(?:insats\w*)?\b|4\s*kap\.?\s*1\s*§\s*(?:SoL|socialtjänstlagen)?", re.I
)
_MONTHS: Final = {
    m: i
    for i, m in enumerate(
        [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ],
        start=1,
    )
}


def import_document(
    path: str | os.PathLike[str],
    *,
    municipality: str | None = None,
    reader: DocumentReader | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Read a guideline (.txt, .docx, .pdf) and build a catalog that ``parse_catalog`` accepts.

    Args:
        path: the document.
        municipality: the deciding municipality, when the document does not make it clear.
        reader: a reader to use instead of the one for the file's suffix (tests, new formats).
        today: the day the linter judges dates against (default: the current date).

    Raises:
        DocumentImportError: naming the file, with ``code`` ``unsupported``, ``unreadable``,
            ``empty``, ``corrupt``, ``too-large`` (bounded size, pages, text and zip
            expansion), ``no-interventions`` or ``not-iub`` (with what was found in it).
    """
    file = Path(path)
    suffix = file.suffix.casefold()
    if reader is None:
        if suffix == ".doc":
            raise DocumentImportError(
                "gamla Word-formatet (.doc) kan inte läsas; spara dokumentet som .docx",
                file=file,
                code="unsupported",
            )
        if suffix not in READERS:
            raise DocumentImportError(
                f"filtypen {suffix or '(ingen)'!r} kan inte läsas; använd .txt, .docx eller .pdf",
                file=file,
                code="unsupported",
            )
        reader = READERS[suffix]()
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentImportError(
                f"filen är {size // (1024 * 1024)} MB (högst {MAX_FILE_BYTES // (1024 * 1024)} MB)",
                file=file,
                code="too-large",
            )
        data = file.read_bytes()
    except OSError as exc:
        raise DocumentImportError(
            f"filen kan inte läsas: {exc.strerror or exc}", file=file, code="unreadable"
        ) from None
    if not data.strip():
        raise DocumentImportError("filen är tom", file=file, code="empty")
    try:
        lines = reader.read(data)
    except ValueError as exc:
        code = exc.code if isinstance(exc, ReaderError) else "corrupt"
        raise DocumentImportError(str(exc), file=file, code=code) from None
    return import_lines(
        lines,
        file=file,
        format=suffix.lstrip(".") or "text",
        municipality=municipality,
        today=today,
    )


def import_lines(
    lines: Sequence[Any],
    *,
    file: Path,
    format: str,
    municipality: str | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """The shared half of :func:`import_document`, from a reader's lines onwards."""
    cleaned = clean(lines, furniture_known=format in ("pdf", "docx"))
    blocks, removed, skipped = cleaned.blocks, cleaned.removed, cleaned.skipped
    if not any(block.text.strip() for block in blocks):
        raise DocumentImportError(
            "ingen text kunde läsas ut (en skannad PDF behöver textigenkänning först)",
            file=file,
            code="empty",
        )
    doc = parse_blocks(blocks)
    report = ImportReport(file=file.name, format=format, removed=removed, skipped=skipped)
    report.skipped.extend(doc.skipped)
    doubts = {id(item): why for item in doc.interventions if (why := _doubtful(item))}
    if doc.interventions and len(doubts) == len(doc.interventions):
        named = "; ".join(f"{item.title!r} ({doubts[id(item)]})" for item in doc.interventions)
        raise DocumentImportError(
            "ingen insats kunde läsas ut med säkerhet, så ingen förteckning skrevs: "
            f"{named}. Är förteckningen en tabell behöver den en rubrikrad som 'Insats | "
            "Innehåll | Målgrupp | Villkor' (i Word eller PDF, eller tabbavgränsad text); "
            "annars en rubrik per insats med fältrubriker under",
            file=file,
            code="no-interventions",
            found=[f"{item.title!r}: {doubts[id(item)]}" for item in doc.interventions],
        )
    for item in doc.interventions:
        if id(item) in doubts:
            report.warnings.append(
                ReportEntry(
                    kind="doubtful",
                    text=item.title,
                    message=f"read as an intervention, but doubtful: {doubts[id(item)]}",
                )
            )
    whole = "\n".join(block.text for block in blocks)
    if not doc.interventions:
        message, found = _not_iub_message(blocks, whole)
        code = "not-iub" if _iub_mentions(whole) or _OLD_LAW.search(whole) else ("no-interventions")
        raise DocumentImportError(message, file=file, code=code, found=found)
    if not _iub_mentions(whole):
        if _OLD_LAW.search(whole):
            message, found = _not_iub_message(blocks, whole)
            raise DocumentImportError(message, file=file, code="not-iub", found=found)
        report.warnings.append(
            ReportEntry(
                kind="not_iub",
                message="dokumentet säger aldrig 'utan individuell behovsprövning' och hänvisar "
                "inte till 11 kap. 5 §; kontrollera att nämnden har beslutat insatserna som IUB",
            )
        )
    data = _catalog(doc, file=file, report=report, whole=whole, municipality=municipality)
    day = today or dt.date.today()
    catalog, text = _validated(data, file)
    never = _never_iub(catalog, day)
    if never:
        if len(never) == len(catalog.interventions):
            message, found = _not_iub_message(blocks, whole)
            named = "; ".join(f"{title!r} ({why})" for title, why in never.values())
            found.insert(0, f"bara insatser som aldrig kan vara IUB: {named}")
            clause = _iub_clause(blocks)
            general = (
                f" Den är en allmän riktlinje enligt socialtjänstlagen som nämner insatser utan "
                f'individuell behovsprövning bara i avsnittet {clause[0]!r} ("{clause[1]}").'
                if clause
                else ""
            )
            raise DocumentImportError(
                "inte en förteckning över insatser utan individuell behovsprövning: varje insats "
                "den beskriver får aldrig ges utan individuell behovsprövning (11 kap. 5 §): "
                f"{named}.{general} Hittat: {'; '.join(found[1:])}.",
                file=file,
                code="not-iub",
                found=found,
            )
        for iid, (title, why) in never.items():
            report.warnings.append(
                ReportEntry(
                    kind="never_iub",
                    intervention=iid,
                    text=title,
                    message=f"inte importerad: {why}; den får aldrig ges utan individuell "
                    "behovsprövning (11 kap. 5 §)",
                )
            )
        data["interventions"] = [i for i in data["interventions"] if i["id"] not in never]
        _drop_unused(data)
        catalog, text = _validated(data, file)
    report.interventions = [i.id for i in catalog.interventions]
    report.lint = [_lint_entry(finding) for finding in lint(catalog, today=day)]
    return ImportResult(catalog=catalog, yaml_text=text, report=report)


def _doubtful(item: ParsedIntervention) -> str | None:
    """Why a heading read as an intervention is probably not one (a table's header row read
    as a heading; hardly any field with text), or None."""
    from iub.documents._tables import header_keys
    from iub.documents._vocab import field_key

    parts = [p for p in re.split(r"\s+[–|]\s+|\t|\s{2,}", item.title) if p.strip()]
    words = item.title.split()
    if (
        header_keys(["Insats", *parts]) is not None
        or field_key(item.title)
        or item.title.strip().casefold().rstrip(":") in ("insats", "insatser", "insatsens namn")
        or (len(words) > 2 and sum(field_key(w) is not None for w in words) >= 2)
    ):
        return "rubriken är en tabells rubrikrad, inte en insats"
    filled = [
        key
        for key, blocks in item.fields.items()
        if key not in ("preamble", "name") and any(b.text.strip() not in ("", "-") for b in blocks)
    ]
    if len(filled) < 2:
        return f"bara {len(filled)} fält med text"
    return None


def _validated(data: dict[str, Any], file: Path) -> tuple[Catalog, str]:
    text = catalog_yaml(data, source=file.name)
    try:
        return parse_catalog(text, file=f"{file.name} (imported)"), text
    except CatalogLoadError as exc:  # an importer bug; say so rather than write a broken file
        raise DocumentImportError(
            f"den importerade förteckningen validerar inte (ett fel i importen):\n{exc}",
            file=file,
            code="invalid",
        ) from None


def _never_iub(catalog: Catalog, today: dt.date) -> dict[str, tuple[str, str]]:
    """Interventions whose very title is one the law excludes (the linter's IUB001/IUB003 on
    the title): id → (title, why). Content that merely mentions them stays a lint finding."""
    out: dict[str, tuple[str, str]] = {}
    for finding in lint(catalog, today=today, select=_NEVER_IUB_RULES):
        path = finding.path
        if len(path) == 3 and path[0] == "interventions" and path[2] == "title":
            item = catalog.interventions[int(path[1])]
            why = (
                "insats för ekonomiska behov"
                if finding.code == "IUB003"
                else "insats som anges i 11 kap. 5 § andra stycket p. 1–7"
            )
            out.setdefault(item.id, (item.title, why))
    return out


def _drop_unused(data: dict[str, Any]) -> None:
    """After interventions were left out: areas and declared facts nobody uses."""
    used_areas = {item["area"] for item in data["interventions"]}
    kept = [area["id"] for area in data["areas"] if area["id"] in used_areas]
    for chapter in data.get("chapters", []):
        # a chapter before a dropped area comes before the next area that is kept
        if (before := chapter.get("before_area")) is not None and before not in kept:
            ids = [area["id"] for area in data["areas"]]
            later = [a for a in ids[ids.index(before) :] if a in kept]
            if later:
                chapter["before_area"] = later[0]
            else:
                del chapter["before_area"]
    data["areas"] = [area for area in data["areas"] if area["id"] in used_areas]
    if "facts" in data:
        used = yaml.safe_dump(data["interventions"])
        data["facts"] = [fact for fact in data["facts"] if fact["key"] in used]
        if not data["facts"]:
            del data["facts"]


def _lint_entry(finding: LintFinding) -> ReportEntry:
    return ReportEntry(
        kind=finding.severity.value,
        code=finding.code,
        intervention=finding.intervention,
        message=finding.message,
        text=finding.citation,
    )


def _iub_mentions(text: str) -> list[re.Match[str]]:
    """Mentions of IUB, not counting the old law's "service utan behovsprövning"."""
    return [
        found
        for found in _IUB_MARKERS.finditer(text)
        if not _SERVICE_BEFORE.search(text[max(0, found.start() - 30) : found.start()])
    ]


_SERVICE_BEFORE: Final = re.compile(r"\bservice\w*\s+(?:som\s+ges\s+)?$", re.I)


def _iub_clause(blocks: Sequence[Block]) -> tuple[str, str] | None:
    """The one section that mentions IUB, with its first such sentence, when only one does."""
    from iub.documents._fields import split_sentences

    heading = ""
    places: dict[str, str] = {}
    for block in blocks:
        if block.kind == "heading" and not block.title:
            heading = block.text
            continue
        if heading and _iub_mentions(block.text):
            sentence = next(
                (t for t in split_sentences(block.text) if _iub_mentions(t)), block.text
            )
            places.setdefault(heading, " ".join(sentence.split()))
    if len(places) != 1:
        return None
    return next(iter(places.items()))


def _not_iub_message(blocks: Sequence[Block], whole: str) -> tuple[str, list[str]]:
    """Why the document is not an IUB guideline, in Swedish, and what it holds."""
    headings = [b.text for b in blocks if b.kind == "heading" and not b.title]
    from iub.documents._vocab import field_key

    labels = Counter(key for b in blocks if (key := field_key(b.text)))
    iub = len(_iub_mentions(whole))
    old = sorted({" ".join(m.casefold().split()) for m in _OLD_LAW.findall(whole)})
    found = [
        f"{len(headings)} rubrik(er)"
        + (f" (t.ex. {', '.join(repr(h) for h in headings[:3])})" if headings else "")
    ]
    found.append(
        f"{sum(labels.values())} fältrubrik(er)"
        + (f" ({', '.join(sorted(labels))})" if labels else "")
    )
    found.append(f"{iub} omnämnande(n) av insatser utan individuell behovsprövning / 11 kap. 5 §")
    if old:
        found.append(f"formuleringar från gamla socialtjänstlagen ({', '.join(old)})")
    clause = _iub_clause(blocks) if iub else None
    if clause:
        found.append(f'IUB nämns i avsnittet {clause[0]!r}: "{clause[1]}"')
    verdict = (
        "inte en IUB-riktlinje: ingen insats med egna fält "
        "(Innehåll, Målgrupp, Villkor, Dokumentation …) hittades"
    )
    if old and not iub:
        verdict = (
            "inte en IUB-riktlinje: det är en sida enligt gamla socialtjänstlagen (2001:453) om "
            "service utan behovsprövning, inte ett beslut om insatser utan individuell "
            "behovsprövning enligt 11 kap. 5 § socialtjänstlagen (2025:400)"
        )
    elif clause and len(headings) > 1:
        verdict = (
            "inte en IUB-riktlinje: det är en allmän riktlinje enligt socialtjänstlagen som "
            f"nämner insatser utan individuell behovsprövning bara i avsnittet {clause[0]!r}, "
            "utan någon förtecknad insats med fält (Innehåll, Målgrupp, Villkor …)"
        )
    elif iub and not labels:
        verdict = (
            "inte en IUB-riktlinje: den nämner insatser utan individuell behovsprövning men "
            "förtecknar ingen insats med fält (Innehåll, Målgrupp, Villkor …)"
        )
    return f"{verdict}. Hittat: {'; '.join(found)}.", found


# --- building the catalog -----------------------------------------------------------------------


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    if match := re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.search(r"(\d{1,2})\s+([a-zåäö]+)\s+(\d{4})", text, re.I):
        month = _MONTHS.get(match[2].casefold())
        if month:
            return dt.date(int(match[3]), month, int(match[1]))
    return None


def _decision(meta: Mapping[str, str], report: ImportReport) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("body", "diarienummer", "document_owner", "document_type", "applies_to"):
        if meta.get(key):
            out[key] = meta[key].strip()
    for key in ("date", "revise_by", "valid_from"):
        if meta.get(key):
            value = _date(meta[key])
            if value is None:
                report.warnings.append(
                    ReportEntry(kind="header", message=f"{key}: not a date", text=meta[key])
                )
            else:
                out[key] = value
    if validity := meta.get("validity"):
        dates = re.findall(r"\d{4}-\d{1,2}-\d{1,2}", validity)
        if dates:
            out["valid_from"] = _date(dates[0])
        if len(dates) > 1:
            out["valid_to"] = _date(dates[1])
        if not dates:
            report.warnings.append(
                ReportEntry(kind="header", message="Giltighetstid without dates", text=validity)
            )
    return out


def _find_municipality(whole: str, override: str | None, file: Path) -> Municipality:
    if override:
        found = find_municipality(override)
        if found is None:
            raise DocumentImportError(f"{override!r} är inte en svensk kommun", file=file)
        return found
    counts: Counter[Municipality] = Counter()
    pattern = r"\b([A-ZÅÄÖ][\wåäöé-]+(?:[ -][A-ZÅÄÖ][\wåäöé-]+)?)\s+(kommuns?|stads?)\b"
    for match in re.finditer(pattern, whole):
        found = find_municipality(f"{match[1]} {match[2].rstrip('s')}")
        if found is not None:
            counts[found] += 1
    for match in re.finditer(
        r"(?:folkbokförd|folkbokfört|bosatt)\s+i\s+([A-ZÅÄÖ][\wåäöé-]+)", whole
    ):
        found = find_municipality(match[1])
        if found is not None:
            counts[found] += 2
    if not counts:
        raise DocumentImportError(
            "det går inte att se vilken kommun som har beslutat riktlinjen; ange den med "
            "--municipality",
            file=file,
        )
    return counts.most_common(1)[0][0]


def _organisation(removed: Sequence[ReportEntry]) -> str | None:
    """A running footer naming the administration ("Äldreförvaltningen Avdelningen för …")."""
    for entry in removed:
        if entry.kind == "page_furniture" and entry.text and re.search(r"förvaltning", entry.text):
            words = entry.text.split()
            if len(words) >= 2 and words[0].endswith("förvaltningen") and words[1][0].isupper():
                return f"{words[0]}, {' '.join(words[1:])}"
            return entry.text
    return None


_DOUBT: Final = re.compile(
    r"(?:tveksamhet|osäkerhet|tvekan|tveksamt).*hänvisa|hänvisa.*(?:tveksamhet|osäkerhet)", re.I
)
_CHECK_HEADING: Final = re.compile(r"kontroll\s+av\s+(?:att\s+)?villkor|summarisk\s+kontroll", re.I)


def _doubt_procedure(doc: ParsedDocument) -> str | None:
    """What the provider does when a condition is doubtful: a section of its own ("Kontroll
    av villkor") whole, else every background paragraph that refers doubt to the committee."""
    for title, texts in doc.background:
        if _CHECK_HEADING.search(title) and any(_DOUBT.search(text) for text in texts):
            return fields.join([t for t in texts if t.strip()])
    paragraphs = [text for _title, texts in doc.background for text in texts if _DOUBT.search(text)]
    return fields.join(paragraphs)


def _catalog(
    doc: ParsedDocument,
    *,
    file: Path,
    report: ImportReport,
    whole: str,
    municipality: str | None,
) -> dict[str, Any]:
    where = _find_municipality(whole, municipality, file)
    decision = _decision(doc.meta, report)
    title = (doc.title or _DEFAULT_TITLE).strip()
    body = decision.get("body")
    if body and title.endswith(" " + body):
        title = title[: -len(body)].strip(" –-:")
        report.inferred.append(
            ReportEntry(
                kind="title",
                message="the committee's name after the title was dropped",
                text=doc.title,
            )
        )
    organisation = _organisation(report.removed)
    committee: dict[str, Any] = {"name": body or _committee(doc, report)}
    administration = (
        doc.meta.get("applies_to") if "förvaltning" in doc.meta.get("applies_to", "") else None
    )
    if administration or organisation:
        committee["administration"] = administration or organisation
    if organisation and "document_owner" not in decision:
        decision["document_owner"] = organisation
        report.inferred.append(
            ReportEntry(
                kind="header", message="document owner read from the page footer", text=organisation
            )
        )
    if not decision.get("date") or not decision.get("diarienummer"):
        report.warnings.append(
            ReportEntry(
                kind="header",
                message="the decision header lacks a decision date or "
                "diarienummer; fill them in before publishing (the linter reports it)",
            )
        )
    areas: list[dict[str, Any]] = []
    area_ids: list[str] = []
    for area in doc.areas:
        entry: dict[str, Any] = {
            "id": unique_id(slugify(area.title) or "omrade", area_ids),
            "title": area.title,
        }
        if area.section:
            entry["section"] = area.section
        if description := fields.join(area.description):
            entry["description"] = description
        areas.append(entry)
    kinds: dict[str, str] = {}  # area title by kind, for interventions without an area heading
    for parsed in doc.interventions:
        if parsed.area is None:
            kind = _area_kind(parsed)
            if kind not in kinds:
                kinds[kind] = unique_id(slugify(kind), area_ids)
                areas.append({"id": kinds[kind], "title": kind})
                report.inferred.append(
                    ReportEntry(
                        kind="area",
                        text=kind,
                        message="the document has no area heading above the intervention; "
                        "the area was named after what the intervention is",
                        intervention=slugify(parsed.title),
                    )
                )
    facts: list[dict[str, Any]] = []
    interventions: list[dict[str, Any]] = []
    ids: list[str] = []
    for parsed in doc.interventions:
        area_id = area_ids[parsed.area] if parsed.area is not None else kinds[_area_kind(parsed)]
        draft = draft_intervention(parsed, area_id, ids, where, report)
        facts.extend(draft.facts)
        interventions.append(draft.to_data())
    data: dict[str, Any] = {
        "schema_version": 1,
        "title": title,
        "municipality": {"name": where.name, "code": where.code},
        "committee": committee,
        "decision": decision,
    }
    if doubt := _doubt_procedure(doc):
        data["doubt_procedure"] = doubt
    duty = [
        text for heading, texts in doc.background if _DUTY_HEADING.search(heading) for text in texts
    ]
    if duty:
        data["information_duty"] = "\n\n".join(duty)
    data["areas"] = areas
    data["interventions"] = interventions
    if facts:
        data["facts"] = facts
    if chapters := _chapters(doc, area_ids):
        data["chapters"] = chapters
        kept = {" ".join(filter(None, (c.get("section"), c["title"]))) for c in chapters}
        report.skipped = [
            e for e in report.skipped if not (e.kind == "background" and e.text in kept)
        ]
    data["source"] = file.name
    return data


_DUTY_HEADING: Final = re.compile(r"informationsskyldighet|informationsplikt", re.I)


def _chapters(doc: ParsedDocument, area_ids: Sequence[str]) -> list[dict[str, Any]]:
    """The document's own chapters without interventions, each before the area that follows
    it; not the ones read as the information duty or the doubt procedure, nor the chapters
    ``iub publish`` writes itself."""
    out: list[dict[str, Any]] = []
    for chapter in doc.chapters:
        texts = [b.text for b in chapter.blocks]
        if (
            chapter.title in PUBLISHED_HEADINGS
            or _DUTY_HEADING.search(chapter.title)
            or (_CHECK_HEADING.search(chapter.title) and any(_DOUBT.search(t) for t in texts))
        ):
            continue
        entry: dict[str, Any] = {"title": chapter.title}
        if chapter.section:
            entry["section"] = chapter.section
        entry["level"] = min(chapter.depth, 4)
        entry["text"] = fields.join(chapter.blocks) or ""
        if chapter.next_area < len(doc.areas):
            entry["before_area"] = area_ids[chapter.next_area]
        out.append(entry)
    return out


_AREA_KINDS: Final = (
    (re.compile(r"\banhörig", re.I), "Anhörigstöd"),
    (re.compile(r"rådgivning", re.I), "Rådgivning"),
    (re.compile(r"mötesplats|träffpunkt|öppen\s+verksamhet", re.I), "Mötesplats"),
)


def _area_kind(parsed: ParsedIntervention) -> str:
    """An area for an intervention the document files under no heading, named after the
    kinds IUB catalogs group by: support to relatives, advice, meeting places."""
    text = " ".join([parsed.title, *(b.text for b in parsed.fields.get("target_group", [])[:2])])
    for pattern, title in _AREA_KINDS:
        if pattern.search(text):
            return title
    return "Insatser"


_APPLY_TO: Final = re.compile(
    r"(?i:ansökan|ansöka)\b[^.]{0,60}?\b(?:lämnas|görs|ställs|skickas|sker)\s+till\s+"
    r"(?P<c>[A-ZÅÄÖ][\wåäö]*nämnden(?:\s+(?!i\s+[A-ZÅÄÖ])[\wåäö]+){0,6}?)(?=\s+i\s+[A-ZÅÄÖ]|[,.])"
)


def _committee(doc: ParsedDocument, report: ImportReport) -> str:
    """The committee when the header names no Beslutande instans: where the background says
    applications go, else the placeholder "Socialnämnden" — reported either way."""
    for _title, texts in doc.background:
        for text in texts:
            if match := _APPLY_TO.search(text):
                name = match["c"].strip()
                report.inferred.append(
                    ReportEntry(
                        kind="committee",
                        text=name,
                        message="no Beslutande instans; the committee was read from where "
                        "applications under 11 kap. 1 § go",
                    )
                )
                return name
    report.warnings.append(
        ReportEntry(
            kind="committee",
            text="Socialnämnden",
            message="the document names no deciding committee (Beslutande instans); "
            "'Socialnämnden' is a placeholder: replace it with the committee that decided",
        )
    )
    return "Socialnämnden"


# --- YAML ---------------------------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """libyaml's emitter when PyYAML has it (a 300-page guideline's catalog dumps in a second,
    not fifteen), the pure-Python one otherwise; the output is the same."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def catalog_yaml(data: Mapping[str, Any], *, source: str) -> str:
    """The catalog as the importer writes it: key order kept, Swedish unescaped."""
    head = (
        f"# Imported by `iub import` from {source}.\n"
        "# Review it against the document: the import report lists every manual check,\n"
        "# every value read from wording and every piece of text that was dropped.\n"
    )
    body = yaml.dump(dict(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return head + body
