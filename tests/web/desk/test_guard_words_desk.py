"""Words the committee said are never a person: the desk's guard leaves them alone."""

from __future__ import annotations

from iub.web.desk.guard_words import guard_word_add, guard_word_remove
from iub.web.desk.models import GuardWord, Visit

from .conftest import Staff
from .test_note_correction import _post_group_visit

NOTE = "Söker bostad på Blocket, pratade med Zorbex om skulderna varje kväll."


def test_a_word_the_committee_allowed_is_no_longer_held_against_a_note(staff: Staff) -> None:
    refused = _post_group_visit(staff, NOTE)
    assert 422 == refused.status_code  # "med Zorbex": a name, as far as the guard knows
    assert 0 == Visit.objects.count()

    guard_word_add("alingsas", "Zorbex", actor="sekr1")
    stored = _post_group_visit(staff, NOTE)

    assert 302 == stored.status_code
    assert [NOTE] == list(Visit.objects.values_list("note", flat=True))


def test_another_municipalitys_word_does_not_count_here(staff: Staff) -> None:
    guard_word_add("stockholm", "Zorbex", actor="sthlm")

    assert 422 == _post_group_visit(staff, NOTE).status_code
    assert 0 == Visit.objects.count()


def test_a_removed_word_is_held_against_a_note_again(staff: Staff) -> None:
    row = guard_word_add("alingsas", "Zorbex", actor="sekr1")
    guard_word_remove(row, actor="sekr1")

    assert 422 == _post_group_visit(staff, NOTE).status_code
    assert 0 == GuardWord.objects.count()


def test_the_stored_note_review_reads_the_committees_words(staff: Staff) -> None:
    from iub.web.desk.notes import privacy_findings

    from .test_note_correction import _visit

    _visit(staff, NOTE, key="review-0001")
    assert 1 == len(privacy_findings())

    guard_word_add("alingsas", "Zorbex", actor="sekr1")
    assert [] == privacy_findings()
