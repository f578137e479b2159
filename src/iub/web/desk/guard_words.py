"""Words a committee has said are never a person in its notes (docs/committee.md).

The identity guard asks about a capitalised word it cannot place, and the places, brands and
services a municipality's staff name are more than any shipped list holds. The committee adds
such words; they join the allow-list of the desk's notes for that municipality
(``services.note_allow_list``) and of the stored-note review. Every change is audited.

A word is refused when a Swedish name list holds it (an allow-listed name would let that
person's name through in every note), when the guard finds an identifier in it, or when it is
not a plain word or phrase.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from django.db import IntegrityError, transaction

from iub.privacy import analyze
from iub.privacy.guard._lexicon import load
from iub.web.audit.services import audit_record
from iub.web.desk.models import GuardWord

__all__ = [
    "GuardWordRefused",
    "guard_word_add",
    "guard_word_remove",
    "guard_words_by_stem",
    "guard_words_for",
]

MAX_LENGTH = 60
_SHAPE = re.compile(r"^[^\W\d_][\w .&+'’-]*$")


class GuardWordRefused(ValueError):
    """The word cannot be added; ``message`` says why in Swedish, and how to go on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@cache
def _swedish_names() -> frozenset[str]:
    lexicon = load()
    wide = {row.partition("\t")[0] for row in lexicon.wide_first_names}
    return frozenset(name.lower() for name in (*lexicon.first_names, *lexicon.last_names, *wide))


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", " ".join(word.split())).casefold()


def guard_word_check(word: str) -> str:
    """Return the word, tidied (NFC, single spaces); raise ``GuardWordRefused`` if it cannot
    be allowed."""
    tidy = unicodedata.normalize("NFC", " ".join(word.split()))
    if not tidy:
        raise GuardWordRefused("Skriv ordet eller namnet på det som inte är en person.")
    if len(tidy) > MAX_LENGTH:
        raise GuardWordRefused(f"Skriv högst {MAX_LENGTH} tecken (nu {len(tidy)}).")
    if len(tidy) < 2 or not _SHAPE.fullmatch(tidy):
        raise GuardWordRefused(
            "Skriv ett ord eller ett kort namn med bokstäver, till exempel ”Qasa” eller "
            "”Göteborg Energi”, utan siffror först och utan andra tecken än - & + ."
        )
    names = _swedish_names()
    found = [part for part in re.split(r"[\s-]+", tidy.lower()) if part in names]
    if found:
        raise GuardWordRefused(
            f"”{found[0].capitalize()}” är ett förnamn eller efternamn i namnlistorna. Ett "
            "namn kan inte undantas: då skulle den personens namn släppas igenom i varje "
            "anteckning."
        )
    if any(f.kind != "name" for f in analyze(tidy, allow=[tidy])):
        raise GuardWordRefused(
            "Det här ser ut att innehålla en uppgift om en person (ett nummer, en adress eller "
            "en e-postadress) och kan inte undantas."
        )
    return tidy


def guard_words_for(stem: str) -> list[str]:
    """The words allowed in this municipality's notes, as the committee typed them."""
    return guard_words_by_stem([stem]).get(stem, [])


def guard_words_by_stem(stems: Iterable[str]) -> dict[str, list[str]]:
    """The words of several municipalities in one query (a review screens many notes)."""
    words: dict[str, list[str]] = {}
    for stem, word in GuardWord.objects.filter(stem__in=set(stems)).values_list("stem", "word"):
        words.setdefault(stem, []).append(word)
    return words


def guard_word_add(stem: str, word: str, *, actor: str) -> GuardWord:
    """Add a word for ``stem``; audited. Raises ``GuardWordRefused`` with the reason."""
    tidy = guard_word_check(word)
    try:
        with transaction.atomic():
            row = GuardWord.objects.create(stem=stem, word=tidy, folded=_fold(tidy), added_by=actor)
            _audit(row, actor, "ord som inte är namn")
    except IntegrityError:
        raise GuardWordRefused(f"”{tidy}” finns redan i listan.") from None
    return row


def guard_word_remove(row: GuardWord, *, actor: str) -> None:
    """Remove a word; audited."""
    with transaction.atomic():
        _audit(row, actor, "ord som inte är namn borttaget")
        row.delete()


def _audit(row: GuardWord, actor: str, what: str) -> None:
    """One audit entry for a change to the list; the word is no personal data (names are
    refused), so it is written out."""
    audit_record(
        actor=actor,
        action="write",
        object_type="guard_word",
        object_id=row.pk,
        unit=row.stem,
        purpose=f"{what}: {row.word}"[:200],
    )
