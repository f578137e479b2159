"""Reads of the accounts app, and the one access check every staff view and endpoint calls.

:func:`unit_access` is the single path to a unit's records: a view or endpoint that reaches
a unit's data without it is a bug (the authorization matrix tests every URL against it).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied

from iub.web.accounts.models import StaffProfile, Unit, UnitIntervention

__all__ = ["UnitAccess", "staff_profile", "staff_units", "unit_access"]


@dataclass(frozen=True)
class UnitAccess:
    """A provider's permitted access to one intervention at one of their units."""

    unit: Unit
    carried: UnitIntervention


def staff_profile(user: User | AnonymousUser) -> StaffProfile | None:
    """The staff profile of a logged-in user, or None."""
    if not isinstance(user, User) or not user.is_active:
        return None
    try:
        return user.staff
    except StaffProfile.DoesNotExist:
        return None


def staff_units(user: User | AnonymousUser) -> list[Unit]:
    """The units a provider works in, with what they carry; empty for other roles."""
    profile = staff_profile(user)
    if profile is None or profile.role != StaffProfile.Role.PROVIDER:
        return []
    return list(profile.units.prefetch_related("interventions", "acts_for").order_by("name"))


def unit_access(
    user: User | AnonymousUser, *, stem: str, unit: str, intervention: str
) -> UnitAccess:
    """The unit and intervention, if this user may read and write its records.

    Only provider staff bound to the unit, and only for an intervention the unit carries.

    Raises:
        PermissionDenied: anything else — another unit, another role, another intervention.
    """
    profile = staff_profile(user)
    if profile is None:
        raise PermissionDenied("not staff")
    if profile.role != StaffProfile.Role.PROVIDER:
        raise PermissionDenied("not a provider")
    found = profile.units.filter(stem=stem, slug=unit).first()
    if found is None:
        raise PermissionDenied("not one of the user's units")
    carried = found.interventions.filter(intervention_id=intervention).first()
    if carried is None:
        raise PermissionDenied("the unit does not carry the intervention")
    return UnitAccess(unit=found, carried=carried)
