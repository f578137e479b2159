"""``iub guard scan`` driven through Typer's CliRunner, as a user would call it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iub.cli.guard import app

runner = CliRunner()
NOTE = "Mamma Lena nås på 070-123 45 67, pnr 210101-2397."


def test_scan_prints_json_spans() -> None:
    """A note on stdin gives a JSON list of type, start, end, text and score."""
    result = runner.invoke(app, ["scan", "--format", "json"], input=NOTE)

    expected = [
        {"type": "name", "start": 6, "end": 10, "text": "Lena", "score": 0.85},
        {"type": "phone", "start": 18, "end": 31, "text": "070-123 45 67", "score": 0.9},
        {"type": "personnummer", "start": 37, "end": 48, "text": "210101-2397", "score": 1.0},
    ]
    assert 0 == result.exit_code
    assert expected == json.loads(result.stdout)


def test_offsets_are_python_string_indices() -> None:
    """Offsets count characters, not bytes, so å and full-width digits do not shift them."""
    text = "Åsa på Ängsvägen 3 ringde ０７０-１２３ ４５ ６７."

    result = runner.invoke(app, ["scan"], input=text)

    for span in json.loads(result.stdout):
        assert span["text"] == text[span["start"] : span["end"]]


def test_scan_of_empty_input_prints_an_empty_list() -> None:
    """No input is not an error: the answer is an empty list."""
    result = runner.invoke(app, ["scan"], input="")

    assert 0 == result.exit_code
    assert [] == json.loads(result.stdout)


def test_scan_of_binary_garbage_does_not_crash() -> None:
    """Undecodable bytes are replaced, and a number after them is still found."""
    result = runner.invoke(app, ["scan"], input=b"\xff\xfe\x00\x80 210101-2397")

    assert 0 == result.exit_code
    assert ["personnummer"] == [span["type"] for span in json.loads(result.stdout)]


def test_jsonl_gives_one_list_per_line_in_order() -> None:
    """With --jsonl each input object gives one output line, in the same order."""
    lines = [{"text": "Inget här."}, {"text": NOTE}, {"text": "Ring 08-12 34 56."}]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n"

    result = runner.invoke(app, ["scan", "--jsonl"], input=stdin)

    counts = [len(json.loads(line)) for line in result.stdout.splitlines()]
    assert 0 == result.exit_code
    assert [0, 3, 1] == counts


def test_jsonl_line_that_is_not_json_fails_with_its_number() -> None:
    """A broken line exits 1 naming the line, without a traceback or the line's text."""
    stdin = '{"text": "ok"}\nLena 210101-2397 {\n'

    result = runner.invoke(app, ["scan", "--jsonl"], input=stdin)

    assert 1 == result.exit_code
    assert "line 2: not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr
    assert "210101" not in result.stderr + result.stdout


def test_jsonl_line_without_text_fails_with_its_number() -> None:
    """An object without a string "text" field exits 1 and names the line."""
    stdin = '{"text": "ok"}\n{"note": "210101-2397"}\n'

    result = runner.invoke(app, ["scan", "--jsonl"], input=stdin)

    assert 1 == result.exit_code
    assert 'line 2: missing "text" field' in result.stderr
    assert "210101" not in result.stderr


def test_jsonl_line_that_is_a_list_fails() -> None:
    """A JSON value that is not an object is refused with its line number."""
    result = runner.invoke(app, ["scan", "--jsonl"], input='["210101-2397"]\n')

    assert 1 == result.exit_code
    assert "line 1: expected a JSON object" in result.stderr


def test_text_format_is_for_people() -> None:
    """--format text prints one line per finding with offsets, kind and rule."""
    result = runner.invoke(app, ["scan", "--format", "text"], input=NOTE)

    assert 0 == result.exit_code
    assert "37-48\tpersonnummer\t1.00\tpersonnummer.luhn\t210101-2397" in result.stdout


def test_allow_file_masks_unit_names(tmp_path: Path) -> None:
    """Names in --allow-file are not reported."""
    allow = tmp_path / "allow.txt"
    allow.write_text("# units\nGläntan\n", encoding="utf-8")

    result = runner.invoke(
        app, ["scan", "--allow-file", str(allow)], input="Hon var på Gläntan med Zlatko."
    )

    expected = [{"type": "name", "start": 23, "end": 29, "text": "Zlatko", "score": 0.6}]
    assert expected == json.loads(result.stdout)


def test_missing_allow_file_is_a_usage_error(tmp_path: Path) -> None:
    """A missing allow file is refused before reading stdin."""
    result = runner.invoke(app, ["scan", "--allow-file", str(tmp_path / "nope.txt")], input="")

    assert 2 == result.exit_code


def test_catalog_option_allows_the_catalogs_units(tmp_path: Path) -> None:
    """--catalog allows the units of a catalog file; a broken catalog exits 1."""
    alingsas = Path(__file__).resolve().parents[2] / "catalogs" / "alingsas.yaml"
    if not alingsas.exists():
        pytest.skip("the Alingsås catalog is not in this checkout")
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [", encoding="utf-8")

    result = runner.invoke(app, ["scan", "--catalog", str(alingsas)], input="På Gläntan.")
    failure = runner.invoke(app, ["scan", "--catalog", str(broken)], input="På Gläntan.")

    assert [] == json.loads(result.stdout)
    assert 1 == failure.exit_code
    assert "cannot use catalog" in failure.stderr


def test_default_threshold_reports_only_blocking_findings() -> None:
    """ "Saga läste" (a confirm-level guess, 0.45) is not reported by default."""
    result = runner.invoke(app, ["scan"], input="Saga läste en bok.")

    assert 0 == result.exit_code
    assert [] == json.loads(result.stdout)


def test_min_score_includes_confirm_level_findings_with_their_score() -> None:
    """--min-score 0.35 adds confirm-level findings; their score tells them from blocking ones."""
    result = runner.invoke(app, ["scan", "--min-score", "0.35"], input="Saga läste en bok.")

    [span] = json.loads(result.stdout)
    assert ("name", "Saga") == (span["type"], span["text"])
    assert 0.35 <= span["score"] < 0.5


def test_catalog_option_accepts_a_shipped_catalogs_name() -> None:
    """--catalog alingsas resolves the shipped catalog; an unknown name exits 1."""
    result = runner.invoke(app, ["scan", "--catalog", "alingsas"], input="Vi ses med Lifecare.")
    failure = runner.invoke(app, ["scan", "--catalog", "nowhere"], input="Hej.")

    assert 0 == result.exit_code
    assert [] == json.loads(result.stdout)
    assert 1 == failure.exit_code
    assert "cannot use catalog" in failure.stderr


def test_jsonl_blank_line_gives_an_empty_list_so_lines_stay_aligned() -> None:
    """A blank input line yields "[]", so output line N answers input line N."""
    stdin = json.dumps({"text": NOTE}) + "\n\n" + json.dumps({"text": "Ring 08-12 34 56."}) + "\n"

    result = runner.invoke(app, ["scan", "--jsonl"], input=stdin)

    counts = [len(json.loads(line)) for line in result.stdout.splitlines()]
    assert 0 == result.exit_code
    assert [3, 0, 1] == counts


def test_byte_order_mark_is_ignored() -> None:
    """A UTF-8 BOM before the text neither breaks JSONL nor shifts offsets."""
    plain = runner.invoke(app, ["scan"], input=NOTE.encode())
    with_bom = runner.invoke(app, ["scan"], input=b"\xef\xbb\xbf" + NOTE.encode())
    jsonl = runner.invoke(
        app, ["scan", "--jsonl"], input=b"\xef\xbb\xbf" + json.dumps({"text": NOTE}).encode()
    )

    assert json.loads(plain.stdout) == json.loads(with_bom.stdout)
    assert 0 == jsonl.exit_code
    assert json.loads(plain.stdout) == json.loads(jsonl.stdout)
