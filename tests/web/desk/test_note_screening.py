"""The scan keeps each note's verdict: a second review reads it, a changed note or a new guard
screens again, and the stored verdicts hold neither the text nor the record they came from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from iub.web.desk import notes
from iub.web.desk.models import NoteScreening, Visit
from iub.web.desk.notes import privacy_findings

from .conftest import Staff
from .test_note_correction import LEAK, _visit

CLEAN = "Gruppen pratade om sömn och oro, alla var med hela kvällen."


@pytest.fixture
def screened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the guard is asked to screen, in order."""
    calls: list[str] = []
    real = notes.note_screen

    def spy(text: str, **kwargs: Any) -> Any:
        calls.append(text)
        return real(text, **kwargs)

    monkeypatch.setattr(notes, "note_screen", spy)
    return calls


def test_a_second_review_reads_the_verdicts(staff: Staff, screened: list[str]) -> None:
    leak = _visit(staff, LEAK, key="leak-0001")
    _visit(staff, CLEAN, key="clean-0001")

    first = privacy_findings()
    assert 2 == len(screened)
    second = privacy_findings()

    assert 2 == len(screened)  # nothing screened again
    assert first == second
    assert [f"visit {leak.pk}"] == [f.record for f in second]
    assert second[0].kinds and second[0].combination


def test_the_same_text_twice_is_screened_once(staff: Staff, screened: list[str]) -> None:
    _visit(staff, LEAK, key="leak-0001")
    _visit(staff, LEAK, key="leak-0002")

    assert 2 == len(privacy_findings())
    assert 1 == len(screened)


def test_a_changed_note_is_screened_again(staff: Staff, screened: list[str]) -> None:
    visit = _visit(staff, CLEAN, key="clean-0001")
    assert [] == privacy_findings()

    Visit.objects.filter(pk=visit.pk).update(note=CLEAN + " Ring Karin Lindqvist 070-123 45 67.")

    findings = privacy_findings()
    assert 2 == len(screened)
    assert [f"visit {visit.pk}"] == [f.record for f in findings]
    assert {"phone"} <= set(findings[0].kinds)


def test_a_new_guard_screens_every_note_and_forgets_the_old_verdicts(
    staff: Staff, screened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _visit(staff, LEAK, key="leak-0001")
    privacy_findings()
    old = set(NoteScreening.objects.values_list("guard", flat=True))

    monkeypatch.setattr(notes, "_guard_fingerprint", lambda: "a-newer-guard")
    assert 1 == len(privacy_findings())

    assert 2 == len(screened)
    assert {"a-newer-guard"} == set(NoteScreening.objects.values_list("guard", flat=True))
    assert old and "a-newer-guard" not in old


def test_a_verdict_holds_no_text_and_no_record(staff: Staff) -> None:
    visit = _visit(staff, LEAK, key="leak-0001")
    privacy_findings()

    stored = " ".join(
        " ".join(str(value) for value in row)
        for row in NoteScreening.objects.values_list("key", "guard", "kinds", "combination")
    )
    for word in ("Lisa", "Södersjukhuset", "barnmorska"):
        assert word not in stored
    # Whole values only: a hex digest may end in the record's digits by chance.
    assert str(visit.pk) not in stored.split()
    assert {"key", "guard", "kinds", "combination"} == {
        f.name for f in NoteScreening._meta.get_fields()
    }


def test_the_fingerprint_follows_the_guards_code_and_lists(tmp_path: Path) -> None:
    guard = tmp_path / "guard"
    (guard / "data").mkdir(parents=True)
    (guard / "names.py").write_text("NAMES = 1\n")
    (guard / "data" / "first_names.txt").write_text("Lisa\n")
    before = notes._digest([guard])

    (guard / "__pycache__").mkdir()
    (guard / "__pycache__" / "names.cpython-311.pyc").write_bytes(b"\x00")
    assert before == notes._digest([guard])  # compiled files are not the guard
    (guard / "data" / "first_names.txt").write_text("Lisa\nOlle\n")
    assert before != notes._digest([guard])
    assert 16 == len(notes._guard_fingerprint())
