"""What the provider's desk stores, one model per record kind, each under its regime.

Nothing here holds an identity except :class:`Identity`, which only :mod:`.services` writes
and reads (encrypted at rest, with a keyed hash for look-up) and every read and write of which
goes through the audit trail. Records of ``advice`` and ``no_identity`` interventions have no
identity field at all. Every record a form or the API creates carries the client's
idempotency key, so a double submit stores one record.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from iub.catalog import Regime
from iub.followup import AGE_BANDS, GENDERS, HALF_DAYS, LEAVING_REASONS
from iub.web.accounts.models import Unit

_AGE = list(AGE_BANDS.items())
_GENDER = list(GENDERS.items())
_LEAVING = list(LEAVING_REASONS.items())
_REGIME = [(regime.value, regime.citation.removeprefix("SoL ")) for regime in Regime]


class _Record(models.Model):
    """Where and by whom: the fields every record shares."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="+")
    stem = models.SlugField(max_length=64)
    catalog_version = models.PositiveIntegerField()
    intervention_id = models.SlugField(max_length=200)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    idempotency_key = models.CharField(max_length=64, unique=True)

    class Meta:
        abstract = True


class CheckRecord(_Record):
    """A summary check: outcome, date, unit and which condition failed — never the facts."""

    regime = models.CharField(max_length=20, choices=_REGIME)
    outcome = models.CharField(max_length=20)
    checked_on = models.DateField()
    failed_conditions = models.JSONField(default=list)
    information_given_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)


class Visit(_Record):
    """A visit or one group meeting of N people (advice or no_identity)."""

    regime = models.CharField(max_length=20, choices=_REGIME)
    visited_on = models.DateField()
    delivery = models.CharField(
        max_length=20, choices=[("individual", "Enskilt"), ("group", "Grupp")]
    )
    people = models.PositiveIntegerField()
    age_band = models.CharField(max_length=10, choices=_AGE, blank=True)
    gender = models.CharField(max_length=20, choices=_GENDER, blank=True)
    note = models.TextField(blank=True)
    check_record = models.ForeignKey(
        CheckRecord, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ("-visited_on", "-created_at")
        permissions = (
            (
                "note_correct",
                "Kan rätta och ta bort anteckningar i besök och deltaganden utan identitet",
            ),
        )


class AnonymousParticipation(_Record):
    """A participation under 14 kap. 5 §: de-identified data only."""

    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    participants = models.PositiveIntegerField(default=1)
    age_band = models.CharField(max_length=10, choices=_AGE, blank=True)
    gender = models.CharField(max_length=20, choices=_GENDER, blank=True)
    problems = models.JSONField(default=list)
    wellbeing_start = models.PositiveSmallIntegerField(null=True, blank=True)
    wellbeing_end = models.PositiveSmallIntegerField(null=True, blank=True)
    social_start = models.PositiveSmallIntegerField(null=True, blank=True)
    social_end = models.PositiveSmallIntegerField(null=True, blank=True)
    left_early = models.CharField(max_length=30, choices=_LEAVING, blank=True)
    note = models.TextField(blank=True)
    check_record = models.ForeignKey(
        CheckRecord, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ("-started_on", "-created_at")


class HeadCount(_Record):
    """Heads counted at an open activity in one half-day, by the unit's counting rule."""

    counted_on = models.DateField()
    half_day = models.CharField(max_length=2, choices=list(HALF_DAYS.items()))
    total = models.PositiveIntegerField()
    by_age_band = models.JSONField(default=dict)
    by_gender = models.JSONField(default=dict)
    counting_rule = models.CharField(max_length=30)

    class Meta:
        ordering = ("-counted_on", "half_day")
        constraints = (
            models.UniqueConstraint(
                fields=("unit", "intervention_id", "counted_on", "half_day"),
                name="head_count_once_per_half_day",
            ),
        )


class Identity(models.Model):
    """A personnummer or samordningsnummer: encrypted at rest, found by its keyed hash."""

    kind = models.CharField(max_length=20)
    number_encrypted = models.BinaryField()
    lookup_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __repr__(self) -> str:
        return f"Identity(pk={self.pk}, kind={self.kind!r})"

    __str__ = __repr__


class Participation(_Record):
    """A participation documented in full (14 kap. 3 §)."""

    identity = models.ForeignKey(Identity, on_delete=models.PROTECT, related_name="+")
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    wellbeing_start = models.PositiveSmallIntegerField(null=True, blank=True)
    wellbeing_end = models.PositiveSmallIntegerField(null=True, blank=True)
    social_start = models.PositiveSmallIntegerField(null=True, blank=True)
    social_end = models.PositiveSmallIntegerField(null=True, blank=True)
    left_early = models.CharField(max_length=30, choices=_LEAVING, blank=True)
    external_system = models.CharField(
        max_length=100, blank=True, help_text="Where the journal is kept (Lifecare IFO, UNGDOK)."
    )
    check_record = models.ForeignKey(
        CheckRecord, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ("-started_on", "-created_at")


class ParticipationEvent(models.Model):
    """A fact or event of significance in a participation (text encrypted at rest)."""

    participation = models.ForeignKey(
        Participation, on_delete=models.PROTECT, related_name="events"
    )
    occurred_on = models.DateField()
    text_encrypted = models.BinaryField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    idempotency_key = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ("occurred_on", "created_at")


class RetentionRule(models.Model):
    """The committee's retention period (gallringsfrist) for records documented in full.

    A participation is deleted by ``iub retention apply`` once it has ended and ``years`` have
    passed since its last entry (its end, or a later event). A rule for one intervention wins
    over the catalog's rule for all of them (``intervention_id`` empty). Without a rule for a
    catalog nothing of it is deleted: the committee decides, in its document management plan.
    """

    stem = models.SlugField(max_length=64)
    intervention_id = models.SlugField(max_length=200, blank=True, default="")
    years = models.PositiveSmallIntegerField()
    decided = models.CharField(
        max_length=200, blank=True, help_text="The committee's decision (dnr, date)."
    )

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=("stem", "intervention_id"), name="retention_rule_once_per_scope"
            ),
            models.CheckConstraint(
                condition=models.Q(years__gte=1), name="retention_rule_at_least_a_year"
            ),
        )

    def __str__(self) -> str:
        scope = self.intervention_id or "*"
        return f"{self.stem}/{scope}: {self.years} år"


class NoteScreening(models.Model):
    """What the guard found in one stored note, kept so a review does not screen it again.

    The key is an HMAC (under the site's secret) of the guard's fingerprint — its code and word
    lists — the regime, the allow-list and the note's text: a changed note, a new guard or a
    renamed unit is a new key, so a stale verdict is never read. It holds no text and no link
    to the record it came from; verdicts of an earlier guard are deleted on the next scan.
    """

    key = models.CharField(max_length=64, primary_key=True)
    guard = models.CharField(max_length=16, db_index=True)
    kinds = models.JSONField(default=dict)  # {"name": 2, "phone": 1}; empty when clean
    combination = models.TextField(blank=True)  # the warning's Swedish wording, when it warns


class GuardWord(models.Model):
    """A word the committee has said is never a person in its municipality's notes.

    Brands, shops, places and services staff name ("Qasa", "Tibber", "Hammarkullen") that no
    list of the guard holds: the guard asks about each such capitalised word, and a fresh set
    of staff notes showed one clean note in six to eight asked about (docs/privacy.md, "Issue
    13, last round"). The words join the desk's allow-list for the municipality's notes; a
    word that a Swedish name list holds, or that holds an identifier, is refused
    (``desk.guard_words``).
    """

    stem = models.CharField(max_length=60, db_index=True)
    word = models.CharField(max_length=60)
    folded = models.CharField(max_length=60, editable=False)
    added_by = models.CharField(max_length=150)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=("stem", "folded"), name="guard_word_once_per_stem"),
        )
        ordering = ("stem", "folded")

    def __str__(self) -> str:
        return f"{self.stem}: {self.word}"
