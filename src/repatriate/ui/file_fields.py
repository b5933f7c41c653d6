"""The fields of a prisoner file as the caseworker names them, and the line that names a field's
problem; every form and message uses these words. A `Binding` ties a field to its input.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from repatriate.domain.errors import FieldError
from repatriate.ui.inputs import tr


@dataclass(frozen=True)
class Binding:
    """One field of the file: its input, how it is read and shown, and its error line."""

    name: str
    label: str
    widget: QWidget
    read: Callable[[], Any]
    show: Callable[[Any], None]
    error: QLabel
    page: int


def field_labels() -> dict[str, str]:
    """The caseworker's words for each field, as messages name them."""
    return {
        "ref": tr("Ref"),
        "name": tr("Name as recorded"),
        "name_native": tr("Name in own script"),
        "aliases": tr("Aliases"),
        "father_name": tr("Father's name"),
        "mother_name": tr("Mother's name"),
        "sex": tr("Sex"),
        "birth_date": tr("Birth date"),
        "age_estimate": tr("Estimated age"),
        "age_estimated_on": tr("Age estimated on"),
        "languages": tr("Languages"),
        "ethnicity": tr("Ethnicity"),
        "home_address": tr("Home address (as recorded)"),
        "home_address_native": tr("Home address (own script)"),
        "claimed_nationality": tr("Claimed nationality"),
        "court_nationality": tr("Nationality per court"),
        "verified_nationality": tr("Verified nationality"),
        "verified_on": tr("Verified on"),
        "possible_misidentification": tr("Possible misidentification"),
        "passport_number": tr("Passport number"),
        "passport_book_number": tr("Passport book number"),
        "passport_country": tr("Passport country"),
        "passport_held_by": tr("Passport held by"),
        "passport_copy_on_file": tr("Copy on file"),
        "prison": tr("Prison"),
        "state": tr("State"),
        "prisoner_number": tr("Prisoner number"),
        "arrest_date": tr("Arrest date"),
        "charge": tr("Charge"),
        "court": tr("Court"),
        "case_number": tr("Case number"),
        "conviction_date": tr("Conviction date"),
        "sentence_years": tr("Sentence years"),
        "sentence_months": tr("Sentence months"),
        "sentence_days": tr("Sentence days"),
        "set_off_days": tr("Set-off days"),
        "remission_days": tr("Remission days"),
        "fine_default_days": tr("Fine default days"),
        "released_on": tr("Released on"),
        "status": tr("Status"),
        "sentence_final": tr("Sentence final"),
        "transfer_consent": tr("Consent to transfer"),
        "consular_access_on": tr("Consular access on"),
        "consular_access": tr("Consular access by"),
        "category": tr("Category"),
        "vulnerability": tr("Vulnerability"),
        "unhcr_registration": tr("UNHCR registration"),
        "at_risk_if_returned": tr("At risk if returned"),
        "risk_note": tr("Risk note"),
        "referral_source": tr("Referral source"),
        "notes": tr("Notes"),
        "family": tr("Family contacts"),
    }


def message(labels: dict[str, str], error: FieldError) -> str:
    if not error.field:
        return error.reason
    label = labels.get(error.field, error.field)
    return f"{label}: {error.value or tr('(empty)')}: {error.reason}"
