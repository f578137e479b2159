"""`iub eligible` and `iub screen` keep the JSON contract (docs/architecture.md)."""

import json
from pathlib import Path

from typer.testing import CliRunner

from iub.cli import app

runner = CliRunner()
GROUP = "samtalsgrupp-for-anhoriga"
CARER = {
    "person.age": 40,
    "person.lives_in": "Stockholms stad",
    "person.supports_close_person": True,
    "close_person.situations": ["older"],
}


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin)


def test_eligible_reads_facts_from_stdin_and_prints_json() -> None:
    """`--facts -` reads stdin; the output is one JSON object with the outcome."""
    result = run("eligible", "-c", "stockholm", "-i", GROUP, "-f", "-", stdin=json.dumps(CARER))

    assert 0 == result.exit_code
    data = json.loads(result.stdout)
    assert (GROUP, "eligible") == (data["intervention"], data["outcome"])
    assert "11 kap. 6 §" in data["information"]


def test_eligible_reads_a_facts_file_and_a_catalog_path(tmp_path: Path) -> None:
    """A facts file and a catalog given as a path work as well as stdin and a name."""
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"person.lives_in": "Lerum"}), encoding="utf-8")
    catalog = Path(__file__).resolve().parents[2] / "catalogs" / "stockholm.yaml"

    result = run(
        "eligible", "--catalog", str(catalog), "--intervention", GROUP, "--facts", str(facts)
    )

    assert "not_eligible" == json.loads(result.stdout)["outcome"]


def test_screen_prints_a_list() -> None:
    """`iub screen` prints one object per intervention."""
    result = run("screen", "-c", "stockholm", "-f", "-", stdin="{}")

    assert 0 == result.exit_code
    assert ["needs_info"] == [o["outcome"] for o in json.loads(result.stdout)]


def test_text_format_is_readable_swedish() -> None:
    """`--format text` prints the outcome and the reasons in Swedish."""
    result = run(
        "eligible", "-c", "stockholm", "-i", GROUP, "-f", "-", "--format", "text", stdin="{}"
    )

    assert "Fler uppgifter behövs" in result.stdout
    assert "? Hur gammal är du?" in result.stdout


def test_bad_inputs_exit_1_with_a_message_and_no_traceback() -> None:
    """Not JSON, unknown facts, unknown ids and catalogs: a clear message, exit status 1."""
    cases = [
        (["screen", "-c", "stockholm", "-f", "-"], "nope", "not JSON"),
        (["screen", "-c", "stockholm", "-f", "-"], '{"person.agee": 3}', "did you mean"),
        (["screen", "-c", "stockholm", "-f", "-"], '{"person.age": "old"}', "whole number"),
        (["eligible", "-c", "stockholm", "-i", "x", "-f", "-"], "{}", "no intervention 'x'"),
        (["screen", "-c", "atlantis", "-f", "-"], "{}", "no catalog named 'atlantis'"),
        (["screen", "-c", "stockholm", "-f", "/nonexistent.json"], None, "cannot read"),
    ]
    for args, stdin, message in cases:
        result = run(*args, stdin=stdin)

        assert 1 == result.exit_code, args
        assert message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.output


def test_an_alias_is_answered_under_the_id_the_caller_used() -> None:
    """The table of contents' spelling 'Boendecoachning' finds the intervention and is echoed."""
    result = run("eligible", "-c", "alingsas", "-i", "boendecoachning", "-f", "-", stdin="{}")

    assert "boendecoachning" == json.loads(result.stdout)["intervention"]


def test_a_facts_file_with_a_bom_and_a_name_without_diacritics(tmp_path: Path) -> None:
    """A UTF-8 facts file with a byte order mark (Windows editors) reads like any other."""
    facts = tmp_path / "facts.json"
    facts.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({**CARER, "person.lives_in": "Stockholm"}).encode()
    )

    result = run("eligible", "-c", "stockholm", "-i", GROUP, "-f", str(facts))

    assert 0 == result.exit_code, result.output
    assert "eligible" == json.loads(result.stdout)["outcome"]


def test_a_near_miss_municipality_says_did_you_mean() -> None:
    facts = json.dumps({**CARER, "person.lives_in": "Stokholm"})

    result = run("eligible", "-c", "stockholm", "-i", GROUP, "-f", "-", stdin=facts)

    assert 1 == result.exit_code
    assert "menade du Stockholms kommun?" in result.output
