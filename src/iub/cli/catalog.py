"""``iub catalog validate|show|schema|diff``: the catalog as a committee secretary reads it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from iub.catalog import (
    AllOf,
    AnyOf,
    Catalog,
    Condition,
    Intervention,
    Leaf,
    NotOf,
    find_intervention,
    json_schema_text,
    load_catalog,
)
from iub.cli._common import OutputFormat, handle_errors, print_json
from iub.errors import CatalogLoadError
from iub.geo import find_municipality
from iub.law import information_text

__all__ = ["register", "summary_text"]

catalog_app = typer.Typer(help="Validate, show and describe catalogs.", no_args_is_help=True)

_DELIVERY_SV = {
    "individual": "individuellt",
    "group": "i grupp",
    "both": "individuellt eller i grupp",
}


@catalog_app.command()
def validate(
    path: Annotated[str, typer.Argument(help="Catalog YAML path or shipped name.")],
) -> None:
    """Validate a catalog; every problem is printed as file:line:column: path: message."""
    try:
        catalog = load_catalog(path)
    except CatalogLoadError as exc:
        for problem in exc.problems:
            typer.echo(problem.render(exc.file), err=True)
        typer.echo(f"iub: {len(exc.problems)} problem(s) found", err=True)
        raise typer.Exit(1) from None
    typer.echo(
        f"OK: {catalog.municipality.name}, {len(catalog.interventions)} insatser, "
        f"{sum(1 for i in catalog.interventions for _ in i.leaves())} villkor"
    )


@catalog_app.command()
def show(
    catalog: Annotated[str, typer.Argument(help="Catalog YAML path or shipped name.")],
    intervention: Annotated[str | None, typer.Argument(help="Intervention id.")] = None,
    format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
) -> None:
    """Show a catalog's summary, or one intervention, in readable Swedish."""
    with handle_errors():
        loaded = load_catalog(catalog)
        chosen = find_intervention(loaded, intervention) if intervention else None
    if format is OutputFormat.json:
        data = (
            chosen.model_dump(mode="json", by_alias=True, exclude_none=True)
            if chosen
            else (loaded.model_dump(mode="json", by_alias=True, exclude_none=True))
        )
        print_json(data)
    elif chosen is not None:
        typer.echo(intervention_text(loaded, chosen))
    else:
        typer.echo(summary_text(loaded))


@catalog_app.command()
def diff(
    old: Annotated[str, typer.Argument(help="The earlier catalog: YAML path or shipped name.")],
    new: Annotated[str, typer.Argument(help="The later catalog: YAML path or shipped name.")],
    format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
) -> None:
    """What changed from OLD to NEW, in words a resident understands ("Ålder: från 18 år →
    från 16 år", "Ny insats: …", "Villkoret '…' togs bort"). Exit 0 whether or not they differ."""
    from iub.catalog.diff import diff_catalogs, render_diff

    with handle_errors():
        before = load_catalog(old)
        after = load_catalog(new)
    changes = diff_catalogs(before, after)
    if format is OutputFormat.json:
        print_json([change.to_json() for change in changes])
    else:
        typer.echo(render_diff(changes))


@catalog_app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Print the JSON Schema of the catalog format (docs/catalog.schema.json)."""
    text = json_schema_text()
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


def summary_text(catalog: Catalog) -> str:
    """A catalog in a screenful: decision data, then interventions by area."""
    d = catalog.decision
    lines = [
        catalog.title,
        f"{official_name(catalog)} ({catalog.municipality.code}), {catalog.committee.name}",
        f"Beslut: {d.body or '–'}, {d.date or 'datum saknas'}, dnr {d.diarienummer or 'saknas'}",
        f"Giltig från {d.valid_from or '–'} till {d.valid_to or '–'}; revideras senast "
        f"{d.revise_by or '–'}; dokumentansvarig {d.document_owner or '–'}",
        "",
    ]
    areas = catalog.areas or []
    by_area: dict[str, list[Intervention]] = {}
    for item in catalog.interventions:
        by_area.setdefault(item.area, []).append(item)
    titles = {
        area.id: f"{area.section + ' ' if area.section else ''}{area.title}" for area in areas
    }
    for area_id, items in by_area.items():
        lines.append(titles.get(area_id, area_id))
        for item in items:
            regime = item.documentation.regime.citation.removeprefix("SoL ")
            lines.append(
                f"  {item.section or '':7} {item.title} [{item.id}] — {len(list(item.leaves()))}"
                f" villkor, dokumentation {regime}"
            )
    return "\n".join(lines)


def official_name(catalog: Catalog) -> str:
    """'Stockholms kommun', as SCB writes it."""
    found = find_municipality(catalog.municipality.code)
    return found.official_name if found else catalog.municipality.name


def intervention_text(catalog: Catalog, item: Intervention) -> str:
    """One intervention as the guideline prints it, with the conditions as a checklist."""
    out = [
        f"{item.section or ''} {item.title}".strip(),
        f"id: {item.id}",
        "",
        "Innehåll",
        item.content,
    ]
    if item.methods:
        out += ["", "Metod"]
        for method in item.methods:
            out.append(
                f"  • {method.name}" + (f": {method.description}" if method.description else "")
            )
            if method.target_group:
                out.append(f"    Målgrupp: {method.target_group}")
            if method.extent:
                out.append(f"    Omfattning: {method.extent}")
    if item.target_group:
        out += ["", "Målgrupp", item.target_group]
    if item.extent:
        out += ["", "Omfattning", item.extent]
    if item.delivery:
        out += ["", f"Insatsen ges {_DELIVERY_SV[item.delivery]}."]
    out += ["", "Villkor"]
    out += [line for node in item.conditions for line in _condition_lines(node, 1)] or ["  (inga)"]
    if item.minors_without_consent:
        out.append(
            "  Barn från 15 år kan få insatsen utan vårdnadshavares samtycke (21 kap. 2 §)."
            + (f" {item.minors_statement}" if item.minors_statement else "")
        )
    else:
        out.append("  Barn under 18 år behöver samtliga vårdnadshavares samtycke (21 kap. 2 §).")
    out += ["", "Dokumentation", item.documentation.text or item.documentation.regime.label_sv]
    if item.documentation.system:
        out.append(f"  System: {item.documentation.system}")
    if item.documentation.special_reasons:
        out.append(f"  Särskilda skäl: {item.documentation.special_reasons}")
    if item.documentation.risk_analysis:
        out.append(f"  Risk- och konsekvensanalys: {item.documentation.risk_analysis}")
    if item.confidentiality:
        out.append(f"  {item.confidentiality}")
    if item.follow_up.forms or item.follow_up.text:
        out += [
            "",
            "Uppföljning",
            item.follow_up.text or ", ".join(f.label_sv for f in item.follow_up.forms),
        ]
    out += ["", "Information till den enskilde", information_text(catalog, item)]
    if item.notes:
        out += ["", "Anteckningar (tvetydigheter i källan)"] + [
            f"  - {note}" for note in item.notes
        ]
    return "\n".join(out)


def _condition_lines(node: Condition, depth: int) -> list[str]:
    pad = "  " * depth
    if isinstance(node, Leaf):
        evidence = node.evidence_note or node.evidence.label_sv
        return [f"{pad}☐ {node.wording()}  [{evidence}]"]
    children: list[Condition]
    if isinstance(node, AllOf):
        head, children = node.text or "Alla följande:", node.all
    elif isinstance(node, AnyOf):
        head, children = node.text or "Något av följande:", node.any
    else:
        assert isinstance(node, NotOf)
        head, children = node.text or "Inte:", [node.not_]
    return [f"{pad}{head}"] + [
        line for child in children for line in _condition_lines(child, depth + 1)
    ]


def register(app: typer.Typer) -> None:
    app.add_typer(catalog_app, name="catalog")
