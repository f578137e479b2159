"""Bad input: a clear DocumentImportError naming the file, and through the CLI exit 1 with no
traceback and no output file."""

from __future__ import annotations

from pathlib import Path

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
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\n ", "the file is empty"),
        ("corrupt.pdf", b"%PDF-1.7 not really", "not a readable PDF"),
        ("corrupt.docx", b"PK\x03\x04 broken zip", "not a readable Word document"),
        ("guideline.odt", b"text", "unsupported file type '.odt'"),
        ("guideline.doc", b"text", "old Word format (.doc)"),
        ("service.txt", _NOT_IUB.encode(), "not an IUB guideline"),
        ("sol.txt", _ONE_CLAUSE.encode(), "not an IUB guideline"),
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

    assert "2 mention(s) of insatser utan individuell behovsprövning" in str(caught.value)
    assert "'2. Stödsamtal'" in str(caught.value)


def test_old_law_service_page_is_named_as_such(tmp_path: Path) -> None:
    """An old-law "service" page is told apart from a guideline that lacks structure."""
    path = tmp_path / "service.txt"
    path.write_text(_NOT_IUB, encoding="utf-8")

    with pytest.raises(DocumentImportError) as caught:
        import_document(path)

    assert "old socialtjänstlag (2001:453)" in str(caught.value)


def test_cli_bad_input_exits_1_without_output(tmp_path: Path) -> None:
    """`iub import` on a corrupt file prints one line on stderr, exits 1, writes nothing."""
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7 not really")
    out = tmp_path / "out.yaml"

    result = runner.invoke(app, ["import", str(path), "-o", str(out)])

    assert 1 == result.exit_code
    assert "Traceback" not in result.output
    assert f"iub: {path}: not a readable PDF" in result.stderr
    assert not out.exists()
    assert [] == [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.yaml")]


def test_cli_usage_error_exits_2(tmp_path: Path) -> None:
    """A missing -o is a usage error."""
    result = runner.invoke(app, ["import", str(tmp_path / "x.txt")])

    assert 2 == result.exit_code
