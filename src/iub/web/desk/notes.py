"""Correct or remove a saved note that must not exist (14 kap. 5 §), and find such notes.

A note written before the guard caught it — or one the guard misses today and catches
tomorrow — is data that by law must not exist under a 14 kap. 5 § decision. Staff of the
unit who hold the ``desk.note_correct`` permission correct the note (the new text passes the
guard) or remove it, and choose a reason. The audit trail records that the note of which
record was changed or removed, by whom, when and why (a fixed reason), never the old or the
new text. :func:`privacy_findings` scans every stored note with the current guard and
:func:`privacy_findings_count` gives the committee the number of records to act on.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse

import iub.followup
import iub.privacy
from iub.catalog import Regime
from iub.followup import NOTE_MAX_LENGTH, NoteScreen, note_screen
from iub.web.accounts.models import Unit
from iub.web.audit.services import audit_record
from iub.web.catalog import selectors as catalog_selectors
from iub.web.desk.guard_words import guard_words_by_stem
from iub.web.desk.models import AnonymousParticipation, NoteScreening, Visit
from iub.web.desk.selectors import Place

__all__ = [
    "NOTE_KINDS",
    "NOTE_REASONS",
    "NoteFinding",
    "NoteRecord",
    "note_correct",
    "note_record",
    "note_remove",
    "privacy_findings",
    "privacy_findings_count",
    "user_may_correct",
]

NoteRecord = Visit | AnonymousParticipation

NOTE_KINDS: dict[str, type[Visit] | type[AnonymousParticipation]] = {
    "besok": Visit,
    "deltagande": AnonymousParticipation,
}
"""URL segment of each record kind whose note can be corrected."""
_AUDIT_TYPE = {Visit: "visit", AnonymousParticipation: "anonymous_participation"}
_KIND_OF = {Visit: "besok", AnonymousParticipation: "deltagande"}

NOTE_REASONS: dict[str, str] = {
    "identity": "Uppgifter som kan röja identiteten",
    "combination": "En kombination av uppgifter som pekar ut en person",
    "wrong": "Felaktig uppgift",
    "wrong_record": "Anteckningen hör till ett annat besök eller deltagande",
    "other": "Annat skäl",
}
"""The reasons staff choose from; only the chosen key and its label reach the audit trail."""

PERMISSION = "desk.note_correct"
_RECORD_SV = {Visit: "Besök", AnonymousParticipation: "Deltagande"}
_KIND_SV = {
    "personnummer": "personnummer",
    "samordningsnummer": "samordningsnummer",
    "phone": "telefonnummer",
    "email": "e-postadress",
    "address": "adress",
    "postcode": "postnummer",
    "licence_plate": "registreringsnummer",
    "name": "namn",
}


def user_may_correct(user: User | AnonymousUser) -> bool:
    """Whether the user holds the permission to correct and remove notes."""
    return bool(user.is_authenticated and user.has_perm(PERMISSION))


def note_record(place: Place, kind: str, pk: int) -> NoteRecord | None:
    """The record of this place whose note may be corrected, or None."""
    model = NOTE_KINDS.get(kind)
    if model is None:
        return None
    found: NoteRecord | None = place.records(model).filter(pk=pk).first()
    return found


def _regime(place: Place, record: NoteRecord) -> Regime:
    if isinstance(record, Visit):
        return Regime(record.regime)
    return Regime.no_identity


def _require(user: User, reason: str) -> None:
    if not user_may_correct(user):
        raise PermissionDenied("may not correct notes")
    if reason not in NOTE_REASONS:
        raise ValueError("unknown reason")


def _audit(place: Place, record: NoteRecord, user: User, action: str, reason: str) -> None:
    verb = "rättad" if action == "note_correct" else "borttagen"
    audit_record(
        actor=user.get_username(),
        action=action,
        object_type=_AUDIT_TYPE[type(record)],
        object_id=record.pk,
        unit=place.audit_unit,
        purpose=f"anteckning {verb}: {NOTE_REASONS[reason]}",
    )


def note_correct(
    place: Place,
    record: NoteRecord,
    *,
    text: str,
    reason: str,
    user: User,
    allow: Iterable[str] = (),
    confirmed: bool = False,
) -> NoteScreen:
    """Replace a record's note with a corrected text that passes the guard; audited.

    Returns:
        The guard's screen of the new text; when it is not storable nothing changed, and the
        caller shows the screen (the audit trail is not written).

    Raises:
        PermissionDenied: the user lacks ``desk.note_correct``.
        ValueError: an unknown reason, or a text longer than the note field allows.
    """
    _require(user, reason)
    if len(text) > NOTE_MAX_LENGTH:
        raise ValueError("note too long")
    screen = note_screen(text, regime=_regime(place, record), allow=allow)
    if not screen.storable(confirmed=confirmed):
        return screen
    with transaction.atomic():
        record.note = text
        record.save(update_fields=["note"])
        _audit(place, record, user, "note_correct", reason)
    return screen


def note_remove(place: Place, record: NoteRecord, *, reason: str, user: User) -> None:
    """Remove a record's note (the record itself stays); audited, without the text.

    Raises:
        PermissionDenied: the user lacks ``desk.note_correct``.
        ValueError: an unknown reason.
    """
    _require(user, reason)
    with transaction.atomic():
        record.note = ""
        record.save(update_fields=["note"])
        _audit(place, record, user, "note_remove", reason)


# -- the scan ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteFinding:
    """A stored note that the current guard would refuse: kinds and counts, never the text."""

    record: str  # "visit 3", "anonymous_participation 7"
    stem: str
    unit_slug: str
    unit_name: str
    intervention_id: str
    regime: str
    kinds: dict[str, int] = field(default_factory=dict)
    combination: str = ""
    link: str = ""
    record_sv: str = ""  # "Besök 3"
    intervention_title: str = ""

    @property
    def kinds_sv(self) -> str:
        """The kinds and counts in Swedish: "1 namn, 2 telefonnummer"."""
        return ", ".join(f"{n} {_KIND_SV.get(k, k)}" for k, n in sorted(self.kinds.items()))


@lru_cache(maxsize=64)
def _title(stem: str, intervention_id: str) -> str:
    """The intervention's title in the latest published catalog (its id if gone)."""
    version = catalog_selectors.catalog_version_latest(stem)
    if version is not None:
        for intervention in catalog_selectors.catalog_of(version).interventions:
            if intervention.id == intervention_id:
                return intervention.title
    return intervention_id


@lru_cache(maxsize=64)
def _allow(
    stem: str, unit_name: str, intervention_id: str, words: tuple[str, ...]
) -> tuple[str, ...]:
    """The allow-list a note of this place was written under (as the desk builds it), with
    the committee's ``words`` that are never a person."""
    names = {unit_name, *words}
    version = catalog_selectors.catalog_version_latest(stem)
    if version is not None:
        catalog = catalog_selectors.catalog_of(version)
        for intervention in catalog.interventions:
            if intervention.id == intervention_id:
                names.add(intervention.title)
            names.update(r.unit for r in intervention.where_to_turn if r.unit)
    return tuple(sorted(names))


_LABEL = re.compile(r"\[[A-ZÅÄÖ]+\]")
_CHUNK = 500


@lru_cache(maxsize=1)
def _guard_fingerprint() -> str:
    """A digest of the guard's code and word lists: a new guard screens every note afresh."""
    return _digest(
        (Path(iub.privacy.__file__).parent, Path(iub.followup.__file__).parent / "_notes.py")
    )


def _digest(roots: Iterable[Path]) -> str:
    """Sixteen hex digits over the names and bytes of the .py and .txt files under roots."""
    digest = hashlib.sha256()
    for root in roots:
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and path.suffix in {".py", ".txt"}:
                digest.update(path.relative_to(root.parent).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class _Verdict:
    kinds: dict[str, int]
    combination: str


_CLEAN = _Verdict({}, "")


def _pending(
    row: Any, regime: Regime, words: dict[str, list[str]]
) -> tuple[str, Regime, tuple[str, ...]] | None:
    """The text to screen, with labels left by redaction ("[NAMN]") blanked, keeping offsets."""
    text = _LABEL.sub(lambda m: " " * len(m.group(0)), row.note)
    if not text.strip() or regime is Regime.full:
        return None
    stem = row.unit.stem
    return (
        text,
        regime,
        _allow(stem, row.unit.name, row.intervention_id, tuple(words.get(stem, ()))),
    )


def _key(guard: str, text: str, regime: Regime, allow: tuple[str, ...]) -> str:
    message = "\x1f".join((guard, regime.value, "\x1e".join(allow), text)).encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _verdict(text: str, regime: Regime, allow: tuple[str, ...]) -> _Verdict:
    screen = note_screen(text, regime=regime, allow=allow)
    if not (screen.blocking or screen.quasi_warns):
        return _CLEAN
    kinds: dict[str, int] = {}
    for finding in screen.blocking:
        kinds[finding.kind] = kinds.get(finding.kind, 0) + 1
    quasi = screen.quasi if screen.quasi_warns else None
    return _Verdict(kinds, quasi.combination_sv() if quasi is not None else "")


def _verdicts(chunk: list[tuple[Any, Regime]], guard: str) -> list[tuple[Any, Regime, _Verdict]]:
    """Each screened row's regime and verdict: stored ones read back, the others screened now
    and stored before this returns."""
    pending = {}
    words = guard_words_by_stem(row.unit.stem for row, _ in chunk)
    for row, regime in chunk:
        screened = _pending(row, regime, words)
        if screened is not None:
            pending[row] = (_key(guard, *screened), screened)
    keys = [key for key, _ in pending.values()]
    known = {
        s.key: _Verdict(s.kinds, s.combination) for s in NoteScreening.objects.filter(key__in=keys)
    }
    fresh: dict[str, _Verdict] = {}
    found = []
    for row, (key, screened) in pending.items():
        verdict = known.get(key) or fresh.get(key)
        if verdict is None:
            verdict = fresh[key] = _verdict(*screened)
        found.append((row, screened[1], verdict))
    NoteScreening.objects.bulk_create(
        [
            NoteScreening(key=key, guard=guard, kinds=v.kinds, combination=v.combination)
            for key, v in fresh.items()
        ],
        ignore_conflicts=True,  # a review running at the same time stored the same verdict
    )
    return found


def _rows(units: Iterable[Unit] | None) -> Iterator[tuple[Any, Regime]]:
    for model in (Visit, AnonymousParticipation):
        rows = model.objects.exclude(note="").select_related("unit")
        if units is not None:
            rows = rows.filter(unit__in=list(units))
        for row in rows.order_by("pk").iterator(chunk_size=_CHUNK):
            regime = Regime(row.regime) if isinstance(row, Visit) else Regime.no_identity
            yield row, regime


def _chunks(rows: Iterator[tuple[Any, Regime]]) -> Iterator[list[tuple[Any, Regime]]]:
    chunk: list[tuple[Any, Regime]] = []
    for item in rows:
        chunk.append(item)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def privacy_findings(units: Iterable[Unit] | None = None) -> list[NoteFinding]:
    """Every stored note (of these units, or all) that the current guard would refuse.

    A note counts when it holds a finding that blocks (score 0.5 or more) or a combination of
    quasi-identifiers that warns. Each finding links to the page where staff correct or
    remove the note. A note the current guard has screened before is not screened again
    (:class:`~iub.web.desk.models.NoteScreening`): the review of a year's notes reads verdicts.
    """
    _allow.cache_clear()
    _title.cache_clear()
    guard = _guard_fingerprint()
    NoteScreening.objects.exclude(guard=guard).delete()
    found: list[NoteFinding] = []
    for chunk in _chunks(_rows(units)):
        for row, regime, verdict in _verdicts(chunk, guard):
            if not (verdict.kinds or verdict.combination):
                continue
            found.append(_finding(row, regime, verdict))
    return found


def _finding(row: Any, regime: Regime, verdict: _Verdict) -> NoteFinding:
    return NoteFinding(
        record=f"{_AUDIT_TYPE[type(row)]} {row.pk}",
        stem=row.unit.stem,
        unit_slug=row.unit.slug,
        unit_name=row.unit.name,
        intervention_id=row.intervention_id,
        regime=regime.value,
        kinds=dict(verdict.kinds),
        combination=verdict.combination,
        record_sv=f"{_RECORD_SV[type(row)]} {row.pk}",
        intervention_title=_title(row.unit.stem, row.intervention_id),
        link=reverse(
            "desk:note_edit",
            args=[row.unit.stem, row.unit.slug, row.intervention_id, _KIND_OF[type(row)], row.pk],
        ),
    )


def privacy_findings_count(units: Iterable[Unit] | None = None) -> int:
    """How many stored notes the current guard would refuse: the figure the committee sees."""
    return len(privacy_findings(units))
