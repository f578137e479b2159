"""Bad input: a clear DocumentImportError naming the file, and through the CLI exit 1 with no
traceback and no output file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from iub.cli import app
from iub.documents import import_document
from iub.errors import DocumentImportError

runner = CliRunner()

_NOT_IUB = (
    "Service enligt socialtjänstlagen\n\nSocialnämnden erbjuder service enligt 3 kap. 6 § "
    "socialtjänstlagen (2001:453). Servicen är öppen för alla kommuninvånare.\n"
)
_ONE_CLAUSE = (
    "Riktlinjer för ekonomiskt bistånd\n\n1. Inledning\n\nRiktlinjerna gäller ekonomiskt "
    "bistånd.\n\n2. Stödsamtal\n\nEnligt 11 kap. 5 § kan stödsamtal ges utan individuell "
    "behovsprövning.\n"
)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "filen är tom"),
        ("blank.txt", b"  \n\n ", "filen är tom"),
        ("corrupt.pdf", b"%PDF-1.7 not really", "inte en läsbar PDF-fil"),
        ("corrupt.docx", b"PK\x03\x04 broken zip", "inte ett läsbart Word-dokument"),
        ("guideline.odt", b"text", "filtypen '.odt' kan inte läsas"),
        ("guideline.doc", b"text", "gamla Word-formatet (.doc)"),
        ("service.txt", _NOT_IUB.encode(), "inte en IUB-riktlinje"),
        ("sol.txt", _ONE_CLAUSE.encode(), "inte en IUB-riktlinje"),
    ],
)
def test_bad_documents_raise_a_clear_error(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    """Each bad input raises DocumentImportError whose message names the file."""
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(DocumentImportError) as caught:
        import_document(path)

    assert message in str(caught.value)
    assert str(path) in str(caught.value)
    assert path == caught.value.file


def test_not_iub_says_what_was_found(tmp_path: Path) -> None:
    """A general SoL guideline with one IUB clause is reported with what it contains."""
    path = tmp_path / "sol.txt"
    path.write_text(_ONE_CLAUSE, encoding="utf-8")

    with pytest.raises(DocumentImportError) as caught:
        import_document(path)

    assert "2 omnämnande(n) av insatser utan individuell behovsprövning" in str(caught.value)
    assert "'2. Stödsamtal'" in str(caught.value)
    assert "allmän riktlinje enligt socialtjänstlagen" in str(caught.value)


def test_old_law_service_page_is_named_as_such(tmp_path: Path) -> None:
    """An old-law "service" page is told apart from a guideline that lacks structure."""
    path = tmp_path / "service.txt"
    path.write_text(_NOT_IUB, encoding="utf-8")

    with pytest.raises(DocumentImportError) as caught:
        import_document(path)

    assert "gamla socialtjänstlagen (2001:453)" in str(caught.value)


def test_cli_bad_input_exits_1_without_output(tmp_path: Path) -> None:
    """`iub import` on a corrupt file prints one line on stderr, exits 1, writes nothing."""
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7 not really")
    out = tmp_path / "out.yaml"

    result = runner.invoke(app, ["import", str(path), "-o", str(out)])

    assert 1 == result.exit_code
    assert "Traceback" not in result.output
    assert f"iub: {path}: inte en läsbar PDF-fil" in result.stderr
    assert not out.exists()
    assert [] == [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.yaml")]


def test_cli_usage_error_exits_2(tmp_path: Path) -> None:
    """A missing -o is a usage error."""
    result = runner.invoke(app, ["import", str(tmp_path / "x.txt")])

    assert 2 == result.exit_code


GENERAL = Path(__file__).parent / "fixtures" / "general-sol-guideline.txt"


def test_general_sol_guideline_with_one_iub_clause_is_not_iub(tmp_path: Path) -> None:
    """Economic assistance is never IUB (11 kap. 5 §): a general guideline whose only
    intervention is Ekonomiskt bistånd is reported as not IUB, saying what was found."""
    with pytest.raises(DocumentImportError) as caught:
        import_document(GENERAL)

    assert "not-iub" == caught.value.code
    message = str(caught.value)
    assert "'Ekonomiskt bistånd' (insats för ekonomiska behov)" in message
    assert "bara i avsnittet '4. Insatser utan individuell behovsprövning'" in message
    assert "Nämnden får enligt 11 kap. 5 § socialtjänstlagen besluta" in message
    assert any("Ekonomiskt bistånd" in found for found in caught.value.found)
    out = tmp_path / "out.yaml"
    result = runner.invoke(app, ["import", str(GENERAL), "-o", str(out)])
    assert 1 == result.exit_code
    assert not out.exists()


def test_never_iub_intervention_beside_iub_ones_is_left_out_and_reported(tmp_path: Path) -> None:
    """In an IUB guideline, an economic-assistance section is not imported; a warning says so."""
    text = GENERAL.read_text(encoding="utf-8") + (
        "\n6. Samtalsstöd\n\nInnehåll\nStödsamtal utan individuell behovsprövning.\n\n"
        "Målgrupp\nVuxna.\n\nVillkor\nFolkbokförd i Ockelbo kommun.\n"
    )
    path = tmp_path / "mixed.txt"
    path.write_text(text, encoding="utf-8")

    result = import_document(path)

    assert ["samtalsstod"] == [item.id for item in result.catalog.interventions]
    assert [("never_iub", "ekonomiskt-bistand")] == [
        (w.kind, w.intervention) for w in result.report.warnings if w.kind == "never_iub"
    ]
    assert "manual." not in result.yaml_text  # the dropped section's manual fact went with it


def _zip_bomb(path: Path, *, size: int) -> None:
    """A .docx whose document.xml inflates to ``size`` bytes of zeros (a few hundred KB)."""
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)


def test_zip_bomb_docx_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Word file that expands far beyond any guideline is refused from its zip directory,
    without inflating a single part, and with the code too-large."""
    import zipfile

    path = tmp_path / "bomb.docx"
    _zip_bomb(path, size=100 * 1024 * 1024)
    opened: list[str] = []
    original_open = zipfile.ZipFile.open

    def recording_open(archive: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(getattr(name, "filename", name))
        return original_open(archive, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", recording_open)

    with pytest.raises(DocumentImportError) as caught:
        import_document(path)

    assert "too-large" == caught.value.code
    assert "zip-bomb" in str(caught.value)
    assert [] == opened  # refused from the directory, not by inflating


def test_too_many_pdf_pages_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF with more pages than the bound is refused before its text is extracted."""
    from iub.documents import _readers
    from iub.documents._publish import WeasyPrintRenderer

    monkeypatch.setattr(_readers, "MAX_PDF_PAGES", 1)
    path = tmp_path / "long.pdf"
    html = "<html><body>" + "<p style='page-break-after: always'>Sida</p>" * 3 + "</body></html>"
    path.write_bytes(WeasyPrintRenderer().render(html))

    with pytest.raises(DocumentImportError) as caught:
        import_document(path)

    assert "too-large" == caught.value.code
    assert "3 sidor (högst 1)" in str(caught.value)


def test_too_much_text_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Text beyond the character bound is refused with the code too-large."""
    from iub.documents import _readers

    monkeypatch.setattr(_readers, "MAX_TEXT_CHARS", 100)
    path = tmp_path / "long.txt"
    path.write_text("Insatser utan individuell behovsprövning\n" * 10, encoding="utf-8")

    with pytest.raises(DocumentImportError) as caught:
        import_document(path)

    assert "too-large" == caught.value.code


def test_report_write_failure_leaves_no_catalog(tmp_path: Path) -> None:
    """`--report` into a missing directory: exit 1, and neither file nor temporary is left."""
    from .conftest import STOCKHOLM_TXT

    out = tmp_path / "ok.yaml"

    result = runner.invoke(
        app, ["import", str(STOCKHOLM_TXT), "-o", str(out), "--report", "/nonexistent/r.json"]
    )

    assert 1 == result.exit_code
    assert "cannot write /nonexistent/r.json" in result.stderr
    assert [] == list(tmp_path.iterdir())


def _encrypted_pdf() -> bytes:
    """A one-page PDF under the standard security handler with a password nobody knows."""
    return b"".join(
        [
            b"%PDF-1.4\n",
            b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n",
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n",
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n",
            b"4 0 obj << /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32,
            b"> /P -4 >> endobj\n",
            b"trailer << /Root 1 0 R /Encrypt 4 0 R /ID [<" + b"33" * 16 + b"> <" + b"33" * 16,
            b">] /Size 5 >>\n%%EOF\n",
        ]
    )


def _blank_pdf(pages: int) -> bytes:
    import io

    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "code", "message"),
    [
        ("krypterad.pdf", _encrypted_pdf(), "encrypted", "PDF-filen är krypterad"),
        ("trasig.pdf", b"%PDF-1.7\n1 0 obj << /Type", "corrupt", "inte en läsbar PDF-fil"),
        ("tom.pdf", _blank_pdf(2), "empty", "ingen text kunde läsas ut"),
        ("500-sidor.pdf", _blank_pdf(500), "too-large", "PDF-filen har 500 sidor (högst 300)"),
        ("inte-zip.docx", "Det här är ingen Word-fil.".encode(), "corrupt", "ingen giltig zip-fil"),
        (
            "inga-rubriker.txt",
            "Socialnämnden erbjuder stöd till anhöriga. Stödet ges utan individuell "
            "behovsprövning och är öppet för alla.\n".encode(),
            "not-iub",
            "förtecknar ingen insats med fält",
        ),
    ],
)
def test_bad_input_gets_a_swedish_error_and_nothing_is_written(
    tmp_path: Path, name: str, data: bytes, code: str, message: str
) -> None:
    """Encrypted, corrupt and empty PDFs, a 500-page document, a .docx that is not a zip, a
    text with no headings: a Swedish message naming the file, exit 1, no catalog, no report."""
    path = tmp_path / name
    path.write_bytes(data)
    out, report = tmp_path / "out.yaml", tmp_path / "rapport.json"

    with pytest.raises(DocumentImportError) as caught:
        import_document(path)
    result = runner.invoke(app, ["import", str(path), "-o", str(out), "--report", str(report)])

    assert code == caught.value.code
    assert message in str(caught.value)
    assert 1 == result.exit_code
    assert "Traceback" not in result.output
    assert message in result.stderr
    assert [] == sorted(p.name for p in tmp_path.iterdir() if p.name != name)
