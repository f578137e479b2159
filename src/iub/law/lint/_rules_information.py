"""What the individual is told, and where they turn (L15, L16, L29, L33)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from iub.law.lint._model import Context, Hit, Severity
from iub.law.lint._registry import rule
from iub.law.lint._text import catalog_texts, clip, rx, sentences

__all__: list[str] = []


@rule(
    "IUB015",
    ref="L15",
    name="info_duty_missing",
    title_sv="Informationen om rätten att ansöka saknar kontaktuppgift",
    title_en="The information on the right to apply has no contact",
    severity=Severity.warning,
    citation="SoL 11 kap. 6 §",
    bill=True,
)
def info_duty_missing(ctx: Context) -> Iterator[Hit]:
    catalog = ctx.catalog
    committee = catalog.committee
    contact = committee.contact
    has_contact = bool(
        committee.how_to_apply
        or (contact and any((contact.phone, contact.email, contact.web, contact.address)))
    )
    if not has_contact:
        yield Hit(
            "Förteckningen säger inte var och hur man ansöker om insatser enligt 11 kap. 1 § "
            "(ingen kontaktuppgift till socialnämnden eller förvaltningen). Utförarna ska "
            "informera alla som vänder sig till dem om rätten att ansöka och vart de ska vända "
            "sig; ange telefon, adress eller webbsida för ansökan (committee.how_to_apply).",
            "The catalog does not say where and how to apply for interventions under 11 kap. "
            "1 § (no contact for the social committee or its administration). Providers must "
            "tell everyone who turns to them about the right to apply and where to turn; give a "
            "telephone number, address or web page for applications (committee.how_to_apply).",
            ("committee",),
        )
    if not catalog.information_duty and not any(
        _INFO_DUTY.search(field.text) for field in catalog_texts(catalog)
    ):
        yield Hit(
            "Förteckningen nämner inte utförarens informationsskyldighet: den som genomför "
            "insatsen ska informera alla som vänder sig dit, oavsett utfall, om möjligheten att "
            "ansöka om insatser enligt 11 kap. 1 §. Skriv det i riktlinjen "
            "(information_duty).",
            "The catalog does not mention the provider's duty to inform: whoever carries out "
            "the intervention informs everyone who turns to it, whatever the outcome, of the "
            "right to apply for interventions under 11 kap. 1 §. State it in the guideline "
            "(information_duty).",
            ("title",),
        )


_INFO_DUTY = rx(
    r"\b11 kap\. 6 §",
    r"\binformationsskyldighet\w*",
    r"\binformera\w*[^.]*\b(rätten|möjligheten) att ansöka\b",
)
_CASEWORKER = rx(r"\bhandläggar\w*", r"\bbiståndshandläggar\w*")
_PROVIDER = rx(
    r"\butförar\w*",
    r"\bden som genomför\b",
    r"\bverksamhet\w*",
    r"\bpersonal\w*",
    r"\bmedarbetar\w*",
)


@rule(
    "IUB016",
    ref="L16",
    name="info_duty_wrong_actor",
    title_sv="Informationsskyldigheten läggs på fel aktör",
    title_en="The duty to inform is placed on the wrong actor",
    severity=Severity.warning,
    citation="SoL 11 kap. 6 §; 17 kap. 1 §",
)
def info_duty_wrong_actor(ctx: Context) -> Iterator[Hit]:
    for field in catalog_texts(ctx.catalog):
        for sentence in sentences(field.text):
            if not (_INFO_DUTY.search(sentence) or re.search(r"\binform", sentence, re.I)):
                continue
            if not re.search(r"\bansök", sentence, re.IGNORECASE):
                continue
            if _CASEWORKER.search(sentence) and not _PROVIDER.search(sentence):
                yield Hit(
                    f'"{clip(sentence)}": informationen om rätten att ansöka lämnas av den '
                    "som genomför insatsen — utföraren, också en privat utförare — inte av en "
                    "handläggare som den enskilde aldrig träffar. Skriv att utföraren "
                    "informerar.",
                    f'"{clip(sentence)}": the information on the right to apply is given by '
                    "whoever carries out the intervention — the provider, private ones too — "
                    "not by a caseworker the person never meets. Say that the provider "
                    "informs.",
                    field.path,
                    field.intervention,
                )
                break


_APPEAL = rx(r"\böverklag\w*")
_APPLICATION = rx(
    r"\bansök\w*", r"\b11 kap\. 1 §", r"\bbiståndsbeslut\w*", r"\bbeslut om bistånd\b"
)


@rule(
    "IUB029",
    ref="L29",
    name="appeal_promised",
    title_sv="Överklagande utlovas för ett nej från utföraren",
    title_en="An appeal is promised against a provider's refusal",
    severity=Severity.warning,
    citation="SoL 35 kap. 1 §; 11 kap. 6 §",
)
def appeal_promised(ctx: Context) -> Iterator[Hit]:
    for field in catalog_texts(ctx.catalog):
        for sentence in sentences(field.text, full=True):
            if not _APPEAL.search(sentence) or _APPLICATION.search(sentence):
                continue
            if re.search(r"\b(inte|ej|kan inte)\b", sentence, re.IGNORECASE):
                continue
            yield Hit(
                f'"{clip(sentence)}": att en utförare säger nej till en insats utan '
                "behovsprövning går inte att överklaga (35 kap. 1 §). Skriv i stället att den "
                "enskilde alltid kan ansöka om insatser enligt 11 kap. 1 §, och att det beslutet "
                "kan överklagas.",
                f'"{clip(sentence)}": a provider\'s refusal of an intervention without needs '
                "assessment cannot be appealed (35 kap. 1 §). Say instead that the person can "
                "always apply under 11 kap. 1 §, and that that decision can be appealed.",
                field.path,
                field.intervention,
            )
            break


@rule(
    "IUB033",
    ref="L33",
    name="doubt_procedure_missing",
    title_sv="Det framgår inte vad utföraren gör vid tveksamhet, eller vart man vänder sig",
    title_en="No procedure for doubt, or no place to turn",
    severity=Severity.warning,
    citation="SoL 11 kap. 5–6 §§; 4 kap. 3 §",
    bill=True,
)
def doubt_procedure_missing(ctx: Context) -> Iterator[Hit]:
    catalog = ctx.catalog
    if not catalog.doubt_procedure:
        yield Hit(
            "Förteckningen säger inte vad utföraren gör när det är tveksamt om ett villkor är "
            "uppfyllt (ett otydligt intyg, en legitimation som verkar tillhöra någon annan). "
            "Skriv att den enskilde då hänvisas till socialnämnden, och hur (doubt_procedure).",
            "The catalog does not say what the provider does when it is doubtful whether a "
            "condition is met (an unclear certificate, an ID that seems to be someone else's). "
            "State that the person is then referred to the social committee, and how "
            "(doubt_procedure).",
            ("title",),
        )
    for index, item in ctx.interventions:
        if item.where_to_turn:
            continue
        yield Hit(
            f"Det framgår inte vart den enskilde vänder sig för att ta del av {item.title}. "
            "Ange enheten och hur den nås (where_to_turn); annars får invånaren bara "
            "förvaltningens allmänna kontakt.",
            f"The catalog does not say where the person turns to take part in {item.title}. "
            "Name the unit and how to reach it (where_to_turn); otherwise residents only get "
            "the administration's general contact.",
            (*ctx.base(index), "title"),
            index,
        )
