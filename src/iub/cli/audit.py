"""``iub audit verify``: check that no entry of the audit trail was edited or deleted.

The trail of every read and write of data documented in full (14 kap. 3 §) is a keyed hash
chain (``iub.followup.chain_verify``); this command reads it from the site's database and
prints ``{"entries": N, "intact": bool, "problems": [{"seq": n, "problem": ...}]}``, exiting
1 when anything is wrong. A record documented in full whose write has no entry adds
``"record": "participation 3"`` (``seq`` 0): a cut tail or a wiped log is found that way too,
and so is a record edited in the database (``record_edited``: its content no longer matches
the digest its last logged write carries).
Django is imported inside the command, so ``iub`` starts fast.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated

import typer

from iub.cli._common import OutputFormat, fail, print_json

if TYPE_CHECKING:
    from iub.followup import ChainProblem

__all__ = ["app", "register"]

app = typer.Typer(help="The audit trail of data documented in full.", no_args_is_help=True)

_PROBLEM_SV = {
    "edited": "posten är ändrad",
    "broken_link": "kedjan är bruten före posten",
    "missing": "posten saknas (raderad)",
    "tail_deleted": "de sista posterna är raderade",
    "head_mismatch": "den sista posten stämmer inte med kedjans huvud",
    "head_forged": "kedjans huvud är ändrat (kontrollsumman stämmer inte)",
    "head_missing": "kedjans huvud saknas",
    "write_not_logged": "skrivningen saknas i loggen (raderad)",
    "record_missing": "posten som loggen nämner finns inte längre",
    "record_edited": "posten är ändrad i databasen efter den senaste loggade skrivningen",
}
_RECORD_SV = {"participation": "deltagande", "participation_event": "händelse"}


def _problem_json(problem: ChainProblem) -> dict[str, object]:
    out: dict[str, object] = {"seq": problem.seq, "problem": problem.problem}
    if problem.record is not None:
        out["record"] = problem.record
    return out


def _record_sv(record: str) -> str:
    kind, _, pk = record.partition(" ")
    return f"{_RECORD_SV.get(kind, kind)} {pk}"


def register(parent: typer.Typer) -> None:
    """Add ``iub audit`` to the top-level command."""
    parent.add_typer(app, name="audit")


def _read_chain() -> tuple[int, list[ChainProblem]]:
    """The chain's length and problems; a missing or unmigrated database is a one-line error."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iub.web.config.settings.base")
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
        from django.db import DatabaseError

        from iub.web.audit.selectors import audit_verify

        return audit_verify()
    except (DatabaseError, ImproperlyConfigured) as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        fail(
            f"cannot read the audit trail ({reason}); is DATABASE_URL right and the database "
            "migrated (iub serve --load-only)?"
        )


@app.command("verify")
def verify(
    output: Annotated[
        OutputFormat, typer.Option("--format", help="json (default) or text.")
    ] = OutputFormat.json,
) -> None:
    """Verify the whole audit chain; exit 1 if any entry was edited or deleted."""
    count, problems = _read_chain()
    if output is OutputFormat.json:
        print_json(
            {
                "entries": count,
                "intact": not problems,
                "problems": [_problem_json(p) for p in problems],
            }
        )
    elif problems:
        for p in problems:
            where = f"post {p.seq}" if p.record is None else _record_sv(p.record)
            typer.echo(f"{where}: {_PROBLEM_SV.get(p.problem, p.problem)}")
    else:
        typer.echo(f"Granskningsloggen är hel: {count} poster.")
    if problems:
        raise typer.Exit(1)
