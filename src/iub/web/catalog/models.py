"""A published catalog version: the committee's decision as it was loaded, never changed."""

from __future__ import annotations

from typing import Any

from django.db import models


class CatalogVersion(models.Model):
    """One published version of a municipality's catalog (förteckning).

    The source YAML is kept verbatim with its SHA-256, beside the decision data (diarienummer,
    date, validity, revise-by) as columns for lists and as the full ``decision`` JSON. A new
    load of changed YAML is a new version with the next number; a row is never updated.
    """

    stem = models.SlugField(
        max_length=64, help_text="The catalog's file stem and URL segment, e.g. 'alingsas'."
    )
    number = models.PositiveIntegerField(help_text="Version number within the stem, from 1.")
    municipality_name = models.CharField(max_length=100)
    municipality_code = models.CharField(max_length=4)
    title = models.CharField(max_length=500)
    decision = models.JSONField(help_text="The catalog's decision block, as JSON.")
    diarienummer = models.CharField(max_length=100, blank=True)
    decided_on = models.DateField(null=True, blank=True)
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)
    revise_by = models.DateField(null=True, blank=True)
    intervention_count = models.PositiveIntegerField()
    source_yaml = models.TextField()
    sha256 = models.CharField(max_length=64, db_index=True)
    loaded_at = models.DateTimeField()

    class Meta:
        ordering = ("stem", "-number")
        constraints = (
            models.UniqueConstraint(fields=("stem", "number"), name="catalog_version_unique"),
        )

    def __str__(self) -> str:
        return f"{self.stem} v{self.number}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Insert only: a published version is the record of a decision and never changes."""
        if not self._state.adding:
            raise ValueError("A published catalog version is never changed; load a new one.")
        super().save(*args, **kwargs)
