"""What a committee would refuse to adopt: lost chapters, a consent paragraph under every
intervention, repeated method text, and errors published as if decided."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from iub.cli import app
from iub.documents import import_document, publish

from .conftest import ALINGSAS_TXT, hand_catalog

runner = CliRunner()


def _text(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


def test_import_keeps_the_documents_own_chapters_in_order() -> None:
    """Inledning and the legal background come into the catalog as chapters, in the
    document's order, before the area that follows them; the information duty (read as
    `information_duty`) is not repeated as a chapter."""
    catalog = import_document(ALINGSAS_TXT).catalog

    titles = [(c.section, c.title, c.level) for c in catalog.chapters]
    assert ("1", "Inledning", 1) == titles[0]
    assert ("2.1", "Rätten till behovsprövade insatser", 2) in titles
    assert not any("informationsskyldighet" in t.casefold() for _, t, _ in titles)
    first_area = catalog.areas[0].id
    assert {first_area} == {c.before_area for c in catalog.chapters}
    intro = catalog.chapters[0].text
    assert len(intro) > 500


def test_published_chapters_come_back_in_their_place(tmp_path: Path) -> None:
    """The chapters print after the decision header and before the areas, and import again."""
    catalog = import_document(ALINGSAS_TXT).catalog

    page = publish(catalog, "html").decode("utf-8")

    intro = page.index(">1 Inledning</h2>")
    assert intro < page.index(">Informationsskyldighet (11 kap. 6 §")
    assert intro < page.index('id="omrade-radgivning"')
    assert page.index(">2.1 Rätten till behovsprövade insatser</h3>") > intro
    path = tmp_path / "alingsas.docx"
    path.write_bytes(publish(catalog, "docx"))
    again = import_document(path).catalog
    assert [c.title for c in catalog.chapters] == [c.title for c in again.chapters]


def test_consent_paragraph_only_where_a_child_can_take_part() -> None:
    """Alingsås: 5 of 25 interventions admit a child; only they get "Barn och samtycke"."""
    catalog = hand_catalog("alingsas")

    page = publish(catalog, "html").decode("utf-8")

    blocks = page.split("<h3 ")[1:]
    with_consent = [re.match(r'id="([^"]+)"', b)[1] for b in blocks if "Barn och samtycke" in b]  # type: ignore[index]
    assert [
        "medling-vid-ungas-konflikter",
        "medling-med-anledning-av-brott",
        "efter-barnforhoret",
        "familjebehandling",
        "beroendestod-vid-mini-maria",
    ] == with_consent


def test_method_extent_is_not_repeated_after_its_own_sentence() -> None:
    """MET's "5 tillfällen under ett flertal veckor" is in its description: no extra
    "Omfattning:" line repeats it; ÅP's extent, not in its description, is still printed."""
    page = _text(publish(hand_catalog("alingsas"), "html").decode("utf-8"))

    assert 0 == page.count("Omfattning: 5 tillfällen under ett flertal veckor")
    assert 0 == page.count("Omfattning: Programmet består av 18 träffar")
    assert "Omfattning: ÅP består av 10 träffar." in page


def test_publish_refuses_a_catalog_with_lint_errors(tmp_path: Path) -> None:
    """Stockholm lacks its decision data (IUB004, an error): refused, exit 1, nothing written."""
    out = tmp_path / "riktlinjer.pdf"

    result = runner.invoke(app, ["publish", "stockholm", "-f", "pdf", "-o", str(out)])

    assert 1 == result.exit_code
    assert "IUB004" in result.stderr
    assert "--draft" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_draft_is_published_and_marked(tmp_path: Path, fmt: str) -> None:
    """With --draft the catalog is printed and says "Utkast" at the top and on every page."""
    out = tmp_path / f"riktlinjer.{fmt}"

    result = runner.invoke(app, ["publish", "stockholm", "-f", fmt, "-o", str(out), "--draft"])

    assert 0 == result.exit_code, result.output
    if fmt == "html":
        page = out.read_text(encoding="utf-8")
        assert '<div class="draft-mark" aria-hidden="true">Utkast</div>' in page
        assert "position: fixed" in page  # repeated on every printed page
        assert "<title>Utkast: " in page
    else:
        document = docx.Document(io.BytesIO(out.read_bytes()))
        header = document.sections[0].header._element.xml
        assert 'string="Utkast"' in header  # Word's watermark, drawn on every page
        assert document.paragraphs[1].text.startswith("Utkast")


def test_draft_pdf_has_the_watermark_on_every_page() -> None:
    import pdfplumber

    pdf = publish(hand_catalog("stockholm"), "pdf", draft=True)

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        # the mark is large, rotated text: its letters, not a line of text
        pages = [
            "".join(c["text"] for c in page.chars if c["size"] > 50) for page in document.pages
        ]
    assert len(pages) > 1
    assert all("Utkast" == big for big in pages)


def test_a_decided_catalog_carries_no_watermark() -> None:
    page = publish(hand_catalog("alingsas"), "html").decode("utf-8")

    assert "draft-mark" not in page.split("<style>")[0] + page.split("</style>")[1]
