"""The figures of a catalog and year, kept once computed (disclosure control takes seconds).

A :class:`FiguresCache` row holds the protected :class:`~iub.followup.statistics.Figures` for
one catalog, year and threshold, with the fingerprint of the records they were computed from;
a new record changes the fingerprint and the figures are computed again. Only protected
figures are stored here — never a record.
"""

from __future__ import annotations

import uuid

from django.db import models


class FiguresCache(models.Model):
    stem = models.SlugField(max_length=64)
    year = models.PositiveSmallIntegerField()
    threshold = models.PositiveSmallIntegerField()
    fingerprint = models.CharField(max_length=64)
    data = models.BinaryField()
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=("stem", "year", "threshold"), name="figures_cache_unique"
            ),
        )


class Survey(models.Model):
    """The committee's survey of one intervention: its own questions (docs/followup.md).

    The standard questions are the core's (:data:`iub.followup.surveys.STANDARD_QUESTIONS`);
    ``own`` holds the committee's as ``[{"id", "text", "kind"}]``.
    """

    stem = models.SlugField(max_length=64)
    intervention_id = models.SlugField(max_length=100)
    own = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=("stem", "intervention_id"), name="survey_unique"),
        )


class SurveyRound(models.Model):
    """A group session or a period: answered through ``/enkat/<token>/`` from start to end.

    ``closed_on``: the day the committee closed the round early (never cleared: a closed round
    is not reopened). ``codes_only``: answers need a printed single-use answer code
    (:class:`SurveyCode`), one per participant, instead of the open link alone.
    """

    survey = models.ForeignKey(Survey, on_delete=models.PROTECT, related_name="rounds")
    token = models.CharField(max_length=64, unique=True)
    label = models.CharField(max_length=120)
    starts_on = models.DateField()
    ends_on = models.DateField()
    closed_on = models.DateField(null=True, blank=True)
    codes_only = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)


class SurveyResponse(models.Model):
    """One resident's answers. Deliberately no identity, address, browser, time or counter:
    a random key, the round, the ISO week (``2026-W50``), the chosen answers and a free
    text the identity guard found nothing in."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    round = models.ForeignKey(SurveyRound, on_delete=models.PROTECT, related_name="responses")
    week = models.CharField(max_length=8)
    choices = models.JSONField(default=dict)
    free_text = models.TextField(blank=True)


class SurveyUsedToken(models.Model):
    """The hash of a single-use answer token once used: refuses a second post of the same
    form. Holds nothing else, and nothing links it to the answer it allowed."""

    token_hash = models.CharField(max_length=64, primary_key=True)


class SurveyCode(models.Model):
    """One printed single-use answer code of a round, as its keyed hash, and whether it is
    spent. Deliberately no time, no person and no link to the answer it allowed: spending a
    code and storing the answer are two separate rows written in one transaction."""

    round = models.ForeignKey(SurveyRound, on_delete=models.PROTECT, related_name="codes")
    code_hash = models.CharField(max_length=64, unique=True)
    spent = models.BooleanField(default=False)
