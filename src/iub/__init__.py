"""IUB: interventions without individual needs assessment under socialtjänstlagen (2025:400)."""

__version__ = "0.1.0"
