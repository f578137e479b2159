"""Conditions a provider can check summarily, and that agree with the target group
(L06–L08, L31, L32)."""

from __future__ import annotations

from collections.abc import Iterator

from iub.catalog import (
    Age,
    AllOf,
    AnyOf,
    Condition,
    Intervention,
    LivesIn,
    Manual,
    NotOf,
    RegisteredIn,
    School,
)
from iub.facts import Evidence
from iub.law.lint._ages import age_text, conditions_ages, has_age_leaf, target_ages
from iub.law.lint._model import Context, Hit, Path, Severity
from iub.law.lint._registry import rule
from iub.law.lint._text import clip, rx

__all__: list[str] = []


def condition_paths(item: Intervention, base: Path) -> Iterator[tuple[Path, Condition]]:
    """Every condition node of an intervention with its YAML path."""

    def walk(nodes: list[Condition], at: Path) -> Iterator[tuple[Path, Condition]]:
        for index, node in enumerate(nodes):
            path = (*at, index)
            yield path, node
            if isinstance(node, AllOf):
                yield from walk(node.all, (*path, "all"))
            elif isinstance(node, AnyOf):
                yield from walk(node.any, (*path, "any"))
            elif isinstance(node, NotOf):
                yield from walk([node.not_], (*path, "not"))

    yield from walk(item.conditions, (*base, "conditions"))


def _wording(node: Condition) -> str:
    parts = [node.text]
    if isinstance(node, Manual) and node.question:
        parts.append(node.question)
    return " ".join(p for p in parts if p)


_ASSESSMENT = rx(
    r"\b(bedömer|bedöms|bedömning|bedömt|bedömd|avgör|avgörs|prövar|prövas|utreds|utredning)\b"
    r"[^.]*\b(behov|lämplig\w*)",
    r"\b(behov|lämplig\w*)\w*[^.]*\b(bedömer|bedöms|bedömning|bedömt|bedömd|avgör|prövas)\b",
    r"\befter (individuell |en )?bedömning\b",
    r"\bvid behov\b",
    r"\bbehovsbedöm\w*",
    r"\befter utredning\b",
)
_JUDGEMENT = rx(
    r"\bsjälvupplev\w*",
    r"\bsjälvuppfatta\w*",
    r"\begenupplev\w*",
    r"\bupplever\b",
    r"\bkänner sig\b",
    r"\bbehov av\b",
    r"\bi behov\b",
    r"\bbedöm\w*",
    r"\blämplig\w*",
    r"\briskzon\w*",
    r"\brisk för\b",
    r"\boro för\b",
    r"\bmotiverad\w*",
)


@rule(
    "IUB006",
    ref="L06",
    name="needs_assessment_in_condition",
    title_sv="Villkoret kräver en behovsbedömning",
    title_en="The condition requires an assessment of need",
    severity=Severity.error,
    citation="SoL 11 kap. 5 §; 4 kap. 3 §",
    bill=True,
)
def needs_assessment_in_condition(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        for path, node in condition_paths(item, ctx.base(index)):
            found = _ASSESSMENT.search(_wording(node))
            if found:
                yield Hit(
                    f'Villkoret "{clip(node.text or found.group(0))}" kräver att utföraren '
                    "bedömer behov eller lämplighet. En insats utan behovsprövning har ingen "
                    "sådan bedömning, och utföraren får inte utöva myndighet. Skriv villkoret "
                    "som ett faktum som kan kontrolleras (ålder, folkbokföring, intyg) eller "
                    "låt insatsen ges efter ansökan enligt 11 kap. 1 §.",
                    f'The condition "{clip(node.text or found.group(0))}" asks the provider '
                    "to assess need or suitability. An intervention without needs assessment has "
                    "no such assessment, and a provider may not exercise public authority. Word "
                    "it as a checkable fact (age, registration, a certificate) or provide the "
                    "intervention after an application under 11 kap. 1 §.",
                    (*path, "text"),
                    index,
                )


@rule(
    "IUB007",
    ref="L07",
    name="unverifiable_condition",
    title_sv="Villkoret går inte att kontrollera summariskt",
    title_en="The condition cannot be checked summarily",
    severity=Severity.warning,
    citation="SoL 11 kap. 5 §",
    bill=True,
)
def unverifiable_condition(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        for path, node in condition_paths(item, ctx.base(index)):
            wording = _wording(node)
            if _ASSESSMENT.search(wording):
                continue  # IUB006 reports it as an error
            found = _JUDGEMENT.search(wording)
            if found:
                yield Hit(
                    f'Villkoret "{clip(node.text)}" bygger på en värdering '
                    f'("{found.group(0)}"), inte på ett faktum som utföraren kan kontrollera '
                    "med en handling. Flytta värderingen till målgruppen och skriv villkoret så "
                    "att det kan kontrolleras: ålder, folkbokföring, intyg eller den enskildes "
                    "egen uppgift om en omständighet.",
                    f'The condition "{clip(node.text)}" rests on a judgement '
                    f'("{found.group(0)}"), not a fact the provider can check against a '
                    "document. Move the judgement to the target group and word the condition so "
                    "it can be checked: age, registration, a certificate, or the person's own "
                    "statement of a circumstance.",
                    (*path, "text"),
                    index,
                )
            elif isinstance(node, Manual):
                yield Hit(
                    f'Villkoret "{clip(node.text)}" är inte strukturerat: utföraren får bara '
                    "en ja/nej-fråga. Kontrollera att det är ett faktum som kan visas med en "
                    "handling, och ange vilken.",
                    f'The condition "{clip(node.text)}" is not structured: the provider only '
                    "gets a yes/no question. Make sure it is a fact shown by a document, and "
                    "say which.",
                    (*path, "text"),
                    index,
                    Severity.info,
                )


_UNEQUAL = rx(
    r"\b(endast|bara|enbart)\s+(kvinnor|män|flickor|pojkar|tjejer|killar)\b",
    r"\b(svensk|utländsk)\w* (medborgar|bakgrund|härkomst)\w*",
    r"\b(invandrar|nyanländ|etnisk|religi|trosuppfattning)\w*",
    r"\bfödda? i\b",
    r"\btalar svenska\b",
    r"\bsvenska språket\b",
)


@rule(
    "IUB008",
    ref="L08",
    name="unequal_condition",
    title_sv="Villkoret skiljer på kommuninvånare",
    title_en="The condition treats residents differently",
    severity=Severity.warning,
    citation="Kommunallagen 2 kap. 3 §",
    bill=True,
)
def unequal_condition(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        for path, node in condition_paths(item, ctx.base(index)):
            found = _UNEQUAL.search(_wording(node))
            if found:
                yield Hit(
                    f'Villkoret "{clip(node.text)}" skiljer på invånare efter '
                    f'"{found.group(0)}". Det kräver sakliga skäl; skriv skälen i beslutet '
                    "eller ta bort villkoret.",
                    f'The condition "{clip(node.text)}" distinguishes residents by '
                    f'"{found.group(0)}". That needs an objective reason; state it in the '
                    "decision or drop the condition.",
                    (*path, "text"),
                    index,
                )


@rule(
    "IUB031",
    ref="L31",
    name="target_condition_mismatch",
    title_sv="Målgrupp och villkor anger olika åldrar",
    title_en="Target group and conditions disagree on age",
    severity=Severity.warning,
    citation="SoL 5 kap. 1 §",
    bill=True,
)
def target_condition_mismatch(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        stated = target_ages(item.target_group)
        if stated is None:
            continue
        person = has_age_leaf(item, "person")
        decided = conditions_ages(item, "person")
        if person and decided == stated:
            continue
        # "Unga från 15 år till 21 år" may describe the offender in mediation after crime.
        if (
            not person
            and has_age_leaf(item, "offender")
            and conditions_ages(item, "offender") == stated
        ):
            continue
        target_sv, target_en = age_text(stated), age_text(stated, lang="en")
        if not person:
            sv = (
                f"Målgruppen avser {target_sv} men villkoren begränsar inte åldern. Utföraren "
                "kontrollerar bara villkoren, så den som är yngre uppfyller dem. Lägg till "
                f"ett åldersvillkor ({target_sv}) eller skriv målgruppen så att den stämmer."
            )
            en = (
                f"The target group says {target_en} but the conditions set no age. The provider "
                "checks the conditions only, so younger people meet them. Add an age condition "
                f"({target_en}) or reword the target group to match."
            )
        else:
            sv = (
                f"Målgruppen avser {target_sv} men villkoren anger {age_text(decided)}. Utföraren "
                "kontrollerar bara villkoren. Bestäm vilken ålder som gäller och skriv samma "
                "i båda."
            )
            en = (
                f"The target group says {target_en} but the conditions say "
                f"{age_text(decided, lang='en')}. The provider checks the conditions only. "
                "Decide which ages apply and state the same in both."
            )
        yield Hit(sv, en, (*ctx.base(index), "target_group"), index)


def _residence(item: Intervention) -> bool:
    return any(isinstance(n, RegisteredIn | LivesIn | School) for n in item.nodes())


_BOSATT = rx(r"\bbosatt\w*", r"\bbor i\b")
_FOLKBOKFORD = rx(r"\bfolkbokför\w*")


@rule(
    "IUB032",
    ref="L32",
    name="residence_wording",
    title_sv="Bosättningsvillkoret är oklart eller saknas",
    title_en="The residence condition is unclear or missing",
    severity=Severity.info,
    citation="SoL 29 kap. 1 och 3 §§; kommunallagen 2 kap. 3 §",
    bill=True,
)
def residence_wording(ctx: Context) -> Iterator[Hit]:
    items = ctx.interventions
    with_residence = [index for index, item in items if _residence(item)]
    for index, item in items:
        base = ctx.base(index)
        leaves = list(item.leaves())
        lives = [n for n in leaves if isinstance(n, LivesIn)]
        registered = [n for n in leaves if isinstance(n, RegisteredIn) and n.subject == "person"]
        if lives and registered:
            yield Hit(
                'Villkoren blandar "bosatt i" (var personen faktiskt bor, 29 kap. 1 §) och '
                '"folkbokförd i" (en registeruppgift). Det är två olika villkor; välj ett, '
                "och helst folkbokföring, som kan kontrolleras i registret.",
                'The conditions mix "bosatt i" (where the person actually lives, 29 kap. 1 §) '
                'and "folkbokförd i" (a register fact). They are different conditions; choose '
                "one, preferably registration, which the register shows.",
                (*base, "conditions"),
                index,
                Severity.warning,
            )
        for node in lives:
            if node.evidence is Evidence.own_statement:
                yield Hit(
                    f'"{clip(node.text)}": villkoret säger inte hur boendet visas. Ange '
                    "handlingen (hyresavtal, intyg) eller använd folkbokföring.",
                    f'"{clip(node.text)}": the condition does not say how residence is shown. '
                    "Name the document (rental contract, certificate) or use registration.",
                    (*base, "conditions"),
                    index,
                )
        wording = " ".join(n.text for n in leaves)
        if (
            registered
            and not lives
            and _BOSATT.search(wording)
            and not _FOLKBOKFORD.search(wording)
        ):
            yield Hit(
                'Villkorstexten säger "bosatt" men villkoret kontrolleras som folkbokföring. '
                'Skriv "folkbokförd i" i texten, eller gör villkoret till ett boendevillkor '
                "med angiven handling.",
                'The condition text says "bosatt" but the condition is checked as '
                'registration. Write "folkbokförd i", or make it a residence condition with '
                "a named document.",
                (*base, "conditions"),
                index,
            )
        others = [i for i in with_residence if i != index]
        if not _residence(item) and len(items) > 2 and len(others) * 2 >= len(items) - 1:
            yield Hit(
                f"Insatsen har inget villkor om folkbokföring eller boende, men {len(others)} av "
                f"förteckningens {len(items) - 1} andra insatser har det. Är det avsiktligt, "
                "skriv det; annars lägg till villkoret så att invånarna behandlas lika.",
                f"The intervention has no registration or residence condition, while "
                f"{len(others)} of the catalog's {len(items) - 1} other interventions have one. "
                "If that is intended, say so; otherwise add the condition so residents are "
                "treated alike.",
                (*base, "conditions") if item.conditions else (*base, "title"),
                index,
            )


@rule(
    "IUB040",
    ref="L31",
    name="method_age_wider",
    title_sv="En metods åldrar är vidare än insatsens villkor",
    title_en="A method's ages are wider than the intervention's conditions",
    severity=Severity.warning,
    citation="SoL 11 kap. 5 §; 5 kap. 1 §",
)
def method_age_wider(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        if not has_age_leaf(item, "person"):
            continue
        decided = conditions_ages(item, "person")
        for number, method in enumerate(item.methods):
            stated = target_ages(method.target_group)
            if stated is None or stated <= decided:
                continue
            outside = stated - decided
            yield Hit(
                f'Metoden "{clip(method.name)}" riktar sig till {age_text(stated)}, men '
                f"insatsens villkor släpper bara in {age_text(decided)}. Den som är "
                f"{age_text(outside)} kan inte få metoden. Skriv metodens målgrupp så att den "
                "ryms i villkoren, eller ändra villkoren.",
                f'The method "{clip(method.name)}" is for {age_text(stated, lang="en")}, but '
                f"the intervention's conditions admit only {age_text(decided, lang='en')}. "
                f"People {age_text(outside, lang='en')} cannot get the method. Write the "
                "method's target group within the conditions, or change the conditions.",
                (*ctx.base(index), "methods", number, "target_group"),
                index,
            )


#: Words that give a reason: "eftersom", "på grund av", "skälet är", "med hänsyn till".
_REASON = rx(
    r"\beftersom\b",
    r"\bdå\s+(insatsen|metoden|gruppen|verksamheten)\b",
    r"\bpå grund av\b",
    r"\bskäl\w*",
    r"\banledning\w*",
    r"\bmotiv\w*",
    r"\bdärför att\b",
    r"\bmed hänsyn till\b",
    r"\bför att\b",
)
_ADULT = 18
_ELDERLY = 65
#: Youth interventions commonly reach young adults ("unga 13–21 år", "unga vuxna upp till 25
#: år"); such an upper bound defines the young target group rather than shutting adults out.
_YOUNG_ADULT = 25


def _adult_limit(node: Age) -> tuple[str, str] | None:
    """Which adults an age condition shuts out, as (field, Swedish span): ("max", "över 65
    år"), ("min", "18–19 år"); None when it shuts out no adult, or only past a youth age."""
    if node.subject != "person":
        return None
    if node.min is not None and node.min > _ADULT:
        low = f"{_ADULT}–{node.min - 1} år" if node.min - 1 > _ADULT else f"{_ADULT} år"
        return "min", low
    if node.max is None or not _ADULT <= node.max < 130:
        return None
    youth = node.min is not None and node.min < _ADULT and node.max <= _YOUNG_ADULT
    if youth or (node.min is not None and node.min >= _ELDERLY):
        return None
    return "max", f"över {node.max} år"


@rule(
    "IUB041",
    ref="L08",
    name="adult_age_limit_unexplained",
    title_sv="Åldersgräns för vuxna utan angivet skäl",
    title_en="An age limit on adults with no stated reason",
    severity=Severity.info,
    citation="Kommunallagen 2 kap. 3 §; SoL 11 kap. 5 §",
    bill=True,
)
def adult_age_limit_unexplained(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        wording = " ".join(filter(None, [item.content, item.target_group, item.minors_statement]))
        for path, node in condition_paths(item, base):
            if not isinstance(node, Age) or (limit := _adult_limit(node)) is None:
                continue
            key, shut_out = limit
            if _REASON.search(node.text or "") or _REASON.search(wording):
                continue
            yield Hit(
                f'Villkoret "{clip(node.text or shut_out)}" stänger ute vuxna {shut_out} '
                "utan att "
                "förteckningen säger varför. En åldersgräns bland vuxna skiljer på "
                "kommuninvånare och kräver sakliga skäl; skriv skälet i beslutet eller "
                "insatsens beskrivning.",
                f'The condition "{clip(node.text or shut_out)}" shuts out adults {shut_out} '
                "without "
                "the catalog saying why. An age limit among adults treats residents "
                "differently and needs an objective reason; state it in the decision or the "
                "intervention's description.",
                (*path, key),
                index,
            )
            break
