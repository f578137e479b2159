"""Fixed categories of the follow-up records: age bands, gender, scales, reasons, problems.

Every category is a fixed list with a Swedish label, never free text, so that a 14 kap. 5 §
record can say who took part without saying who someone is (docs/law.md, 14 kap. 5 §: age
bands and gender categories, structured choices for problems and for reasons for leaving early).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

from iub.facts import CLOSE_PERSON_SITUATIONS

__all__ = [
    "AGE_BANDS",
    "COUNTING_RULES",
    "DEFAULT_PROBLEMS",
    "GENDERS",
    "HALF_DAYS",
    "LEAVING_REASONS",
    "SCALE_NAME",
    "SOCIAL_SCALE",
    "WELLBEING_SCALE",
    "AgeBand",
    "CountingRule",
    "Gender",
    "HalfDay",
    "LeavingReason",
    "problem_categories",
]

AgeBand = Literal["0-12", "13-17", "18-24", "25-44", "45-64", "65+"]
Gender = Literal["kvinna", "man", "annat", "uppgift_saknas"]
HalfDay = Literal["fm", "em"]
LeavingReason = Literal[
    "flyttat", "annan_insats", "ville_inte_fortsatta", "praktiska_hinder", "halsoskal", "okant"
]
CountingRule = Literal["once_per_half_day", "every_entry"]

AGE_BANDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "0-12": "0–12 år",
        "13-17": "13–17 år",
        "18-24": "18–24 år",
        "25-44": "25–44 år",
        "45-64": "45–64 år",
        "65+": "65 år eller äldre",
    }
)
GENDERS: Final[Mapping[str, str]] = MappingProxyType(
    {"kvinna": "Kvinna", "man": "Man", "annat": "Annat", "uppgift_saknas": "Uppgift saknas"}
)
HALF_DAYS: Final[Mapping[str, str]] = MappingProxyType({"fm": "Förmiddag", "em": "Eftermiddag"})
LEAVING_REASONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "flyttat": "Har flyttat",
        "annan_insats": "Fick en annan insats",
        "ville_inte_fortsatta": "Ville inte fortsätta",
        "praktiska_hinder": "Tid, resor eller andra praktiska hinder",
        "halsoskal": "Hälsoskäl",
        "okant": "Okänt skäl",
    }
)
COUNTING_RULES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "once_per_half_day": "Varje person räknas högst en gång per förmiddag och eftermiddag.",
        "every_entry": "Varje besök räknas, även när samma person kommer flera gånger.",
    }
)

#: The stated scale for wellbeing and social situation at start and end (1–5).
SCALE_NAME: Final = "IUB-skala 1–5"
WELLBEING_SCALE: Final[Mapping[int, str]] = MappingProxyType(
    {
        1: "Mycket dåligt",
        2: "Ganska dåligt",
        3: "Varken bra eller dåligt",
        4: "Ganska bra",
        5: "Mycket bra",
    }
)
SOCIAL_SCALE: Final[Mapping[int, str]] = MappingProxyType(
    {
        1: "Mycket svår",
        2: "Ganska svår",
        3: "Varken god eller svår",
        4: "Ganska god",
        5: "Mycket god",
    }
)

DEFAULT_PROBLEMS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "psykisk_pafrestning": "Egen psykisk påfrestning",
        "relationer": "Relations- eller familjeproblem",
        "oro_for_narstaende": "Oro för en närstående",
        "oro_for_barn": "Oro för barn i familjen",
        "ekonomi": "Ekonomisk påfrestning",
        "annat": "Annat",
    }
)

_PROBLEMS: Final[dict[str, dict[str, str]]] = {
    "anhorigstod-vid-beroende": {
        "narstaende_alkohol": "Närståendes alkoholbruk",
        "narstaende_narkotika": "Närståendes narkotikabruk",
        "narstaende_spel": "Närståendes spel om pengar",
        "oro_for_barn": "Oro för barn i familjen",
        "psykisk_pafrestning": "Egen psykisk påfrestning",
        "ekonomi": "Ekonomisk påfrestning",
        "annat": "Annat",
    },
    "anhorigstod-vid-kriminalitet": {
        "narstaende_brott": "Närståendes brottslighet",
        "hot_eller_vald": "Hot eller våld",
        "oro_for_barn": "Oro för barn i familjen",
        "psykisk_pafrestning": "Egen psykisk påfrestning",
        "ekonomi": "Ekonomisk påfrestning",
        "annat": "Annat",
    },
    "anhorigstod-vid-psykisk-ohalsa": {
        "narstaende_psykisk_ohalsa": "Närståendes psykiska ohälsa",
        "narstaende_funktionsnedsattning": "Närståendes funktionsnedsättning",
        "psykisk_pafrestning": "Egen psykisk påfrestning",
        "oro_for_barn": "Oro för barn i familjen",
        "praktiska_fragor": "Praktiska frågor i vardagen",
        "annat": "Annat",
    },
    "anhorigstod-vid-ungas-beroende-mini-maria": {
        "ungdomens_alkohol": "Ungdomens alkoholbruk",
        "ungdomens_narkotika": "Ungdomens narkotikabruk",
        "konflikter_i_familjen": "Konflikter i familjen",
        "skolfranvaro": "Skolfrånvaro",
        "psykisk_pafrestning": "Egen psykisk påfrestning",
        "annat": "Annat",
    },
    "aktivitetshus-glantan": {
        "ensamhet": "Ensamhet",
        "psykisk_ohalsa": "Psykisk ohälsa",
        "sysselsattning": "Brist på meningsfull sysselsättning",
        "gemenskap": "Behov av gemenskap",
        "annat": "Annat",
    },
    "samtalsgrupp-for-anhoriga": {
        **{key: f"Närstående som {label}" for key, label in CLOSE_PERSON_SITUATIONS.items()},
        "psykisk_pafrestning": "Egen psykisk påfrestning",
        "annat": "Annat",
    },
}


def problem_categories(intervention_id: str) -> Mapping[str, str]:
    """The fixed list of de-identified problem categories for one intervention (14 kap. 5 §).

    An intervention without a list of its own gets :data:`DEFAULT_PROBLEMS`.
    """
    return MappingProxyType(_PROBLEMS.get(intervention_id, dict(DEFAULT_PROBLEMS)))
