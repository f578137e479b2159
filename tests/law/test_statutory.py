"""The statutory layer's thresholds and wording, named once in iub.law and used everywhere."""

from __future__ import annotations

from iub.catalog import load_catalog
from iub.law import (
    CONSENT_OPTIONAL_FROM_AGE,
    MAJORITY_AGE,
    STATUTORY_CONSENT_ID,
    condition_texts,
    guardian_consent_required,
    statutory_conditions,
)

CATALOG = load_catalog("stockholm")


def test_the_consent_ages_are_fifteen_and_eighteen() -> None:
    """21 kap. 2 § opens at 15; majority is 18 (docs/law.md)."""
    assert (15, 18) == (CONSENT_OPTIONAL_FROM_AGE, MAJORITY_AGE)


def test_consent_is_required_under_eighteen_where_the_catalog_is_silent() -> None:
    """Without the committee's decision for 15–17-year-olds, consent is asked up to 18."""
    silent = CATALOG.interventions[0].model_copy(update={"minors_without_consent": None})

    required = [guardian_consent_required(silent, age) for age in (14, 15, 17, 18)]

    assert [True, True, True, False] == required


def test_consent_is_required_only_under_fifteen_where_the_committee_opened_it() -> None:
    """With the committee's decision a 15-year-old needs no consent, a 14-year-old does."""
    opened = CATALOG.interventions[0].model_copy(update={"minors_without_consent": "Beslutat."})

    required = [guardian_consent_required(opened, age) for age in (14, 15, 18)]

    assert [True, False, False] == required


def test_condition_texts_word_own_and_statutory_conditions_in_the_asked_order() -> None:
    """Each id becomes its wording; an id the intervention does not have is left out."""
    intervention = CATALOG.interventions[0]
    leaf = next(intervention.leaves())

    texts = condition_texts(intervention, [STATUTORY_CONSENT_ID, "no-such-condition", leaf.id])

    consent = statutory_conditions(intervention)[0]
    assert [consent.text, leaf.text or leaf.describe()] == texts
