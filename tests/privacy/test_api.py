"""The public API of ``iub.privacy``: exports, the Detection type, Guard and the fake detector."""

from __future__ import annotations

import dataclasses

import pytest

import iub.privacy
from iub.privacy import Detection, FakeDetector, Guard, analyze
from iub.privacy.guard import Detector, default_detectors


def test_exported_names_are_the_public_api() -> None:
    """``__all__`` lists exactly the public names."""
    public = {name for name in dir(iub.privacy) if not name.startswith("_")}

    modules = {"annotations", "guard", "quasi", "lru_cache", "Iterable"}
    assert set(iub.privacy.__all__) == public - modules


def test_finding_is_frozen() -> None:
    """A finding cannot be changed after the guard made it."""
    finding = Detection(0, 4, "name", 0.85, "name.gazetteer")

    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.start = 1  # type: ignore[misc]


def test_finding_does_not_carry_the_matched_text() -> None:
    """A finding's repr holds offsets and kind, never the text it points at."""
    text = "Ring Lena på 070-123 45 67."

    rendered = " ".join(repr(f) for f in analyze(text))

    assert "070" not in rendered
    assert "Lena" not in rendered


def test_every_production_detector_follows_the_protocol() -> None:
    """Each shipped detector, and the fake, satisfies ``Detector``."""
    detectors = [*default_detectors(), FakeDetector({"X": "name"})]

    assert all(isinstance(detector, Detector) for detector in detectors)


def test_guard_with_a_fake_detector_reports_its_markers() -> None:
    """A guard built with a fake detector reports exactly the markers, mapped through folding."""
    guard = Guard(detectors=[FakeDetector({"NAMNX": "name"})])

    findings = guard.analyze("a\u200bNAMNX b NAMNX")

    assert [(2, 7), (10, 15)] == [(f.start, f.end) for f in findings]


def test_guard_min_score_reports_timestamp_shaped_numbers() -> None:
    """Lowering the threshold reveals a twelve-digit timestamp as a weak personnummer."""
    guard = Guard(min_score=0.2)

    findings = guard.analyze("Loggad 202503141430.")

    assert ["personnummer.timestamp_shaped"] == [f.rule for f in findings]


def test_guard_allow_list_is_reusable() -> None:
    """One guard with an allow-list serves many notes."""
    guard = Guard(allow=["Gläntan", "Mini Maria"])

    assert [] == guard.analyze("Gläntan och Mini Maria har öppet.")
    assert ["name"] == [f.kind for f in guard.analyze("Gläntan ringde Zlatko Kovac.")]


def test_builtin_allow_list_can_be_switched_off() -> None:
    """Without the shipped organisation list, "Maria Ungdom" contains a name again."""
    guard = Guard(builtin_allow=False)

    assert ["name"] == [f.kind for f in guard.analyze("Hon går på Maria Ungdom.")]


def test_overlapping_findings_keep_the_stronger() -> None:
    """A bare mobile number that is also date-shaped is reported once, as a phone."""
    assert ["phone"] == [f.kind for f in analyze("0701234567")]


def test_analyze_accepts_any_iterable_allow_list() -> None:
    """``allow`` may be a list, a set or a frozenset."""
    note = "Hon var på Gläntan."

    assert analyze(note, allow=["Gläntan"]) == analyze(note, allow={"Gläntan"}) == []
