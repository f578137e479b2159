"""Free text in records: screened by the identity guard on every write path.

One function decides whether a note may be stored, by regime (docs/law.md, 14 kap. 3–5 §§):

* ``no_identity`` (14 kap. 5 §): any finding of score 0.5 or more blocks saving; a weak name
  guess (0.35–0.5) asks the writer to confirm that the word is not a name. A personnummer,
  phone number, e-mail or address can never be confirmed away.
* ``advice`` (14 kap. 4 §): the same detection, presented as a warning: the writer redacts
  (one click), takes it out, or — for a name guess only — confirms that the marked word is
  not a name ("Jag har kontrollerat att det markerade inte är namn och inte pekar ut
  någon").
* ``full`` (14 kap. 3 §): identity may be documented; nothing is screened.

Under ``advice`` and ``no_identity`` the note's quasi-identifiers are scored too
(:func:`iub.privacy.quasi_check`): a combination that warns ("45 år, barnmorska") asks the
writer to generalise it or confirm; under ``no_identity`` one that blocks ("45 år, barnmorska
på Södersjukhuset") cannot be confirmed away, like a name.

A :class:`NoteScreen` holds kinds and offsets only; :meth:`NoteScreen.summary` is what a log
line or an error report may carry.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from iub.catalog import Regime
from iub.errors import GuardRefusal
from iub.privacy import Detection, QuasiScreen, analyze, quasi_check, redact

__all__ = ["BLOCK_SCORE", "NOTE_MAX_LENGTH", "NoteScreen", "note_redact", "note_screen"]

BLOCK_SCORE = 0.5
NOTE_MAX_LENGTH = 1000


@dataclass(frozen=True)
class NoteScreen:
    """What the guard found in one note: the findings that block and those to confirm."""

    regime: Regime
    blocking: tuple[Detection, ...]
    to_confirm: tuple[Detection, ...]
    quasi: QuasiScreen | None = None

    @property
    def clean(self) -> bool:
        """Nothing found at all, and no combination that warns."""
        return not self.blocking and not self.to_confirm and not self.quasi_warns

    @property
    def quasi_warns(self) -> bool:
        """The note combines quasi-identifiers enough to ask the writer to generalise."""
        return self.quasi is not None and self.quasi.warns

    @property
    def quasi_blocks(self) -> bool:
        """Under ``no_identity``, the combination blocks the note like a name does."""
        return self.regime is Regime.no_identity and self.quasi is not None and self.quasi.blocks

    def confirmable(self, finding: Detection) -> bool:
        """Whether the writer may confirm this finding away: a name guess, never a number.

        Under ``advice`` any name guess; under ``no_identity`` only a weak one (score below
        :data:`BLOCK_SCORE`).
        """
        if finding.kind != "name":
            return False
        return self.regime is Regime.advice or finding.score < BLOCK_SCORE

    @property
    def can_confirm(self) -> bool:
        """Something was found, and all of it may be confirmed away."""
        found = (*self.blocking, *self.to_confirm)
        if self.quasi_blocks:
            return False
        return (bool(found) or self.quasi_warns) and all(self.confirmable(f) for f in found)

    def storable(self, *, confirmed: bool) -> bool:
        """Whether the note may be stored: nothing found, or only confirmed name guesses."""
        if self.regime is Regime.full:
            return True
        found = (*self.blocking, *self.to_confirm)
        if not found and not self.quasi_warns:
            return True
        return confirmed and self.can_confirm

    def summary(self) -> dict[str, int]:
        """Kinds and counts only: the one form a log line or report may carry."""
        counts: Counter[str] = Counter(f.kind for f in (*self.blocking, *self.to_confirm))
        if self.quasi_warns:
            counts["combination"] = 1
        return dict(counts)

    def refusal(self, *, field: str = "note") -> GuardRefusal:
        """The error for a refused note: kinds and offsets, never the text.

        The parts of a combination that warns come as ``quasi.<kind>`` ("quasi.age").
        """
        spans: list[tuple[str, int, int]] = [
            (f.kind, f.start, f.end) for f in (*self.blocking, *self.to_confirm)
        ]
        if self.quasi is not None and self.quasi_warns:
            spans.extend((f"quasi.{p.kind}", p.start, p.end) for p in self.quasi.parts)
        return GuardRefusal(spans, field=field)


def note_screen(text: str, *, regime: Regime, allow: Iterable[str] = ()) -> NoteScreen:
    """Screen a note for identity-revealing spans under the intervention's regime.

    Args:
        text: The note as typed.
        regime: The intervention's documentation regime.
        allow: Unit and programme names that are not people ("Mini Maria", "Gläntan").
    """
    if regime is Regime.full or not text.strip():
        return NoteScreen(regime, (), ())
    allowed = frozenset(allow)
    findings = analyze(text, allow=allowed)
    blocking = tuple(f for f in findings if f.score >= BLOCK_SCORE)
    to_confirm = tuple(f for f in findings if f.score < BLOCK_SCORE)
    return NoteScreen(regime, blocking, to_confirm, quasi_check(text, allow=sorted(allowed)))


def note_redact(text: str, findings: Sequence[Detection]) -> str:
    """The note with every finding replaced by its label (``[NAMN]``, ``[PERSONNUMMER]`` …)."""
    return redact(text, findings)
