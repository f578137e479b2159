"""``iub audit verify``: check that no entry of the audit trail was edited or deleted.

The trail of every read and write of data documented in full (14 kap. 3 §) is a keyed hash
chain (``iub.followup.chain_verify``); this command reads it from the site's database and
prints ``{"entries": N, "intact": bool, "problems": [{"seq": n, "problem": ...}]}``, exiting
1 when anything is wrong. Django is imported inside the command, so ``iub`` starts fast.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from iub.cli._common import OutputFormat, print_json

__all__ = ["app", "register"]

app = typer.Typer(help="The audit trail of data documented in full.", no_args_is_help=True)

_PROBLEM_SV = {
    "edited": "posten är ändrad",
    "broken_link": "kedjan är bruten före posten",
    "missing": "posten saknas (raderad)",
    "tail_deleted": "de sista posterna är raderade",
    "head_mismatch": "den sista posten stämmer inte med kedjans huvud",
}


def register(parent: typer.Typer) -> None:
    """Add ``iub audit`` to the top-level command."""
    parent.add_typer(app, name="audit")


@app.command("verify")
def verify(
    output: Annotated[
        OutputFormat, typer.Option("--format", help="json (default) or text.")
    ] = OutputFormat.json,
) -> None:
    """Verify the whole audit chain; exit 1 if any entry was edited or deleted."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iub.web.config.settings.base")
    import django

    django.setup()
    from iub.web.audit.selectors import audit_verify

    count, problems = audit_verify()
    if output is OutputFormat.json:
        print_json(
            {
                "entries": count,
                "intact": not problems,
                "problems": [{"seq": p.seq, "problem": p.problem} for p in problems],
            }
        )
    elif problems:
        for p in problems:
            typer.echo(f"post {p.seq}: {_PROBLEM_SV.get(p.problem, p.problem)}")
    else:
        typer.echo(f"Granskningsloggen är hel: {count} poster.")
    if problems:
        raise typer.Exit(1)
