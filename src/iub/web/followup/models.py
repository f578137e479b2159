"""The figures of a catalog and year, kept once computed (disclosure control takes seconds).

A :class:`FiguresCache` row holds the protected :class:`~iub.followup.statistics.Figures` for
one catalog, year and threshold, with the fingerprint of the records they were computed from;
a new record changes the fingerprint and the figures are computed again. Only protected
figures are stored here — never a record.
"""

from __future__ import annotations

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
