"""Bad input: empty, huge, binary and adversarial text never crashes and stays linear.

Linear is judged by counted work (function calls for n and 4n characters), never by a clock;
the per-note latency and start-up figures are `benchmarks/guard.py`'s.
"""

from __future__ import annotations

import itertools
import random
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iub.privacy import Detection, analyze, redact

from .conftest import as_samordningsnummer, hang_guard, load_test_personnummer, steps

NOTE = (
    "Deltagaren berättar att mamma Lena har spelproblem, nås på 070-123 45 67. Samtalet "
    "handlade om sömn och skola. Hon vill bo kvar. Nästa träff 2025-03-14 kl. 14.30 enligt "
    "14 kap. 5 § SoL. Pnr 210101-2397. "
)
KB = 1000

# Inputs built to make a careless regex backtrack or a careless loop go quadratic.
PATHOLOGICAL = {
    "digits": "1" * 200 * KB,
    "digit pairs and spaces": "12 " * 70 * KB,
    "area codes": "08 " * 70 * KB,
    "one long word": "a" * 200 * KB,
    "one long capitalised word": "Aa" * 100 * KB,
    "at signs": "@" * 200 * KB,
    "local parts": "a.b@" * 50 * KB,
    "broken addresses": "x.@c.se " * 25 * KB,
    "street names": "Storgatan " * 20 * KB,
    "hyphen digits": "-1" * 100 * KB,
    "combining marks": "a" + "\u0308" * 200 * KB,
    "zero-width spaces": "1\u200b" * 100 * KB,
    "capitalised run": "Xyzzy " * 35 * KB,
    "saint prefixes": "S:t " * 50 * KB,
    "postcodes": "123 45 " * 30 * KB,
    # The surname-shape, genitive, plus-sign and single-capitals rules (test_morphology.py).
    "plus-joined words": "xq+" * 70 * KB,
    "lower-case genitives": "kyllikkis mamma " * 13 * KB,
    "surname shapes": "gav zzqberg " * 17 * KB,
    "single words in capitals": "ZZQXY " * 35 * KB,
    "mixed scripts": "فاطمة Иванов ivanova " * 10 * KB,
}


def test_empty_text_has_no_findings() -> None:
    """Empty text gives an empty list."""
    assert [] == analyze("")


def test_whitespace_only_has_no_findings() -> None:
    """Text of spaces and newlines gives an empty list."""
    assert [] == analyze(" \n\t\u00a0\u2028 ")


def test_bytes_are_refused_with_a_type_error() -> None:
    """Bytes are refused loudly instead of being scanned as their repr."""
    with pytest.raises(TypeError):
        analyze(b"850101-0006")  # type: ignore[arg-type]


def test_type_error_does_not_carry_the_text() -> None:
    """The refusal message never repeats the input."""
    with pytest.raises(TypeError) as caught:
        analyze(b"850101-0006")  # type: ignore[arg-type]

    assert "850101" not in str(caught.value)


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_scanned_without_hanging(name: str) -> None:
    """200 kB built to trigger backtracking is scanned, with findings inside the text.

    Catastrophic backtracking would run for many minutes; the hard timeout catches that hang
    and nothing slower than it, so a busy CI machine cannot decide the outcome.
    """
    text = PATHOLOGICAL[name]
    with hang_guard():
        findings = analyze(text)

    assert all(0 <= f.start < f.end <= len(text) for f in findings)


def test_notes_are_scanned_in_linear_work() -> None:
    """Four times the text costs about four times the calls: far from the 16 of a quadratic scan."""
    quarter = (NOTE * (128 * KB // len(NOTE) + 1))[: 128 * KB]
    analyze(NOTE)  # load the word lists outside the count
    with hang_guard():
        small = steps(quarter)
        large = steps(quarter * 4)

    assert large <= 5 * small


def test_megabyte_of_notes_finds_every_personnummer() -> None:
    """Nothing is lost in a long text: every planted test personnummer is reported."""
    copies = 1000 * KB // len(NOTE)
    findings = analyze(NOTE * copies)

    assert copies == sum(1 for f in findings if f.kind == "personnummer")


def test_random_binary_garbage_never_crashes() -> None:
    """Random code points, including surrogates and private use, never raise."""
    rng = random.Random(5)
    text = "".join(chr(rng.randrange(0, 0x30000)) for _ in range(50 * KB))

    findings = analyze(text)

    assert all(0 <= f.start < f.end <= len(text) for f in findings)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_analyze_never_crashes_and_offsets_are_valid(text: str) -> None:
    """Any text gives sorted, non-overlapping findings inside the text, and redacts."""
    findings = analyze(text)

    assert all(0 <= f.start < f.end <= len(text) for f in findings)
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))
    assert isinstance(redact(text, findings), str)


_NUMBERS = load_test_personnummer()
_SEPARATORS = ["-", "+", " ", "", "\u00a0", "\u2011", "\u2013", " - ", "\u202f", "-\u200b"]
_GLUE = st.sampled_from(["", "\u200b", "\u200e", "\ufeff", "\u00ad"])
_FILLER = st.text(
    alphabet=st.sampled_from([*"abcdefghijklmnopqrstuvwxyzåäö ,.!?\n", "\u00a0"]),
    max_size=40,
)


def _spell(number: str, *, twelve: bool, separator: str, glue: str, wide: bool) -> str:
    """Write a twelve-digit test number the way a hurried or odd keyboard might."""
    digits = number if twelve else number[2:]
    date, serial = digits[:-4], digits[-4:]
    if wide:
        date = "".join(chr(ord(c) + 0xFEE0) for c in date)
    if glue:
        date = glue.join(date)
    return f"{date}{separator}{serial}"


@settings(max_examples=400, deadline=None)
@given(
    index=st.integers(min_value=0, max_value=len(_NUMBERS) - 1),
    coordination=st.booleans(),
    twelve=st.booleans(),
    separator=st.sampled_from(_SEPARATORS),
    glue=_GLUE,
    wide=st.booleans(),
    before=_FILLER,
    after=_FILLER,
)
def test_test_personnummer_with_odd_spacing_is_always_found(
    index: int,
    coordination: bool,
    twelve: bool,
    separator: str,
    glue: str,
    wide: bool,
    before: str,
    after: str,
) -> None:
    """Every Skatteverket test number, however spaced, inside random text, is reported."""
    number = _NUMBERS[index]
    if coordination:
        number = as_samordningsnummer(number)
    if separator == "+" and twelve:
        separator = "-"  # "+" marks age 100+, written only in the ten-digit form
    written = _spell(number, twelve=twelve, separator=separator, glue=glue, wide=wide)
    text = f"{before} {written} {after}"
    start = len(before) + 1

    covering = [f for f in analyze(text) if f.start <= start and f.end >= start + len(written)]

    assert [] != covering
    assert covering[0].kind in ("personnummer", "samordningsnummer")


def test_redact_replaces_every_kind_with_its_label() -> None:
    """Redaction uses the Swedish labels and leaves the rest of the note alone."""
    text = "Mamma Lena, 070-123 45 67, lena@exempel.se, Storgatan 5, pnr 210101-2397, ABC 123."

    redacted = redact(text, analyze(text))

    expected = "Mamma [NAMN], [TELEFON], [EPOST], [ADRESS], pnr [PERSONNUMMER], [REGNR]."
    assert expected == redacted


def test_redact_refuses_findings_from_another_text() -> None:
    """A finding outside the text raises, without quoting the text."""
    with pytest.raises(ValueError) as caught:
        redact("kort", [Detection(10, 20, "name", 0.9, "name.gazetteer")])

    assert "kort" not in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(
    index=st.integers(min_value=0, max_value=len(_NUMBERS) - 1),
    twelve=st.booleans(),
    cuts=st.sets(st.integers(min_value=1, max_value=9), min_size=1, max_size=5),
    separator=st.sampled_from([" ", "-", ".", "  ", " - ", "\u00a0", "\u2013"]),
    before=_FILLER,
    after=_FILLER,
)
def test_test_personnummer_in_any_grouping_is_found(
    index: int, twelve: bool, cuts: set[int], separator: str, before: str, after: str
) -> None:
    """A test number split into odd digit groups ("85 01 01-00 06") is still reported."""
    digits = _NUMBERS[index] if twelve else _NUMBERS[index][2:]
    bounds = [0, *sorted(cut for cut in cuts if cut < len(digits)), len(digits)]
    written = separator.join(digits[a:b] for a, b in itertools.pairwise(bounds))
    text = f"{before} {written} {after}"
    start = len(before) + 1

    covering = [f for f in analyze(text) if f.start <= start and f.end >= start + len(written)]

    assert [] != covering


_FICTION_MOBILES = [f"0701740{tail:03d}" for tail in range(5, 100)]  # PTS: reserved for fiction


@settings(max_examples=300, deadline=None)
@given(
    number=st.sampled_from(_FICTION_MOBILES),
    cuts=st.sets(st.integers(min_value=1, max_value=9), min_size=0, max_size=5),
    separator=st.sampled_from([" ", "-", ".", "\u00a0", "\u2011", " - ", "\u200b"]),
    wide=st.booleans(),
    before=_FILLER,
    after=_FILLER,
)
def test_mobile_number_in_any_grouping_is_found(
    number: str, cuts: set[int], separator: str, wide: bool, before: str, after: str
) -> None:
    """A mobile number, however grouped or spaced, inside random text, is reported."""
    digits = "".join(chr(ord(c) + 0xFEE0) for c in number) if wide else number
    bounds = [0, *sorted(cuts), len(digits)]
    written = separator.join(digits[a:b] for a, b in itertools.pairwise(bounds))
    text = f"{before} {written} {after}"
    start = len(before) + 1

    covering = [f for f in analyze(text) if f.start <= start and f.end >= start + len(written)]

    assert [] != covering


@settings(max_examples=200, deadline=None)
@given(
    position=st.integers(min_value=1, max_value=3),
    mark=st.sampled_from(["\u200b", "\u200e", "\u00ad", "\ufeff", "\u2060"]),
)
def test_invisible_mark_inside_a_name_or_address_does_not_hide_it(position: int, mark: str) -> None:
    """A zero-width or bidi mark inside a name or an e-mail address does not hide it."""
    name = "Lena"
    email = "lena.berg@exempel.se"
    hidden_name = f"{name[:position]}{mark}{name[position:]}"
    hidden_email = f"{email[:position]}{mark}{email[position:]}"
    text = f"Mamma {hidden_name} mejlar från {hidden_email}."

    kinds = [f.kind for f in analyze(text)]

    assert ["name", "email"] == kinds


def test_kept_word_verdicts_are_bounded_and_change_no_finding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The verdicts kept per lower-case word never outgrow their bound, and a detector that
    empties its store finds exactly what a fresh one finds."""
    from iub.privacy.guard import _words, names
    from iub.privacy.guard._lexicon import load
    from iub.privacy.guard.names import NameDetector

    monkeypatch.setattr(names, "_WORD_CACHE_LIMIT", 10)
    monkeypatch.setattr(_words, "_CACHE_LIMIT", 10)
    words = [f"zorb{a}{b}" for a, b in itertools.product("aeiouy", "lmnrst")]
    notes = [f"sen kom {word} o sa att {other} ringde" for word, other in itertools.pairwise(words)]
    lexicon = load()
    reused = NameDetector(lexicon)
    for note in notes:
        assert list(reused.detect(note)) == list(NameDetector(lexicon).detect(note))
        assert len(reused._may_be_name_cache) <= 10
        assert len(reused._undotted_hint_cache) <= 10
        assert len(reused._common._inflected_cache) <= 10


def test_what_one_note_shows_of_its_keyboard_never_reaches_another_thread() -> None:
    """A note typed without å, ä and ö is read with the letters restored; a detector shared
    by threads (as the desk's is) reads every other note as if alone."""
    from concurrent.futures import ThreadPoolExecutor

    from iub.privacy import Guard

    guard = Guard(min_score=0.35)
    notes = [
        "ok hon lamnar in papprena imorn, tack for hjalpen",
        "pratade med borjan igår om skolan",
        "ringde fran toaletten, sen kom kowalczyk",
        "sa till ubaxo att hon ska ringa",
    ] * 200
    alone = [guard.analyze(note) for note in notes]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, inside every note
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            together = list(pool.map(guard.analyze, notes))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone
    assert any(alone[1]) and not alone[0]
