"""Street addresses and postcodes with a place.

An address is a street name (a capitalised word ending in a street suffix such as -gatan or
-vägen, optionally after Norra/Södra/Östra/Västra/Lilla/Stora/Gamla/S:t, or two capitalised
words before ``väg``/``gata``/``torg``...), then a house number with an optional letter,
optionally ``lgh 1102`` and optionally ``123 45 Ort``. A street name alone (no number) is
reported only after "bor på", "adress" and similar, where it says where someone lives. A suffix
cut short ("Kyrkog. 46", "Ekv. 76") counts, and so does a street in lower case with its number
after "bor på" and the like, after a comma, "på", "dit" or "till", or before a flat number.

A postcode is five digits (``123 45`` or ``12345``, optionally ``SE-``) followed by a known
locality or a capitalised word that is not a common word, or preceded by "postnummer".
Amounts (``12 500 kronor``) and counts do not match because a place must follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._lexicon import Lexicon
from ._types import Detection
from ._words import CommonWords

_UPPER = "A-ZÅÄÖÉÜ"
_LOWER = "a-zåäöéüß"
_SUFFIXES = (
    "gatan|gata|vägen|väg|gränden|gränd|stigen|stig|torget|torg|backen|backe|allén|allé|"
    "plan|leden|led|gången|slingan|platsen|plats|stråket|kajen|kaj|parken|promenaden|"
    "esplanaden|ringen|kroken|liden|höjden|hagen|lunden|vallen|terrassen|strand|stranden|"
    "bron|tået|tåg|gårdsvägen|udden|kullen|branten|svängen|rundan|vägen"
)
_PREFIX = (
    r"(?:(?:Norra|Södra|Östra|Västra|Lilla|Stora|Gamla|Nya|Övre|Nedre|S:t|S:ta|Sankt|Sankta) )"
)
_STREET = (
    rf"(?:{_PREFIX}?[{_UPPER}][{_LOWER}\-]{{0,30}}(?:{_SUFFIXES})"
    rf"|(?:[{_UPPER}][{_LOWER}]{{1,20}} ){{1,2}}(?:väg|gata|gatan|torg|plan|allé|gränd|backe|stig))"
)
# A house letter is glued to the number ("5B") or a capital after a space ("22 A"); never a
# following word ("Nygatan 3 i Stockholm", "Kungsvägen 2 c/o ...").
_NUMBER = r"\d{1,4}(?:(?:[A-Za-z]| [A-H])(?![\w/]))?(?: ?-\d{1,4})?"
_FLAT = r"(?:,? (?:lgh|lägenhet|lgh\.|lägenhetsnummer) ?(?:nr\.? ?)?\d{3,4})"
_PLACE = rf"[{_UPPER}][{_LOWER}]{{1,30}}(?: [{_UPPER}][{_LOWER}]{{1,30}})?"
_POST = rf"(?:,? (?:SE-? ?)?\d{{3}} ?\d\d {_PLACE})"
# A number that is a share ("praktik i Bandhagen 50 %") is no house number.
_NOT_SHARE = r"(?!\d)(?!\s?(?:%|procent\b))"
_ADDRESS = re.compile(
    rf"(?<![\w\-])(?P<street>{_STREET})(?![\w\-]) (?P<number>{_NUMBER})(?![\w,.]\d){_NOT_SHARE}"
    rf"(?P<flat>{_FLAT})?(?P<post>{_POST})?"
)
_STREET_ONLY = re.compile(
    rf"(?i:\b(?:bor|bodde|bosatt|boende|flyttat|flyttade|flyttar|adress|adressen|hemadress)"
    rf"(?: (?:på|i|till|nu|numera|är))?:? )"
    rf"(?P<street>(?:{_STREET}))(?![\w\-])"
)
# A street in capitals ("STORGATAN 12") or in lower case ("storgatan 5") with its number; lower
# case counts only after "bor på", "adress" and similar, since "plan 3" or "torget 2" in
# running text need not be addresses.
_ODD_CASE = re.compile(
    rf"(?<![\w\-])(?P<street>(?:(?i:norra|södra|östra|västra|lilla|stora|gamla|nya|s:t) )?"
    rf"[{_UPPER}{_LOWER}]{{2,30}}(?i:{_SUFFIXES}))(?![\w\-]) (?P<number>{_NUMBER})"
    rf"(?![\w,.]\d){_NOT_SHARE}(?P<flat>(?i:{_FLAT}))?"
)
_LIVES_BEFORE = re.compile(
    r"(?i:\b(?:bor|bodde|bosatt|boende|flyttat|flyttade|flyttar|adress|adressen|hemadress|"
    r"skicka|skickas|post|adr\.?|skriven|folkbokförd|folkbokford)"
    r"(?: (?:på|pa|i|till|nu|numera|är|till))?:? ?)\Z"
)
# After a clear address context ("bor på", "adress:", "flyttade till") any capitalised name of
# one or two words with a house number is an address, suffix or not ("Södra Vägen 12",
# "Norra 20B", "Lilla Torg 3"), unless the number counts something ("sedan 3 år", "2 gånger").
_CONTEXT_NUMBER = re.compile(
    rf"(?i:\b(?:bor|bodde|bosatt|boende|flyttat|flyttade|flyttar|adress|adressen|hemadress|"
    rf"postadress|besöksadress|adr\.?)(?: (?:nu|numera|är|också))?(?: (?:på|till))?:? )"
    rf"(?P<street>(?:{_PREFIX}|[{_UPPER}][{_LOWER}]{{1,30}} )?[{_UPPER}][{_LOWER}\-]{{0,30}}|"
    rf"{_PREFIX[3:-2]})\.? (?P<number>\d{{1,3}}(?:[A-Za-z](?![\w/])| [A-H](?![\w/]))?)"
    rf"(?![\w,.]\d)(?! ?(?:år|mån|vec|dag|gång|ggr|st\b|tim|min|kr|procent|%|maj|jan|feb|"
    rf"mar|apr|jun|jul|aug|sep|okt|nov|dec))(?P<flat>{_FLAT})?"
)
# A street name with its suffix cut short, as staff write it ("Kyrkog. 46", "Ekv. 76",
# "Lönngr. 13, lgh 1257"), unless the number counts or costs something ("Avg. 300 kr").
_SHORT_SUFFIX = re.compile(
    rf"(?<![\w\-])(?P<street>[{_UPPER}][{_LOWER}]{{1,25}}(?:g|v|gr|vg))\. "
    rf"(?P<number>{_NUMBER})(?![\w,.]\d){_NOT_SHARE}"
    rf"(?! ?(?:år|mån|vec|dag|gång|ggr|st\b|tim|min|kr|sek|procent|%|sid|s\.))"
    rf"(?P<flat>{_FLAT})?(?P<post>{_POST})?"
)
_MONTHS_SHORT = frozenset(("aug", "nov"))
_SHORT_SUFFIX_HINT = re.compile(r"(?:g|v|gr)\. \d")
# A street in lower case with its number where the line says it is one: after a comma
# ("Zubeyda Ali, villagränd 62A"), "på", "dit", "till", "från", "vid", a home visit or a flat,
# or with a flat or postcode after; or anywhere if no lexicon word ends in a street's suffix.
_LOWER_STREET_SUFFIXES = (
    "gatan|gata|vägen|väg|gränden|gränd|stigen|stig|torget|torg|backen|allén|allé|gången|slingan"
)
_LOWER_STREET_BEFORE = re.compile(
    r"(?i:, |\b(?:på|pa|dit|till|från|fran|vid|hembesök|hembesok|lägenhet|lagenhet|lgh) )\Z"
)
# Without such words only a street's definite ending counts ("idrottsstigen 11"), not a bare
# "väg" or "stig" ("SFI studieväg 1" is a course of study).
_LOWER_STREET_END = re.compile(r"(?:gatan|vägen|gränden|gränd|stigen|torget|backen|allén)\Z")
_MIN_STREET_HEAD = 3
# What a number counts or costs, after it: then a lower-case word before it is no street
# ("motorvägen 40 min", "torget 2 tim").
_COUNTED = re.compile(
    r" ?(?:år|mån|vec|v\b|dag|dgr|gång|ggr|st\b|tim|h\b|min|kr|sek|procent|%|sid|s\.|km|m\b)"
)
# Cheap pre-checks, so that most notes skip the address patterns altogether.
_STREET_HINT = re.compile(rf"(?:{_SUFFIXES})(?![\w\-]) \d")
_ODD_CASE_HINT = re.compile(rf"(?:{_SUFFIXES}|{_SUFFIXES.upper()})(?![\w\-]) \d")
_ODD_CASE_REACH = 36  # characters before the suffix where the street's first word may start
_LIVES_HINT = re.compile(r"(?i:bor|bodde|bosatt|boende|flytta|adr)")
_POSTCODE = re.compile(
    rf"(?<![\w\-:/.,])(?P<code>(?:SE-? ?)?[1-9]\d\d ?\d\d)(?![\w\-/]|[.,:]\d)"
    rf"(?: (?P<place>[{_UPPER}][{_LOWER}]{{1,30}}(?: [{_UPPER}][{_LOWER}]{{1,30}})?))?"
)
_POSTCODE_SHAPE = re.compile(r"(?:SE-? ?)?\d{3} \d\d")
# National numbers written as postcodes are: the police ("114 14") and the information number
# for crises (113 13). Alone they are no postcode; before a place they still are one.
_SERVICE_NUMBERS = frozenset(("114 14", "113 13"))
_POSTCODE_CONTEXT = re.compile(r"(?i:(?:postnummer|postnumret|postnr|postadress)\.?:? ?)\Z")

SCORE_ADDRESS = 0.9
SCORE_ADDRESS_WITH_POST = 0.95
SCORE_STREET_ONLY = 0.6
SCORE_POSTCODE = 0.9
SCORE_POSTCODE_UNKNOWN_PLACE = 0.7
SCORE_POSTCODE_CONTEXT = 0.85
SCORE_POSTCODE_SHAPE = 0.6


class AddressDetector:
    """Find street addresses and postcodes followed by a place."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._places = lexicon.places
        self._common = CommonWords(lexicon.common_words)

    def detect(self, text: str) -> Iterator[Detection]:
        """Yield addresses (with number or after "bor på") and postcodes with a place."""
        if _STREET_HINT.search(text):
            for match in _ADDRESS.finditer(text):
                score = SCORE_ADDRESS_WITH_POST if match["post"] else SCORE_ADDRESS
                yield Detection(
                    match.start(), match.end(), "address", score, "address.street_number"
                )
        yield from self._odd_case(text)
        if _SHORT_SUFFIX_HINT.search(text):
            for match in _SHORT_SUFFIX.finditer(text):
                short = match["street"].lower()
                if short in _MONTHS_SHORT or self._common.exact(short):
                    continue  # "Aug. 12", "Rev. 2": a month or a word, not a street
                score = SCORE_ADDRESS_WITH_POST if match["post"] else SCORE_ADDRESS
                yield Detection(
                    match.start(), match.end(), "address", score, "address.short_suffix"
                )
        if _LIVES_HINT.search(text):
            for match in _CONTEXT_NUMBER.finditer(text):
                yield Detection(
                    match.start("street"),
                    match.end(),
                    "address",
                    SCORE_ADDRESS,
                    "address.context_number",
                )
            for match in _STREET_ONLY.finditer(text):
                start, end = match.span("street")
                yield Detection(start, end, "address", SCORE_STREET_ONLY, "address.street_context")
        for match in _POSTCODE.finditer(text):
            yield from self._postcode(text, match)

    def _odd_case(self, text: str) -> Iterator[Detection]:
        """Yield streets with a number written in capitals, or in lower case after "bor på".

        The full pattern runs only in a short window before each street suffix followed by a
        number, so that ordinary text costs one cheap scan.
        """
        seen: set[int] = set()
        for hint in _ODD_CASE_HINT.finditer(text):
            window = max(0, hint.start() - _ODD_CASE_REACH)
            match = _ODD_CASE.search(text, window, hint.end() + 40)
            if match is None or match.start() in seen:
                continue
            seen.add(match.start())
            street = match["street"]
            if street.isupper():
                rule = "address.upper_case"
            elif street.islower():
                before = text[max(0, match.start() - 24) : match.start()]
                if _hours(match["number"]) and not _LIVES_BEFORE.search(before):
                    continue  # "gick runt busstorget 19-23": opening hours, not a number range
                if not (
                    _LIVES_BEFORE.search(before)
                    or (
                        (_LOWER_STREET_BEFORE.search(before) or match["flat"])
                        and re.search(rf"(?:{_LOWER_STREET_SUFFIXES})\Z", street)
                    )
                    or self._lower_street_name(street)
                ) or _COUNTED.match(text, match.end()):
                    continue
                rule = "address.lower_case"
            else:
                continue  # mixed case: the ordinary pattern's business
            yield Detection(match.start(), match.end(), "address", SCORE_ADDRESS, rule)

    def _lower_street_name(self, street: str) -> bool:
        """Say whether a lower-case street with its number is an address wherever it stands
        ("ringde från idrottsstigen 11", "hembesök grangränd 136"): a compound of three
        letters or more before a street's definite suffix, which the lexicon does not know as
        a word ("skolgången", "motorvägen" are words)."""
        suffix = _LOWER_STREET_END.search(street)
        if suffix is None or suffix.start() < _MIN_STREET_HEAD or " " in street:
            return False
        return not self._common.inflected(street)

    def _postcode(self, text: str, match: re.Match[str]) -> Iterator[Detection]:
        """Score one five-digit candidate by the place after it or the word before it."""
        place = match["place"]
        if place is not None:
            first = place.split(" ")[0]
            if place in self._places or first in self._places:
                end = match.end() if place in self._places else match.start("place") + len(first)
                yield Detection(match.start(), end, "postcode", SCORE_POSTCODE, "postcode.place")
                return
            if first not in self._common:
                end = match.start("place") + len(first)
                yield Detection(
                    match.start(), end, "postcode", SCORE_POSTCODE_UNKNOWN_PLACE, "postcode.word"
                )
                return
        start, end = match.span("code")
        before = text[max(0, match.start() - 20) : match.start()]
        if _POSTCODE_CONTEXT.search(before):
            yield Detection(start, end, "postcode", SCORE_POSTCODE_CONTEXT, "postcode.context")
        elif _POSTCODE_SHAPE.fullmatch(match["code"]) and match["code"] not in _SERVICE_NUMBERS:
            # Swedish thousands are grouped in threes ("12 500"), so "123 45" is a postcode
            # (or part of a phone number, which the phone detector outscores).
            yield Detection(start, end, "postcode", SCORE_POSTCODE_SHAPE, "postcode.shape")


def _hours(number: str) -> bool:
    """Say whether a house number is two hours of the day joined by a dash ("19-23")."""
    first, dash, last = number.replace(" ", "").partition("-")
    if not dash or not (first.isdigit() and last.isdigit()):
        return False
    return int(first) < int(last) <= 24
