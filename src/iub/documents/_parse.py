"""The structure of a guideline: title, decision header, areas, interventions and their fields.

An intervention is a heading whose text is made of field headings (Innehåll, Målgrupp,
Villkor …), or a block introduced by "Insatsens namn". Its parent heading is the area.
Everything else (background chapters, the table of contents) is skipped and reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from iub.documents._model import Block, ReportEntry
from iub.documents._vocab import (
    field_key,
    inline_field,
    intervention_label,
    meta_line,
    numbered_heading,
)

__all__ = [
    "ParsedArea",
    "ParsedChapter",
    "ParsedDocument",
    "ParsedIntervention",
    "parse_blocks",
]

_SHORT_TITLE_WORDS: Final = 10


@dataclass
class ParsedIntervention:
    """One intervention: its heading and the blocks under each field heading."""

    title: str
    section: str | None
    area: int | None
    fields: dict[str, list[Block]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)


@dataclass
class ParsedArea:
    title: str
    section: str | None
    description: list[str] = field(default_factory=list)


@dataclass
class ParsedChapter:
    """A section without interventions (introduction, legal background), in document order:
    ``depth`` 1 for a top-level chapter; ``next_area`` the index the next area found after it
    gets in ``ParsedDocument.areas`` (equal to the final count when no area follows)."""

    title: str
    section: str | None
    depth: int
    blocks: list[Block]
    next_area: int


@dataclass
class ParsedDocument:
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    areas: list[ParsedArea] = field(default_factory=list)
    interventions: list[ParsedIntervention] = field(default_factory=list)
    background: list[tuple[str, list[str]]] = field(default_factory=list)
    chapters: list[ParsedChapter] = field(default_factory=list)
    skipped: list[ReportEntry] = field(default_factory=list)


@dataclass
class _Node:
    title: str
    section: str | None
    level: int
    blocks: list[Block] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    parent: _Node | None = None
    synthetic: bool = False

    def labels(self) -> set[str]:
        return {key for b in self.blocks if (key := _block_key(b)) and key != "statutory"}

    def is_intervention(self) -> bool:
        labels = self.labels()
        return "name" in labels or len(labels - {"name"}) >= 2


def _block_key(block: Block) -> str | None:
    """The field a block opens: a heading line ("Målgrupp") or an inline "Målgrupp: …"."""
    if block.kind == "item":
        return None
    key = field_key(block.text)
    if key is None and (inline := inline_field(block.text)):
        key = inline[0]
    return key


def _heading(block: Block) -> tuple[str | None, str, int] | None:
    """``(section, title, level)`` when the block is a structural heading (not a field label)."""
    if field_key(block.text):
        return None
    if block.kind == "heading":
        numbered = numbered_heading(block.text)
        if numbered:
            return numbered[0], numbered[1], block.level or numbered[0].count(".") + 1
        return None, block.text.strip(), block.level
    return None


def parse_blocks(blocks: Sequence[Block]) -> ParsedDocument:
    """Find the header, the tree of headings, and the interventions in it."""
    doc = ParsedDocument()
    body = _header(list(blocks), doc)
    root = _Node("", None, -1)
    current = root
    previous: Block | None = None
    pending_name = False
    for index, block in enumerate(body):
        nxt = body[index + 1] if index + 1 < len(body) else None
        if pending_name:
            pending_name = False
            current = _attach(current, _Node(block.text.strip(), None, 99, synthetic=True), root)
            current.blocks.append(Block(text="Insatsens namn", kind="heading", level=99))
            previous = block
            continue
        if block.kind != "item" and (labelled := intervention_label(block.text)):
            # "Insats: Anhörigcafé" — a labelled intervention heading, a sibling of the last.
            current = _attach(current, _Node(labelled, None, 99, synthetic=True), root)
            current.blocks.append(Block(text="Insatsens namn", kind="heading", level=99))
            previous = block
            continue
        head = _heading(block)
        if head is not None:
            section, title, level = head
            current = _attach(current, _Node(title, section, level), root)
            previous = block
            continue
        key = field_key(block.text)
        if key == "name":
            pending_name = True
            previous = block
            continue
        if (
            key is None
            and nxt is not None
            and (next_key := _block_key(nxt)) in ("content", "target_group")
            and _short_title(block)
            and not (previous is not None and _heading(previous) is not None)
            and (not current.labels() or next_key in current.labels())
        ):
            # An unnumbered intervention title right above its "Innehåll".
            level = current.level + 1 if not current.labels() else current.level
            current = _attach(current, _Node(block.text.strip(), None, level, synthetic=True), root)
            previous = block
            continue
        current.blocks.append(block)
        previous = block
    _collect(root, doc)
    return doc


def _short_title(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind in ("paragraph", "heading")
        and re.search(r"[A-Za-zÅÄÖåäö]{2}", text) is not None
        and ":" not in text
        and len(text.split()) <= _SHORT_TITLE_WORDS
        and not text.endswith((".", ":", ";", ","))
        and meta_line(text) is None
    )


def _attach(current: _Node, node: _Node, root: _Node) -> _Node:
    parent = current
    while parent is not root and parent.level >= node.level:
        assert parent.parent is not None
        parent = parent.parent
    node.parent = parent
    parent.children.append(node)
    return node


def _header(blocks: list[Block], doc: ParsedDocument) -> list[Block]:
    """Take the title and the decision header ("Diarienummer: …") off the top."""
    body: list[Block] = []
    seen_structure = False
    for index, block in enumerate(blocks):
        found = meta_line(block.text) if not seen_structure else None
        if found:
            name, value = found
            doc.meta.setdefault(name, value)
            continue
        if (
            not seen_structure
            and doc.title is None
            and (block.title or index == 0)
            and block.kind in ("heading", "paragraph")
            and not field_key(block.text)
        ):
            doc.title = block.text.strip()
            continue
        if _heading(block) is not None or _block_key(block) or intervention_label(block.text):
            seen_structure = True
        body.append(block)
    return body


def _collect(root: _Node, doc: ParsedDocument) -> None:
    area_index: dict[int, int] = {}

    def visit(node: _Node) -> None:
        if node is not root and node.is_intervention():
            parent = node.parent
            area: int | None = None
            if parent is not None and parent is not root:
                if id(parent) not in area_index:
                    description = [
                        b.text for b in parent.blocks if b.kind != "heading" and b.text != "-"
                    ]
                    doc.areas.append(ParsedArea(parent.title, parent.section, description))
                    area_index[id(parent)] = len(doc.areas) - 1
                area = area_index[id(parent)]
            doc.interventions.append(_fields(node, area, _flatten(node)))
            for child in node.children:
                if _contains_intervention(child):
                    visit(child)
            return
        if node is not root and not any(_contains_intervention(c) for c in node.children):
            texts = [b.text for b in node.blocks]
            doc.background.append((node.title, texts))
            if not node.synthetic:
                doc.chapters.append(
                    ParsedChapter(
                        node.title, node.section, _depth(node), list(node.blocks), len(doc.areas)
                    )
                )
            if not node.children:
                doc.skipped.append(
                    ReportEntry(
                        kind="background",
                        message=f"section without intervention fields skipped "
                        f"({sum(len(b.text) for b in node.blocks)} characters)",
                        text=" ".join(filter(None, (node.section, node.title))),
                    )
                )
        for child in node.children:
            visit(child)

    visit(root)


def _depth(node: _Node) -> int:
    depth, parent = 1, node.parent
    while parent is not None and parent.parent is not None:
        depth, parent = depth + 1, parent.parent
    return depth


def _contains_intervention(node: _Node) -> bool:
    return node.is_intervention() or any(_contains_intervention(c) for c in node.children)


def _flatten(node: _Node) -> list[Block]:
    """An intervention's blocks, with sub-headings that are not fields kept as paragraphs."""
    blocks = list(node.blocks)
    for child in node.children:
        if _contains_intervention(child):
            continue
        blocks.append(Block(child.title, "paragraph"))
        blocks.extend(_flatten(child))
    return blocks


def _fields(node: _Node, area: int | None, blocks: list[Block]) -> ParsedIntervention:
    parsed = ParsedIntervention(title=node.title, section=node.section, area=area)
    key = "preamble"
    for block in blocks:
        found = field_key(block.text) if block.kind != "item" else None
        inline = inline_field(block.text) if found is None and block.kind != "item" else None
        if inline and key == "methods" and inline[0] in ("target_group", "extent"):
            inline = None  # "Målgrupp: …" under a method is the method's own
        if inline:
            found, value = inline
            block = Block(value, "paragraph")
        if found:
            key = found
            if key not in parsed.fields:
                parsed.fields[key] = []
                parsed.order.append(key)
            if not inline:
                continue
        if key not in parsed.fields:
            parsed.fields[key] = []
            parsed.order.append(key)
        parsed.fields[key].append(block)
    return parsed
