"""Catalog → the next version of the riktlinjer, as HTML, Word or PDF.

One document model drives all three: the decision header, the statutory information
(11 kap. 1 and 6 §§, 21 kap. 2 §, doubt → refer), then each area and intervention with its
fields in the seed's order and headings. Conditions are printed in the catalog's own wording.
The headings are the ones the importer recognises, so a published file imports back.
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from iub.catalog import AllOf, AnyOf, Catalog, Chapter, Condition, Intervention, Leaf, NotOf
from iub.documents._vocab import FIELD_TITLES, PUBLISHED_HEADINGS
from iub.geo import find_municipality
from iub.law import admits_children, statutory_conditions

__all__ = [
    "DRAFT_MARK",
    "FakePdfRenderer",
    "PdfRenderer",
    "WeasyPrintRenderer",
    "publish",
    "to_html",
]

Format = Literal["html", "docx", "pdf"]


class PdfRenderer(Protocol):
    """Turns the published HTML into PDF bytes."""

    def render(self, html_text: str) -> bytes: ...


class WeasyPrintRenderer:
    """WeasyPrint, tagged, as PDF/UA-1 (its accessible variant)."""

    def render(self, html_text: str) -> bytes:
        from weasyprint import HTML  # heavy: imported only when a PDF is asked for

        pdf = HTML(string=html_text).write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)
        assert isinstance(pdf, bytes)
        return pdf


class FakePdfRenderer:
    """Records the HTML and returns a tiny stand-in PDF: for tests that are not about PDF."""

    def __init__(self) -> None:
        self.rendered: list[str] = []

    def render(self, html_text: str) -> bytes:
        self.rendered.append(html_text)
        return b"%PDF-1.7\n% fake rendering for tests\n%%EOF\n"


# --- the document model -------------------------------------------------------------------------

Kind = Literal["h1", "h2", "h3", "h4", "p", "meta", "list"]


@dataclass
class ListItem:
    text: str
    children: list[ListItem] = field(default_factory=list)


@dataclass
class Part:
    """One piece of the published document."""

    kind: Kind
    text: str = ""
    label: str = ""
    items: list[ListItem] = field(default_factory=list)
    anchor: str | None = None
    strong: str = ""  # a bold lead ("Trappan.") before the text of a paragraph


def _numbered(section: str | None, title: str) -> str:
    return f"{section} {title}" if section else title


def _paragraphs(text: str | None) -> Iterator[Part]:
    """Text → paragraphs and bullet lists, as the importer wrote them ("• " per item)."""
    if not text:
        return
    for chunk in text.split("\n\n"):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if lines and all(line.startswith("• ") for line in lines):
            yield Part("list", items=[ListItem(line[2:]) for line in lines])
        else:
            yield Part("p", " ".join(lines))


_DELIVERY_SV = {
    "individual": "Insatsen ges individuellt.",
    "group": "Insatsen ges i grupp.",
    "both": "Insatsen kan ges individuellt eller i grupp.",
}


def _condition_items(conditions: list[Condition]) -> Iterator[Part]:
    """Leaves and groups as lists; a top-level "något av" group opens with its own lead-in."""
    pending: list[ListItem] = []
    for condition in conditions:
        if isinstance(condition, AnyOf):
            if pending:
                yield Part("list", items=pending)
                pending = []
            lead = condition.text or "Minst ett av följande villkor ska vara uppfyllt:"
            yield Part("p", lead)
            yield Part("list", items=[_item(child) for child in condition.any])
            continue
        item = _item(condition)
        if pending and pending[-1].text == item.text and not item.children:
            continue  # two conditions read from one sentence: print the sentence once
        pending.append(item)
    if pending:
        yield Part("list", items=pending)


def _leaf_text(node: Condition) -> str:
    if node.text:
        return " ".join(node.text.split())
    if isinstance(node, Leaf):
        return node.describe()
    return "Samtliga följande villkor ska vara uppfyllda:"


def _item(node: Condition) -> ListItem:
    if isinstance(node, AllOf | AnyOf):
        children = node.all if isinstance(node, AllOf) else node.any
        text = _leaf_text(node)
        if isinstance(node, AnyOf) and "av följande" not in text:
            text = (text + " Minst ett av följande:").strip()
        if all(" ".join(child.text.split()) == text for child in children):
            return ListItem(text)
        items: list[ListItem] = []
        for child in children:
            item = _item(child)
            if items and items[-1].text == item.text and not item.children:
                continue
            items.append(item)
        return ListItem(text, items)
    if isinstance(node, NotOf):
        return ListItem(_leaf_text(node) or "Följande gäller inte:", [_item(node.not_)])
    return ListItem(_leaf_text(node))


def _intervention(catalog: Catalog, item: Intervention) -> Iterator[Part]:
    yield Part("h3", _numbered(item.section, item.title), anchor=item.id)
    yield Part("h4", FIELD_TITLES["content"])
    yield from _paragraphs(item.content)
    if item.delivery and _DELIVERY_SV[item.delivery] not in item.content:
        yield Part("p", _DELIVERY_SV[item.delivery])
    yield Part("h4", FIELD_TITLES["methods"])
    if not item.methods:
        yield Part("p", "-")
    for method in item.methods:
        paragraphs = (method.description or "").split("\n\n")
        if paragraphs[0].startswith(method.name):
            yield Part("p", paragraphs[0])  # "CRAFT, … är en manualbaserad metod …"
        else:
            yield Part("p", paragraphs[0], strong=method.name + ("." if paragraphs[0] else ""))
        for more in paragraphs[1:]:
            yield Part("p", more)
        said = _flat(method.description)
        if method.target_group and not _restates(method.target_group, said):
            yield Part("p", f"Målgrupp: {method.target_group}")
        if method.extent and not _restates(method.extent, said):
            yield Part("p", f"Omfattning: {method.extent}")
    if item.target_group:
        yield Part("h4", FIELD_TITLES["target_group"])
        yield from _paragraphs(item.target_group)
    if item.extent:
        yield Part("h4", FIELD_TITLES["extent"])
        yield from _paragraphs(item.extent)
    yield Part("h4", FIELD_TITLES["conditions"])
    if item.conditions:
        yield from _condition_items(item.conditions)
    else:
        yield Part("p", "Inga villkor.")
    if item.where_to_turn:
        yield Part("h4", FIELD_TITLES["where"])
        for route in item.where_to_turn:
            yield Part("p", route.text)
    documentation = item.documentation
    yield Part("h4", FIELD_TITLES["documentation"])
    yield from _paragraphs(documentation.text or documentation.regime.label_sv + ".")
    if documentation.system and documentation.system not in (documentation.text or ""):
        yield Part("p", f"Dokumentation sker i {documentation.system}.")
    if documentation.special_reasons:
        reasons = documentation.special_reasons.split("\n\n")
        yield Part("p", f"Bedömning särskilda skäl: {reasons[0]}")
        for more in reasons[1:]:
            yield Part("p", more)
    if item.confidentiality:
        yield from _paragraphs(item.confidentiality)
    if documentation.risk_analysis:
        yield Part("h4", FIELD_TITLES["risk"])
        yield from _paragraphs(documentation.risk_analysis)
    if item.follow_up.text or item.follow_up.forms:
        yield Part("h4", FIELD_TITLES["follow_up"])
        text = item.follow_up.text or ", ".join(f.label_sv for f in item.follow_up.forms) + "."
        yield from _paragraphs(text)
    if item.fee:
        yield Part("h4", FIELD_TITLES["fee"])
        yield from _paragraphs(item.fee)
    if admits_children(item) or item.minors_statement:
        yield Part("h4", FIELD_TITLES["statutory"])
        consent = statutory_conditions(item)[0]
        yield Part("p", f"{consent.text} ({consent.citation})")
        yield from _paragraphs(item.minors_statement)


def _flat(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _restates(value: str, said: str) -> bool:
    """The method's description already says ``value`` (its extent or target group read from
    a sentence of it): printing it again under "Omfattning:" would repeat the sentence."""
    flat = _flat(value).rstrip(".")
    return bool(flat) and flat in said


def own_name(catalog: Catalog) -> str:
    """The municipality as the catalog itself writes it ("Stockholms stad"), falling back on
    the SCB name ("Stockholms kommun") when the catalog never names itself."""
    name = catalog.municipality.name
    official = find_municipality(catalog.municipality.code)
    scb = official.official_name if official else f"{name} kommun"
    text = catalog.model_dump_json()
    forms = dict.fromkeys(
        [f"{name}s stad", f"{name} stad", f"{name}s kommun", f"{name} kommun", scb]
    )
    counts = {form: text.count(form) for form in forms}
    best = max(counts, key=lambda form: counts[form])
    return best if counts[best] else scb


def _statutory(catalog: Catalog) -> Iterator[Part]:
    where = own_name(catalog)
    committee = catalog.committee
    yield Part("h2", PUBLISHED_HEADINGS[0])
    yield from _paragraphs(
        catalog.information_duty
        or "Den som utför en insats utan individuell behovsprövning ska informera alla som "
        "vänder sig till verksamheten, oavsett om de får ta del av insatsen, om rätten att "
        "ansöka om insatser enligt 11 kap. 1 § socialtjänstlagen och om vart de i så fall ska "
        "vända sig."
    )
    yield Part("h2", PUBLISHED_HEADINGS[1])
    yield Part(
        "p",
        "Den enskilde har alltid rätt att ansöka om insatser och få ansökan prövad, även när "
        "insatsen tillhandahålls utan individuell behovsprövning. Ett beslut efter ansökan kan "
        "överklagas; att en utförare säger nej till en insats utan behovsprövning kan inte "
        "överklagas.",
    )
    yield Part(
        "p",
        committee.how_to_apply
        or f"Ansökan lämnas till {committee.name} i {where}"
        + (f", {committee.administration}" if committee.administration else "")
        + ".",
    )
    if any(admits_children(item) or item.minors_statement for item in catalog.interventions):
        yield from _children_chapter()
    yield Part("h2", PUBLISHED_HEADINGS[3])
    yield from _paragraphs(
        catalog.doubt_procedure
        or "Utföraren kontrollerar villkoren summariskt, till exempel genom identitetshandling, "
        "registerutdrag eller intyg. Om det uppstår tveksamhet om ett villkor är uppfyllt ska "
        "den enskilde hänvisas till socialnämnden."
    )


def _children_chapter() -> Iterator[Part]:
    yield Part("h2", PUBLISHED_HEADINGS[2])
    yield Part(
        "p",
        "Barn som inte har fyllt 15 år får ta del av en insats utan individuell behovsprövning "
        "endast med vårdnadshavarnas samtycke, samtliga vårdnadshavares när vårdnaden är "
        "gemensam (6 kap. 13 § föräldrabalken). Barn som har fyllt 15 år får ta del av insatsen "
        "utan samtycke endast där nämnden har bedömt att insatsen är lämplig att ge på det "
        "sättet; det anges vid respektive insats.",
    )


def _decision(catalog: Catalog) -> Iterator[Part]:
    decision = catalog.decision
    validity = None
    if decision.valid_from or decision.valid_to:
        validity = f"{decision.valid_from or ''} – {decision.valid_to or ''}".strip()
    rows = [
        ("Typ av styrdokument", decision.document_type),
        ("Beslutande instans", decision.body),
        ("Datum för beslut", decision.date),
        ("Diarienummer", decision.diarienummer),
        ("Gäller för", decision.applies_to),
        ("Giltighetstid", validity),
        ("Revideras senast", decision.revise_by),
        ("Dokumentansvarig", decision.document_owner),
    ]
    for label, value in rows:
        if value:
            yield Part("meta", str(value), label=label)


_CHAPTER_KIND: dict[int, Kind] = {1: "h2", 2: "h3"}


def _chapter(number: int, chapter: Chapter) -> Iterator[Part]:
    """One of the document's own chapters, at its depth (h2, h3, then h4)."""
    kind = _CHAPTER_KIND.get(chapter.level, "h4")
    anchor = f"kapitel-{number}" if kind != "h4" else None
    yield Part(kind, _numbered(chapter.section, chapter.title), anchor=anchor)
    yield from _paragraphs(chapter.text)


def document_parts(catalog: Catalog) -> list[Part]:
    """The published riktlinjer as a flat list of parts, shared by HTML and DOCX.

    The document's own chapters come where they stood: those before the first area after
    the decision header, before the statutory information; the others before their area or,
    without one, at the end.
    """
    by_area: dict[str, list[Intervention]] = {}
    for item in catalog.interventions:
        by_area.setdefault(item.area, []).append(item)
    areas = [area for area in catalog.areas if area.id in by_area]
    first = areas[0].id if areas else None
    chapters: dict[str | None, list[Part]] = {}
    for number, chapter in enumerate(catalog.chapters, start=1):
        at = chapter.before_area if chapter.before_area in by_area else None
        at = first if at is None and chapter.before_area is not None else at
        chapters.setdefault(at, []).extend(_chapter(number, chapter))
    parts = [Part("h1", catalog.title), *_decision(catalog)]
    if first is not None:
        parts.extend(chapters.pop(first, []))
    parts.extend(_statutory(catalog))
    known = {area.id for area in catalog.areas}
    for area in areas:
        parts.extend(chapters.pop(area.id, []))
        parts.append(Part("h2", _numbered(area.section, area.title), anchor=f"omrade-{area.id}"))
        parts.extend(_paragraphs(area.description))
        for item in by_area[area.id]:
            parts.extend(_intervention(catalog, item))
    orphans = [item for item in catalog.interventions if item.area not in known]
    if orphans:
        parts.append(Part("h2", "Insatser"))
        for item in orphans:
            parts.extend(_intervention(catalog, item))
    for rest in chapters.values():
        parts.extend(rest)
    return parts


# --- HTML ---------------------------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @bottom-center { content: "Sida " counter(page) " av " counter(pages); font-size: 9pt; } }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
  line-height: 1.45; color: #111; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; }
h1 { font-size: 20pt; margin: 0 0 1rem; }
h2 { font-size: 15pt; margin: 1.6rem 0 0.6rem; }
h3 { font-size: 12.5pt; margin: 1.4rem 0 0.4rem; }
h4 { font-size: 10.5pt; font-weight: bold; margin: 0.9rem 0 0.2rem; }
p { margin: 0 0 0.7em; }
dl.decision { margin: 0 0 1.2rem; }
dl.decision div { margin: 0; }
dl.decision dt { display: inline; font-weight: normal; }
dl.decision dd { display: inline; margin: 0; }
ul { margin: 0 0 0.5rem; padding-left: 1.4rem; }
ul ul { list-style-type: circle; }
ul ul ul { list-style-type: square; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc li.sub { padding-left: 1.2rem; }
nav.toc a { color: inherit; text-decoration: none; }
.draft-note { border: 2px solid #a00; color: #a00; font-weight: bold; padding: 0.4rem 0.6rem;
  margin: 0 0 1rem; }
.draft-mark { position: fixed; top: 38%; left: 0; right: 0; text-align: center;
  font-size: 110pt; font-weight: bold; color: rgba(170, 0, 0, 0.13); transform: rotate(-35deg);
  z-index: -1; pointer-events: none; }
@media screen { .draft-mark { display: none; } }
@media print {
  body { max-width: none; padding: 0; }
  nav.toc { page-break-after: always; }
  nav.toc a::after { content: leader('.') target-counter(attr(href), page); }
}
"""


def _html_items(items: list[ListItem]) -> str:
    out = ["<ul>"]
    for item in items:
        inner = html.escape(item.text)
        if item.children:
            inner += _html_items(item.children)
        out.append(f"<li>{inner}</li>")
    out.append("</ul>")
    return "".join(out)


#: The watermark of a draft, on every page (``iub publish --draft``).
DRAFT_MARK = "Utkast"
_DRAFT_NOTE = (
    "Utkast – inte gällande riktlinjer. Förteckningen är inte beslutad, eller granskningen "
    "(iub lint) har hittat fel i den; den får inte användas som gällande förteckning."
)


def to_html(catalog: Catalog, *, draft: bool = False) -> str:
    """The riktlinjer as one accessible HTML page (lang="sv", one heading per level); a
    ``draft`` says so at the top and carries the watermark "Utkast" on every printed page."""
    parts = document_parts(catalog)
    org = own_name(catalog)
    body: list[str] = []
    meta_open = False
    toc: list[str] = []
    for part in parts:
        if part.kind != "meta" and meta_open:
            body.append("</dl>")
            meta_open = False
        text = html.escape(part.text)
        if part.kind == "h1":
            body.append(f"<h1>{text}</h1>")
            body.append(
                f'<p class="org">{html.escape(catalog.committee.name)}, {html.escape(org)}</p>'
            )
        elif part.kind == "meta":
            if not meta_open:
                body.append('<dl class="decision" aria-label="Beslutsuppgifter">')
                meta_open = True
            body.append(f"<div><dt>{html.escape(part.label)}:</dt> <dd>{text}</dd></div>")
        elif part.kind in ("h2", "h3", "h4"):
            anchor = f' id="{html.escape(part.anchor)}"' if part.anchor else ""
            body.append(f"<{part.kind}{anchor}>{text}</{part.kind}>")
            if part.anchor and part.kind in ("h2", "h3"):
                indent = "" if part.kind == "h2" else "sub"
                toc.append(
                    f'<li class="{indent}"><a href="#{html.escape(part.anchor)}">{text}</a></li>'
                )
        elif part.kind == "list":
            body.append(_html_items(part.items))
        else:
            strong = f"<strong>{html.escape(part.strong)}</strong> " if part.strong else ""
            body.append(f"<p>{strong}{text}</p>".replace(" </p>", "</p>"))
    if meta_open:
        body.append("</dl>")
    nav = (
        '<nav class="toc" aria-labelledby="toc-title">'
        '<h2 id="toc-title">Innehållsförteckning</h2><ol>' + "".join(toc) + "</ol></nav>"
        if toc
        else ""
    )
    # The table of contents goes after the decision header, before the statutory text.
    head_end = next((i for i, line in enumerate(body) if line.startswith("<h2")), len(body))
    body.insert(head_end, nav)
    title = html.escape(f"{DRAFT_MARK}: " * draft + f"{catalog.title} – {org}")
    if draft:
        body.insert(1, f'<p class="draft-note" role="note">{html.escape(_DRAFT_NOTE)}</p>')
    mark = f'<div class="draft-mark" aria-hidden="true">{DRAFT_MARK}</div>\n' if draft else ""
    return (
        '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n"
        f'<meta name="author" content="{html.escape(catalog.committee.name)}, '
        f'{html.escape(org)}">\n'
        f"<style>{_CSS}</style>\n</head>\n<body>\n{mark}<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


# --- DOCX ---------------------------------------------------------------------------------------


def to_docx(catalog: Catalog, *, draft: bool = False) -> bytes:
    """The riktlinjer as Word: real Title/Heading styles and bullet lists, language sv-SE; a
    ``draft`` has the watermark "Utkast" on every page (in the page header, as Word's own
    watermarks are) and says so under the title."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.core_properties.title = catalog.title
    document.core_properties.language = "sv-SE"
    document.core_properties.author = catalog.committee.name
    normal = document.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "sv-SE")
    rpr.append(lang)
    levels = {"h1": None, "h2": 1, "h3": 2, "h4": 3}
    _docx_header_footer(document, f"{catalog.title} – {own_name(catalog)}")
    if draft:
        _docx_watermark(document)
        document.core_properties.title = f"{DRAFT_MARK}: {catalog.title}"
    parts = document_parts(catalog)
    if draft:
        parts.insert(1, Part("p", _DRAFT_NOTE))
    toc_at = next((i for i, part in enumerate(parts) if part.kind == "h2"), len(parts))
    for index, part in enumerate(parts):
        if index == toc_at:
            _docx_toc(document)
        if part.kind == "h1":
            document.add_heading(part.text, level=0)
        elif part.kind in levels:
            level = levels[part.kind]
            assert level is not None
            document.add_heading(part.text, level=level)
        elif part.kind == "meta":
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{part.label}: ").bold = True
            paragraph.add_run(part.text)
        elif part.kind == "list":
            _docx_items(document, part.items, 1)
        else:
            paragraph = document.add_paragraph()
            if part.strong:
                paragraph.add_run(part.strong).bold = True
                if part.text:
                    paragraph.add_run(" " + part.text)
            else:
                paragraph.add_run(part.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _field(paragraph: Any, instruction: str, placeholder: str = "") -> None:
    """A Word field (PAGE, NUMPAGES, TOC …) that Word fills in when the document is opened."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")  # ask Word to update it on opening
        return element

    paragraph.add_run()._r.append(char("begin"))
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    paragraph.add_run()._r.append(char("separate"))
    paragraph.add_run(placeholder)
    paragraph.add_run()._r.append(char("end"))


def _docx_toc(document: Any) -> None:
    """A table of contents: a TOC field over Heading 1–3, updated when Word opens the file."""
    document.add_paragraph("Innehållsförteckning", style="TOC Heading")
    _field(
        document.add_paragraph(),
        'TOC \\o "1-3" \\h \\z \\u',
        "Innehållsförteckningen uppdateras när dokumentet öppnas i Word (eller tryck F9).",
    )
    settings = document.settings.element
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _docx_header_footer(document: Any, title: str) -> None:
    """The document title in the page header; "Sida X av Y" in the footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = title
    header.style = document.styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Sida ")
    _field(footer, "PAGE", "1")
    footer.add_run(" av ")
    _field(footer, "NUMPAGES", "1")


_VML = "urn:schemas-microsoft-com:vml"
_OFFICE = "urn:schemas-microsoft-com:office:office"


def _docx_watermark(document: Any) -> None:
    """Word's text watermark: a faint diagonal WordArt shape in the page header, which Word
    repeats on every page (python-docx has no API for it, so the VML is written as Word does)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    shape = (
        f'<w:r {nsdecls("w")} xmlns:v="{_VML}" xmlns:o="{_OFFICE}"><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/></v:shapetype>'
        f'<v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:468pt;height:140pt;'
        "rotation:315;z-index:-251655168;mso-position-horizontal:center;"
        "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#d8a0a0" '
        f'stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;'
        f'font-size:1pt" string="{DRAFT_MARK}"/></v:shape></w:pict></w:r>'
    )
    header = document.sections[0].header
    paragraph = header.add_paragraph()
    paragraph._p.append(parse_xml(shape))
    header.paragraphs[0].add_run(f" – {DRAFT_MARK.upper()}").bold = True


def _docx_items(document: object, items: list[ListItem], depth: int) -> None:
    style = "List Bullet" if depth == 1 else f"List Bullet {min(depth, 3)}"
    for item in items:
        document.add_paragraph(item.text, style=style)  # type: ignore[attr-defined]
        if item.children:
            _docx_items(document, item.children, depth + 1)


def publish(
    catalog: Catalog,
    format: Format,
    *,
    renderer: PdfRenderer | None = None,
    draft: bool = False,
) -> bytes:
    """Render the catalog as the riktlinjer: ``html`` (UTF-8), ``docx`` or ``pdf``.

    Args:
        renderer: the PDF renderer; WeasyPrint (PDF/UA-1, tagged) unless given.
        draft: mark every page "Utkast" (a catalog the committee has not decided, or one the
            linter finds errors in: ``iub publish`` refuses those without ``--draft``).
    """
    if format == "html":
        return to_html(catalog, draft=draft).encode("utf-8")
    if format == "docx":
        return to_docx(catalog, draft=draft)
    if format == "pdf":
        return (renderer or WeasyPrintRenderer()).render(to_html(catalog, draft=draft))
    raise ValueError(f"unknown format {format!r}; use html, docx or pdf")
