"""Swedish form errors that say what is wrong and how to fix it (docs/desk.md).

The record models (``iub.followup``) validate in English for the API; a desk form shows each
error in Swedish, next to its field, with the limit or the choices that would be accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["pydantic_error_sv"]

_PARTS = {
    "by_age_band": "Antalen per åldersgrupp",
    "by_gender": "Antalen per kön",
}


def pydantic_error_sv(error: Mapping[str, Any], label: str | None = None) -> str:
    """One pydantic error as a Swedish sentence with what to do instead."""
    kind = str(error.get("type", ""))
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    where = f"{label}: " if label else ""
    if kind == "missing":
        return f"{where}Fyll i fältet."
    if kind in {"greater_than_equal", "greater_than"}:
        limit = ctx.get("ge", ctx.get("gt"))
        word = "minst" if kind == "greater_than_equal" else "större än"
        return f"{where}Värdet måste vara {word} {limit}. Skriv ett tal som är {word} {limit}."
    if kind in {"less_than_equal", "less_than"}:
        limit = ctx.get("le", ctx.get("lt"))
        word = "högst" if kind == "less_than_equal" else "mindre än"
        return f"{where}Värdet får vara {word} {limit}. Skriv ett tal som är {word} {limit}."
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return f"{where}Skriv ett heltal, till exempel 3."
    if kind in {"string_too_long", "too_long"}:
        return f"{where}Texten är för lång: högst {ctx.get('max_length')} tecken."
    if kind in {"string_too_short", "too_short"}:
        return f"{where}Fyll i fältet."
    if kind in {"literal_error", "enum"}:
        return f"{where}Välj ett av alternativen i listan ({ctx.get('expected', '')})."
    if kind.startswith("date"):
        return f"{where}Skriv datumet som ÅÅÅÅ-MM-DD."
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    for name, parts in _PARTS.items():
        if message.startswith(f"{name}: the parts add up to more than the total"):
            return (
                f"{parts} är tillsammans fler än antalet besökare. Rätta antalen, eller "
                "öka antalet besökare om det var fel."
            )
        if message.startswith(f"{name}: counts cannot be negative"):
            return f"{parts} kan inte vara negativa. Skriv 0 eller lämna fältet tomt."
    return (
        f"{where}Värdet kan inte sparas för den här insatsen. Kontrollera fältet mot "
        "insatsens dokumentationsregel och försök igen."
    )
