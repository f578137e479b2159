"""The information duty of 11 kap. 6 §: everyone who turns to a provider, whatever the outcome,
learns of the right to apply for needs-assessed interventions under 11 kap. 1 § and where."""

from __future__ import annotations

from iub.catalog import Catalog, Contact, Intervention
from iub.geo import find_municipality

__all__ = ["INFORMATION_CITATION", "information_text", "where_to_turn_text"]

INFORMATION_CITATION = "SoL (2025:400) 11 kap. 6 §"

_RIGHT_TO_APPLY = (
    "Information enligt 11 kap. 6 § socialtjänstlagen (2025:400): Du har alltid rätt att "
    "ansöka om insatser hos socialnämnden enligt 11 kap. 1 § socialtjänstlagen, även om du kan "
    "ta del av den här insatsen utan ansökan. En ansökan utreds och prövas individuellt, och "
    "socialnämndens beslut kan överklagas. Att en utförare säger nej till en insats utan "
    "behovsprövning går inte att överklaga, men du kan alltid ansöka."
)


def _contact_text(contact: Contact | None) -> str:
    if contact is None:
        return ""
    parts = [
        value
        for value in (contact.name, contact.phone, contact.email, contact.web, contact.address)
        if value
    ]
    return ", ".join(parts)


def where_to_turn_text(catalog: Catalog, intervention: Intervention) -> str:
    """Where the individual turns for this intervention, in the catalog's words."""
    routes = []
    for route in intervention.where_to_turn:
        contact = _contact_text(route.contact)
        routes.append(route.text + (f" ({contact})" if contact else ""))
    if not routes:
        found = find_municipality(catalog.municipality.code)
        municipality = found.official_name if found else catalog.municipality.name
        admin = catalog.committee.administration or catalog.committee.name
        routes.append(f"Kontakta {admin} i {municipality}.")
    return " ".join(routes)


def information_text(catalog: Catalog, intervention: Intervention) -> str:
    """The full information text a provider gives: the right to apply, and where to turn."""
    committee = catalog.committee
    found = find_municipality(catalog.municipality.code)
    municipality = found.official_name if found else catalog.municipality.name
    apply_at = committee.how_to_apply or (
        f"Ansökan lämnas till socialtjänsten i {municipality}: {committee.name}"
        + (f", {committee.administration}" if committee.administration else "")
        + "."
    )
    contact = _contact_text(committee.contact)
    if contact:
        apply_at += f" Kontakt: {contact}."
    return (
        f"{_RIGHT_TO_APPLY} {apply_at} "
        f"Vart du vänder dig för insatsen {intervention.title}: "
        f"{where_to_turn_text(catalog, intervention)}"
    )
