"""Staff, their roles and the units they work in (docs/desk.md).

A :class:`Unit` is where an intervention is carried out: in Alingsås one unit per intervention
(several where one unit carries more, such as Mini Maria); in Stockholm the district
administrations (stadsdelsförvaltningar), one of which may act for another, and the city-wide
administrations (fackförvaltningar) — the kinds of the catalog's "where to turn". A unit
carries interventions (:class:`UnitIntervention`); staff are bound to units through their
:class:`StaffProfile`, and nothing outside their own units is readable or writable.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from iub.followup import COUNTING_RULES


class Unit(models.Model):
    """A providing unit, a district or city-wide administration, or the committee's office."""

    class Kind(models.TextChoices):
        UNIT = "unit", "Enhet"
        DISTRICT = "district", "Stadsdelsförvaltning"
        CITY_WIDE = "city_wide", "Fackförvaltning (stadsövergripande)"
        COMMITTEE = "committee", "Socialnämndens förvaltning"

    stem = models.SlugField(max_length=64, help_text="The catalog the unit belongs to.")
    slug = models.SlugField(max_length=100)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.UNIT)
    acts_for = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="acted_for_by",
        help_text="Districts this district carries out interventions for.",
    )
    counting_rule = models.CharField(
        max_length=30,
        choices=list(COUNTING_RULES.items()),
        default="once_per_half_day",
        help_text="How the unit counts heads at open activities.",
    )
    counting_note = models.TextField(blank=True, help_text="The unit's own counting rules.")
    # Contact data shown to residents on the public pages ("Vart du vänder dig").
    address = models.CharField("besöksadress", max_length=300, blank=True)
    phone = models.CharField("telefon", max_length=50, blank=True)
    email = models.EmailField("e-post", blank=True)
    opening_hours = models.CharField("öppettider", max_length=300, blank=True)
    web = models.URLField("webbsida", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    @property
    def has_contact(self) -> bool:
        return bool(self.address or self.phone or self.email or self.opening_hours or self.web)

    class Meta:
        ordering = ("stem", "name")
        constraints = (models.UniqueConstraint(fields=("stem", "slug"), name="unit_unique"),)
        verbose_name = "enhet"
        verbose_name_plural = "enheter"

    def __str__(self) -> str:
        return f"{self.name} ({self.stem})"


class UnitIntervention(models.Model):
    """An intervention a unit carries out, and whether it keeps head-counts there."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="interventions")
    intervention_id = models.SlugField(max_length=200)
    head_count = models.BooleanField(
        default=False, help_text="An open activity counted per half-day (mötesplats)."
    )

    class Meta:
        ordering = ("unit", "intervention_id")
        constraints = (
            models.UniqueConstraint(
                fields=("unit", "intervention_id"), name="unit_intervention_unique"
            ),
        )
        verbose_name = "insats vid enhet"
        verbose_name_plural = "insatser vid enheter"

    def __str__(self) -> str:
        return f"{self.intervention_id} @ {self.unit.slug}"


class StaffProfile(models.Model):
    """A staff member's role and units."""

    class Role(models.TextChoices):
        PROVIDER = "provider", "Utförare"
        COMMITTEE = "committee", "Nämndens tjänsteperson"
        ANALYST = "analyst", "Analytiker"
        ADMIN = "admin", "Administratör"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff"
    )
    role = models.CharField(max_length=20, choices=Role.choices)
    units = models.ManyToManyField(Unit, blank=True, related_name="staff")

    class Meta:
        verbose_name = "personalprofil"
        verbose_name_plural = "personalprofiler"

    def __str__(self) -> str:
        return f"{self.user.get_username()} ({self.get_role_display()})"
