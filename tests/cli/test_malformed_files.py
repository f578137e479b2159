"""Every command fed a malformed file ends in a clear error: exit status 1, no traceback.

Each malformed input (truncated, binary, nested thousands deep, a 100,000-digit number, an
alias bomb, ``/dev/zero``, a directory) is given to every command that reads a file, through
the CLI itself. A traceback would show as an exception other than ``SystemExit`` escaping the
command (``result.exception``) or as ``Traceback`` on its output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from iub.cli import app

runner = CliRunner()

BILLION_LAUGHS = (
    Path(__file__).resolve().parents[1] / "fixtures" / "billion-laughs.yaml"
).read_text(encoding="utf-8")

#: name → bytes of a malformed file (YAML where a catalog is read, JSON where facts are).
MALFORMED: dict[str, bytes] = {
    "empty": b"",
    "blank": b"  \n\n \t\n",
    "nul_bytes": b"\x00" * 64,
    "not_utf8": b"municipality: {name: \xe5\xe4\xf6}\n",
    "utf16": "municipality: x\n".encode("utf-16"),
    "binary": bytes(range(256)) * 4,
    "truncated_yaml": b"municipality:\n  name: 'Alings",
    "truncated_json": b'{"person.age": 4',
    "yaml_list": b"- 1\n- 2\n",
    "json_list": b"[1, 2, 3]",
    "json_string": b'"person.age"',
    "nested_yaml": b"[" * 1200 + b"]" * 1200,
    "nested_yaml_mapping": b"".join(b"  " * i + b"a:\n" for i in range(1200)) + b"  " * 1200 + b"1",
    "nested_json": b'{"a": ' * 100_000 + b"1" + b"}" * 100_000,
    "long_number": b'{"person.age": ' + b"9" * 100_000 + b"}",
    "long_number_yaml": b"municipality: " + b"9" * 100_000 + b"\n",
    "huge_float": b'{"person.age": 1e999999}',
    "nan": b'{"person.age": NaN}',
    "lone_surrogate": b'{"person.age": "\\ud800"}',
    "billion_laughs": BILLION_LAUGHS.encode(),
    "bad_date": b"decided: 2025-13-45\n",
    "python_tag": b"a: !!python/object/apply:os.system ['true']\n",
    "merge_key": b"a: &x {b: 1}\nc:\n  <<: *x\n",
    "complex_key": b"? [a, b]\n: c\n",
    "two_documents": b"a: 1\n---\nb: 2\n",
    "tab_indent": b"a:\n\tb: 1\n",
    "long_line": b"a: " + b"x" * 200_000 + b"\n",
}

#: Inputs that take the loader a second or more to refuse.
EXPENSIVE = {"billion_laughs", "nested_yaml", "nested_yaml_mapping", "long_line", "long_number"}

#: Special files given by path instead of content.
SPECIAL = {"dev_zero": "/dev/zero", "missing": "/nonexistent/iub/file.yaml"}


def _catalog_commands(path: str) -> list[list[str]]:
    return [
        ["catalog", "validate", path],
        ["catalog", "show", path],
        ["lint", path, "--today", "2026-11-26"],
        ["eligible", "-c", path, "-i", "x", "--facts", "-"],
        ["screen", "-c", path, "--facts", "-"],
        ["guard", "scan", "--catalog", path],
        ["publish", path, "-f", "html", "-o", "/dev/null"],
    ]


def _facts_commands(path: str) -> list[list[str]]:
    return [
        ["eligible", "-c", "alingsas", "-i", "beroenderadgivning", "--facts", path],
        ["screen", "-c", "stockholm", "--facts", path],
    ]


def _cases() -> list[tuple[str, str, Callable[[str], list[list[str]]]]]:
    cases = []
    for name in [*MALFORMED, *SPECIAL]:
        cases.append((name, "catalog", _catalog_commands))
        cases.append((name, "facts", _facts_commands))
    return cases


def _materialise(name: str, tmp_path: Path, suffix: str) -> str:
    if name in SPECIAL:
        return SPECIAL[name]
    path = tmp_path / f"{name}{suffix}"
    path.write_bytes(MALFORMED[name])
    return str(path)


def _assert_clean_failure(args: list[str], stdin: bytes = b"{}") -> None:
    result = runner.invoke(app, args, input=stdin)
    shown = " ".join(args)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"iub {shown} raised {result.exception!r}"
    )
    assert 1 == result.exit_code, f"iub {shown} exited {result.exit_code}: {result.output}"
    assert "Traceback" not in result.output, f"iub {shown} printed a traceback"
    assert result.output.strip(), f"iub {shown} failed without saying why"


@pytest.mark.parametrize(("name", "kind", "commands"), _cases(), ids=lambda v: str(v)[:20])
def test_a_malformed_file_ends_in_exit_1_without_a_traceback(
    name: str, kind: str, commands: Callable[[str], list[list[str]]], tmp_path: Path
) -> None:
    """Each command that reads this kind of file refuses the malformed one with exit 1."""
    path = _materialise(name, tmp_path, ".yaml" if kind == "catalog" else ".json")
    chosen = commands(path)
    if name in EXPENSIVE:  # the same loader behind every command: three of them suffice
        chosen = [args for args in chosen if args[0] in {"catalog", "lint", "eligible"}][:3]
    for args in chosen:
        _assert_clean_failure(args)
    if kind == "facts" and name != "missing":  # any text is an allow-list: it must not crash
        result = runner.invoke(app, ["guard", "scan", "--allow-file", path], input=b"Hej")
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert result.exit_code in {0, 1}


@pytest.mark.parametrize("name", [*MALFORMED, *SPECIAL], ids=str)
def test_malformed_facts_on_stdin_and_notes_end_cleanly(name: str, tmp_path: Path) -> None:
    """Facts given on stdin are read as boundedly as facts given by path."""
    if name in {"missing"}:
        pytest.skip("a missing file is not something stdin can carry")
    stdin = b"\x00" * (5 * 1024 * 1024) if name == "dev_zero" else MALFORMED[name]
    eligible = ["eligible", "-c", "alingsas", "-i", "beroenderadgivning", "-f", "-"]
    _assert_clean_failure(eligible, stdin)
    result = runner.invoke(app, ["guard", "scan", "--jsonl"], input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in {0, 1}
    json.dumps(result.output)  # printable


def test_audit_verify_without_a_database_is_one_line_and_exit_1(tmp_path: Path) -> None:
    """`iub audit verify` where no database was ever migrated says so in one line."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "IUB_DATABASE_URL"}}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env["IUB_VAR_DIR"] = str(tmp_path)
    for extra in ({}, {"DATABASE_URL": "postgresql://postgres@127.0.0.1:1/none"}):
        result = subprocess.run(
            [sys.executable, "-c", "from iub.cli import main; main()", "audit", "verify"],
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert 1 == result.returncode, result.stderr
        assert "Traceback" not in result.stderr
        assert 1 == len(result.stderr.strip().splitlines()), result.stderr
        assert result.stderr.startswith("iub: cannot read the audit trail")
