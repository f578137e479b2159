"""A catalog draft: the committee's next version while it is written, decided and published.

A draft moves draft → decided → published (or is discarded). Its YAML changes while it is a
draft; every save bumps ``revision`` so that two secretaries editing at once are told (the
second save is refused with their input kept). Publishing inserts a new
:class:`~iub.web.catalog.models.CatalogVersion` (insert-only) and records its number here;
a published or discarded draft is never changed again.
"""

from __future__ import annotations

from typing import Any

from django.db import models


class CatalogDraft(models.Model):
    """The next version of a catalog, while the committee prepares it."""

    class State(models.TextChoices):
        DRAFT = "draft", "Utkast"
        DECIDED = "decided", "Beslutad"
        PUBLISHED = "published", "Publicerad"
        DISCARDED = "discarded", "Kasserad"

    stem = models.SlugField(max_length=64, help_text="The catalog it becomes a version of.")
    state = models.CharField(max_length=20, choices=State.choices, default=State.DRAFT)
    source_yaml = models.TextField(help_text="The draft catalog as YAML (validated on save).")
    origin_yaml = models.TextField(
        help_text="The YAML the draft started from (import or published version), for its diff."
    )
    origin = models.CharField(
        max_length=300, help_text="Where it came from: an uploaded file or 'version N'."
    )
    base_number = models.PositiveIntegerField(
        null=True, blank=True, help_text="The published version it was started from."
    )
    import_report = models.JSONField(
        default=dict, blank=True, help_text="The importer's report (iub import --report)."
    )
    revision = models.PositiveIntegerField(
        default=1, help_text="Bumped by every save: the optimistic version check."
    )
    paragraph = models.CharField(max_length=50, blank=True, help_text="Protokollsparagraf.")
    published_number = models.PositiveIntegerField(null=True, blank=True)
    created_by = models.CharField(max_length=150)
    created_at = models.DateTimeField()
    updated_by = models.CharField(max_length=150)
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ("stem", "-created_at")
        verbose_name = "förteckningsutkast"
        verbose_name_plural = "förteckningsutkast"

    def __str__(self) -> str:
        return f"{self.stem} utkast {self.pk} ({self.get_state_display()})"

    @property
    def editable(self) -> bool:
        return self.state == self.State.DRAFT

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Writes go through services with a revision check; this guards the final states."""
        if not self._state.adding:
            stored = type(self).objects.filter(pk=self.pk).values_list("state", flat=True).first()
            if stored in (self.State.PUBLISHED, self.State.DISCARDED):
                raise ValueError("a published or discarded draft is never changed")
        super().save(*args, **kwargs)
