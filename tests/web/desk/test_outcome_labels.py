"""The desk labels outcomes as the CLI does: both read OutcomeKind.label_sv."""

from __future__ import annotations

from iub.intake import OutcomeKind
from iub.web.desk.views import OUTCOME_SV


def test_the_desk_shows_the_enum_s_swedish_labels() -> None:
    """The desk's table of labels is the enum's Swedish labels, one per kind."""
    assert {kind.value: kind.label_sv for kind in OutcomeKind} == OUTCOME_SV
