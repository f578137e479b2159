"""Children and their guardians' consent (L09–L14).

The statutory layer already asks for all guardians' consent in the product (SoL 21 kap. 2 §),
so silence in the catalog is a warning: the printed guideline should still say it. A catalog
that lets a child under 15 in without all guardians' consent is an error: it says something
unlawful to everyone who reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from iub.catalog import GuardianConsent, Intervention
from iub.law.lint._ages import (
    ALL_AGES,
    UNDER_15,
    YOUTH_15_17,
    age_text,
    consent_leaves,
    reachable_ages,
)
from iub.law.lint._model import Context, Hit, Path, Severity
from iub.law.lint._registry import rule
from iub.law.lint._rules_conditions import condition_paths
from iub.law.lint._text import clip, intervention_texts, rx, sentences

__all__: list[str] = []

_CONSENT = rx(r"\bsamtyck\w*")


def _statements(item: Intervention, base: Path) -> Iterator[tuple[Path, str]]:
    """The committee's words about children: condition texts and the minors statement."""
    for path, node in condition_paths(item, base):
        if node.text:
            yield (*path, "text"), node.text
    if item.minors_statement:
        yield (*base, "minors_statement"), item.minors_statement


def _speaks_of_consent(item: Intervention, base: Path) -> bool:
    if any(leaf.below_age >= 15 for leaf in consent_leaves(item)):
        return True
    return any(_CONSENT.search(text) for _, text in _statements(item, base))


def _silent(item: Intervention, base: Path) -> bool:
    """Children under 15 can take part and nothing in the conditions speaks of consent."""
    return bool(reachable_ages(item) & UNDER_15) and not _speaks_of_consent(item, base)


@rule(
    "IUB009",
    ref="L09",
    name="child_no_consent_rule",
    title_sv="Villkoren säger inget om vårdnadshavares samtycke",
    title_en="The conditions say nothing about guardians' consent",
    severity=Severity.warning,
    citation="SoL 21 kap. 2 §; FB 6 kap. 13 §",
)
def child_no_consent_rule(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        if not _silent(item, base):
            continue
        ages = reachable_ages(item)
        also_sv = also_en = ""
        if ages & YOUTH_15_17 and item.minors_without_consent is None:
            also_sv = (
                " Ta också ställning till om barn från 15 år får delta utan samtycke (nämnden "
                "ska då ha bedömt det lämpligt)."
            )
            also_en = (
                " Also decide whether children from 15 may take part without consent (the "
                "committee must then have judged it suitable)."
            )
        who_sv = "målgruppen nämner barn" if ages == ALL_AGES else age_text(ages)
        who_en = (
            "the target group names children" if ages == ALL_AGES else age_text(ages, lang="en")
        )
        yield Hit(
            f"Barn under 15 år kan ta del av insatsen ({who_sv}), men villkoren säger "
            "inget om vårdnadshavares samtycke. Produkten kräver samtycke ändå, men riktlinjen "
            'ska säga det: lägg till villkoret "För barn som inte fyllt 15 år krävs samtliga '
            f'vårdnadshavares samtycke".{also_sv}',
            f"Children under 15 can take part ({who_en}), but the conditions "
            "say nothing about guardians' consent. The product requires it anyway, but the "
            "guideline should say so: add the condition that children under 15 need all "
            f"guardians' consent.{also_en}",
            (*base, "conditions") if item.conditions else (*base, "target_group"),
            index,
        )


_TWELVE = rx(
    r"\b(från|över|fyllt)\s+1[0-4]\s+år\b[^.]*\butan\b[^.]*\bsamtyck\w*",
    r"\butan\b[^.]*\bsamtyck\w*[^.]*\b(från|över|fyllt)\s+1[0-4]\s+år\b",
)
_PERMISSION = r"(samtyck\w*|medgivande\w*|godkännande\w*|tillstånd\w*)"
#: Wording that waives the guardians' consent, whatever the phrasing: "utan samtycke från
#: vårdnadshavare", "utan föräldrarnas medgivande", "samtycke från vårdnadshavare behövs inte",
#: "inget samtycke krävs", "vårdnadshavarna behöver inte samtycka".
_WAIVED = rx(
    rf"\butan\s+(?:\w+\s+){{0,3}}?{_PERMISSION}",
    rf"\b{_PERMISSION}\s+(?:(?:från|av)\s+(?:\w+\s+){{0,2}}?)?"
    r"(?:behövs|krävs|behöver|fordras|måste)\s+(?:inte|ej)\b",
    rf"\b(?:behövs|krävs|fordras)\s+(?:inte|ej|inget|inga)\s+(?:\w+\s+){{0,2}}?{_PERMISSION}",
    rf"\binget\s+(?:\w+\s+){{0,2}}?{_PERMISSION}\s+(?:behövs|krävs|fordras)",
    r"\b(?:vårdnadshavar|förälder|föräldrar)\w*\s+(?:behöver|måste)\s+inte\s+"
    r"(?:samtycka|godkänna|medge|ge\s+sitt)",
)
_PARENTS = rx(r"\bvårdnadshavar\w*", r"\bförälder\w*", r"\bföräldrar\w*")
#: Ages a sentence speaks of, as (kind, number): "under 15 år", "från 12 år", "13–17 år".
_SENTENCE_AGE = rx(
    r"\b(?P<under>under|upp till|yngre än|som inte fyllt)\s+(?P<n1>\d{1,2})\s*år",
    r"\b(?P<from>från|över|fyllt|äldre än)\s+(?P<n2>\d{1,2})\s*år",
    r"\b(?P<lo>\d{1,2})\s*[-–]\s*\d{1,2}\s*år",
    r"\bmellan\s+(?P<lo2>\d{1,2})\s+(?:och|till)\s+\d{1,2}\s*år",
)


def _youngest(sentence: str) -> int | None:
    """The youngest age a sentence speaks of, or None when it names no age."""
    youngest: int | None = None
    for found in _SENTENCE_AGE.finditer(sentence):
        if found["under"]:
            low = 0
        elif found["from"]:
            low = int(found["n2"]) + (1 if found["from"].casefold() in ("över", "äldre än") else 0)
        else:
            low = int(found["lo"] or found["lo2"])
        youngest = low if youngest is None else min(youngest, low)
    return youngest


def _waiver(item: Intervention, base: Path) -> tuple[Path, str] | None:
    """A sentence that lets a child under 15 in without the guardians' consent."""
    texts = [*_statements(item, base), *intervention_texts(item, base)]
    under_15 = bool(reachable_ages(item) & UNDER_15)
    for path, text in texts:
        for sentence in sentences(text, full=True):
            if _TWELVE.search(sentence):
                return path, sentence
            if not _WAIVED.search(sentence):
                continue
            youngest = _youngest(sentence)
            if youngest is not None and youngest < 15:
                return path, sentence
            if youngest is None and under_15 and _PARENTS.search(sentence):
                return path, sentence
    return None


@rule(
    "IUB010",
    ref="L10",
    name="child_12_rule_misused",
    title_sv="Barn under 15 år utan vårdnadshavares samtycke",
    title_en="Children under 15 without guardians' consent",
    severity=Severity.error,
    citation="SoL 21 kap. 2 § (inte 21 kap. 1 §)",
)
def child_12_rule_misused(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        ages = reachable_ages(item)
        reported = False
        for path, node in condition_paths(item, base):
            if isinstance(node, GuardianConsent) and (below := node.below_age) < 15:
                gap = frozenset(range(below, 15)) & ages
                if gap:
                    yield Hit(
                        f"Samtycke krävs bara under {below} år, så barn {age_text(gap)} får "
                        "insatsen utan vårdnadshavares samtycke. För insatser utan "
                        "behovsprövning är gränsen 15 år (21 kap. 2 §); 12-årsregeln i 21 kap. "
                        "1 § gäller behovsprövade insatser. Ändra gränsen till 15 år.",
                        f"Consent is required only under {below}, so children "
                        f"{age_text(gap, lang='en')} get the intervention without guardians' "
                        "consent. For IUB the line is 15 (21 kap. 2 §); the 12-year rule of 21 "
                        "kap. 1 § is for needs-assessed interventions. Change the limit to 15.",
                        (*path, "below_age"),
                        index,
                    )
                    reported = True
        if reported:
            continue
        if found := _waiver(item, base):
            path, sentence = found
            yield Hit(
                f'"{clip(sentence)}": barn under 15 år får en insats utan '
                "behovsprövning bara med samtliga vårdnadshavares samtycke (21 kap. 2 §). "
                "12-årsregeln i 21 kap. 1 § gäller behovsprövade insatser. Stryk "
                "formuleringen och kräv samtycke under 15 år.",
                f'"{clip(sentence)}": a child under 15 may receive an IUB '
                "intervention only with all guardians' consent (21 kap. 2 §). The 12-year "
                "rule of 21 kap. 1 § is for needs-assessed interventions. Remove the "
                "wording and require consent under 15.",
                path,
                index,
            )


_ONE_GUARDIAN = rx(
    r"\b(en|ena|någon av|en av)\s+(vårdnadshavare|vårdnadshavaren|vårdnadshavarna|förälder|"
    r"föräldern|föräldrarna|vårdnadshavares|förälders)\b",
)


@rule(
    "IUB011",
    ref="L11",
    name="all_guardians",
    title_sv="Samtycke från bara en vårdnadshavare",
    title_en="Consent from only one guardian",
    severity=Severity.warning,
    citation="SoL 21 kap. 2 §; FB 6 kap. 13 och 13 a §§",
)
def all_guardians(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        structured = False
        for path, node in condition_paths(item, base):
            if isinstance(node, GuardianConsent) and node.guardians == "any":
                structured = True
                yield Hit(
                    "Villkoret nöjer sig med en vårdnadshavares samtycke. Har barnet två "
                    "vårdnadshavare ska båda samtycka (FB 6 kap. 13 §); undantaget i 13 a § "
                    "gäller inte insatser utan behovsprövning. Ändra till samtliga "
                    "vårdnadshavare (guardians: all).",
                    "The condition accepts one guardian's consent. With joint custody both must "
                    "consent (FB 6 kap. 13 §); the exception of 13 a § does not reach IUB. "
                    "Change it to all guardians (guardians: all).",
                    (*path, "guardians"),
                    index,
                    Severity.error,
                )
        if structured:
            continue
        for path, text in _statements(item, base):
            for sentence in re.split(r"(?<=[.;])\s+", text):
                found = _ONE_GUARDIAN.search(sentence)
                if found and _CONSENT.search(sentence):
                    yield Hit(
                        f'"{clip(found.group(0))}": samtycke ska komma från samtliga '
                        "vårdnadshavare när vårdnaden är gemensam (FB 6 kap. 13 §). Skriv "
                        '"samtliga vårdnadshavares samtycke".',
                        f'"{clip(found.group(0))}": consent must come from all guardians '
                        "when custody is joint (FB 6 kap. 13 §). Write \"all guardians' "
                        'consent".',
                        path,
                        index,
                    )
                    break
            else:
                continue
            break


_SUITABLE = rx(r"\blämplig\w*", r"\bbarnets bästa\b")


@rule(
    "IUB012",
    ref="L12",
    name="child_15_no_suitability",
    title_sv="Ingen ställning till barn 15–17 år utan samtycke",
    title_en="No stated position on 15–17-year-olds without consent",
    severity=Severity.warning,
    citation="SoL 21 kap. 2 §; 3 kap. 1 §",
    bill=True,
)
def child_15_no_suitability(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        ages = reachable_ages(item)
        if not ages & YOUTH_15_17 or _silent(item, base):
            continue  # IUB009 already asks for the whole consent rule
        if any(leaf.below_age >= 18 for leaf in consent_leaves(item)):
            continue  # consent up to 18: a clear position
        position = item.minors_without_consent
        if position is None:
            yield Hit(
                f"Ungdomar 15–17 år kan ta del av insatsen ({age_text(ages)}), men förteckningen "
                "tar inte ställning till om de får delta utan vårdnadshavares samtycke. "
                "Produkten kräver då samtycke till 18 år. Ska de kunna komma själva: skriv att "
                "nämnden har bedömt insatsen lämplig för dem utan samtycke (barnets bästa); "
                "annars skriv att samtycke krävs under 18 år.",
                f"Young people aged 15–17 can take part ({age_text(ages, lang='en')}), but the "
                "catalog takes no position on whether they may do so without guardians' "
                "consent, so the product requires consent up to 18. If they should be able to "
                "come on their own, state that the committee judged the intervention suitable "
                "for them without consent (the child's best interests); otherwise state that "
                "consent is required under 18.",
                (*base, "conditions") if item.conditions else (*base, "target_group"),
                index,
            )
        elif position and not (item.minors_statement and _SUITABLE.search(item.minors_statement)):
            yield Hit(
                "Ungdomar 15–17 år får delta utan vårdnadshavares samtycke, men förteckningen "
                "säger inte att nämnden har bedömt det lämpligt för målgruppen (21 kap. 2 §, "
                "barnets bästa). Skriv nämndens bedömning i beslutet.",
                "Young people aged 15–17 may take part without guardians' consent, but the "
                "catalog does not say that the committee judged this suitable for the target "
                "group (21 kap. 2 §, the child's best interests). State the committee's "
                "judgement in the decision.",
                (*base, "minors_statement")
                if item.minors_statement
                else (*base, "minors_without_consent"),
                index,
            )


_INFORM_GUARDIANS = rx(
    r"\bvårdnadshavar\w*\s+ska\s+(underrättas|informeras|kontaktas|meddelas|få veta)\b",
    r"\b(informera|underrätta|kontakta|meddela)\w*\s+(alltid\s+)?vårdnadshavar\w*",
)


@rule(
    "IUB013",
    ref="L13",
    name="child_guardian_info_required",
    title_sv="Vårdnadshavare ska informeras trots att samtycke inte krävs",
    title_en="Guardians must be told although no consent is needed",
    severity=Severity.info,
    citation="SoL 21 kap. 2 §",
    bill=True,
)
def child_guardian_info_required(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        if not item.minors_without_consent:
            continue
        base = ctx.base(index)
        texts = [*_statements(item, base), ((*base, "content"), item.content)]
        for path, text in texts:
            found = _INFORM_GUARDIANS.search(text)
            if found:
                yield Hit(
                    f'"{clip(found.group(0))}": ungdomar från 15 år får delta utan samtycke, '
                    "och nämnden behöver då inte informera vårdnadshavarna. Ett krav på att "
                    "underrätta dem kan hindra just dem som insatsen ska nå; överväg att stryka "
                    "det.",
                    f'"{clip(found.group(0))}": young people from 15 may take part without '
                    "consent, and the committee need not then inform the guardians. Requiring "
                    "it may keep away the very people the intervention is for; consider "
                    "removing it.",
                    path,
                    index,
                )
                break


_OVER_18 = rx(r"\b(under|upp till|till)\s+(19|[2-9]\d)\s+år\b")


@rule(
    "IUB014",
    ref="L14",
    name="consent_over_18",
    title_sv="Vårdnadshavares samtycke för vuxna",
    title_en="Guardians' consent for adults",
    severity=Severity.warning,
    citation="SoL 3 kap. 1 §",
)
def consent_over_18(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        ages = reachable_ages(item)
        for path, node in condition_paths(item, base):
            text = node.text or ""
            if _CONSENT.search(text) and (found := _OVER_18.search(text)):
                yield Hit(
                    f'"{clip(found.group(0))}": vårdnadshavare finns bara för barn under 18 '
                    "år. Begränsa samtyckeskravet till barn under 18 (under 15 om ungdomar "
                    "15–17 får delta utan samtycke).",
                    f'"{clip(found.group(0))}": only children under 18 have guardians. Limit '
                    "the consent requirement to children under 18 (under 15 where 15–17-year-olds "
                    "may take part without consent).",
                    (*path, "text"),
                    index,
                )
                break
            if isinstance(node, GuardianConsent) and ages and min(ages) >= 18:
                yield Hit(
                    f"Villkoret kräver vårdnadshavares samtycke, men bara vuxna "
                    f"({age_text(ages)}) kan ta del av insatsen. Stryk villkoret.",
                    f"The condition requires guardians' consent, but only adults "
                    f"({age_text(ages, lang='en')}) can take part. Remove the condition.",
                    path,
                    index,
                )
                break


_GUARDIANS_CONSENT = rx(
    r"\b(vårdnadshavar|förälder|föräldrar)\w*\s+(samtycke|medgivande|godkännande)\b",
    r"\b(samtycke|medgivande|godkännande)\s+(från|av)\s+(vårdnadshavar|förälder|föräldrar)\w*",
)
_ALL = rx(r"\b(samtliga|alla|båda|bägge|varje)\b")


@rule(
    "IUB039",
    ref="L11",
    name="guardians_unspecified",
    title_sv="Samtycke från vårdnadshavare utan att det står samtliga",
    title_en="Guardians' consent without saying all guardians",
    severity=Severity.warning,
    citation="SoL 21 kap. 2 §; FB 6 kap. 13 §",
)
def guardians_unspecified(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        if any(node.guardians == "any" for node in consent_leaves(item)):
            continue  # IUB011 reports the structured rule as an error
        texts = [*_statements(item, base), *intervention_texts(item, base)]
        found = next(
            (
                (path, sentence)
                for path, text in texts
                for sentence in sentences(text)
                if _GUARDIANS_CONSENT.search(sentence)
                and not _ALL.search(sentence)
                and not _ONE_GUARDIAN.search(sentence)
                and not _WAIVED.search(sentence)
            ),
            None,
        )
        if found:
            path, sentence = found
            yield Hit(
                f'"{clip(sentence)}" säger inte om en vårdnadshavare räcker. Har barnet två '
                'vårdnadshavare ska båda samtycka (FB 6 kap. 13 §). Skriv "samtliga '
                'vårdnadshavares samtycke".',
                f'"{clip(sentence)}" does not say whether one guardian is enough. Where a child '
                "has two guardians both must consent (FB 6 kap. 13 §). Write \"all guardians' "
                'consent".',
                path,
                index,
            )
