"""References to the law, fees, extent, copied text and the decision's validity
(L27, L28, L30, L34, L35 and L38)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator

from iub.law.lint._model import Context, Hit, Path, Severity
from iub.law.lint._registry import rule
from iub.law.lint._text import catalog_texts, clip, intervention_texts, rx, sentences

__all__: list[str] = []

_NEW_LAW_IN_FORCE = dt.date(2025, 7, 1)

# (pattern, what it was, what it is now) — old SoL (2001:453) references.
_OLD: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        rx(r"\b4 kap\.? 1 §[^.]*\b(bistånd|ansök)\w*", r"\b(bistånd|ansök)\w*[^.]*\b4 kap\.? 1 §"),
        "4 kap. 1 § (bistånd i gamla SoL)",
        "11 kap. 1 § (personliga behov) eller 12 kap. 1 § (ekonomiskt bistånd)",
    ),
    (rx(r"\b4 kap\.? 2 ?a §"), "4 kap. 2 a § (förenklat beslutsfattande, upphävd)", "11 kap. 5 §"),
    (rx(r"\b3 kap\.? 6 ?a §"), "3 kap. 6 a § (barn, gamla SoL)", "21 kap. 1–2 §§"),
    (rx(r"\b5 kap\.? 10 §"), "5 kap. 10 § (anhörigstöd, gamla SoL)", "13 kap. 9 §"),
    (
        rx(r"\b2 kap\.? 1 §[^.]*\byttersta ansvar\w*", r"\byttersta ansvar\w*[^.]*\b2 kap\.? 1 §"),
        "2 kap. 1 § (yttersta ansvaret, gamla SoL)",
        "4 kap. 1 §",
    ),
    (
        rx(r"\bserviceinsats\w*"),
        '"serviceinsats" (en kategori i gamla SoL)',
        "insats enligt 11 kap. 5 §",
    ),
)
_OLD_ACT = rx(r"\b2001:453\b")
_PAST = rx(r"\b(tidigare|gamla|upphävd\w*|ersatt\w*|nuvarande|numera)\b")
_DOC_11_5 = rx(r"\b11 kap\.? 5 §")


@rule(
    "IUB027",
    ref="L27",
    name="old_law_reference",
    title_sv="Hänvisning till den upphävda socialtjänstlagen (2001:453)",
    title_en="Reference to the repealed Social Services Act (2001:453)",
    severity=Severity.warning,
    citation="Övergångsbestämmelserna till SoL (2025:400) p. 2",
)
def old_law_reference(ctx: Context) -> Iterator[Hit]:
    valid_from = ctx.catalog.decision.valid_from or ctx.catalog.decision.date
    if valid_from is not None and valid_from < _NEW_LAW_IN_FORCE:
        return
    for field in catalog_texts(ctx.catalog):
        for sentence in sentences(field.text):
            old = None
            for pattern, was, now in _OLD:
                if pattern.search(sentence):
                    old = (was, now)
                    break
            if old is None and _OLD_ACT.search(sentence) and not _PAST.search(sentence):
                old = ("socialtjänstlagen (2001:453)", "socialtjänstlagen (2025:400)")
            if (
                old is None
                and field.key == "text"
                and "documentation" in field.path
                and _DOC_11_5.search(sentence)
                and not re.search(r"14 kap", sentence)
            ):
                old = ("11 kap. 5 § som dokumentationsregel (gamla SoL)", "14 kap. 3–5 §§")
            if old is None:
                continue
            yield Hit(
                f'"{clip(sentence)}" hänvisar till {old[0]}. Sedan 2025-07-01 gäller '
                f"socialtjänstlagen (2025:400); hänvisa till {old[1]}.",
                f'"{clip(sentence)}" refers to {old[0]}. Since 2025-07-01 the Social Services '
                f"Act (2025:400) applies; cite {old[1]}.",
                field.path,
                field.intervention,
            )
            break


# (pattern, what is wrong, the right section)
_WRONG: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        rx(r"\b13 kap\.? 8 §[^.]*\banhörig\w*", r"\banhörig\w*[^.]*\b13 kap\.? 8 §"),
        "13 kap. 8 § gäller stöd till den som utövar våld",
        "anhörigstöd är 13 kap. 9 §",
    ),
    (
        rx(
            r"\b29 kap\.? 1 §[^.]*\byttersta ansvar\w*",
            r"\byttersta ansvar\w*[^.]*\b29 kap\.? 1 §",
        ),
        "29 kap. 1 § gäller bosättningskommun",
        "det yttersta ansvaret är 4 kap. 1 §",
    ),
    (
        rx(
            r"\b11 kap\.? 4 §[^.]*\butan (individuell )?behovspröv\w*",
            r"\butan (individuell )?behovspröv\w*[^.]*\b11 kap\.? 4 §",
        ),
        "11 kap. 4 § gäller extra insatser efter behovsprövning",
        "insatser utan behovsprövning är 11 kap. 5 §",
    ),
    (
        rx(r"\binformationsskyldighet\w*\s+(enligt|i)\s+11 kap\.? [0-57-9] §"),
        "informationsskyldigheten citeras fel",
        "den finns i 11 kap. 6 §",
    ),
    (
        rx(r"\b21 kap\.? 1 §[^.]*\butan (individuell )?behovspröv\w*"),
        "21 kap. 1 § gäller behovsprövade insatser till barn",
        "barn och insatser utan behovsprövning är 21 kap. 2 §",
    ),
)


@rule(
    "IUB028",
    ref="L28",
    name="wrong_section",
    title_sv="Fel paragraf",
    title_en="Wrong section",
    severity=Severity.warning,
    citation="SoL (2025:400), paragraferna som anges",
)
def wrong_section(ctx: Context) -> Iterator[Hit]:
    for field in catalog_texts(ctx.catalog):
        wrong = None
        for pattern, what, right in _WRONG:
            if found := pattern.search(field.text):
                wrong = (found.group(0), what, right)
                break
        if wrong is None and field.key == "citation" and re.search(r"\b21 kap\.? 1 §", field.text):
            wrong = (
                field.text,
                "21 kap. 1 § gäller behovsprövade insatser till barn",
                "barn och insatser utan behovsprövning är 21 kap. 2 §",
            )
        if wrong is None:
            continue
        yield Hit(
            f'"{clip(wrong[0])}": {wrong[1]}; {wrong[2]}. Rätta hänvisningen.',
            f'"{clip(wrong[0])}": wrong section ({wrong[1]}); {wrong[2]}. Correct the reference.',
            field.path,
            field.intervention,
        )


_TREATMENT = rx(
    r"\bbehandling\w*",
    r"\b\w*terapi\b",
    r"\bantabus\w*",
    r"\bmotivational enhancement\b",
    r"\båterfallsprevention\b",
    r"\bcraft\b",
)
_FREE = rx(
    r"\b(ingen|inga|utan) avgift\w*",
    r"\bavgiftsfri\w*",
    r"\bkostnadsfri\w*",
    r"\b0 kr\b",
    r"\bgratis\b",
)


@rule(
    "IUB030",
    ref="L30",
    name="fee_on_treatment",
    title_sv="Avgift för en insats av behandlingskaraktär",
    title_en="Fee for an intervention of treatment character",
    severity=Severity.warning,
    citation="SoL 32 kap. 1–2 §§",
)
def fee_on_treatment(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        if not item.fee or _FREE.search(item.fee):
            continue
        base = ctx.base(index)
        treatment = next(
            (m for _, t in intervention_texts(item, base) if (m := _TREATMENT.search(t))), None
        )
        if treatment:
            yield Hit(
                f'Insatsen har en avgift ("{clip(item.fee)}") men är av behandlingskaraktär '
                f'("{treatment.group(0)}"). För insatser av behandlingskaraktär får avgift inte '
                "tas ut (32 kap. 2 §); ta bort avgiften eller skriv vilken del som inte är "
                "behandling.",
                f'The intervention has a fee ("{clip(item.fee)}") but is of treatment '
                f'character ("{treatment.group(0)}"). No fee may be charged for treatment '
                "(32 kap. 2 §); drop the fee or say which part is not treatment.",
                (*base, "fee"),
                index,
            )


def _revise_text(days: int) -> tuple[str, str]:
    return (f"om {days} dagar", f"in {days} days") if days else ("i dag", "today")


@rule(
    "IUB034",
    ref="L34",
    name="validity_missing",
    title_sv="Giltighetstid eller revideringsdatum saknas, har passerat eller är fel",
    title_en="Validity or revise-by date missing, passed or wrong",
    severity=Severity.info,
    citation="SoL 11 kap. 5 §; 5 kap. 2 §; kommunal praxis (giltighetstid, revideras senast)",
)
def validity(ctx: Context) -> Iterator[Hit]:
    decision = ctx.catalog.decision
    today = ctx.today
    if decision.valid_from and decision.valid_to and decision.valid_from > decision.valid_to:
        yield Hit(
            f"Giltighetstiden börjar {decision.valid_from} men slutar {decision.valid_to}, före "
            "starten. Rätta datumen.",
            f"Validity starts {decision.valid_from} but ends {decision.valid_to}, before it "
            "starts. Correct the dates.",
            ("decision", "valid_to"),
            severity=Severity.error,
        )
    elif decision.valid_to and decision.valid_to < today:
        yield Hit(
            f"Beslutet gällde till {decision.valid_to} och har upphört. Insatserna saknar nu "
            "beslut; låt nämnden besluta om en ny förteckning.",
            f"The decision was valid until {decision.valid_to} and has expired. The "
            "interventions now lack a decision; have the committee decide a new catalog.",
            ("decision", "valid_to"),
            severity=Severity.error,
        )
    if decision.revise_by is None:
        yield Hit(
            "Förteckningen anger inte när den senast ska revideras. Ange ett datum (Revideras "
            "senast) så att nämnden prövar insatserna och villkoren på nytt.",
            "The catalog gives no revise-by date. Set one so that the committee reviews the "
            "interventions and conditions again.",
            ("decision",),
        )
        return
    days = (decision.revise_by - today).days
    if days < 0:
        yield Hit(
            f"Förteckningen skulle ha reviderats senast {decision.revise_by} "
            f"({-days} dagar sedan). Låt nämnden revidera och besluta den på nytt innan den "
            "publiceras.",
            f"The catalog was due for revision by {decision.revise_by} ({-days} days ago). "
            "Have the committee revise and decide it again before publishing.",
            ("decision", "revise_by"),
            severity=Severity.error,
        )
    elif days <= 60:
        when_sv, when_en = _revise_text(days)
        yield Hit(
            f"Förteckningen ska revideras senast {decision.revise_by} ({when_sv}). Planera in "
            "revideringen och nämndens beslut.",
            f"The catalog is due for revision by {decision.revise_by} ({when_en}). Plan the "
            "revision and the committee's decision.",
            ("decision", "revise_by"),
            severity=Severity.warning,
        )
    if decision.valid_from and decision.revise_by < decision.valid_from:
        yield Hit(
            f"Revideringsdatumet {decision.revise_by} ligger före giltighetens start "
            f"{decision.valid_from}. Rätta datumen.",
            f"The revise-by date {decision.revise_by} is before the start of validity "
            f"{decision.valid_from}. Correct the dates.",
            ("decision", "revise_by"),
            severity=Severity.error,
        )


_HOME_SERVICE = rx(
    r"\bhemtjänst\w*",
    r"\bserviceinsats\w*",
    r"\bstädning\w*",
    r"\btvätt\w*",
    r"\binköp\w*",
    r"\bledsagning\w*",
    r"\btrygghetslarm\w*",
    r"\bmatdistribution\w*",
)
_EXTENT = rx(
    r"\b\d+\s*(timm\w*|tim|h|tillfällen|gånger|besök|samtal|träffar)\b",
    r"\b(per|i|varje)\s+(vecka|månad|år)\b",
)


@rule(
    "IUB035",
    ref="L35",
    name="extent_missing",
    title_sv="Omfattningen saknas för en ransonerad insats",
    title_en="Extent missing for a rationed intervention",
    severity=Severity.info,
    citation="SoL 10 kap. 4 §",
    bill=True,
)
def extent_missing(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        found = _HOME_SERVICE.search(f"{item.title}. {item.content}")
        if not found:
            continue
        stated = " ".join(t for t in (item.extent, item.content) if t)
        stated += " " + " ".join(m.extent or "" for m in item.methods)
        if _EXTENT.search(stated):
            continue
        yield Hit(
            f'"{clip(found.group(0))}" ges i hemmet men insatsen anger ingen omfattning '
            "(timmar eller tillfällen). Ange omfattningen så att utföraren vet vad som ingår och "
            "den enskilde kan välja när och hur den ges (10 kap. 4 §).",
            f'"{clip(found.group(0))}" is given at home but the intervention states no '
            "extent (hours or sessions). State it so the provider knows what is included and "
            "the person can choose when and how it is given (10 kap. 4 §).",
            (*base, "extent") if item.extent else (*base, "content"),
            index,
        )


# Subjects an intervention is about; copied text that names another subject misleads.
_SUBJECTS: dict[str, tuple[re.Pattern[str], str, str]] = {
    "substance": (
        rx(
            r"\bskadligt bruk\b",
            r"\bberoende\w*",
            r"\bmissbruk\w*",
            r"\bsubstansbruk\w*",
            r"\balkohol\w*",
            r"\bnarkotika\w*",
            r"\bdrog\w*",
        ),
        "skadligt bruk eller beroende",
        "substance use",
    ),
    "crime": (
        rx(r"\bkriminal\w*", r"\bkriminell\w*", r"\bbrott\w*"),
        "kriminalitet",
        "crime",
    ),
    "violence": (rx(r"\bvåld\w*"), "våld", "violence"),
    "mental": (rx(r"\bpsykisk\w*"), "psykisk ohälsa", "mental ill-health"),
    "gambling": (rx(r"\bspel om pengar\b", r"\bspelberoende\w*"), "spel om pengar", "gambling"),
}


def _subjects(text: str) -> set[str]:
    return {name for name, (pattern, _, _) in _SUBJECTS.items() if pattern.search(text)}


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


@rule(
    "IUB038",
    ref="L38",
    name="copied_text",
    title_sv="Kopierad text som handlar om en annan insats ämne",
    title_en="Copied text about another intervention's subject",
    severity=Severity.info,
    citation="SoL 5 kap. 1 §",
)
def copied_text(ctx: Context) -> Iterator[Hit]:
    owners: dict[str, list[tuple[int, Path]]] = defaultdict(list)
    original: dict[str, str] = {}
    for index, item in ctx.interventions:
        for path, text in intervention_texts(item, ctx.base(index)):
            if path[-1] not in {"content", "description"}:
                continue
            for sentence in sentences(text):
                if len(sentence) >= 40:
                    owners[_normal(sentence)].append((index, path))
                    original.setdefault(_normal(sentence), sentence)
    for index, item in ctx.interventions:
        own = _subjects(f"{item.title}. {item.target_group or ''}")
        if not own:
            continue
        strays: dict[str, tuple[Path, str, list[str]]] = {}
        for key, places in owners.items():
            here = [path for i, path in places if i == index]
            sources = sorted({ctx.catalog.interventions[i].title for i, _ in places if i != index})
            if not here or not sources:
                continue
            for subject in _subjects(key) - own:
                strays.setdefault(subject, (here[0], original[key], sources))
        for subject, (path, sentence, sources) in strays.items():
            _, label_sv, label_en = _SUBJECTS[subject]
            yield Hit(
                f'Texten "{clip(sentence, 70)}" finns också i {", ".join(sources)} och talar om '
                f"{label_sv}, men {item.title} gäller något annat. Skriv om texten så att den "
                "beskriver den här insatsen.",
                f'The text "{clip(sentence, 70)}" also appears in {", ".join(sources)} and '
                f"speaks of {label_en}, but {item.title} is about something else. Rewrite it to "
                "describe this intervention.",
                path,
                index,
            )
