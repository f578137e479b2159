"""Swedish telephone numbers: mobile and landline, national and international forms.

National numbers start with 0 and an area code (08, 0XX, 0XXX, 07X for mobiles; 08 is the
only two-digit one, so "01 01 2397" is not a number) and have
8-10 digits in all; international ones start with +46 or 0046, optionally with ``(0)``.
Groups may be separated by one space, and the area code by a hyphen, slash or space; a mobile
number grouped in any other way (dots, pairs) is caught by a fallback that joins the digits.
Times (``08.30``), dates (``2025-03-14``) and case numbers do not match because dots are not
separators, the number must start with 0 or +46/0046, and the lookarounds refuse a match
glued to other digits or letters. A number the note runs on into ("040-62 84 87 11 krav")
loses the groups past its tenth digit, which belong to the next words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._types import Detection

_GROUPS = r"(?:\d{5,8}|\d{2,4}(?: \d{2,4}){0,4})"
_PATTERN = re.compile(
    r"(?<![\w+/])(?<!\d[.,:\-])"
    r"(?:"
    r"(?P<intl>(?:\+ ?|00)46 ?(?:\(0\) ?)?-? ?)(?P<area_i>8|[1-79]\d{1,2})[- /]?(?P<rest_i>"
    + _GROUPS
    + r")"
    r"|(?P<paren>\((?:08|0[1-79]\d{1,2})\)) ?(?P<rest_p>" + _GROUPS + r")"
    r"|(?P<area>08|0[1-79]\d{1,2})(?: ?[-/] ?| )?(?P<rest>" + _GROUPS + r")"
    r")"
    r"(?![\w\-/]|[.,:]\d)"
)
_DATE_LIKE = re.compile(r"\d\d-\d\d-\d{4}|\d{4}-\d\d-\d\d")
# Non-geographic numbers that only organisations hold: freephone (020, "Kvinnofridslinjen
# 020-50 50 50"), national shared-cost numbers (077x, "Försäkringskassan 0771-524 524") and
# premium rate (0900, 0939, 0944). No person is reached at one; 075 (personal numbers) and
# 010 are left as they are.
_SERVICE_PREFIXES = ("020", "077", "0900", "0939", "0944")

# Mobile numbers grouped in any other way ("07 01 23 45 67", "070.123.45.67", "0701 234 567",
# "0 7 0 1 2 3 4 5 6 7"); at most ten groups, so the time stays linear.
_REGROUPED = re.compile(
    r"(?<![\w+/])(?<!\d[.,:\-])0\d{0,9}(?:(?: {1,2}| ?[-./] ?)\d{1,9}){1,9}(?![\w\-/]|[.,:]\d)"
)
_MOBILE_DIGITS = re.compile(r"07[02369]\d{7}")

SCORE_MOBILE = 0.9
SCORE_REGROUPED = 0.7
SCORE_LANDLINE = 0.85
SCORE_INTERNATIONAL = 0.9


class PhoneDetector:
    """Find Swedish phone numbers, validated by their digit count."""

    structured = True  # never hidden by the allow-list

    def detect(self, text: str) -> Iterator[Detection]:
        """Yield one finding per phone number with 8-10 national digits."""
        for match in _PATTERN.finditer(text):
            span = match.group(0)
            if _DATE_LIKE.fullmatch(span):
                continue
            if match["intl"] is not None:
                prefix, rest = "0" + match["area_i"], match["rest_i"]
                rule, score = "phone.international", SCORE_INTERNATIONAL
            elif match["paren"] is not None:
                prefix, rest = match["paren"][1:-1], match["rest_p"]
                rule, score = "phone.national", SCORE_LANDLINE
            else:
                prefix, rest = match["area"], match["rest"]
                rule, score = "phone.national", SCORE_LANDLINE
            end = match.end()
            # A number a note runs on into ("040-62 84 87 11 krav"): the groups after the
            # tenth digit belong to the next words, so they are left off, one at a time.
            while len(prefix) + len(rest.replace(" ", "")) > 10 and " " in rest:
                cut = rest.rindex(" ")
                end -= len(rest) - cut
                rest = rest[:cut]
            national = prefix + rest.replace(" ", "")
            if not 8 <= len(national) <= 10 or national.startswith(_SERVICE_PREFIXES):
                continue
            if national.startswith("07"):
                if len(national) != 10:
                    continue
                if rule == "phone.national":
                    rule = "phone.mobile"
                score = max(score, SCORE_MOBILE)
            yield Detection(match.start(), end, "phone", score, rule)
        for match in _REGROUPED.finditer(text):
            digits = "".join(char for char in match.group(0) if char.isdigit())
            if _MOBILE_DIGITS.fullmatch(digits):
                yield Detection(
                    match.start(), match.end(), "phone", SCORE_REGROUPED, "phone.regrouped"
                )
