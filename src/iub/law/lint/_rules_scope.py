"""What may be IUB at all, and whether the committee decided it (L01–L05)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from iub.catalog import Intervention
from iub.law.lint._ages import age_text, reachable_ages
from iub.law.lint._model import Context, Hit, Path, Severity
from iub.law.lint._registry import rule
from iub.law.lint._text import clip, is_negated, rx, sentences

__all__: list[str] = []

# (pattern, point of 11 kap. 5 §, Swedish label, English label, residential)
# "residential" items (p. 5) are excluded for children and young people up to 20 only.
_NEVER: tuple[tuple[re.Pattern[str], str, str, str, bool], ...] = (
    (
        rx(r"\bkvalificerad\w* kontaktperson\w*", r"\bkontaktperson\w*", r"\bkontaktfamilj\w*"),
        "p. 1",
        "kontaktperson, kontaktfamilj eller kvalificerad kontaktperson",
        "contact person or contact family",
        False,
    ),
    (
        rx(r"\bfamiljehem(met|men|mens)?\b", r"\bfamiljehemsvård\w*", r"\bfamiljehemsplacer\w*"),
        "p. 2",
        "vård i familjehem",
        "care in a foster home (familjehem)",
        False,
    ),
    (
        rx(r"\blvm-hem\w*", r"\bvård enligt lvm\b"),
        "p. 3",
        "vård i LVM-hem",
        "care in an LVM home",
        False,
    ),
    (
        rx(r"\bsärskil\w* ungdomshem\w*", r"\bstatens institutionsstyrelse\b", r"\bsis-\w+"),
        "p. 4",
        "vård i särskilda ungdomshem",
        "care in a special youth home (SiS)",
        False,
    ),
    (
        rx(
            r"\bjourhem\w*",
            r"\bstödboende\w*",
            r"\bskyddat boende\b",
            r"\bskyddade boenden?\b",
            r"\bhvb\b",
            r"\bhvb-hem\w*",
            r"\bhem för vård eller boende\b",
            r"\bbehandlingshem\w*",
        ),
        "p. 5",
        "vård i jourhem, stödboende, skyddat boende eller annat HVB",
        "care in an emergency home, supported housing, sheltered housing or other HVB",
        True,
    ),
    (
        rx(
            r"\bsärskil\w* boende(form)?\w*",
            r"\bäldreboende\w*",
            r"\bvård- och omsorgsboende\w*",
            r"\bbostad med särskild service\b",
            r"\bbostad med särskilt stöd\b",
            r"\bgruppbostad\w*",
            r"\bservicebostad\w*",
            r"\bdemensboende\w*",
        ),
        "p. 6",
        "bostad i ett boende för äldre eller för personer med funktionsnedsättning",
        "housing in a residence for older people or people with disabilities",
        False,
    ),
    (
        rx(r"\bheldygnsvård\w*"),
        "p. 7",
        "vård i hem för viss annan heldygnsvård",
        "care in a home for other round-the-clock care",
        False,
    ),
)

_EDGE = rx(r"\bkorttidsvistelse\w*", r"\bkorttidsboende\w*", r"\bväxelvård\w*")

# A sentence about support *to* parents or relatives of someone placed is not the placement.
_ABOUT_OTHERS = rx(
    r"\bstöd till\b",
    r"\b(föräldra|kris|anhörig)stöd\w*",
    r"\b(anhöriga|närstående|föräldrar|förälder)\b",
    r"\bvars barn\b",
    r"\b(för|till|åt) (den|de) som (är|har)\b",
    r"\bplacera\w*\b",
)


# "Stöd till kontaktfamiljer", "Handledning för familjehem": support to them, not the thing.
_SUPPORT_TO = rx(
    r"\b(stöd|krisstöd|föräldrastöd|råd|rådgivning|utbildning|handledning|samtal|träffar|"
    r"grupp|nätverk)\w*\s+(till|för|åt)\b"
)


def _defining_texts(item: Intervention, base: Path) -> Iterator[tuple[Path, str]]:
    """The title, and the first sentence of the content: what the intervention *is*."""
    if _SUPPORT_TO.search(item.title):
        return
    yield (*base, "title"), item.title
    first = sentences(item.content)[:1]
    if first and not is_negated(first[0]) and not _ABOUT_OTHERS.search(first[0]):
        yield (*base, "content"), first[0]


@rule(
    "IUB001",
    ref="L01",
    name="never_iub",
    title_sv="Insatsen får aldrig ges utan individuell behovsprövning",
    title_en="The intervention always requires an individual needs assessment",
    severity=Severity.error,
    citation="SoL 11 kap. 5 § andra stycket p. 1–7",
)
def never_iub(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        for path, text in _defining_texts(item, ctx.base(index)):
            for pattern, point, label_sv, label_en, residential in _NEVER:
                found = pattern.search(text)
                if not found:
                    continue
                ages = reachable_ages(item)
                if residential and ages and min(ages) >= 21:
                    continue  # adults 21+: IUB002 flags it for review
                scope_sv = scope_en = ""
                if residential:
                    scope_sv = f" för barn och unga upp till 20 år (insatsen når {age_text(ages)})"
                    scope_en = (
                        f" for children and young people up to 20 "
                        f"(it reaches {age_text(ages, lang='en')})"
                    )
                yield Hit(
                    f'"{clip(found.group(0))}": {label_sv}{scope_sv} kräver alltid individuell '
                    f"behovsprövning (11 kap. 5 § {point}). Stryk insatsen ur förteckningen och "
                    "erbjud den efter ansökan och beslut enligt 11 kap. 1 §.",
                    f'"{clip(found.group(0))}": {label_en}{scope_en} always requires an '
                    f"individual needs assessment (11 kap. 5 § {point}). Remove it from the "
                    "catalog and provide it after an application and a decision under 11 kap. 1 §.",
                    path,
                    index,
                )
                break
            else:
                continue
            break


@rule(
    "IUB002",
    ref="L02",
    name="never_iub_edge",
    title_sv="Boende- eller heldygnsinsats som bör granskas juridiskt",
    title_en="Residential or round-the-clock intervention to review",
    severity=Severity.warning,
    citation="SoL 11 kap. 5 § andra stycket p. 5–6",
)
def never_iub_edge(ctx: Context) -> Iterator[Hit]:
    residential = next(entry for entry in _NEVER if entry[1] == "p. 5")[0]
    for index, item in ctx.interventions:
        for path, text in _defining_texts(item, ctx.base(index)):
            edge = _EDGE.search(text)
            adult = residential.search(text)
            ages = reachable_ages(item)
            if adult and not (ages and min(ages) >= 21):
                adult = None  # under 21: IUB001 reports it as an error
            found = edge or adult
            if found:
                yield Hit(
                    f'"{clip(found.group(0))}" är en boende- eller heldygnsinsats som inte '
                    "nämns ordagrant i 11 kap. 5 § men ligger nära p. 5–6. Låt en jurist pröva om "
                    "den får ges utan behovsprövning innan nämnden beslutar, och skriv skälen i "
                    "beslutet.",
                    f'"{clip(found.group(0))}" is a residential or round-the-clock intervention '
                    "not named word for word in 11 kap. 5 § but close to p. 5–6. Have a lawyer "
                    "review whether it may be given without a needs assessment before the "
                    "committee decides, and state the reasons in the decision.",
                    path,
                    index,
                )
                break


_ECONOMIC = rx(
    r"\bekonomiskt bistånd\b",
    r"\bförsörjningsstöd\w*",
    r"\bmatkort\w*",
    r"\bmatkass\w*",
    r"\bmatkupong\w*",
    r"\bpresentkort\w*",
    r"\bvärdecheck\w*",
    r"\bekonomiskt stöd\b",
    r"\bekonomisk hjälp\b",
    r"\bkontantbidrag\w*",
    r"\bkontant\w* (stöd|hjälp|ersättning|utbetalning)\w*",
    r"\bbidrag (till|för)\b",
    r"\butbetalning\w*",
)
# "rådgivning om ekonomiskt bistånd" is advice about it, not the assistance itself.
_ABOUT = re.compile(
    r"\b(om|kring|gällande|angående|söka|ansöka om|information om|hänvisning till)\s+$",
    re.IGNORECASE,
)


@rule(
    "IUB003",
    ref="L03",
    name="economic_need",
    title_sv="Insats för ekonomiska behov",
    title_en="Intervention for economic needs",
    severity=Severity.error,
    citation="SoL 11 kap. 5 §; 12 kap. 1 §",
)
def economic_need(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        for path, text in (((*base, "title"), item.title), ((*base, "content"), item.content)):
            hit = _economic_match(text)
            if hit:
                yield Hit(
                    f'"{clip(hit)}": insatser för ekonomiska behov (ekonomiskt bistånd, '
                    "pengar, matkort) kan inte ges utan individuell behovsprövning; 11 kap. 5 § "
                    "gäller bara personliga behov. Stryk insatsen eller gör om den till "
                    "rådgivning som inte ger pengar.",
                    f'"{clip(hit)}": interventions for economic needs (financial assistance, '
                    "money, food vouchers) cannot be given without a needs assessment; 11 kap. "
                    "5 § covers personal needs only. Remove it or turn it into advice that "
                    "gives no money.",
                    path,
                    index,
                )
                break


def _economic_match(text: str) -> str | None:
    for sentence in sentences(text):
        if is_negated(sentence):
            continue
        for match in _ECONOMIC.finditer(sentence):
            if _ABOUT.search(sentence[: match.start()]):
                continue
            return match.group(0)
    return None


@rule(
    "IUB004",
    ref="L04",
    name="no_committee_decision",
    title_sv="Nämndens beslut saknas",
    title_en="The committee's decision is missing",
    severity=Severity.error,
    citation="SoL 11 kap. 5 §; 4 kap. 2 §",
    bill=True,
)
def no_committee_decision(ctx: Context) -> Iterator[Hit]:
    decision = ctx.catalog.decision
    missing_sv: list[str] = []
    missing_en: list[str] = []
    if not decision.body:
        missing_sv.append("beslutande nämnd")
        missing_en.append("deciding committee")
    if not decision.date:
        missing_sv.append("datum för beslut")
        missing_en.append("decision date")
    if not decision.diarienummer:
        missing_sv.append("diarienummer/paragraf")
        missing_en.append("file number/paragraph")
    if not decision.valid_from:
        missing_sv.append("giltig från")
        missing_en.append("valid from")
    if missing_sv:
        yield Hit(
            f"Beslutsuppgifter saknas: {', '.join(missing_sv)}. Insatser får ges utan "
            "behovsprövning bara där socialnämnden har beslutat det; ange nämnden, datum, "
            "diarienummer och från när beslutet gäller innan förteckningen publiceras.",
            f"Decision data missing: {', '.join(missing_en)}. Interventions may be given "
            "without a needs assessment only where the social committee decided so; state the "
            "committee, the date, the file number and the start date before publishing.",
            ("decision",),
        )
    if decision.body and not re.search(r"nämnd", decision.body, re.IGNORECASE):
        yield Hit(
            f'Beslutande instans är "{clip(decision.body)}", inte en nämnd. Bara '
            "socialnämnden (eller den nämnd som fullgör dess uppgifter) kan besluta om insatser "
            "utan behovsprövning; låt nämnden fatta beslutet.",
            f'The deciding body is "{clip(decision.body)}", not a committee. Only the social '
            "committee can decide interventions without needs assessment; have the committee "
            "take the decision.",
            ("decision", "body"),
        )


_GENERIC = rx(
    r"\b(samtliga|alla)\s+(öppna\s+)?(insatser|verksamheter)\s+(inom|enligt|i|på)\b",
    r"\benligt\s+(bifogad|bilagd)\w*\s+(kartläggning|lista|förteckning)\w*",
    r"\benligt\s+kartläggningen\b",
)


@rule(
    "IUB005",
    ref="L05",
    name="generic_decision",
    title_sv="Beslutet namnger inte insatsen",
    title_en="The decision does not name the intervention",
    severity=Severity.error,
    citation="SoL 11 kap. 5 §",
    bill=True,
)
def generic_decision(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        for path, text in (((*base, "title"), item.title), ((*base, "content"), item.content)):
            found = _GENERIC.search(text)
            if found:
                yield Hit(
                    f'"{clip(found.group(0))}": nämnden ska besluta insats för insats; ett '
                    "samlat beslut om en hel verksamhet eller en kartläggning som inte finns i "
                    "förteckningen räcker inte. Lista varje insats för sig med innehåll, "
                    "målgrupp och villkor.",
                    f'"{clip(found.group(0))}": the committee decides intervention by '
                    "intervention; a blanket decision on a whole service or a survey not in the "
                    "catalog is not enough. List each intervention with its content, target "
                    "group and conditions.",
                    path,
                    index,
                )
                break
