"""Documentation and follow-up: 14 kap. 3–5 §§ and 5 kap. 1–2 §§ (L17–L26, L36, L37)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from iub.catalog import FollowUpForm, Intervention, Regime
from iub.law.lint._model import Context, Hit, Path, Severity
from iub.law.lint._registry import rule
from iub.law.lint._rules_conditions import condition_paths
from iub.law.lint._text import affirmed, catalog_texts, clip, rx, sentences

__all__: list[str] = []

_SECTION = re.compile(r"\b14\s*kap\.?\s*((?:\d+|§§?|,|och|–|-|\s)+)", re.IGNORECASE)


def _cited(text: str | None) -> set[int]:
    """The sections of 14 kap. a text cites ("14 kap. 4 §", "14 kap. 4 § och 5 §")."""
    found: set[int] = set()
    for match in _SECTION.finditer(text or ""):
        numbers = re.findall(r"\d+", match.group(1))
        if re.match(r"\s*kap", (text or "")[match.end() :]):
            numbers = numbers[:-1]  # "14 kap. 5 § och 11 kap. 5 §": 11 is another chapter
        found.update(int(number) for number in numbers)
    return found


_REGIME_SECTION = {Regime.full: 3, Regime.advice: 4, Regime.no_identity: 5}


@rule(
    "IUB017",
    ref="L17",
    name="doc_regime_contradicted",
    title_sv="Dokumentationstexten motsäger regimen",
    title_en="The documentation text contradicts the regime",
    severity=Severity.error,
    citation="SoL 14 kap. 3–5 §§",
)
def doc_regime_contradicted(ctx: Context) -> Iterator[Hit]:
    # A missing regime fails the catalog schema (documentation.regime is required) and is
    # reported as a validation error; what remains to check is that the wording agrees.
    for index, item in ctx.interventions:
        documentation = item.documentation
        cited = _cited(documentation.text) - {3}
        own = _REGIME_SECTION[documentation.regime]
        if cited and own not in cited and len(cited) == 1:
            other = next(iter(cited))
            yield Hit(
                f"Dokumentationstexten hänvisar till 14 kap. {other} § men insatsen är "
                f"registrerad som {documentation.regime.citation.removeprefix('SoL ')}. "
                "Utföraren vet då inte vad som får dokumenteras; rätta texten eller regimen så "
                "att de säger samma sak.",
                f"The documentation text cites 14 kap. {other} § but the intervention is set to "
                f"{documentation.regime.citation.removeprefix('SoL ')}. The provider then does "
                "not know what may be recorded; correct the text or the regime so they agree.",
                (*ctx.base(index), "documentation"),
                index,
            )


# Not advice (14 kap. 4 §): open meeting places, carers' meeting points, hands-on work.
_NOT_ADVICE = rx(
    r"\bmötesplats\w*",
    r"\bträffpunkt\w*",
    r"\baktivitetshus\w*",
    r"\bcaféverksamhet\w*",
    r"\bsocial samvaro\b",
    r"\bdagverksamhet\w*",
    r"\banhörig(träff|grupp|cirkel)\w*",
    r"\bsamtalsgrupp\w*",
    r"\bhemtjänst\w*",
    r"\bboendecoach\w*",
    r"\bboendestöd\w*",
    r"\bfamiljebehandling\w*",
    r"\bbehandlingen omfattar\b",
    r"\bbehandlingsprogram\w*",
    r"\b\w*terapi\b",
)
_GROUP_PROGRAMME = rx(r"\b(grupp|föräldra)träff\w*", r"\bföräldragrupp\w*", r"\bgruppverksamhet\w*")
#: Work that is neither advice nor clearly outside it: mediation between parties, visits in
#: the home. The committee should weigh the exception (a warning, not an error).
_DOUBTFUL_ADVICE = rx(
    r"\bmedling\w*",
    r"\bmedla(r|re|ren|rna|s)?\b",
    r"\bhembesök\w*",
    r"\bbesök\w*\s+i\s+(hemmet|hemmen|familjens\s+hem|bostaden)\b",
)


@rule(
    "IUB018",
    ref="L18",
    name="advice_exception_misused",
    title_sv="Rådgivningsundantaget används för något som inte är rådgivning",
    title_en="The advice exception is used for something that is not advice",
    severity=Severity.error,
    citation="SoL 14 kap. 4 §",
    bill=True,
)
def advice_exception_misused(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        if item.documentation.regime is not Regime.advice:
            continue
        base = ctx.base(index)
        area = ctx.catalog.area(item.area)
        texts: list[tuple[Path, str]] = [((*base, "title"), item.title)]
        if area is not None:
            texts.append(((*base, "area"), area.title))
        texts.append(((*base, "content"), item.content))
        texts.extend(((*base, "methods", i, "name"), m.name) for i, m in enumerate(item.methods))
        hit = next(((p, m) for p, t in texts if (m := affirmed(_NOT_ADVICE, t))), None)
        if hit:
            path, found = hit
            yield Hit(
                f'"{clip(found.group(0))}" är inte rådgivning. Undantaget i 14 kap. 4 § gäller '
                "bara råd och upplysningar (också längre samtal om ett problem); öppna "
                "mötesplatser, träffpunkter för anhöriga och behandling omfattas inte. "
                "Dokumentera enligt 14 kap. 3 §, eller besluta om undantag enligt 14 kap. 5 § "
                "med särskilda skäl.",
                f'"{clip(found.group(0))}" is not advice. The 14 kap. 4 § exception covers '
                "advice and information only (also longer talks on a problem); open meeting "
                "places, carers' meeting points and treatment are not covered. Document under "
                "14 kap. 3 §, or decide a 14 kap. 5 § exception with special reasons.",
                (*base, "documentation") if path[-1] == "area" else path,
                index,
            )
            continue
        doubtful = next(
            ((p, m) for p, t in texts if (m := affirmed(_DOUBTFUL_ADVICE, t))),
            None,
        )
        if doubtful:
            path, found = doubtful
            yield Hit(
                f'"{clip(found.group(0))}" är inte råd och upplysningar. Undantaget i 14 kap. '
                "4 § gäller rådgivning; medling mellan parter och besök i hemmet är annat "
                "arbete. Pröva om undantaget verkligen passar och skriv skälen; annars "
                "dokumentera enligt 14 kap. 3 § eller besluta om undantag enligt 14 kap. 5 §.",
                f'"{clip(found.group(0))}" is not advice and information. The 14 kap. 4 § '
                "exception covers advice; mediation between parties and home visits are other "
                "work. Check that the exception really fits and state why; otherwise document "
                "under 14 kap. 3 § or decide a 14 kap. 5 § exception.",
                (*base, "documentation") if path[-1] == "area" else path,
                index,
                Severity.warning,
            )
            continue
        group = affirmed(_GROUP_PROGRAMME, item.content) if item.delivery == "group" else None
        if group:
            yield Hit(
                f'"{clip(group.group(0))}": ett program med gruppträffar är närmare en '
                "gruppverksamhet än rådgivning. Pröva om undantaget i 14 kap. 4 § verkligen "
                "passar, och skriv skälen; annars dokumentera enligt 14 kap. 3 §.",
                f'"{clip(group.group(0))}": a programme of group meetings is closer to a group '
                "activity than to advice. Check that the 14 kap. 4 § exception really fits, and "
                "state why; otherwise document under 14 kap. 3 §.",
                (*base, "content"),
                index,
                Severity.warning,
            )


_NOTHING_RECORDED = rx(
    r"\bingen dokumentation\b",
    r"\binget (dokumenteras|antecknas)\b",
    r"\binga anteckningar\b",
    r"\bdokumenteras (inte|ej)\b",
    r"\b(inte|ej) (dokumenteras|antecknas)\b",
    r"\bbehöver inte dokumentera\w*",
)
_PARTIAL = rx(
    r"\buppgifter\b",
    r"\bidentitet\w*",
    r"\bpersonliga förhållanden\b",
    r"\bpersonuppgift\w*",
    r"\bnamn\b",
    r"\bpersonnummer\b",
    r"\bpå individnivå\b",
)


@rule(
    "IUB019",
    ref="L19",
    name="no_documentation_at_all",
    title_sv="Ingen dokumentation alls",
    title_en="No documentation at all",
    severity=Severity.warning,
    citation="SoL 14 kap. 3 §",
    bill=True,
)
def no_documentation_at_all(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        for path, text in (
            ((*base, "documentation", "text"), item.documentation.text),
            ((*base, "follow_up", "text"), item.follow_up.text),
        ):
            for sentence in sentences(text or ""):
                found = _NOTHING_RECORDED.search(sentence)
                if found and not _PARTIAL.search(sentence):
                    yield Hit(
                        f'"{clip(sentence)}": inget undantag tar bort all dokumentation. '
                        "14 kap. 4 § sparar bara personliga förhållanden vid rådgivning och "
                        "14 kap. 5 § bara uppgifter som kan röja identiteten; omständigheter och "
                        "händelser av betydelse och uppgifter för uppföljning dokumenteras "
                        "alltid. Skriv vad som dokumenteras.",
                        f'"{clip(sentence)}": no exception removes all documentation. 14 kap. '
                        "4 § spares only personal circumstances in advice and 14 kap. 5 § only "
                        "identity-revealing data; facts and events of significance and data for "
                        "follow-up are always documented. Say what is documented.",
                        path,
                        index,
                    )
                    break


_ASSESSED = rx(
    r"\bbiståndsbe\w*",
    r"\bbeviljas\b",
    r"\befter (ansökan|utredning)\b",
    r"\benligt 11 kap\. 1 §",
    r"\bbehovsbedöm\w*",
)


@rule(
    "IUB020",
    ref="L20",
    name="identity_exception_on_assessed",
    title_sv="Identitetsundantag för en behovsprövad insats",
    title_en="Identity exception for a needs-assessed intervention",
    severity=Severity.error,
    citation="SoL 14 kap. 5 §",
)
def identity_exception_on_assessed(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        if item.documentation.regime is not Regime.no_identity:
            continue
        base = ctx.base(index)
        texts = [((*base, "title"), item.title), ((*base, "content"), item.content)]
        texts += [((*p, "text"), n.text) for p, n in condition_paths(item, base) if n.text]
        for path, text in texts:
            found = affirmed(_ASSESSED, text)
            if found and not re.search(r"\butan\b", found.string, re.IGNORECASE):
                yield Hit(
                    f'"{clip(found.group(0))}": undantaget i 14 kap. 5 § gäller bara insatser '
                    "utan individuell behovsprövning enligt 11 kap. 5 §. En insats som beviljas "
                    "efter ansökan och utredning dokumenteras fullt ut; ta bort undantaget "
                    "eller gör insatsen till en insats utan behovsprövning.",
                    f'"{clip(found.group(0))}": the 14 kap. 5 § exception applies only to '
                    "interventions without needs assessment under 11 kap. 5 §. An intervention "
                    "granted after an application and assessment is documented in full; drop "
                    "the exception or make it an intervention without needs assessment.",
                    path,
                    index,
                )
                break


def _reasons(item: Intervention) -> str:
    documentation = item.documentation
    if documentation.special_reasons:
        return documentation.special_reasons
    text = documentation.text or ""
    if re.search(r"\bskäl\b", text, re.IGNORECASE) and len(text.split()) >= 25:
        return text
    return ""


@rule(
    "IUB021",
    ref="L21",
    name="identity_exception_no_reasons",
    title_sv="Identitetsundantag utan särskilda skäl",
    title_en="Identity exception without special reasons",
    severity=Severity.error,
    citation="SoL 14 kap. 5 §",
)
def identity_exception_no_reasons(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        if item.documentation.regime is not Regime.no_identity:
            continue
        reasons = _reasons(item)
        if len(reasons.split()) >= 8:
            continue
        if reasons:
            # Reasons are stated, only briefly: the committee decided; a warning, not a block.
            yield Hit(
                "De särskilda skälen för undantaget i 14 kap. 5 § är mycket korta. Beskriv "
                "varför just denna insats syfte och karaktär motiverar att identiteten inte "
                "dokumenteras, och vägt mot behovet av uppföljning på individnivå "
                "(documentation.special_reasons).",
                "The special reasons for the 14 kap. 5 § exception are very brief. Say why this "
                "intervention's purpose and character justify not documenting identity, weighed "
                "against the need for individual follow-up (documentation.special_reasons).",
                (*ctx.base(index), "documentation"),
                index,
                severity=Severity.warning,
            )
            continue
        yield Hit(
            "Undantaget från att dokumentera uppgifter som kan röja identiteten (14 kap. 5 §) "
            "saknar nämndens särskilda skäl. Skriv skälen för just denna insats utifrån dess "
            "syfte och karaktär, till exempel att målgruppen annars inte söker stöd "
            "(documentation.special_reasons).",
            "The exception from documenting identity-revealing data (14 kap. 5 §) lacks the "
            "committee's special reasons. State the reasons for this intervention from its "
            "purpose and character, e.g. that the target group would otherwise not seek help "
            "(documentation.special_reasons).",
            (*ctx.base(index), "documentation"),
            index,
        )


_BLANKET = rx(
    r"\b(samtliga|alla)\s+(öppna\s+)?(insatser|verksamheter)\b",
    r"\bgenerell\w*\s+undantag\w*",
    r"\bi förteckningen\b",
)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


@rule(
    "IUB022",
    ref="L22",
    name="identity_exception_generic",
    title_sv="Identitetsundantaget är generellt",
    title_en="The identity exception is general",
    severity=Severity.error,
    citation="SoL 14 kap. 5 §",
    bill=True,
)
def identity_exception_generic(ctx: Context) -> Iterator[Hit]:
    exempted = [
        (index, item)
        for index, item in ctx.interventions
        if item.documentation.regime is Regime.no_identity
    ]
    blanket: set[int] = set()
    for index, item in exempted:
        for text in (item.documentation.special_reasons, item.documentation.text):
            found = _BLANKET.search(text or "")
            if found:
                blanket.add(index)
                yield Hit(
                    f'"{clip(found.group(0))}": ett beslut enligt 14 kap. 5 § gäller en '
                    "namngiven insats och kan inte vara generellt. Skriv beslutet och skälen för "
                    "varje insats för sig.",
                    f'"{clip(found.group(0))}": a 14 kap. 5 § decision concerns one named '
                    "intervention and cannot be general. State the decision and its reasons for "
                    "each intervention.",
                    (*ctx.base(index), "documentation"),
                    index,
                )
                break
    shared: dict[str, list[tuple[int, Intervention]]] = defaultdict(list)
    for index, item in exempted:
        reasons = _reasons(item)
        if reasons and index not in blanket:
            shared[_normal(reasons)].append((index, item))
    everything = len(ctx.interventions)
    for group in shared.values():
        if len(group) < 2:
            continue
        whole = len(group) == everything and everything >= 3
        for index, _item in group:
            others = ", ".join(other.title for i, other in group if i != index)
            yield Hit(
                f"De särskilda skälen är ordagrant desamma som för {others}. Skälen ska gälla "
                "denna insats syfte och karaktär (till exempel varför just denna målgrupp "
                "behöver vara anonym); ett gemensamt skäl för flera insatser läses som ett "
                "generellt undantag. Skriv skälen för insatsen själv.",
                f"The special reasons are word for word those of {others}. They must address "
                "this intervention's purpose and character (e.g. why this target group needs "
                "anonymity); one rationale for several interventions reads as a general "
                "exception. State the reasons for this intervention.",
                (*ctx.base(index), "documentation"),
                index,
                Severity.error if whole else Severity.warning,
            )


_PROVIDER_DECIDES = rx(
    r"\b(utförare\w*|personal\w*|behandlare\w*|medarbetare\w*)\s+(själv\w*\s+)?"
    r"(avgör|bestämmer|beslutar|väljer)\b[^.]*\b(dokument|anteckn|journal)\w*",
    r"\b(efter|enligt)\s+(utförarens|personalens)\s+(bedömning|beslut|val)\b[^.]*"
    r"\b(dokument|anteckn)\w*",
    r"\b(dokument|anteckn)\w*[^.]*\b(efter|enligt)\s+(utförarens|personalens)\s+"
    r"(bedömning|beslut|val)\b",
)


@rule(
    "IUB023",
    ref="L23",
    name="identity_exception_by_provider",
    title_sv="Utföraren avgör om dokumentation sker",
    title_en="The provider decides whether to document",
    severity=Severity.error,
    citation="SoL 14 kap. 5 §",
    bill=True,
)
def identity_exception_by_provider(ctx: Context) -> Iterator[Hit]:
    for field in catalog_texts(ctx.catalog):
        found = _PROVIDER_DECIDES.search(field.text)
        if found:
            yield Hit(
                f'"{clip(found.group(0))}": bara socialnämnden kan besluta att uppgifter som '
                "kan röja identiteten inte dokumenteras, och bara för en namngiven insats. "
                "Utföraren får inte själv avstå från dokumentation. Skriv nämndens beslut i "
                "stället.",
                f'"{clip(found.group(0))}": only the social committee can decide that '
                "identity-revealing data is not documented, and only for a named intervention. "
                "A provider may not skip documentation on its own. State the committee's "
                "decision instead.",
                field.path,
                field.intervention,
            )


_HOME = rx(
    r"\bhembesök\w*",
    r"\bi (den enskildes|familjens|sitt|sina|deras) hem\w*",
    r"\bhemma hos\b",
    r"\bi hemmet\b",
    r"\bhemtjänst\w*",
)
_NUMBER_WORDS = "två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo"
_RECURRING = rx(
    rf"\b(\d+|{_NUMBER_WORDS})(\s*[-–]\s*\d+)?\s+(tillfällen|samtal|träffar|sessioner|"
    r"behandlingstillfällen|gånger)\b",
    r"\båterkommande\s+(samtal|träffar|stödsamtal)\b",
    r"\bsamtalsserie\w*",
)


@rule(
    "IUB024",
    ref="L24",
    name="identity_exception_home_or_recurring",
    title_sv="Identitetsundantag för insats i hemmet eller återkommande samtal",
    title_en="Identity exception for home-based work or recurring talks",
    severity=Severity.warning,
    citation="SoL 14 kap. 5 §",
    bill=True,
)
def identity_exception_home_or_recurring(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        if item.documentation.regime is not Regime.no_identity:
            continue
        base = ctx.base(index)
        texts = [((*base, "content"), item.content)]
        if item.extent:
            texts.append(((*base, "extent"), item.extent))
        home = next(((p, m) for p, t in texts if (m := affirmed(_HOME, t))), None)
        if home:
            yield Hit(
                f'"{clip(home[1].group(0))}": insatsen ges i den enskildes hem. Där behövs i '
                "regel uppföljning på individnivå, och undantaget i 14 kap. 5 § är sällan "
                "lämpligt. Pröva om insatsen ska dokumenteras enligt 14 kap. 3 §, eller skriv "
                "varför anonymitet väger tyngre.",
                f'"{clip(home[1].group(0))}": the intervention is given in the person\'s home. '
                "That usually needs individual follow-up, and the 14 kap. 5 § exception is "
                "rarely suitable. Consider documenting under 14 kap. 3 §, or state why "
                "anonymity weighs heavier.",
                home[0],
                index,
            )
            continue
        individual = item.delivery in {"individual", "both"}
        recurring = next(((p, m) for p, t in texts if (m := affirmed(_RECURRING, t))), None)
        if individual and recurring and _repeats(recurring[1].group(0)):
            yield Hit(
                f'"{clip(recurring[1].group(0))}" individuellt: återkommande samtal bygger '
                "ofta på anteckningar från tidigare samtal, och då är undantaget i 14 kap. 5 § "
                "sannolikt inte lämpligt. Pröva om de individuella samtalen kan genomföras utan "
                "identifierande anteckningar, och skriv bedömningen i beslutet.",
                f'"{clip(recurring[1].group(0))}" individually: recurring talks usually build '
                "on notes from earlier talks, and then the 14 kap. 5 § exception is probably "
                "not suitable. Consider whether the individual talks can be carried out without "
                "identifying notes, and state the judgement in the decision.",
                recurring[0],
                index,
            )


def _repeats(phrase: str) -> bool:
    first = re.match(r"\s*(\w+)", phrase)
    if first is None:
        return True
    word = first.group(1).casefold()
    return not (word.isdigit() and int(word) < 2)


_RESIDUAL = rx(
    r"\bålder\w*",
    r"\bkön\b",
    r"\bantal\w* deltagare\b",
    r"\bavbr\w*",
    r"\bmående\b",
    r"\bsocial(a)? situation\w*",
    r"\boidentifiera\w*",
    r"\bavidentifiera\w*",
)


@rule(
    "IUB025",
    ref="L25",
    name="identity_exception_no_residual",
    title_sv="Uppföljningen säger inte vad som ändå dokumenteras",
    title_en="Follow-up does not say what is still documented",
    severity=Severity.warning,
    citation="SoL 14 kap. 3 §; 5 kap. 2 §",
    bill=True,
)
def identity_exception_no_residual(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        if item.documentation.regime is not Regime.no_identity:
            continue
        said = " ".join(
            t
            for t in (
                item.follow_up.text,
                item.documentation.text,
                item.documentation.special_reasons,
                item.documentation.risk_analysis,
            )
            if t
        )
        if _RESIDUAL.search(said):
            continue
        yield Hit(
            "Med undantaget i 14 kap. 5 § ska uppgifter som inte röjer identiteten ändå "
            "dokumenteras: antal deltagare, ålder och kön, oidentifierade problem, skäl till "
            "avbrott och mående vid start och avslut. Uppföljningen nämner inget av detta; "
            "skriv vad som dokumenteras.",
            "Under the 14 kap. 5 § exception, data that does not reveal identity is still "
            "documented: number of participants, age and gender, de-identified problems, "
            "reasons for dropping out and wellbeing at start and end. The follow-up mentions "
            "none of it; state what is documented.",
            (*ctx.base(index), "follow_up"),
            index,
        )


@rule(
    "IUB026",
    ref="L26",
    name="followup_missing_or_impossible",
    title_sv="Uppföljning saknas eller går inte att genomföra",
    title_en="Follow-up missing or impossible",
    severity=Severity.warning,
    citation="SoL 5 kap. 1–2 §§",
)
def followup_missing_or_impossible(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        base = ctx.base(index)
        follow_up = item.follow_up
        if not follow_up.forms and not follow_up.text:
            yield Hit(
                "Insatsen anger ingen uppföljning. Nämnden ska systematiskt följa upp "
                "verksamheten, också insatser utan behovsprövning; ange hur (besöksstatistik, "
                "anonym brukarenkät, individbaserad uppföljning).",
                "The intervention states no follow-up. The committee must follow up its "
                "services systematically, IUB included; say how (visit statistics, anonymous "
                "user survey, individual follow-up).",
                (*base, "follow_up") if "follow_up" in item.model_fields_set else (*base, "title"),
                index,
            )
        elif (
            FollowUpForm.individual in follow_up.forms
            and item.documentation.regime is Regime.no_identity
        ):
            yield Hit(
                "Individbaserad uppföljning förutsätter att deltagarna går att identifiera, men "
                "insatsen har undantag enligt 14 kap. 5 §. Följ upp med oidentifierade uppgifter "
                "(besöksstatistik, anonym brukarenkät) eller ta bort undantaget.",
                "Individual follow-up needs participants to be identifiable, but the "
                "intervention has the 14 kap. 5 § exception. Follow up with de-identified data "
                "(visit statistics, anonymous survey) or drop the exception.",
                (*base, "follow_up"),
                index,
            )


@rule(
    "IUB036",
    ref="L36",
    name="both_exceptions",
    title_sv="Både rådgivnings- och identitetsundantag",
    title_en="Both the advice and the identity exception",
    severity=Severity.info,
    citation="SoL 14 kap. 4–5 §§",
)
def both_exceptions(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        if {4, 5} <= _cited(item.documentation.text):
            yield Hit(
                "Dokumentationen hänvisar till både 14 kap. 4 § och 5 §. Antingen är insatsen "
                "rådgivning (4 §) eller så behöver deltagarna skyddas genom att identiteten inte "
                "dokumenteras (5 §); välj det som stämmer.",
                "The documentation cites both 14 kap. 4 § and 5 §. Either the intervention is "
                "advice (4 §) or participants need identity protection (5 §); choose the one "
                "that fits.",
                (*ctx.base(index), "documentation"),
                index,
            )


_PRIVATE_EXEMPT = rx(
    r"\b(extern\w*|privat\w*|enskild\w*)\s+utförare\w*\b[^.]*"
    r"\b(dokumenterar (inte|ej)|behöver (inte|ej) dokumentera|undanta\w* från dokumentation\w*|"
    r"omfattas (inte|ej) av dokumentation\w*)",
)


@rule(
    "IUB037",
    ref="L37",
    name="private_provider_doc",
    title_sv="Privata utförare undantas från dokumentation",
    title_en="Private providers exempted from documentation",
    severity=Severity.error,
    citation="SoL 17 kap. 1 §",
)
def private_provider_doc(ctx: Context) -> Iterator[Hit]:
    for field in catalog_texts(ctx.catalog):
        found = _PRIVATE_EXEMPT.search(field.text)
        if found:
            yield Hit(
                f'"{clip(found.group(0))}": privata utförare under IVO:s tillsyn följer samma '
                "dokumentationsregler som kommunen (17 kap. 1 §). Stryk undantaget.",
                f'"{clip(found.group(0))}": private providers under IVO supervision follow '
                "the same documentation rules as the municipality (17 kap. 1 §). Remove the "
                "exemption.",
                field.path,
                field.intervention,
            )


_ANONYMOUS_CLAIM = rx(r"\banonym\w*")
_NOT_ANONYMOUS = rx(r"\b(inte|ej|aldrig)\b[^.]*\banonym")


@rule(
    "IUB042",
    ref="L21",
    name="anonymity_promised_under_full_documentation",
    title_sv="Texten lovar anonymitet men insatsen dokumenteras fullt",
    title_en="The text promises anonymity but the intervention is fully documented",
    severity=Severity.warning,
    citation="SoL 14 kap. 3 och 5 §§",
)
def anonymity_promised_under_full_documentation(ctx: Context) -> Iterator[Hit]:
    for index, item in ctx.interventions:
        if item.documentation.regime is not Regime.full:
            continue
        texts: list[tuple[Path, str]] = [((*ctx.base(index), "content"), item.content)]
        texts += [
            ((*ctx.base(index), "where_to_turn", n, "text"), route.text)
            for n, route in enumerate(item.where_to_turn)
        ]
        for path, text in texts:
            for sentence in sentences(text or ""):
                if _ANONYMOUS_CLAIM.search(sentence) and not _NOT_ANONYMOUS.search(sentence):
                    yield Hit(
                        f'{item.title}: texten säger "{clip(sentence, 80)}", men insatsen '
                        "dokumenteras enligt 14 kap. 3 § utan beslut om undantag enligt 14 kap. "
                        "5 §. Invånarsidorna visar inte meningen som råd. Fatta beslut om "
                        "undantag (med särskilda skäl) eller stryk löftet om anonymitet.",
                        f'{item.title}: the text says "{clip(sentence, 80)}", but the '
                        "intervention is documented under 14 kap. 3 § without a decision on an "
                        "exception under 14 kap. 5 §. The residents' pages do not show the "
                        "sentence as advice. Decide the exception (with special reasons) or "
                        "strike the promise of anonymity.",
                        path,
                        index,
                    )
                    break
