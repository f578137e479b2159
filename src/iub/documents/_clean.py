"""Undo what extraction does to a guideline, the same way for every format.

Real documents arrive with page headers and footers cut into lists, footnote numbers glued to
words ("insatsen.1"), bullets as ``•``, ``o``, ``·`` or ``–``, tracked changes shown as
``~~old~~ **new**``, words hyphenated at line ends and sentences broken across pages. The
cleaner rebuilds logical paragraphs and list items, and records every piece of text it drops
so that the import report can show it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Final

from iub.documents._model import Block, CleanedText, RawLine, ReportEntry
from iub.documents._vocab import (
    field_key,
    inline_field,
    intervention_label,
    meta_line,
    numbered_heading,
)

__all__ = ["clean", "inline"]

_DELETED: Final = re.compile(r"~~(.+?)~~", re.DOTALL)
_INSERTED: Final = re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.DOTALL)
_LIGATURES: Final = str.maketrans({"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl"})
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_BULLET: Final = re.compile(
    r"^\s*(?P<bullet>[•·▪◦○●‣⁃■□➢►✓\uf0b7\uf0a7\uf0d8\uf0fc]|[-–—*](?=\s)|o(?=\s+\S))\s*(?P<text>.*)$"
)
_BULLET_DEPTH: Final = {"o": 2, "◦": 2, "○": 2, "\uf0a7": 3, "▪": 3, "■": 3, "□": 3}
_LETTERED: Final = re.compile(r"^\s*(?:[a-zåäö]|\d{1,2})\)\s+(?P<text>\S.*)$")
_TOC_ENTRY: Final = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\S.*?(?:\t+\s*|\s*\.{3,}\s*|\s{2,})(?:\d{1,3})?\s*$"
)
_TOC_TITLE: Final = {"innehåll", "innehållsförteckning", "innehåll:"}
_PAGE_NUMBER: Final = re.compile(
    r"^(?:sida\s+)?\d{1,3}(?:\s*(?:av|/|\()\s*\d{1,3}\)?)?$|^-\s*\d{1,3}\s*-$", re.IGNORECASE
)
_TERMINAL: Final = (".", "!", "?", ":", ";")
_NO_JOIN_HYPHEN: Final = {"och", "eller", "samt", "respektive", "till", "som", "men"}
_FOOTNOTE_DEF: Final = re.compile(r"^(?P<num>\d{1,2})\s+(?P<text>[A-ZÅÄÖ\"”].*)$")
# A footnote number glued to a word; never the last part of a section number ("2.1").
_GLUED: Final = re.compile(r"(?<=[A-Za-zÅÄÖåäöéü.,;:)\]”\"])(?<!\d\.)(\d{1,2})(?=\s|$)")


def inline(text: str, removed: list[ReportEntry] | None = None) -> str:
    """One line's characters: tracked changes resolved, invisible characters and ligatures gone.

    ``~~old~~`` is the deleted text and is dropped; ``**new**`` is kept as plain text.
    """
    if removed is not None:
        for match in _DELETED.finditer(text):
            removed.append(
                ReportEntry(
                    kind="tracked_change_deleted",
                    message="deleted text of a tracked change was dropped; the new text kept",
                    text=match[1],
                )
            )
    text = _DELETED.sub("", text)
    text = _INSERTED.sub(lambda m: m[1] or m[2] or "", text)
    text = unicodedata.normalize("NFC", text.translate(_LIGATURES).translate(_INVISIBLE))
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    return text


def _squash(text: str) -> str:
    return " ".join(text.split())


def _join(left: str, right: str, vocabulary: frozenset[str] = frozenset()) -> str:
    """Join two pieces of one paragraph, undoing end-of-line hyphenation ("för-\\nskola").

    A hyphen is kept when the document writes the word with it elsewhere ("post-traumatiskt")
    and dropped when it writes it without ("förskola") or nowhere.
    """
    left, right = left.rstrip(), right.strip()
    if not left:
        return right
    if not right:
        return left
    if (
        left.endswith("-")
        and len(left) > 1
        and left[-2].isalpha()
        and right[0].islower()
        and right.split()[0].strip(",.;:") not in _NO_JOIN_HYPHEN
    ):
        head = left.split()[-1][:-1].casefold()
        tail = re.split(r"[\s,.;:]", right, maxsplit=1)[0].casefold()
        if f"{head}-{tail}" in vocabulary and f"{head}{tail}" not in vocabulary:
            return f"{left}{right}"
        return left[:-1] + right
    return f"{left} {right}"


def _heading_line(text: str, markers: set[str]) -> tuple[str, str] | None:
    """A numbered heading, unless it is a footnote ("1 Stockholms stads program …")."""
    section = numbered_heading(text)
    if section and "." not in section[0] and section[0] in markers:
        return None
    return section


def _structural(text: str, markers: set[str]) -> bool:
    """A line that is a paragraph of its own even without a blank line around it."""
    return bool(field_key(text) or meta_line(text) or _heading_line(text, markers))


def _starts_block(text: str, markers: set[str]) -> bool:
    """A line that begins a new paragraph: a structural line, or an inline field
    ("Målgrupp: Anhöriga.") or a labelled intervention heading ("Insats: Anhörigcafé")."""
    return _structural(text, markers) or bool(inline_field(text) or intervention_label(text))


#: A running footer or header: some words, then the page ("Varbergs kommun   Sida 3 (5)").
_RUNNING_PAGE: Final = re.compile(
    r"^(?P<text>[^.!?:;]{2,80}?)\s+(?:sida|sid\.|s\.|page)\s*\d{1,3}"
    r"(?:\s*(?:av|/|of)\s*\d{1,3}|\s*\(\s*\d{1,3}\s*\))?$",
    re.IGNORECASE,
)


def _page_line(text: str) -> bool:
    """A page number line, alone or after a running header's words."""
    return bool(_PAGE_NUMBER.match(text)) or (
        bool(_RUNNING_PAGE.match(text)) and len(text.split()) <= 12
    )


def _toc_line(raw: str) -> bool:
    """A table-of-contents entry: a heading followed by tab or dot leaders and a page number."""
    text = raw.rstrip()
    if "\t" not in text and not re.search(r"\.{3,}", text):
        return False
    return bool(_TOC_ENTRY.match(text)) and len(text.split()) <= 20


def clean(lines: Sequence[RawLine], *, furniture_known: bool = False) -> CleanedText:
    """Logical blocks from raw lines, plus what was removed and what was skipped.

    Returns:
        The blocks; ``removed`` holds extraction debris (footnotes, page furniture, deleted
        tracked changes); ``skipped`` holds the table of contents. With ``furniture_known``
        (a reader that saw the pages: PDF, Word), only the lines the reader marked and page
        numbers are page furniture; plain text also drops short lines repeated three times or
        cut into a list.
    """
    removed: list[ReportEntry] = []
    skipped: list[ReportEntry] = []
    markers = _glued_markers(lines)
    vocabulary = frozenset(
        word.casefold()
        for line in lines
        for word in re.findall(r"[\wåäöÅÄÖ]+(?:-[\wåäöÅÄÖ]+)*", line.text)
    )
    blocks = _group(lines, removed, skipped, markers, vocabulary)
    blocks = _drop_footnotes(blocks, removed)
    blocks = _drop_furniture(blocks, removed, by_text=not furniture_known)
    blocks = _rejoin(blocks, vocabulary)
    return CleanedText(blocks, removed, skipped)


def _glued_markers(lines: Sequence[RawLine]) -> set[str]:
    """Numbers glued to a word ("insatsen.1") that a later line starting with the same number
    explains: those lines are footnotes, not headings."""
    glued = set()
    for line in lines:
        glued.update(_GLUED.findall(line.text))
    starts = {m["num"] for line in lines if (m := _FOOTNOTE_DEF.match(line.text.strip()))}
    return glued & starts


def _group(
    lines: Sequence[RawLine],
    removed: list[ReportEntry],
    skipped: list[ReportEntry],
    markers: set[str],
    vocabulary: frozenset[str],
) -> list[Block]:
    """Lines → blocks: a blank, a hard line, a bullet or a structural line starts a new block."""
    blocks: list[Block] = []
    current: list[str] = []
    kind: str = "paragraph"
    level = 0
    title = False
    closed = True  # the current block may not be continued (a heading or a label)
    in_toc = False

    def flush() -> None:
        nonlocal current, kind, level, title
        text = _squash(_fold_lines(current, vocabulary))
        if text:
            blocks.append(Block(text=text, kind=kind, level=level, title=title))  # type: ignore[arg-type]
        current, kind, level, title = [], "paragraph", 0, False

    for raw in lines:
        if raw.furniture:
            flush()
            removed.append(
                ReportEntry(
                    kind="page_furniture",
                    message="running header or footer dropped",
                    text=_squash(raw.text),
                )
            )
            closed = True
            continue
        if raw.blank or not raw.text.strip():
            flush()
            closed = True
            continue
        if _toc_line(raw.text):
            flush()
            in_toc = True
            skipped.append(
                ReportEntry(
                    kind="table_of_contents",
                    message="table of contents entry",
                    text=_squash(raw.text),
                )
            )
            closed = True
            continue
        text = inline(raw.text, removed)
        stripped = _squash(text)
        if not stripped:
            continue
        if raw.kind != "heading" and _RUNNING_PAGE.match(stripped) and _page_line(stripped):
            flush()
            removed.append(
                ReportEntry(
                    kind="page_furniture", message="running header or footer dropped", text=stripped
                )
            )
            closed = True
            continue
        if in_toc and re.search(r"\.{3,}\s*\d*$", stripped):
            skipped.append(
                ReportEntry(
                    kind="table_of_contents", message="table of contents entry", text=stripped
                )
            )
            continue
        in_toc = False
        bullet = _BULLET.match(text) if raw.kind != "heading" else None
        if bullet and bullet["text"].strip() and raw.kind != "item":
            flush()
            current = [bullet["text"]]
            kind = "item"
            level = raw.level or _BULLET_DEPTH.get(bullet["bullet"], 1)
            closed = raw.hard
            continue
        if raw.kind == "item":
            flush()
            body = bullet["text"] if bullet else (_LETTERED.sub(r"\g<text>", text))
            current, kind, level = [body], "item", max(raw.level, 1)
            closed = raw.hard
            continue
        if raw.kind == "heading":
            flush()
            current, kind, level, title = [text], "heading", raw.level, raw.title
            flush()
            closed = True
            continue
        if (
            raw.hard
            or closed
            or _starts_block(stripped, markers)
            or _structural(_fold_lines(current, vocabulary), markers)
        ):
            flush()
            current = [text]
            section = _heading_line(stripped, markers)
            if section and not raw.hard:
                kind, level = "heading", section[0].count(".") + 1
                flush()
                closed = True
                continue
            if lettered := _LETTERED.match(text):
                current, kind, level = [lettered["text"]], "item", 1
            closed = raw.hard or bool(
                field_key(stripped) or meta_line(stripped) or intervention_label(stripped)
            )
            continue
        current.append(text)
    flush()
    return _drop_toc_title(blocks, skipped)


def _fold_lines(parts: Sequence[str], vocabulary: frozenset[str] = frozenset()) -> str:
    text = ""
    for part in parts:
        text = _join(text, part, vocabulary)
    return text


def _drop_toc_title(blocks: list[Block], skipped: list[ReportEntry]) -> list[Block]:
    """An "Innehåll" line right before the (already skipped) table of contents is its title."""
    if not any(entry.kind == "table_of_contents" for entry in skipped):
        return blocks
    out: list[Block] = []
    for index, block in enumerate(blocks):
        nxt = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.text.casefold().rstrip(": ") in _TOC_TITLE
            and not out_has_heading(out)
            and (nxt is None or nxt.kind == "heading")
        ):
            skipped.append(
                ReportEntry(
                    kind="table_of_contents", message="table of contents title", text=block.text
                )
            )
            continue
        out.append(block)
    return out


def out_has_heading(blocks: Sequence[Block]) -> bool:
    return any(block.kind == "heading" and not block.title for block in blocks)


def _drop_footnotes(blocks: list[Block], removed: list[ReportEntry]) -> list[Block]:
    """Remove footnote texts and the numbers glued to the words that cite them."""
    definitions = {
        index: match
        for index, block in enumerate(blocks)
        if block.kind == "paragraph" and (match := _FOOTNOTE_DEF.match(block.text))
    }
    if not definitions:
        return blocks
    numbers = {match["num"] for match in definitions.values()}
    cited: set[str] = set()
    glued = re.compile(
        r"(?<=[A-Za-zÅÄÖåäöéü.,;:)\]”\"])(?<!\d\.)(" + "|".join(sorted(numbers)) + r")(?=\s|$)"
    )
    for block in blocks:
        for match in glued.finditer(block.text):
            cited.add(match[1])
    out: list[Block] = []
    for index, block in enumerate(blocks):
        match = definitions.get(index)
        if match and match["num"] in cited:
            removed.append(
                ReportEntry(
                    kind="footnote",
                    message=f"footnote {match['num']} dropped from the running text",
                    text=match["text"],
                )
            )
            continue
        if cited and block.kind != "heading":
            glued_cited = re.compile(
                r"(?<=[A-Za-zÅÄÖåäöéü.,;:)\]”\"])(?<!\d\.)("
                + "|".join(sorted(cited))
                + r")(?=\s|$)"
            )
            block = Block(glued_cited.sub("", block.text), block.kind, block.level, block.title)
        out.append(block)
    return out


def _unpunctuated_short(block: Block) -> bool:
    return (
        block.kind == "paragraph"
        and not block.text[:1].islower()
        and not block.text.endswith(_TERMINAL)
        and len(block.text.split()) <= 12
        and field_key(block.text) is None
        and block.text != "-"
    )


def _drop_furniture(
    blocks: list[Block], removed: list[ReportEntry], *, by_text: bool = True
) -> list[Block]:
    """Page numbers; with ``by_text``, repeated running headers and header text cut into the
    middle of a list (plain text has no page positions to tell them by)."""
    repeated = Counter(
        block.text for block in blocks if _unpunctuated_short(block) and len(block.text) >= 12
    )
    out: list[Block] = []
    for index, block in enumerate(blocks):
        reason = None
        if block.kind == "paragraph" and _PAGE_NUMBER.match(block.text):
            reason = "page number"
        elif not by_text:
            pass
        elif _unpunctuated_short(block) and repeated[block.text] >= 3:
            reason = "running header or footer (repeated on several pages)"
        elif _unpunctuated_short(block) and _inside_list(blocks, index):
            reason = "page header or footer cut into a list"
        if reason:
            removed.append(ReportEntry(kind="page_furniture", message=reason, text=block.text))
            continue
        out.append(block)
    return out


def _inside_list(blocks: Sequence[Block], index: int) -> bool:
    before = next((b for b in reversed(blocks[:index]) if not _unpunctuated_short(b)), None)
    after = next((b for b in blocks[index + 1 :] if not _unpunctuated_short(b)), None)
    return (
        before is not None
        and after is not None
        and before.kind == "item"
        and after.kind == "item"
        and (before.text.endswith((":", ",")) or after.level >= before.level)
        and not after.text[:1].isupper()
    )


def _rejoin(blocks: list[Block], vocabulary: frozenset[str]) -> list[Block]:
    """Join a sentence broken across a page or a blank line: no end punctuation before, a
    lower-case word after."""
    out: list[Block] = []
    for block in blocks:
        if (
            out
            and block.kind == "paragraph"
            and out[-1].kind in ("paragraph", "item")
            and not out[-1].text.endswith(_TERMINAL)
            and block.text[:1].islower()
            and field_key(out[-1].text) is None
        ):
            prev = out.pop()
            out.append(
                Block(_join(prev.text, block.text, vocabulary), prev.kind, prev.level, prev.title)
            )
            continue
        out.append(block)
    return out
